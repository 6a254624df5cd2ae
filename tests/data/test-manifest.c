/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Flatpak manifest builds this repository with meson in a supported
 * GNOME runtime, starts the program the build installs, under the ID the
 * data files use, with no more permissions than a GTK 3 chart app needs. */
#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "wp-test-util.h"

/* Exactly these: files go through the portals GtkFileChooserNative and
 * GtkPrintOperation use, so no filesystem or network access. */
static const char * const expected_finish_args[] = {
  "--share=ipc",
  "--socket=fallback-x11",
  "--socket=wayland",
  "--device=dri",
  NULL,
};

#define OLDEST_RUNTIME 50

static JsonObject *
load_manifest (JsonParser *parser,
               const char *json,
               gssize      length)
{
  g_autoptr (GError) error = NULL;
  JsonNode *root;

  if (json != NULL)
    json_parser_load_from_data (parser, json, length, &error);
  else
    json_parser_load_from_file (parser, g_getenv ("WP_MANIFEST"), &error);
  g_assert_no_error (error);

  root = json_parser_get_root (parser);
  g_assert_nonnull (root);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_node_get_object (root);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  if (!json_object_has_member (object, name))
    g_error ("the manifest has no “%s”", name);
  return json_object_get_string_member (object, name);
}

/* The checks that hold for the manifest as written and as flatpak-builder
 * reads it. */
static void
check_manifest (JsonObject *manifest)
{
  g_autofree char *binary = g_path_get_basename (g_getenv ("WP_BINARY"));
  const char *version = member_string (manifest, "runtime-version");
  JsonArray *finish_args = json_object_get_array_member (manifest, "finish-args");
  guint64 major = 0;

  g_assert_cmpstr (member_string (manifest, "id"), ==, APPLICATION_ID);
  g_assert_cmpstr (member_string (manifest, "command"), ==, binary);
  g_assert_cmpstr (member_string (manifest, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (member_string (manifest, "sdk"), ==, "org.gnome.Sdk");
  g_assert_true (g_ascii_string_to_unsigned (version, 10, OLDEST_RUNTIME, G_MAXUINT, &major, NULL));
  g_assert_false (json_object_has_member (manifest, "app-id"));

  g_assert_nonnull (finish_args);
  g_assert_cmpuint (json_array_get_length (finish_args), ==, g_strv_length ((char **) expected_finish_args));
  for (guint i = 0; i < json_array_get_length (finish_args); i++)
    {
      const char *arg = json_array_get_string_element (finish_args, i);

      if (!g_strv_contains (expected_finish_args, arg))
        g_error ("finish-args: %s is not needed", arg);
    }
}

static void
test_manifest_contents (void)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser, NULL, 0);
  JsonArray *modules = json_object_get_array_member (manifest, "modules");
  JsonObject *module;
  JsonArray *sources;
  g_autofree char *manifest_dir = g_path_get_dirname (g_getenv ("WP_MANIFEST"));
  g_autofree char *source_root = realpath (g_getenv ("WP_SOURCE_ROOT"), NULL);
  gboolean has_dir_source = FALSE;

  check_manifest (manifest);

  /* GTK 3 comes with the runtime: the app is the only module. */
  g_assert_nonnull (modules);
  g_assert_cmpuint (json_array_get_length (modules), ==, 1);
  module = json_array_get_object_element (modules, 0);
  g_assert_cmpstr (member_string (module, "name"), ==, g_getenv ("WP_PROJECT_NAME"));
  g_assert_cmpstr (member_string (module, "buildsystem"), ==, "meson");

  sources = json_object_get_array_member (module, "sources");
  g_assert_nonnull (sources);
  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *source = json_array_get_object_element (sources, i);
      g_autofree char *joined = NULL;
      g_autofree char *path = NULL;

      if (g_strcmp0 (member_string (source, "type"), "dir") != 0)
        continue;
      joined = g_build_filename (manifest_dir, member_string (source, "path"), NULL);
      path = realpath (joined, NULL);
      g_assert_cmpstr (path, ==, source_root);
      has_dir_source = TRUE;
    }
  g_assert_true (has_dir_source);
}

/* The desktop file and metainfo the build makes use the manifest's ID. */
static void
test_manifest_matches_data (void)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *manifest = load_manifest (parser, NULL, 0);
  g_autoptr (GKeyFile) desktop = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *desktop_name = g_path_get_basename (g_getenv ("WP_DESKTOP_FILE"));
  g_autofree char *metainfo_name = g_path_get_basename (g_getenv ("WP_METAINFO_FILE"));
  g_autofree char *icon = NULL;
  g_autofree char *exec = NULL;
  const char *id = member_string (manifest, "id");
  g_autofree char *expected_desktop = g_strconcat (id, ".desktop", NULL);
  g_autofree char *expected_metainfo = g_strconcat (id, ".metainfo.xml", NULL);
  g_autofree char *metainfo = NULL;
  g_autofree char *id_element = g_strdup_printf ("<id>%s</id>", id);
  g_autofree char *command_with_file = g_strconcat (member_string (manifest, "command"), " %f",
                                                    NULL);

  g_assert_cmpstr (desktop_name, ==, expected_desktop);
  g_assert_cmpstr (metainfo_name, ==, expected_metainfo);

  g_key_file_load_from_file (desktop, g_getenv ("WP_DESKTOP_FILE"), G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  icon = g_key_file_get_string (desktop, G_KEY_FILE_DESKTOP_GROUP, "Icon", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (icon, ==, id);
  exec = g_key_file_get_string (desktop, G_KEY_FILE_DESKTOP_GROUP, "Exec", &error);
  g_assert_no_error (error);
  /* The program, then the scenario file a desktop hands it (%f). */
  g_assert_cmpstr (exec, ==, command_with_file);

  g_file_get_contents (g_getenv ("WP_METAINFO_FILE"), &metainfo, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (metainfo, id_element));
}

static void
test_manifest_flatpak_builder (void)
{
  const char *builder = g_getenv ("FLATPAK_BUILDER");
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_auto (WpTestRun) run = { 0 };

  if (builder == NULL || *builder == '\0')
    {
      g_test_skip ("flatpak-builder is not installed");
      return;
    }

  wp_test_run (&run, NULL, builder, "--show-manifest", g_getenv ("WP_MANIFEST"), NULL);
  g_test_message ("%s", run.err);
  g_assert_cmpint (run.status, ==, 0);
  check_manifest (load_manifest (parser, run.out, -1));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/flatpak/manifest/contents", test_manifest_contents);
  g_test_add_func ("/flatpak/manifest/matches-data", test_manifest_matches_data);
  g_test_add_func ("/flatpak/manifest/flatpak-builder", test_manifest_flatpak_builder);

  return g_test_run ();
}
