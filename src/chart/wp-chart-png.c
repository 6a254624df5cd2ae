/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <errno.h>
#include <png.h>
#include <zlib.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "wp-chart-png.h"

/* No filter, zlib level 5 with memLevel 6, measured on the 1600×900 and
 * 640×360 charts (README, Performance): a chart is flat colour and
 * antialiased edges, which deflate finds as repeats of whole pixels; the
 * prediction filters only blur them.  Levels 4 and up match lazily, which
 * is what brings the file under cairo_surface_write_to_png()'s; the
 * smaller hash of memLevel 6 (zlib's default is 8) is both faster and, on
 * these images, smaller. */
#define PNG_LEVEL     5
#define PNG_MEM_LEVEL 6

typedef struct
{
  GByteArray *out;
  char       *message;   /* libpng's error, when it stops */
} Writer;

static void
write_cb (png_structp png,
          png_bytep   data,
          size_t      length)
{
  Writer *writer = png_get_io_ptr (png);

  g_byte_array_append (writer->out, data, (guint) length);
}

static void
flush_cb (png_structp png)
{
}

static void
error_cb (png_structp     png,
          png_const_charp message)
{
  Writer *writer = png_get_error_ptr (png);

  writer->message = g_strdup (message);
  png_longjmp (png, 1);
}

static void
warning_cb (png_structp     png,
            png_const_charp message)
{
  g_debug ("libpng: %s", message);
}

/* Everything libpng may leave by longjmp is in here: nothing it changes
 * lives in this frame, and @png and @info are freed by the caller. */
static gboolean
write_png (png_structp      png,
           png_infop        info,
           cairo_surface_t *surface)
{
  const guint8 *pixels = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  if (setjmp (png_jmpbuf (png)))
    return FALSE;

  png_set_IHDR (png, info,
                (png_uint_32) cairo_image_surface_get_width (surface),
                (png_uint_32) cairo_image_surface_get_height (surface),
                8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_compression_level (png, PNG_LEVEL);
  png_set_compression_mem_level (png, PNG_MEM_LEVEL);
  png_set_compression_strategy (png, Z_DEFAULT_STRATEGY);
  png_write_info (png, info);

  /* Cairo keeps a pixel as a native-endian 0xXXRRGGBB word; the surface is
   * opaque, so libpng drops the X byte and writes R G B. */
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  png_set_filler (png, 0, PNG_FILLER_AFTER);
  png_set_bgr (png);
#else
  png_set_filler (png, 0, PNG_FILLER_BEFORE);
#endif

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    png_write_row (png, pixels + (gsize) y * stride);
  png_write_end (png, info);
  return TRUE;
}

GBytes *
wp_chart_png_encode (cairo_surface_t *surface,
                     GError         **error)
{
  Writer writer = { NULL, NULL };
  png_structp png;
  png_infop info = NULL;
  gboolean written = FALSE;

  g_return_val_if_fail (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE, NULL);
  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24 ||
                        cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32, NULL);

  cairo_surface_flush (surface);
  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, &writer, error_cb, warning_cb);
  if (png != NULL)
    info = png_create_info_struct (png);
  if (info != NULL)
    {
      writer.out = g_byte_array_new ();
      png_set_write_fn (png, &writer, write_cb, flush_cb);
      written = write_png (png, info, surface);
    }
  png_destroy_write_struct (&png, &info);

  if (!written)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not encode the chart as PNG: %s"),
                   writer.message != NULL ? writer.message : g_strerror (ENOMEM));
      g_free (writer.message);
      if (writer.out != NULL)
        g_byte_array_unref (writer.out);
      return NULL;
    }
  return g_byte_array_free_to_bytes (writer.out);
}
