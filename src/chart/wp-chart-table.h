/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A table of text cells on paper (the printed page, the PDF report): the
 * titles in bold, rules above and under them and under the last row,
 * numbers aligned right.  Knows nothing of what the cells say. */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

#define WP_CHART_TABLE_MAX_COLUMNS 16u

typedef struct
{
  GPtrArray      *cells;      /* char *, row by row; the first row the titles */
  guint           n_columns;  /* 1..WP_CHART_TABLE_MAX_COLUMNS */
  const gboolean *numeric;    /* n_columns: aligned right */
  guint           emphasis;   /* a row of figures in bold (the plan's), or 0 */
  const gboolean *bold_rows;  /* optional, a flag a row: rows in bold (those that differ) */
} WpChartTable;

double wp_chart_table_draw (cairo_t                    *cr,
                            PangoLayout                *layout,
                            const PangoFontDescription *font,
                            const WpChartTable         *table,
                            double                      top,
                            double                      width,
                            gboolean                    measure_only);

G_END_DECLS
