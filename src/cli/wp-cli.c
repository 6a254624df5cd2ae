/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "chart/wp-chart-style.h"
#include "limits/wp-format.h"
#include "limits/wp-parse.h"
#include "limits/wp-target.h"
#include "limits/wp-workload.h"
#include "report/wp-report.h"
#include "report/wp-sources.h"
#include "wp-cli.h"

static const GOptionEntry option_entries[] = {
  { "ram", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Physical memory: 2048, 512M, 1.5G, 2GB (1 MB to 16 TB; default 2 GB)"), N_("SIZE") },
  { "max-user-port", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Highest client port, MaxUserPort (5000 to 65534; default 5000)"), N_("N") },
  { "time-wait", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("TcpTimedWaitDelay on NT 4.0 to Server 2003, in seconds (30 to 300; default 240)"), N_("S") },
  { "max-connections", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("MaxConnections on Windows 95/98/ME (default 100; above 300 may be unstable)"), N_("N") },
  { "socketwrench-3", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("The application uses SocketWrench 3.6 or earlier (1000 sockets per process)"), NULL },
  /* Vista and later (wp-cli-nt6.c). */
  { "port-start", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Vista and later: first port of the dynamic port range (1025 to 65535; default 49152)"),
    N_("N") },
  { "port-count", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Vista and later: number of ports in the range (at least 255, ending at 65535 at most; "
       "default 16384)"), N_("N") },
  { "connection-cost", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Vista and later: non-paged pool per connection in KB, an assumption (1 to 65536; "
       "default 16, the specification’s practical figure)"), N_("KB") },
  { "need-connections", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Target: N concurrent connections; --csv and --table say which versions meet it"), N_("N") },
  { "need-rate", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Target: R new connections per second, sustained"), N_("R") },
  { "connection-life", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Mean life of those connections in seconds, 0.25 or 5 (0 to 3600; default 0): each "
       "holds its port for its life and then TIME_WAIT"), N_("S") },
  { "platform", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Platforms to show: win95, win98, winme, nt4, win2000, winxp, win2003, vista-x86, "
       "vista-x64, win7-x86, win7-x64, win81-x86, win81-x64, win10-x86, win10-x64 or all "
       "(default: the first seven)"), N_("ID[,ID…]") },
  { "table", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print a comparison table and exit"), NULL },
  { "csv", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the figures as CSV and exit"), NULL },
  { "sources", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print every rule with the documents it comes from and exit; with one --platform, "
       "also the rules behind each of its figures"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the chart to FILE (.png, .svg or .pdf) and exit"), N_("FILE") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Size of the exported chart: 1920x1080 or 1280x720 for a 16:9 slide, 1024x768 for 4:3 "
       "(default 1600x900)"), N_("WxH") },
  { "text-scale", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Text size of the exported chart, 0.5 to 3 times its own (default 1)"), N_("F") },
  { "theme", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Colours of the exported chart: light or dark (default light)"), N_("light|dark") },
  { "scale", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Scale of the exported chart’s axes: auto, linear or log, or one for each axis as "
       "RAM,sockets: log,linear (default auto: logarithmic past two decades)"),
    N_("auto|linear|log") },
  { "view", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Chart of the export: memory (sockets by RAM) or rate (client ports in use by new "
       "connections per second; default memory)"), N_("memory|rate") },
  { "reg", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the registry values of one --platform to FILE (.reg) and exit; on Vista and "
       "later a FILE.cmd holds the netsh command and the values as a script"), N_("FILE") },
  { "compare", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Compare 2 to 4 scenario files (.wpscenario) side by side with --table, --csv, "
       "--export or --report, and exit"), N_("FILE,FILE[,…]") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Read what a Windows machine reported (netstat -ano or -an, Get-NetTCPConnection’s CSV, "
       "netsh’s dynamic port range) from FILE: --csv and --table add the measured figures, "
       "--export the measured point; netsh’s range applies unless --port-start or --port-count "
       "is given"), N_("FILE") },
  { "no-footnote", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Leave the source footnote out of the exported chart"), NULL },
  { "scenario", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Start from the scenario in FILE (.wpscenario); the other options change it"),
    N_("FILE") },
  { "save-scenario", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the scenario of these options to FILE (.wpscenario) and exit"), N_("FILE") },
  /* The file a desktop opens (Exec=winsock-planner %f): as --scenario. */
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE.wpscenario]") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

void
wp_cli_options_init (WpCliOptions *options)
{
  memset (options, 0, sizeof *options);
  wp_limits_input_init (&options->input);
  /* The specification's versions, as in the window; --platform=all adds
   * Vista and later. */
  options->platforms = WP_PLATFORMS_SOURCE;
  options->selected = WP_PLATFORM_WIN2000;
  wp_chart_export_options_init (&options->export);
}

void
wp_cli_options_clear (WpCliOptions *options)
{
  g_clear_pointer (&options->export_path, g_free);
  g_clear_pointer (&options->reg_path, g_free);
  g_clear_pointer (&options->compare, g_ptr_array_unref);
  g_clear_object (&options->scenario);
  g_clear_pointer (&options->scenario_path, g_free);
  g_clear_pointer (&options->save_scenario_path, g_free);
  g_clear_pointer (&options->import_path, g_free);
  g_clear_pointer (&options->name, g_free);
  g_clear_pointer (&options->customer, g_free);
  g_clear_pointer (&options->notes, g_free);
  g_clear_pointer (&options->report_path, g_free);
}

void
wp_cli_add_options (GApplication *application)
{
  g_application_add_main_option_entries (application, option_entries);
  wp_cli_add_heading_options (application);
  wp_cli_add_report_options (application);
  g_application_set_option_context_summary (application,
    _("Plans how many socket connections a Windows machine can hold, and why."));
}

/* Prefixes a parser's message with the option it came from. */
gboolean
wp_cli_option_error (GError    **error,
                     const char *option,
                     GError     *cause)
{
  g_set_error (error, cause->domain, cause->code, "--%s: %s", option, cause->message);
  g_error_free (cause);
  return FALSE;
}

static gboolean
parse_uint_option (GVariantDict *dict,
                   const char   *option,
                   guint64       min,
                   guint64       max,
                   guint        *out,
                   gboolean     *given,
                   GError      **error)
{
  const char *text;
  GError *cause = NULL;
  guint64 value;

  if (!g_variant_dict_lookup (dict, option, "&s", &text))
    return TRUE;
  if (!wp_parse_uint (text, min, max, &value, &cause))
    return wp_cli_option_error (error, option, cause);

  *out = (guint) value;
  *given = TRUE;
  return TRUE;
}

/* --need-connections, --need-rate: the target's parser, the window's too. */
static gboolean
parse_need_option (GVariantDict *dict,
                   const char   *option,
                   guint        *out,
                   gboolean     *given,
                   GError      **error)
{
  const char *text;
  GError *cause = NULL;

  if (!g_variant_dict_lookup (dict, option, "&s", &text))
    return TRUE;
  if (!wp_target_parse_need (text, out, &cause))
    return wp_cli_option_error (error, option, cause);

  *given = TRUE;
  return TRUE;
}

static gboolean
reg_platform_error (GError **error)
{
  g_autoptr (GString) ids = g_string_new (NULL);

  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    g_string_append_printf (ids, "%s%s", p ? ", " : "", wp_platform_info (p)->id);
  /* Translators: %s is the list of platform ids, "win95, win98, …, win2003" */
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
               _("--reg needs exactly one platform: add --platform=ID, with ID one of %s"),
               ids->str);
  return FALSE;
}

/* The outputs asked for, and what each one needs. */
static gboolean
check_outputs (GVariantDict       *dict,
               const WpCliOptions *parsed,
               GError            **error)
{
  static const char * const export_only[] = { "size", "text-scale", "theme", "no-footnote",
                                              "scale", "view" };
  /* The last two also choose the report's chart. */
  gsize n_export_only = G_N_ELEMENTS (export_only) - (parsed->report_path != NULL ? 2 : 0);

  /* Each output takes stdout or a file of its own: one at a time. */
  if ((parsed->table ? 1 : 0) + (parsed->csv ? 1 : 0) + (parsed->export_path ? 1 : 0) +
      (parsed->reg_path ? 1 : 0) + (parsed->report_path ? 1 : 0) > 1)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--table, --csv, --export, --reg and --report cannot be combined: "
                             "choose one"));
      return FALSE;
    }
  if (parsed->sources && (parsed->table || parsed->csv || parsed->export_path != NULL ||
                          parsed->reg_path != NULL || parsed->report_path != NULL))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--sources cannot be combined with --table, --csv, --export, --reg "
                             "or --report"));
      return FALSE;
    }
  for (gsize i = 0; i < n_export_only; i++)
    if (g_variant_dict_contains (dict, export_only[i]) && parsed->export_path == NULL)
      {
        /* Translators: %s is an option's name, such as size */
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                     _("--%s only applies to --export"), export_only[i]);
        return FALSE;
      }
  /* The figures' rules are one platform's: exactly one bit. */
  if (parsed->sources && parsed->platforms_given &&
      (parsed->platforms & (parsed->platforms - 1)) != 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--platform: --sources takes exactly one platform"));
      return FALSE;
    }
  if (parsed->import_path != NULL && *parsed->import_path == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, "--import: %s",
                   _("no value was given"));
      return FALSE;
    }
  if (parsed->reg_path == NULL)
    return TRUE;

  if (*parsed->reg_path == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, "--reg: %s",
                   _("no value was given"));
      return FALSE;
    }
  /* A .reg file holds one platform's key: "all", or none, would not do. */
  if (!parsed->platforms_given ||
      g_bit_nth_lsf (parsed->platforms, -1) != g_bit_nth_msf (parsed->platforms, -1))
    return reg_platform_error (error);

  return TRUE;
}

/* --connection-life: seconds to the millisecond, the window's parser too. */
static gboolean
parse_life_option (GVariantDict *dict,
                   guint64      *out_ms,
                   gboolean     *given,
                   GError      **error)
{
  const char *text;
  GError *cause = NULL;

  if (!g_variant_dict_lookup (dict, "connection-life", "&s", &text))
    return TRUE;
  if (!wp_parse_seconds_ms (text, WP_CONNECTION_LIFE_MS_MAX, out_ms, &cause))
    return wp_cli_option_error (error, "connection-life", cause);

  *given = TRUE;
  return TRUE;
}

/* Every option into @parsed, from the scenario's inputs (if any) on. */
static gboolean
parse_all (GVariantDict  *dict,
           WpCliOptions  *options,
           GError       **error)
{
  WpCliOptions parsed = *options;
  const char *text;
  GError *cause = NULL;

  if (g_variant_dict_lookup (dict, "ram", "&s", &text))
    {
      if (!wp_parse_ram_mb (text, &parsed.input.ram_mb, &cause))
        return wp_cli_option_error (error, "ram", cause);
      parsed.inputs_given = TRUE;
    }

  if (!parse_uint_option (dict, "max-user-port", WP_MAX_USER_PORT_MIN,
                          WP_MAX_USER_PORT_MAX, &parsed.input.max_user_port,
                          &parsed.inputs_given, error) ||
      !parse_uint_option (dict, "time-wait", WP_TIME_WAIT_MIN, WP_TIME_WAIT_MAX,
                          &parsed.input.time_wait_s, &parsed.inputs_given, error) ||
      !parse_uint_option (dict, "max-connections", WP_MAX_CONNECTIONS_MIN,
                          WP_MAX_CONNECTIONS_MAX, &parsed.input.max_connections,
                          &parsed.inputs_given, error) ||
      !parse_need_option (dict, "need-connections", &parsed.input.need_connections,
                          &parsed.inputs_given, error) ||
      !parse_need_option (dict, "need-rate", &parsed.input.need_rate,
                          &parsed.inputs_given, error) ||
      !parse_life_option (dict, &parsed.input.connection_life_ms, &parsed.inputs_given, error))
    return FALSE;

  if (g_variant_dict_lookup (dict, "socketwrench-3", "b", &parsed.input.socketwrench_legacy))
    parsed.inputs_given = TRUE;
  if (!wp_cli_parse_nt6 (dict, &parsed.input, &parsed.inputs_given, error))
    return FALSE;

  if (g_variant_dict_lookup (dict, "platform", "&s", &text))
    {
      if (!wp_parse_platforms (text, &parsed.platforms, &cause))
        return wp_cli_option_error (error, "platform", cause);
      parsed.platforms_given = TRUE;
    }

  g_variant_dict_lookup (dict, "table", "b", &parsed.table);
  g_variant_dict_lookup (dict, "csv", "b", &parsed.csv);

  if (!wp_cli_parse_export (dict, &parsed.export, error))
    return FALSE;

  g_variant_dict_lookup (dict, "export", "^ay", &parsed.export_path);
  g_variant_dict_lookup (dict, "reg", "^ay", &parsed.reg_path);
  if (!wp_cli_parse_report (dict, &parsed, error))
    {
      *options = parsed;   /* the caller clears what was parsed */
      return FALSE;
    }
  if (g_variant_dict_lookup (dict, "import", "^ay", &parsed.import_path) &&
      *parsed.import_path != '\0')
    {
      /* Absolute, for a window of another launch that imports it (its
       * working folder may be another). */
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (parsed.import_path);
      char *absolute = g_file_get_path (file);

      if (absolute != NULL)
        {
          g_free (parsed.import_path);
          parsed.import_path = absolute;
          g_variant_dict_insert (dict, "import", "^ay", absolute);
        }
    }
  parsed.port_range_given = g_variant_dict_contains (dict, "port-start") ||
                            g_variant_dict_contains (dict, "port-count");

  g_variant_dict_lookup (dict, "sources", "b", &parsed.sources);

  *options = parsed;
  wp_cli_select_platform (options);
  return check_outputs (dict, options, error) && wp_cli_parse_heading (dict, options, error);
}

gboolean
wp_cli_parse (GVariantDict  *dict,
              WpCliOptions  *options,
              GError       **error)
{
  WpCliOptions parsed;

  wp_cli_options_init (&parsed);
  if (!wp_cli_parse_scenario (dict, &parsed, error) || !parse_all (dict, &parsed, error) ||
      !wp_cli_parse_compare (dict, &parsed, error))
    {
      wp_cli_options_clear (&parsed);
      return FALSE;
    }

  *options = parsed;
  return TRUE;
}

/* --csv, --table or --sources on stdout; -1 when none was asked for. */
static int
print_text (const WpCliOptions  *options,
            const WpLimitsInput *input,
            const WpMeasurement *measurement)
{
  g_autofree char *text = NULL;

  if (options->csv)
    {
      text = wp_report_format_csv_measured (input, options->platforms, measurement);
      /* stdout stays machine-readable: the warning goes to stderr. */
      if (wp_report_any_unstable (input, options->platforms))
        g_printerr (_("Warning: MaxConnections above %u may make Windows 95, 98 and ME unstable.\n"),
                    WP_MAX_CONNECTIONS_STABLE);
    }
  else if (options->table)
    text = wp_report_format_table_measured (input, options->platforms, measurement);
  else if (options->sources)
    text = wp_sources_format_text (input, options->platforms_given ?
                                   (int) g_bit_nth_lsf (options->platforms, -1) : -1);
  else
    return options->save_scenario_path != NULL ? 0 : -1;

  fputs (text, stdout);
  fflush (stdout);
  return 0;
}

int
wp_cli_run (const WpCliOptions *options)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WpMeasurement) measurement = NULL;
  WpCliOptions run = *options;
  gboolean written;

  if (options->compare != NULL)
    return wp_cli_run_compare (options);
  if (!options->csv && !options->table && !options->sources && options->export_path == NULL &&
      options->reg_path == NULL && options->report_path == NULL &&
      options->save_scenario_path == NULL)
    return -1;

  /* The file first: when it cannot be read, nothing is written.  Without
   * --import, the scenario's measurement. */
  if (options->import_path != NULL)
    {
      measurement = wp_cli_read_import (options, &run.input, &error);
      if (measurement == NULL)
        {
          g_printerr ("%s: %s\n", g_get_prgname (), error->message);
          return WP_CLI_EXIT_USAGE;
        }
    }
  else if (options->scenario != NULL && wp_scenario_get_measurement (options->scenario) != NULL)
    measurement = wp_measurement_ref (wp_scenario_get_measurement (options->scenario));

  if (options->save_scenario_path != NULL && !wp_cli_save_scenario (&run, measurement, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return WP_CLI_EXIT_USAGE;
    }
  if (!options->csv && !options->table && !options->sources && options->export_path == NULL &&
      options->reg_path == NULL && options->report_path == NULL)
    return 0;

  if (options->export_path == NULL && options->reg_path == NULL && options->report_path == NULL)
    return print_text (options, &run.input, measurement);

  written = options->reg_path != NULL ? wp_cli_write_reg (&run, &error)
            : options->report_path != NULL ? wp_cli_write_report (&run, measurement, &error)
                                           : wp_cli_export (&run, measurement, &error);
  if (!written)
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return WP_CLI_EXIT_USAGE;
    }
  return 0;
}
