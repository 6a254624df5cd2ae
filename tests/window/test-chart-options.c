/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart's options (issue 14, defect 5): the user hides lines and fixes
 * the top of the socket axis and each axis' scale; the selected version
 * stays drawn; the reference lines, the top and the scales are remembered. */
#include "config.h"

#include <gtk/gtk.h>

#include "app/wp-chart-options.h"
#include "app/wp-window.h"
#include "chart/wp-chart-private.h"
#include "wp-test-gtk.h"

static WpChart *
chart_of (WpWindow *window)
{
  return WP_CHART (wp_test_window_chart (window));
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  g_autoptr (GList) children = NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  if (!GTK_IS_CONTAINER (widget))
    return NULL;
  children = gtk_container_get_children (GTK_CONTAINER (widget));
  for (GList *l = children; l != NULL; l = l->next)
    {
      GtkWidget *found = find_type (l->data, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static WpWindow *
shown_window (void)
{
  return wp_test_window_shown (1200, 700);
}

/* The versions' checks are the model's visible platforms; the selected
 * version's is insensitive, and the model keeps it drawn regardless. */
static void
test_versions (void)
{
  g_autoptr (WpWindowTest) window = shown_window ();
  WpPlannerModel *model = wp_window_get_model (window);
  GActionGroup *group = gtk_widget_get_action_group (GTK_WIDGET (chart_of (window)), "chart");

  g_assert_nonnull (group);
  wp_planner_model_set_visible_platforms (model, WP_PLATFORMS_ALL);
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN2000);
  g_assert_false (g_action_group_get_action_enabled (group, "show-win2000"));
  g_assert_true (g_action_group_get_action_enabled (group, "show-nt4"));

  g_action_group_change_action_state (group, "show-nt4", g_variant_new_boolean (FALSE));
  g_assert_cmpuint (wp_planner_model_get_visible_platforms (model), ==,
                    WP_PLATFORMS_ALL & ~WP_PLATFORM_BIT (WP_PLATFORM_NT4));
  g_assert_false (g_variant_get_boolean (g_action_group_get_action_state (group, "show-nt4")));

  /* From the sidebar's Compare check, the same. */
  wp_planner_model_set_visible_platforms (model, WP_PLATFORMS_ALL);
  g_assert_true (g_variant_get_boolean (g_action_group_get_action_state (group, "show-nt4")));

  /* Selecting NT 4.0 moves the insensitive check. */
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_NT4);
  g_assert_false (g_action_group_get_action_enabled (group, "show-nt4"));
  g_assert_true (g_action_group_get_action_enabled (group, "show-win2000"));
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN2000);
}

/* The reference lines and the axis' top: on the chart, in the settings,
 * in the axis drawn; a bad top is refused with a message. */
static void
test_lines_and_top (void)
{
  g_autoptr (WpWindowTest) window = shown_window ();
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  WpChart *chart = chart_of (window);
  GActionGroup *group = gtk_widget_get_action_group (GTK_WIDGET (chart), "chart");
  GtkPopover *popover = wp_chart_options_get_popover (chart);
  GtkEntry *entry = GTK_ENTRY (find_type (GTK_WIDGET (popover), GTK_TYPE_ENTRY));
  GtkLabel *error = NULL;
  gboolean shown;
  guint top;

  g_action_group_change_action_state (group, "show-client-ports", g_variant_new_boolean (FALSE));
  g_object_get (chart, "show-client-ports", &shown, NULL);
  g_assert_false (shown);
  g_assert_false (g_settings_get_boolean (settings, "chart-show-client-ports"));
  g_action_group_change_action_state (group, "show-client-ports", g_variant_new_boolean (TRUE));
  g_assert_true (g_settings_get_boolean (settings, "chart-show-client-ports"));

  /* The menu item opens the options. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "chart-options", NULL);
  wp_test_iterate_for (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));

  gtk_entry_set_text (entry, "20000");
  g_signal_emit_by_name (entry, "activate");
  g_object_get (chart, "value-max", &top, NULL);
  g_assert_cmpuint (top, ==, 20000);
  g_assert_cmpuint (g_settings_get_uint (settings, "chart-value-max"), ==, 20000);
  gtk_widget_queue_draw (GTK_WIDGET (chart));
  wp_test_iterate_for (100);
  g_assert_cmpfloat (chart->layout.y_ticks.hi, ==, 20000);

  gtk_entry_set_text (entry, "abc");
  g_signal_emit_by_name (entry, "activate");
  g_object_get (chart, "value-max", &top, NULL);
  g_assert_cmpuint (top, ==, 20000);
  {
    GtkWidget *box = gtk_bin_get_child (GTK_BIN (popover));
    g_autoptr (GList) children = gtk_container_get_children (GTK_CONTAINER (box));

    error = g_list_last (children)->data;
  }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error)));
  g_assert_cmpstr (gtk_label_get_text (error), ==, "“abc” is not a number");

  /* Empty: automatic again, the figures' own scale */
  gtk_entry_set_text (entry, "");
  g_signal_emit_by_name (entry, "activate");
  g_object_get (chart, "value-max", &top, NULL);
  g_assert_cmpuint (top, ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error)));
  gtk_popover_popdown (popover);
}

/* A right click on the chart opens them too. */
static void
test_context_click (void)
{
  g_autoptr (WpWindowTest) window = shown_window ();
  WpChart *chart = chart_of (window);

  wp_test_click (GTK_WIDGET (chart), GDK_BUTTON_SECONDARY, 100, 100);
  wp_test_iterate_for (100);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (wp_chart_options_get_popover (chart))));
}

/* The right arrow key on the chart, as its handler takes it. */
static void
press_right (WpChart *chart)
{
  GdkEvent *event = gdk_event_new (GDK_KEY_PRESS);

  event->key.window = g_object_ref (gtk_widget_get_window (GTK_WIDGET (chart)));
  event->key.keyval = GDK_KEY_Right;
  g_assert_true (wp_chart_key_press_event (GTK_WIDGET (chart), &event->key));
  gdk_event_free (event);
}

/* Each axis' scale (issue 15): a combo in the options sets the chart's
 * property, the axis drawn turns logarithmic, the RAM marker follows a
 * click and the arrow keys on it, and a new window remembers. */
static void
assert_setting (GSettings  *settings,
                const char *key,
                const char *want)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, want);
}

static void
test_scales (void)
{
  g_autoptr (WpWindowTest) window = shown_window ();
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  WpChart *chart = chart_of (window);
  WpPlannerModel *model = wp_window_get_model (window);
  GtkPopover *popover = wp_chart_options_get_popover (chart);
  GtkWidget *grid = gtk_widget_get_parent (find_type (GTK_WIDGET (popover),
                                                      GTK_TYPE_COMBO_BOX_TEXT));
  GtkComboBox *ram_combo = GTK_COMBO_BOX (gtk_grid_get_child_at (GTK_GRID (grid), 1, 0));
  GtkComboBox *socket_combo = GTK_COMBO_BOX (gtk_grid_get_child_at (GTK_GRID (grid), 1, 1));
  WpChartAxisScale scale;
  double x;

  /* Automatic: linear on today's axes (the source's versions), from 0;
   * log with a newer version drawn (16 MB to past 128 GB). */
  wp_planner_model_set_visible_platforms (model, WP_PLATFORMS_ALL);
  gtk_widget_queue_draw (GTK_WIDGET (chart));
  wp_test_iterate_for (100);
  g_assert_cmpint (chart->layout.x_ticks.kind, ==, WP_CHART_SCALE_LOG);
  g_assert_cmpint (chart->layout.y_ticks.kind, ==, WP_CHART_SCALE_LOG);
  wp_planner_model_set_visible_platforms (model, WP_PLATFORMS_SOURCE);
  gtk_widget_queue_draw (GTK_WIDGET (chart));
  wp_test_iterate_for (100);
  g_assert_cmpstr (gtk_combo_box_get_active_id (ram_combo), ==, "auto");
  g_assert_cmpint (chart->layout.x_ticks.kind, ==, WP_CHART_SCALE_LINEAR);
  g_assert_cmpint (chart->layout.y_ticks.kind, ==, WP_CHART_SCALE_LINEAR);

  gtk_combo_box_set_active_id (ram_combo, "log");
  gtk_combo_box_set_active_id (socket_combo, "log");
  g_object_get (chart, "x-scale", &scale, NULL);
  g_assert_cmpint (scale, ==, WP_CHART_AXIS_SCALE_LOG);
  assert_setting (settings, "chart-x-scale", "log");
  assert_setting (settings, "chart-y-scale", "log");
  gtk_widget_queue_draw (GTK_WIDGET (chart));
  wp_test_iterate_for (100);
  g_assert_cmpint (chart->layout.x_ticks.kind, ==, WP_CHART_SCALE_LOG);
  g_assert_cmpint (chart->layout.y_ticks.kind, ==, WP_CHART_SCALE_LOG);
  g_assert_cmpfloat (chart->layout.zero_gap, ==, 0);

  /* A click at 2 GB's pixel sets 2 GB; the right arrow a quarter octave
   * further, 2.5 GB. */
  wp_chart_layout_to_pixel (&chart->layout, 2048, 0, &x, NULL);
  wp_test_click (GTK_WIDGET (chart), GDK_BUTTON_PRIMARY, x,
                 chart->layout.plot.y + chart->layout.plot.height / 2);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 2048);
  press_right (chart);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 2560);

  /* The property sets the combo back; a new window keeps the scales. */
  g_object_set (chart, "y-scale", WP_CHART_AXIS_SCALE_LINEAR, NULL);
  g_assert_cmpstr (gtk_combo_box_get_active_id (socket_combo), ==, "linear");
  {
    g_autoptr (WpWindowTest) again = wp_test_window_reopen ();

    g_object_get (chart_of (again), "x-scale", &scale, NULL);
    g_assert_cmpint (scale, ==, WP_CHART_AXIS_SCALE_LOG);
    g_object_get (chart_of (again), "y-scale", &scale, NULL);
    g_assert_cmpint (scale, ==, WP_CHART_AXIS_SCALE_LINEAR);
  }
  gtk_combo_box_set_active_id (ram_combo, "auto");
  assert_setting (settings, "chart-x-scale", "auto");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  g_test_add_func ("/window/chart-options/versions", test_versions);
  g_test_add_func ("/window/chart-options/lines-and-top", test_lines_and_top);
  g_test_add_func ("/window/chart-options/context-click", test_context_click);
  g_test_add_func ("/window/chart-options/scales", test_scales);

  return g_test_run ();
}
