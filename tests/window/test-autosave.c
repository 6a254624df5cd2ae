/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The autosave and a crash: the program, started with a state directory of
 * the test's own, takes a second launch's --ram and --need-rate, writes its
 * autosave and is killed (SIGKILL); the window opened next in this process
 * has those inputs back and says so, and removes the autosave when it
 * closes.  Then a second launch's --scenario, with a path relative to its
 * own directory, reaches that window (over unsaved changes, after the
 * question).  Run under dbus-run-session: the
 * autosave is the session's single instance's. */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "app/wp-application.h"
#include "app/wp-window-scenario.h"
#include "wp-test-gtk.h"
#include "wp-test-util.h"

static gboolean
name_has_owner (GDBusConnection *bus)
{
  g_autoptr (GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", APPLICATION_ID),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

/* Waits up to 20 s for @done; FALSE if it never came. */
static gboolean
wait_for (gboolean (*done) (gconstpointer data),
          gconstpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_usleep (50 * 1000);
    }
  return TRUE;
}

static gboolean
registered (gconstpointer data)
{
  return name_has_owner ((GDBusConnection *) data);
}

/* The autosave holds the second launch's RAM (3 GB in MB). */
static gboolean
autosaved (gconstpointer data)
{
  g_autofree char *text = NULL;

  return g_file_get_contents (data, &text, NULL, NULL) && strstr (text, "\nram=3072\n") != NULL;
}

/* The program's window, killed once it has autosaved --ram=3G --need-rate=77. */
static void
crash_after_change (const char *autosave)
{
  const char *argv[] = { g_getenv ("WP_BINARY"), NULL };
  static const char * const change[] = { "--ram=3G", "--need-rate=77", NULL };
  g_autoptr (GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_auto (GStrv) envp = g_environ_setenv (g_get_environ (), "GSETTINGS_BACKEND", "memory", TRUE);
  g_autoptr (GError) error = NULL;
  GPid pid;
  int status;

  g_spawn_async (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid,
                 &error);
  g_assert_no_error (error);
  g_assert_true (wait_for (registered, bus));
  /* This process is no instance: the second launch goes to the program. */
  g_assert_cmpint (wp_test_run_iterating (NULL, change), ==, 0);
  g_assert_true (wait_for (autosaved, autosave));

  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_spawn_close_pid (pid);
  g_assert_true (g_file_test (autosave, G_FILE_TEST_EXISTS));
}

/* The in-window message the restore shows: the first child of the box
 * the window's content went into. */
static GtkWidget *
message_bar (GtkWindow *window)
{
  GtkWidget *box = gtk_bin_get_child (GTK_BIN (window));
  g_autoptr (GList) children = NULL;

  if (!GTK_IS_BOX (box))
    return NULL;
  children = gtk_container_get_children (GTK_CONTAINER (box));
  return GTK_IS_INFO_BAR (children->data) ? children->data : NULL;
}

/* The question shown over @window, if any. */
static GtkDialog *
dialog_of (GtkWindow *window)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        gtk_window_get_transient_for (l->data) == window)
      return l->data;
  return NULL;
}

static void
test_crash_restored (void)
{
  g_autofree char *autosave = wp_window_autosave_path ();
  g_autofree char *dir = g_path_get_dirname (autosave);
  g_autofree char *scenario_path = g_build_filename (dir, "second.wpscenario", NULL);
  static const char * const open_scenario[] = { "--scenario=second.wpscenario", NULL };
  g_autoptr (WpApplication) application = NULL;
  g_autoptr (GError) error = NULL;
  GtkWindow *window;
  WpPlannerModel *model;
  GtkWidget *bar;
  GtkDialog *question;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("no session bus: tests/window/meson.build runs this under dbus-run-session");
      return;
    }

  crash_after_change (autosave);

  application = wp_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (application));
  window = gtk_application_get_windows (GTK_APPLICATION (application))->data;
  model = wp_window_get_model (WP_WINDOW (window));
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 3 * 1024);
  g_assert_cmpuint (wp_planner_model_get_need_rate (model), ==, 77);
  bar = message_bar (window);
  g_assert_nonnull (bar);
  g_assert_true (gtk_widget_get_visible (bar));

  /* A second launch's scenario, named relative to its own directory. */
  g_assert_true (g_file_set_contents (scenario_path, "[Scenario]\nFormat=1.0\nName=Second\n"
                                      "[Inputs]\nram=5G\n", -1, NULL));
  g_assert_cmpint (wp_test_run_iterating (dir, open_scenario), ==, 0);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 5 * 1024);
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Second");

  /* Again over a change: asked first; discarding it, the file's inputs. */
  wp_planner_model_set_ram_mb (model, 6 * 1024);
  g_assert_cmpint (wp_test_run_iterating (dir, open_scenario), ==, 0);
  wp_test_iterate ();
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 6 * 1024);
  question = dialog_of (window);
  g_assert_nonnull (question);
  gtk_dialog_response (question, GTK_RESPONSE_NO);
  wp_test_iterate ();
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 5 * 1024);
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Second");

  /* A clean close: no autosave left. */
  gtk_widget_destroy (GTK_WIDGET (window));
  g_assert_false (g_file_test (autosave, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state = g_dir_make_tmp ("wp-autosave-XXXXXX", NULL);
  int status;

  /* Before GLib reads it: the program started and this process share it. */
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", state, TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/autosave/crash-restored", test_crash_restored);

  status = g_test_run ();
  wp_test_remove_tree (state);
  return status;
}
