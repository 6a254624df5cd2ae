/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart's geometry, pure C: the plot's rectangle, the axes' ticks and
 * the mapping between pixels and data units for drawing and hit-testing,
 * on any scale (wp-chart-scale.h).  No Cairo, no figures. */
#pragma once

#include <glib.h>

#include "wp-chart-desc.h"
#include "wp-chart-scale.h"

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} WpChartRect;

/* The parts drawn around the plot and its series.  A small surface has
 * room for fewer: the footnote goes first, then the title, the legend, the
 * axis titles, and last the tick labels and the values at the marker; the
 * plot with its series stays at any size. */
typedef enum
{
  WP_CHART_PART_TITLE         = 1 << 0,  /* title and subtitle (the inputs) */
  WP_CHART_PART_LEGEND        = 1 << 1,
  WP_CHART_PART_AXIS_TITLES   = 1 << 2,
  WP_CHART_PART_TICK_LABELS   = 1 << 3,  /* and the room outside the plot */
  WP_CHART_PART_MARKER_TAG    = 1 << 4,  /* the RAM over the marker */
  WP_CHART_PART_MARKER_VALUES = 1 << 5,  /* the boxes beside its dots: only when
                                          * they fit the plot's height */
  WP_CHART_PART_FOOTNOTE      = 1 << 6,  /* the sources, under everything: files
                                          * and paper only (show_footnote) */
} WpChartParts;

/* Where the plot is and what its axes span. */
typedef struct
{
  WpChartRect  plot;
  WpChartTicks x_ticks;  /* the memory view: RAM, MB */
  WpChartTicks y_ticks;  /* … and sockets */
  WpChartParts parts;    /* what the renderer drew around the plot */
  WpChartRect  legend;   /* the legend's box, when parts has it */
  WpChartRect  footnote; /* the footnote's box, when parts has it */
} WpChartLayout;

void     wp_chart_layout_init_axes  (WpChartLayout       *layout,
                                     const WpChartRect   *plot,
                                     const WpChartAxis   *x_axis,
                                     const WpChartAxis   *y_axis,
                                     guint                max_x_ticks,
                                     guint                max_y_ticks);
void     wp_chart_layout_to_pixel   (const WpChartLayout *layout,
                                     double               x_value,
                                     double               y_value,
                                     double              *out_x,
                                     double              *out_y);
void     wp_chart_layout_from_pixel (const WpChartLayout *layout,
                                     double               x,
                                     double               y,
                                     double              *out_x_value,
                                     double              *out_y_value);
gboolean wp_chart_layout_contains   (const WpChartLayout *layout,
                                     double               x,
                                     double               y);

G_END_DECLS
