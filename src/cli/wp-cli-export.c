/* SPDX-License-Identifier: GPL-3.0-or-later */
/* --export=FILE [--size=WxH] [--text-scale=F] [--theme=light|dark]
 * [--no-footnote]: the chart as a file, with no display; its source
 * footnote unless --no-footnote; with --import the measured point. */
#define G_LOG_DOMAIN "wp-cli"

#include "config.h"

#include "chart/wp-chart-export.h"
#include "wp-cli.h"

gboolean
wp_cli_export (const WpCliOptions  *options,
               const WpMeasurement *measurement,
               GError             **error)
{
  g_autoptr (GFile) file = NULL;
  WpChartExportOptions export;

  g_return_val_if_fail (options != NULL && options->export_path != NULL, FALSE);

  file = g_file_new_for_commandline_arg (options->export_path);
  export = options->export;
  wp_cli_chart_measured (measurement, &options->input, options->platforms, &export.measured);
  return wp_chart_export_file_with_options (file, &export, &options->input,
                                            options->platforms, error);
}
