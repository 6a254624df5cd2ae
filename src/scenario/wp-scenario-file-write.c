/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The scenario file, written: every input as the command line spells it,
 * over the file it was read from (its unknown groups, keys and comments
 * kept), all or nothing. */
#define G_LOG_DOMAIN "wp-scenario"

#include "config.h"

#include <string.h>

#include "util/wp-file.h"
#include "wp-scenario-private.h"

/* Helpers */

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
  gconstpointer slot = G_STRUCT_MEMBER_P (input, wp_scenario_fields[i].offset);

  switch (wp_scenario_fields[i].kind)
    {
    case WP_SCENARIO_FIELD_RAM:
      return g_strdup_printf ("%" G_GUINT64_FORMAT, *(const guint64 *) slot);
    case WP_SCENARIO_FIELD_LIFE:
      return format_life (*(const guint64 *) slot);
    case WP_SCENARIO_FIELD_BOOL:
      return g_strdup (*(const gboolean *) slot ? "true" : "false");
    case WP_SCENARIO_FIELD_TIME_WAIT:
      if (*(const guint *) slot == WP_TIME_WAIT_PLATFORM)
        return g_strdup (WP_SCENARIO_TIME_WAIT_PLATFORM);
      G_GNUC_FALLTHROUGH;
    case WP_SCENARIO_FIELD_UINT:
    case WP_SCENARIO_FIELD_COUNT:
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
      g_key_file_load_from_data (file, data, (gsize) -1, WP_SCENARIO_KEEP_ALL, NULL);
      /* A newer minor version's keys are kept: the file stays that version. */
      wp_scenario_file_check_format (kept, &minor, NULL);
      minor = MAX (minor, WP_SCENARIO_FORMAT_MINOR);
    }
  format = g_strdup_printf ("%u.%u", WP_SCENARIO_FORMAT_MAJOR, minor);
  g_key_file_set_string (file, WP_SCENARIO_GROUP, WP_SCENARIO_KEY_FORMAT, format);
  if (kept == NULL)
    g_key_file_set_comment (file, WP_SCENARIO_GROUP, NULL,
                            " A Winsock Planner scenario (docs/scenario-format.md)", NULL);
  return file;
}

/* Public API */

char *
wp_scenario_to_data (WpScenario *self,
                     gsize      *out_length)
{
  g_autoptr (GKeyFile) file = NULL;
  g_autofree char *platforms = NULL;
  const WpLimitsInput *input;

  g_return_val_if_fail (WP_IS_SCENARIO (self), NULL);

  file = start_file (self);
  g_key_file_set_string (file, WP_SCENARIO_GROUP, WP_SCENARIO_KEY_NAME, wp_scenario_get_name (self));
  g_key_file_set_string (file, WP_SCENARIO_GROUP, WP_SCENARIO_KEY_CUSTOMER, wp_scenario_get_customer (self));
  g_key_file_set_string (file, WP_SCENARIO_GROUP, WP_SCENARIO_KEY_NOTES, wp_scenario_get_notes (self));
  g_key_file_set_string (file, WP_SCENARIO_GROUP, WP_SCENARIO_KEY_SELECTED,
                         wp_platform_info (wp_scenario_get_selected_platform (self))->id);

  input = wp_scenario_peek_input (self);
  for (gsize i = 0; i < wp_scenario_n_fields; i++)
    {
      g_autofree char *text = format_field (i, input);

      g_key_file_set_value (file, WP_SCENARIO_GROUP_INPUTS, wp_scenario_fields[i].key, text);
    }
  platforms = format_platforms (wp_scenario_get_visible_platforms (self));
  g_key_file_set_value (file, WP_SCENARIO_GROUP_INPUTS, WP_SCENARIO_KEY_PLATFORM, platforms);
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
