/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every view of the model (the window's parts, the chart, the Sources
 * dialog) does with its "model" property. */
#define G_LOG_DOMAIN "wp-planner-model"

#include "config.h"

#include "wp-planner-model.h"

gboolean
wp_planner_model_replace (gpointer         owner,
                          WpPlannerModel **slot,
                          WpPlannerModel  *model)
{
  g_return_val_if_fail (slot != NULL, FALSE);
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), FALSE);

  if (*slot == model)
    return FALSE;

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, owner);
  g_set_object (slot, model);
  return TRUE;
}

/* The "model" property of a view of the model: read-write, notified only
 * on a change. */
GParamSpec *
wp_planner_model_param_spec (void)
{
  return g_param_spec_object ("model", NULL, NULL, WP_TYPE_PLANNER_MODEL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                              G_PARAM_STATIC_STRINGS);
}
