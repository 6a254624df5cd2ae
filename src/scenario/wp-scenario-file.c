/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The scenario file (docs/scenario-format.md): a GKeyFile whose [Inputs]
 * keys are the command line's options, read with the command line's
 * parsers and ranges.  What this version does not read is kept as it was,
 * comments and translations too, and written back.
 */
#define G_LOG_DOMAIN "wp-scenario"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "limits/wp-parse.h"
#include "limits/wp-target.h"
#include "limits/wp-workload.h"
#include "util/wp-file.h"
#include "wp-scenario-private.h"

#define KEY_FORMAT   "Format"
#define KEY_NAME     "Name"
#define KEY_CUSTOMER "Customer"
#define KEY_NOTES    "Notes"
#define KEY_SELECTED "Selected"
#define KEY_PLATFORM "platform"
#define TIME_WAIT_PLATFORM_WORD "default"
#define KEEP_ALL (G_KEY_FILE_KEEP_COMMENTS | G_KEY_FILE_KEEP_TRANSLATIONS)

typedef enum
{
  KIND_RAM,        /* wp_parse_ram_mb: 2048, 512M, 1.5G */
  KIND_UINT,       /* wp_parse_uint, as --max-user-port */
  KIND_COUNT,      /* wp_parse_count, as --port-start */
  KIND_TIME_WAIT,  /* "default" or wp_parse_uint */
  KIND_LIFE,       /* wp_parse_seconds_ms, as --connection-life */
  KIND_BOOL,
} FieldKind;

/* [Inputs]: each key is the command-line option of the same name. */
static const struct
{
  const char *key;
  FieldKind   kind;
  gsize       offset;
  guint64     min;
  guint64     max;
} fields[] = {
  { "ram", KIND_RAM, G_STRUCT_OFFSET (WpLimitsInput, ram_mb), WP_RAM_MB_MIN, WP_RAM_MB_MAX },
  { "max-user-port", KIND_UINT, G_STRUCT_OFFSET (WpLimitsInput, max_user_port),
    WP_MAX_USER_PORT_MIN, WP_MAX_USER_PORT_MAX },
  { "time-wait", KIND_TIME_WAIT, G_STRUCT_OFFSET (WpLimitsInput, time_wait_s),
    WP_TIME_WAIT_MIN, WP_TIME_WAIT_MAX },
  { "max-connections", KIND_UINT, G_STRUCT_OFFSET (WpLimitsInput, max_connections),
    WP_MAX_CONNECTIONS_MIN, WP_MAX_CONNECTIONS_MAX },
  { "socketwrench-3", KIND_BOOL, G_STRUCT_OFFSET (WpLimitsInput, socketwrench_legacy), 0, 1 },
  { "port-start", KIND_COUNT, G_STRUCT_OFFSET (WpLimitsInput, port_start),
    WP_PORT_RANGE_START_MIN, WP_PORT_RANGE_END_MAX },
  { "port-count", KIND_COUNT, G_STRUCT_OFFSET (WpLimitsInput, port_count),
    WP_PORT_RANGE_COUNT_MIN, WP_PORT_RANGE_END_MAX - WP_PORT_RANGE_START_MIN + 1 },
  { "connection-cost", KIND_COUNT, G_STRUCT_OFFSET (WpLimitsInput, connection_cost_kb),
    WP_CONNECTION_COST_KB_MIN, WP_CONNECTION_COST_KB_MAX },
  { "need-connections", KIND_COUNT, G_STRUCT_OFFSET (WpLimitsInput, need_connections),
    0, WP_NEED_MAX },
  { "need-rate", KIND_COUNT, G_STRUCT_OFFSET (WpLimitsInput, need_rate), 0, WP_NEED_MAX },
  { "connection-life", KIND_LIFE, G_STRUCT_OFFSET (WpLimitsInput, connection_life_ms),
    0, WP_CONNECTION_LIFE_MS_MAX },
};

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
  gpointer slot = G_STRUCT_MEMBER_P (input, fields[i].offset);
  guint64 value = 0;
  gboolean ok;

  switch (fields[i].kind)
    {
    case KIND_RAM:
      ok = wp_parse_ram_mb (text, &value, error);
      break;
    case KIND_TIME_WAIT:
      if (g_strcmp0 (g_strstrip ((char *) text), TIME_WAIT_PLATFORM_WORD) == 0)
        {
          ok = TRUE;
          value = WP_TIME_WAIT_PLATFORM;
          break;
        }
      G_GNUC_FALLTHROUGH;
    case KIND_UINT:
      ok = wp_parse_uint (text, fields[i].min, fields[i].max, &value, error);
      break;
    case KIND_COUNT:
      ok = wp_parse_count (text, fields[i].min, fields[i].max, &value, error);
      break;
    case KIND_LIFE:
      ok = wp_parse_seconds_ms (text, fields[i].max, &value, error);
      break;
    case KIND_BOOL:
    default:
      g_assert_not_reached ();
    }
  if (!ok)
    return FALSE;

  if (fields[i].kind == KIND_RAM || fields[i].kind == KIND_LIFE)
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

  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *text = NULL;
      GError *cause = NULL;

      if (!g_key_file_has_key (file, group, fields[i].key, NULL))
        continue;   /* the default, as an option not given */
      if (fields[i].kind == KIND_BOOL)
        {
          gboolean value = g_key_file_get_boolean (file, group, fields[i].key, &cause);

          if (cause != NULL)
            return key_error (error, group, fields[i].key, cause);
          *(gboolean *) G_STRUCT_MEMBER_P (input, fields[i].offset) = value;
          continue;
        }
      if (!get_text (file, group, fields[i].key, &text, error))
        return FALSE;
      if (!parse_field (i, text, input, &cause))
        return key_error (error, group, fields[i].key, cause);
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
static gboolean
check_format (GKeyFile *file,
              guint    *out_minor,
              GError  **error)
{
  g_autofree char *format = NULL;
  g_auto (GStrv) parts = NULL;
  guint64 major = 0, minor = 0;

  if (g_key_file_has_key (file, WP_SCENARIO_GROUP, KEY_FORMAT, NULL) &&
      !get_text (file, WP_SCENARIO_GROUP, KEY_FORMAT, &format, error))
    return FALSE;
  if (format == NULL)
    {
      g_set_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_NOT_SCENARIO,
                   _("not a Winsock Planner scenario: it has no [%s] %s"), WP_SCENARIO_GROUP,
                   KEY_FORMAT);
      return FALSE;
    }
  parts = g_strsplit (g_strstrip (format), ".", 3);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, G_MAXUINT, &major, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT, &minor, NULL))
    {
      g_set_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_INVALID, "[%s] %s: %s",
                   WP_SCENARIO_GROUP, KEY_FORMAT,
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

  if (!read_text (file, KEY_SELECTED, &id, error))
    return FALSE;
  if (id != NULL && !wp_platform_from_id (g_strstrip (id), selected))
    {
      guint mask;

      /* The platforms' parser says which ids there are. */
      if (!wp_parse_platforms (id, &mask, &cause))
        return key_error (error, WP_SCENARIO_GROUP, KEY_SELECTED, cause);
      g_set_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_INVALID, "[%s] %s: %s",
                   WP_SCENARIO_GROUP, KEY_SELECTED, _("not one version’s id"));
      return FALSE;
    }

  if (g_key_file_has_key (file, WP_SCENARIO_GROUP_INPUTS, KEY_PLATFORM, NULL))
    {
      if (!get_text (file, WP_SCENARIO_GROUP_INPUTS, KEY_PLATFORM, &ids, error))
        return FALSE;
      if (!wp_parse_platforms (ids, visible, &cause))
        return key_error (error, WP_SCENARIO_GROUP_INPUTS, KEY_PLATFORM, cause);
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

  if (!g_key_file_load_from_data (file, data, length, KEEP_ALL, &cause))
    {
      g_set_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_NOT_SCENARIO,
                   _("not a Winsock Planner scenario: %s"), cause->message);
      g_error_free (cause);
      return NULL;
    }

  wp_limits_input_init (&input);
  if (!check_format (file, &minor, error) ||
      !read_text (file, KEY_NAME, &name, error) ||
      !read_text (file, KEY_CUSTOMER, &customer, error) ||
      !read_text (file, KEY_NOTES, &notes, error) ||
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

/* Seconds to the millisecond, as --connection-life takes them: "0.25". */
static char *
format_life (guint64 ms)
{
  g_autofree char *text = g_strdup_printf ("%" G_GUINT64_FORMAT ".%03u", ms / 1000,
                                           (guint) (ms % 1000));
  gsize end = strlen (text);

  while (text[end - 1] == '0')
    end--;
  if (text[end - 1] == '.')
    end--;
  return g_strndup (text, end);
}

static char *
format_field (gsize                i,
              const WpLimitsInput *input)
{
  gconstpointer slot = G_STRUCT_MEMBER_P (input, fields[i].offset);

  switch (fields[i].kind)
    {
    case KIND_RAM:
      return g_strdup_printf ("%" G_GUINT64_FORMAT, *(const guint64 *) slot);
    case KIND_LIFE:
      return format_life (*(const guint64 *) slot);
    case KIND_BOOL:
      return g_strdup (*(const gboolean *) slot ? "true" : "false");
    case KIND_TIME_WAIT:
      if (*(const guint *) slot == WP_TIME_WAIT_PLATFORM)
        return g_strdup (TIME_WAIT_PLATFORM_WORD);
      G_GNUC_FALLTHROUGH;
    case KIND_UINT:
    case KIND_COUNT:
    default:
      return g_strdup_printf ("%u", *(const guint *) slot);
    }
}

static char *
format_platforms (guint mask)
{
  g_autoptr (GString) ids = g_string_new (NULL);

  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    if (mask & WP_PLATFORM_BIT (p))
      g_string_append_printf (ids, "%s%s", ids->len ? "," : "", wp_platform_info (p)->id);
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* The kept file, or a new one, for writing the values over. */
static GKeyFile *
start_file (WpScenario *self)
{
  GKeyFile *kept = wp_scenario_peek_kept (self);
  GKeyFile *file = g_key_file_new ();
  g_autofree char *data = NULL;
  g_autofree char *format = NULL;
  guint minor = WP_SCENARIO_FORMAT_MINOR;

  if (kept != NULL)
    {
      data = g_key_file_to_data (kept, NULL, NULL);
      g_key_file_load_from_data (file, data, (gsize) -1, KEEP_ALL, NULL);
      /* A newer minor version's keys are kept: the file stays that version. */
      check_format (kept, &minor, NULL);
      minor = MAX (minor, WP_SCENARIO_FORMAT_MINOR);
    }
  format = g_strdup_printf ("%u.%u", WP_SCENARIO_FORMAT_MAJOR, minor);
  g_key_file_set_string (file, WP_SCENARIO_GROUP, KEY_FORMAT, format);
  if (kept == NULL)
    g_key_file_set_comment (file, WP_SCENARIO_GROUP, NULL,
                            " A Winsock Planner scenario (docs/scenario-format.md)", NULL);
  return file;
}

char *
wp_scenario_to_data (WpScenario *self,
                     gsize      *out_length)
{
  g_autoptr (GKeyFile) file = NULL;
  g_autofree char *platforms = NULL;
  const WpLimitsInput *input;

  g_return_val_if_fail (WP_IS_SCENARIO (self), NULL);

  file = start_file (self);
  g_key_file_set_string (file, WP_SCENARIO_GROUP, KEY_NAME, wp_scenario_get_name (self));
  g_key_file_set_string (file, WP_SCENARIO_GROUP, KEY_CUSTOMER, wp_scenario_get_customer (self));
  g_key_file_set_string (file, WP_SCENARIO_GROUP, KEY_NOTES, wp_scenario_get_notes (self));
  g_key_file_set_string (file, WP_SCENARIO_GROUP, KEY_SELECTED,
                         wp_platform_info (wp_scenario_get_selected_platform (self))->id);

  input = wp_scenario_peek_input (self);
  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *text = format_field (i, input);

      g_key_file_set_value (file, WP_SCENARIO_GROUP_INPUTS, fields[i].key, text);
    }
  platforms = format_platforms (wp_scenario_get_visible_platforms (self));
  g_key_file_set_value (file, WP_SCENARIO_GROUP_INPUTS, KEY_PLATFORM, platforms);
  wp_scenario_write_measured (file, wp_scenario_get_measurement (self));

  return g_key_file_to_data (file, out_length, NULL);
}

gboolean
wp_scenario_save (WpScenario *self,
                  GFile      *file,
                  GError    **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (WP_IS_SCENARIO (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = wp_scenario_to_data (self, &length);
  return wp_file_replace_contents (file, data, length, error);
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
