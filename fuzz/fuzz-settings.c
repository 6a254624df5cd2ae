/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What reads settings: a hand-edited or corrupt settings store, read
 * through GSettings (a keyfile backend holding the fuzz input) into a
 * WpPlannerModel by wp_settings_bind_model(), as the window does.  Whatever
 * the store holds, the model must end up with valid inputs, and nothing may
 * warn. */
#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "app/wp-settings.h"
#include "model/wp-planner-model.h"
#include "fuzz-common.h"

static GSettingsSchema *schema;
static char *store_path;

static void
remove_store (void)
{
  g_autofree char *dir = g_path_get_dirname (store_path);

  g_remove (store_path);
  g_rmdir (dir);
}

static void
setup (void)
{
  g_autoptr (GSettingsSchemaSource) source = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;

  if (schema != NULL)
    return;

  source = g_settings_schema_source_new_from_directory (WP_BUILD_SCHEMA_DIR, NULL, TRUE, &error);
  g_assert_no_error (error);
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, FALSE);
  g_assert_nonnull (schema);

  dir = g_dir_make_tmp ("wp-fuzz-settings-XXXXXX", &error);
  g_assert_no_error (error);
  store_path = g_build_filename (dir, "settings.ini", NULL);
  atexit (remove_store);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GSettingsBackend) backend = NULL;
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (WpPlannerModel) model = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto (GStrv) keys = NULL;
  WpLimitsInput input;

  setup ();
  /* Valid UTF-8 only: GLib 2.74's g_variant_parse() (under the keyfile
   * backend) emits a critical on a string with invalid UTF-8 in it, where
   * it should fail; outside our code (corpus: crash-invalid-utf8-string). */
  contents = g_utf8_make_valid ((const char *) data, size);
  g_file_set_contents (store_path, contents, -1, &error);
  g_assert_no_error (error);

  /* Keys under "/" in groups named by path: [io/github/…/WinsockPlanner]. */
  backend = g_keyfile_settings_backend_new (store_path, "/", NULL);
  settings = g_settings_new_full (schema, backend, NULL);
  model = wp_planner_model_new ();
  wp_settings_bind_model (settings, model);

  wp_planner_model_get_input (model, &input);
  g_assert_true (wp_limits_input_is_valid (&input));
  g_assert_cmpuint (wp_planner_model_get_visible_platforms (model) & ~WP_PLATFORMS_ALL, ==, 0);
  g_assert_true (wp_platform_is_valid (wp_planner_model_get_selected_platform (model)));

  /* What the window reads itself: every key yields a value in its range. */
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr (GSettingsSchemaKey) key = g_settings_schema_get_key (schema, keys[i]);
      g_autoptr (GVariant) value = g_settings_get_value (settings, keys[i]);

      g_assert_true (g_settings_schema_key_range_check (key, value));
    }

  /* A change goes back to the store: still no warning. */
  wp_planner_model_set_ram_mb (model, WP_RAM_MB_DEFAULT);

  return 0;
}
