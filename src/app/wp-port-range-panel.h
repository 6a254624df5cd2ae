/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/wp-planner-model.h"

G_BEGIN_DECLS

#define WP_TYPE_PORT_RANGE_PANEL (wp_port_range_panel_get_type ())
G_DECLARE_FINAL_TYPE (WpPortRangePanel, wp_port_range_panel, WP, PORT_RANGE_PANEL, GtkBox)

/* The inputs of Windows Vista and later in the sidebar, shown while such a
 * version is selected: the model's "port-start", "port-count" and
 * "connection-cost-kb". */
GtkWidget      *wp_port_range_panel_new       (WpPlannerModel   *model);
WpPlannerModel *wp_port_range_panel_get_model (WpPortRangePanel *self);
void            wp_port_range_panel_set_model (WpPortRangePanel *self,
                                               WpPlannerModel   *model);

G_END_DECLS
