/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A measurement in the window (issue 16): the summary says what the
 * imported netstat had in use in the selected version's client range, and
 * how many lines it did not understand; without one it says nothing. */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "app/wp-summary.h"
#include "app/wp-window.h"
#include "app/wp-window-scenario.h"
#include "app/wp-readout-label.h"
#include "wp-test-gtk.h"
#include "wp-test-util.h"

/* 1030 (ESTABLISHED) and 1031, 1032 (TIME_WAIT) in Windows 2000's
 * 1025..5000; 50000 in Vista's 49152..65535; one line not understood. */
#define SAMPLE \
  "  TCP    10.0.0.5:1030    10.0.0.9:443   ESTABLISHED   8\n" \
  "  TCP    10.0.0.5:1031    10.0.0.9:443   TIME_WAIT     0\n" \
  "  TCP    10.0.0.5:1032    10.0.0.9:443   TIME_WAIT     0\n" \
  "  TCP    10.0.0.5:50000   10.0.0.9:443   ESTABLISHED   8\n" \
  "what is this\n"

static void
test_summary (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  WpPlannerModel *model = wp_window_get_model (window);
  WpReadoutLabel *measured = wp_test_child (window, "measured_readout");
  g_autoptr (WpImport) import = wp_import_new ();
  g_autoptr (WpMeasurement) m = NULL;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (measured)));

  wp_import_feed (import, (const guint8 *) SAMPLE, strlen (SAMPLE));
  m = wp_import_take_measurement (import);
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN2000);
  wp_planner_model_set_measurement (model, m);
  wp_test_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (measured)));
  /* 3 of 3,976 (3 × 100 / 3976, rounded up: 1 %), 2 of 3 in TIME_WAIT: 66 % */
  g_assert_cmpstr (wp_readout_label_get_text (measured), ==,
                   "Measured: 1\u00a0% of client ports in use (3 of 3976), 66\u00a0% of them in "
                   "TIME_WAIT.\n1 line not understood");
  /* Both of its lines inside the summary: the height it reserves for the
   * sliders' sentences counts them too (they were cut off under the chart). */
  {
    GtkWidget *summary = gtk_widget_get_ancestor (GTK_WIDGET (measured), WP_TYPE_SUMMARY);
    GtkAllocation label, box;
    int needed;

    wp_test_iterate_for (100);
    gtk_widget_get_allocation (GTK_WIDGET (measured), &label);
    gtk_widget_get_allocation (summary, &box);
    gtk_widget_get_preferred_height_for_width (GTK_WIDGET (measured), label.width, &needed, NULL);
    g_assert_cmpint (label.height, >=, needed);
    g_assert_cmpint (label.y + label.height, <=, box.y + box.height);
  }

  /* Windows 10's range holds 50000 alone */
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN10_X64);
  wp_test_iterate ();
  g_assert_true (g_str_has_prefix (wp_readout_label_get_text (measured),
                                   "Measured: 1\u00a0% of client ports in use (1 of 16384), "
                                   "0\u00a0% of it in TIME_WAIT."));

  wp_planner_model_set_measurement (model, NULL);
  wp_test_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (measured)));
}

/* The window's chart as a PNG file's bytes (an SVG's differ from one
 * export to the next: Cairo numbers its surfaces). */
static GBytes *
saved_chart (WpWindow   *window,
             const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  GBytes *bytes;

  g_assert_true (wp_window_save_chart (window, file, &error));
  g_assert_no_error (error);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  return bytes;
}

/* Exporting the window's chart draws the measured point too. */
static void
test_export (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  WpPlannerModel *model = wp_window_get_model (window);
  g_autofree char *dir = g_dir_make_tmp ("wp-measured-XXXXXX", NULL);
  g_autoptr (WpImport) import = wp_import_new ();
  g_autoptr (WpMeasurement) m = NULL;
  g_autoptr (GBytes) plain = saved_chart (window, dir, "plain.png");
  g_autoptr (GBytes) measured = NULL;

  wp_import_feed (import, (const guint8 *) SAMPLE, strlen (SAMPLE));
  m = wp_import_take_measurement (import);
  wp_planner_model_set_measurement (model, m);
  measured = saved_chart (window, dir, "measured.png");
  g_assert_false (g_bytes_equal (plain, measured));
  wp_planner_model_set_measurement (model, NULL);
  g_bytes_unref (measured);
  measured = saved_chart (window, dir, "again.png");
  g_assert_true (g_bytes_equal (plain, measured));
  wp_test_remove_tree (dir);
}

/* The measurement is part of the scenario: an import marks a scenario
 * changed ("•"), Save writes it, and a fresh window opening the file shows
 * the same measured sentence; removing it is a change again. */
static void
test_scenario (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  g_autoptr (WpWindowTest) other = wp_test_window_shown (1200, 700);
  g_autofree char *dir = g_dir_make_tmp ("wp-measured-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "m.wpscenario", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (WpScenario) named = wp_scenario_new ();
  g_autoptr (WpScenario) autosaved = NULL;
  g_autoptr (WpImport) import = wp_import_new ();
  g_autoptr (WpMeasurement) m = NULL;
  g_autoptr (GError) error = NULL;
  WpPlannerModel *model = wp_window_get_model (window);
  WpPlannerModel *opened = wp_window_get_model (other);
  WpReadoutLabel *measured = wp_test_child (window, "measured_readout");
  WpReadoutLabel *back = wp_test_child (other, "measured_readout");
  /* SAMPLE in Windows 2000's range, as test_summary() counts it */
  const char *sentence = "Measured: 1\u00a0% of client ports in use (3 of 3976), 66\u00a0% of "
                         "them in TIME_WAIT.\n1 line not understood";

  wp_scenario_set_name (named, "Contoso");
  g_assert_true (wp_scenario_save (named, file, &error));
  g_assert_true (wp_window_open_scenario (window, file, &error));
  g_assert_no_error (error);
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN2000);
  g_assert_true (wp_window_save_scenario (window, file, &error));
  g_assert_false (wp_window_get_scenario_modified (window));

  wp_import_feed (import, (const guint8 *) SAMPLE, strlen (SAMPLE));
  m = wp_import_take_measurement (import);
  wp_planner_model_set_measurement (model, m);
  g_assert_true (wp_window_get_scenario_modified (window));
  /* what the autosave writes */
  autosaved = wp_window_get_scenario (window);
  g_assert_true (wp_scenario_get_measurement (autosaved) == m);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Contoso");
  g_assert_true (wp_window_save_scenario (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (wp_window_get_scenario_modified (window));
  wp_test_iterate ();
  g_assert_cmpstr (wp_readout_label_get_text (measured), ==, sentence);

  g_assert_null (wp_planner_model_get_measurement (opened));
  g_assert_true (wp_window_open_scenario (other, file, &error));
  g_assert_no_error (error);
  wp_test_iterate ();
  g_assert_nonnull (wp_planner_model_get_measurement (opened));
  g_assert_true (wp_planner_model_get_measurement (opened) != m);
  g_assert_true (wp_measurement_equal (wp_planner_model_get_measurement (opened), m));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (back)));
  g_assert_cmpstr (wp_readout_label_get_text (back), ==, sentence);
  g_assert_false (wp_window_get_scenario_modified (other));

  wp_planner_model_set_measurement (opened, NULL);
  g_assert_true (wp_window_get_scenario_modified (other));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (other)), ==, "• Contoso");
  wp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/measured/summary", test_summary);
  g_test_add_func ("/window/measured/export", test_export);
  g_test_add_func ("/window/measured/scenario", test_scenario);
  return g_test_run ();
}
