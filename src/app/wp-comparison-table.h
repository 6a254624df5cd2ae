/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/wp-planner-model.h"

G_BEGIN_DECLS

#define WP_TYPE_COMPARISON_TABLE (wp_comparison_table_get_type ())
G_DECLARE_FINAL_TYPE (WpComparisonTable, wp_comparison_table, WP, COMPARISON_TABLE,
                      GtkScrolledWindow)

/* One row per visible platform, the selected one bold and selected;
 * selecting a row selects its platform in @model. */
GtkWidget      *wp_comparison_table_new       (WpPlannerModel    *model);
WpPlannerModel *wp_comparison_table_get_model (WpComparisonTable *self);
void            wp_comparison_table_set_model (WpComparisonTable *self,
                                               WpPlannerModel    *model);

G_END_DECLS
