/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The workload in the window (issue 15): the connection life typed in the
 * target panel goes through --connection-life's parser; with a rate the
 * comparison table shows each version's ports in use, headroom and
 * exhaustion, and the summary the selected version's headroom.  Figures
 * from A (Catalyst KB 100072) and limits.md: Windows 2000's 3,976 client
 * ports at MaxUserPort 5000, TIME_WAIT 240 s; ports in use = rate × (life
 * + TIME_WAIT). */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "app/wp-presentation.h"
#include "app/wp-window.h"
#include "limits/wp-format.h"
#include "app/wp-readout-label.h"
#include "wp-test-gtk.h"
#include "wp-test-pixels.h"

#define COLUMN_IN_USE 12   /* the store's columns (ui/wp-comparison-table.ui) */

static void
type_into (GtkEntry   *entry,
           const char *text)
{
  gtk_entry_set_text (entry, text);
  wp_test_iterate ();
}

/* The table's cell of @platform in store column @column. */
static char *
cell (WpWindow   *window,
      WpPlatform  platform,
      int         column)
{
  GtkTreeModel *store = wp_test_window_child (window, "platform_store");
  GtkTreeIter iter;

  g_assert_true (gtk_tree_model_get_iter_first (store, &iter));
  do
    {
      int shown;
      char *text = NULL;

      gtk_tree_model_get (store, &iter, 0, &shown, column, &text, -1);
      if (shown == (int) platform)
        return text;
      g_free (text);
    }
  while (gtk_tree_model_iter_next (store, &iter));
  g_assert_not_reached ();
}

static void
test_headroom_in_table (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  WpPlannerModel *model = wp_window_get_model (window);
  GtkEntry *rate = wp_test_window_child (window, "rate_entry");
  GtkEntry *life = wp_test_window_child (window, "life_entry");
  WpReadoutLabel *summary = wp_test_window_child (window, "target_readout");
  g_autofree char *in_use_expected = wp_format_count (10 * (5 + 240));
  g_autofree char *short_expected = wp_format_count (20 * (5 + 240));
  g_autofree char *in_use = NULL;
  g_autofree char *headroom = NULL;
  g_autofree char *exhaustion = NULL;
  g_autofree char *in_use_98 = NULL;
  g_autofree char *pct = g_strdup_printf ("%d\u00a0%%", (3976 - 10 * 245) * 100 / 3976);
  g_autofree char *used_pct = g_strdup_printf ("%d\u00a0%%",
                                               100 - (3976 - 10 * 245) * 100 / 3976);
  static const char * const headroom_columns[] = { "headroom_column", "exhaustion_column" };

  GtkTreeViewColumn *in_use_column = wp_test_window_child (window, "in_use_column");

  g_assert_false (gtk_tree_view_column_get_visible (in_use_column));

  type_into (life, "5");
  g_assert_cmpuint (wp_planner_model_get_connection_life_ms (model), ==, 5000);
  /* A life without a rate: nothing to show yet */
  g_assert_false (gtk_tree_view_column_get_visible (in_use_column));

  type_into (rate, "10");
  g_assert_true (gtk_tree_view_column_get_visible (in_use_column));
  for (guint i = 0; i < G_N_ELEMENTS (headroom_columns); i++)
    g_assert_true (gtk_tree_view_column_get_visible (wp_test_window_child (window,
                                                                           headroom_columns[i])));
  in_use = cell (window, WP_PLATFORM_WIN2000, COLUMN_IN_USE);
  headroom = cell (window, WP_PLATFORM_WIN2000, COLUMN_IN_USE + 1);
  exhaustion = cell (window, WP_PLATFORM_WIN2000, COLUMN_IN_USE + 2);
  in_use_98 = cell (window, WP_PLATFORM_WIN98, COLUMN_IN_USE);
  g_assert_cmpstr (in_use, ==, in_use_expected);
  g_assert_cmpstr (headroom, ==, pct);
  g_assert_cmpstr (exhaustion, ==, "never");
  g_assert_cmpstr (in_use_98, ==, "—");
  /* The summary: the share of 2000's ports in use, rounded up */
  g_assert_nonnull (strstr (wp_readout_label_get_text (summary), used_pct));

  /* Twice the rate runs 2000's ports out: a warning in the summary */
  type_into (rate, "20");
  g_clear_pointer (&in_use, g_free);
  in_use = cell (window, WP_PLATFORM_WIN2000, COLUMN_IN_USE);
  g_assert_cmpstr (in_use, ==, short_expected);
  g_assert_nonnull (strstr (wp_readout_label_get_text (summary), "⚠"));

  /* Refused: the message under the field, the life as it was */
  type_into (life, "abc");
  g_assert_true (gtk_widget_get_visible (wp_test_window_child (window, "life_error")));
  g_assert_cmpstr (gtk_label_get_text (wp_test_window_child (window, "life_error")), ==,
                   "“abc” is not a number");
  g_assert_cmpuint (wp_planner_model_get_connection_life_ms (model), ==, 5000);
  type_into (life, "0.25");
  g_assert_false (gtk_widget_get_visible (wp_test_window_child (window, "life_error")));
  g_assert_cmpuint (wp_planner_model_get_connection_life_ms (model), ==, 250);

  /* Set elsewhere, the field shows it */
  wp_planner_model_set_connection_life_ms (model, 1500);
  wp_test_iterate ();
  g_assert_cmpstr (gtk_entry_get_text (life), ==, "1.5");
}

/* The chart as drawn on the screen, once laid out. */
static cairo_surface_t *
draw_chart (WpWindow *window)
{
  wp_test_iterate_for (100);
  return wp_test_draw_widget (wp_test_window_chart (window));
}

/* win.chart-view switches the chart between its views, remembered in the
 * settings; on the rate view a click on the plot moves no RAM. */
static void
test_switch_view (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  WpPlannerModel *model = wp_window_get_model (window);
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkWidget *chart = wp_test_window_chart (window);
  cairo_surface_t *memory, *rate, *back;
  g_autofree char *memory_description = NULL;
  guint64 ram = wp_planner_model_get_ram_mb (model);
  int view = -1;

  wp_planner_model_set_need_rate (model, 10);
  memory = draw_chart (window);
  memory_description = g_strdup (atk_object_get_description (gtk_widget_get_accessible (chart)));
  g_action_group_activate_action (G_ACTION_GROUP (window), "chart-view",
                                  g_variant_new_string ("rate"));
  rate = draw_chart (window);
  g_object_get (chart, "view", &view, NULL);
  g_assert_cmpint (view, ==, 1);
  g_assert_false (wp_test_same_pixels (memory, rate));
  /* A screen reader hears the selected version's headroom: 2000's 3,976
   * ports hold 10 a second × 240 s */
  g_assert_true (g_str_has_suffix (atk_object_get_description (gtk_widget_get_accessible (chart)),
                                   "new connections/s."));
  g_assert_false (g_str_has_suffix (memory_description, "new connections/s."));
  {
    g_autofree char *remembered = g_settings_get_string (settings, "chart-view");

    g_assert_cmpstr (remembered, ==, "rate");
  }

  /* No RAM to drag on the rate view */
  wp_test_click (chart, GDK_BUTTON_PRIMARY, gtk_widget_get_allocated_width (chart) / 3.0,
                 gtk_widget_get_allocated_height (chart) / 2.0);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, ram);

  /* The export dialog's file is the chart shown */
  {
    g_autofree char *dir = g_dir_make_tmp ("wp-view-XXXXXX", NULL);
    g_autofree char *rate_path = g_build_filename (dir, "rate.png", NULL);
    g_autofree char *memory_path = g_build_filename (dir, "memory.png", NULL);
    g_autoptr (GFile) rate_file = g_file_new_for_path (rate_path);
    g_autoptr (GFile) memory_file = g_file_new_for_path (memory_path);
    g_autoptr (GBytes) rate_bytes = NULL;
    g_autoptr (GBytes) memory_bytes = NULL;

    g_assert_true (wp_window_save_chart (window, rate_file, NULL));
    g_action_group_activate_action (G_ACTION_GROUP (window), "chart-view",
                                    g_variant_new_string ("memory"));
    g_assert_true (wp_window_save_chart (window, memory_file, NULL));
    rate_bytes = g_file_load_bytes (rate_file, NULL, NULL, NULL);
    memory_bytes = g_file_load_bytes (memory_file, NULL, NULL, NULL);
    g_assert_false (g_bytes_equal (rate_bytes, memory_bytes));
    g_file_delete (rate_file, NULL, NULL);
    g_file_delete (memory_file, NULL, NULL);
    g_rmdir (dir);
  }

  back = draw_chart (window);
  /* … where the same click on the memory view does move it */
  wp_test_click (chart, GDK_BUTTON_PRIMARY, gtk_widget_get_allocated_width (chart) / 3.0,
                 gtk_widget_get_allocated_height (chart) / 2.0);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), !=, ram);
  g_assert_true (wp_test_same_pixels (memory, back));

  cairo_surface_destroy (memory);
  cairo_surface_destroy (rate);
  cairo_surface_destroy (back);
}

/* Presentation mode presents the view the window shows. */
static void
test_presentation_view (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  GtkWidget *presentation;
  int view = -1;

  g_action_group_activate_action (G_ACTION_GROUP (window), "chart-view",
                                  g_variant_new_string ("rate"));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "presentation",
                                      g_variant_new_boolean (TRUE));
  wp_test_iterate ();
  presentation = gtk_widget_get_ancestor (wp_test_window_child (window, "server_value"),
                                          WP_TYPE_PRESENTATION);
  g_assert_nonnull (presentation);
  g_object_get (wp_presentation_get_chart (WP_PRESENTATION (presentation)), "view", &view, NULL);
  g_assert_cmpint (view, ==, 1);

  g_action_group_activate_action (G_ACTION_GROUP (window), "chart-view",
                                  g_variant_new_string ("memory"));
  g_object_get (wp_presentation_get_chart (WP_PRESENTATION (presentation)), "view", &view, NULL);
  g_assert_cmpint (view, ==, 0);
  g_action_group_change_action_state (G_ACTION_GROUP (window), "presentation",
                                      g_variant_new_boolean (FALSE));
  wp_test_iterate ();
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/workload/table", test_headroom_in_table);
  g_test_add_func ("/window/workload/switch-view", test_switch_view);
  g_test_add_func ("/window/workload/presentation-view", test_presentation_view);
  return g_test_run ();
}
