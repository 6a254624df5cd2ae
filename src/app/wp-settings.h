/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application's GSettings: found whether installed or not, and bound to
 * a WpPlannerModel so every input is remembered. */
#pragma once

#include <gio/gio.h>

#include "model/wp-planner-model.h"

G_BEGIN_DECLS

GSettings *wp_settings_new        (void);
void       wp_settings_bind_model (GSettings      *settings,
                                   WpPlannerModel *model);

G_END_DECLS
