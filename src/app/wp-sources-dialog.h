/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sources: where every figure comes from.  The selected version's figures
 * with the rules that produced them (following the model), Microsoft's
 * measured pool sizes beside the estimate, every rule and every document. */
#pragma once

#include <gtk/gtk.h>

#include "model/wp-planner-model.h"

G_BEGIN_DECLS

#define WP_TYPE_SOURCES_DIALOG (wp_sources_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WpSourcesDialog, wp_sources_dialog, WP, SOURCES_DIALOG, GtkDialog)

GtkWidget      *wp_sources_dialog_new       (GtkWindow       *parent,
                                             WpPlannerModel  *model);
WpPlannerModel *wp_sources_dialog_get_model (WpSourcesDialog *self);
void            wp_sources_dialog_set_model (WpSourcesDialog *self,
                                             WpPlannerModel  *model);

G_END_DECLS
