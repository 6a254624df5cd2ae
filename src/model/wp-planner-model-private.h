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

/* The properties' ids (wp-planner-model-measurement.c's follow N_PROPS). */
enum
{
  PROP_0,
  /* inputs */
  PROP_RAM_MB,
  PROP_MAX_USER_PORT,
  PROP_TIME_WAIT_DELAY,
  PROP_MAX_CONNECTIONS,
  PROP_SOCKETWRENCH_LEGACY,
  PROP_VISIBLE_PLATFORMS,
  PROP_SELECTED_PLATFORM,
  PROP_NEED_CONNECTIONS,
  PROP_NEED_RATE,
  PROP_CONNECTION_LIFE_MS,
  /* Vista and later (wp-planner-model-input.c) */
  PROP_PORT_START,
  PROP_PORT_COUNT,
  PROP_CONNECTION_COST_KB,
  /* derived, for the selected platform */
  PROP_NONPAGED_POOL_MB,
  PROP_PRACTICAL_SOCKETS,
  PROP_THEORETICAL_SOCKETS,
  PROP_CLIENT_PORTS,
  PROP_TIME_WAIT_S,
  PROP_CONNECTIONS_PER_SECOND,
  PROP_SERVER_LIMIT,
  PROP_CLIENT_LIMIT,
  PROP_LIMITED_BY,
  PROP_CLIENT_LIMITED_BY,
  PROP_MAX_CONNECTIONS_UNSTABLE,
  PROP_MEETS_TARGET,
  N_PROPS
};

/* wp-planner-model-properties.c: GObject's get_property and set_property. */
void wp_planner_model_get_property (GObject      *object,
                                    guint         prop_id,
                                    GValue       *value,
                                    GParamSpec   *pspec);
void wp_planner_model_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec);

/* wp-planner-model.c: whether @platform meets the target of @input (FALSE
 * without one). */
gboolean wp_planner_model_meets_target (const WpLimitsInput *input,
                                        WpPlatform           platform);

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
