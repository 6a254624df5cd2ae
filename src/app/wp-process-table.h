/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/wp-planner-model.h"

G_BEGIN_DECLS

#define WP_TYPE_PROCESS_TABLE (wp_process_table_get_type ())
G_DECLARE_FINAL_TYPE (WpProcessTable, wp_process_table, WP, PROCESS_TABLE, GtkBox)

/* The model's measurement's processes with the most local ports in use
 * (wp_measurement_get_top_processes()): process id, ports, connections and
 * share of the ports in use; a row of "—" when nothing is imported. */
GtkWidget      *wp_process_table_new       (WpPlannerModel *model);
WpPlannerModel *wp_process_table_get_model (WpProcessTable *self);
void            wp_process_table_set_model (WpProcessTable *self,
                                            WpPlannerModel *model);

G_END_DECLS
