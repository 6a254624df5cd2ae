/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PNG encoder of chart exports: lossless, no larger than Cairo's own
 * PNG writer makes of the same image, and a clean failure. */
#include "config.h"

#include <cairo.h>
#include <gio/gio.h>

#include "chart/wp-chart-export.h"
#include "chart/wp-chart-png.h"
#include "chart/wp-chart-memory.h"
#include "chart/wp-chart-style.h"

static cairo_status_t
read_bytes_cb (void          *closure,
               unsigned char *data,
               unsigned int   length)
{
  GInputStream *stream = closure;

  return g_input_stream_read_all (stream, data, length, NULL, NULL, NULL)
         ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR;
}

/* Decodes @png with Cairo (libpng's reader). */
static cairo_surface_t *
decode (GBytes *png)
{
  g_autoptr (GInputStream) stream = g_memory_input_stream_new_from_bytes (png);
  cairo_surface_t *surface = cairo_image_surface_create_from_png_stream (read_bytes_cb, stream);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static cairo_status_t
count_bytes_cb (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

static gsize
cairo_png_size (cairo_surface_t *surface)
{
  gsize size = 0;

  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, count_bytes_cb, &size),
                   ==, CAIRO_STATUS_SUCCESS);
  return size;
}

static cairo_surface_t *
chart_surface (int width,
               int height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  WpLimitsInput input;
  WpChartStyle style;

  wp_limits_input_init (&input);
  wp_chart_style_init (&style, FALSE);
  wp_chart_render (cr, width, height, &style, &input, WP_PLATFORMS_SOURCE, NULL);
  wp_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Red, green and blue each follow their own pattern, so a swapped or
 * shifted channel shows; the alpha byte holds a value PNG must not keep. */
static cairo_surface_t *
pattern_surface (cairo_format_t format)
{
  cairo_surface_t *surface = cairo_image_surface_create (format, 256, 64);
  guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  for (int y = 0; y < 64; y++)
    for (int x = 0; x < 256; x++)
      {
        guint32 red = x, green = (x * 7 + y * 3) & 0xff, blue = (255 - x) ^ y;

        *(guint32 *) (data + y * stride + 4 * x) = 0xffu << 24 | red << 16 | green << 8 | blue;
      }
  cairo_surface_mark_dirty (surface);
  return surface;
}

/* The number of pixels whose red, green or blue differ. */
static guint
count_differences (cairo_surface_t *a,
                   cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  guint differences = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  for (int y = 0; y < height; y++)
    {
      const guint32 *line_a = (const guint32 *) (cairo_image_surface_get_data (a) +
                                                 y * cairo_image_surface_get_stride (a));
      const guint32 *line_b = (const guint32 *) (cairo_image_surface_get_data (b) +
                                                 y * cairo_image_surface_get_stride (b));

      for (int x = 0; x < width; x++)
        differences += (line_a[x] & 0xffffff) != (line_b[x] & 0xffffff);
    }
  return differences;
}

static void
assert_lossless (cairo_surface_t *surface)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) png = wp_chart_png_encode (surface, &error);
  cairo_surface_t *decoded;

  g_assert_no_error (error);
  g_assert_nonnull (png);
  decoded = decode (png);
  g_assert_cmpuint (count_differences (surface, decoded), ==, 0);
  cairo_surface_destroy (decoded);
}

static void
test_lossless (void)
{
  static const int sizes[][2] = { { 1600, 900 }, { 640, 360 }, { 1, 1 } };
  cairo_surface_t *surface;

  for (gsize i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      surface = chart_surface (sizes[i][0], sizes[i][1]);
      assert_lossless (surface);
      cairo_surface_destroy (surface);
    }

  surface = pattern_surface (CAIRO_FORMAT_RGB24);
  assert_lossless (surface);
  cairo_surface_destroy (surface);
  surface = pattern_surface (CAIRO_FORMAT_ARGB32);
  assert_lossless (surface);
  cairo_surface_destroy (surface);
}

/* The exported chart, the program's default 1600×900 and a small one:
 * our file is no larger than cairo_surface_write_to_png()'s of the same
 * pixels. */
static void
test_no_larger_than_cairo (void)
{
  static const guint sizes[][2] = { { 1600, 900 }, { 640, 360 } };

  for (gsize i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) exported = NULL;
      WpLimitsInput input;
      cairo_surface_t *pixels;

      wp_limits_input_init (&input);
      exported = wp_chart_export_bytes (WP_CHART_FORMAT_PNG, sizes[i][0], sizes[i][1], &input,
                                        WP_PLATFORMS_SOURCE, WP_CHART_EXPORT_FOOTNOTE, &error);
      g_assert_no_error (error);
      pixels = decode (exported);
      g_assert_cmpint (cairo_image_surface_get_width (pixels), ==, sizes[i][0]);
      g_test_message ("%u×%u: %" G_GSIZE_FORMAT " bytes, cairo %" G_GSIZE_FORMAT,
                      sizes[i][0], sizes[i][1], g_bytes_get_size (exported),
                      cairo_png_size (pixels));
      g_assert_cmpuint (g_bytes_get_size (exported), <=, cairo_png_size (pixels));
      cairo_surface_destroy (pixels);
    }
}

/* libpng refuses an image 0 pixels wide: its error comes back as a GError,
 * through its longjmp, with everything freed (valgrind, ASan). */
static void
test_error (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 0, 4);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) png = NULL;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  png = wp_chart_png_encode (surface, &error);
  g_assert_null (png);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (g_strstr_len (error->message, -1, "IHDR"));
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/png/lossless", test_lossless);
  g_test_add_func ("/chart/png/no-larger-than-cairo", test_no_larger_than_cairo);
  g_test_add_func ("/chart/png/error", test_error);

  return g_test_run ();
}
