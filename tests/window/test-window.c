/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window under a real X server (Xvfb): the template builds, controls
 * drive the model, readouts and the table follow, settings round-trip,
 * exports write what they should, and nothing warns on the way. */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "app/wp-window.h"
#include "chart/wp-chart.h"
#include "app/wp-readout-label.h"
#include "wp-test-gtk.h"

/* Helpers */

static GSettings *
get_settings (void)
{
  return g_settings_new (APPLICATION_ID);
}

static const char *
label_text (WpWindow   *window,
            const char *name)
{
  gpointer label = wp_test_child (window, name);

  if (WP_IS_READOUT_LABEL (label))
    return wp_readout_label_get_text (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

/* The Registry tab's text, which it fills while it is shown. */
static const char *
registry_text (WpWindow   *window,
               const char *name)
{
  GtkWidget *page = wp_test_child (window, "registry_page");
  GtkNotebook *notebook = GTK_NOTEBOOK (gtk_widget_get_parent (page));

  gtk_notebook_set_current_page (notebook, gtk_notebook_page_num (notebook, page));
  return label_text (window, name);
}

/* The text of column @column in the row whose name column is @name, or
 * NULL when the table has no such row. */
static char *
table_cell (WpWindow   *window,
            const char *name,
            int         column)
{
  GtkTreeModel *model = GTK_TREE_MODEL (wp_test_child (window, "platform_store"));
  GtkTreeIter iter;

  if (!gtk_tree_model_get_iter_first (model, &iter))
    return NULL;
  do
    {
      g_autofree char *row_name = NULL;
      char *text = NULL;

      gtk_tree_model_get (model, &iter, 1, &row_name, column, &text, -1);
      if (g_strcmp0 (row_name, name) == 0)
        return text;
      g_free (text);
    }
  while (gtk_tree_model_iter_next (model, &iter));

  return NULL;
}

static guint
table_rows (WpWindow *window)
{
  return gtk_tree_model_iter_n_children (GTK_TREE_MODEL (wp_test_child (window, "platform_store")), NULL);
}

/* The platform check buttons live in the flow box, in platform order. */
static GtkToggleButton *
platform_check (WpWindow   *window,
                WpPlatform  platform)
{
  g_autoptr (GList) children = gtk_container_get_children (wp_test_child (window, "visible_box"));
  GtkWidget *flow_child = g_list_nth_data (children, platform);

  g_assert_nonnull (flow_child);
  return GTK_TOGGLE_BUTTON (gtk_bin_get_child (GTK_BIN (flow_child)));
}

/* The columns of @scale's marks (ticks and labels, below its trough) that
 * hold ink, as runs [start, end) of columns; gaps of a few pixels (the
 * space in "1\u00a0GB") do not split a run. */
static GArray *
mark_runs (GtkWidget *scale)
{
  int width = gtk_widget_get_allocated_width (scale);
  int height = gtk_widget_get_allocated_height (scale);
  g_autoptr (GArray) runs = g_array_new (FALSE, FALSE, sizeof (int));
  cairo_surface_t *surface;
  cairo_t *cr;
  GdkRectangle trough;
  const guchar *data;
  int stride, start = -1, last = -100;

  gtk_range_get_range_rect (GTK_RANGE (scale), &trough);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gtk_widget_draw (scale, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  for (int x = 0; x < width; x++)
    {
      gboolean ink = FALSE;

      for (int y = trough.y + trough.height; y < height && !ink; y++)
        ink = ((const guint32 *) (data + y * stride))[x] >> 24 > 64;  /* alpha */
      if (!ink)
        continue;
      if (x - last > 10)
        {
          if (start >= 0)
            {
              int end = last + 1;

              g_array_append_val (runs, start);
              g_array_append_val (runs, end);
            }
          start = x;
        }
      last = x;
    }
  if (start >= 0)
    {
      int end = last + 1;

      g_array_append_val (runs, start);
      g_array_append_val (runs, end);
    }

  cairo_surface_destroy (surface);
  return g_steal_pointer (&runs);
}

static char *
runs_to_string (GArray *runs)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i + 1 < runs->len; i += 2)
    g_string_append_printf (text, " [%d, %d)", g_array_index (runs, int, i),
                            g_array_index (runs, int, i + 1));
  return g_string_free (text, FALSE);
}

/* Tests */

static void
test_template (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  WpPlannerModel *model = wp_window_get_model (window);

  g_assert_nonnull (model);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 2048);
  g_assert_cmpfloat (gtk_adjustment_get_value (wp_test_child (window, "ram_adjustment")), ==, 2048);
  g_assert_cmpfloat (gtk_adjustment_get_value (wp_test_child (window, "max_user_port_adjustment")), ==, 5000);
  g_assert_cmpfloat (gtk_adjustment_get_value (wp_test_child (window, "time_wait_adjustment")), ==, 240);
  g_assert_cmpfloat (gtk_adjustment_get_value (wp_test_child (window, "max_connections_adjustment")), ==, 100);
  g_assert_true (gtk_toggle_button_get_active (wp_test_child (window, "time_wait_default_check")));
  g_assert_false (gtk_widget_get_sensitive (wp_test_child (window, "time_wait_box")));
  g_assert_cmpint (gtk_combo_box_get_active (wp_test_child (window, "platform_combo")), ==,
                   WP_PLATFORM_WIN2000);
  g_assert_cmpuint (table_rows (window), ==, WP_N_SOURCE_PLATFORMS);
  g_assert_cmpstr (label_text (window, "server_readout"), ==,
                   "Windows 2000 with 2\u00a0GB: about 16000 server sockets, the practical ceiling "
                   "the source gives this version (about 25000 in theory); limited by the "
                   "non-paged pool, which is at its 256\u00a0MB cap.");

  /* Each slider shares its adjustment with a spin button, but RAM's: its
   * slider is logarithmic (test-ram-slider.c). */
  g_assert_true (gtk_range_get_adjustment (wp_test_child (window, "ram_scale")) ==
                 wp_test_child (window, "ram_scale_adjustment"));
  g_assert_true (gtk_range_get_adjustment (wp_test_child (window, "max_user_port_scale")) ==
                 gtk_spin_button_get_adjustment (wp_test_child (window, "max_user_port_spin")));
  g_assert_true (gtk_range_get_adjustment (wp_test_child (window, "time_wait_scale")) ==
                 gtk_spin_button_get_adjustment (wp_test_child (window, "time_wait_spin")));

  /* The chart sits in its place, and every action of the menu is there. */
  {
    g_autoptr (GList) children = gtk_container_get_children (wp_test_child (window, "chart_box"));
    static const char * const actions[] = {
      "export-chart", "export-csv", "export-reg", "copy-chart", "print", "show-primary-menu",
    };

    g_assert_cmpuint (g_list_length (children), ==, 1);
    g_assert_true (WP_IS_CHART (children->data));
    g_assert_true (wp_chart_get_model (children->data) == model);
    for (gsize i = 0; i < G_N_ELEMENTS (actions); i++)
      g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), actions[i]));
  }
}

/* Moving the RAM slider: model, readout and the table row follow. */
static void
test_ram_adjustment (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  g_autofree char *practical = NULL;
  g_autofree char *pool = NULL;

  gtk_adjustment_set_value (wp_test_child (window, "ram_adjustment"), 1024);

  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 1024);
  g_assert_cmpstr (label_text (window, "ram_value"), ==, "1\u00a0GB");
  g_assert_cmpstr (label_text (window, "server_readout"), ==,
                   "Windows 2000 with 1\u00a0GB: about 8000 server sockets (about 16000 at 2\u00a0GB and "
                   "more); limited by the non-paged pool (about 128\u00a0MB of 256\u00a0MB).");
  practical = table_cell (window, "Windows 2000", 3);
  pool = table_cell (window, "Windows 2000", 2);
  g_assert_cmpstr (practical, ==, "8000");
  g_assert_cmpstr (pool, ==, "128\u00a0MB");

  /* And the other way: the model moves the slider. */
  wp_planner_model_set_ram_mb (model, 512);
  g_assert_cmpfloat (gtk_adjustment_get_value (wp_test_child (window, "ram_adjustment")), ==, 512);
}

/* A RAM beyond the slider's 4 GB widens it instead of being cut. */
static void
test_ram_range (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  GtkAdjustment *adjustment = wp_test_child (window, "ram_adjustment");

  wp_planner_model_set_ram_mb (model, 64 * 1024);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 64 * 1024);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >=, 64 * 1024);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 64 * 1024);

  wp_planner_model_set_ram_mb (model, 4);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 4);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 4);
}

static void
test_max_user_port (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autofree char *clients = NULL;

  gtk_spin_button_set_value (wp_test_child (window, "max_user_port_spin"), 65534);

  g_assert_cmpuint (wp_planner_model_get_max_user_port (wp_window_get_model (window)), ==, 65534);
  g_assert_cmpstr (label_text (window, "max_user_port_value"), ==, "65534");
  /* 65534 - 1024 ports, but 2 GB hold about 16,000 sockets (A): 16000 / 240 */
  g_assert_cmpstr (label_text (window, "client_readout"), ==,
                   "Clients: about 16000 outgoing connections, as many sockets as the memory "
                   "holds (of 64510 client ports). At most 66 new connections per second with "
                   "TIME_WAIT 240\u00a0s.");
  clients = table_cell (window, "Windows XP", 6);
  g_assert_cmpstr (clients, ==, "16000");
  g_assert_nonnull (strstr (registry_text (window, "registry_values"),
                            "MaxUserPort        REG_DWORD  65534"));
}

/* The Registry tab fills itself when shown, and follows the model while
 * shown; hidden, it waits (a notebook measures every page), and its
 * monospace text stays hidden until then (even empty, a label loads its
 * font to measure a line). */
static void
test_registry_tab (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  GtkWidget *page = wp_test_child (window, "registry_page");
  GtkNotebook *notebook = GTK_NOTEBOOK (gtk_widget_get_parent (page));

  g_assert_cmpint (gtk_notebook_get_current_page (notebook), ==, 0);
  g_assert_cmpstr (label_text (window, "registry_values"), ==, "");
  g_assert_false (gtk_widget_get_visible (wp_test_child (window, "registry_values")));

  wp_planner_model_set_max_user_port (model, 20000);
  g_assert_nonnull (strstr (registry_text (window, "registry_values"),
                            "MaxUserPort        REG_DWORD  20000"));
  g_assert_true (gtk_widget_get_visible (wp_test_child (window, "registry_values")));
  wp_planner_model_set_max_user_port (model, 30000);
  g_assert_nonnull (strstr (label_text (window, "registry_values"),
                            "MaxUserPort        REG_DWORD  30000"));

  gtk_notebook_set_current_page (notebook, 0);
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_NT4);
  wp_planner_model_set_max_user_port (model, 40000);
  g_assert_nonnull (strstr (label_text (window, "registry_values"), "30000"));
  g_assert_nonnull (strstr (registry_text (window, "registry_values"),
                            "MaxUserPort        REG_DWORD  40000"));
  g_assert_true (g_str_has_prefix (label_text (window, "registry_intro"),
                                   "Registry values that set these figures on Windows NT 4.0"));
}

static void
test_time_wait (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  GtkToggleButton *use_default = wp_test_child (window, "time_wait_default_check");
  g_autofree char *rate = NULL;

  gtk_toggle_button_set_active (use_default, FALSE);
  g_assert_cmpuint (wp_planner_model_get_time_wait_delay (model), ==, 240);
  g_assert_true (gtk_widget_get_sensitive (wp_test_child (window, "time_wait_box")));

  gtk_adjustment_set_value (wp_test_child (window, "time_wait_adjustment"), 30);
  g_assert_cmpuint (wp_planner_model_get_time_wait_delay (model), ==, 30);
  g_assert_cmpstr (label_text (window, "time_wait_value"), ==, "30\u00a0s");
  rate = table_cell (window, "Windows Server 2003", 7);
  g_assert_cmpstr (rate, ==, "132");  /* 3976 / 30 = 132.53: a maximum, rounded down */

  gtk_toggle_button_set_active (use_default, TRUE);
  g_assert_cmpuint (wp_planner_model_get_time_wait_delay (model), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (wp_test_child (window, "time_wait_box")));

  /* Server 2003's own default is 240 s too (limits.md). */
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN2003);
  g_assert_cmpstr (label_text (window, "time_wait_value"), ==, "240\u00a0s");
  g_assert_nonnull (strstr (label_text (window, "client_readout"), "with TIME_WAIT 240\u00a0s."));

  /* No source gives 98 a TIME_WAIT: no figure, no rate. */
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN98);
  g_assert_cmpstr (label_text (window, "time_wait_value"), ==, "—");
  g_assert_cmpstr (label_text (window, "client_readout"), ==,
                   "Clients: 100 outgoing connections, set by MaxConnections.");
  g_free (rate);
  rate = table_cell (window, "Windows 98", 7);
  g_assert_cmpstr (rate, ==, "—");
}

static void
test_max_connections (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  GtkWidget *warning = wp_test_child (window, "max_connections_warning");
  GtkAdjustment *adjustment = wp_test_child (window, "max_connections_adjustment");
  g_autofree char *limit = NULL;

  g_assert_false (gtk_widget_get_visible (warning));
  gtk_adjustment_set_value (adjustment, 301);
  g_assert_true (gtk_widget_get_visible (warning));
  limit = table_cell (window, "Windows 98", 5);
  g_assert_cmpstr (limit, ==, "301");

  gtk_adjustment_set_value (adjustment, 300);
  g_assert_false (gtk_widget_get_visible (warning));
}

static void
test_socketwrench (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autofree char *limited_by = NULL;

  gtk_switch_set_active (wp_test_child (window, "socketwrench_switch"), TRUE);
  g_assert_true (wp_planner_model_get_socketwrench_legacy (wp_window_get_model (window)));
  g_assert_cmpstr (label_text (window, "server_readout"), ==,
                   "Windows 2000 with 2\u00a0GB: at most 1000 sockets per process, because "
                   "SocketWrench 3.6 and earlier stop there; the machine could hold about 16000.");
  limited_by = table_cell (window, "Windows NT 4.0", 8);
  g_assert_cmpstr (limited_by, ==, "SocketWrench per-process cap");
}

/* Unchecking a platform drops its row; checking it brings it back. */
static void
test_platform_toggle (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  g_autofree char *before = table_cell (window, "Windows ME", 5);
  g_autofree char *after = NULL;
  g_autofree char *back = NULL;

  g_assert_cmpstr (before, ==, "100");

  gtk_toggle_button_set_active (platform_check (window, WP_PLATFORM_WINME), FALSE);
  g_assert_cmpuint (wp_planner_model_get_visible_platforms (model), ==,
                    WP_PLATFORMS_SOURCE & ~WP_PLATFORM_BIT (WP_PLATFORM_WINME));
  g_assert_cmpuint (table_rows (window), ==, WP_N_SOURCE_PLATFORMS - 1);
  after = table_cell (window, "Windows ME", 5);
  g_assert_null (after);

  /* The model drives the check buttons too. */
  wp_planner_model_set_platform_visible (model, WP_PLATFORM_WINME, TRUE);
  g_assert_true (gtk_toggle_button_get_active (platform_check (window, WP_PLATFORM_WINME)));
  back = table_cell (window, "Windows ME", 5);
  g_assert_cmpstr (back, ==, "100");
}

/* The combo box and the table choose the platform the readouts describe. */
static void
test_select_platform (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  GtkTreeSelection *selection = wp_test_child (window, "platform_selection");
  GtkTreeModel *store;
  GtkTreeIter iter;
  int selected;

  gtk_combo_box_set_active (wp_test_child (window, "platform_combo"), WP_PLATFORM_NT4);
  g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_PLATFORM_NT4);
  g_assert_true (g_str_has_prefix (label_text (window, "server_readout"),
                                   "Windows NT 4.0 with 2\u00a0GB: about 8000 server sockets"));
  g_assert_true (g_str_has_prefix (registry_text (window, "registry_intro"),
                                   "Registry values that set these figures on Windows NT 4.0"));

  /* The table follows the selection... */
  g_assert_true (gtk_tree_selection_get_selected (selection, &store, &iter));
  gtk_tree_model_get (store, &iter, 0, &selected, -1);
  g_assert_cmpint (selected, ==, WP_PLATFORM_NT4);

  /* ...and sets it: the first row is Windows 95. */
  gtk_tree_model_get_iter_first (store, &iter);
  gtk_tree_selection_select_iter (selection, &iter);
  g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_PLATFORM_WIN95);
  g_assert_cmpint (gtk_combo_box_get_active (wp_test_child (window, "platform_combo")), ==,
                   WP_PLATFORM_WIN95);
  g_assert_true (g_str_has_prefix (label_text (window, "server_readout"),
                                   "Windows 95: at most 100 sockets in all"));

  /* Its row is the bold one; the next is not. */
  {
    int weight_95, weight_98;

    gtk_tree_model_get_iter_first (store, &iter);
    gtk_tree_model_get (store, &iter, 9, &weight_95, -1);
    gtk_tree_model_iter_next (store, &iter);
    gtk_tree_model_get (store, &iter, 9, &weight_98, -1);
    g_assert_cmpint (weight_95, ==, PANGO_WEIGHT_BOLD);
    g_assert_cmpint (weight_98, ==, PANGO_WEIGHT_NORMAL);
  }

  /* The selected version is always drawn (issue 14): its "Compare" check
   * cannot be cleared, and hiding it through the model keeps it. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (platform_check (window, WP_PLATFORM_WIN95))));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (platform_check (window, WP_PLATFORM_WIN98))));
  wp_planner_model_set_platform_visible (model, WP_PLATFORM_WIN95, FALSE);
  g_assert_true (wp_planner_model_is_platform_visible (model, WP_PLATFORM_WIN95));
  g_assert_cmpint (gtk_tree_selection_count_selected_rows (selection), ==, 1);
  g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_PLATFORM_WIN95);
}

/* Every input, the visible platforms and the selection survive a restart. */
static void
test_settings_round_trip (void)
{
  g_autoptr (GSettings) settings = get_settings ();
  WpPlannerModel *model;
  WpLimitsInput input;
  g_auto (GStrv) visible = NULL;
  g_autofree char *selected = NULL;

  {
    g_autoptr (WpWindowTest) window = wp_test_window_new ();

    gtk_adjustment_set_value (wp_test_child (window, "ram_adjustment"), 1536);
    gtk_adjustment_set_value (wp_test_child (window, "max_user_port_adjustment"), 10000);
    gtk_toggle_button_set_active (wp_test_child (window, "time_wait_default_check"), FALSE);
    gtk_adjustment_set_value (wp_test_child (window, "time_wait_adjustment"), 60);
    gtk_adjustment_set_value (wp_test_child (window, "max_connections_adjustment"), 250);
    gtk_switch_set_active (wp_test_child (window, "socketwrench_switch"), TRUE);
    gtk_toggle_button_set_active (platform_check (window, WP_PLATFORM_WINXP), FALSE);
    gtk_combo_box_set_active (wp_test_child (window, "platform_combo"), WP_PLATFORM_WIN2003);
  }

  g_assert_cmpuint (g_settings_get_uint64 (settings, "ram-mb"), ==, 1536);
  g_assert_cmpuint (g_settings_get_uint (settings, "time-wait-delay"), ==, 60);
  visible = g_settings_get_strv (settings, "visible-platforms");
  g_assert_cmpuint (g_strv_length (visible), ==, WP_N_SOURCE_PLATFORMS - 1);
  g_assert_false (g_strv_contains ((const char * const *) visible, "winxp"));
  selected = g_settings_get_string (settings, "selected-platform");
  g_assert_cmpstr (selected, ==, "win2003");

  {
    g_autoptr (WpWindowTest) window = wp_test_window_reopen ();

    model = wp_window_get_model (window);
    wp_planner_model_get_input (model, &input);
    g_assert_cmpuint (input.ram_mb, ==, 1536);
    g_assert_cmpuint (input.max_user_port, ==, 10000);
    g_assert_cmpuint (input.time_wait_s, ==, 60);
    g_assert_cmpuint (input.max_connections, ==, 250);
    g_assert_true (input.socketwrench_legacy);
    g_assert_cmpuint (wp_planner_model_get_visible_platforms (model), ==,
                      WP_PLATFORMS_SOURCE & ~WP_PLATFORM_BIT (WP_PLATFORM_WINXP));
    g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_PLATFORM_WIN2003);

    g_assert_cmpfloat (gtk_adjustment_get_value (wp_test_child (window, "time_wait_adjustment")), ==, 60);
    g_assert_false (gtk_toggle_button_get_active (wp_test_child (window, "time_wait_default_check")));
    g_assert_false (gtk_toggle_button_get_active (platform_check (window, WP_PLATFORM_WINXP)));
    g_assert_true (gtk_switch_get_active (wp_test_child (window, "socketwrench_switch")));
    g_assert_cmpuint (table_rows (window), ==, WP_N_SOURCE_PLATFORMS - 1);
  }
  wp_test_reset_settings ();
}

/* Values GSettings lets through but the window cannot use are ignored or
 * clamped; nothing crashes or warns. */
static void
test_settings_broken (void)
{
  g_autoptr (GSettings) settings = get_settings ();
  const char * const visible[] = { "win99", "NT4", "", "winxp", NULL };

  wp_test_reset_settings ();
  g_settings_set_strv (settings, "visible-platforms", visible);
  g_settings_set_string (settings, "selected-platform", "os2-warp");
  g_settings_set_uint (settings, "time-wait-delay", 7);
  {
    g_autoptr (WpWindowTest) window = wp_test_window_reopen ();
    WpPlannerModel *model = wp_window_get_model (window);

    /* NT 4.0 and XP, and the selected version (the default, 2000): it
     * is always drawn. */
    g_assert_cmpuint (wp_planner_model_get_visible_platforms (model), ==,
                      WP_PLATFORM_BIT (WP_PLATFORM_NT4) | WP_PLATFORM_BIT (WP_PLATFORM_WINXP) |
                      WP_PLATFORM_BIT (WP_PLATFORM_WIN2000));
    g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_PLATFORM_WIN2000);
    g_assert_cmpuint (wp_planner_model_get_time_wait_delay (model), ==, 30);
    g_assert_cmpuint (table_rows (window), ==, 3);
  }
  wp_test_reset_settings ();
}

static void
test_window_size (void)
{
  g_autoptr (GSettings) settings = get_settings ();
  int width, height;

  wp_test_reset_settings ();
  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 650);
  {
    g_autoptr (WpWindowTest) window = wp_test_window_reopen ();

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 650);

    gtk_widget_show (GTK_WIDGET (window));
    wp_test_iterate_for (100);
    gtk_window_resize (GTK_WINDOW (window), 1000, 720);
    wp_test_iterate_for (300);
    gtk_window_get_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 1000);
    g_assert_cmpint (height, ==, 720);
  }
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 720);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  wp_test_reset_settings ();
}

/* A remembered size larger than the screen opens within its work area,
 * with room for the header bar and the decoration (issue 14: the window
 * fits a 1366×768 laptop). */
static void
test_window_size_fits (void)
{
  g_autoptr (GSettings) settings = get_settings ();
  GdkMonitor *monitor = gdk_display_get_primary_monitor (gdk_display_get_default ());
  GdkRectangle area;
  int width, height;

  if (monitor == NULL)
    monitor = gdk_display_get_monitor (gdk_display_get_default (), 0);
  gdk_monitor_get_workarea (monitor, &area);

  wp_test_reset_settings ();
  g_settings_set_int (settings, "window-width", area.width * 3);
  g_settings_set_int (settings, "window-height", area.height * 3);
  {
    g_autoptr (WpWindowTest) window = wp_test_window_reopen ();

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, area.width * 9 / 10);
    g_assert_cmpint (height, ==, area.height * 9 / 10);
  }
  wp_test_reset_settings ();
}

/* A 320×240 window lays out (GTK grows it to what it needs) without a
 * warning; warnings are fatal in this program. */
static void
test_small_window (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 320, 240);
  gtk_widget_show (GTK_WIDGET (window));
  wp_test_iterate_for (300);
  gtk_window_resize (GTK_WINDOW (window), 320, 240);
  wp_test_iterate_for (300);

  gtk_window_get_size (GTK_WINDOW (window), &width, &height);
  g_test_message ("320×240 asked, %d×%d given", width, height);
  g_assert_cmpint (width, >=, 320);
  g_assert_cmpint (height, >=, 240);
  g_assert_true (gtk_widget_get_mapped (wp_test_child (window, "ram_scale")));
}

/* Right to left, each slider but RAM's (it runs as the chart's RAM axis
 * does: test-ram-slider.c) is the mirror image of itself left to right:
 * every tick and every label of its marks sits mirrored, under the value
 * it labels (GTK 3 lays the labels out in the wrong order on a flipped
 * scale).  Letters are not mirrored, and a label at an end is kept inside
 * the scale: runs may differ by a few pixels. */
static void
test_scale_marks_rtl (void)
{
  static const char * const scales[] = { "max_user_port_scale", "time_wait_scale" };
  g_autoptr (WpWindowTest) window = wp_test_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_widget_show (GTK_WIDGET (window));
  wp_test_iterate_for (300);

  for (gsize i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      GtkWidget *scale = wp_test_child (window, scales[i]);
      int width = gtk_widget_get_allocated_width (scale);
      g_autoptr (GArray) ltr = NULL;
      g_autoptr (GArray) rtl = NULL;
      g_autofree char *ltr_text = NULL;
      g_autofree char *rtl_text = NULL;

      gtk_widget_set_direction (scale, GTK_TEXT_DIR_LTR);
      wp_test_iterate_for (100);
      ltr = mark_runs (scale);
      gtk_widget_set_direction (scale, GTK_TEXT_DIR_RTL);
      wp_test_iterate_for (100);
      g_assert_cmpint (gtk_widget_get_allocated_width (scale), ==, width);
      rtl = mark_runs (scale);

      ltr_text = runs_to_string (ltr);
      rtl_text = runs_to_string (rtl);
      g_test_message ("%s, %d px: left to right%s; right to left%s", scales[i], width,
                      ltr_text, rtl_text);
      g_assert_cmpuint (ltr->len, >=, 2);
      g_assert_cmpuint (rtl->len, ==, ltr->len);
      for (guint r = 0; r < ltr->len; r += 2)
        {
          /* The run [start, end) left to right is [width - end, width - start)
           * right to left; runs come left to right, so in reverse order. */
          int start = g_array_index (ltr, int, r);
          int end = g_array_index (ltr, int, r + 1);
          guint mirrored = ltr->len - 2 - r;

          g_assert_cmpint (ABS (g_array_index (rtl, int, mirrored) - (width - end)), <=, 6);
          g_assert_cmpint (ABS (g_array_index (rtl, int, mirrored + 1) - (width - start)), <=, 6);
        }

      /* And back: left to right is as it was. */
      gtk_widget_set_direction (scale, GTK_TEXT_DIR_LTR);
      wp_test_iterate_for (100);
      g_assert_false (gtk_range_get_inverted (GTK_RANGE (scale)));
      {
        g_autoptr (GArray) again = mark_runs (scale);

        g_assert_cmpuint (again->len, ==, ltr->len);
        for (guint r = 0; r < ltr->len; r++)
          g_assert_cmpint (g_array_index (again, int, r), ==, g_array_index (ltr, int, r));
      }
    }
}

/* Types @text into @spin and presses Enter. */
static void
type_into (GtkSpinButton *spin,
           const char    *text)
{
  gtk_entry_set_text (GTK_ENTRY (spin), text);
  g_signal_emit_by_name (spin, "activate");
}

/* The spin buttons group digits as the locale does, as the labels and the
 * table do; they take a number typed grouped or not, and refuse anything
 * else, keeping their value and showing it again. */
typedef struct
{
  const char *locale;
  const char *ram;          /* 2048, as shown */
  const char *port;         /* 5000 */
  const char *grouped;      /* 6000, typed grouped */
  const char *shown;        /* and shown */
  const char *plain;        /* 7000, typed plain */
  const char *plain_shown;
  const char *port_max;     /* 65534, as shown */
  const char *bad[6];
  const char *ram_sizes[3]; /* 1.5 GB (1536 MB) typed with a unit */
  const char *ram_bad;      /* 1.5 MB: no whole number of MB */
} SpinCase;

static const SpinCase spin_cases[] = {
  { "en_US.UTF-8", "2,048", "5,000", "6,000", "6,000", "7000", "7,000", "65,534",
    { "60,00", "6.000", "seven", "", "-7,000", "70,000" },
    { "1.5 GB", "1.5G", "1536" }, "1.5" },
  { "de_DE.UTF-8", "2.048", "5.000", "6.000", "6.000", "7000", "7.000", "65.534",
    { "60.00", "6,000", "sieben", "", "-7.000", "70.000" },
    { "1,5 GB", "1.5G", "1,5G" }, "1,5" },
};

/* The spin buttons in a locale: grouped numbers shown and taken, bad text
 * refused with the value kept; the RAM also as a size with a unit. */
static void
test_spin_grouping (gconstpointer data)
{
  const SpinCase *c = data;
  g_autoptr (WpWindowTest) window = NULL;
  GtkSpinButton *port, *ram;
  WpPlannerModel *model;

  if (setlocale (LC_NUMERIC, c->locale) == NULL)
    {
      g_test_skip_printf ("the %s locale is not installed", c->locale);
      return;
    }
  window = wp_test_window_new ();
  model = wp_window_get_model (window);
  port = wp_test_child (window, "max_user_port_spin");
  ram = wp_test_child (window, "ram_spin");

  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (ram)), ==, c->ram);
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (port)), ==, c->port);
  g_assert_cmpstr (gtk_entry_get_text (wp_test_child (window, "time_wait_spin")), ==, "240");
  g_assert_cmpstr (gtk_entry_get_text (wp_test_child (window, "max_connections_spin")), ==, "100");

  type_into (port, c->grouped);
  g_assert_cmpuint (wp_planner_model_get_max_user_port (model), ==, 6000);
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (port)), ==, c->shown);

  type_into (port, c->plain);
  g_assert_cmpuint (wp_planner_model_get_max_user_port (model), ==, 7000);
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (port)), ==, c->plain_shown);

  for (gsize b = 0; b < G_N_ELEMENTS (c->bad); b++)
    {
      g_test_message ("  refused: “%s”", c->bad[b]);
      type_into (port, c->bad[b]);
      g_assert_cmpuint (wp_planner_model_get_max_user_port (model), ==, 7000);
      g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (port)), ==, c->plain_shown);
    }

  /* The model moves the spin button: grouped again. */
  wp_planner_model_set_max_user_port (model, 65534);
  g_assert_cmpstr (gtk_entry_get_text (GTK_ENTRY (port)), ==, c->port_max);

  for (gsize r = 0; r < G_N_ELEMENTS (c->ram_sizes); r++)
    {
      g_test_message ("  RAM: “%s”", c->ram_sizes[r]);
      wp_planner_model_set_ram_mb (model, 2048);
      type_into (ram, c->ram_sizes[r]);
      g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 1536);   /* 1.5 * 1024 */
    }
  type_into (ram, c->ram_bad);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 1536);

  setlocale (LC_NUMERIC, "C");
}

static GtkWidget *
first_child (GtkWidget *container)
{
  g_autoptr (GList) children = gtk_container_get_children (GTK_CONTAINER (container));

  g_assert_nonnull (children);
  return children->data;
}

/* Xvfb has no window manager to make the window active; without that,
 * GtkWindow does not move the focus. */
static void
give_focus (WpWindow *window)
{
  GdkEvent *event = gdk_event_new (GDK_FOCUS_CHANGE);

  event->focus_change.window = g_object_ref (gtk_widget_get_window (GTK_WIDGET (window)));
  event->focus_change.in = TRUE;
  gtk_widget_send_focus_change (GTK_WIDGET (window), event);
  gdk_event_free (event);
}

/* Tab (the window's move-focus binding) reaches every control. */
static void
test_keyboard (void)
{
  static const char * const controls[] = {
    "primary_menu_button", "platform_combo", "ram_scale", "ram_spin", "max_user_port_scale",
    "max_user_port_spin", "time_wait_default_check", "time_wait_scale", "time_wait_spin",
    "max_connections_spin", "socketwrench_switch", "platform_view",
  };
  GtkWidget *chart;
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (GHashTable) reached = g_hash_table_new (NULL, NULL);

  /* The TIME_WAIT slider takes focus only when it is in use. */
  gtk_toggle_button_set_active (wp_test_child (window, "time_wait_default_check"), FALSE);
  gtk_widget_show (GTK_WIDGET (window));
  wp_test_iterate_for (200);
  give_focus (window);

  for (guint i = 0; i < 200; i++)
    {
      GtkWidget *focus;

      g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
      focus = gtk_window_get_focus (GTK_WINDOW (window));
      /* A spin button or combo box focuses its entry or button inside. */
      for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
        g_hash_table_add (reached, w);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (controls); i++)
    {
      g_test_message ("Tab reaches %s", controls[i]);
      g_assert_true (g_hash_table_contains (reached, wp_test_child (window, controls[i])));
    }
  /* Every "Compare" check but the selected version's, which is always
   * drawn and so cannot be cleared (insensitive). */
  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    g_assert_true (g_hash_table_contains (reached, platform_check (window, p)) ==
                   (p != wp_planner_model_get_selected_platform (wp_window_get_model (window))));
  chart = first_child (wp_test_child (window, "chart_box"));
  g_assert_true (g_hash_table_contains (reached, chart));
}

/* Sliders and spin buttons have names for screen readers; labels have
 * mnemonics that reach their control. */
static void
test_accessibility (void)
{
  static const struct
  {
    const char *widget;
    const char *name;
  } names[] = {
    { "ram_scale", "RAM" },
    { "max_user_port_scale", "MaxUserPort" },
    { "time_wait_scale", "TcpTimedWaitDelay" },
    { "max_connections_spin", "MaxConnections" },
    { "socketwrench_switch", "SocketWrench 3.6 or earlier" },
  };
  static const struct
  {
    const char *label;
    const char *widget;
  } mnemonics[] = {
    { "platform_label", "platform_combo" },
    { "ram_label", "ram_scale" },
    { "max_user_port_label", "max_user_port_scale" },
    { "time_wait_label", "time_wait_scale" },
    { "max_connections_label", "max_connections_spin" },
    { "socketwrench_label", "socketwrench_switch" },
  };
  g_autoptr (WpWindowTest) window = wp_test_window_new ();

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      AtkObject *accessible = gtk_widget_get_accessible (wp_test_child (window, names[i].widget));

      g_assert_cmpstr (atk_object_get_name (accessible), ==, names[i].name);
    }

  for (gsize i = 0; i < G_N_ELEMENTS (mnemonics); i++)
    {
      GtkLabel *label = wp_test_child (window, mnemonics[i].label);

      g_assert_cmpuint (gtk_label_get_mnemonic_keyval (label), !=, GDK_KEY_VoidSymbol);
      g_assert_true (gtk_label_get_mnemonic_widget (label) == wp_test_child (window, mnemonics[i].widget));
    }
}

static char *
read_file (GFile *file)
{
  char *contents = NULL;
  g_autoptr (GError) error = NULL;

  g_file_load_contents (file, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Ctrl+C: the chart as an image, or the selected text of a focused entry. */
static void
test_copy (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  GtkClipboard *clipboard = gtk_clipboard_get (GDK_SELECTION_CLIPBOARD);
  GtkWidget *spin = wp_test_child (window, "ram_spin");
  g_autoptr (GdkPixbuf) image = NULL;
  g_autofree char *text = NULL;

  gtk_widget_show (GTK_WIDGET (window));
  wp_test_iterate_for (200);

  gtk_clipboard_clear (clipboard);
  g_action_group_activate_action (G_ACTION_GROUP (window), "copy-chart", NULL);
  image = gtk_clipboard_wait_for_image (clipboard);
  g_assert_nonnull (image);
  g_assert_cmpint (gdk_pixbuf_get_width (image), >=, 360);
  g_assert_cmpint (gdk_pixbuf_get_height (image), >=, 240);
  /* PNG and SVG together (issue 14), the PNG at twice the chart's size */
  {
    g_autoptr (GtkSelectionData) png = NULL;
    g_autoptr (GtkSelectionData) svg = NULL;
    GtkWidget *chart = first_child (wp_test_child (window, "chart_box"));

    png = gtk_clipboard_wait_for_contents (clipboard, gdk_atom_intern_static_string ("image/png"));
    svg = gtk_clipboard_wait_for_contents (clipboard,
                                           gdk_atom_intern_static_string ("image/svg+xml"));
    g_assert_nonnull (png);
    g_assert_nonnull (svg);
    g_assert_cmpmem (gtk_selection_data_get_data (png), 8, "\x89PNG\r\n\x1a\n", 8);
    g_assert_nonnull (g_strstr_len ((const char *) gtk_selection_data_get_data (svg),
                                    gtk_selection_data_get_length (svg), "<svg"));
    g_assert_cmpint (gdk_pixbuf_get_width (image), ==,
                     2 * MAX (gtk_widget_get_allocated_width (chart), 360));
  }

  /* The table: tab-separated text and HTML (issue 14). */
  {
    g_autoptr (GtkSelectionData) html = NULL;
    g_autofree char *table = NULL;

    g_action_group_activate_action (G_ACTION_GROUP (window), "copy-table", NULL);
    table = gtk_clipboard_wait_for_text (clipboard);
    g_assert_nonnull (table);
    g_assert_true (g_str_has_prefix (table, "Platform\t"));
    g_assert_nonnull (strstr (table, "\nWindows 2000\t256\u00a0MB\t16000\t25000\t"));
    html = gtk_clipboard_wait_for_contents (clipboard,
                                            gdk_atom_intern_static_string ("text/html"));
    g_assert_nonnull (html);
    g_assert_true (g_str_has_prefix ((const char *) gtk_selection_data_get_data (html),
                                     "<table>"));
  }

  gtk_widget_grab_focus (spin);
  gtk_editable_select_region (GTK_EDITABLE (spin), 0, -1);
  g_action_group_activate_action (G_ACTION_GROUP (window), "copy-chart", NULL);
  text = gtk_clipboard_wait_for_text (clipboard);
  g_assert_cmpstr (text, ==, "2048");
}

/* The chart saved in @dir, in the format its extension names. */
static void
assert_chart_saved (WpWindow   *window,
                    const char *dir)
{
  g_autofree char *png_path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "chart.svg", NULL);
  g_autoptr (GFile) png_file = g_file_new_for_path (png_path);
  g_autoptr (GFile) svg_file = g_file_new_for_path (svg_path);
  g_autoptr (GError) error = NULL;
  g_autofree char *png = NULL;
  g_autofree char *svg = NULL;

  g_assert_true (wp_window_save_chart (window, png_file, &error));
  g_assert_no_error (error);
  png = read_file (png_file);
  g_assert_cmpmem (png, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_true (wp_window_save_chart (window, svg_file, &error));
  g_assert_no_error (error);
  svg = read_file (svg_file);
  g_assert_nonnull (strstr (svg, "<svg"));
  g_unlink (png_path);
  g_unlink (svg_path);
}

static void
test_export (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wp-window-XXXXXX", &error);
  g_autofree char *csv_path = g_build_filename (dir, "figures.csv", NULL);
  g_autofree char *reg_path = g_build_filename (dir, "values.reg", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "missing", "figures.csv", NULL);
  g_autoptr (GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr (GFile) reg_file = g_file_new_for_path (reg_path);
  g_autoptr (GFile) bad_file = g_file_new_for_path (bad_path);
  g_autofree char *csv = NULL;
  g_autofree char *reg = NULL;

  g_assert_no_error (error);
  gtk_toggle_button_set_active (platform_check (window, WP_PLATFORM_WIN95), FALSE);
  wp_planner_model_set_max_user_port (model, 20000);

  /* CSV: the visible platforms at 2 GB and MaxUserPort 20000: 20000 - 1024
   * = 18976 ports, but 8,000 (NT 4.0) and 16,000 sockets (A) bind; rates
   * 8000 / 240 and 16000 / 240, truncated; 98 and ME: no port limit,
   * TIME_WAIT or rate. */
  g_assert_true (wp_window_save_csv (window, csv_file, &error));
  g_assert_no_error (error);
  csv = read_file (csv_file);
  g_assert_cmpstr (csv, ==,
    "platform,name,ram_mb,max_user_port,time_wait_s,nonpaged_pool_mb,practical_sockets,"
    "theoretical_sockets,client_ports,connections_per_s,limited_by,max_connections,"
    "server_limit,client_limit,client_limited_by\n"
    "win98,Windows 98,2048,,,,,,,,registry,100,100,100,registry\n"
    "winme,Windows ME,2048,,,,,,,,registry,100,100,100,registry\n"
    "nt4,Windows NT 4.0,2048,20000,240,128,8000,12000,18976,33.33,memory,,8000,8000,memory\n"
    "win2000,Windows 2000,2048,20000,240,256,16000,25000,18976,66.66,memory,,16000,16000,memory\n"
    "winxp,Windows XP,2048,20000,240,256,16000,25000,18976,66.66,memory,,16000,16000,memory\n"
    "win2003,Windows Server 2003,2048,20000,240,256,16000,25000,18976,66.66,memory,,16000,"
    "16000,memory\n");

  /* .reg: the selected platform's values, REGEDIT4; TIME_WAIT, at its
   * default, is deleted (test-window-reg compares with --reg). */
  g_assert_true (wp_window_save_reg (window, reg_file, &error));
  g_assert_no_error (error);
  reg = read_file (reg_file);
  g_assert_cmpstr (reg, ==,
                   "REGEDIT4\r\n\r\n"
                   "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters]\r\n"
                   "\"MaxUserPort\"=dword:00004e20\r\n"
                   "; TcpTimedWaitDelay is at its default (240): deleted, so that Windows "
                   "uses its built-in default\r\n"
                   "\"TcpTimedWaitDelay\"=-\r\n\r\n");

  assert_chart_saved (window, dir);

  /* An unwritable place: one clear error, no file. */
  g_assert_false (wp_window_save_csv (window, bad_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));

  g_assert_false (wp_window_save_chart (window, bad_file, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));

  g_unlink (csv_path);
  g_unlink (reg_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* GTK warnings (allocation, size requests) fail the test. */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  g_test_add_func ("/window/template", test_template);
  g_test_add_func ("/window/ram-adjustment", test_ram_adjustment);
  g_test_add_func ("/window/ram-range", test_ram_range);
  g_test_add_func ("/window/max-user-port", test_max_user_port);
  g_test_add_func ("/window/registry-tab", test_registry_tab);
  g_test_add_func ("/window/time-wait", test_time_wait);
  g_test_add_func ("/window/max-connections", test_max_connections);
  g_test_add_func ("/window/socketwrench", test_socketwrench);
  g_test_add_func ("/window/platform-toggle", test_platform_toggle);
  g_test_add_func ("/window/select-platform", test_select_platform);
  g_test_add_func ("/window/settings/round-trip", test_settings_round_trip);
  g_test_add_func ("/window/settings/broken", test_settings_broken);
  g_test_add_func ("/window/settings/size", test_window_size);
  g_test_add_func ("/window/settings/size-fits", test_window_size_fits);
  g_test_add_func ("/window/small", test_small_window);
  g_test_add_func ("/window/scale-marks-rtl", test_scale_marks_rtl);
  for (gsize i = 0; i < G_N_ELEMENTS (spin_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/window/spin-grouping/%s", spin_cases[i].locale);

      g_test_add_data_func (path, &spin_cases[i], test_spin_grouping);
    }
  g_test_add_func ("/window/keyboard", test_keyboard);
  g_test_add_func ("/window/accessibility", test_accessibility);
  g_test_add_func ("/window/copy", test_copy);
  g_test_add_func ("/window/export", test_export);

  return g_test_run ();
}
