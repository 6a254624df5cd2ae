/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <string.h>
#include <gio/gio.h>

#include "wp-chart-png.h"

/* Deflate level: 1 to 9.  At 3 a 1600×900 chart deflates in a few
 * milliseconds to about the size libpng makes. */
#define DEFLATE_LEVEL 3
#define FILTER_SUB    1

static guint32 crc_table[256];

static void
crc_table_init (void)
{
  static gsize done = 0;

  if (!g_once_init_enter (&done))
    return;

  for (guint32 n = 0; n < 256; n++)
    {
      guint32 c = n;

      for (int k = 0; k < 8; k++)
        c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
      crc_table[n] = c;
    }
  g_once_init_leave (&done, 1);
}

static guint32
crc_update (guint32       crc,
            const guint8 *data,
            gsize         length)
{
  for (gsize i = 0; i < length; i++)
    crc = crc_table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
  return crc;
}

static void
append_u32 (GByteArray *out,
            guint32     value)
{
  guint8 bytes[4] = { value >> 24, value >> 16, value >> 8, value };

  g_byte_array_append (out, bytes, 4);
}

/* A chunk: length, type, data, CRC of type and data. */
static void
append_chunk (GByteArray   *out,
              const char   *type,
              const guint8 *data,
              gsize         length)
{
  guint32 crc = 0xffffffffu;

  append_u32 (out, (guint32) length);
  g_byte_array_append (out, (const guint8 *) type, 4);
  g_byte_array_append (out, data, (guint) length);
  crc = crc_update (crc, (const guint8 *) type, 4);
  crc = crc_update (crc, data, length);
  append_u32 (out, crc ^ 0xffffffffu);
}

GBytes *
wp_chart_png_encode (cairo_surface_t *surface,
                     GError         **error)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  g_autoptr (GZlibCompressor) compressor = NULL;
  g_autoptr (GOutputStream) memory = NULL;
  g_autoptr (GOutputStream) deflate = NULL;
  g_autofree guint8 *row = NULL;
  GByteArray *out;
  const guint8 *pixels;
  guint8 header[13];
  int width, height, stride;

  g_return_val_if_fail (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE, NULL);
  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24 ||
                        cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32, NULL);

  crc_table_init ();
  cairo_surface_flush (surface);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  pixels = cairo_image_surface_get_data (surface);

  compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, DEFLATE_LEVEL);
  memory = g_memory_output_stream_new_resizable ();
  deflate = g_converter_output_stream_new (memory, G_CONVERTER (compressor));

  /* Each row: the filter byte, then R G B of every pixel minus the pixel to
   * its left (Sub).  Cairo keeps pixels as native-endian 0xAARRGGBB; the
   * surface is opaque, so alpha is dropped. */
  row = g_malloc (1 + 3 * (gsize) width);
  row[0] = FILTER_SUB;
  for (int y = 0; y < height; y++)
    {
      const guint32 *line = (const guint32 *) (pixels + (gsize) y * stride);
      guint8 r0 = 0, g0 = 0, b0 = 0;

      for (int x = 0; x < width; x++)
        {
          guint8 r = line[x] >> 16, g = line[x] >> 8, b = line[x];

          row[1 + 3 * x] = r - r0;
          row[2 + 3 * x] = g - g0;
          row[3 + 3 * x] = b - b0;
          r0 = r;
          g0 = g;
          b0 = b;
        }
      if (!g_output_stream_write_all (deflate, row, 1 + 3 * (gsize) width, NULL, NULL, error))
        return NULL;
    }
  if (!g_output_stream_close (deflate, NULL, error))
    return NULL;

  out = g_byte_array_sized_new (g_memory_output_stream_get_data_size (
                                  G_MEMORY_OUTPUT_STREAM (memory)) + 64);
  g_byte_array_append (out, signature, sizeof signature);

  header[0] = width >> 24;
  header[1] = width >> 16;
  header[2] = width >> 8;
  header[3] = width;
  header[4] = height >> 24;
  header[5] = height >> 16;
  header[6] = height >> 8;
  header[7] = height;
  header[8] = 8;    /* bits per channel */
  header[9] = 2;    /* RGB */
  header[10] = 0;   /* deflate */
  header[11] = 0;   /* adaptive filtering, per row */
  header[12] = 0;   /* not interlaced */
  append_chunk (out, "IHDR", header, sizeof header);
  append_chunk (out, "IDAT",
                g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
                g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)));
  append_chunk (out, "IEND", NULL, 0);

  return g_byte_array_free_to_bytes (out);
}
