/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The scenario file (docs/scenario-format.md), read: a GKeyFile whose
 * [Inputs] keys are the command line's options, read with the command
 * line's parsers and ranges.  What this version does not read is kept as it
 * was, comments and translations too, and written back
 * (wp-scenario-file-write.c).
 */
#define G_LOG_DOMAIN "wp-scenario"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "limits/wp-parse.h"
#include "limits/wp-target.h"
#include "limits/wp-workload.h"
#include "wp-scenario-private.h"

/* [Inputs]: each key is the command-line option of the same name. */
const WpScenarioField wp_scenario_fields[] = {
  { "ram", WP_SCENARIO_FIELD_RAM, G_STRUCT_OFFSET (WpLimitsInput, ram_mb), WP_RAM_MB_MIN, WP_RAM_MB_MAX },
  { "max-user-port", WP_SCENARIO_FIELD_UINT, G_STRUCT_OFFSET (WpLimitsInput, max_user_port),
    WP_MAX_USER_PORT_MIN, WP_MAX_USER_PORT_MAX },
  { "time-wait", WP_SCENARIO_FIELD_TIME_WAIT, G_STRUCT_OFFSET (WpLimitsInput, time_wait_s),
    WP_TIME_WAIT_MIN, WP_TIME_WAIT_MAX },
  { "max-connections", WP_SCENARIO_FIELD_UINT, G_STRUCT_OFFSET (WpLimitsInput, max_connections),
    WP_MAX_CONNECTIONS_MIN, WP_MAX_CONNECTIONS_MAX },
  { "socketwrench-3", WP_SCENARIO_FIELD_BOOL, G_STRUCT_OFFSET (WpLimitsInput, socketwrench_legacy), 0, 1 },
  { "port-start", WP_SCENARIO_FIELD_COUNT, G_STRUCT_OFFSET (WpLimitsInput, port_start),
    WP_PORT_RANGE_START_MIN, WP_PORT_RANGE_END_MAX },
  { "port-count", WP_SCENARIO_FIELD_COUNT, G_STRUCT_OFFSET (WpLimitsInput, port_count),
    WP_PORT_RANGE_COUNT_MIN, WP_PORT_RANGE_END_MAX - WP_PORT_RANGE_START_MIN + 1 },
  { "connection-cost", WP_SCENARIO_FIELD_COUNT, G_STRUCT_OFFSET (WpLimitsInput, connection_cost_kb),
    WP_CONNECTION_COST_KB_MIN, WP_CONNECTION_COST_KB_MAX },
  { "need-connections", WP_SCENARIO_FIELD_COUNT, G_STRUCT_OFFSET (WpLimitsInput, need_connections),
    0, WP_NEED_MAX },
  { "need-rate", WP_SCENARIO_FIELD_COUNT, G_STRUCT_OFFSET (WpLimitsInput, need_rate), 0, WP_NEED_MAX },
  { "connection-life", WP_SCENARIO_FIELD_LIFE, G_STRUCT_OFFSET (WpLimitsInput, connection_life_ms),
    0, WP_CONNECTION_LIFE_MS_MAX },
};
const gsize wp_scenario_n_fields = G_N_ELEMENTS (wp_scenario_fields);

/* "[Inputs] ram: why", the parser's message kept. */
static gboolean
key_error (GError    **error,
           const char *group,
           const char *key,
           GError     *cause)
{
  g_set_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_INVALID, "[%s] %s: %s", group, key,
               cause->message);
  g_error_free (cause);
  return FALSE;
}

/* A string value, unescaped.  Escapes are checked first: GLib 2.74's
 * g_key_file_get_string() sets its error twice on a value with two bad
 * ones ("\\w…\\"). */
static gboolean
get_text (GKeyFile   *file,
          const char *group,
          const char *key,
          char      **out,
          GError    **error)
{
  g_autofree char *raw = g_key_file_get_value (file, group, key, NULL);
  GError *cause = NULL;

  for (const char *p = raw; p != NULL && *p != '\0'; p++)
    if (*p == '\\' && (*++p == '\0' || strchr ("sntr\\", *p) == NULL))
      {
        g_set_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_INVALID, "[%s] %s: %s", group,
                     key, _("a backslash that is not \\s, \\n, \\t, \\r or \\\\"));
        return FALSE;
      }
  *out = g_key_file_get_string (file, group, key, &cause);
  if (cause == NULL)
    return TRUE;
  g_clear_pointer (out, g_free);
  return key_error (error, group, key, cause);
}

static gboolean
parse_field (gsize          i,
             const char    *text,
             WpLimitsInput *input,
             GError       **error)
{
  gpointer slot = G_STRUCT_MEMBER_P (input, wp_scenario_fields[i].offset);
  guint64 value = 0;
  gboolean ok;

  switch (wp_scenario_fields[i].kind)
    {
    case WP_SCENARIO_FIELD_RAM:
      ok = wp_parse_ram_mb (text, &value, error);
      break;
    case WP_SCENARIO_FIELD_TIME_WAIT:
      if (g_strcmp0 (g_strstrip ((char *) text), WP_SCENARIO_TIME_WAIT_PLATFORM) == 0)
        {
          ok = TRUE;
          value = WP_TIME_WAIT_PLATFORM;
          break;
        }
      G_GNUC_FALLTHROUGH;
    case WP_SCENARIO_FIELD_UINT:
      ok = wp_parse_uint (text, wp_scenario_fields[i].min, wp_scenario_fields[i].max, &value, error);
      break;
    case WP_SCENARIO_FIELD_COUNT:
      ok = wp_parse_count (text, wp_scenario_fields[i].min, wp_scenario_fields[i].max, &value, error);
      break;
    case WP_SCENARIO_FIELD_LIFE:
      ok = wp_parse_seconds_ms (text, wp_scenario_fields[i].max, &value, error);
      break;
    case WP_SCENARIO_FIELD_BOOL:
    default:
      g_assert_not_reached ();
    }
  if (!ok)
    return FALSE;

  if (wp_scenario_fields[i].kind == WP_SCENARIO_FIELD_RAM || wp_scenario_fields[i].kind == WP_SCENARIO_FIELD_LIFE)
    *(guint64 *) slot = value;
  else
    *(guint *) slot = (guint) value;
  return TRUE;
}

static gboolean
read_inputs (GKeyFile      *file,
             WpLimitsInput *input,
             GError       **error)
{
  const char *group = WP_SCENARIO_GROUP_INPUTS;
  WpPortRange range;

  for (gsize i = 0; i < wp_scenario_n_fields; i++)
    {
      g_autofree char *text = NULL;
      GError *cause = NULL;

      if (!g_key_file_has_key (file, group, wp_scenario_fields[i].key, NULL))
        continue;   /* the default, as an option not given */
      if (wp_scenario_fields[i].kind == WP_SCENARIO_FIELD_BOOL)
        {
          gboolean value = g_key_file_get_boolean (file, group, wp_scenario_fields[i].key, &cause);

          if (cause != NULL)
            return key_error (error, group, wp_scenario_fields[i].key, cause);
          *(gboolean *) G_STRUCT_MEMBER_P (input, wp_scenario_fields[i].offset) = value;
          continue;
        }
      if (!get_text (file, group, wp_scenario_fields[i].key, &text, error))
        return FALSE;
      if (!parse_field (i, text, input, &cause))
        return key_error (error, group, wp_scenario_fields[i].key, cause);
    }

  range = (WpPortRange) { input->port_start, input->port_count };
  if (wp_port_range_check (&range) == WP_PORT_RANGE_PAST_END)
    {
      /* Translators: "20000 ports from 49152 would end past 65535: at most
       * 16384 from there" */
      g_autofree char *why = g_strdup_printf (_("%u ports from %u would end past %u: at most %u "
                                                "from there"),
                                              input->port_count, input->port_start,
                                              WP_PORT_RANGE_END_MAX,
                                              WP_PORT_RANGE_END_MAX - input->port_start + 1);

      g_set_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_INVALID, "[%s] %s: %s", group,
                   "port-count", why);
      return FALSE;
    }
  return TRUE;
}

/* "1.0": the major version must be ours, the minor may be any. */
gboolean
wp_scenario_file_check_format (GKeyFile *file,
                               guint    *out_minor,
                               GError  **error)
{
  g_autofree char *format = NULL;
  g_auto (GStrv) parts = NULL;
  guint64 major = 0, minor = 0;

  if (g_key_file_has_key (file, WP_SCENARIO_GROUP, WP_SCENARIO_KEY_FORMAT, NULL) &&
      !get_text (file, WP_SCENARIO_GROUP, WP_SCENARIO_KEY_FORMAT, &format, error))
    return FALSE;
  if (format == NULL)
    {
      g_set_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_NOT_SCENARIO,
                   _("not a Winsock Planner scenario: it has no [%s] %s"), WP_SCENARIO_GROUP,
                   WP_SCENARIO_KEY_FORMAT);
      return FALSE;
    }
  parts = g_strsplit (g_strstrip (format), ".", 3);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, G_MAXUINT, &major, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT, &minor, NULL))
    {
      g_set_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_INVALID, "[%s] %s: %s",
                   WP_SCENARIO_GROUP, WP_SCENARIO_KEY_FORMAT,
                   _("not a format version such as 1.0"));
      return FALSE;
    }
  if (major > WP_SCENARIO_FORMAT_MAJOR)
    {
      /* Translators: the file's format version, then the one this program reads */
      g_set_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_NEWER,
                   _("written by a newer Winsock Planner (scenario format %s; this version "
                     "reads format %u): open it with a newer version"),
                   format, WP_SCENARIO_FORMAT_MAJOR);
      return FALSE;
    }
  *out_minor = (guint) minor;
  return TRUE;
}

static gboolean
read_text (GKeyFile   *file,
           const char *key,
           char      **out,
           GError    **error)
{
  if (!g_key_file_has_key (file, WP_SCENARIO_GROUP, key, NULL))
    return TRUE;
  return get_text (file, WP_SCENARIO_GROUP, key, out, error);
}

/* [Scenario] Selected and [Inputs] platform, the selected one always shown. */
static gboolean
read_platforms (GKeyFile   *file,
                WpPlatform *selected,
                guint      *visible,
                GError    **error)
{
  g_autofree char *id = NULL;
  g_autofree char *ids = NULL;
  GError *cause = NULL;

  if (!read_text (file, WP_SCENARIO_KEY_SELECTED, &id, error))
    return FALSE;
  if (id != NULL && !wp_platform_from_id (g_strstrip (id), selected))
    {
      guint mask;

      /* The platforms' parser says which ids there are. */
      if (!wp_parse_platforms (id, &mask, &cause))
        return key_error (error, WP_SCENARIO_GROUP, WP_SCENARIO_KEY_SELECTED, cause);
      g_set_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_INVALID, "[%s] %s: %s",
                   WP_SCENARIO_GROUP, WP_SCENARIO_KEY_SELECTED, _("not one version’s id"));
      return FALSE;
    }

  if (g_key_file_has_key (file, WP_SCENARIO_GROUP_INPUTS, WP_SCENARIO_KEY_PLATFORM, NULL))
    {
      if (!get_text (file, WP_SCENARIO_GROUP_INPUTS, WP_SCENARIO_KEY_PLATFORM, &ids, error))
        return FALSE;
      if (!wp_parse_platforms (ids, visible, &cause))
        return key_error (error, WP_SCENARIO_GROUP_INPUTS, WP_SCENARIO_KEY_PLATFORM, cause);
    }
  /* Without Selected, as --platform: the default while shown, else the first. */
  if (id == NULL && !(*visible & WP_PLATFORM_BIT (*selected)))
    *selected = g_bit_nth_lsf (*visible, -1);
  *visible |= WP_PLATFORM_BIT (*selected);
  return TRUE;
}

WpScenario *
wp_scenario_new_from_data (const char  *data,
                           gsize        length,
                           GError     **error)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autofree char *name = NULL, *customer = NULL, *notes = NULL;
  WpLimitsInput input;
  WpPlatform selected = WP_PLATFORM_WIN2000;
  guint visible = WP_PLATFORMS_SOURCE, minor;
  GError *cause = NULL;
  g_autoptr (WpMeasurement) measurement = NULL;
  WpScenario *self;

  g_return_val_if_fail (data != NULL, NULL);

  if (!g_key_file_load_from_data (file, data, length, WP_SCENARIO_KEEP_ALL, &cause))
    {
      g_set_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_NOT_SCENARIO,
                   _("not a Winsock Planner scenario: %s"), cause->message);
      g_error_free (cause);
      return NULL;
    }

  wp_limits_input_init (&input);
  if (!wp_scenario_file_check_format (file, &minor, error) ||
      !read_text (file, WP_SCENARIO_KEY_NAME, &name, error) ||
      !read_text (file, WP_SCENARIO_KEY_CUSTOMER, &customer, error) ||
      !read_text (file, WP_SCENARIO_KEY_NOTES, &notes, error) ||
      !read_platforms (file, &selected, &visible, error) ||
      !read_inputs (file, &input, error) ||
      !wp_scenario_read_measured (file, &measurement, error))
    return NULL;

  self = wp_scenario_new ();
  wp_scenario_set_name (self, name);
  wp_scenario_set_customer (self, customer);
  wp_scenario_set_notes (self, notes);
  wp_scenario_set_selected_platform (self, selected);
  wp_scenario_set_visible_platforms (self, visible);
  wp_scenario_set_input (self, &input);
  wp_scenario_set_measurement (self, measurement);
  wp_scenario_take_kept (self, g_steal_pointer (&file));
  return self;
}

WpScenario *
wp_scenario_new_from_file (GFile   *file,
                           GError **error)
{
  g_autofree char *data = NULL;
  gsize length;
  GError *cause = NULL;
  WpScenario *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* GIO's own message names the file already. */
  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    return NULL;
  self = wp_scenario_new_from_data (data, length, &cause);
  if (self == NULL)
    {
      g_autofree char *shown = g_file_get_parse_name (file);

      g_set_error (error, cause->domain, cause->code, "%s: %s", shown, cause->message);
      g_error_free (cause);
    }
  return self;
}

/* For wp-scenario-measured.c: the same checks and messages. */
gboolean
wp_scenario_file_get_text (GKeyFile   *file,
                           const char *group,
                           const char *key,
                           char      **out,
                           GError    **error)
{
  return get_text (file, group, key, out, error);
}

gboolean
wp_scenario_file_key_error (GError    **error,
                            const char *group,
                            const char *key,
                            GError     *cause)
{
  return key_error (error, group, key, cause);
}
