/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The report as a one-page PDF, in memory, then written all or nothing. */
#define G_LOG_DOMAIN "wp-page"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "chart/wp-chart-export.h"
#include "chart/wp-chart-style.h"
#include "util/wp-file.h"
#include "wp-page-private.h"

/* The window's default selection, Windows 2000 (the model's default), when
 * it is among @platforms; else the newest of them. */
int
wp_page_report_selected (guint platforms)
{
  if (platforms & WP_PLATFORM_BIT (WP_PLATFORM_WIN2000))
    return WP_PLATFORM_WIN2000;
  return platforms != 0 ? g_bit_nth_msf (platforms, -1) : WP_PLATFORM_WIN2000;
}

/* The default inputs, the source's versions, nothing optional given. */
void
wp_page_report_init (WpPageReport *report)
{
  g_return_if_fail (report != NULL);

  memset (report, 0, sizeof *report);
  wp_limits_input_init (&report->input);
  report->platforms = WP_PLATFORMS_SOURCE;
  report->selected = wp_page_report_selected (report->platforms);
  report->view = WP_CHART_VIEW_MEMORY;
  report->x_scale = WP_CHART_AXIS_SCALE_AUTO;
  report->y_scale = WP_CHART_AXIS_SCALE_AUTO;
}

/* The PDF's bytes; an error when the report does not fit on the page. */
GBytes *
wp_page_report_pdf (const WpPageReport *report,
                    WpPagePaper         paper,
                    GError            **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  double width, height, used;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  wp_page_paper_size (paper, &width, &height);
  surface = wp_chart_pdf_surface_new (bytes, width, height, wp_page_title (report));
  cr = cairo_create (surface);
  cairo_translate (cr, WP_PAGE_MARGIN, WP_PAGE_MARGIN);
  used = wp_page_report_layout (cr, width - 2 * WP_PAGE_MARGIN, height - 2 * WP_PAGE_MARGIN,
                                report, TRUE);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the report: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  if (used > height - 2 * WP_PAGE_MARGIN)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           report->n_compare > 0
                           ? _("The comparison does not fit on one page: shorten the "
                               "scenarios’ names or customers")
                           : _("The report does not fit on one page: shorten the notes or the "
                               "names"));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* Renders in memory, then replaces @file all or nothing. */
gboolean
wp_page_report_write (GFile              *file,
                      const WpPageReport *report,
                      WpPagePaper         paper,
                      GError            **error)
{
  g_autoptr (GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = wp_page_report_pdf (report, paper, error);
  if (bytes == NULL)
    return FALSE;
  return wp_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   error);
}
