/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pumps the GTK main loop for the tests that run under a display, and
 * destroys their windows. */
#include "config.h"

#include <gtk/gtk.h>

#include "wp-test-gtk.h"

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
