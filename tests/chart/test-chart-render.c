/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The renderer, into Cairo image surfaces: each series' colour where its
 * knees and the RAM marker are computed to be, dashes, clipping, extremes. */
#include "config.h"

#include <math.h>
#include <cairo.h>

#include "chart/wp-chart-memory.h"
#include "wp-test-pixels.h"

#define WIDTH  1280
#define HEIGHT 720

typedef struct
{
  cairo_surface_t *surface;
  WpChartStyle     style;
  WpChartLayout    layout;
  WpChartData      data;
  WpLimitsInput    input;
} Fixture;

static void
fixture_render (Fixture *f,
                int      width,
                int      height,
                guint    platforms)
{
  cairo_t *cr;

  g_clear_pointer (&f->surface, cairo_surface_destroy);
  f->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (f->surface);
  wp_chart_render (cr, width, height, &f->style, &f->input, platforms, &f->layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (f->surface);
  wp_chart_data_init (&f->data, &f->input, platforms);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  wp_chart_style_init (&f->style, GPOINTER_TO_INT (user_data));
  wp_limits_input_init (&f->input);
  f->input.ram_mb = 3072;   /* the marker away from every knee */
  fixture_render (f, WIDTH, HEIGHT, WP_PLATFORMS_SOURCE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  g_clear_pointer (&f->surface, cairo_surface_destroy);
  wp_chart_style_clear (&f->style);
}

static const WpChartColor *
series_color (Fixture   *f,
              WpPlatform platform)
{
  return &f->style.series[wp_chart_series_color_index (platform)];
}

static void
assert_color_at (Fixture   *f,
                 WpPlatform platform,
                 double     ram,
                 double     value)
{
  double x, y;

  wp_chart_layout_to_pixel (&f->layout, ram, value, &x, &y);
  g_test_message ("%s at %g MB, %g sockets: pixel %.1f, %.1f",
                  wp_platform_info (platform)->id, ram, value, x, y);
  g_assert_true (wp_chart_layout_contains (&f->layout, x, y));
  g_assert_true (wp_test_color_near (f->surface, x, y, series_color (f, platform)));
}

/* The knees, computed by the geometry, show their series' colour. */
static void
test_knees (Fixture       *f,
            gconstpointer  user_data)
{
  assert_color_at (f, WP_PLATFORM_NT4, 1024, 8000);
  assert_color_at (f, WP_PLATFORM_NT4, 1024, 12000);
  assert_color_at (f, WP_PLATFORM_WIN2000, 2048, 16000);
  assert_color_at (f, WP_PLATFORM_WIN2000, 2048, 25000);

  /* And not just anywhere: the middle of the empty area above the curves
   * holds no series colour. */
  {
    double x, y;

    wp_chart_layout_to_pixel (&f->layout, 512, 20000, &x, &y);
    for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
      g_assert_false (wp_test_color_near (f->surface, x, y, series_color (f, p)));
  }
}

/* The marker at the current RAM carries a dot of each series' colour where
 * the series crosses it. */
static void
test_marker (Fixture       *f,
             gconstpointer  user_data)
{
  double x;

  wp_chart_layout_to_pixel (&f->layout, 3072, 0, &x, NULL);
  g_assert_cmpfloat (f->data.marker_ram, ==, 3072);
  assert_color_at (f, WP_PLATFORM_NT4, 3072, 8000);
  assert_color_at (f, WP_PLATFORM_NT4, 3072, 12000);
  assert_color_at (f, WP_PLATFORM_WINXP, 3072, 16000);
  assert_color_at (f, WP_PLATFORM_WINXP, 3072, 25000);
  assert_color_at (f, WP_PLATFORM_WIN98, 3072, 100);

  /* The marker line itself: foreground-tinted pixels above the curves. */
  {
    double y;
    WpChartColor pixel;

    wp_chart_layout_to_pixel (&f->layout, 3072, 28000, NULL, &y);
    wp_test_pixel_at (f->surface, (int) floor (x), (int) floor (y), &pixel);
    g_assert_false (wp_test_color_close (&pixel, &f->style.background));
  }
}

/* Counts the runs of @color along a row from x0 to x1. */
static guint
count_runs (Fixture            *f,
            double              x0,
            double              x1,
            double              y,
            const WpChartColor *color,
            guint              *out_gaps)
{
  guint runs = 0, gaps = 0;
  gboolean on = FALSE;

  for (int x = (int) ceil (x0); x < (int) floor (x1); x++)
    {
      gboolean hit = FALSE;

      /* The line may straddle two rows. */
      for (int dy = -1; dy <= 1 && !hit; dy++)
        {
          WpChartColor pixel;

          wp_test_pixel_at (f->surface, x, (int) floor (y) + dy, &pixel);
          hit = wp_test_color_close (&pixel, color);
        }
      if (hit && !on)
        runs++;
      if (!hit && on)
        gaps++;
      on = hit;
    }

  if (out_gaps)
    *out_gaps = gaps;
  return runs;
}

static void
test_dashed (Fixture       *f,
             gconstpointer  user_data)
{
  const WpChartColor *color = series_color (f, WP_PLATFORM_WIN2000);
  double x0, x1, y;
  guint runs, gaps;

  /* The theoretical plateau (25,000) between 2.2 and 2.9 GB: dashed. */
  wp_chart_layout_to_pixel (&f->layout, 2200, 25000, &x0, &y);
  wp_chart_layout_to_pixel (&f->layout, 2900, 25000, &x1, NULL);
  runs = count_runs (f, x0, x1, y, color, &gaps);
  g_assert_cmpuint (runs, >=, 4);
  g_assert_cmpuint (gaps, >=, 3);

  /* The practical plateau (16,000): solid. */
  wp_chart_layout_to_pixel (&f->layout, 2200, 16000, &x0, &y);
  runs = count_runs (f, x0, x1, y, color, &gaps);
  g_assert_cmpuint (runs, ==, 1);
  g_assert_cmpuint (gaps, ==, 0);
}

/* Outside the plot area only labels are drawn: no series colour anywhere
 * left of the lines' names and outside the plot (except the marker's dots
 * and value labels, which are inside here). */
static void
test_clipped (Fixture       *f,
              gconstpointer  user_data)
{
  const WpChartRect *plot = &f->layout.plot;
  /* A dot at the marker reaches a third of the body size beyond its
   * value: the 9x line's, at 100, over the x axis. */
  double reach = wp_chart_style_body_size (&f->style, WIDTH, HEIGHT) / 2, marker_x;
  guint hits = 0;

  /* The lines' names sit to the right (the legend did, before them). */
  g_assert_cmpuint (f->layout.n_labels, >, 0);
  for (guint i = 0; i < f->layout.n_labels; i++)
    g_assert_cmpfloat (f->layout.labels[i].box.x, >, plot->x + plot->width + 1);
  wp_chart_layout_to_pixel (&f->layout, f->input.ram_mb, 0, &marker_x, NULL);

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < (int) (plot->x + plot->width + 1); x++)
      {
        WpChartColor pixel;

        if (x >= plot->x - 1 && x <= plot->x + plot->width + 1 &&
            y >= plot->y - 1 && y <= plot->y + plot->height + 1)
          continue;
        if (fabs (x - marker_x) <= reach && y <= plot->y + plot->height + reach)
          continue;

        wp_test_pixel_at (f->surface, x, y, &pixel);
        for (guint c = 0; c < WP_CHART_N_SERIES_COLORS; c++)
          if (wp_test_color_close (&pixel, &f->style.series[c]))
            hits++;
      }

  g_assert_cmpuint (hits, ==, 0);
}

/* Every size renders: tiny, odd, huge. */
static void
test_sizes (void)
{
  static const int sizes[][2] = {
    { 1, 1 }, { 2, 3 }, { 40, 30 }, { 200, 120 }, { 333, 777 }, { 640, 360 },
    { 1920, 1080 }, { 3000, 200 }, { 200, 3000 },
  };
  WpChartStyle style;
  WpLimitsInput input;

  wp_chart_style_init (&style, FALSE);
  wp_limits_input_init (&input);
  input.ram_mb = 16ull * 1024 * 1024;
  input.max_connections = G_MAXUINT32;
  input.socketwrench_legacy = TRUE;

  for (gsize i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[i][0],
                                                             sizes[i][1]);
      cairo_t *cr = cairo_create (surface);
      WpChartLayout layout;

      wp_chart_render (cr, sizes[i][0], sizes[i][1], &style, &input, WP_PLATFORMS_SOURCE, &layout);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpfloat (layout.plot.width, >=, 0);
      g_assert_cmpfloat (layout.plot.x + layout.plot.width, <=, sizes[i][0]);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  /* 10000×10000: an A8 surface (100 MB rather than 400) draws the same
   * paths.  Its text is 10000 / 64 pixels high: the plot keeps most of it. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 10000, 10000);
    cairo_t *cr = cairo_create (surface);
    WpChartLayout layout;

    wp_chart_render (cr, 10000, 10000, &style, &input, WP_PLATFORMS_SOURCE, &layout);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpfloat (layout.plot.width, >, 6000);
    g_assert_cmpfloat (layout.plot.height, >, 6000);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }

  wp_chart_style_clear (&style);
}

/* Whether @inner lies within 0, 0, @width, @height. */
static gboolean
rect_inside (const WpChartRect *inner,
             double             width,
             double             height)
{
  return inner->x >= 0 && inner->y >= 0 &&
         inner->x + inner->width <= width && inner->y + inner->height <= height;
}

static gboolean
rects_overlap (const WpChartRect *a,
               const WpChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* The source's three groups: the palette's first three colours, a few
 * pixels of each inside @plot. */
static void
assert_series_drawn (Fixture           *f,
                     const WpChartRect *plot)
{
  for (guint c = 0; c < f->data.n_series; c++)
    {
      guint hits = 0;

      for (int y = (int) plot->y; y < (int) (plot->y + plot->height); y++)
        for (int x = (int) plot->x; x < (int) (plot->x + plot->width); x++)
          {
            WpChartColor pixel;

            wp_test_pixel_at (f->surface, x, y, &pixel);
            hits += wp_test_color_close (&pixel, &f->style.series[c]);
          }
      g_test_message ("  series colour %u: %u pixels", c, hits);
      g_assert_cmpuint (hits, >=, 3);
    }
}

/* Nothing runs off the surface: its edge is background all round. */
static void
assert_edge_clear (Fixture *f,
                   int      width,
                   int      height)
{
  for (int e = 0; e < 2 * (width + height); e++)
    {
      WpChartColor pixel;
      int x = e < width ? e : e < 2 * width ? e - width : e < 2 * width + height ? 0 : width - 1;
      int y = e < width ? 0 : e < 2 * width ? height - 1 : e < 2 * width + height
              ? e - 2 * width : e - 2 * width - height;

      wp_test_pixel_at (f->surface, x, y, &pixel);
      if (!wp_test_color_close (&pixel, &f->style.background))
        g_error ("%d×%d: ink at the edge, %d, %d", width, height, x, y);
    }
}

/* From the smallest surface to a large one, the chart shows its plot with
 * every series; what does not fit goes whole, in a fixed order (title,
 * legend, axis titles, tick labels), never cut at the surface's edge, and
 * the legend stays inside the surface, off the plot. */
static void
test_small_sizes (void)
{
  static const struct
  {
    int          width;
    int          height;
    WpChartParts at_least;   /* what there must be room for */
  } sizes[] = {
    { 24, 16, 0 },
    { 100, 60, 0 },
    { 200, 120, 0 },
    { 320, 200, WP_CHART_PART_TICK_LABELS },
    { 480, 300, WP_CHART_PART_TICK_LABELS | WP_CHART_PART_AXIS_TITLES },
    { 640, 400, WP_CHART_PART_TICK_LABELS | WP_CHART_PART_AXIS_TITLES | WP_CHART_PART_LEGEND },
    { 900, 560, WP_CHART_PART_TICK_LABELS | WP_CHART_PART_AXIS_TITLES | WP_CHART_PART_LEGEND |
                WP_CHART_PART_TITLE | WP_CHART_PART_MARKER_VALUES },
    { 1280, 720, WP_CHART_PART_TICK_LABELS | WP_CHART_PART_AXIS_TITLES | WP_CHART_PART_LEGEND |
                 WP_CHART_PART_TITLE | WP_CHART_PART_MARKER_VALUES },
    { 1600, 900, WP_CHART_PART_TICK_LABELS | WP_CHART_PART_AXIS_TITLES | WP_CHART_PART_LEGEND |
                 WP_CHART_PART_TITLE | WP_CHART_PART_MARKER_VALUES },
    { 333, 777, WP_CHART_PART_TICK_LABELS | WP_CHART_PART_AXIS_TITLES | WP_CHART_PART_LEGEND },
    { 1400, 200, WP_CHART_PART_TICK_LABELS },
  };
  /* Each part goes only after those before it here have gone. */
  static const WpChartParts order[] = {
    WP_CHART_PART_TITLE, WP_CHART_PART_LEGEND, WP_CHART_PART_AXIS_TITLES,
    WP_CHART_PART_TICK_LABELS,
  };
  Fixture f = { 0 };

  wp_chart_style_init (&f.style, FALSE);
  wp_limits_input_init (&f.input);
  f.input.socketwrench_legacy = TRUE;   /* the longest legend */

  for (gsize i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int width = sizes[i].width, height = sizes[i].height;
      const WpChartLayout *layout = &f.layout;
      const WpChartRect *plot = &f.layout.plot;

      fixture_render (&f, width, height, WP_PLATFORMS_SOURCE);
      g_test_message ("%d×%d: parts 0x%x, plot %g,%g %g×%g, legend %g,%g %g×%g", width, height,
                      layout->parts, plot->x, plot->y, plot->width, plot->height,
                      layout->legend.x, layout->legend.y, layout->legend.width,
                      layout->legend.height);

      g_assert_cmpint (layout->parts & sizes[i].at_least, ==, sizes[i].at_least);
      for (gsize o = 0; o < G_N_ELEMENTS (order); o++)
        if (layout->parts & order[o])
          for (gsize later = o + 1; later < G_N_ELEMENTS (order); later++)
            g_assert_true (layout->parts & order[later]);

      /* The y axis ends not far above the highest figure. */
      if (plot->height >= 50)
        g_assert_cmpfloat (layout->y_ticks.hi, <, 1.5 * f.data.value_hi);

      /* The plot, inside the surface, with a line of each series in it. */
      g_assert_cmpfloat (plot->width, >=, 1);
      g_assert_cmpfloat (plot->height, >=, 1);
      g_assert_true (rect_inside (plot, width, height));
      assert_series_drawn (&f, plot);
      if (layout->parts & WP_CHART_PART_LEGEND)
        {
          g_assert_cmpfloat (layout->legend.width, >, 0);
          g_assert_cmpfloat (layout->legend.height, >, 0);
          g_assert_true (rect_inside (&layout->legend, width, height));
          g_assert_false (rects_overlap (&layout->legend, plot));
        }

      if (layout->parts & WP_CHART_PART_TICK_LABELS)
        assert_edge_clear (&f, width, height);
    }

  g_clear_pointer (&f.surface, cairo_surface_destroy);
  wp_chart_style_clear (&f.style);
}

/* The dark style paints its own background and keeps the series visible. */
static void
test_dark (Fixture       *f,
           gconstpointer  user_data)
{
  WpChartColor pixel;

  wp_test_pixel_at (f->surface, 1, 1, &pixel);
  g_assert_true (wp_test_color_close (&pixel, &f->style.background));
  g_assert_cmpfloat (f->style.background.red, <, 0.3);
  assert_color_at (f, WP_PLATFORM_WIN2000, 2048, 16000);
}

/* With nothing visible: axes and no series colour at all. */
static void
test_empty (Fixture       *f,
            gconstpointer  user_data)
{
  fixture_render (f, 640, 400, 0);
  for (int y = 0; y < 400; y++)
    for (int x = 0; x < 640; x++)
      {
        WpChartColor pixel;

        wp_test_pixel_at (f->surface, x, y, &pixel);
        for (guint c = 0; c < WP_CHART_N_SERIES_COLORS; c++)
          g_assert_false (wp_test_color_close (&pixel, &f->style.series[c]));
      }
}

/* At scale 2 (HiDPI) grid lines cover whole device pixels: one row of the
 * grid colour, no half-tone row beside it. */
static void
test_crisp_hidpi (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1280, 720);
  cairo_t *cr;
  WpChartStyle style;
  WpLimitsInput input;
  WpChartLayout layout;
  const guint8 *data;
  int stride, x, shades = 0;

  cairo_surface_set_device_scale (surface, 2, 2);
  cr = cairo_create (surface);
  wp_chart_style_init (&style, FALSE);
  wp_limits_input_init (&input);
  wp_chart_render (cr, 640, 360, &style, &input, 0, &layout);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* A column inside the plot, away from the vertical grid lines, crosses
   * the horizontal grid lines: each is exactly 2 device rows of one shade. */
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  x = (int) (2 * (layout.plot.x + layout.plot.width * 0.12));
  for (int y = (int) (2 * layout.plot.y) + 4; y < (int) (2 * (layout.plot.y + layout.plot.height)) - 4; y++)
    {
      guint32 pixel = *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;

      if (pixel != 0xffffff)
        {
          guint32 below = *(const guint32 *) (data + (y + 1) * stride + x * 4) & 0xffffff;
          guint32 after = *(const guint32 *) (data + (y + 2) * stride + x * 4) & 0xffffff;

          g_assert_cmphex (below, ==, pixel);
          g_assert_cmphex (after, ==, 0xffffff);
          shades++;
          y += 2;
        }
    }
  g_assert_cmpint (shades, >=, 2);

  wp_chart_style_clear (&style);
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, dark) \
  g_test_add (path, Fixture, GINT_TO_POINTER (dark), fixture_set_up, func, fixture_tear_down)
  ADD ("/chart/render/knees", test_knees, FALSE);
  ADD ("/chart/render/knees-dark", test_knees, TRUE);
  ADD ("/chart/render/marker", test_marker, FALSE);
  ADD ("/chart/render/dashed", test_dashed, FALSE);
  ADD ("/chart/render/clipped", test_clipped, FALSE);
  ADD ("/chart/render/dark", test_dark, TRUE);
  ADD ("/chart/render/empty", test_empty, FALSE);
#undef ADD
  g_test_add_func ("/chart/render/sizes", test_sizes);
  g_test_add_func ("/chart/render/small-sizes", test_small_sizes);
  g_test_add_func ("/chart/render/crisp-hidpi", test_crisp_hidpi);

  return g_test_run ();
}
