/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wp-test-pixels.h"

/* The colour of the pixel at (@x, @y), which must be on @surface; draw,
 * then cairo_surface_flush() before reading. */
void
wp_test_pixel_at (cairo_surface_t *surface,
                  int              x,
                  int              y,
                  WpChartColor    *out)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  pixel = *(const guint32 *) (data + y * stride + x * 4);
  out->red = (pixel >> 16 & 0xff) / 255.0;
  out->green = (pixel >> 8 & 0xff) / 255.0;
  out->blue = (pixel & 0xff) / 255.0;
  out->alpha = 1.0;
}

/* Whether @a and @b look the same: each channel within 0.1 (alpha aside). */
gboolean
wp_test_color_close (const WpChartColor *a,
                     const WpChartColor *b)
{
  return fabs (a->red - b->red) < 0.1 && fabs (a->green - b->green) < 0.1 &&
         fabs (a->blue - b->blue) < 0.1;
}

/* Whether @color is within a pixel or two of (x, y). */
gboolean
wp_test_color_near (cairo_surface_t    *surface,
                    double              x,
                    double              y,
                    const WpChartColor *color)
{
  for (int dy = -2; dy <= 2; dy++)
    for (int dx = -2; dx <= 2; dx++)
      {
        WpChartColor pixel;

        wp_test_pixel_at (surface, (int) floor (x) + dx, (int) floor (y) + dy, &pixel);
        if (wp_test_color_close (&pixel, color))
          return TRUE;
      }
  return FALSE;
}

/* Whether @a and @b hold the same pixels, byte for byte. */
gboolean
wp_test_same_pixels (cairo_surface_t *a,
                     cairo_surface_t *b)
{
  int height = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);

  g_assert_cmpint (cairo_image_surface_get_width (a), ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (height, ==, cairo_image_surface_get_height (b));
  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (b));
  cairo_surface_flush (a);
  cairo_surface_flush (b);
  return memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                 (gsize) height * stride) == 0;
}

/* Whether @a and @b share any area. */
gboolean
wp_test_rects_overlap (const WpChartRect *a,
                       const WpChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}
