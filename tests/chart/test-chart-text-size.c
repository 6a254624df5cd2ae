/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text grows with the chart (issue 14, defect 7): the body size is a share
 * of the chart's height (wp-chart-metrics.c, body_per_height), never below
 * the style's font, times the user's text size; files follow the same
 * rule, light or dark.  Measured in pixels: the ink of the x tick labels,
 * and of an exported chart's title. */
#include "config.h"

#include <math.h>
#include <cairo.h>

#include "chart/wp-chart-export.h"
#include "chart/wp-chart-memory.h"
#include "wp-test-pixels.h"

/* NT 4.0 and 2000 only: no 9x line at 100, whose dot at the marker would
 * reach under the x axis. */
#define PLATFORMS (WP_PLATFORM_BIT (WP_PLATFORM_NT4) | WP_PLATFORM_BIT (WP_PLATFORM_WIN2000))

static gboolean
row_has_ink (cairo_surface_t    *surface,
             int                 y,
             int                 x0,
             int                 x1,
             const WpChartColor *background)
{
  for (int x = x0; x < x1; x++)
    {
      WpChartColor pixel;

      wp_test_pixel_at (surface, x, y, &pixel);
      if (!wp_test_color_close (&pixel, background))
        return TRUE;
    }
  return FALSE;
}

/* The height of the @nth run of rows with ink from @top down, between
 * @x0 and @x1; 0 when there is none. */
static int
ink_band (cairo_surface_t    *surface,
          int                 top,
          int                 x0,
          int                 x1,
          guint               nth,
          const WpChartColor *background)
{
  int height = cairo_image_surface_get_height (surface), y = top;

  for (guint band = 0; y < height; band++)
    {
      int start;

      while (y < height && !row_has_ink (surface, y, x0, x1, background))
        y++;
      start = y;
      while (y < height && row_has_ink (surface, y, x0, x1, background))
        y++;
      if (band == nth)
        return y - start;
    }
  return 0;
}

/* The ink height of the x tick labels: under the axis line the tick marks,
 * a gap, then the labels. */
static int
tick_label_height (int                 width,
                   int                 height,
                   const WpChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  WpChartLayout layout;
  WpLimitsInput input;
  const WpChartRect *plot = &layout.plot;
  int ink;

  wp_limits_input_init (&input);
  wp_chart_render (cr, width, height, style, &input, PLATFORMS, &layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_true (layout.parts & WP_CHART_PART_TICK_LABELS);
  ink = ink_band (surface, (int) ceil (plot->y + plot->height) + 1, (int) plot->x,
                  (int) (plot->x + plot->width), 1, &style->background);
  g_test_message ("%d×%d: tick labels %d pixels high (body %g)", width, height, ink,
                  wp_chart_style_body_size (style, width, height));
  cairo_surface_destroy (surface);
  return ink;
}

/* 640×360 to 3840×2160: larger each time; above the least size, in
 * proportion to the height; never below the style's font, even at 320×180. */
static void
test_grows (void)
{
  WpChartStyle style, fixed;
  int least, tiny, small, medium, large;

  wp_chart_style_init (&style, FALSE);
  wp_chart_style_init (&fixed, FALSE);
  fixed.text_grows = FALSE;

  least = tick_label_height (640, 360, &fixed);
  tiny = tick_label_height (320, 180, &style);
  small = tick_label_height (640, 360, &style);
  medium = tick_label_height (1600, 900, &style);
  large = tick_label_height (3840, 2160, &style);

  g_assert_cmpint (least, >, 0);
  g_assert_cmpint (tiny, >=, least);
  g_assert_cmpint (small, >=, least);
  g_assert_cmpint (small, <, medium);
  g_assert_cmpint (medium, <, large);
  /* 900 / 40 and 2160 / 40 are both above Sans 10's 13.3 pixels: the ink
   * grows as the heights, 2.4 times, within a pixel or two of rounding. */
  g_assert_cmpfloat (fabs ((double) large / medium - 2160.0 / 900.0), <, 0.2);

  wp_chart_style_clear (&fixed);
  wp_chart_style_clear (&style);
}

/* The user's text size multiplies the body size; the style's font (the
 * widget's, enlarged for presentation) is the least size. */
static void
test_scale_and_least (void)
{
  WpChartStyle style, large_font;
  int normal, larger, presented;

  wp_chart_style_init (&style, FALSE);
  normal = tick_label_height (1600, 900, &style);
  style.text_scale = 1.5;
  larger = tick_label_height (1600, 900, &style);
  g_assert_cmpfloat (fabs ((double) larger / normal - 1.5), <, 0.15);

  /* 36 pixels, more than 900 / 40 = 22.5: the font wins. */
  wp_chart_style_init (&large_font, FALSE);
  pango_font_description_set_absolute_size (large_font.font, 36 * PANGO_SCALE);
  presented = tick_label_height (1600, 900, &large_font);
  g_assert_cmpfloat (fabs ((double) presented / normal - 36 / 22.5), <, 0.15);

  wp_chart_style_clear (&large_font);
  wp_chart_style_clear (&style);
}

static cairo_status_t
read_bytes_cb (void          *closure,
               unsigned char *data,
               unsigned int   length)
{
  GInputStream *in = closure;

  return g_input_stream_read_all (in, data, length, NULL, NULL, NULL) ? CAIRO_STATUS_SUCCESS
                                                                       : CAIRO_STATUS_READ_ERROR;
}

static cairo_surface_t *
export_png (guint              width,
            guint              height,
            WpChartExportFlags flags,
            double             text_scale)
{
  WpChartExportOptions options;
  WpLimitsInput input;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) png = NULL;
  g_autoptr (GInputStream) in = NULL;
  cairo_surface_t *surface;

  wp_chart_export_options_init (&options);
  options.width = width;
  options.height = height;
  options.flags = flags;
  options.text_scale = text_scale;
  wp_limits_input_init (&input);
  png = wp_chart_export_bytes_with_options (WP_CHART_FORMAT_PNG, &options, &input, PLATFORMS,
                                            &error);
  g_assert_no_error (error);
  in = g_memory_input_stream_new_from_bytes (png);
  surface = cairo_image_surface_create_from_png_stream (read_bytes_cb, in);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
  return surface;
}

/* An exported chart's title: the first ink from the top, in proportion to
 * the height; larger with a larger text size; dark on request. */
static void
test_export (void)
{
  static const guint heights[] = { 720, 1080, 2160 };
  WpChartStyle light, dark;
  int title[G_N_ELEMENTS (heights)], scaled;
  cairo_surface_t *surface;
  WpChartColor pixel;

  wp_chart_style_init (&light, FALSE);
  wp_chart_style_init (&dark, TRUE);

  for (gsize i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      surface = export_png (heights[i] * 16 / 9, heights[i], WP_CHART_EXPORT_FOOTNOTE, 1.0);
      title[i] = ink_band (surface, 0, 0, heights[i] * 16 / 9 / 2, 0, &light.background);
      g_test_message ("%u: title %d pixels high", heights[i], title[i]);
      cairo_surface_destroy (surface);
      g_assert_cmpint (title[i], >, 0);
      if (i > 0)
        g_assert_cmpfloat (fabs ((double) title[i] / title[i - 1] -
                                 (double) heights[i] / heights[i - 1]), <, 0.2);
    }

  surface = export_png (1920, 1080, WP_CHART_EXPORT_FOOTNOTE, 1.25);
  scaled = ink_band (surface, 0, 0, 960, 0, &light.background);
  g_assert_cmpfloat (fabs ((double) scaled / title[1] - 1.25), <, 0.1);
  cairo_surface_destroy (surface);

  /* Dark: its background and light text, as the renderer's dark style. */
  surface = export_png (1920, 1080, WP_CHART_EXPORT_FOOTNOTE | WP_CHART_EXPORT_DARK, 1.0);
  wp_test_pixel_at (surface, 2, 2, &pixel);
  g_assert_true (wp_test_color_close (&pixel, &dark.background));
  g_assert_cmpint (ink_band (surface, 0, 0, 960, 0, &dark.background), ==, title[1]);
  cairo_surface_destroy (surface);

  wp_chart_style_clear (&dark);
  wp_chart_style_clear (&light);
}

/* A text size outside 0.5 to 3: an error, no bytes. */
static void
test_export_range (void)
{
  static const double bad[] = { 0.0, 0.49, 3.01, -1.0, NAN, INFINITY };
  WpChartExportOptions options;
  WpLimitsInput input;

  wp_limits_input_init (&input);
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) bytes = NULL;

      wp_chart_export_options_init (&options);
      options.text_scale = bad[i];
      bytes = wp_chart_export_bytes_with_options (WP_CHART_FORMAT_SVG, &options, &input,
                                                  PLATFORMS, &error);
      g_assert_null (bytes);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/text/grows", test_grows);
  g_test_add_func ("/chart/text/scale-and-least", test_scale_and_least);
  g_test_add_func ("/chart/text/export", test_export);
  g_test_add_func ("/chart/text/export-range", test_export_range);

  return g_test_run ();
}
