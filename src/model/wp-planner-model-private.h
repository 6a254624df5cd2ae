/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What wp-planner-model.c and wp-planner-model-input.c share. */
#pragma once

#include "wp-planner-model.h"

G_BEGIN_DECLS

struct _WpPlannerModel
{
  GObject       parent_instance;

  WpLimitsInput input;
  guint         visible_platforms;
  WpPlatform    selected_platform;

  /* The figures of every platform for the current input, kept so a change
   * can be compared with what was there before. */
  WpLimits      limits[WP_N_PLATFORMS];
};

void wp_planner_model_take_input (WpPlannerModel *self,
                                  WpLimitsInput  *input);
void wp_planner_model_clamp_nt6  (WpLimitsInput  *input);

G_END_DECLS
