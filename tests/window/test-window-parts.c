/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's parts on their own: each follows the model it is given,
 * notifies "model" only when it changes, and lets go of the one before;
 * the Registry page fills itself only while active; the comparison
 * table's columns hold their headers; F10's action is the menu button's
 * "active". */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "app/wp-comparison-table.h"
#include "app/wp-input-panel.h"
#include "app/wp-registry-page.h"
#include "app/wp-summary.h"
#include "app/wp-window.h"
#include "app/wp-readout-label.h"
#include "wp-test-gtk.h"

static gpointer
part_child (gpointer    part,
            const char *name)
{
  gpointer object = wp_test_widget_child (part, name);

  g_assert_nonnull (object);
  return object;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Tests */

static void
test_registry_page_active (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  GtkWidget *page = g_object_ref_sink (wp_registry_page_new (model));
  GtkLabel *intro = part_child (page, "registry_intro");
  GtkLabel *values = part_child (page, "registry_values");
  guint notified = 0;

  g_signal_connect (page, "notify::active", G_CALLBACK (count_notify_cb), &notified);

  /* Not shown: no text, and the monospace label stays hidden. */
  g_assert_cmpstr (gtk_label_get_text (intro), ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (values)));

  wp_registry_page_set_active (WP_REGISTRY_PAGE (page), TRUE);
  wp_registry_page_set_active (WP_REGISTRY_PAGE (page), TRUE);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (gtk_label_get_text (intro), ==,
                   "Registry values that set these figures on Windows 2000, "
                   "with their key and type:");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (values)));
  g_assert_nonnull (strstr (gtk_label_get_text (values), "MaxUserPort        REG_DWORD  5000"));

  /* Inactive, it keeps what it showed; active again, it catches up. */
  wp_registry_page_set_active (WP_REGISTRY_PAGE (page), FALSE);
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_NT4);
  g_assert_true (g_str_has_suffix (gtk_label_get_text (intro), "on Windows 2000, with their key and type:"));
  wp_registry_page_set_active (WP_REGISTRY_PAGE (page), TRUE);
  g_assert_true (g_str_has_suffix (gtk_label_get_text (intro), "on Windows NT 4.0, with their key and type:"));
  g_assert_cmpuint (notified, ==, 3);

  gtk_widget_destroy (page);
  g_object_unref (page);
}

static void
test_summary_model (void)
{
  g_autoptr (WpPlannerModel) first = wp_planner_model_new ();
  g_autoptr (WpPlannerModel) second = wp_planner_model_new ();
  GtkWidget *summary = g_object_ref_sink (wp_summary_new (first));
  WpReadoutLabel *server = part_child (summary, "server_readout");
  guint notified = 0;

  g_signal_connect (summary, "notify::model", G_CALLBACK (count_notify_cb), &notified);
  g_assert_true (g_str_has_prefix (wp_readout_label_get_text (server), "Windows 2000 with 2\u00a0GB: about 16000"));

  wp_planner_model_set_selected_platform (second, WP_PLATFORM_NT4);
  wp_summary_set_model (WP_SUMMARY (summary), first);
  g_assert_cmpuint (notified, ==, 0);
  wp_summary_set_model (WP_SUMMARY (summary), second);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (wp_summary_get_model (WP_SUMMARY (summary)) == second);
  g_assert_true (g_str_has_prefix (wp_readout_label_get_text (server), "Windows NT 4.0 with 2\u00a0GB"));

  /* The first model no longer reaches it. */
  wp_planner_model_set_selected_platform (first, WP_PLATFORM_WIN98);
  g_assert_true (g_str_has_prefix (wp_readout_label_get_text (server), "Windows NT 4.0 with 2\u00a0GB"));

  gtk_widget_destroy (summary);
  g_object_unref (summary);
}

static void
test_input_panel_model (void)
{
  g_autoptr (WpPlannerModel) first = wp_planner_model_new ();
  g_autoptr (WpPlannerModel) second = wp_planner_model_new ();
  GtkWidget *panel = g_object_ref_sink (wp_input_panel_new (first));
  GtkAdjustment *ram = part_child (panel, "ram_adjustment");

  g_assert_cmpfloat (gtk_adjustment_get_value (ram), ==, 2048);

  wp_planner_model_set_ram_mb (second, 1024);
  g_object_set (panel, "model", second, NULL);
  g_assert_cmpfloat (gtk_adjustment_get_value (ram), ==, 1024);

  /* Bound to the second model alone, both ways. */
  wp_planner_model_set_ram_mb (first, 512);
  g_assert_cmpfloat (gtk_adjustment_get_value (ram), ==, 1024);
  gtk_adjustment_set_value (ram, 3072);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (second), ==, 3072);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (first), ==, 512);

  gtk_widget_destroy (panel);
  g_object_unref (panel);
}

static void
test_comparison_table_rows (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  GtkWidget *table = g_object_ref_sink (wp_comparison_table_new (model));
  GtkTreeModel *store = part_child (table, "platform_store");
  GtkTreeSelection *selection = part_child (table, "platform_selection");
  GtkTreeIter iter;

  g_assert_cmpint (gtk_tree_model_iter_n_children (store, NULL), ==, WP_N_SOURCE_PLATFORMS);

  /* The selected version is always shown: select one of the two. */
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_NT4);
  wp_planner_model_set_visible_platforms (model, WP_PLATFORM_BIT (WP_PLATFORM_NT4) |
                                                 WP_PLATFORM_BIT (WP_PLATFORM_WINXP));
  g_assert_cmpint (gtk_tree_model_iter_n_children (store, NULL), ==, 2);

  /* Selecting a row selects its platform. */
  g_assert_true (gtk_tree_model_get_iter_first (store, &iter));
  gtk_tree_selection_select_iter (selection, &iter);
  g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_PLATFORM_NT4);

  gtk_widget_destroy (table);
  g_object_unref (table);
}

/* Every visible column is as wide as its header at least, from the first
 * frame on: the widths reserved for the figures count the headers too
 * (measured while the header buttons were hidden, at the view's realize,
 * they counted as 0 and cut the headers short). */
static void
test_comparison_table_headers (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  GtkTreeView *view = wp_test_child (window, "platform_view");
  guint checked = 0;

  for (guint i = 0; i < gtk_tree_view_get_n_columns (view); i++)
    {
      GtkTreeViewColumn *column = gtk_tree_view_get_column (view, i);
      GtkWidget *header = gtk_tree_view_column_get_button (column);
      int natural = 0;

      if (!gtk_tree_view_column_get_visible (column) || gtk_tree_view_column_get_expand (column))
        continue;
      gtk_widget_get_preferred_width (header, NULL, &natural);
      g_test_message ("%s", gtk_tree_view_column_get_title (column));
      g_assert_cmpint (natural, >, 0);
      g_assert_cmpint (gtk_tree_view_column_get_width (column), >=, natural);
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
}

/* F10's action toggles the menu button; its state is the button's. */
static void
test_primary_menu_action (void)
{
  g_autoptr (WpWindowTest) window = g_object_ref_sink (g_object_new (WP_TYPE_WINDOW, NULL));
  GtkToggleButton *button = wp_test_window_child (window, "primary_menu_button");
  GActionGroup *actions = G_ACTION_GROUP (window);
  g_autoptr (GVariant) state = NULL;

  gtk_widget_show (GTK_WIDGET (window));
  wp_test_iterate_for (100);
  g_assert_false (gtk_toggle_button_get_active (button));

  g_action_group_activate_action (actions, "show-primary-menu", NULL);
  wp_test_iterate ();
  g_assert_true (gtk_toggle_button_get_active (button));
  state = g_action_group_get_action_state (actions, "show-primary-menu");
  g_assert_true (g_variant_get_boolean (state));

  g_action_group_activate_action (actions, "show-primary-menu", NULL);
  wp_test_iterate ();
  g_assert_false (gtk_toggle_button_get_active (button));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  g_test_add_func ("/window/parts/registry-page/active", test_registry_page_active);
  g_test_add_func ("/window/parts/summary/model", test_summary_model);
  g_test_add_func ("/window/parts/input-panel/model", test_input_panel_model);
  g_test_add_func ("/window/parts/comparison-table/rows", test_comparison_table_rows);
  g_test_add_func ("/window/parts/comparison-table/headers", test_comparison_table_headers);
  g_test_add_func ("/window/parts/primary-menu-action", test_primary_menu_action);

  return g_test_run ();
}
