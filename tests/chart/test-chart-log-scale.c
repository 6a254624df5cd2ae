/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Logarithmic axes (issue 15, "Scale of the axes"): ticks at powers of two
 * for memory and at 1-2-5 steps for counts, the scale an axis resolves to
 * (automatic past two decades from above 0, or forced), and the memory
 * view drawn on them: the lines at their pixels, the marker's RAM under
 * the pointer, no zero gap, the fixed top kept. */
#include "config.h"

#include <math.h>
#include <cairo.h>

#include "chart/wp-chart-memory.h"
#include "chart/wp-chart-render.h"
#include "wp-test-pixels.h"

#define WIDTH  1280
#define HEIGHT 720

static void
assert_ticks (const WpChartTicks *ticks,
              const double       *want,
              guint               n)
{
  g_assert_cmpint (ticks->kind, ==, WP_CHART_SCALE_LOG);
  g_assert_cmpuint (ticks->n, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_test_message ("tick %u: %g, want %g", i, wp_chart_ticks_value (ticks, i), want[i]);
      g_assert_cmpfloat_with_epsilon (wp_chart_ticks_value (ticks, i), want[i], want[i] * 1e-12);
    }
}

#define MB 1.0
#define GB 1024.0
#define TB (1024.0 * 1024.0)

typedef struct
{
  double lo;
  double hi;
  guint  max_ticks;
  guint  n;
  double want[12];
} LogTickCase;

/* Memory: every power of two while they fit, then every second (16 MB,
 * 64 MB, 256 MB, 1 GB), third … with the powers a multiple of the step,
 * or one step more when as many ticks then reach more of the ends. */
static const LogTickCase binary_cases[] = {
  { 16, 4 * GB, 9, 9, { 16, 32, 64, 128, 256, 512, 1 * GB, 2 * GB, 4 * GB } },
  { 16, 4 * GB, 8, 5, { 16, 64, 256, 1 * GB, 4 * GB } },
  /* Every 3rd (2^6, 2^9, 2^12) fits; every 4th as many, from end to end. */
  { 16, 4 * GB, 4, 3, { 16, 256, 4 * GB } },
  { 16, 64 * GB, 5, 4, { 16, 256, 4 * GB, 64 * GB } },
  { 16, 128 * GB, 12, 7, { 16, 64, 256, 1 * GB, 4 * GB, 16 * GB, 64 * GB } },
  { 16, 16 * TB, 12, 11, { 16, 64, 256, 1 * GB, 4 * GB, 16 * GB, 64 * GB, 256 * GB, 1 * TB,
                           4 * TB, 16 * TB } },
  { 16, 16 * TB, 6, 6, { 16 * MB, 256, 4 * GB, 64 * GB, 1 * TB, 16 * TB } },   /* 2^4k */
  { 1, 16, 5, 5, { 1, 2, 4, 8, 16 } },
  { 3000, 5120, 5, 1, { 4 * GB } },                            /* within an octave */
};

/* Counts: 1-2-5 while they fit, then a decade apart, or every k-th. */
static const LogTickCase count_cases[] = {
  { 50, 50000, 10, 10, { 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000 } },
  { 50, 50000, 9, 3, { 100, 1000, 10000 } },
  { 100, 26250, 8, 8, { 100, 200, 500, 1000, 2000, 5000, 10000, 20000 } },
  { 100, 1e7, 4, 3, { 100, 1e4, 1e6 } },                      /* every 2nd decade */
  { 100, 1e7, 6, 6, { 100, 1e3, 1e4, 1e5, 1e6, 1e7 } },
  { 5, 4.5e9, 8, 4, { 1e2, 1e4, 1e6, 1e8 } },                /* 9 decades: every 2nd */
  { 0.02, 0.5, 6, 5, { 0.02, 0.05, 0.1, 0.2, 0.5 } },         /* below 1 */
  { 300, 400, 5, 0, { 0 } },                                  /* no 1-2-5 value inside */
};

static void
run_cases (const LogTickCase *cases,
           gsize              n_cases,
           WpChartTickRule    rule)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      const LogTickCase *c = &cases[i];
      WpChartTicks ticks;

      g_test_message ("%g..%g, at most %u ticks", c->lo, c->hi, c->max_ticks);
      g_assert_true (wp_chart_ticks_compute (rule, c->lo, c->hi, c->max_ticks, 0, &ticks));
      assert_ticks (&ticks, c->want, c->n);
      /* The axis keeps its span, the ticks inside it. */
      g_assert_cmpfloat (ticks.lo, ==, c->lo);
      g_assert_cmpfloat (ticks.hi, ==, c->hi);
      g_assert_cmpuint (ticks.n, <=, c->max_ticks);
      for (guint t = 0; t < ticks.n; t++)
        {
          double position = wp_chart_ticks_map (&ticks, wp_chart_ticks_value (&ticks, t));

          g_assert_cmpfloat (position, >=, -1e-12);
          g_assert_cmpfloat (position, <=, 1 + 1e-12);
        }
    }
}

static void
test_binary_ticks (void)
{
  WpChartTicks ticks;

  run_cases (binary_cases, G_N_ELEMENTS (binary_cases), WP_CHART_TICKS_LOG_BINARY);
  /* Neighbours a step apart: an octave of 4 GB's eight is an eighth. */
  g_assert_true (wp_chart_log_binary_ticks (16, 4 * GB, 9, &ticks));
  g_assert_cmpfloat_with_epsilon (wp_chart_ticks_spacing (&ticks, 800), 100, 1e-9);
  g_assert_false (wp_chart_log_binary_ticks (0, 4 * GB, 9, &ticks));
  g_assert_false (wp_chart_log_binary_ticks (16, 16, 9, &ticks));
}

static void
test_count_ticks (void)
{
  WpChartTicks ticks;

  run_cases (count_cases, G_N_ELEMENTS (count_cases), WP_CHART_TICKS_LOG_125);
  /* 1-2-5 ticks are closest from 1 to 2: log10 2 of the axis' decades. */
  g_assert_true (wp_chart_log_125_ticks (10, 10000, 10, &ticks));
  g_assert_true (ticks.steps_125);
  g_assert_cmpfloat_with_epsilon (wp_chart_ticks_spacing (&ticks, 300), 300 * log10 (2) / 3,
                                  1e-9);
  g_assert_false (wp_chart_log_125_ticks (-1, 100, 5, &ticks));

  /* A log axis' ends in 1-2-5 values: under a value, and at or over it. */
  g_assert_cmpfloat (wp_chart_125_below (100), ==, 50);
  g_assert_cmpfloat (wp_chart_125_below (125), ==, 100);
  g_assert_cmpfloat (wp_chart_125_below (7), ==, 5);
  g_assert_cmpfloat_with_epsilon (wp_chart_125_below (0.3), 0.2, 1e-15);
  g_assert_cmpfloat (wp_chart_125_ceil (26250), ==, 50000);
  g_assert_cmpfloat (wp_chart_125_ceil (20000), ==, 20000);
  g_assert_cmpfloat (wp_chart_125_ceil (3), ==, 5);
}

/* Which scale an axis resolves to. */
static void
test_axis_kind (void)
{
  static const struct
  {
    WpChartTickRule  rule;
    double           lo;
    double           hi;
    WpChartAxisScale scale;
    double           log_lo;
    gboolean         log;
  } cases[] = {
    { WP_CHART_TICKS_BINARY, 0, 4096, WP_CHART_AXIS_SCALE_AUTO, 16, FALSE },  /* from 0 */
    { WP_CHART_TICKS_BINARY, 16, 1600, WP_CHART_AXIS_SCALE_AUTO, 0, FALSE },  /* 100: two decades */
    { WP_CHART_TICKS_BINARY, 16, 1601, WP_CHART_AXIS_SCALE_AUTO, 0, TRUE },   /* past them */
    { WP_CHART_TICKS_NICE, 100, 3e6, WP_CHART_AXIS_SCALE_AUTO, 0, TRUE },
    { WP_CHART_TICKS_NICE, 100, 3e6, WP_CHART_AXIS_SCALE_LINEAR, 0, FALSE },
    { WP_CHART_TICKS_NICE, 0, 30000, WP_CHART_AXIS_SCALE_LOG, 50, TRUE },
    { WP_CHART_TICKS_NICE, 0, 30000, WP_CHART_AXIS_SCALE_LOG, 0, FALSE },     /* no start */
    { WP_CHART_TICKS_NICE, 0, 30000, WP_CHART_AXIS_SCALE_LOG, 40000, FALSE }, /* above the top */
    { WP_CHART_TICKS_DECADES, 1, 10, WP_CHART_AXIS_SCALE_LINEAR, 0, TRUE },   /* a log rule */
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      WpChartAxis axis = { cases[i].rule, cases[i].lo, cases[i].hi, 1, NULL, NULL,
                           cases[i].scale, cases[i].log_lo };
      WpChartTicks ticks;

      g_test_message ("case %" G_GSIZE_FORMAT, i);
      g_assert_cmpint (wp_chart_axis_is_log (&axis), ==, cases[i].log);
      g_assert_true (wp_chart_axis_ticks (&axis, 8, &ticks));
      g_assert_cmpint (ticks.kind, ==, cases[i].log ? WP_CHART_SCALE_LOG : WP_CHART_SCALE_LINEAR);
    }
}

/* The memory view on today's defaults stays linear unless asked: 0..4 GB
 * and 0..30,000 (automatic: both axes start at 0). */
static void
test_memory_view_axes (void)
{
  WpLimitsInput input;
  WpChartData data;
  WpChartAxis x, y;

  wp_limits_input_init (&input);
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  wp_chart_data_axes (&data, &x, &y);
  g_assert_false (wp_chart_axis_is_log (&x));
  g_assert_false (wp_chart_axis_is_log (&y));
  g_assert_cmpfloat (x.lo, ==, 0);
  g_assert_cmpfloat (y.lo, ==, 0);

  wp_chart_data_set_scales (&data, WP_CHART_AXIS_SCALE_LOG, WP_CHART_AXIS_SCALE_LOG);
  wp_chart_data_axes (&data, &x, &y);
  g_assert_true (wp_chart_axis_is_log (&x));
  g_assert_true (wp_chart_axis_is_log (&y));
  g_assert_cmpfloat (x.log_lo, ==, WP_CHART_RAM_DATA_MIN_MB);
  /* Under the 9x line's MaxConnections 100, a 1-2-5 step; the top the
   * 1-2-5 value over 25,000 × 1.05. */
  g_assert_cmpfloat (y.log_lo, ==, 50);
  g_assert_cmpfloat (y.hi, ==, 50000);

  /* The user's top stays the top. */
  wp_chart_data_set_view (&data, 0, 20000);
  wp_chart_data_axes (&data, &x, &y);
  g_assert_cmpfloat (y.hi, ==, 20000);

  /* A RAM under the lines' start: the log axis and the lines start at its
   * power of two, 4 MB, where the calculator's figures are. */
  input.ram_mb = 5;
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  wp_chart_data_set_scales (&data, WP_CHART_AXIS_SCALE_LOG, WP_CHART_AXIS_SCALE_AUTO);
  g_assert_cmpfloat (data.ram_lo, ==, 4);
  for (guint s = 0; s < data.n_series; s++)
    {
      guint practical;

      wp_chart_series_values_at (&data.series[s], &input, 4, &practical, NULL);
      g_assert_cmpfloat (data.series[s].practical.v[0].x, ==, 4);
      g_assert_cmpfloat (data.series[s].practical.v[0].y, ==, practical);
    }
  /* On a linear RAM axis the lines start at 16 MB as always. */
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  wp_chart_data_set_scales (&data, WP_CHART_AXIS_SCALE_LINEAR, WP_CHART_AXIS_SCALE_LOG);
  g_assert_cmpfloat (data.ram_lo, ==, WP_CHART_RAM_DATA_MIN_MB);
}

static cairo_surface_t *
render_log (const WpLimitsInput *input,
            WpChartAxisScale     x_scale,
            WpChartAxisScale     y_scale,
            double               value_max,
            WpChartStyle        *style,
            WpChartLayout       *layout)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  wp_chart_style_init (style, FALSE);
  style->x_scale = x_scale;
  style->y_scale = y_scale;
  style->value_max = value_max;
  wp_chart_render (cr, WIDTH, HEIGHT, style, input, WP_PLATFORMS_SOURCE, layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* NT 4.0's practical line (drawn over 2000's where they share it), from
 * 16 MB to its knee at 1 GB, on each
 * pair of scales: at the calculator's figure's pixel at RAMs between the
 * vertices (where a log axis bends a straight segment), rising. */
static void
check_line (WpChartAxisScale x_scale,
            WpChartAxisScale y_scale)
{
  WpLimitsInput input;
  WpChartStyle style;
  WpChartLayout layout;
  cairo_surface_t *surface;
  const WpChartColor *color;
  double last_y = G_MAXDOUBLE;

  wp_limits_input_init (&input);
  surface = render_log (&input, x_scale, y_scale, 0, &style, &layout);
  color = &style.series[wp_chart_series_color_index (WP_PLATFORM_NT4)];
  g_assert_cmpint (layout.x_ticks.kind, ==,
                   x_scale == WP_CHART_AXIS_SCALE_LOG ? WP_CHART_SCALE_LOG : WP_CHART_SCALE_LINEAR);
  g_assert_cmpint (layout.y_ticks.kind, ==,
                   y_scale == WP_CHART_AXIS_SCALE_LOG ? WP_CHART_SCALE_LOG : WP_CHART_SCALE_LINEAR);

  for (double ram = 24; ram <= 1024; ram *= 1.5)
    {
      double x, y;

      wp_chart_layout_to_pixel (&layout, ram, wp_limits_practical_sockets (WP_PLATFORM_NT4,
                                                                           (guint64) ram),
                                &x, &y);
      g_test_message ("%g MB: pixel %.1f, %.1f", ram, x, y);
      g_assert_true (wp_test_color_near (surface, x, y, color));
      g_assert_cmpfloat (y, <, last_y);
      last_y = y;
    }

  wp_chart_style_clear (&style);
  cairo_surface_destroy (surface);
}

static void
test_render_lines (void)
{
  check_line (WP_CHART_AXIS_SCALE_LOG, WP_CHART_AXIS_SCALE_LOG);
  check_line (WP_CHART_AXIS_SCALE_LOG, WP_CHART_AXIS_SCALE_LINEAR);
  check_line (WP_CHART_AXIS_SCALE_LINEAR, WP_CHART_AXIS_SCALE_LOG);
}

/* On a log RAM axis the ticks are powers of two, a knee's pixel gives its
 * RAM, the RAM under the pointer rises with it in round steps; a log value
 * axis has no zero gap, and a fixed top stays its top. */
static void
test_render_axes (void)
{
  WpLimitsInput input;
  WpChartStyle style;
  WpChartLayout layout;
  cairo_surface_t *surface;
  guint64 last = 0;
  double x, y;

  wp_limits_input_init (&input);
  surface = render_log (&input, WP_CHART_AXIS_SCALE_LOG, WP_CHART_AXIS_SCALE_LOG, 0, &style,
                        &layout);
  g_assert_cmpfloat (layout.zero_gap, ==, 0);
  g_assert_cmpfloat (layout.x_ticks.lo, ==, WP_CHART_RAM_DATA_MIN_MB);
  for (guint i = 0; i < layout.x_ticks.n; i++)
    {
      double value = wp_chart_ticks_value (&layout.x_ticks, i);

      g_assert_cmpfloat (exp2 (round (log2 (value))), ==, value);
    }
  /* The lowest line, the 9x's 100, stands off the x axis. */
  wp_chart_layout_to_pixel (&layout, 0, 100, NULL, &y);
  g_assert_cmpfloat (y, <, layout.plot.y + layout.plot.height - 10);

  wp_chart_layout_to_pixel (&layout, 2048, 0, &x, NULL);
  g_assert_cmpuint (wp_chart_layout_ram_at (&layout, x + 0.3), ==, 2048);
  wp_chart_layout_to_pixel (&layout, 1024, 0, &x, NULL);
  g_assert_cmpuint (wp_chart_layout_ram_at (&layout, x - 0.3), ==, 1024);
  g_assert_cmpuint (wp_chart_layout_ram_at (&layout, layout.plot.x - 50), ==,
                    WP_CHART_RAM_DATA_MIN_MB);
  for (double px = layout.plot.x; px <= layout.plot.x + layout.plot.width; px += 3)
    {
      guint64 at = wp_chart_layout_ram_at (&layout, px);
      double octave = exp2 (floor (log2 ((double) at)));

      g_assert_cmpuint (at, >=, last);
      /* A quarter octave: 1 GB, 1.25 GB, 1.5 GB, 1.75 GB. */
      g_assert_cmpfloat (fmod (at / octave * 4, 1.0), ==, 0);
      last = at;
    }
  g_assert_cmpuint (last, ==, 4096);

  /* The arrow keys: a quarter octave; Shift, Page Up/Down: an octave. */
  g_assert_cmpfloat (wp_chart_ram_log_step (1024, 1, 4), ==, 1280);
  g_assert_cmpfloat (wp_chart_ram_log_step (1280, -1, 4), ==, 1024);
  g_assert_cmpfloat (wp_chart_ram_log_step (1024, -1, 4), ==, 512 * 1.75);
  g_assert_cmpfloat (wp_chart_ram_log_step (1000, 1, 4), ==, 1024);
  g_assert_cmpfloat (wp_chart_ram_log_step (16, -1, 4), ==, 14);
  g_assert_cmpfloat (wp_chart_ram_log_step (2048, 1, 1), ==, 4096);
  g_assert_cmpfloat (wp_chart_ram_log_step (3000, -1, 1), ==, 2048);
  wp_chart_style_clear (&style);
  cairo_surface_destroy (surface);

  surface = render_log (&input, WP_CHART_AXIS_SCALE_AUTO, WP_CHART_AXIS_SCALE_LOG, 20000, &style,
                        &layout);
  g_assert_cmpfloat (layout.y_ticks.hi, ==, 20000);
  g_assert_cmpfloat (wp_chart_ticks_value (&layout.y_ticks, layout.y_ticks.n - 1), <=, 20000);
  wp_chart_style_clear (&style);
  cairo_surface_destroy (surface);
}

/* The lines' names and the marker's values on log axes, from a slide to a
 * thumbnail: every line named, no two texts over each other, each value's
 * dot on the marker inside the plot. */
static void
test_render_texts (void)
{
  static const int sizes[][2] = { { 1280, 720 }, { 640, 360 }, { 480, 270 } };
  WpLimitsInput input;

  wp_limits_input_init (&input);
  for (gsize i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (int legacy = 0; legacy <= 1; legacy++)
      {
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, sizes[i][0],
                                                               sizes[i][1]);
        cairo_t *cr = cairo_create (surface);
        WpChartRect boxes[WP_CHART_MAX_LINE_LABELS + WP_CHART_DESC_MAX_VALUES];
        WpChartStyle style;
        WpChartLayout layout;
        WpChartData data;
        double marker_x;
        guint n = 0;

        input.socketwrench_legacy = legacy;
        wp_chart_style_init (&style, FALSE);
        style.x_scale = style.y_scale = WP_CHART_AXIS_SCALE_LOG;
        wp_chart_render (cr, sizes[i][0], sizes[i][1], &style, &input, WP_PLATFORMS_SOURCE, &layout);
        wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
        g_test_message ("%d×%d, SocketWrench %d: %u names, %u values", sizes[i][0], sizes[i][1],
                        legacy, layout.n_labels, layout.n_values);
        g_assert_true (layout.parts & WP_CHART_PART_LINE_LABELS);
        g_assert_cmpuint (layout.n_labels, ==, data.n_series + !!data.has_client_ports +
                                               !!data.has_process_cap);
        wp_chart_layout_to_pixel (&layout, data.marker_ram, 0, &marker_x, NULL);
        for (guint l = 0; l < layout.n_labels; l++)
          boxes[n++] = layout.labels[l].box;
        for (guint v = 0; v < layout.n_values; v++)
          {
            g_assert_cmpfloat_with_epsilon (layout.values[v].point_x, marker_x, 1e-6);
            g_assert_true (wp_chart_layout_contains (&layout, layout.values[v].point_x,
                                                     layout.values[v].point_y));
            boxes[n++] = layout.values[v].box;
          }
        for (guint a = 0; a < n; a++)
          for (guint b = a + 1; b < n; b++)
            g_assert_false (wp_test_rects_overlap (&boxes[a], &boxes[b]));
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

  g_test_add_func ("/chart/log/ticks/binary", test_binary_ticks);
  g_test_add_func ("/chart/log/ticks/counts", test_count_ticks);
  g_test_add_func ("/chart/log/axis-kind", test_axis_kind);
  g_test_add_func ("/chart/log/memory-view/axes", test_memory_view_axes);
  g_test_add_func ("/chart/log/render/lines", test_render_lines);
  g_test_add_func ("/chart/log/render/axes", test_render_axes);
  g_test_add_func ("/chart/log/render/texts", test_render_texts);

  return g_test_run ();
}
