/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the chart widget's files share: its instance, and the pointer and
 * keyboard handlers of wp-chart-input.c. */
#pragma once

#include "wp-chart.h"
#include "wp-chart-memory.h"
#include "wp-chart-style.h"

G_BEGIN_DECLS

/* What the kept base layer was drawn for: everything it shows depends on
 * these, and none on where the marker is (the RAM counts only through the
 * axis it sets, unless the title shows it). */
typedef struct
{
  int           width;
  int           height;
  int           scale;
  guint         platforms;
  int           emphasis;
  WpLimitsInput input;
  double        ram_axis_end;
  guint         hidden_lines;
  guint         value_max;
  WpChartAxisScale x_scale;
  WpChartAxisScale y_scale;
  WpChartView   view;
  WpChartMeasured measured;     /* the legend's and the rate view's level */
} BaseKey;

struct _WpChart
{
  GtkDrawingArea  parent_instance;

  WpPlannerModel *model;

  WpChartStyle    style;          /* from the style context, when valid */
  gboolean        style_valid;
  WpChartLayout   layout;         /* of the last draw, for hit-testing */
  gboolean        layout_valid;
  cairo_surface_t *base;          /* the base layer, kept between draws */
  BaseKey         base_key;       /* what it was drawn for */

  gboolean        pointer_inside; /* the pointer is over the plot */
  double          pointer_x;
  double          pointer_y;
  gboolean        dragging;
  WpChartRect     readout;        /* the hover readout's box, width 0 if none */

  guint           hidden_lines;   /* WpChartLines: show-client-ports, show-process-cap */
  guint           value_max;      /* the value axis' fixed top, or 0 */
  WpChartAxisScale x_scale;       /* each axis' scale: x-scale, y-scale */
  WpChartAxisScale y_scale;
  WpChartView     view;           /* the chart drawn: the view property; the
                                   * pointer and keys move the RAM on the
                                   * memory view only */
};


gboolean wp_chart_button_press_event (GtkWidget *widget, GdkEventButton *event);
gboolean wp_chart_button_release_event (GtkWidget *widget, GdkEventButton *event);
gboolean wp_chart_motion_notify_event (GtkWidget *widget, GdkEventMotion *event);
gboolean wp_chart_leave_notify_event (GtkWidget *widget, GdkEventCrossing *event);
gboolean wp_chart_key_press_event (GtkWidget *widget, GdkEventKey *event);

/* The hover readout: wp-chart-readout.c */
gboolean wp_chart_readout_place (const WpChartLayout *layout,
                                 const WpChartData   *data,
                                 double               width,
                                 double               height,
                                 double               pointer_x,
                                 double               marker_x,
                                 WpChartRect         *out_box);
void     wp_chart_readout_draw  (WpChart             *self,
                                 cairo_t             *cr,
                                 const WpChartData   *data);

G_END_DECLS
