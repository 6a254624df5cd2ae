/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The one-page report: a plan's title, customer and date, the chart, the
 * table of figures, the plan's version in sentences with the target's
 * verdict, the measured point of an imported netstat, the registry values
 * and netsh command to apply, and the documents the figures come from (or
 * scenarios compared: their chart, table, verdicts and registry); on
 * A4 or Letter, in the user's language.  Laid out on any cairo_t with
 * Pango; written as a PDF all or nothing.  Cairo/Pango + limits, import,
 * report, chart, util: no GTK, no model.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "chart/wp-chart-desc.h"
#include "import/wp-measurement.h"
#include "limits/wp-named-input.h"
#include "limits/wp-limits.h"

G_BEGIN_DECLS

typedef enum
{
  WP_PAGE_PAPER_A4,
  WP_PAGE_PAPER_LETTER,
} WpPagePaper;

/* Sheets in points: A4 210 × 297 mm, Letter 8.5 × 11 in. */
#define WP_PAGE_A4_WIDTH      595.0
#define WP_PAGE_A4_HEIGHT     842.0
#define WP_PAGE_LETTER_WIDTH  612.0
#define WP_PAGE_LETTER_HEIGHT 792.0
#define WP_PAGE_MARGIN        42.0   /* about 15 mm on every side */

typedef struct
{
  WpLimitsInput   input;
  guint           platforms;    /* the chart's and table's versions: WP_PLATFORM_BIT mask */
  int             selected;     /* the plan's version (a WpPlatform): the sentences,
                                 * verdict, registry and sources */
  int             view;         /* a WpChartView: memory (default) or rate */
  int             x_scale;      /* the chart's WpChartAxisScale per axis, auto by default */
  int             y_scale;
  const char     *name;         /* optional: the plan's name, as typed; NULL: none */
  const char     *customer;     /* optional: the customer's name */
  const char     *notes;        /* optional: a paragraph under the title */
  GDateTime      *date;         /* the report's date; NULL: now */
  const WpMeasurement *measurement;  /* optional: an imported netstat; NULL: none */
  /* Optional: 2..WP_COMPARE_MAX scenarios (names and customers borrowed);
   * given, the page is their comparison (wp-page-compare.c): the
   * comparison chart and table, each one's verdict and registry, and only
   * the date above; the fields above but @date are not read then. */
  const WpNamedInput *compare;
  guint               n_compare;
} WpPageReport;

void        wp_page_report_init      (WpPageReport   *report);
int         wp_page_report_selected  (guint           platforms);

WpPagePaper wp_page_paper_default    (void);
gboolean    wp_page_paper_from_name  (const char     *name,
                                      WpPagePaper    *out_paper);
void        wp_page_paper_size       (WpPagePaper     paper,
                                      double         *out_width,
                                      double         *out_height);

/* Lays the report out in 0,0..width,height of @cr's user space, in points
 * (a sheet less its margins).  Returns the height it used: at most @height
 * when the report fits; text is never cut, the chart shrinks, then the
 * text, to a floor.  With @draw FALSE, measures only. */
double      wp_page_report_layout    (cairo_t            *cr,
                                      double              width,
                                      double              height,
                                      const WpPageReport *report,
                                      gboolean            draw);

GBytes     *wp_page_report_pdf       (const WpPageReport *report,
                                      WpPagePaper         paper,
                                      GError            **error);
gboolean    wp_page_report_write     (GFile              *file,
                                      const WpPageReport *report,
                                      WpPagePaper         paper,
                                      GError            **error);

/* An import's figures as the chart takes them (plain numbers): the
 * connections, and the client ports in use in the range @platforms share
 * (none where their ranges differ: the rate view's one level could not be
 * all of theirs).  Nothing shown without a measurement. */
void        wp_page_chart_measured   (const WpMeasurement *measurement,
                                      const WpLimitsInput *input,
                                      guint                platforms,
                                      WpChartMeasured     *out);

G_END_DECLS
