/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's exports: what each one offers in the save dialog
 * (wp-window-save-dialog.c) and what it writes, atomically. */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "chart/wp-chart-export.h"
#include "report/wp-report.h"
#include "report/wp-registry.h"
#include "util/wp-file.h"
#include "wp-window-private.h"
#include "wp-window-scenario.h"

/* Helpers */

static gboolean
replace_contents (GFile       *file,
                  const char  *contents,
                  GError     **error)
{
  return wp_file_replace_contents (file, contents, strlen (contents), error);
}

static gboolean save_comparison (WpWindow  *self,
                                 GFile     *file,
                                 GError   **error);
static gboolean save_comparison_report (WpWindow  *self,
                                        GFile     *file,
                                        GError   **error);

/* Public API (wp-window-private.h) */

void
wp_window_export_chart (WpWindow *self)
{
  wp_window_choose_save_file (self, _("Export Chart"), _("socket-limits.png"),
                              WP_SAVE_CHOICES_CHART, wp_window_save_chart,
                              _("PNG images"), "*.png",
                              _("SVG images"), "*.svg",
                              _("PDF documents"), "*.pdf",
                              NULL);
}

/* The scenarios the comparison window exports, kept on the window while
 * its file chooser is open (names and customers owned). */
typedef struct
{
  guint        n;
  WpNamedInput entries[WP_COMPARE_MAX];
} Comparison;

static void
comparison_free (Comparison *comparison)
{
  for (guint i = 0; i < comparison->n; i++)
    {
      g_free ((char *) comparison->entries[i].name);
      g_free ((char *) comparison->entries[i].customer);
    }
  g_free (comparison);
}

/* Keeps @entries on the window while the chooser is open. */
static void
keep_comparison (WpWindow           *self,
                 const WpNamedInput *entries,
                 guint               n)
{
  Comparison *comparison = g_new0 (Comparison, 1);

  comparison->n = n;
  for (guint i = 0; i < n; i++)
    {
      comparison->entries[i] = entries[i];
      comparison->entries[i].name = g_strdup (entries[i].name);
      comparison->entries[i].customer = g_strdup (entries[i].customer);
    }
  g_object_set_data_full (G_OBJECT (self), "wp-comparison", comparison,
                          (GDestroyNotify) comparison_free);
}

/* The comparison's chart (wp-compare-dialog.c), as Export Chart: the same
 * choices and flow, the scenarios drawn. */
void
wp_window_export_comparison (WpWindow           *self,
                             const WpNamedInput *entries,
                             guint               n)
{
  g_return_if_fail (n > 0 && n <= WP_COMPARE_MAX);

  keep_comparison (self, entries, n);
  wp_window_choose_save_file (self, _("Export Chart"), _("scenarios-compared.png"),
                              WP_SAVE_CHOICES_CHART, save_comparison,
                              _("PNG images"), "*.png",
                              _("SVG images"), "*.svg",
                              _("PDF documents"), "*.pdf",
                              NULL);
}

/* The comparison's one-page report, as Export Report: the paper chosen
 * in the same chooser. */
void
wp_window_export_comparison_report (WpWindow           *self,
                                    const WpNamedInput *entries,
                                    guint               n)
{
  g_return_if_fail (n > 0 && n <= WP_COMPARE_MAX);

  keep_comparison (self, entries, n);
  wp_window_choose_save_file (self, _("Export Report"), _("scenarios-compared.pdf"),
                              WP_SAVE_CHOICES_REPORT, save_comparison_report,
                              _("PDF documents"), "*.pdf",
                              NULL);
}

void
wp_window_export_csv (WpWindow *self)
{
  wp_window_choose_save_file (self, _("Export Data as CSV"), _("socket-limits.csv"),
                              WP_SAVE_CHOICES_NONE, wp_window_save_csv,
                              _("CSV files"), "*.csv",
                              NULL);
}

void
wp_window_export_reg (WpWindow *self)
{
  WpPlatform platform = wp_planner_model_get_selected_platform (wp_window_get_model (self));
  /* Translators: a file name; %s is a platform id such as "win2000" */
  g_autofree char *name = g_strdup_printf (_("socket-limits-%s.reg"),
                                           wp_platform_info (platform)->id);

  /* Vista and later: first the script with the netsh command. */
  if (wp_registry_has_netsh (platform))
    {
      g_autofree char *script = g_strdup_printf ("%.*s.cmd", (int) strlen (name) - 4, name);

      wp_window_choose_save_file (self, _("Export .reg File"), script,
                                  WP_SAVE_CHOICES_NONE, wp_window_save_reg,
                                  _("Command scripts (netsh and reg)"), "*.cmd",
                                  _("Registry files"), "*.reg",
                                  NULL);
      return;
    }
  wp_window_choose_save_file (self, _("Export .reg File"), name,
                              WP_SAVE_CHOICES_NONE, wp_window_save_reg,
                              _("Registry files"), "*.reg",
                              NULL);
}

void
wp_window_export_report (WpWindow *self)
{
  wp_window_choose_save_file (self, _("Export Report"), _("socket-plan.pdf"),
                              WP_SAVE_CHOICES_REPORT, wp_window_save_report,
                              _("PDF documents"), "*.pdf",
                              NULL);
}

/* Public API (wp-window.h) */

gboolean
wp_window_save_chart (WpWindow  *self,
                      GFile     *file,
                      GError   **error)
{
  WpChartExportOptions options;
  WpPlannerModel *model;
  WpLimitsInput input;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  wp_window_get_export_options (self, &options);
  model = wp_window_get_model (self);
  wp_planner_model_get_input (model, &input);
  wp_chart_measured_from_model (model, &options.measured);
  return wp_chart_export_file_with_options (file, &options, &input,
                                            wp_planner_model_get_visible_platforms (model),
                                            error);
}

static gboolean
save_comparison (WpWindow  *self,
                 GFile     *file,
                 GError   **error)
{
  Comparison *comparison = g_object_get_data (G_OBJECT (self), "wp-comparison");

  g_return_val_if_fail (comparison != NULL, FALSE);
  return wp_window_save_comparison (self, file, comparison->entries, comparison->n, error);
}

static gboolean
save_comparison_report (WpWindow  *self,
                        GFile     *file,
                        GError   **error)
{
  Comparison *comparison = g_object_get_data (G_OBJECT (self), "wp-comparison");

  g_return_val_if_fail (comparison != NULL, FALSE);
  return wp_window_save_comparison_report (self, file, comparison->entries, comparison->n,
                                           error);
}

/* The comparison chart of @entries with the export dialog's choices. */
gboolean
wp_window_save_comparison (WpWindow           *self,
                           GFile              *file,
                           const WpNamedInput *entries,
                           guint               n,
                           GError            **error)
{
  WpChartExportOptions options;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (n > 0 && n <= WP_COMPARE_MAX && entries != NULL, FALSE);

  wp_window_get_export_options (self, &options);
  options.compare = entries;
  options.n_compare = n;
  return wp_chart_export_file_with_options (file, &options, &entries[0].input,
                                            WP_PLATFORM_BIT (entries[0].platform), error);
}

gboolean
wp_window_save_csv (WpWindow  *self,
                    GFile     *file,
                    GError   **error)
{
  WpPlannerModel *model;
  WpLimitsInput input;
  g_autofree char *csv = NULL;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  model = wp_window_get_model (self);
  wp_planner_model_get_input (model, &input);
  csv = wp_report_format_csv (&input, wp_planner_model_get_visible_platforms (model));

  return replace_contents (file, csv, error);
}

gboolean
wp_window_save_reg (WpWindow  *self,
                    GFile     *file,
                    GError   **error)
{
  WpPlannerModel *model;
  WpLimitsInput input;
  WpPlatform platform;
  g_autofree char *reg = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *lower = NULL;
  WpScenario *scenario;
  WpFileHeading heading;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  model = wp_window_get_model (self);
  wp_planner_model_get_input (model, &input);
  platform = wp_planner_model_get_selected_platform (model);
  basename = g_file_get_basename (file);
  lower = g_ascii_strdown (basename != NULL ? basename : "", -1);
  /* FILE.cmd on Vista and later: the script, as --reg=FILE.cmd writes it. */
  /* The scenario's name, customer and notes head it, as --name… do. */
  scenario = wp_window_scenario_doc (self)->scenario;
  heading = (WpFileHeading) { wp_scenario_get_name (scenario), wp_scenario_get_customer (scenario),
                              wp_scenario_get_notes (scenario) };
  if (wp_registry_has_netsh (platform) && g_str_has_suffix (lower, ".cmd"))
    reg = wp_registry_format_cmd_with_heading (platform, &input, &heading);
  else
    reg = wp_registry_format_reg_with_heading (platform, &input, &heading);

  return replace_contents (file, reg, error);
}
