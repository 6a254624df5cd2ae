/* SPDX-License-Identifier: GPL-3.0-or-later */
/* --report=FILE.pdf [--paper=a4|letter]: the one-page report of the
 * options' plan (src/page/), with no display.  The plan's version is the
 * one --platform names, or with several the window's default among them. */
#define G_LOG_DOMAIN "wp-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "page/wp-page.h"
#include "wp-cli.h"

static const GOptionEntry report_entries[] = {
  { "report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a one-page PDF report to FILE (.pdf) and exit: the chart, the figures, the "
       "verdict, the registry values and the sources of the version --platform names (with "
       "several, Windows 2000 if among them, else the newest)"), N_("FILE") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper of the report: a4 or letter (default: the locale’s)"), N_("a4|letter") },
  { NULL }
};

void
wp_cli_add_report_options (GApplication *application)
{
  g_application_add_main_option_entries (application, report_entries);
}

/* --report and --paper into @parsed; one message for what is wrong. */
gboolean
wp_cli_parse_report (GVariantDict  *dict,
                     WpCliOptions  *parsed,
                     GError       **error)
{
  const char *paper;

  parsed->paper = wp_page_paper_default ();
  g_variant_dict_lookup (dict, "report", "^ay", &parsed->report_path);
  if (g_variant_dict_lookup (dict, "paper", "&s", &paper))
    {
      if (parsed->report_path == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                       _("--%s only applies to --report"), "paper");
          return FALSE;
        }
      if (!wp_page_paper_from_name (paper, &parsed->paper))
        {
          /* Translators: "a4" and "letter" are the option's values, as typed */
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                       _("--paper: “%s” is neither a4 nor letter"), paper);
          return FALSE;
        }
    }
  if (parsed->report_path == NULL)
    return TRUE;
  if (*parsed->report_path == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, "--report: %s",
                   _("no value was given"));
      return FALSE;
    }
  if (!g_str_has_suffix (parsed->report_path, ".pdf") &&
      !g_str_has_suffix (parsed->report_path, ".PDF"))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("--report: “%s” must end in .pdf"), parsed->report_path);
      return FALSE;
    }
  return TRUE;
}

gboolean
wp_cli_write_report (const WpCliOptions  *options,
                     const WpMeasurement *measurement,
                     GError            **error)
{
  g_autoptr (GFile) file = NULL;
  WpPageReport report;
  WpFileHeading heading;

  g_return_val_if_fail (options != NULL && options->report_path != NULL, FALSE);

  wp_page_report_init (&report);
  report.input = options->input;
  report.platforms = options->platforms;
  report.selected = wp_page_report_selected (options->platforms);
  report.view = options->export.view;
  report.x_scale = options->export.x_scale;
  report.y_scale = options->export.y_scale;
  wp_cli_options_heading (options, &heading);
  report.name = heading.name;
  report.customer = heading.customer;
  report.notes = heading.notes;
  report.measurement = measurement;
  file = g_file_new_for_commandline_arg (options->report_path);
  return wp_page_report_write (file, &report, options->paper, error);
}
