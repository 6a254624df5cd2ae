/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpPlannerModel's properties read and written by id: each input to its
 * setter, each figure from the selected platform's. */
#define G_LOG_DOMAIN "wp-planner-model"

#include "config.h"

#include "wp-planner-model-private.h"

/* Helpers */

/* The figures of the selected platform; FALSE for any other property. */
static gboolean
get_derived_property (WpPlannerModel *self,
                      guint           prop_id,
                      GValue         *value)
{
  const WpLimits *limits = &self->limits[self->selected_platform];

  switch (prop_id)
    {
    case PROP_NONPAGED_POOL_MB:
      g_value_set_double (value, limits->nonpaged_pool_mb);
      break;
    case PROP_PRACTICAL_SOCKETS:
      g_value_set_uint (value, limits->practical_sockets);
      break;
    case PROP_THEORETICAL_SOCKETS:
      g_value_set_uint (value, limits->theoretical_sockets);
      break;
    case PROP_CLIENT_PORTS:
      g_value_set_uint (value, limits->client_ports);
      break;
    case PROP_TIME_WAIT_S:
      g_value_set_uint (value, limits->time_wait_s);
      break;
    case PROP_CONNECTIONS_PER_SECOND:
      g_value_set_double (value, limits->connections_per_s);
      break;
    case PROP_SERVER_LIMIT:
      g_value_set_uint (value, limits->server_limit);
      break;
    case PROP_CLIENT_LIMIT:
      g_value_set_uint (value, limits->client_limit);
      break;
    case PROP_LIMITED_BY:
      g_value_set_enum (value, limits->server_limited_by);
      break;
    case PROP_CLIENT_LIMITED_BY:
      g_value_set_enum (value, limits->client_limited_by);
      break;
    default:
      return FALSE;
    }
  return TRUE;
}

/* Private API (wp-planner-model-private.h) */

void
wp_planner_model_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WpPlannerModel *self = WP_PLANNER_MODEL (object);

  switch (prop_id)
    {
    case PROP_RAM_MB:
      g_value_set_uint64 (value, self->input.ram_mb);
      break;
    case PROP_MAX_USER_PORT:
      g_value_set_uint (value, self->input.max_user_port);
      break;
    case PROP_TIME_WAIT_DELAY:
      g_value_set_uint (value, self->input.time_wait_s);
      break;
    case PROP_MAX_CONNECTIONS:
      g_value_set_uint (value, self->input.max_connections);
      break;
    case PROP_SOCKETWRENCH_LEGACY:
      g_value_set_boolean (value, self->input.socketwrench_legacy);
      break;
    case PROP_VISIBLE_PLATFORMS:
      g_value_set_uint (value, self->visible_platforms);
      break;
    case PROP_SELECTED_PLATFORM:
      g_value_set_enum (value, self->selected_platform);
      break;
    case PROP_MAX_CONNECTIONS_UNSTABLE:
      g_value_set_boolean (value, self->input.max_connections > WP_MAX_CONNECTIONS_STABLE);
      break;
    case PROP_NEED_CONNECTIONS:
      g_value_set_uint (value, self->input.need_connections);
      break;
    case PROP_NEED_RATE:
      g_value_set_uint (value, self->input.need_rate);
      break;
    case PROP_CONNECTION_LIFE_MS:
      g_value_set_uint64 (value, self->input.connection_life_ms);
      break;
    case PROP_PORT_START:
      g_value_set_uint (value, self->input.port_start);
      break;
    case PROP_PORT_COUNT:
      g_value_set_uint (value, self->input.port_count);
      break;
    case PROP_CONNECTION_COST_KB:
      g_value_set_uint (value, self->input.connection_cost_kb);
      break;
    case PROP_MEETS_TARGET:
      g_value_set_boolean (value, wp_planner_model_meets_target (&self->input,
                                                                 self->selected_platform));
      break;
    default:
      if (!get_derived_property (self, prop_id, value) &&
          !wp_planner_model_measurement_get_property (self, prop_id, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

void
wp_planner_model_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  WpPlannerModel *self = WP_PLANNER_MODEL (object);

  switch (prop_id)
    {
    case PROP_RAM_MB:
      wp_planner_model_set_ram_mb (self, g_value_get_uint64 (value));
      break;
    case PROP_MAX_USER_PORT:
      wp_planner_model_set_max_user_port (self, g_value_get_uint (value));
      break;
    case PROP_TIME_WAIT_DELAY:
      wp_planner_model_set_time_wait_delay (self, g_value_get_uint (value));
      break;
    case PROP_MAX_CONNECTIONS:
      wp_planner_model_set_max_connections (self, g_value_get_uint (value));
      break;
    case PROP_SOCKETWRENCH_LEGACY:
      wp_planner_model_set_socketwrench_legacy (self, g_value_get_boolean (value));
      break;
    case PROP_VISIBLE_PLATFORMS:
      wp_planner_model_set_visible_platforms (self, g_value_get_uint (value));
      break;
    case PROP_SELECTED_PLATFORM:
      wp_planner_model_set_selected_platform (self, g_value_get_enum (value));
      break;
    case PROP_NEED_CONNECTIONS:
      wp_planner_model_set_need_connections (self, g_value_get_uint (value));
      break;
    case PROP_NEED_RATE:
      wp_planner_model_set_need_rate (self, g_value_get_uint (value));
      break;
    case PROP_CONNECTION_LIFE_MS:
      wp_planner_model_set_connection_life_ms (self, g_value_get_uint64 (value));
      break;
    case PROP_PORT_START:
      wp_planner_model_set_port_start (self, g_value_get_uint (value));
      break;
    case PROP_PORT_COUNT:
      wp_planner_model_set_port_count (self, g_value_get_uint (value));
      break;
    case PROP_CONNECTION_COST_KB:
      wp_planner_model_set_connection_cost_kb (self, g_value_get_uint (value));
      break;
    default:
      if (!wp_planner_model_measurement_set_property (self, prop_id, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}
