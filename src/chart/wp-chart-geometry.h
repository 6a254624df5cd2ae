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
  WP_CHART_PART_LINE_LABELS   = 1 << 7,  /* each line's name at its right end: with
                                          * the tick labels, never without */
} WpChartParts;

#define WP_CHART_MAX_LINE_LABELS (WP_CHART_DESC_MAX_SERIES + WP_CHART_DESC_MAX_REFERENCES)

/* A text placed for a point of the data (a line's end, a value's dot):
 * its box, and the point, joined by a leader line when the box had to
 * move off it. */
typedef struct
{
  WpChartRect box;
  double      point_x;
  double      point_y;
  gboolean    leader;
} WpChartPlaced;

/* One text of a column to keep apart (wp_chart_spread()): its wanted
 * centre and its height in; its top out; @index is the caller's. */
typedef struct
{
  double want;
  double size;
  double top;
  guint  index;
} WpChartSpreadItem;

/* Where the plot is and what its axes span. */
typedef struct
{
  WpChartRect  plot;
  WpChartTicks x_ticks;  /* the memory view: RAM, MB */
  WpChartTicks y_ticks;  /* … and sockets */
  WpChartParts parts;    /* what the renderer drew around the plot */
  WpChartRect  legend;   /* the legend's box, when parts has it */
  WpChartRect  footnote; /* the footnote's box, when parts has it */
  double       zero_gap; /* the data's low end lies this far above the plot's
                          * bottom edge, the x axis: a line at 100 of 30,000
                          * stays off the axis */
  guint        n_labels; /* the lines' names (WP_CHART_PART_LINE_LABELS) */
  WpChartPlaced labels[WP_CHART_MAX_LINE_LABELS];
  guint        n_values; /* the marker's values (WP_CHART_PART_MARKER_VALUES) */
  WpChartPlaced values[WP_CHART_DESC_MAX_VALUES];
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

gboolean wp_chart_spread            (WpChartSpreadItem   *items,
                                     guint                n,
                                     double               lo,
                                     double               hi,
                                     double               gap);
gboolean wp_chart_spread_moved      (const WpChartSpreadItem *item,
                                     double               min_move);

G_END_DECLS
