/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpPlannerModel's inputs, one at a time or all at once: each setter takes
 * the current input with its field changed, clamped and applied. */
#define G_LOG_DOMAIN "wp-planner-model"

#include "config.h"

#include <string.h>

#include "wp-planner-model-private.h"

/* Helpers */

static guint
clamp_time_wait (guint time_wait_s)
{
  if (time_wait_s == WP_TIME_WAIT_PLATFORM)
    return WP_TIME_WAIT_PLATFORM;

  return CLAMP (time_wait_s, WP_TIME_WAIT_MIN, WP_TIME_WAIT_MAX);
}

static void
clamp_input (WpLimitsInput *input)
{
  input->ram_mb = CLAMP (input->ram_mb, WP_RAM_MB_MIN, WP_RAM_MB_MAX);
  input->max_user_port = CLAMP (input->max_user_port, WP_MAX_USER_PORT_MIN,
                                WP_MAX_USER_PORT_MAX);
  input->time_wait_s = clamp_time_wait (input->time_wait_s);
  input->max_connections = MAX (input->max_connections, WP_MAX_CONNECTIONS_MIN);
  input->socketwrench_legacy = !!input->socketwrench_legacy;
  input->connection_life_ms = MIN (input->connection_life_ms, WP_CONNECTION_LIFE_MS_MAX);
  wp_planner_model_clamp_nt6 (input);
}

/* Internal: clamps @input to the calculator's ranges and applies it. */
void
wp_planner_model_take_input (WpPlannerModel *self,
                             WpLimitsInput  *input)
{
  clamp_input (input);
  wp_planner_model_apply_input (self, input);
}

/* The input with one field (at @offset, @size bytes) set to *@value,
 * clamped and applied: what every input's setter does. */
static void
set_input_field (WpPlannerModel *self,
                 gsize           offset,
                 gconstpointer   value,
                 gsize           size)
{
  WpLimitsInput input = self->input;

  g_assert (offset + size <= sizeof input);
  memcpy ((char *) &input + offset, value, size);
  wp_planner_model_take_input (self, &input);
}

/* Public API */

guint64
wp_planner_model_get_ram_mb (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), 0);

  return self->input.ram_mb;
}

void
wp_planner_model_set_ram_mb (WpPlannerModel *self,
                             guint64         ram_mb)
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  set_input_field (self, G_STRUCT_OFFSET (WpLimitsInput, ram_mb), &ram_mb, sizeof ram_mb);
}

guint
wp_planner_model_get_max_user_port (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), 0);

  return self->input.max_user_port;
}

void
wp_planner_model_set_max_user_port (WpPlannerModel *self,
                                    guint           max_user_port)
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  set_input_field (self, G_STRUCT_OFFSET (WpLimitsInput, max_user_port), &max_user_port, sizeof max_user_port);
}

guint
wp_planner_model_get_time_wait_delay (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), 0);

  return self->input.time_wait_s;
}

void
wp_planner_model_set_time_wait_delay (WpPlannerModel *self,
                                      guint           time_wait_s)
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  set_input_field (self, G_STRUCT_OFFSET (WpLimitsInput, time_wait_s), &time_wait_s, sizeof time_wait_s);
}

guint
wp_planner_model_get_max_connections (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), 0);

  return self->input.max_connections;
}

void
wp_planner_model_set_max_connections (WpPlannerModel *self,
                                      guint           max_connections)
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  set_input_field (self, G_STRUCT_OFFSET (WpLimitsInput, max_connections), &max_connections, sizeof max_connections);
}

gboolean
wp_planner_model_get_socketwrench_legacy (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), FALSE);

  return self->input.socketwrench_legacy;
}

void
wp_planner_model_set_socketwrench_legacy (WpPlannerModel *self,
                                          gboolean        legacy)
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  set_input_field (self, G_STRUCT_OFFSET (WpLimitsInput, socketwrench_legacy), &legacy, sizeof legacy);
}

guint
wp_planner_model_get_need_connections (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), 0);

  return self->input.need_connections;
}

void
wp_planner_model_set_need_connections (WpPlannerModel *self,
                                       guint           need)
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  set_input_field (self, G_STRUCT_OFFSET (WpLimitsInput, need_connections), &need, sizeof need);
}

guint
wp_planner_model_get_need_rate (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), 0);

  return self->input.need_rate;
}

void
wp_planner_model_set_need_rate (WpPlannerModel *self,
                                guint           need)
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  set_input_field (self, G_STRUCT_OFFSET (WpLimitsInput, need_rate), &need, sizeof need);
}

guint64
wp_planner_model_get_connection_life_ms (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), 0);

  return self->input.connection_life_ms;
}

/* The mean life of the target rate's connections; above an hour clamps. */
void
wp_planner_model_set_connection_life_ms (WpPlannerModel *self,
                                         guint64         life_ms)
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  set_input_field (self, G_STRUCT_OFFSET (WpLimitsInput, connection_life_ms), &life_ms,
                   sizeof life_ms);
}

/* Whether @platform meets the target, and what would make it. */
void
wp_planner_model_get_verdict (WpPlannerModel  *self,
                              WpPlatform       platform,
                              WpTargetVerdict *out_verdict)
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));
  g_return_if_fail (wp_platform_is_valid (platform));
  g_return_if_fail (out_verdict != NULL);

  wp_target_verdict (platform, &self->input, out_verdict);
}

gboolean
wp_planner_model_get_max_connections_unstable (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), FALSE);

  return self->input.max_connections > WP_MAX_CONNECTIONS_STABLE;
}

void
wp_planner_model_get_input (WpPlannerModel *self,
                            WpLimitsInput  *out_input)
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));
  g_return_if_fail (out_input != NULL);

  *out_input = self->input;
}

/* Several inputs at once: one "changed" at most.  Out-of-range fields are
 * clamped like the single setters do. */
void
wp_planner_model_set_input (WpPlannerModel      *self,
                            const WpLimitsInput *input)
{
  WpLimitsInput clamped;

  g_return_if_fail (WP_IS_PLANNER_MODEL (self));
  g_return_if_fail (input != NULL);

  memset (&clamped, 0, sizeof clamped);
  clamped.ram_mb = input->ram_mb;
  clamped.max_user_port = input->max_user_port;
  clamped.time_wait_s = input->time_wait_s;
  clamped.max_connections = input->max_connections;
  clamped.socketwrench_legacy = input->socketwrench_legacy;
  clamped.need_connections = input->need_connections;
  clamped.need_rate = input->need_rate;
  clamped.connection_life_ms = input->connection_life_ms;
  clamped.port_start = input->port_start;
  clamped.port_count = input->port_count;
  clamped.connection_cost_kb = input->connection_cost_kb;
  wp_planner_model_take_input (self, &clamped);
}
