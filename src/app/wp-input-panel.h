/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/wp-planner-model.h"

G_BEGIN_DECLS

#define WP_TYPE_INPUT_PANEL (wp_input_panel_get_type ())
G_DECLARE_FINAL_TYPE (WpInputPanel, wp_input_panel, WP, INPUT_PANEL, GtkBox)

/* The sidebar: the platform, RAM, the registry values, SocketWrench and
 * the platforms to compare, bound both ways to @model. */
GtkWidget      *wp_input_panel_new       (WpPlannerModel *model);
WpPlannerModel *wp_input_panel_get_model (WpInputPanel   *self);
void            wp_input_panel_set_model (WpInputPanel   *self,
                                          WpPlannerModel *model);

G_END_DECLS
