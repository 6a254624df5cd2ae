/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpPresentation: presentation mode's view.  The selected version's key
 * figures as large numbers above a chart of the model; Left/Right (and
 * Up/Down) step the RAM as on the window's chart, Page Up/Page Down switch
 * the version among those drawn, Esc leaves (the window's
 * "win.presentation" action); a few controls show while the pointer moves. */
#pragma once

#include <gtk/gtk.h>

#include "model/wp-planner-model.h"

G_BEGIN_DECLS

#define WP_TYPE_PRESENTATION (wp_presentation_get_type ())
G_DECLARE_FINAL_TYPE (WpPresentation, wp_presentation, WP, PRESENTATION, GtkEventBox)

GtkWidget      *wp_presentation_new       (WpPlannerModel *model);

WpPlannerModel *wp_presentation_get_model (WpPresentation *self);
void            wp_presentation_set_model (WpPresentation *self,
                                           WpPlannerModel *model);

/* On entering: the keys go to the chart, the controls wait for the pointer. */
void            wp_presentation_start     (WpPresentation *self);

/* Its chart, to show the window's view (the chart's "view"). */
GtkWidget      *wp_presentation_get_chart (WpPresentation *self);

G_END_DECLS
