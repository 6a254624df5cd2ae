/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What wp-planner-model.c and its wp-planner-model-*.c share. */
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

  /* wp-planner-model-measurement.c: an import's, and its figures for the
   * selected platform. */
  WpMeasurement  *measurement;
  gboolean        has_measured_range;
  WpMeasuredPorts measured;
};

/* wp-planner-model-input.c: clamps and applies; wp-planner-model.c: applies. */
void wp_planner_model_take_input  (WpPlannerModel      *self,
                                   WpLimitsInput       *input);
void wp_planner_model_apply_input (WpPlannerModel      *self,
                                   const WpLimitsInput *input);
void wp_planner_model_clamp_nt6   (WpLimitsInput       *input);

/* wp-planner-model.c, for wp-planner-model-platforms.c: the notifications
 * of a new selected platform (the one before was @old), and of a new set of
 * visible platforms ("changed" too). */
void wp_planner_model_selected_changed (WpPlannerModel *self,
                                        WpPlatform      old);
void wp_planner_model_visible_changed  (WpPlannerModel *self);

void     wp_planner_model_measurement_class_init   (GObjectClass   *object_class,
                                                    guint           first_id);
gboolean wp_planner_model_measurement_get_property (WpPlannerModel *self,
                                                    guint           prop_id,
                                                    GValue         *value);
gboolean wp_planner_model_measurement_set_property (WpPlannerModel *self,
                                                    guint           prop_id,
                                                    const GValue   *value);
void     wp_planner_model_measurement_dispose      (WpPlannerModel *self);
/* Recomputes the measured figures, notifying those that changed. */
void     wp_planner_model_update_measured          (WpPlannerModel *self);

G_END_DECLS
