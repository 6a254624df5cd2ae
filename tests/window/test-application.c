/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpApplication under Xvfb: the command line's inputs reach the first
 * window's model, the accelerators and actions are in place, and the
 * window has its keyboard-shortcuts overlay. */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "app/wp-application.h"
#include "app/wp-window.h"

typedef struct
{
  gboolean checked;
} Run;

static void
assert_accels (GtkApplication *application,
               const char     *action,
               const char     *first,
               const char     *second)
{
  g_auto (GStrv) accels = gtk_application_get_accels_for_action (application, action);

  g_test_message ("accelerators of %s", action);
  g_assert_nonnull (accels);
  g_assert_cmpstr (accels[0], ==, first);
  g_assert_cmpstr (accels[1], ==, second);
}

/* The application's own flags (it handles its command lines), and no
 * attempt to be the unique instance: no session bus under most tests. */
static void
set_non_unique (WpApplication *application)
{
  GApplication *app = G_APPLICATION (application);

  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
}

static gboolean
quit_cb (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_REMOVE;
}

/* The first window, once "activate" has set it up. */
static GtkWindow *
first_window (GtkApplication *application)
{
  GList *windows = gtk_application_get_windows (application);

  g_assert_nonnull (windows);
  return windows->data;
}

static void
activated_cb (GtkApplication *application,
              Run            *run)
{
  GtkWindow *window = first_window (application);
  WpPlannerModel *model;
  WpLimitsInput input;

  g_assert_true (WP_IS_WINDOW (window));
  model = wp_window_get_model (WP_WINDOW (window));
  wp_planner_model_get_input (model, &input);

  /* --ram 1G --max-user-port 10000 --time-wait 60 --socketwrench-3
   * --platform nt4,win2000 */
  g_assert_cmpuint (input.ram_mb, ==, 1024);
  g_assert_cmpuint (input.max_user_port, ==, 10000);
  g_assert_cmpuint (input.time_wait_s, ==, 60);
  g_assert_cmpuint (input.max_connections, ==, 100);
  g_assert_true (input.socketwrench_legacy);
  g_assert_cmpuint (wp_planner_model_get_visible_platforms (model), ==,
                    WP_PLATFORM_BIT (WP_PLATFORM_NT4) | WP_PLATFORM_BIT (WP_PLATFORM_WIN2000));

  assert_accels (application, "app.quit", "<Primary>q", NULL);
  assert_accels (application, "win.show-help-overlay", "<Primary>question", "F1");
  assert_accels (application, "win.print", "<Primary>p", NULL);
  assert_accels (application, "win.copy-chart", "<Primary>c", NULL);
  assert_accels (application, "win.presentation", "F11", NULL);
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (application), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (application), "quit"));

  run->checked = TRUE;
  g_idle_add (quit_cb, application);
}

static void
test_command_line (void)
{
  g_autoptr (WpApplication) application = wp_application_new ();
  char *argv[] = {
    (char *) "winsock-planner", (char *) "--ram", (char *) "1G",
    (char *) "--max-user-port", (char *) "10000", (char *) "--time-wait", (char *) "60",
    (char *) "--socketwrench-3", (char *) "--platform", (char *) "nt4,win2000", NULL,
  };
  Run run = { FALSE };
  int status;

  /* No session bus under the test: do not try to be the unique instance. */
  set_non_unique (application);
  g_signal_connect_after (application, "activate", G_CALLBACK (activated_cb), &run);

  status = g_application_run (G_APPLICATION (application), G_N_ELEMENTS (argv) - 1, argv);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.checked);
}

static gboolean
maps_contain (const char *library)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, library) != NULL;
}

static int
compare_long (gconstpointer a,
              gconstpointer b)
{
  long x = *(const long *) a, y = *(const long *) b;

  return (x > y) - (x < y);
}

/* The sizes in the window's _NET_WM_ICON (width, height, pixels, ...) in
 * increasing order, as "16 24 ..."; empty when it has none. */
static char *
window_icon_sizes (GtkWindow *window)
{
  g_autoptr (GArray) widths = g_array_new (FALSE, FALSE, sizeof (long));
  GString *sizes = g_string_new (NULL);
  GdkAtom type;
  int format, length;
  guchar *data = NULL;

  if (gdk_property_get (gtk_widget_get_window (GTK_WIDGET (window)),
                        gdk_atom_intern_static_string ("_NET_WM_ICON"),
                        gdk_atom_intern_static_string ("CARDINAL"), 0, G_MAXLONG, FALSE,
                        &type, &format, &length, &data))
    {
      /* 32-bit items come as longs. */
      const long *items = (const long *) data;
      gsize n = length / sizeof (long);

      for (gsize i = 0; i + 1 < n; i += 2 + (gsize) (items[i] * items[i + 1]))
        g_array_append_val (widths, items[i]);
    }
  g_free (data);
  g_array_sort (widths, compare_long);
  for (guint i = 0; i < widths->len; i++)
    g_string_append_printf (sizes, "%s%ld", i > 0 ? " " : "", g_array_index (widths, long, i));
  return g_string_free (sizes, FALSE);
}

static gboolean
drawn_cb (gpointer user_data)
{
  GtkApplication *application = user_data;
  GtkWindow *window = first_window (application);
  g_autofree char *icon_sizes = NULL;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  /* Shown and drawn, check marks, icons and all, in Adwaita: GTK drew
   * every image from a PNG and never loaded librsvg, a fifth of the
   * start-up time and 7 MiB. */
  if (g_getenv ("GTK_THEME") == NULL)
    g_assert_false (maps_contain ("librsvg"));
  /* Once the first frame is painted, the window has its icon, every size. */
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APPLICATION_ID);
  icon_sizes = window_icon_sizes (window);
  g_assert_cmpstr (icon_sizes, ==, "16 24 32 48 64 128");
  g_application_quit (G_APPLICATION (application));
  return G_SOURCE_REMOVE;
}

/* The window's first draw is over once the main loop is idle again. */
static gboolean
window_draw_cb (GtkWidget *window,
                cairo_t   *cr,
                Run       *run)
{
  if (!run->checked)
    {
      run->checked = TRUE;
      g_idle_add (drawn_cb, gtk_window_get_application (GTK_WINDOW (window)));
    }
  return GDK_EVENT_PROPAGATE;
}

static void
start_up_cb (GtkApplication *application,
             Run            *run)
{
  GtkWindow *window = first_window (application);
  g_autofree char *icon_sizes = window_icon_sizes (window);

  /* Shown, not painted yet: no icon to load and send to the X server. */
  g_assert_true (gtk_widget_get_realized (GTK_WIDGET (window)));
  g_assert_null (gtk_window_get_default_icon_name ());
  g_assert_cmpstr (icon_sizes, ==, "");
  g_signal_connect_after (window, "draw", G_CALLBACK (window_draw_cb), run);
}

/* What the first frame needs, and only that: no librsvg, and the window
 * icon (six PNGs for the window manager) comes just after it. */
static void
test_first_frame (void)
{
  g_autoptr (WpApplication) application = NULL;
  char *argv[] = { (char *) "winsock-planner", NULL };
  Run run = { FALSE };

  if (maps_contain ("librsvg"))
    {
      g_test_skip ("Needs librsvg not loaded yet");
      return;
    }
  application = wp_application_new ();
  set_non_unique (application);
  g_signal_connect_after (application, "activate", G_CALLBACK (start_up_cb), &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (application), 1, argv), ==, 0);
  g_assert_true (run.checked);
}

static void
help_overlay_cb (GtkApplication *application,
                 Run            *run)
{
  GtkWindow *window = first_window (application);
  GtkShortcutsWindow *overlay;

  /* Not built with the window, but the first time it is asked for. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == window);
  /* Closed and asked for again: the same window comes back. */
  gtk_widget_hide (GTK_WIDGET (overlay));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) ==
                 overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));

  run->checked = TRUE;
  g_idle_add (quit_cb, application);
}

static void
test_help_overlay (void)
{
  g_autoptr (WpApplication) application = wp_application_new ();
  char *argv[] = { (char *) "winsock-planner", NULL };
  Run run = { FALSE };

  set_non_unique (application);
  g_signal_connect_after (application, "activate", G_CALLBACK (help_overlay_cb), &run);

  g_assert_cmpint (g_application_run (G_APPLICATION (application), 1, argv), ==, 0);
  g_assert_true (run.checked);
}

static void
css_error_cb (GtkCssProvider *provider,
              GtkCssSection  *section,
              GError         *error,
              gpointer        user_data)
{
  g_error ("ui/adwaita.css: %s", error->message);
}

/* ui/adwaita.css leans on GTK's private resources (Adwaita's PNG check
 * and dash marks, so that the start-up never loads librsvg): this fails
 * as soon as a GTK release moves or drops them. */
static void
test_adwaita_assets (void)
{
  static const char * const assets[] = {
    "/org/gtk/libgtk/theme/Adwaita/assets/check-symbolic.symbolic.png",
    "/org/gtk/libgtk/theme/Adwaita/assets/dash-symbolic.symbolic.png",
  };
  g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

  for (gsize i = 0; i < G_N_ELEMENTS (assets); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GdkPixbuf) mark = gdk_pixbuf_new_from_resource (assets[i], &error);

      g_test_message ("%s", assets[i]);
      g_assert_no_error (error);
      g_assert_cmpint (gdk_pixbuf_get_width (mark), >, 0);
    }

  g_signal_connect (css, "parsing-error", G_CALLBACK (css_error_cb), NULL);
  gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/adwaita.css");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  /* First: the others may load images from SVGs, and set the window icon. */
  g_test_add_func ("/application/first-frame", test_first_frame);
  g_test_add_func ("/application/command-line", test_command_line);
  g_test_add_func ("/application/help-overlay", test_help_overlay);
  g_test_add_func ("/application/adwaita-assets", test_adwaita_assets);

  return g_test_run ();
}
