/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pumps the GTK main loop for the tests that run under a display. */
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
