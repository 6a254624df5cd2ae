/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The RAM slider (issue 14, defects 13 and 14): logarithmic over the
 * command line's whole range, 1 MB to 16 TB; its moves stop at the sizes
 * memory comes in while a typed value stays exact; right to left it runs
 * as the chart's RAM axis does, so the two move the same way. */
#include "config.h"

#include <math.h>

#include <gtk/gtk.h>

#include "app/wp-window.h"
#include "limits/wp-limits.h"
#include "wp-test-gtk.h"

static WpWindow *
shown_window (void)
{
  return wp_test_window_shown (1200, 700);
}

/* The slider's middle, in the scale's coordinates, at @ram_mb. */
static int
slider_at (WpWindow *window,
           guint64   ram_mb)
{
  GtkRange *scale = wp_test_child (window, "ram_scale");
  int start, end;

  wp_planner_model_set_ram_mb (wp_window_get_model (window), ram_mb);
  wp_test_iterate_for (50);
  gtk_range_get_slider_range (scale, &start, &end);
  return (start + end) / 2;
}

/* 16 to 512 MB are 5 of the 24 octaves from 1 MB to 16 TB. */
static void
test_log (void)
{
  g_autoptr (WpWindowTest) window = shown_window ();
  int x_min = slider_at (window, WP_RAM_MB_MIN);
  int x_16 = slider_at (window, 16);
  int x_512 = slider_at (window, 512);
  int x_max = slider_at (window, WP_RAM_MB_MAX);
  double octaves = log2 ((double) WP_RAM_MB_MAX / WP_RAM_MB_MIN);

  g_test_message ("1 MB at %d, 16 MB at %d, 512 MB at %d, 16 TB at %d", x_min, x_16, x_512, x_max);
  g_assert_cmpfloat (octaves, ==, 24);
  g_assert_cmpint (x_max, >, x_min);
  g_assert_cmpfloat (fabs ((x_512 - x_16) - (x_max - x_min) * 5 / octaves), <=, 2);
  g_assert_cmpfloat (fabs ((x_16 - x_min) - (x_max - x_min) * 4 / octaves), <=, 2);
}

/* A move of the slider as GtkRange makes it, by key or pointer. */
static guint64
move (WpWindow      *window,
      GtkScrollType  scroll,
      double         position)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (wp_test_child (window, "ram_scale"), "change-value", scroll, position, &handled);
  g_assert_true (handled);
  return wp_planner_model_get_ram_mb (wp_window_get_model (window));
}

/* Keys step half an octave to the next of 2^n and 1.5 x 2^n MB; the
 * pointer stops at the nearest; a typed value stays exact, and a key from
 * it goes to the next stop that way. */
static void
test_stops (void)
{
  g_autoptr (WpWindowTest) window = shown_window ();
  WpPlannerModel *model = wp_window_get_model (window);
  GtkAdjustment *position = wp_test_child (window, "ram_scale_adjustment");

  wp_planner_model_set_ram_mb (model, 2048);
  g_assert_cmpfloat (gtk_adjustment_get_value (position), ==, 11);                 /* 2^11 */
  g_assert_cmpuint (move (window, GTK_SCROLL_STEP_RIGHT, 11.5), ==, 3 * 1024);      /* 1.5 x 2^11 */
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (position) - log2 (3 * 1024)), <, 1e-9);
  g_assert_cmpuint (move (window, GTK_SCROLL_STEP_LEFT, log2 (3 * 1024) - 0.5), ==, 2048);
  g_assert_cmpuint (move (window, GTK_SCROLL_STEP_LEFT, 10.5), ==, 1536);
  g_assert_cmpuint (move (window, GTK_SCROLL_PAGE_RIGHT, log2 (1536) + 2), ==, 6 * 1024);
  /* The pointer at log2 (100): 96 (1.5 x 2^6) is nearer than 128 (2^7) */
  g_assert_cmpuint (move (window, GTK_SCROLL_JUMP, log2 (100)), ==, 96);
  g_assert_cmpuint (move (window, GTK_SCROLL_JUMP, 0), ==, WP_RAM_MB_MIN);
  g_assert_cmpuint (move (window, GTK_SCROLL_JUMP, 24), ==, WP_RAM_MB_MAX);

  /* Typed (or set by the chart): exact; the slider shows it where it is. */
  wp_planner_model_set_ram_mb (model, 1000);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 1000);
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (position) - log2 (1000)), <, 1e-9);
  g_assert_cmpfloat (gtk_adjustment_get_value (wp_test_child (window, "ram_adjustment")), ==, 1000);
  g_assert_cmpuint (move (window, GTK_SCROLL_STEP_RIGHT, log2 (1000) + 0.5), ==, 1024);
  wp_planner_model_set_ram_mb (model, 1000);
  g_assert_cmpuint (move (window, GTK_SCROLL_STEP_LEFT, log2 (1000) - 0.5), ==, 768);

  /* The real key bindings end in the same place. */
  wp_planner_model_set_ram_mb (model, 2048);
  g_signal_emit_by_name (wp_test_child (window, "ram_scale"), "move-slider", GTK_SCROLL_STEP_RIGHT);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 3 * 1024);
}

/* A click on the chart at @fraction of its width: the RAM it sets. */
static guint64
press_chart (WpWindow *window,
             double    fraction)
{
  GtkWidget *chart = wp_test_window_chart (window);

  wp_test_click (chart, GDK_BUTTON_PRIMARY, gtk_widget_get_allocated_width (chart) * fraction,
                 gtk_widget_get_allocated_height (chart) / 2.0);
  return wp_planner_model_get_ram_mb (wp_window_get_model (window));
}

/* Right to left, more RAM is further right on the slider as on the chart,
 * whose RAM axis runs left to right in every language. */
static void
test_rtl (void)
{
  g_autoptr (WpWindowTest) window = NULL;
  guint64 left, right;

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  window = shown_window ();
  g_assert_cmpint (gtk_widget_get_direction (wp_test_child (window, "ram_scale")), ==, GTK_TEXT_DIR_RTL);

  left = press_chart (window, 0.3);
  right = press_chart (window, 0.7);
  g_test_message ("the chart: %" G_GUINT64_FORMAT " MB at 30 %%, %" G_GUINT64_FORMAT
                  " MB at 70 %%", left, right);
  g_assert_cmpuint (right, >, left);
  g_assert_cmpint (slider_at (window, right), >, slider_at (window, left));
  g_assert_cmpint (slider_at (window, 4096), >, slider_at (window, 16));

  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
assert_same_layout (GArray     *before,
                    GArray     *after,
                    const char *what)
{
  g_test_message ("%s", what);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < before->len; i++)
    {
      if (g_array_index (after, int, i) != g_array_index (before, int, i))
        g_test_message ("%s: %s %u was %d, is %d", what, i < 4 ? "chart" : "column",
                        i < 4 ? i : i - 4, g_array_index (before, int, i),
                        g_array_index (after, int, i));
      g_assert_cmpint (g_array_index (after, int, i), ==, g_array_index (before, int, i));
    }
}

/* Nothing jumps while a slider moves (issue 14, defect 11): across the
 * RAM slider's stops and MaxUserPort's range, on a version, the chart
 * keeps its place and size and the table its column widths. */
static void
test_no_jumps (void)
{
  static const WpPlatform selected[] = { WP_PLATFORM_WIN95, WP_PLATFORM_NT4, WP_PLATFORM_WIN2003 };
  g_autoptr (WpWindowTest) window = shown_window ();
  WpPlannerModel *model = wp_window_get_model (window);
  g_autoptr (GArray) columns = NULL;

  for (gsize p = 0; p < G_N_ELEMENTS (selected); p++)
    {
      g_autoptr (GArray) before = NULL;

      /* Another version may lay the window out anew; its sliders not. */
      wp_planner_model_set_ram_mb (model, 2048);
      wp_planner_model_set_max_user_port (model, WP_MAX_USER_PORT_DEFAULT);
      wp_planner_model_set_selected_platform (model, selected[p]);
      before = wp_test_window_layout (window, NULL);
      /* The bold row, another one now, leaves the columns as they were. */
      if (columns != NULL)
        for (guint i = 4; i < before->len; i++)
          g_assert_cmpint (g_array_index (before, int, i), ==, g_array_index (columns, int, i));
      else
        columns = g_array_ref (before);
      for (double position = 0; position <= 24; position += 1.5)
        {
          g_autoptr (GArray) after = NULL;
          g_autofree char *what = NULL;

          move (window, GTK_SCROLL_JUMP, position);
          what = g_strdup_printf ("%s, RAM %" G_GUINT64_FORMAT " MB", wp_platform_name (selected[p]),
                                  wp_planner_model_get_ram_mb (model));
          after = wp_test_window_layout (window, NULL);
          assert_same_layout (before, after, what);
        }
      wp_planner_model_set_ram_mb (model, 2048);
      for (guint port = 5000; port <= 65534; port += 12000)
        {
          g_autoptr (GArray) after = NULL;
          g_autofree char *what = NULL;

          wp_planner_model_set_max_user_port (model, port);
          what = g_strdup_printf ("%s, MaxUserPort %u", wp_platform_name (selected[p]), port);
          after = wp_test_window_layout (window, NULL);
          assert_same_layout (before, after, what);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  g_test_add_func ("/window/ram-slider/log", test_log);
  g_test_add_func ("/window/ram-slider/stops", test_stops);
  g_test_add_func ("/window/ram-slider/rtl", test_rtl);
  g_test_add_func ("/window/no-jumps/chart-table", test_no_jumps);

  return g_test_run ();
}
