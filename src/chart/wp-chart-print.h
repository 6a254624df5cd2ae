/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing the chart: a landscape page, the chart filling it with its
 * source footnote, the table of figures under it.  Print preview draws the same page in a window. */
#pragma once

#include <gtk/gtk.h>

#include "model/wp-planner-model.h"

G_BEGIN_DECLS

gboolean           wp_chart_print               (GtkWindow               *parent,
                                                 WpPlannerModel          *model,
                                                 GtkPrintOperationAction  action,
                                                 GError                 **error);

gboolean           wp_chart_print_view          (GtkWindow               *parent,
                                                 WpPlannerModel          *model,
                                                 int                      view,
                                                 GtkPrintOperationAction  action,
                                                 GError                 **error);

GtkPrintOperation *wp_chart_print_operation_new (WpPlannerModel          *model);

void               wp_chart_print_draw_page     (cairo_t                 *cr,
                                                 double                   width,
                                                 double                   height,
                                                 const WpLimitsInput     *input,
                                                 guint                    platforms,
                                                 int                      selected);

G_END_DECLS
