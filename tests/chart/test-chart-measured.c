/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What an import measured, on the charts (src/chart/wp-chart-measured.c):
 * in the memory view a diamond at the current RAM with the connections,
 * in the legend too; in the rate view the client ports in use as a
 * dash-dotted level, and on it a diamond at the rate the connections in
 * TIME_WAIT imply (netstat has no rate of its own).  The views get plain
 * numbers (WpChartMeasured), no model. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo.h>

#include "chart/wp-chart-memory.h"
#include "chart/wp-chart-rate.h"
#include "chart/wp-chart-render.h"
#include "wp-test-pixels.h"

#define WIDTH  1280
#define HEIGHT 720

static const WpChartMeasured measured = { TRUE, 5000, TRUE, 3000, FALSE, 0 };

static void
describe_memory (const WpChartMeasured *m,
                 WpChartDesc           *desc)
{
  WpLimitsInput input;
  WpChartData data;

  wp_limits_input_init (&input);
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  if (m != NULL)
    data.measured = *m;
  wp_chart_describe (desc, &data, FALSE);
}

/* The marker's values drawn as a diamond. */
static guint
count_diamonds (const WpChartDesc *desc,
                guint             *out_index)
{
  guint n = 0;

  for (guint i = 0; i < desc->marker.n_values; i++)
    if (desc->marker.values[i].shape == WP_CHART_SHAPE_DIAMOND)
      {
        *out_index = i;
        n++;
      }
  return n;
}

static void
test_memory_description (void)
{
  WpChartDesc with, without;
  guint index = 0, legend_diamonds = 0;

  describe_memory (&measured, &with);
  describe_memory (NULL, &without);

  g_assert_cmpuint (count_diamonds (&with, &index), ==, 1);
  g_assert_cmpfloat (with.marker.values[index].y, ==, 5000);
  g_assert_cmpstr (with.marker.values[index].text, ==, "Measured: 5000");
  g_assert_cmpint (with.marker.values[index].ink.kind, ==, WP_CHART_INK_FOREGROUND);
  for (guint i = 0; i < with.n_legend; i++)
    legend_diamonds += with.legend[i].shape == WP_CHART_SHAPE_DIAMOND;
  g_assert_cmpuint (legend_diamonds, ==, 1);
  /* the rest as before */
  g_assert_cmpuint (with.marker.n_values, ==, without.marker.n_values + 1);
  g_assert_cmpuint (with.n_legend, ==, without.n_legend + 1);
  g_assert_cmpuint (count_diamonds (&without, &index), ==, 0);

  wp_chart_desc_clear (&with);
  wp_chart_desc_clear (&without);
}

/* A level at the ports in use, named; none without a range to count them
 * in; the value axis reaches a level above the lines. */
static void
test_rate_description (void)
{
  WpLimitsInput input;
  WpChartRateData data;
  WpChartDesc desc, no_range;
  WpChartMeasured only_connections = { TRUE, 5000, FALSE, 0, FALSE, 0 };

  wp_limits_input_init (&input);
  wp_chart_rate_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  data.measured = measured;
  wp_chart_rate_describe (&desc, &data, FALSE);
  g_assert_cmpuint (desc.n_references, ==, 1);
  g_assert_cmpfloat (desc.references[0].value, ==, 3000);
  g_assert_cmpint (desc.references[0].style.dash, ==, WP_CHART_DASH_DASH_DOT);
  g_assert_cmpstr (desc.references[0].label.text, ==, "Measured: 3000 in use");

  data.measured = only_connections;
  wp_chart_rate_describe (&no_range, &data, FALSE);
  g_assert_cmpuint (no_range.n_references, ==, 0);
  g_assert_cmpuint (no_range.n_legend, ==, desc.n_legend - 1);

  /* NT's 3,976 ports × 1.1 is the top; 9,000 measured reach past it */
  only_connections = (WpChartMeasured) { TRUE, 0, TRUE, 9000, FALSE, 0 };
  g_assert_cmpfloat (wp_chart_measured_ports_top (&only_connections, 3976 * 1.1), ==,
                     9000 * 1.1);
  g_assert_cmpfloat (wp_chart_measured_ports_top (&measured, 3976 * 1.1), ==, 3976 * 1.1);

  wp_chart_desc_clear (&desc);
  wp_chart_desc_clear (&no_range);
}

/* 2,350 connections in TIME_WAIT for 240 s (the delay in force, RFC 793's
 * 2 MSL of 4 minutes) leave about 2350 / 240 a second: the diamond at that
 * rate on the level, in the legend too; none without connections in
 * TIME_WAIT or without a delay. */
static void
test_rate_point (void)
{
  WpLimitsInput input;
  WpChartRateData data;
  WpChartDesc desc;
  WpChartMeasured with_rate = measured;
  const WpChartDescSeries *point = NULL;
  double rate_hi;

  wp_chart_measured_set_rate (&with_rate, 2350, 240);
  g_assert_true (with_rate.has_rate);
  g_assert_cmpfloat_with_epsilon (with_rate.rate, 2350.0 / 240, 1e-9);

  wp_limits_input_init (&input);
  wp_chart_rate_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  data.measured = with_rate;
  wp_chart_rate_describe (&desc, &data, FALSE);
  for (guint i = 0; i < desc.n_series; i++)
    if (desc.series[i].mark_shape == WP_CHART_SHAPE_DIAMOND)
      point = &desc.series[i];
  g_assert_nonnull (point);
  g_assert_cmpuint (point->n, ==, 0);     /* a mark, no line */
  g_assert_cmpfloat_with_epsilon (point->mark.x, 2350.0 / 240, 1e-9);
  g_assert_cmpfloat (point->mark.y, ==, 3000);
  g_assert_cmpint (desc.legend[desc.n_legend - 1].shape, ==, WP_CHART_SHAPE_DIAMOND);
  wp_chart_desc_clear (&desc);

  /* the rate axis reaches a point past its end */
  rate_hi = wp_chart_measured_rate_top (&with_rate, 5.0);
  g_assert_cmpfloat_with_epsilon (rate_hi, 2350.0 / 240 * 1.1, 1e-9);

  wp_chart_measured_set_rate (&with_rate, 0, 240);
  g_assert_false (with_rate.has_rate);
  wp_chart_measured_set_rate (&with_rate, 2350, 0);
  g_assert_false (with_rate.has_rate);
}

/* How far right of (x, y) the pixels stay close to @color. */
static int
extent_right (cairo_surface_t    *surface,
              double              x,
              double              y,
              const WpChartColor *color)
{
  int k = 0;

  for (;; k++)
    {
      WpChartColor pixel;

      wp_test_pixel_at (surface, (int) floor (x) + k + 1, (int) floor (y), &pixel);
      if (!wp_test_color_close (&pixel, color))
        return k;
    }
}

/* Drawn: the diamond in the text's colour at the marker, reaching further
 * sideways than the round dots of the lines (a shape, not only a colour). */
static void
test_pixels (void)
{
  WpChartStyle style;
  WpLimitsInput input;
  WpChartLayout layout;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  WpChartDesc desc;
  guint diamond = 0, dot;
  const WpChartPlaced *point, *line_dot;

  wp_chart_style_init (&style, FALSE);
  style.measured = measured;
  wp_limits_input_init (&input);
  wp_chart_render (cr, WIDTH, HEIGHT, &style, &input, WP_PLATFORMS_SOURCE, &layout);
  cairo_surface_flush (surface);

  describe_memory (&measured, &desc);
  g_assert_cmpuint (count_diamonds (&desc, &diamond), ==, 1);
  dot = diamond == 0 ? 1 : 0;
  g_assert_cmpuint (layout.n_values, ==, desc.marker.n_values);
  point = &layout.values[diamond];
  line_dot = &layout.values[dot];
  g_assert_true (wp_test_color_near (surface, point->point_x, point->point_y, &style.foreground));
  g_assert_cmpint (extent_right (surface, point->point_x, point->point_y, &style.foreground), >,
                   extent_right (surface, line_dot->point_x, line_dot->point_y,
                                 wp_chart_style_ink (&style, desc.marker.values[dot].ink)));

  wp_chart_desc_clear (&desc);
  wp_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/measured/memory-description", test_memory_description);
  g_test_add_func ("/chart/measured/rate-description", test_rate_description);
  g_test_add_func ("/chart/measured/rate-point", test_rate_point);
  g_test_add_func ("/chart/measured/pixels", test_pixels);
  return g_test_run ();
}
