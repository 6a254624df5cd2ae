/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/wp-planner-model.h"

G_BEGIN_DECLS

#define WP_TYPE_SUMMARY (wp_summary_get_type ())
G_DECLARE_FINAL_TYPE (WpSummary, wp_summary, WP, SUMMARY, GtkBox)

/* The selected platform's server and client figures, as sentences. */
GtkWidget      *wp_summary_new       (WpPlannerModel *model);
WpPlannerModel *wp_summary_get_model (WpSummary      *self);
void            wp_summary_set_model (WpSummary      *self,
                                      WpPlannerModel *model);

G_END_DECLS
