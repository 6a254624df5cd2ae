/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pumps the GTK main loop for the tests that run under a display,
 * destroys their windows, and finds their controls by name. */
#include "config.h"

#include <sys/wait.h>
#include <gtk/gtk.h>

#include "wp-test-gtk.h"

void
wp_test_reset_settings (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr (GSettingsSchema) schema = NULL;
  g_auto (GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

WpWindow *
wp_test_window_reopen (void)
{
  return g_object_ref_sink (g_object_new (WP_TYPE_WINDOW, NULL));
}

WpWindow *
wp_test_window_new (void)
{
  wp_test_reset_settings ();
  return wp_test_window_reopen ();
}

/* Handles every event that is pending now. */
void
wp_test_iterate (void)
{
  while (gtk_events_pending ())
    gtk_main_iteration ();
}

/* Lets the main loop run for @ms, for allocations, size requests and
 * redraws that come later than the events pending now. */
void
wp_test_iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      wp_test_iterate ();
      g_usleep (5000);
    }
}

/* Destroys @window, drops the test's reference and handles what that
 * leaves pending. */
void
wp_test_window_free (WpWindow *window)
{
  gtk_widget_destroy (GTK_WIDGET (window));
  g_object_unref (window);
  wp_test_iterate ();
}

typedef struct
{
  const char *name;
  GObject    *found;
} ChildSearch;

/* Depth first, through internal children too: our own composite widgets
 * (type names "Wp…") hold their template children by name, and the
 * children they add in code carry it as their buildable name. */
static void
search_template_child (GtkWidget *widget,
                       gpointer   user_data)
{
  ChildSearch *search = user_data;

  if (search->found != NULL)
    return;
  if (g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Wp"))
    search->found = gtk_widget_get_template_child (widget, G_OBJECT_TYPE (widget), search->name);
  if (search->found == NULL && g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Wp") &&
      g_strcmp0 (gtk_buildable_get_name (GTK_BUILDABLE (widget)), search->name) == 0)
    search->found = G_OBJECT (widget);
  if (search->found == NULL && GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), search_template_child, search);
}

gpointer
wp_test_widget_child (GtkWidget  *widget,
                      const char *name)
{
  ChildSearch search = { name, NULL };

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  search_template_child (widget, &search);
  return search.found;
}

gpointer
wp_test_window_child (WpWindow   *window,
                      const char *name)
{
  g_return_val_if_fail (WP_IS_WINDOW (window), NULL);

  return wp_test_widget_child (GTK_WIDGET (window), name);
}

/* Delivers @event to @widget's window as if it came from @device, and
 * frees it. */
static void
send_event (GtkWidget *widget,
            GdkEvent  *event,
            GdkDevice *device)
{
  event->any.window = g_object_ref (gtk_widget_get_window (widget));
  gdk_event_set_device (event, device);
  gtk_widget_event (widget, event);
  gdk_event_free (event);
}

static GdkSeat *
default_seat (void)
{
  return gdk_display_get_default_seat (gdk_display_get_default ());
}

void
wp_test_send_key (GtkWidget *widget,
                  guint      keyval)
{
  GdkEvent *event = gdk_event_new (GDK_KEY_PRESS);

  event->key.keyval = keyval;
  send_event (widget, event, gdk_seat_get_keyboard (default_seat ()));
}

void
wp_test_send_motion (GtkWidget *widget,
                     double     x,
                     double     y)
{
  GdkEvent *event = gdk_event_new (GDK_MOTION_NOTIFY);

  event->motion.x = x;
  event->motion.y = y;
  send_event (widget, event, gdk_seat_get_pointer (default_seat ()));
}

gpointer
wp_test_child (WpWindow   *window,
               const char *name)
{
  gpointer object = wp_test_window_child (window, name);

  if (object == NULL)
    g_error ("The window has no “%s”", name);
  return object;
}

WpWindow *
wp_test_window_shown (int width,
                      int height)
{
  WpWindow *window = g_object_ref_sink (g_object_new (WP_TYPE_WINDOW, NULL));

  gtk_window_resize (GTK_WINDOW (window), width, height);
  gtk_widget_show (GTK_WIDGET (window));
  wp_test_iterate_for (200);
  return window;
}

GtkWidget *
wp_test_window_chart (WpWindow *window)
{
  GtkContainer *box = wp_test_window_child (window, "chart_box");
  g_autoptr (GList) children = gtk_container_get_children (box);

  g_assert_nonnull (children);
  return children->data;
}

GArray *
wp_test_window_layout (WpWindow          *window,
                       GtkTreeViewColumn *stop)
{
  GtkTreeView *view = wp_test_window_child (window, "platform_view");
  GArray *sizes = g_array_new (FALSE, FALSE, sizeof (int));
  GtkAllocation chart;

  wp_test_iterate_for (20);
  gtk_widget_get_allocation (wp_test_window_chart (window), &chart);
  g_array_append_vals (sizes, &chart, 4);
  for (guint i = 0; i < gtk_tree_view_get_n_columns (view); i++)
    {
      GtkTreeViewColumn *column = gtk_tree_view_get_column (view, i);
      int width = gtk_tree_view_column_get_width (column);

      if (column == stop)
        break;
      g_array_append_val (sizes, width);
    }
  return sizes;
}

void
wp_test_send_button (GtkWidget    *widget,
                     GdkEventType  type,
                     guint         button,
                     double        x,
                     double        y)
{
  GdkEvent *event = gdk_event_new (type);

  event->button.button = button;
  event->button.x = x;
  event->button.y = y;
  send_event (widget, event, gdk_seat_get_pointer (default_seat ()));
}

static void
send_buttons (GtkWidget          *widget,
              guint               button,
              double              x,
              double              y,
              const GdkEventType *types,
              gsize               n_types)
{
  for (gsize i = 0; i < n_types; i++)
    wp_test_send_button (widget, types[i], button, x, y);
  wp_test_iterate ();
}

void
wp_test_click (GtkWidget *widget,
               guint      button,
               double     x,
               double     y)
{
  static const GdkEventType types[] = { GDK_BUTTON_PRESS, GDK_BUTTON_RELEASE };

  send_buttons (widget, button, x, y, types, G_N_ELEMENTS (types));
}

/* As X delivers a double click of the first button. */
void
wp_test_double_click (GtkWidget *widget,
                      double     x,
                      double     y)
{
  static const GdkEventType types[] = {
    GDK_BUTTON_PRESS, GDK_BUTTON_RELEASE, GDK_BUTTON_PRESS, GDK_2BUTTON_PRESS, GDK_BUTTON_RELEASE
  };

  send_buttons (widget, GDK_BUTTON_PRIMARY, x, y, types, G_N_ELEMENTS (types));
}

cairo_surface_t *
wp_test_draw_widget (GtkWidget *widget)
{
  cairo_surface_t *surface =
    cairo_image_surface_create (CAIRO_FORMAT_RGB24, gtk_widget_get_allocated_width (widget),
                                gtk_widget_get_allocated_height (widget));
  cairo_t *cr = cairo_create (surface);

  gtk_widget_draw (widget, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

typedef struct
{
  gboolean exited;
  int      status;
} Child;

static void
child_exited_cb (GPid     pid,
                 int      wait_status,
                 gpointer user_data)
{
  Child *child = user_data;

  child->status = g_spawn_check_wait_status (wait_status, NULL) ? 0 : WEXITSTATUS (wait_status);
  child->exited = TRUE;
  g_spawn_close_pid (pid);
}

/* Starts the program ($WP_BINARY) with @args in @working_dir (NULL: this
 * one) and the test's environment (its private session bus), and iterates
 * the main loop until it has exited: a second launch talks to this
 * process's window.  Its exit status. */
int
wp_test_run_iterating (const char         *working_dir,
                       const char * const *args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) envp = g_environ_setenv (g_get_environ (), "GSETTINGS_BACKEND", "memory", TRUE);
  g_autoptr (GError) error = NULL;
  Child child = { FALSE, -1 };
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  GPid pid;

  g_ptr_array_add (argv, (gpointer) g_getenv ("WP_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_async (working_dir, (char **) argv->pdata, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                 &pid, &error);
  g_assert_no_error (error);
  g_child_watch_add (pid, child_exited_cb, &child);
  while (!child.exited && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (child.exited);
  return child.status;
}

GtkWidget *
wp_test_find_chooser (WpWindow *window)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWidget *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      found = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (found);
  return found;
}
