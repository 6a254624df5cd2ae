/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the chart widget's files share: its instance, its drawing and
 * tooltips, and the pointer and keyboard handlers of wp-chart-input.c. */
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
  WpNamedInput    compare[WP_COMPARE_MAX]; /* the comparison drawn instead of the
                                   * model (wp-chart-compare-widget.c); names owned */
  guint           n_compare;
  gboolean        compare_drawn;  /* layout holds the comparison's, for its tooltip */
};

void     wp_chart_update_style     (WpChart *self);

/* wp-chart-draw.c: the draw handler, and the kept base layer dropped (it
 * is drawn again at the next draw). */
gboolean wp_chart_draw             (GtkWidget *widget,
                                    cairo_t   *cr);
void     wp_chart_drop_base        (WpChart   *self);

/* wp-chart-tooltip.c: the values under the pointer or at the marker as a
 * tooltip, and the screen reader's description made again. */
gboolean wp_chart_query_tooltip    (GtkWidget  *widget,
                                    int         x,
                                    int         y,
                                    gboolean    keyboard_mode,
                                    GtkTooltip *tooltip);
void     wp_chart_update_accessible (WpChart   *self);
gboolean wp_chart_draw_comparison  (WpChart *self,
                                    cairo_t *cr);
gboolean wp_chart_compare_query_tooltip (WpChart    *self,
                                         int         x,
                                         int         y,
                                         GtkTooltip *tooltip);


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
