/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A second winsock-planner while a window is open hands its options to
 * that window (G_APPLICATION_HANDLES_COMMAND_LINE), as GNOME applications
 * do; run under dbus-run-session, a session bus of its own. */
#include "config.h"

#include <gtk/gtk.h>

#include "app/wp-application.h"
#include "app/wp-window.h"
#include "wp-test-gtk.h"
#include "wp-test-util.h"

/* The first window, once "activate" has set it up. */
static GtkWindow *
first_window (GtkApplication *application)
{
  GList *windows = gtk_application_get_windows (application);

  g_assert_nonnull (windows);
  return windows->data;
}

/* A second launch while a window is open: its options reach that window
 * (G_APPLICATION_HANDLES_COMMAND_LINE), not lost; bad ones are refused by
 * the second process, and the window keeps its figures.  The primary
 * instance is this process, on the session bus dbus-run-session made. */
static void
test_second_launch (void)
{
  static const char * const good[] = { "--ram=3G", "--platform=nt4", NULL };
  static const char * const bad[] = { "--ram=abc", NULL };
  static const char * const plain[] = { NULL };
  g_autoptr (WpApplication) application = NULL;
  g_autoptr (GError) error = NULL;
  WpPlannerModel *model;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("no session bus: tests/window/meson.build runs this under dbus-run-session");
      return;
    }

  application = wp_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_application_get_is_remote (G_APPLICATION (application)));
  g_application_activate (G_APPLICATION (application));
  model = wp_window_get_model (WP_WINDOW (first_window (GTK_APPLICATION (application))));
  /* The settings (in memory) still hold what the tests before set. */
  wp_planner_model_set_ram_mb (model, 2048);
  wp_planner_model_set_visible_platforms (model, WP_PLATFORMS_ALL);

  g_assert_cmpint (wp_test_run_iterating (NULL, good), ==, 0);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 3 * 1024);
  g_assert_cmpuint (wp_planner_model_get_visible_platforms (model), ==,
                    WP_PLATFORM_BIT (WP_PLATFORM_NT4));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))),
                    ==, 1);

  g_assert_cmpint (wp_test_run_iterating (NULL, bad), ==, 2);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 3 * 1024);

  /* --import, a path relative to the second launch's folder: the window
   * imports it (3 connections not listening, one of them in TIME_WAIT). */
  {
    g_autofree char *dir = g_dir_make_tmp ("wp-launch-XXXXXX", &error);
    g_autofree char *path = g_build_filename (dir, "netstat.txt", NULL);
    static const char * const import[] = { "--import=netstat.txt", NULL };
    gint64 end;

    g_assert_no_error (error);
    g_assert_true (g_file_set_contents (path,
      "  Proto  Local Address    Foreign Address  State        PID\r\n"
      "  TCP    0.0.0.0:80       0.0.0.0:0        LISTENING    4\r\n"
      "  TCP    10.0.0.5:50001   10.0.0.9:443     ESTABLISHED  1200\r\n"
      "  TCP    10.0.0.5:50002   10.0.0.9:443     ESTABLISHED  1200\r\n"
      "  TCP    10.0.0.5:50003   10.0.0.9:443     TIME_WAIT    0\r\n", -1, &error));
    g_assert_cmpint (wp_test_run_iterating (dir, import), ==, 0);
    end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    while (wp_planner_model_get_measurement (model) == NULL && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
    g_assert_nonnull (wp_planner_model_get_measurement (model));
    g_assert_cmpuint (wp_measurement_get_connections (wp_planner_model_get_measurement (model)),
                      ==, 3);
    g_assert_cmpuint (wp_measurement_get_time_wait (wp_planner_model_get_measurement (model)),
                      ==, 1);
    wp_test_remove_tree (dir);
  }

  /* No options: the window comes to the front as it is. */
  g_assert_cmpint (wp_test_run_iterating (NULL, plain), ==, 0);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 3 * 1024);

  gtk_widget_destroy (GTK_WIDGET (first_window (GTK_APPLICATION (application))));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  g_test_add_func ("/application/second-launch", test_second_launch);

  return g_test_run ();
}
