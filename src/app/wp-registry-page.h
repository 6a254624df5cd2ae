/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/wp-planner-model.h"

G_BEGIN_DECLS

#define WP_TYPE_REGISTRY_PAGE (wp_registry_page_get_type ())
G_DECLARE_FINAL_TYPE (WpRegistryPage, wp_registry_page, WP, REGISTRY_PAGE, GtkBox)

/* The selected platform's registry values, with their key and type.  It
 * fills its text only while "active" (its tab is shown): at start-up the
 * monospace font stays unloaded. */
GtkWidget      *wp_registry_page_new        (WpPlannerModel *model);
WpPlannerModel *wp_registry_page_get_model  (WpRegistryPage *self);
void            wp_registry_page_set_model  (WpRegistryPage *self,
                                             WpPlannerModel *model);
gboolean        wp_registry_page_get_active (WpRegistryPage *self);
void            wp_registry_page_set_active (WpRegistryPage *self,
                                             gboolean        active);

G_END_DECLS
