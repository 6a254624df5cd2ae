/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The target in the window (issue 14): what is typed in the sidebar's
 * target fields goes through the command line's parser; a value taken
 * shows each version's verdict in the comparison table and the summary and
 * draws the target line on the chart; a refused value shows its message
 * and changes nothing; an empty field is no target.  Figures from A
 * (Catalyst KB 100072): at the default 2 GB, 2000 holds 16,000 sockets,
 * NT 4.0 8,000 at most (its pool's cap). */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "app/wp-window.h"
#include "app/wp-readout-label.h"
#include "wp-test-gtk.h"
#include "wp-test-pixels.h"

static void
type_into (GtkEntry   *entry,
           const char *text)
{
  gtk_entry_set_text (entry, text);
  wp_test_iterate ();
}

/* The comparison table's verdict and "to pass" texts of @platform. */
static void
row_verdict (WpWindow   *window,
             WpPlatform  platform,
             char      **out_word,
             char      **out_needs)
{
  GtkTreeModel *store = wp_test_child (window, "platform_store");
  GtkTreeIter iter;

  g_assert_true (gtk_tree_model_get_iter_first (store, &iter));
  do
    {
      int shown;

      gtk_tree_model_get (store, &iter, 0, &shown, -1);
      if (shown == (int) platform)
        {
          gtk_tree_model_get (store, &iter, 10, out_word, 11, out_needs, -1);
          return;
        }
    }
  while (gtk_tree_model_iter_next (store, &iter));
  g_assert_not_reached ();
}

/* The chart as drawn on the screen. */
static cairo_surface_t *
draw_chart (WpWindow *window)
{
  GtkWidget *chart = wp_test_window_chart (window);
  cairo_surface_t *surface;
  cairo_t *cr;

  wp_test_iterate_for (100);   /* the summary's new line laid out */
  surface =
    cairo_image_surface_create (CAIRO_FORMAT_RGB24, gtk_widget_get_allocated_width (chart),
                                gtk_widget_get_allocated_height (chart));
  cr = cairo_create (surface);

  gtk_widget_draw (chart, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
test_typed (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  WpPlannerModel *model = wp_window_get_model (window);
  GtkEntry *connections = wp_test_child (window, "connections_entry");
  GtkEntry *rate = wp_test_child (window, "rate_entry");
  WpReadoutLabel *summary = wp_test_child (window, "target_readout");
  cairo_surface_t *before = draw_chart (window);
  cairo_surface_t *with_target, *moved, *after;
  g_autofree char *word = NULL;
  g_autofree char *needs = NULL;

  g_assert_false (gtk_tree_view_column_get_visible (wp_test_child (window, "verdict_column")));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (summary)));

  /* 10,000: 2000 holds 16,000 at 2 GB, NT 4.0 never more than 8,000 */
  type_into (connections, "10000");
  g_assert_cmpuint (wp_planner_model_get_need_connections (model), ==, 10000);
  g_assert_true (gtk_tree_view_column_get_visible (wp_test_child (window, "verdict_column")));
  row_verdict (window, WP_PLATFORM_WIN2000, &word, &needs);
  g_assert_cmpstr (word, ==, "✓ Meets");
  g_assert_cmpstr (needs, ==, "");
  g_clear_pointer (&word, g_free);
  g_clear_pointer (&needs, g_free);
  row_verdict (window, WP_PLATFORM_NT4, &word, &needs);
  g_assert_cmpstr (word, ==, "✗ Fails");
  g_assert_cmpstr (needs, ==, "not reachable on this version");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (summary)));
  g_assert_true (g_str_has_prefix (wp_readout_label_get_text (summary), "✓ Windows 2000 meets"));

  /* The selected version failing: the summary says what would pass */
  wp_planner_model_set_ram_mb (model, 1024);
  wp_test_iterate ();
  g_assert_true (g_str_has_prefix (wp_readout_label_get_text (summary), "✗ Windows 2000 fails"));
  g_assert_nonnull (strstr (wp_readout_label_get_text (summary), "to pass: RAM\u00a01280\u00a0MB"));
  wp_planner_model_set_ram_mb (model, 2048);
  wp_test_iterate ();

  /* The line on the chart, where the target puts it (the summary's
   * verdict takes the same lines for both) */
  with_target = draw_chart (window);
  type_into (connections, "12000");
  moved = draw_chart (window);
  g_assert_false (wp_test_same_pixels (with_target, moved));
  type_into (connections, "10000");

  /* Refused: the message under the field, the target as it was */
  type_into (rate, "abc");
  g_assert_true (gtk_widget_get_visible (wp_test_child (window, "rate_error")));
  g_assert_cmpstr (gtk_label_get_text (wp_test_child (window, "rate_error")), ==, "“abc” is not a number");
  g_assert_cmpuint (wp_planner_model_get_need_rate (model), ==, 0);
  type_into (rate, "");
  g_assert_false (gtk_widget_get_visible (wp_test_child (window, "rate_error")));

  /* Grouped as the locale groups it (none in C), and the model's own
   * value shown when it changes elsewhere */
  wp_planner_model_set_need_rate (model, 50);
  wp_test_iterate ();
  g_assert_cmpstr (gtk_entry_get_text (rate), ==, "50");

  /* Empty: no target, the chart as before */
  type_into (rate, "");
  type_into (connections, "");
  g_assert_cmpuint (wp_planner_model_get_need_connections (model), ==, 0);
  g_assert_false (gtk_tree_view_column_get_visible (wp_test_child (window, "verdict_column")));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (summary)));
  after = draw_chart (window);
  g_assert_true (wp_test_same_pixels (before, after));

  cairo_surface_destroy (before);
  cairo_surface_destroy (with_target);
  cairo_surface_destroy (moved);
  cairo_surface_destroy (after);
}

/* The target is remembered with the other inputs (in-memory settings). */
static void
test_remembered (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);

  {
    g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);

    type_into (wp_test_child (window, "connections_entry"), "12000");
    type_into (wp_test_child (window, "rate_entry"), "40");
  }
  g_assert_cmpuint (g_settings_get_uint (settings, "need-connections"), ==, 12000);
  g_assert_cmpuint (g_settings_get_uint (settings, "need-rate"), ==, 40);

  {
    g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);

    g_assert_cmpuint (wp_planner_model_get_need_connections (wp_window_get_model (window)), ==,
                      12000);
    g_assert_cmpstr (gtk_entry_get_text (wp_test_child (window, "connections_entry")), ==, "12000");
    g_assert_cmpstr (gtk_entry_get_text (wp_test_child (window, "rate_entry")), ==, "40");
    type_into (wp_test_child (window, "connections_entry"), "");
    type_into (wp_test_child (window, "rate_entry"), "");
  }
  g_assert_cmpuint (g_settings_get_uint (settings, "need-connections"), ==, 0);
}

/* With a target, nothing jumps while RAM and MaxUserPort move: the
 * verdict's sentence has its room in the summary, the verdict column the
 * width of its wider word (issue 14, defect 11); "To pass", the last
 * column with text, may change its width. */
static void
test_no_jumps (void)
{
  static const guint64 ram[] = { 256, 1024, 1280, 1536, 2048, 4096, 65536 };
  static const guint ports[] = { 5000, 13024, 40000, 65534 };
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  WpPlannerModel *model = wp_window_get_model (window);
  g_autoptr (GArray) before = NULL;

  wp_planner_model_set_need_connections (model, 10000);
  wp_planner_model_set_need_rate (model, 50);
  before = wp_test_window_layout (window, wp_test_child (window, "needs_column"));
  for (gsize r = 0; r < G_N_ELEMENTS (ram); r++)
    for (gsize p = 0; p < G_N_ELEMENTS (ports); p++)
      {
        g_autoptr (GArray) after = NULL;

        wp_planner_model_set_ram_mb (model, ram[r]);
        wp_planner_model_set_max_user_port (model, ports[p]);
        after = wp_test_window_layout (window, wp_test_child (window, "needs_column"));
        g_test_message ("RAM %" G_GUINT64_FORMAT " MB, MaxUserPort %u", ram[r], ports[p]);
        g_assert_cmpuint (after->len, ==, before->len);
        for (guint i = 0; i < before->len; i++)
          g_assert_cmpint (g_array_index (after, int, i), ==, g_array_index (before, int, i));
      }
  wp_planner_model_set_need_connections (model, 0);
  wp_planner_model_set_need_rate (model, 0);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/target/typed", test_typed);
  g_test_add_func ("/window/target/remembered", test_remembered);
  g_test_add_func ("/window/target/no-jumps", test_no_jumps);

  return g_test_run ();
}
