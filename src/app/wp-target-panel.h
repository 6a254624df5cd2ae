/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/wp-planner-model.h"

G_BEGIN_DECLS

#define WP_TYPE_TARGET_PANEL (wp_target_panel_get_type ())
G_DECLARE_FINAL_TYPE (WpTargetPanel, wp_target_panel, WP, TARGET_PANEL, GtkBox)

/* The target to plan against, in the sidebar: two fields bound to the
 * model's "need-connections" and "need-rate". */
GtkWidget      *wp_target_panel_new       (WpPlannerModel *model);
WpPlannerModel *wp_target_panel_get_model (WpTargetPanel  *self);
void            wp_target_panel_set_model (WpTargetPanel  *self,
                                           WpPlannerModel *model);

G_END_DECLS
