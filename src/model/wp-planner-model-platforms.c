/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpPlannerModel's platforms: which are drawn, which one the figures
 * describe, and every platform's figures. */
#define G_LOG_DOMAIN "wp-planner-model"

#include "config.h"

#include <string.h>

#include "wp-planner-model-private.h"

/* Public API */

guint
wp_planner_model_get_visible_platforms (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), 0);

  return self->visible_platforms;
}

/* Bits beyond the known platforms are dropped. */
void
wp_planner_model_set_visible_platforms (WpPlannerModel *self,
                                        guint           platforms)
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  /* The selected version is always drawn: the readouts describe it. */
  platforms &= WP_PLATFORMS_ALL;
  platforms |= WP_PLATFORM_BIT (self->selected_platform);
  if (platforms == self->visible_platforms)
    return;

  self->visible_platforms = platforms;
  wp_planner_model_visible_changed (self);
}

gboolean
wp_planner_model_is_platform_visible (WpPlannerModel *self,
                                      WpPlatform      platform)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), FALSE);
  g_return_val_if_fail (wp_platform_is_valid (platform), FALSE);

  return (self->visible_platforms & WP_PLATFORM_BIT (platform)) != 0;
}

void
wp_planner_model_set_platform_visible (WpPlannerModel *self,
                                       WpPlatform      platform,
                                       gboolean        visible)
{
  guint platforms;

  g_return_if_fail (WP_IS_PLANNER_MODEL (self));
  g_return_if_fail (wp_platform_is_valid (platform));

  platforms = self->visible_platforms;
  if (visible)
    platforms |= WP_PLATFORM_BIT (platform);
  else
    platforms &= ~WP_PLATFORM_BIT (platform);

  wp_planner_model_set_visible_platforms (self, platforms);
}

WpPlatform
wp_planner_model_get_selected_platform (WpPlannerModel *self)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), WP_PLATFORM_WIN2000);

  return self->selected_platform;
}

/* Out of range clamps to the nearest platform, like the other inputs. */
void
wp_planner_model_set_selected_platform (WpPlannerModel *self,
                                        WpPlatform      platform)
{
  WpPlatform old;

  g_return_if_fail (WP_IS_PLANNER_MODEL (self));

  platform = CLAMP ((int) platform, 0, WP_N_PLATFORMS - 1);
  if (platform == self->selected_platform)
    return;

  old = self->selected_platform;
  self->selected_platform = platform;

  g_object_freeze_notify (G_OBJECT (self));
  wp_planner_model_selected_changed (self, old);
  wp_planner_model_set_platform_visible (self, platform, TRUE);
  wp_planner_model_update_measured (self);
  g_object_thaw_notify (G_OBJECT (self));
}

void
wp_planner_model_get_limits (WpPlannerModel *self,
                             WpPlatform      platform,
                             WpLimits       *out_limits)
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));
  g_return_if_fail (wp_platform_is_valid (platform));
  g_return_if_fail (out_limits != NULL);

  *out_limits = self->limits[platform];
}

void
wp_planner_model_get_all_limits (WpPlannerModel *self,
                                 WpLimits        out_limits[WP_N_PLATFORMS])
{
  g_return_if_fail (WP_IS_PLANNER_MODEL (self));
  g_return_if_fail (out_limits != NULL);

  memcpy (out_limits, self->limits, sizeof self->limits);
}

const WpLimits *
wp_planner_model_peek_limits (WpPlannerModel *self,
                              WpPlatform      platform)
{
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (self), NULL);
  g_return_val_if_fail (wp_platform_is_valid (platform), NULL);

  return &self->limits[platform];
}
