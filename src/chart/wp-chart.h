/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpChart: the chart as a widget.  Draws the model with the chart renderer
 * in the theme's colours and fonts, redraws when the model notifies, shows
 * a crosshair and a tooltip with every series' value under the pointer, and
 * moves the RAM marker (the model's "ram-mb") by drag or arrow keys. */
#pragma once

#include <gtk/gtk.h>

#include "model/wp-planner-model.h"
#include "wp-chart-desc.h"
#include "wp-chart-scale.h"

G_BEGIN_DECLS

/* WpChartAxisScale as a GEnum: nicks "auto", "linear", "log". */
#define WP_TYPE_CHART_AXIS_SCALE (wp_chart_axis_scale_get_type ())
GType           wp_chart_axis_scale_get_type (void) G_GNUC_CONST;

/* WpChartView (wp-chart-style.h) as a GEnum: nicks "memory", "rate". */
#define WP_TYPE_CHART_VIEW (wp_chart_view_get_type ())
GType           wp_chart_view_get_type       (void) G_GNUC_CONST;

#define WP_TYPE_CHART (wp_chart_get_type ())
G_DECLARE_FINAL_TYPE (WpChart, wp_chart, WP, CHART, GtkDrawingArea)

GtkWidget      *wp_chart_new               (WpPlannerModel *model);

WpPlannerModel *wp_chart_get_model         (WpChart        *self);
void            wp_chart_set_model         (WpChart        *self,
                                            WpPlannerModel *model);

void            wp_chart_copy_to_clipboard (WpChart        *chart);

/* The model's measurement as the views take it (plain numbers): the
 * connections, and the client ports in use in the selected version's
 * range; none without a measurement.  For exports of the window's chart. */
void            wp_chart_measured_from_model (WpPlannerModel  *model,
                                              WpChartMeasured *out);

G_END_DECLS
