/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpPlannerModel's measurement: what an import of a machine's netstat
 * found (WpMeasurement, a boxed type here), and the figures it gives for
 * the selected platform's client port range. */
#define G_LOG_DOMAIN "wp-planner-model"

#include "config.h"

#include <string.h>

#include "wp-planner-model-private.h"

/* By hand: G_DEFINE_BOXED_TYPE's type check converts to a union, which
 * -Wpedantic refuses. */
GType
wp_measurement_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_boxed_type_register_static (g_intern_static_string ("WpMeasurement"),
                                                            (GBoxedCopyFunc) wp_measurement_ref,
                                                            (GBoxedFreeFunc) wp_measurement_unref));
  return type;
}

enum
{
  MEASUREMENT,
  HAS_MEASURED_RANGE,
  MEASURED_CLIENT_PORTS,
  MEASURED_CLIENT_PCT,
  MEASURED_TIME_WAIT_PORTS,
  MEASURED_TIME_WAIT_PCT,
  N_MEASUREMENT_PROPS
};

static GParamSpec *properties[N_MEASUREMENT_PROPS];
static guint first_prop_id;

/* The figures of the selected platform, all 0 without a measurement or a
 * range; notifies those that changed. */
void
wp_planner_model_update_measured (WpPlannerModel *self)
{
  WpMeasuredPorts before = self->measured, *after = &self->measured;
  gboolean had_range = self->has_measured_range;
  GObject *object = G_OBJECT (self);

  self->has_measured_range = wp_planner_model_get_measured_ports (self, self->selected_platform,
                                                                  after);
  if (had_range != self->has_measured_range)
    g_object_notify_by_pspec (object, properties[HAS_MEASURED_RANGE]);
  if (before.in_use != after->in_use)
    g_object_notify_by_pspec (object, properties[MEASURED_CLIENT_PORTS]);
  if (before.in_use_pct != after->in_use_pct)
    g_object_notify_by_pspec (object, properties[MEASURED_CLIENT_PCT]);
  if (before.time_wait != after->time_wait)
    g_object_notify_by_pspec (object, properties[MEASURED_TIME_WAIT_PORTS]);
  if (before.time_wait_pct != after->time_wait_pct)
    g_object_notify_by_pspec (object, properties[MEASURED_TIME_WAIT_PCT]);
}

WpMeasurement *
wp_planner_model_get_measurement (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), NULL);

  return self->measurement;
}

void
wp_planner_model_set_measurement (WpPlannerModel *self,
                                  WpMeasurement  *measurement)
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  if (measurement == self->measurement)
    return;

  g_clear_pointer (&self->measurement, wp_measurement_unref);
  if (measurement != NULL)
    self->measurement = wp_measurement_ref (measurement);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[MEASUREMENT]);
  wp_planner_model_update_measured (self);
  g_object_thaw_notify (G_OBJECT (self));
  /* The chart's measured point. */
  g_signal_emit_by_name (self, "changed");
}

gboolean
wp_planner_model_get_measured_ports (WpPlannerModel  *self,
                                     WpPlatform       platform,
                                     WpMeasuredPorts *out)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), FALSE);
  g_return_val_if_fail (wp_platform_is_valid (platform), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (self->measurement == NULL)
    {
      memset (out, 0, sizeof *out);
      return FALSE;
    }
  return wp_measurement_measure_platform (self->measurement, platform, &self->input, out);
}

void
wp_planner_model_measurement_dispose (WpPlannerModel *self)
{
  g_clear_pointer (&self->measurement, wp_measurement_unref);
}

gboolean
wp_planner_model_measurement_get_property (WpPlannerModel *self,
                                           guint           prop_id,
                                           GValue         *value)
{
  if (prop_id < first_prop_id || prop_id >= first_prop_id + N_MEASUREMENT_PROPS)
    return FALSE;

  switch (prop_id - first_prop_id)
    {
    case MEASUREMENT:
      g_value_set_boxed (value, self->measurement);
      break;
    case HAS_MEASURED_RANGE:
      g_value_set_boolean (value, self->has_measured_range);
      break;
    case MEASURED_CLIENT_PORTS:
      g_value_set_uint (value, self->measured.in_use);
      break;
    case MEASURED_CLIENT_PCT:
      g_value_set_uint (value, self->measured.in_use_pct);
      break;
    case MEASURED_TIME_WAIT_PORTS:
      g_value_set_uint (value, self->measured.time_wait);
      break;
    case MEASURED_TIME_WAIT_PCT:
    default:
      g_value_set_uint (value, self->measured.time_wait_pct);
      break;
    }
  return TRUE;
}

gboolean
wp_planner_model_measurement_set_property (WpPlannerModel *self,
                                           guint           prop_id,
                                           const GValue   *value)
{
  if (prop_id != first_prop_id + MEASUREMENT)
    return FALSE;

  wp_planner_model_set_measurement (self, g_value_get_boxed (value));
  return TRUE;
}

/* Installs the properties at @first_id and up. */
void
wp_planner_model_measurement_class_init (GObjectClass *object_class,
                                         guint         first_id)
{
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  first_prop_id = first_id;
  properties[MEASUREMENT] =
    g_param_spec_boxed ("measurement", NULL, NULL, WP_TYPE_MEASUREMENT, rw);
  properties[HAS_MEASURED_RANGE] =
    g_param_spec_boolean ("has-measured-range", NULL, NULL, FALSE, ro);
  properties[MEASURED_CLIENT_PORTS] =
    g_param_spec_uint ("measured-client-ports", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[MEASURED_CLIENT_PCT] =
    g_param_spec_uint ("measured-client-pct", NULL, NULL, 0, 100, 0, ro);
  properties[MEASURED_TIME_WAIT_PORTS] =
    g_param_spec_uint ("measured-time-wait-ports", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[MEASURED_TIME_WAIT_PCT] =
    g_param_spec_uint ("measured-time-wait-pct", NULL, NULL, 0, 100, 0, ro);
  for (guint i = 0; i < N_MEASUREMENT_PROPS; i++)
    g_object_class_install_property (object_class, first_id + i, properties[i]);
}
