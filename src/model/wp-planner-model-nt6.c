/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpPlannerModel's inputs for Windows Vista and later: the dynamic port
 * range (start + number, KB 929851) and the assumed cost of a connection. */
#define G_LOG_DOMAIN "wp-planner-model"

#include "config.h"

#include "wp-planner-model-private.h"

/* Within the ranges the calculator takes: the start leaves room for the
 * least range (255 ports), the number ends the range at 65535 at most. */
void
wp_planner_model_clamp_nt6 (WpLimitsInput *input)
{
  input->port_start = CLAMP (input->port_start, WP_PORT_RANGE_START_MIN,
                             WP_PORT_RANGE_END_MAX - WP_PORT_RANGE_COUNT_MIN + 1);
  input->port_count = CLAMP (input->port_count, WP_PORT_RANGE_COUNT_MIN,
                             WP_PORT_RANGE_END_MAX - input->port_start + 1);
  input->connection_cost_kb = CLAMP (input->connection_cost_kb, WP_CONNECTION_COST_KB_MIN,
                                     WP_CONNECTION_COST_KB_MAX);
}

guint
wp_planner_model_get_port_start (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), 0);

  return self->input.port_start;
}

void
wp_planner_model_set_port_start (WpPlannerModel *self,
                                 guint           start)
{
  WpLimitsInput input;

  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  input = self->input;
  input.port_start = start;
  wp_planner_model_take_input (self, &input);
}

guint
wp_planner_model_get_port_count (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), 0);

  return self->input.port_count;
}

void
wp_planner_model_set_port_count (WpPlannerModel *self,
                                 guint           count)
{
  WpLimitsInput input;

  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  input = self->input;
  input.port_count = count;
  wp_planner_model_take_input (self, &input);
}

guint
wp_planner_model_get_connection_cost_kb (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), 0);

  return self->input.connection_cost_kb;
}

void
wp_planner_model_set_connection_cost_kb (WpPlannerModel *self,
                                         guint           cost_kb)
{
  WpLimitsInput input;

  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  input = self->input;
  input.connection_cost_kb = cost_kb;
  wp_planner_model_take_input (self, &input);
}
