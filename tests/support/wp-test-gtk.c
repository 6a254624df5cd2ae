/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pumps the GTK main loop for the tests that run under a display,
 * destroys their windows, and finds their controls by name. */
#include "config.h"

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
 * (type names "Wp…") hold their template children by name. */
static void
search_template_child (GtkWidget *widget,
                       gpointer   user_data)
{
  ChildSearch *search = user_data;

  if (search->found != NULL)
    return;
  if (g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Wp"))
    search->found = gtk_widget_get_template_child (widget, G_OBJECT_TYPE (widget), search->name);
  if (search->found == NULL && GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), search_template_child, search);
}

gpointer
wp_test_window_child (WpWindow   *window,
                      const char *name)
{
  ChildSearch search = { name, NULL };

  g_return_val_if_fail (WP_IS_WINDOW (window), NULL);

  search.found = gtk_widget_get_template_child (GTK_WIDGET (window), WP_TYPE_WINDOW, name);
  if (search.found == NULL)
    gtk_container_forall (GTK_CONTAINER (window), search_template_child, &search);

  return search.found;
}
