/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The renderer draws any description, not only the memory view's: a
 * second view built here alone (ports in use versus connection rate, two
 * series on a logarithmic rate axis) is drawn by the same renderer, and
 * its pixels show both series where the log scale puts them. */
#include "config.h"

#include <math.h>
#include <cairo.h>

#include "chart/wp-chart-memory.h"
#include "chart/wp-chart-render.h"
#include "wp-test-pixels.h"

#define WIDTH   1280
#define HEIGHT  720
#define PORTS   3976.0   /* the client ports, 1025..5000 */

static char *
format_plain (double value)
{
  return g_strdup_printf ("%g", value);
}

/* Ports held in TIME_WAIT at @rate connections a second: rate × delay,
 * until the ports run out. */
static void
add_rate_series (WpChartDesc *desc,
                 guint        color,
                 double       time_wait_s)
{
  static const double rates[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000 };
  WpChartDescSeries *series;

  series = wp_chart_desc_add_series (desc, WP_CHART_ROLE_PRACTICAL,
                                     wp_chart_line_style (wp_chart_ink (WP_CHART_INK_SERIES,
                                                                        color, 1.0),
                                                          WP_CHART_DASH_SOLID, 1.0));
  for (guint i = 0; i < G_N_ELEMENTS (rates); i++)
    wp_chart_desc_series_add_point (series, rates[i], MIN (rates[i] * time_wait_s, PORTS));
  wp_chart_desc_add_legend (desc, series->style, FALSE,
                            g_strdup_printf ("TIME_WAIT %g s", time_wait_s));
}

/* The second view: what a next chart's view file would build. */
static void
describe_ports_view (WpChartDesc *desc)
{
  wp_chart_desc_init (desc);
  desc->title = g_strdup ("Ports in use by connection rate");
  desc->subtitle = g_strdup ("MaxUserPort 5000");
  desc->x = (WpChartAxis) { WP_CHART_TICKS_DECADES, 1, 10000, 0, format_plain,
                            g_strdup ("Connections per second") };
  desc->y = (WpChartAxis) { WP_CHART_TICKS_NICE, 0, PORTS * 1.05, 1, format_plain,
                            g_strdup ("Ports in use") };
  add_rate_series (desc, 0, 240);
  add_rate_series (desc, 2, 30);
  wp_chart_desc_add_reference (desc, PORTS,
                               wp_chart_line_style (wp_chart_ink (WP_CHART_INK_REFERENCE, 0, 1.0),
                                                    WP_CHART_DASH_DOTTED, 1.0));
}

static void
test_log_scale (void)
{
  WpChartTicks ticks;

  g_assert_true (wp_chart_decade_ticks (3, 4500, 10, &ticks));
  g_assert_cmpint (ticks.kind, ==, WP_CHART_SCALE_LOG);
  g_assert_cmpfloat (ticks.lo, ==, 1);
  g_assert_cmpfloat (ticks.hi, ==, 10000);
  g_assert_cmpuint (ticks.n, ==, 5);
  g_assert_cmpfloat_with_epsilon (wp_chart_ticks_value (&ticks, 2), 100, 1e-9);
  /* Geometric: 100 halfway between 1 and 10,000. */
  g_assert_cmpfloat_with_epsilon (wp_chart_ticks_map (&ticks, 100), 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (wp_chart_ticks_unmap (&ticks, 0.25), 10, 1e-9);

  /* Five decades in three ticks: one every ⌈5 / 2⌉ = 3 decades, the axis
   * widened to 10^6. */
  g_assert_true (wp_chart_decade_ticks (1, 1e5, 3, &ticks));
  g_assert_cmpuint (ticks.n, ==, 3);
  g_assert_cmpfloat (ticks.step, ==, 1e3);
  g_assert_cmpfloat (ticks.hi, ==, 1e6);

  g_assert_false (wp_chart_decade_ticks (0, 10, 5, &ticks));
}

static void
assert_series_at (cairo_surface_t     *surface,
                  const WpChartLayout *layout,
                  const WpChartColor  *color,
                  double               rate,
                  double               ports)
{
  double x, y;

  wp_chart_layout_to_pixel (layout, rate, ports, &x, &y);
  g_test_message ("%g/s, %g ports: pixel %.1f, %.1f", rate, ports, x, y);
  g_assert_true (wp_chart_layout_contains (layout, x, y));
  g_assert_true (wp_test_color_near (surface, x, y, color));
}

static void
test_second_view (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  WpChartStyle style;
  WpChartLayout layout;
  WpChartDesc desc;
  double x1, x100, x10000;

  wp_chart_style_init (&style, FALSE);
  describe_ports_view (&desc);
  wp_chart_render_desc (cr, WIDTH, HEIGHT, &style, &desc, WP_CHART_LAYERS_ALL, &layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_true (layout.parts & WP_CHART_PART_LEGEND);
  g_assert_true (layout.parts & WP_CHART_PART_AXIS_TITLES);
  g_assert_false (layout.parts & WP_CHART_PART_MARKER_TAG);   /* no marker described */

  /* A tick a decade: 1, 10, 100, 1,000, 10,000, evenly spaced. */
  g_assert_cmpint (layout.x_ticks.kind, ==, WP_CHART_SCALE_LOG);
  g_assert_cmpuint (layout.x_ticks.n, ==, 5);
  g_assert_cmpfloat_with_epsilon (wp_chart_ticks_value (&layout.x_ticks, 4), 10000, 1e-6);
  wp_chart_layout_to_pixel (&layout, 1, 0, &x1, NULL);
  wp_chart_layout_to_pixel (&layout, 100, 0, &x100, NULL);
  wp_chart_layout_to_pixel (&layout, 10000, 0, &x10000, NULL);
  g_assert_cmpfloat_with_epsilon (x100 - x1, x10000 - x100, 1e-6);

  /* Each series in its colour, the two apart: 2,400 and 300 ports at 10/s. */
  assert_series_at (surface, &layout, &style.series[0], 10, 10 * 240);
  assert_series_at (surface, &layout, &style.series[2], 10, 10 * 30);
  assert_series_at (surface, &layout, &style.series[2], 100, 100 * 30);
  g_assert_false (wp_test_color_near (surface, x100, layout.plot.y + layout.plot.height / 2 - 60,
                                      &style.series[0]));

  wp_chart_desc_clear (&desc);
  wp_chart_style_clear (&style);
  cairo_surface_destroy (surface);
}

/* The window's chart options (issue 14, defect 5): reference lines
 * hidden leave the description with their names (each reference names
 * itself at its end; the legend keys only the line styles); a fixed top
 * ends the value axis there, and a level above it lies on the top edge. */
static void
test_view_options (void)
{
  WpLimitsInput input;
  WpChartData data;
  WpChartDesc desc;
  guint legend_all;

  wp_limits_input_init (&input);
  input.socketwrench_legacy = TRUE;   /* the process cap's line too */
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  wp_chart_describe (&desc, &data, FALSE);
  g_assert_cmpuint (desc.n_references, ==, 2);
  for (guint r = 0; r < desc.n_references; r++)
    g_assert_nonnull (desc.references[r].label.text);
  legend_all = desc.n_legend;
  g_assert_cmpfloat (desc.y.hi, ==, data.value_hi * 1.05);
  wp_chart_desc_clear (&desc);

  wp_chart_data_set_view (&data, WP_CHART_LINE_CLIENT_PORTS | WP_CHART_LINE_PROCESS_CAP, 0);
  wp_chart_describe (&desc, &data, FALSE);
  g_assert_cmpuint (desc.n_references, ==, 0);
  g_assert_cmpuint (desc.n_legend, ==, legend_all);
  wp_chart_desc_clear (&desc);

  /* 3,000: under the client ports' 5000 - 1024, above the 9x's 100 */
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  wp_chart_data_set_view (&data, 0, 3000);
  wp_chart_describe (&desc, &data, FALSE);
  g_assert_cmpfloat (desc.y.hi, ==, 3000);
  g_assert_true (data.client_ports_off_scale);
  for (guint s = 0; s < data.n_series; s++)
    g_assert_false (data.series[s].off_scale);
  wp_chart_desc_clear (&desc);

  /* Drawn: the axis' last tick is the top given. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
    cairo_t *cr = cairo_create (surface);
    WpChartStyle style;
    WpChartLayout layout;

    wp_chart_style_init (&style, FALSE);
    style.value_max = 3000;
    wp_chart_render (cr, WIDTH, HEIGHT, &style, &input, WP_PLATFORMS_SOURCE, &layout);
    g_assert_cmpfloat (layout.y_ticks.hi, ==, 3000);
    wp_chart_style_clear (&style);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/desc/log-scale", test_log_scale);
  g_test_add_func ("/chart/desc/second-view", test_second_view);
  g_test_add_func ("/chart/desc/view-options", test_view_options);

  return g_test_run ();
}
