/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Export Report…": the one-page PDF (src/page/) of the window's plan, the
 * selected version among the visible ones, or of the scenarios compared,
 * on the paper chosen in the file chooser (the locale's at first, then the
 * last one chosen). */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "page/wp-page.h"
#include "wp-window-private.h"
#include "wp-window-scenario.h"

#define PAPER_CHOICE "paper"
#define PAPER_KEY    "wp-report-paper"   /* on the window: the last paper chosen */

static WpPagePaper
window_paper (WpWindow *self)
{
  gpointer chosen = g_object_get_data (G_OBJECT (self), PAPER_KEY);

  return chosen != NULL ? (WpPagePaper) (GPOINTER_TO_INT (chosen) - 1) : wp_page_paper_default ();
}

void
wp_window_add_report_choices (WpWindow       *self,
                              GtkFileChooser *chooser)
{
  const char *ids[] = { "a4", "letter", NULL };
  /* Translators: the paper sizes of the report */
  const char *labels[] = { _("A4"), _("Letter"), NULL };

  /* Translators: the report's paper size, a choice in the file chooser */
  gtk_file_chooser_add_choice (chooser, PAPER_CHOICE, _("Paper"), ids, labels);
  gtk_file_chooser_set_choice (chooser, PAPER_CHOICE,
                               window_paper (self) == WP_PAGE_PAPER_LETTER ? "letter" : "a4");
}

void
wp_window_take_report_choices (WpWindow       *self,
                               GtkFileChooser *chooser)
{
  const char *id = gtk_file_chooser_get_choice (chooser, PAPER_CHOICE);
  WpPagePaper paper;

  if (id != NULL && wp_page_paper_from_name (id, &paper))
    g_object_set_data (G_OBJECT (self), PAPER_KEY, GINT_TO_POINTER (paper + 1));
}

/* The report of the window's plan to @file, on the paper last chosen. */
gboolean
wp_window_save_report (WpWindow  *self,
                       GFile     *file,
                       GError   **error)
{
  WpPlannerModel *model = wp_window_get_model (self);
  WpChartExportOptions chart;
  WpPageReport report;
  WpScenario *scenario;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);

  wp_window_get_export_options (self, &chart);
  wp_page_report_init (&report);
  wp_planner_model_get_input (model, &report.input);
  report.platforms = wp_planner_model_get_visible_platforms (model);
  report.selected = wp_planner_model_get_selected_platform (model);
  report.view = chart.view;
  report.measurement = wp_planner_model_get_measurement (model);
  /* The scenario's name, customer and notes head it, as they head a .reg. */
  scenario = wp_window_scenario_doc (self)->scenario;
  report.name = wp_scenario_get_name (scenario);
  report.customer = wp_scenario_get_customer (scenario);
  report.notes = wp_scenario_get_notes (scenario);
  return wp_page_report_write (file, &report, window_paper (self), error);
}

/* The one-page comparison of @entries, on the paper last chosen. */
gboolean
wp_window_save_comparison_report (WpWindow           *self,
                                  GFile              *file,
                                  const WpNamedInput *entries,
                                  guint               n,
                                  GError            **error)
{
  WpPageReport report;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (n > 0 && n <= WP_COMPARE_MAX && entries != NULL, FALSE);

  wp_page_report_init (&report);
  report.compare = entries;
  report.n_compare = n;
  return wp_page_report_write (file, &report, window_paper (self), error);
}
