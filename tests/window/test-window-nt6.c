/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Windows Vista and later in the window: chosen in the version combo, its
 * inputs shown (and only then), its figures in the summary, the table and
 * the Registry tab.  Figures: limits.md ("Non-paged pool ceilings": 10 / 11
 * / 2016+ x64, all of RAM up to 128 GB; "Cost of one connection": 16 KB by
 * default; KB 929851: 49152 + 16,384 ports). */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "app/wp-window.h"
#include "app/wp-readout-label.h"
#include "wp-test-gtk.h"

/* The comparison table's row for @platform is there. */
static gboolean
table_has (WpWindow   *window,
           WpPlatform  platform)
{
  GtkTreeModel *store = wp_test_window_child (window, "platform_store");
  GtkTreeIter iter;

  if (!gtk_tree_model_get_iter_first (store, &iter))
    return FALSE;
  do
    {
      int shown;

      gtk_tree_model_get (store, &iter, 0, &shown, -1);
      if (shown == (int) platform)
        return TRUE;
    }
  while (gtk_tree_model_iter_next (store, &iter));
  return FALSE;
}

static void
test_select_new_version (void)
{
  WpWindow *window = wp_test_window_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  GtkWidget *start_spin = wp_test_window_child (window, "port_start_spin");
  GtkWidget *count_spin = wp_test_window_child (window, "port_count_spin");
  GtkWidget *page = wp_test_window_child (window, "registry_page");
  GtkNotebook *notebook = GTK_NOTEBOOK (gtk_widget_get_parent (page));
  const char *server, *registry;

  gtk_widget_show (GTK_WIDGET (window));
  wp_test_iterate_for (100);

  /* The source's versions: the inputs of Vista and later are not shown. */
  g_assert_false (gtk_widget_is_visible (start_spin));
  g_assert_false (table_has (window, WP_PLATFORM_WIN10_X64));

  g_assert_true (gtk_combo_box_set_active_id (wp_test_window_child (window, "platform_combo"), "win10-x64"));
  wp_planner_model_set_ram_mb (model, 8192);
  wp_test_iterate_for (100);
  g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_PLATFORM_WIN10_X64);
  g_assert_true (gtk_widget_is_visible (start_spin));
  g_assert_true (table_has (window, WP_PLATFORM_WIN10_X64));

  /* 8 GB of pool / 16 KB = 524,288, said as an assumption. */
  server = wp_readout_label_get_text (wp_test_window_child (window, "server_readout"));
  g_test_message ("%s", server);
  g_assert_nonnull (strstr (server, "Windows 10, 11, Server 2016+ x64 with 8\u00a0GB"));
  g_assert_nonnull (strstr (server, "server sockets if one connection takes 16 KB"));
  g_assert_nonnull (strstr (server, "an assumption"));
  {
    guint server_limit;

    g_object_get (model, "server-limit", &server_limit, NULL);
    g_assert_cmpuint (server_limit, ==, 8192u * 1024 / 16);
  }

  /* The range in the spin buttons goes to the model, and to netsh. */
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (start_spin)), ==, 49152);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (start_spin), 10000);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (count_spin), 50000);
  wp_test_iterate ();
  g_assert_cmpuint (wp_planner_model_get_port_count (model), ==, 50000);
  gtk_notebook_set_current_page (notebook, gtk_notebook_page_num (notebook, page));
  wp_test_iterate_for (50);
  registry = gtk_label_get_text (wp_test_window_child (window, "registry_values"));
  g_assert_nonnull (strstr (registry, "netsh int ipv4 set dynamicport tcp start=10000 num=50000"));

  /* Export: FILE.cmd holds the script, all or nothing (wp-file). */
  {
    g_autofree char *dir = g_dir_make_tmp ("wp-nt6-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "ports.cmd", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (path);
    g_autoptr (GError) error = NULL;
    g_autofree char *text = NULL;

    g_assert_true (wp_window_save_reg (window, file, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    g_assert_true (g_str_has_prefix (text, "@echo off\r\n"));
    g_assert_nonnull (strstr (text, "netsh int ipv4 set dynamicport tcp start=10000 num=50000\r\n"));
    g_remove (path);
    g_rmdir (dir);
  }

  /* Back to 2000: hidden again. */
  g_assert_true (gtk_combo_box_set_active_id (wp_test_window_child (window, "platform_combo"), "win2000"));
  wp_test_iterate ();
  g_assert_false (gtk_widget_is_visible (start_spin));

  wp_test_window_free (window);
}

/* The range and the assumed cost are remembered with the other inputs:
 * a range that starts low and ends at 65535 comes back whole (the model
 * would cut a count that passed 65535 from the old start). */
static void
test_remembered (void)
{
  {
    g_autoptr (WpWindowTest) window = wp_test_window_new ();
    WpPlannerModel *model = wp_window_get_model (window);

    wp_planner_model_set_port_start (model, 1025);
    wp_planner_model_set_port_count (model, 65535 - 1025 + 1);
    wp_planner_model_set_connection_cost_kb (model, 8);
  }
  {
    g_autoptr (WpWindowTest) window = wp_test_window_reopen ();
    WpPlannerModel *model = wp_window_get_model (window);

    g_assert_cmpuint (wp_planner_model_get_port_start (model), ==, 1025);
    g_assert_cmpuint (wp_planner_model_get_port_count (model), ==, 65535 - 1025 + 1);
    g_assert_cmpuint (wp_planner_model_get_connection_cost_kb (model), ==, 8);
  }
  {
    g_autoptr (WpWindowTest) window = wp_test_window_new ();
    WpPlannerModel *model = wp_window_get_model (window);

    /* KB 929851's default range, limits.md's 16 KB */
    g_assert_cmpuint (wp_planner_model_get_port_start (model), ==, 49152);
    g_assert_cmpuint (wp_planner_model_get_port_count (model), ==, 16384);
    g_assert_cmpuint (wp_planner_model_get_connection_cost_kb (model), ==, 16);
  }
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/nt6/select", test_select_new_version);
  g_test_add_func ("/window/nt6/remembered", test_remembered);

  return g_test_run ();
}
