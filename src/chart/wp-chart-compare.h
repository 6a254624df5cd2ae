/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The comparison view: up to four scenarios (WpNamedInput) on one chart of
 * sockets against physical memory, each its platform's limit as the memory
 * view draws it (wp-chart-memory.h: the practical line, or 9x's
 * MaxConnections level) for its own inputs, on the RAM range they share.
 * Each scenario has its own colour, dash and mark shape (its current RAM
 * marked on its line), and its name at the line's end and in the legend,
 * so that no line is told from another by colour alone.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "limits/wp-named-input.h"
#include "wp-chart-desc.h"
#include "wp-chart-memory.h"
#include "wp-chart-render.h"
#include "wp-chart-style.h"

G_BEGIN_DECLS

typedef struct
{
  guint        n;
  WpNamedInput entries[WP_COMPARE_MAX];  /* the names are not owned */
  WpChartData  data[WP_COMPARE_MAX];     /* each scenario's, on the shared range;
                                          * n_series 0: no line (Vista x86) */
  WpChartData  shared;                   /* the lines together: the axes */
} WpChartCompareData;

/* Each scenario's look: its palette colour, dash and mark shape. */
guint        wp_chart_compare_color_index (guint index);
WpChartDash  wp_chart_compare_dash        (guint index);
WpChartShape wp_chart_compare_shape       (guint index);
const char  *wp_chart_compare_shape_glyph (guint index);

char    *wp_chart_compare_title    (void);
gboolean wp_chart_compare_data_init (WpChartCompareData  *data,
                                     const WpNamedInput  *entries,
                                     guint                n,
                                     WpChartAxisScale     x_scale,
                                     WpChartAxisScale     y_scale);
double   wp_chart_compare_value_at (const WpChartCompareData *data,
                                    guint                     index,
                                    double                    ram_mb);
char   **wp_chart_compare_values_lines (const WpChartCompareData *data,
                                        double                    ram_mb);
void     wp_chart_compare_describe (WpChartDesc              *desc,
                                    const WpChartCompareData *data,
                                    gboolean                  footnote);
void     wp_chart_compare_render   (cairo_t            *cr,
                                    double              width,
                                    double              height,
                                    const WpChartStyle *style,
                                    const WpNamedInput *entries,
                                    guint               n,
                                    WpChartLayout      *out_layout);

G_END_DECLS
