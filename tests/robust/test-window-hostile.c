/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window where it is hard to be: at 1×1 and at 8000×8000, with inputs
 * at their extremes and nothing shown.  tests/robust/meson.build runs this
 * under Xvfb with GDK_SCALE=2, the dark theme, a broken locale and no
 * working settings backend too, with warnings fatal.  Each test draws the
 * window and the chart as the screen would, into a cairo recording surface
 * (any size, no pixels), and checks that something was drawn. */
#include "config.h"

#include <locale.h>
#include <gtk/gtk.h>

#include "app/wp-i18n.h"
#include "app/wp-window.h"
#include "chart/wp-chart.h"
#include "wp-test-gtk.h"

/* The largest side a test asks for: WP_HUGE_SIDE (the GDK_SCALE=2 run
 * asks for 4000, 8000 device pixels), else 8000. */
static int
huge_side (void)
{
  const char *side = g_getenv ("WP_HUGE_SIDE");

  return side != NULL ? atoi (side) : 8000;
}

static WpWindow *
window_open (int width,
             int height)
{
  WpWindow *window = g_object_new (WP_TYPE_WINDOW, NULL);

  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  wp_test_iterate_for (300);
  return window;
}

static void
window_close (WpWindow *window)
{
  gtk_widget_destroy (GTK_WIDGET (window));
  g_object_unref (window);
  wp_test_iterate_for (50);
}

static GtkWidget *
window_chart (WpWindow *window)
{
  GtkContainer *box = GTK_CONTAINER (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                    WP_TYPE_WINDOW,
                                                                    "chart_box"));
  g_autoptr (GList) children = gtk_container_get_children (box);

  g_assert_nonnull (children);
  g_assert_true (WP_IS_CHART (children->data));
  return children->data;
}

/* Draws @widget at its allocation as an expose would, and returns how much
 * area the drawing covered. */
static double
draw_widget (GtkWidget *widget)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double x, y, width, height;

  gtk_widget_draw (widget, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
  cairo_surface_destroy (surface);

  return width * height;
}

/* The window and its chart draw, and the chart has some room. */
static void
assert_draws (WpWindow *window)
{
  GtkWidget *chart = window_chart (window);

  /* A frame with its layout done, so that nothing waits for allocation. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpfloat (draw_widget (GTK_WIDGET (window)), >, 0.0);
  g_assert_cmpint (gtk_widget_get_allocated_width (chart), >, 0);
  g_assert_cmpint (gtk_widget_get_allocated_height (chart), >, 0);
  g_assert_cmpfloat (draw_widget (chart), >, 0.0);
}

/* Asked for 1×1, the window takes its minimum size and still draws. */
static void
test_tiny (void)
{
  WpWindow *window = window_open (1, 1);
  int width, height;

  gtk_window_resize (GTK_WINDOW (window), 1, 1);
  wp_test_iterate_for (300);
  gtk_window_get_size (GTK_WINDOW (window), &width, &height);
  g_test_message ("1×1 asked, %d×%d given", width, height);
  g_assert_cmpint (width, >=, 1);
  g_assert_cmpint (height, >=, 1);
  assert_draws (window);

  window_close (window);
}

static void
test_huge (void)
{
  int side = huge_side ();
  WpWindow *window = window_open (side, side);
  int width, height;

  gtk_window_resize (GTK_WINDOW (window), side, side);
  wp_test_iterate_for (800);
  gtk_window_get_size (GTK_WINDOW (window), &width, &height);
  g_test_message ("%d×%d asked, %d×%d given", side, side, width, height);
  g_assert_cmpint (width, ==, side);
  g_assert_cmpint (height, ==, side);
  assert_draws (window);

  /* And back down, in one step. */
  gtk_window_resize (GTK_WINDOW (window), 1, 1);
  wp_test_iterate_for (300);
  assert_draws (window);

  window_close (window);
}

/* Every input at an end of its range, then no platform shown at all. */
static void
test_extremes (void)
{
  WpWindow *window = window_open (900, 600);
  WpPlannerModel *model = wp_window_get_model (window);
  static const struct { guint64 ram_mb; guint port, time_wait, connections; gboolean legacy; } ends[] = {
    { WP_RAM_MB_MIN, WP_MAX_USER_PORT_MIN, WP_TIME_WAIT_MIN, WP_MAX_CONNECTIONS_MIN, FALSE },
    { WP_RAM_MB_MAX, WP_MAX_USER_PORT_MAX, WP_TIME_WAIT_MAX, WP_MAX_CONNECTIONS_MAX, TRUE },
    { WP_RAM_MB_MIN, WP_MAX_USER_PORT_MAX, WP_TIME_WAIT_PLATFORM, WP_MAX_CONNECTIONS_MAX, TRUE },
    { WP_RAM_MB_MAX, WP_MAX_USER_PORT_MIN, WP_TIME_WAIT_MAX, WP_MAX_CONNECTIONS_MIN, FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      wp_planner_model_set_ram_mb (model, ends[i].ram_mb);
      wp_planner_model_set_max_user_port (model, ends[i].port);
      wp_planner_model_set_time_wait_delay (model, ends[i].time_wait);
      wp_planner_model_set_max_connections (model, ends[i].connections);
      wp_planner_model_set_socketwrench_legacy (model, ends[i].legacy);
      for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
        {
          wp_planner_model_set_selected_platform (model, p);
          wp_test_iterate_for (20);
        }
      assert_draws (window);
    }

  wp_planner_model_set_visible_platforms (model, 0);
  wp_test_iterate_for (100);
  assert_draws (window);
  wp_planner_model_set_visible_platforms (model, WP_PLATFORM_BIT (WP_PLATFORM_WIN95));
  wp_test_iterate_for (100);
  assert_draws (window);

  window_close (window);
}

/* WP_NONFATAL_DOMAIN names a library whose warnings about the machine
 * (not about us) are printed but not fatal: dconf's "failed to commit
 * changes" when there is no D-Bus session.  Everything else goes to GLib's
 * writer, fatal as gtk_test_init() made it. */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  const char *nonfatal = user_data;

  if (nonfatal != NULL && (log_level & G_LOG_LEVEL_MASK) == G_LOG_LEVEL_WARNING)
    for (gsize i = 0; i < n_fields; i++)
      if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0 && fields[i].length < 0 &&
          g_strcmp0 (fields[i].value, nonfatal) == 0)
        return g_log_writer_standard_streams (log_level, fields, n_fields, NULL);

  return g_log_writer_default (log_level, fields, n_fields, NULL);
}

int
main (int argc, char *argv[])
{
  g_log_set_writer_func (log_writer_cb, (gpointer) g_getenv ("WP_NONFATAL_DOMAIN"), NULL);
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() chose the C locale: take the user's as the program
   * does, broken or not. */
  setlocale (LC_ALL, "");
  wp_i18n_init ();

  g_test_add_func ("/robust/window/tiny", test_tiny);
  g_test_add_func ("/robust/window/huge", test_huge);
  g_test_add_func ("/robust/window/extremes", test_extremes);

  return g_test_run ();
}
