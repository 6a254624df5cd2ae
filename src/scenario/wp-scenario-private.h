/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What wp-scenario-file.c shares with wp-scenario.c: the file as read, kept
 * for its unknown groups, keys and comments. */
#pragma once

#include "wp-scenario.h"

G_BEGIN_DECLS

GKeyFile *wp_scenario_peek_kept (WpScenario *self);
void      wp_scenario_take_kept (WpScenario *self,
                                 GKeyFile   *kept);

G_END_DECLS
