/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <string.h>
#include <sys/mman.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "util/wp-file.h"
#include "wp-chart-compare.h"
#include "wp-chart-export.h"
#include "wp-chart-footnote.h"
#include "wp-chart-png.h"
#include "wp-chart-memory.h"
#include "wp-chart-style.h"

/* A file is drawn as a 1280×720 chart would be, scaled up when larger, so
 * that lines keep their proportion to the picture (text grows with any
 * chart's height: wp_chart_style_body_size()). */
#define REFERENCE_WIDTH  1280.0
#define REFERENCE_HEIGHT 720.0
/* PDF pages are measured in points: a pixel is 1/96 in, a point 1/72 in. */
#define POINTS_PER_PIXEL 0.75

static const struct
{
  const char   *extension;
  WpChartFormat format;
} formats[] = {
  { ".png", WP_CHART_FORMAT_PNG },
  { ".svg", WP_CHART_FORMAT_SVG },
  { ".pdf", WP_CHART_FORMAT_PDF },
};

static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_user_data_key_t mapping_key;

typedef struct
{
  void  *data;
  size_t length;
} Mapping;

static void
mapping_free (void *user_data)
{
  Mapping *mapping = user_data;

  munmap (mapping->data, mapping->length);
  g_free (mapping);
}

/* An opaque image surface whose pages the kernel has all put in place in
 * one call.  Cairo's own would take a page fault at the first touch of
 * each of its 4 KiB pages: 1,400 for 1600×900, a sixth of the whole
 * export's time on a virtual machine. */
static cairo_surface_t *
image_surface_new_prefaulted (int width,
                              int height)
{
#ifdef MAP_POPULATE
  int stride = cairo_format_stride_for_width (CAIRO_FORMAT_RGB24, width);
  Mapping *mapping;
  cairo_surface_t *surface;

  if (stride > 0)
    {
      mapping = g_new (Mapping, 1);
      mapping->length = (size_t) stride * (size_t) height;
      mapping->data = mmap (NULL, mapping->length, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
      if (mapping->data != MAP_FAILED)
        {
          surface = cairo_image_surface_create_for_data (mapping->data, CAIRO_FORMAT_RGB24, width,
                                                         height, stride);
          if (cairo_surface_set_user_data (surface, &mapping_key, mapping, mapping_free) ==
              CAIRO_STATUS_SUCCESS)
            return surface;
          cairo_surface_destroy (surface);
          munmap (mapping->data, mapping->length);
        }
      g_free (mapping);
    }
#endif
  return cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
}

static void
render_to_surface (cairo_surface_t            *surface,
                   double                      device_per_pixel,
                   const WpChartExportOptions *options,
                   const WpLimitsInput        *input,
                   guint                       platforms)
{
  double width = options->width, height = options->height;
  double scale = MAX (1.0, MIN (width / REFERENCE_WIDTH, height / REFERENCE_HEIGHT));
  cairo_t *cr = cairo_create (surface);
  WpChartStyle style;

  wp_chart_style_init (&style, (options->flags & WP_CHART_EXPORT_DARK) != 0);
  style.show_footnote = (options->flags & WP_CHART_EXPORT_FOOTNOTE) != 0;
  style.text_scale = options->text_scale;
  style.x_scale = options->x_scale;
  style.y_scale = options->y_scale;
  style.view = options->view;
  style.measured = options->measured;
  cairo_scale (cr, device_per_pixel * scale, device_per_pixel * scale);
  if (options->n_compare > 0)
    wp_chart_compare_render (cr, width / scale, height / scale, &style, options->compare,
                             options->n_compare, NULL);
  else
    wp_chart_render (cr, width / scale, height / scale, &style, input, platforms, NULL);
  wp_chart_style_clear (&style);
  cairo_destroy (cr);
}

/* The compared scenarios' names, for the SVG's description. */
static char *
compare_names (const WpChartExportOptions *options)
{
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < options->n_compare; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", options->compare[i].name);
  return g_string_free (names, FALSE);
}

/* Cairo draws text as glyph outlines: a <title> and a <desc> carry it as
 * text, for search, screen readers and tests.  Takes @svg. */
static GBytes *
svg_with_text (GByteArray                 *svg,
               const WpChartExportOptions *options,
               const WpLimitsInput        *input,
               guint                       platforms,
               WpChartExportFlags          flags)
{
  g_autofree char *title = options->n_compare > 0 ? wp_chart_compare_title ()
                                                  : wp_chart_title ();
  g_autofree char *subtitle = options->n_compare > 0 ? compare_names (options)
                                                     : wp_chart_subtitle (input, platforms);
  g_autofree char *footnote = NULL;
  g_autofree char *text = NULL;
  GString *out;
  const char *start, *end;

  g_byte_array_append (svg, (const guint8 *) "", 1);   /* a terminating NUL */
  start = strstr ((const char *) svg->data, "<svg");
  end = start ? strchr (start, '>') : NULL;
  g_byte_array_set_size (svg, svg->len - 1);
  if (end == NULL)
    return g_byte_array_free_to_bytes (svg);

  if (flags & WP_CHART_EXPORT_FOOTNOTE)
    footnote = wp_chart_footnote (input, platforms);
  text = g_markup_printf_escaped ("\n<title>%s</title>\n<desc>%s / %s. %s%s%s</desc>",
                                  title, wp_chart_x_axis_title (), wp_chart_y_axis_title (),
                                  subtitle, footnote ? ". " : "", footnote ? footnote : "");
  out = g_string_new_len ((const char *) svg->data, end + 1 - (const char *) svg->data);
  g_string_append (out, text);
  g_string_append_len (out, end + 1, svg->len - (end + 1 - (const char *) svg->data));
  g_byte_array_unref (svg);
  return g_string_free_to_bytes (out);
}

/* A one-page PDF of @width × @height points written into @bytes, with
 * @title and the program as its creator: the chart's export, the report. */
cairo_surface_t *
wp_chart_pdf_surface_new (GByteArray *bytes,
                          double      width,
                          double      height,
                          const char *title)
{
  cairo_surface_t *surface;

  surface = cairo_pdf_surface_create_for_stream (append_bytes_cb, bytes, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Winsock Planner");
  return surface;
}

static GError *
cairo_error (cairo_status_t status)
{
  return g_error_new (G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the chart: %s"),
                      cairo_status_to_string (status));
}

gboolean
wp_chart_format_from_name (const char    *name,
                           WpChartFormat *out_format)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      gsize len = strlen (name), ext = strlen (formats[i].extension);

      if (len > ext && g_ascii_strcasecmp (name + len - ext, formats[i].extension) == 0)
        {
          if (out_format)
            *out_format = formats[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

/* 1600×900 with the source footnote, light, text at its designed size. */
void
wp_chart_export_options_init (WpChartExportOptions *options)
{
  g_return_if_fail (options != NULL);

  options->width = WP_EXPORT_WIDTH_DEFAULT;
  options->height = WP_EXPORT_HEIGHT_DEFAULT;
  options->flags = WP_CHART_EXPORT_FOOTNOTE;
  options->text_scale = 1.0;
  /* Every field set: an export of default options reads no stack garbage
   * (valgrind's memcheck in CI). */
  options->x_scale = WP_CHART_AXIS_SCALE_AUTO;
  options->y_scale = WP_CHART_AXIS_SCALE_AUTO;
  options->view = WP_CHART_VIEW_MEMORY;
  options->compare = NULL;
  options->n_compare = 0;
  options->measured = (WpChartMeasured) { FALSE, 0, FALSE, 0, FALSE, 0 };
}

static void
options_from_flags (WpChartExportOptions *options,
                    guint                 width,
                    guint                 height,
                    WpChartExportFlags    flags)
{
  wp_chart_export_options_init (options);
  options->width = width;
  options->height = height;
  options->flags = flags;
}

/* The file's contents, rendered in memory. */
GBytes *
wp_chart_export_bytes (WpChartFormat        format,
                       guint                width,
                       guint                height,
                       const WpLimitsInput *input,
                       guint                platforms,
                       WpChartExportFlags   flags,
                       GError             **error)
{
  WpChartExportOptions options;

  options_from_flags (&options, width, height, flags);
  return wp_chart_export_bytes_with_options (format, &options, input, platforms, error);
}

/* The options' text size, scenarios and size within their ranges, or
 * the error that says which is not. */
static gboolean
check_options (const WpChartExportOptions *options,
               GError                    **error)
{
  guint width = options->width, height = options->height;

  if (!(options->text_scale >= WP_CHART_TEXT_SCALE_MIN &&
        options->text_scale <= WP_CHART_TEXT_SCALE_MAX))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The text size %g is out of range: it must be %g to %g"),
                   options->text_scale, WP_CHART_TEXT_SCALE_MIN, WP_CHART_TEXT_SCALE_MAX);
      return FALSE;
    }

  if (options->n_compare > WP_COMPARE_MAX || (options->n_compare > 0 && options->compare == NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("At most %u scenarios can be compared"), WP_COMPARE_MAX);
      return FALSE;
    }

  if (width < 1 || height < 1 || width > WP_EXPORT_SIDE_MAX || height > WP_EXPORT_SIDE_MAX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The chart size %u×%u is out of range: each side must be 1 to %u pixels"),
                   width, height, WP_EXPORT_SIDE_MAX);
      return FALSE;
    }
  return TRUE;
}

GBytes *
wp_chart_export_bytes_with_options (WpChartFormat               format,
                                    const WpChartExportOptions *options,
                                    const WpLimitsInput        *input,
                                    guint                       platforms,
                                    GError                    **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  guint width, height;
  WpChartExportFlags flags;
  cairo_surface_t *surface;
  cairo_status_t status;

  g_return_val_if_fail (options != NULL && input != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  width = options->width;
  height = options->height;
  flags = options->flags;
  if (!check_options (options, error))
    return NULL;

  switch (format)
    {
    case WP_CHART_FORMAT_PNG:
      /* Opaque, and encoded as RGB. */
      surface = image_surface_new_prefaulted ((int) width, (int) height);
      render_to_surface (surface, 1.0, options, input, platforms);
      status = cairo_surface_status (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        {
          GBytes *png = wp_chart_png_encode (surface, error);

          cairo_surface_destroy (surface);
          return png;
        }
      break;
    case WP_CHART_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_bytes_cb, bytes, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      render_to_surface (surface, 1.0, options, input, platforms);
      break;
    case WP_CHART_FORMAT_PDF:
      {
        g_autofree char *title = options->n_compare > 0 ? wp_chart_compare_title ()
                                                        : wp_chart_title ();

        surface = wp_chart_pdf_surface_new (bytes, width * POINTS_PER_PIXEL,
                                            height * POINTS_PER_PIXEL, title);
        render_to_surface (surface, POINTS_PER_PIXEL, options, input, platforms);
      }
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_propagate_error (error, cairo_error (status));
      return NULL;
    }

  if (format == WP_CHART_FORMAT_SVG)
    return svg_with_text (g_steal_pointer (&bytes), options, input, platforms, flags);

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

gboolean
wp_chart_export_file (GFile               *file,
                      guint                width,
                      guint                height,
                      const WpLimitsInput *input,
                      guint                platforms,
                      WpChartExportFlags   flags,
                      GError             **error)
{
  WpChartExportOptions options;

  options_from_flags (&options, width, height, flags);
  return wp_chart_export_file_with_options (file, &options, input, platforms, error);
}

/* Renders in memory, then writes all or nothing (wp_file_replace_contents()):
 * an existing file survives any failure. */
gboolean
wp_chart_export_file_with_options (GFile                      *file,
                                   const WpChartExportOptions *options,
                                   const WpLimitsInput        *input,
                                   guint                       platforms,
                                   GError                    **error)
{
  g_autofree char *name = NULL;
  g_autoptr (GBytes) bytes = NULL;
  WpChartFormat format;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_file_get_basename (file);
  if (name == NULL || !wp_chart_format_from_name (name, &format))
    {
      g_autofree char *display = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot tell the image type of “%s”: the name must end in .png, .svg or .pdf"),
                   display);
      return FALSE;
    }

  bytes = wp_chart_export_bytes_with_options (format, options, input, platforms, error);
  if (bytes == NULL)
    return FALSE;

  return wp_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   error);
}
