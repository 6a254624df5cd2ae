/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The autosave: the window's scenario written, all or nothing, to
 * $XDG_STATE_HOME/winsock-planner/autosave.wpscenario a moment after each
 * change, and removed when the window closes.  Found at start, it is what
 * a crash left: the window takes it back and says so.  Only the window of
 * the session's single instance (registered on the bus) does this: two
 * programs writing one file would take each other's state.
 */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "wp-window-private.h"
#include "wp-window-scenario.h"

/* Kept keys of the autosave alone: the file the scenario came from. */
#define AUTOSAVE_GROUP "Autosave"
#define AUTOSAVE_FILE  "File"

char *
wp_window_autosave_path (void)
{
  return g_build_filename (g_get_user_state_dir (), "winsock-planner",
                           "autosave" WP_SCENARIO_SUFFIX, NULL);
}

static gboolean
write_autosave (gpointer user_data)
{
  WpWindow *self = user_data;
  WpScenarioDoc *doc = wp_window_scenario_doc (self);
  g_autoptr (WpScenario) scenario = wp_window_get_scenario (self);
  g_autofree char *path = wp_window_autosave_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  doc->autosave_id = 0;
  if (doc->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (doc->file);

      wp_scenario_set_kept_value (scenario, AUTOSAVE_GROUP, AUTOSAVE_FILE, uri);
    }
  if (g_mkdir_with_parents (dir, 0700) != 0 || !wp_scenario_save (scenario, file, &error))
    g_warning ("Could not write the autosave %s: %s", path,
               error != NULL ? error->message : g_strerror (errno));
  return G_SOURCE_REMOVE;
}

void
wp_window_autosave_changed (WpWindow *self)
{
  WpScenarioDoc *doc = wp_window_scenario_doc (self);

  if (doc == NULL || !doc->autosave)
    return;
  /* Debounced: a slider's drag writes once, after it. */
  g_clear_handle_id (&doc->autosave_id, g_source_remove);
  doc->autosave_id = g_timeout_add (WP_AUTOSAVE_DELAY_MS, write_autosave, self);
}

/* A clean close: nothing to take back next time. */
static void
destroy_cb (GtkWidget *widget,
            gpointer   user_data)
{
  WpWindow *self = WP_WINDOW (widget);
  WpScenarioDoc *doc = wp_window_scenario_doc (self);
  g_autofree char *path = wp_window_autosave_path ();

  if (doc == NULL || !doc->autosave)
    return;
  g_clear_handle_id (&doc->autosave_id, g_source_remove);
  doc->autosave = FALSE;
  if (g_unlink (path) != 0 && errno != ENOENT)
    g_warning ("Could not remove the autosave %s: %s", path, g_strerror (errno));
}

/* The state a crash left, with the file it came from (its own contents
 * count the changes). */
static void
restore (WpWindow    *self,
         const char  *path)
{
  g_autoptr (GFile) autosave = g_file_new_for_path (path);
  g_autoptr (WpScenario) scenario = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *uri = NULL;
  g_autoptr (GFile) file = NULL;

  scenario = wp_scenario_new_from_file (autosave, &error);
  if (scenario == NULL)
    {
      g_autofree char *message =
        /* Translators: %s says why, with the file's name */
        g_strdup_printf (_("The state saved before the last crash could not be read: %s"),
                         error->message);

      wp_window_scenario_show_message (self, message);
      return;
    }
  uri = wp_scenario_get_kept_value (scenario, AUTOSAVE_GROUP, AUTOSAVE_FILE);
  wp_scenario_set_kept_value (scenario, AUTOSAVE_GROUP, AUTOSAVE_FILE, NULL);
  if (uri != NULL)
    file = g_file_new_for_uri (uri);

  if (file != NULL && g_file_query_exists (file, NULL))
    {
      g_autoptr (WpScenario) saved = wp_scenario_new_from_file (file, NULL);

      /* The file's contents as saved, then the inputs as they were. */
      if (saved != NULL)
        wp_window_apply_scenario (self, saved, file);
    }
  wp_window_apply_scenario_inputs (self, scenario);
  wp_window_scenario_show_message (self, _("Winsock Planner did not close properly last time: "
                                           "the inputs it had then are back."));
}

void
wp_window_enable_autosave (WpWindow *self)
{
  WpScenarioDoc *doc;
  g_autofree char *path = wp_window_autosave_path ();

  g_return_if_fail (WP_IS_WINDOW (self));

  doc = wp_window_scenario_doc (self);
  if (doc->autosave)
    return;
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    restore (self, path);
  doc->autosave = TRUE;
  g_signal_connect (self, "destroy", G_CALLBACK (destroy_cb), NULL);
  wp_window_autosave_changed (self);
}
