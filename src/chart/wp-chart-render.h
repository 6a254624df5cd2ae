/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart renderer: draws sockets versus RAM for the visible platforms on
 * any cairo_t (a widget, a PNG/SVG/PDF surface, a printed page).  It knows
 * nothing of widgets. */
#pragma once

#include <cairo.h>

#include "limits/wp-limits.h"
#include "wp-chart-geometry.h"
#include "wp-chart-style.h"

G_BEGIN_DECLS

/* Draws the chart into 0,0..width,height of @cr's user space.  @out_layout
 * (optional) receives the plot area and axes, for hit-testing. */
/* The chart is drawn in two layers: the base (background, plot, series,
 * axes, legend, titles) and over it the marker at the current RAM (its
 * line, a dot and a value box per series, its tag).  Only the marker moves
 * with the RAM while the axis stays: the widget keeps the base. */
typedef enum
{
  WP_CHART_LAYER_BASE   = 1 << 0,
  WP_CHART_LAYER_MARKER = 1 << 1,
} WpChartLayers;

#define WP_CHART_LAYERS_ALL (WP_CHART_LAYER_BASE | WP_CHART_LAYER_MARKER)

void  wp_chart_render_layers (cairo_t             *cr,
                              double               width,
                              double               height,
                              const WpChartStyle  *style,
                              const WpLimitsInput *input,
                              guint                platforms,
                              WpChartLayers        layers,
                              WpChartLayout       *out_layout);
void  wp_chart_render       (cairo_t             *cr,
                             double               width,
                             double               height,
                             const WpChartStyle  *style,
                             const WpLimitsInput *input,
                             guint                platforms,
                             WpChartLayout       *out_layout);

char *wp_chart_title        (void);
char *wp_chart_client_ports_label (guint client_ports);
char *wp_chart_subtitle     (const WpLimitsInput *input,
                             guint                platforms);
const char *wp_chart_x_axis_title (void);
const char *wp_chart_y_axis_title (void);

G_END_DECLS
