/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart renderer: draws any chart description (wp-chart-desc.h) on any
 * cairo_t (a widget, a PNG/SVG/PDF surface, a printed page).  It knows
 * nothing of widgets, nor of what the figures are. */
#pragma once

#include <cairo.h>

#include "wp-chart-desc.h"
#include "wp-chart-geometry.h"
#include "wp-chart-style.h"

G_BEGIN_DECLS

/* The chart is drawn in two layers: the base (background, plot, series,
 * axes, legend, titles) and over it the marker (its line, a dot and a
 * value box per value, its tag).  Only the marker moves with the RAM while
 * the axis stays: the widget keeps the base. */
typedef enum
{
  WP_CHART_LAYER_BASE   = 1 << 0,
  WP_CHART_LAYER_MARKER = 1 << 1,
} WpChartLayers;

#define WP_CHART_LAYERS_ALL (WP_CHART_LAYER_BASE | WP_CHART_LAYER_MARKER)

/* Draws @desc into 0,0..width,height of @cr's user space.  @out_layout
 * (optional) receives the plot area and axes, for hit-testing. */
void wp_chart_render_desc (cairo_t            *cr,
                           double              width,
                           double              height,
                           const WpChartStyle *style,
                           const WpChartDesc  *desc,
                           WpChartLayers       layers,
                           WpChartLayout      *out_layout);

G_END_DECLS
