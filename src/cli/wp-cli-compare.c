/* SPDX-License-Identifier: GPL-3.0-or-later */
/* --compare=A.wpscenario,B.wpscenario[,C,D]: scenarios side by side, as a
 * table with a column per scenario (--table), a CSV row per scenario
 * (--csv), the comparison chart (--export) or the one-page PDF report
 * (--report, on --paper).  Every input comes from the
 * files: an input option beside --compare is refused, not dropped. */
#define G_LOG_DOMAIN "wp-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "chart/wp-chart-export.h"
#include "page/wp-page.h"
#include "report/wp-compare.h"
#include "scenario/wp-scenario.h"
#include "wp-cli.h"

/* Options --compare cannot take: the files hold every input. */
static const char *const input_options[] = {
  "ram", "max-user-port", "time-wait", "max-connections", "socketwrench-3",
  "need-connections", "need-rate", "connection-life", "port-start", "port-count",
  "connection-cost", "platform", "scenario", "save-scenario", "name", "customer", "notes",
};

static gboolean
compare_error (GError    **error,
               const char *message)
{
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, "--compare: %s", message);
  return FALSE;
}

/* What --compare needs beside it: one output, no input option, no --reg
 * or --sources. */
static gboolean
check_compare (GVariantDict       *dict,
               const WpCliOptions *options,
               GError            **error)
{
  for (gsize i = 0; i < G_N_ELEMENTS (input_options); i++)
    if (g_variant_dict_contains (dict, input_options[i]))
      {
        /* Translators: %s is an option's name, such as ram */
        g_autofree char *message = g_strdup_printf (_("the scenario files hold every input: "
                                                      "--%s cannot be combined with it"),
                                                    input_options[i]);
        return compare_error (error, message);
      }
  if (g_variant_dict_contains (dict, "view"))
    return compare_error (error, _("the comparison is drawn by memory only: leave --view out"));
  if (options->reg_path != NULL || options->sources)
    return compare_error (error, _("--reg and --sources do not apply to a comparison"));
  if (!options->table && !options->csv && options->export_path == NULL &&
      options->report_path == NULL)
    return compare_error (error, _("add --table, --csv, --export=FILE or --report=FILE.pdf"));
  return TRUE;
}

/* The files' scenarios, named by their file where they have no name. */
static gboolean
load_scenarios (char      **paths,
                GPtrArray  *scenarios,
                GError    **error)
{
  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr (GError) cause = NULL;
      WpScenario *scenario = wp_scenario_new_from_file (file, &cause);
      const char *name;

      if (scenario == NULL)
        return compare_error (error, cause->message);
      name = wp_scenario_get_name (scenario);
      if (name == NULL || *name == '\0')
        {
          g_autofree char *base = g_file_get_basename (file);

          wp_scenario_set_name (scenario, base);
        }
      g_ptr_array_add (scenarios, scenario);
    }
  return TRUE;
}

/* Reads --compare into options->compare: 2 to WP_COMPARE_MAX files. */
gboolean
wp_cli_parse_compare (GVariantDict  *dict,
                      WpCliOptions  *options,
                      GError       **error)
{
  g_autofree char *list = NULL;
  g_auto (GStrv) paths = NULL;
  g_autoptr (GPtrArray) scenarios = NULL;
  guint n;

  if (!g_variant_dict_lookup (dict, "compare", "^ay", &list))
    return TRUE;
  if (!check_compare (dict, options, error))
    return FALSE;

  paths = g_strsplit (list, ",", -1);
  n = g_strv_length (paths);
  for (guint i = 0; i < n; i++)
    if (*paths[i] == '\0')
      return compare_error (error, _("an empty file name: separate the files with single commas"));
  if (n < 2 || n > WP_COMPARE_MAX)
    {
      /* Translators: --compare's files: at least 2, at most %u (4), and how many were given */
      g_autofree char *message = g_strdup_printf (ngettext ("compares 2 to %u scenarios; "
                                                            "%u file was given",
                                                            "compares 2 to %u scenarios; "
                                                            "%u files were given", n),
                                                  WP_COMPARE_MAX, n);
      return compare_error (error, message);
    }

  scenarios = g_ptr_array_new_with_free_func (g_object_unref);
  if (!load_scenarios (paths, scenarios, error))
    return FALSE;
  options->compare = g_steal_pointer (&scenarios);
  return TRUE;
}

/* The scenarios as the chart and the report take them: names borrowed. */
static guint
named_inputs (const WpCliOptions *options,
              WpNamedInput        out[WP_COMPARE_MAX])
{
  guint n = MIN (options->compare->len, WP_COMPARE_MAX);

  for (guint i = 0; i < n; i++)
    wp_scenario_get_named_input (g_ptr_array_index (options->compare, i), &out[i]);
  return n;
}

static int
failed (const GError *error)
{
  g_printerr ("%s: %s\n", g_get_prgname (), error->message);
  return WP_CLI_EXIT_USAGE;
}

int
wp_cli_run_compare (const WpCliOptions *options)
{
  WpNamedInput entries[WP_COMPARE_MAX] = { 0 };
  guint n = named_inputs (options, entries);
  g_autofree char *text = NULL;

  if (options->report_path != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (options->report_path);
      g_autoptr (GError) error = NULL;
      WpPageReport report;

      wp_page_report_init (&report);
      report.compare = entries;
      report.n_compare = n;
      report.x_scale = options->export.x_scale;
      report.y_scale = options->export.y_scale;
      if (!wp_page_report_write (file, &report, options->paper, &error))
        return failed (error);
      return 0;
    }
  if (options->export_path != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (options->export_path);
      g_autoptr (GError) error = NULL;
      WpChartExportOptions export = options->export;

      export.compare = entries;
      export.n_compare = n;
      if (!wp_chart_export_file_with_options (file, &export, &entries[0].input,
                                              WP_PLATFORM_BIT (entries[0].platform), &error))
        return failed (error);
      return 0;
    }

  text = options->csv ? wp_report_format_compare_csv (entries, n)
                      : wp_report_format_compare_table (entries, n);
  fputs (text, stdout);
  fflush (stdout);
  return 0;
}
