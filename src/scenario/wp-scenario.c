/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-scenario"

#include "config.h"

#include <string.h>

#include "wp-scenario-private.h"

struct _WpScenario
{
  GObject parent_instance;

  char          *name;
  char          *customer;
  char          *notes;
  WpLimitsInput  input;
  guint          visible_platforms;
  WpPlatform     selected_platform;
  WpMeasurement *measurement;   /* or NULL */
  GKeyFile      *kept;   /* the file as read, or NULL */
};

G_DEFINE_FINAL_TYPE (WpScenario, wp_scenario, G_TYPE_OBJECT)
G_DEFINE_QUARK (wp-scenario-error-quark, wp_scenario_error)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_CUSTOMER,
  PROP_NOTES,
  PROP_VISIBLE_PLATFORMS,
  PROP_SELECTED_PLATFORM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Replaces *@slot by a copy of @text ("" for NULL); TRUE on a change. */
static gboolean
replace_text (char       **slot,
              const char  *text)
{
  if (text == NULL)
    text = "";
  if (g_strcmp0 (*slot, text) == 0)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (text);
  return TRUE;
}

static void
wp_scenario_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WpScenario *self = WP_SCENARIO (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_CUSTOMER:
      g_value_set_string (value, self->customer);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_VISIBLE_PLATFORMS:
      g_value_set_uint (value, self->visible_platforms);
      break;
    case PROP_SELECTED_PLATFORM:
      g_value_set_uint (value, self->selected_platform);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_scenario_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  WpScenario *self = WP_SCENARIO (object);

  switch (prop_id)
    {
    case PROP_NAME:
      wp_scenario_set_name (self, g_value_get_string (value));
      break;
    case PROP_CUSTOMER:
      wp_scenario_set_customer (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      wp_scenario_set_notes (self, g_value_get_string (value));
      break;
    case PROP_VISIBLE_PLATFORMS:
      wp_scenario_set_visible_platforms (self, g_value_get_uint (value));
      break;
    case PROP_SELECTED_PLATFORM:
      wp_scenario_set_selected_platform (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_scenario_finalize (GObject *object)
{
  WpScenario *self = WP_SCENARIO (object);

  g_free (self->name);
  g_free (self->customer);
  g_free (self->notes);
  g_clear_pointer (&self->measurement, wp_measurement_unref);
  g_clear_pointer (&self->kept, g_key_file_unref);

  G_OBJECT_CLASS (wp_scenario_parent_class)->finalize (object);
}

static void
wp_scenario_class_init (WpScenarioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = wp_scenario_get_property;
  object_class->set_property = wp_scenario_set_property;
  object_class->finalize = wp_scenario_finalize;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_CUSTOMER] = g_param_spec_string ("customer", NULL, NULL, "", flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_VISIBLE_PLATFORMS] =
    g_param_spec_uint ("visible-platforms", NULL, NULL, 0, WP_PLATFORMS_ALL,
                       WP_PLATFORMS_SOURCE, flags);
  properties[PROP_SELECTED_PLATFORM] =
    g_param_spec_uint ("selected-platform", NULL, NULL, 0, WP_N_PLATFORMS - 1,
                       WP_PLATFORM_WIN2000, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wp_scenario_init (WpScenario *self)
{
  self->name = g_strdup ("");
  self->customer = g_strdup ("");
  self->notes = g_strdup ("");
  wp_limits_input_init (&self->input);
  self->visible_platforms = WP_PLATFORMS_SOURCE;
  self->selected_platform = WP_PLATFORM_WIN2000;
}

WpScenario *
wp_scenario_new (void)
{
  return g_object_new (WP_TYPE_SCENARIO, NULL);
}

WpScenario *
wp_scenario_copy (WpScenario *self)
{
  WpScenario *copy;

  g_return_val_if_fail (WP_IS_SCENARIO (self), NULL);

  copy = wp_scenario_new ();
  replace_text (&copy->name, self->name);
  replace_text (&copy->customer, self->customer);
  replace_text (&copy->notes, self->notes);
  copy->input = self->input;
  copy->visible_platforms = self->visible_platforms;
  copy->selected_platform = self->selected_platform;
  wp_scenario_set_measurement (copy, self->measurement);
  if (self->kept != NULL)
    {
      g_autofree char *data = g_key_file_to_data (self->kept, NULL, NULL);

      copy->kept = g_key_file_new ();
      g_key_file_load_from_data (copy->kept, data, (gsize) -1,
                                 G_KEY_FILE_KEEP_COMMENTS | G_KEY_FILE_KEEP_TRANSLATIONS, NULL);
    }
  return copy;
}

#define DEFINE_TEXT_ACCESSORS(field, PROP)                              \
  const char *                                                          \
  wp_scenario_get_##field (WpScenario *self)                            \
  {                                                                     \
    g_return_val_if_fail (WP_IS_SCENARIO (self), NULL);                 \
    return self->field;                                                 \
  }                                                                     \
                                                                        \
  void                                                                  \
  wp_scenario_set_##field (WpScenario *self,                            \
                           const char *text)                            \
  {                                                                     \
    g_return_if_fail (WP_IS_SCENARIO (self));                           \
    if (replace_text (&self->field, text))                              \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);     \
  }

DEFINE_TEXT_ACCESSORS (name, PROP_NAME)
DEFINE_TEXT_ACCESSORS (customer, PROP_CUSTOMER)
DEFINE_TEXT_ACCESSORS (notes, PROP_NOTES)

void
wp_scenario_get_input (WpScenario    *self,
                       WpLimitsInput *out_input)
{
  g_return_if_fail (WP_IS_SCENARIO (self));
  g_return_if_fail (out_input != NULL);

  *out_input = self->input;
}

const WpLimitsInput *
wp_scenario_peek_input (WpScenario *self)
{
  g_return_val_if_fail (WP_IS_SCENARIO (self), NULL);

  return &self->input;
}

void
wp_scenario_set_input (WpScenario          *self,
                       const WpLimitsInput *input)
{
  g_return_if_fail (WP_IS_SCENARIO (self));
  g_return_if_fail (input != NULL && wp_limits_input_is_valid (input));

  self->input = *input;
}

guint
wp_scenario_get_visible_platforms (WpScenario *self)
{
  g_return_val_if_fail (WP_IS_SCENARIO (self), 0);

  return self->visible_platforms;
}

void
wp_scenario_set_visible_platforms (WpScenario *self,
                                   guint       platforms)
{
  g_return_if_fail (WP_IS_SCENARIO (self));

  /* As the model: the selected version is always shown. */
  platforms = (platforms & WP_PLATFORMS_ALL) | WP_PLATFORM_BIT (self->selected_platform);
  if (platforms == self->visible_platforms)
    return;
  self->visible_platforms = platforms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_PLATFORMS]);
}

WpPlatform
wp_scenario_get_selected_platform (WpScenario *self)
{
  g_return_val_if_fail (WP_IS_SCENARIO (self), WP_PLATFORM_WIN2000);

  return self->selected_platform;
}

void
wp_scenario_set_selected_platform (WpScenario *self,
                                   WpPlatform  platform)
{
  g_return_if_fail (WP_IS_SCENARIO (self));
  g_return_if_fail (wp_platform_is_valid (platform));

  if (platform == self->selected_platform)
    return;
  self->selected_platform = platform;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PLATFORM]);
  wp_scenario_set_visible_platforms (self, self->visible_platforms);
}

WpMeasurement *
wp_scenario_get_measurement (WpScenario *self)
{
  g_return_val_if_fail (WP_IS_SCENARIO (self), NULL);

  return self->measurement;
}

void
wp_scenario_get_named_input (WpScenario   *self,
                             WpNamedInput *out)
{
  g_return_if_fail (WP_IS_SCENARIO (self));
  g_return_if_fail (out != NULL);

  *out = (WpNamedInput) { 0 };
  out->name = wp_scenario_get_name (self);
  out->customer = wp_scenario_get_customer (self);
  out->platform = wp_scenario_get_selected_platform (self);
  wp_scenario_get_input (self, &out->input);
  out->measured = self->measurement != NULL;
  out->measured_connections = out->measured ? wp_measurement_get_connections (self->measurement)
                                            : 0;
}

void
wp_scenario_set_measurement (WpScenario    *self,
                             WpMeasurement *measurement)
{
  g_return_if_fail (WP_IS_SCENARIO (self));

  if (measurement == self->measurement)
    return;
  g_clear_pointer (&self->measurement, wp_measurement_unref);
  if (measurement != NULL)
    self->measurement = wp_measurement_ref (measurement);
}

gboolean
wp_scenario_equal (WpScenario *a,
                   WpScenario *b)
{
  const WpLimitsInput *x, *y;

  g_return_val_if_fail (WP_IS_SCENARIO (a) && WP_IS_SCENARIO (b), FALSE);

  x = &a->input;
  y = &b->input;
  /* Field by field: the struct has padding memcmp would read. */
  if ((a->measurement == NULL) != (b->measurement == NULL) ||
      (a->measurement != NULL && !wp_measurement_equal (a->measurement, b->measurement)))
    return FALSE;
  return g_str_equal (a->name, b->name) && g_str_equal (a->customer, b->customer) &&
         g_str_equal (a->notes, b->notes) &&
         a->visible_platforms == b->visible_platforms &&
         a->selected_platform == b->selected_platform &&
         x->ram_mb == y->ram_mb && x->max_user_port == y->max_user_port &&
         x->time_wait_s == y->time_wait_s && x->max_connections == y->max_connections &&
         !x->socketwrench_legacy == !y->socketwrench_legacy &&
         x->need_connections == y->need_connections && x->need_rate == y->need_rate &&
         x->connection_life_ms == y->connection_life_ms &&
         x->port_start == y->port_start && x->port_count == y->port_count &&
         x->connection_cost_kb == y->connection_cost_kb;
}

char *
wp_scenario_get_kept_value (WpScenario *self,
                            const char *group,
                            const char *key)
{
  GKeyFile *kept;

  g_return_val_if_fail (WP_IS_SCENARIO (self), NULL);

  kept = self->kept;
  return kept != NULL ? g_key_file_get_value (kept, group, key, NULL) : NULL;
}

void
wp_scenario_set_kept_value (WpScenario *self,
                            const char *group,
                            const char *key,
                            const char *value)
{
  GKeyFile *kept;

  g_return_if_fail (WP_IS_SCENARIO (self));
  g_return_if_fail (group != NULL && key != NULL);

  kept = self->kept;
  if (kept == NULL && value == NULL)
    return;
  if (kept == NULL)
    {
      kept = g_key_file_new ();
      self->kept = kept;
    }
  if (value != NULL)
    {
      g_key_file_set_value (kept, group, key, value);
      return;
    }
  g_key_file_remove_key (kept, group, key, NULL);
  if (g_key_file_has_group (kept, group))
    {
      g_auto (GStrv) keys = g_key_file_get_keys (kept, group, NULL, NULL);

      if (keys == NULL || keys[0] == NULL)
        g_key_file_remove_group (kept, group, NULL);
    }
}

GKeyFile *
wp_scenario_peek_kept (WpScenario *self)
{
  return self->kept;
}

void
wp_scenario_take_kept (WpScenario *self,
                       GKeyFile   *kept)
{
  g_clear_pointer (&self->kept, g_key_file_unref);
  self->kept = kept;
}
