/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Vista and later on the memory view (issue 15): one practical line per
 * distinct curve, at the calculator's figures (the pool ÷ the cost, at
 * most TcpNumConnections'), on log axes from 16 MB to past the last knee;
 * their names at the lines' ends, apart, at a slide's and a thumbnail's
 * size; their values at the marker; the pointer's RAM on the drawn axis. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo.h>

#include "chart/wp-chart-footnote.h"
#include "chart/wp-chart-memory.h"
#include "wp-test-pixels.h"

#define SOME (WP_PLATFORM_BIT (WP_PLATFORM_WIN10_X64) | WP_PLATFORM_BIT (WP_PLATFORM_WIN7_X86) | \
              WP_PLATFORM_BIT (WP_PLATFORM_WINXP))

static const WpChartSeries *
find_series (const WpChartData *data,
             WpPlatform         platform)
{
  for (guint s = 0; s < data->n_series; s++)
    if (data->series[s].platforms & WP_PLATFORM_BIT (platform))
      return &data->series[s];
  return NULL;
}

/* The calculator's sockets at @ram_mb: the pool ÷ the cost. */
static double
sockets_at (WpPlatform           platform,
            const WpLimitsInput *input,
            double               ram_mb)
{
  return wp_limits_nt6_server_sockets (platform, (guint64) ram_mb, input->connection_cost_kb);
}

/* Which versions share a line, its name, the axes' range and scale. */
static void
test_data (void)
{
  WpLimitsInput input;
  WpChartData data;
  WpChartAxis x, y;
  g_autofree char *x86 = NULL;
  g_autofree char *footnote = NULL;

  wp_limits_input_init (&input);
  wp_chart_data_init (&data, &input, WP_PLATFORMS_ALL);
  /* The source's three, and five newer curves: Vista x64 (40 % of RAM up
   * to 128 GB), 7/8.1/10 x86 (75 %, 2 GB), 7 x64 (75 %, 128 GB), 8.1 x64
   * (100 %, 16 TB), 10/11 x64 (100 %, 128 GB); Vista x86 has no pool
   * figure, so no line. */
  g_assert_cmpuint (data.n_series, ==, 8);
  g_assert_null (find_series (&data, WP_PLATFORM_VISTA_X86));
  g_assert_cmpuint (data.not_drawn, ==, WP_PLATFORM_BIT (WP_PLATFORM_VISTA_X86));
  g_assert_true (find_series (&data, WP_PLATFORM_WIN7_X86) ==
                 find_series (&data, WP_PLATFORM_WIN10_X86));
  g_assert_true (find_series (&data, WP_PLATFORM_WIN7_X86) ==
                 find_series (&data, WP_PLATFORM_WIN81_X86));
  g_assert_true (find_series (&data, WP_PLATFORM_WIN7_X64) !=
                 find_series (&data, WP_PLATFORM_WIN10_X64));
  x86 = wp_chart_series_short_name (find_series (&data, WP_PLATFORM_WIN10_X86));
  g_assert_cmpstr (x86, ==, "7, 8.1, 10 x86");
  /* The pool ceilings' document in the footnote. */
  footnote = wp_chart_footnote_for_data (&data);
  g_assert_nonnull (strstr (footnote, "Memory Limits for Windows and Windows Server Releases"));

  /* Each its own colour. */
  for (guint a = 0; a < data.n_series; a++)
    for (guint b = a + 1; b < data.n_series; b++)
      g_assert_cmpuint (data.series[a].color_index, !=, data.series[b].color_index);

  /* 8.1 x64 reaches TcpNumConnections' 16,777,214 at 16,777,214 × 16 KB =
   * 256 GB, before its 16 TB pool ceiling: the RAM axis goes past it, to
   * 512 GB, from the first data RAM; both axes log (automatic). */
  wp_chart_data_axes (&data, &x, &y);
  g_assert_cmpfloat (x.lo, ==, WP_CHART_RAM_DATA_MIN_MB);
  g_assert_cmpfloat (x.hi, ==, 512.0 * 1024);
  g_assert_true (wp_chart_axis_is_log (&x));
  g_assert_true (wp_chart_axis_is_log (&y));
  /* The lowest line is the 9x's MaxConnections 100: the 1-2-5 under it. */
  g_assert_cmpfloat (y.lo, ==, 50);
  /* Linear when asked: from 0 as ever. */
  wp_chart_data_set_scales (&data, WP_CHART_AXIS_SCALE_LINEAR, WP_CHART_AXIS_SCALE_LINEAR);
  wp_chart_data_axes (&data, &x, &y);
  g_assert_false (wp_chart_axis_is_log (&x));
  g_assert_cmpfloat (x.lo, ==, 0);
  g_assert_cmpfloat (y.lo, ==, 0);

  /* 10/11 x64 alone: 100 % of RAM up to 128 GB, so the axis ends at 256 GB. */
  wp_chart_data_init (&data, &input, WP_PLATFORM_BIT (WP_PLATFORM_WIN10_X64));
  g_assert_cmpfloat (data.ram_hi, ==, 256.0 * 1024);
  g_assert_cmpuint (data.series[0].practical.n, ==, 3);
  g_assert_cmpfloat (data.series[0].practical.v[1].x, ==, 128.0 * 1024);
  /* 128 GB ÷ 16 KB */
  g_assert_cmpfloat (data.series[0].practical.v[1].y, ==, 128.0 * 1024 * 1024 / 16);
}

static cairo_surface_t *
render (int            width,
        int            height,
        guint          platforms,
        WpChartStyle  *style,
        WpChartLayout *layout)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  WpLimitsInput input;

  wp_limits_input_init (&input);
  input.ram_mb = 16 * 1024;
  wp_chart_style_init (style, FALSE);
  wp_chart_render (cr, width, height, style, &input, platforms, layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* 10/11 x64 and 7 x86 at the calculator's figure's pixel, on log axes,
 * between their vertices and on their plateaus. */
static void
test_lines (void)
{
  static const WpPlatform platforms[] = { WP_PLATFORM_WIN10_X64, WP_PLATFORM_WIN7_X86 };
  WpLimitsInput input;
  WpChartStyle style;
  WpChartLayout layout;
  cairo_surface_t *surface = render (1280, 720, SOME, &style, &layout);

  wp_limits_input_init (&input);
  g_assert_cmpint (layout.x_ticks.kind, ==, WP_CHART_SCALE_LOG);
  g_assert_cmpint (layout.y_ticks.kind, ==, WP_CHART_SCALE_LOG);
  for (gsize i = 0; i < G_N_ELEMENTS (platforms); i++)
    {
      const WpChartColor *color = &style.series[wp_chart_series_color_index (platforms[i])];
      guint hits = 0, n = 0;

      for (double ram = 24; ram <= 200 * 1024; ram *= 1.7)
        {
          double x, y;

          wp_chart_layout_to_pixel (&layout, ram, sockets_at (platforms[i], &input, ram), &x, &y);
          /* The marker's line at 16 GB covers the line there. */
          if (fabs (ram - 16 * 1024) < 2048)
            continue;
          n++;
          hits += wp_test_color_near (surface, x, y, color);
          g_test_message ("%s %g MB: pixel %.1f, %.1f", wp_platform_info (platforms[i])->id, ram, x, y);
        }
      /* Where another line crosses it, that one may be on top. */
      g_assert_cmpuint (hits, >=, n - 2);
    }
  wp_chart_style_clear (&style);
  cairo_surface_destroy (surface);
}

/* Every line named at its end and every value at the marker, none over
 * another, the newer versions' too, at a slide's and a thumbnail's size;
 * the pointer's RAM from the drawn axis. */
static void
test_texts (void)
{
  static const int sizes[][2] = { { 1600, 900 }, { 640, 360 } };

  for (gsize i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      WpChartRect boxes[WP_CHART_MAX_LINE_LABELS + WP_CHART_DESC_MAX_VALUES];
      WpChartStyle style;
      WpChartLayout layout;
      WpChartData data;
      WpChartDesc desc;
      WpLimitsInput input;
      cairo_surface_t *surface = render (sizes[i][0], sizes[i][1], WP_PLATFORMS_ALL, &style,
                                         &layout);
      guint n = 0, named = 0, values = 0;
      double marker_x, x;

      wp_limits_input_init (&input);
      input.ram_mb = 16 * 1024;
      wp_chart_data_init (&data, &input, WP_PLATFORMS_ALL);
      wp_chart_describe (&desc, &data, FALSE);
      for (guint s = 0; s < desc.n_series; s++)
        if (desc.series[s].label.text != NULL)
          {
            g_test_message ("name: %s", desc.series[s].label.text);
            named += strstr (desc.series[s].label.text, "x64") != NULL ||
                     strstr (desc.series[s].label.text, "x86") != NULL;
          }
      g_assert_cmpuint (named, ==, 5);
      wp_chart_desc_clear (&desc);

      g_test_message ("%d×%d: %u names, %u values", sizes[i][0], sizes[i][1], layout.n_labels,
                      layout.n_values);
      g_assert_true (layout.parts & WP_CHART_PART_LINE_LABELS);
      g_assert_cmpuint (layout.n_labels, ==, data.n_series + !!data.has_client_ports +
                                             !!data.has_process_cap);
      /* Two values per source NT line (practical, theoretical), one per
       * other line. */
      for (guint s = 0; s < data.n_series; s++)
        values += data.series[s].has_pool ? 2 : 1;
      if (layout.parts & WP_CHART_PART_MARKER_VALUES)
        g_assert_cmpuint (layout.n_values, ==, values);
      wp_chart_layout_to_pixel (&layout, data.marker_ram, 0, &marker_x, NULL);
      for (guint l = 0; l < layout.n_labels; l++)
        boxes[n++] = layout.labels[l].box;
      for (guint v = 0; v < layout.n_values; v++)
        {
          g_assert_cmpfloat_with_epsilon (layout.values[v].point_x, marker_x, 1e-6);
          boxes[n++] = layout.values[v].box;
        }
      for (guint a = 0; a < n; a++)
        for (guint b = a + 1; b < n; b++)
          g_assert_false (wp_test_rects_overlap (&boxes[a], &boxes[b]));

      /* The pointer over 64 GB's pixel gives 64 GB, beyond the source's 4. */
      wp_chart_layout_to_pixel (&layout, 64.0 * 1024, 0, &x, NULL);
      g_assert_cmpuint (wp_chart_layout_ram_at (&layout, x), ==, 64 * 1024);
      wp_chart_style_clear (&style);
      cairo_surface_destroy (surface);
    }
}

/* Its values at the marker: the calculator's, at their pixels. */
static void
test_marker_values (void)
{
  WpChartStyle style;
  WpChartLayout layout;
  WpLimitsInput input;
  cairo_surface_t *surface = render (1600, 900, SOME, &style, &layout);
  gboolean found[2] = { FALSE, FALSE };
  static const WpPlatform platforms[] = { WP_PLATFORM_WIN10_X64, WP_PLATFORM_WIN7_X86 };

  wp_limits_input_init (&input);
  g_assert_true (layout.parts & WP_CHART_PART_MARKER_VALUES);
  for (gsize i = 0; i < G_N_ELEMENTS (platforms); i++)
    {
      double y;

      /* 16 GB: 10 x64 16 GB ÷ 16 KB = 1,048,576; 7 x86 2 GB ÷ 16 KB = 131,072. */
      wp_chart_layout_to_pixel (&layout, 16 * 1024, sockets_at (platforms[i], &input, 16 * 1024),
                                NULL, &y);
      for (guint v = 0; v < layout.n_values; v++)
        found[i] |= fabs (layout.values[v].point_y - y) < 0.5;
    }
  g_assert_cmpfloat (sockets_at (WP_PLATFORM_WIN10_X64, &input, 16 * 1024), ==, 1048576);
  g_assert_cmpfloat (sockets_at (WP_PLATFORM_WIN7_X86, &input, 16 * 1024), ==, 131072);
  g_assert_true (found[0]);
  g_assert_true (found[1]);
  wp_chart_style_clear (&style);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/nt6/data", test_data);
  g_test_add_func ("/chart/nt6/render/lines", test_lines);
  g_test_add_func ("/chart/nt6/render/texts", test_texts);
  g_test_add_func ("/chart/nt6/render/marker-values", test_marker_values);

  return g_test_run ();
}
