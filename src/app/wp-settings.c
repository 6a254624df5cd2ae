/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-settings"

#include "config.h"

#include "wp-settings.h"

/* visible-platforms: a list of platform ids <-> a WP_PLATFORM_BIT mask.
 * Unknown ids (a hand-edited or newer setting) are skipped. */
static gboolean
visible_get_mapping (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  g_autofree const char **ids = g_variant_get_strv (variant, NULL);
  guint mask = 0;

  for (gsize i = 0; ids[i] != NULL; i++)
    {
      WpPlatform platform;

      if (wp_platform_from_id (ids[i], &platform))
        mask |= WP_PLATFORM_BIT (platform);
      else
        g_debug ("Ignoring unknown platform “%s” in visible-platforms", ids[i]);
    }

  g_value_set_uint (value, mask);
  return TRUE;
}

static GVariant *
visible_set_mapping (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  guint mask = g_value_get_uint (value);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_STRING_ARRAY);
  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    if (mask & WP_PLATFORM_BIT (p))
      g_variant_builder_add (&builder, "s", wp_platform_info (p)->id);

  return g_variant_builder_end (&builder);
}

/* selected-platform: a platform id, the enum's nick.  GSettings' own
 * mapping would do, but warns of an unknown id (a hand-edited or newer
 * setting): this one falls back to the default quietly. */
static gboolean
selected_get_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  g_autoptr (GEnumClass) platforms = g_type_class_ref (WP_TYPE_PLATFORM);
  const GEnumValue *platform = g_enum_get_value_by_nick (platforms,
                                                         g_variant_get_string (variant, NULL));

  if (platform == NULL)
    return FALSE;

  g_value_set_enum (value, platform->value);
  return TRUE;
}

static GVariant *
selected_set_mapping (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  g_autoptr (GEnumClass) platforms = g_type_class_ref (WP_TYPE_PLATFORM);
  const GEnumValue *platform = g_enum_get_value (platforms, g_value_get_enum (value));

  return platform ? g_variant_new_string (platform->value_nick) : NULL;
}

/* The settings, where the schema is installed or where
 * $GSETTINGS_SCHEMA_DIR says (meson devenv, the tests); NULL (nothing
 * remembered) without it. */
GSettings *
wp_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  if (schema == NULL)
    {
      g_message ("The settings schema %s is not installed: settings will not be remembered",
                 APPLICATION_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

/* Takes the model's inputs from @settings, and stores every change. */
void
wp_settings_bind_model (GSettings      *settings,
                        WpPlannerModel *model)
{
  static const char * const inputs[] = {
    "ram-mb", "max-user-port", "time-wait-delay", "max-connections", "socketwrench-legacy",
    "need-connections", "need-rate", "connection-life-ms",
    /* the range's start before its count: the model cuts the count to end
     * at 65535, so a stored range arrives whole */
    "port-start", "port-count", "connection-cost-kb",
  };

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (WP_IS_PLANNER_MODEL (model));

  /* The keys are named like the properties; the model clamps what the
   * schema's ranges let through (1..29 s of TIME_WAIT, for one). */
  for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++)
    g_settings_bind (settings, inputs[i], model, inputs[i], G_SETTINGS_BIND_DEFAULT);

  g_settings_bind_with_mapping (settings, "visible-platforms", model, "visible-platforms",
                                G_SETTINGS_BIND_DEFAULT,
                                visible_get_mapping, visible_set_mapping, NULL, NULL);
  g_settings_bind_with_mapping (settings, "selected-platform", model, "selected-platform",
                                G_SETTINGS_BIND_DEFAULT,
                                selected_get_mapping, selected_set_mapping, NULL, NULL);

}
