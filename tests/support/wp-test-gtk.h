/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests under a display share: pumping the GTK main loop,
 * windows the test destroys when done with them, and their controls by name. */
#pragma once

#include <gtk/gtk.h>

#include "app/wp-window.h"

G_BEGIN_DECLS

void wp_test_iterate     (void);
void wp_test_iterate_for (guint ms);

void wp_test_window_free (WpWindow *window);

/* Every stored setting back to the schema's default (the memory backend). */
void      wp_test_reset_settings (void);
/* A window on the schema's defaults: what earlier tests stored is
 * forgotten.  Owned by the caller (sunk). */
WpWindow *wp_test_window_new     (void);
/* A window that reads whatever the settings hold now. */
WpWindow *wp_test_window_reopen  (void);

/* The child named @name of @widget, one of our composite widgets, or of
 * its children: a template child or one added in code with that
 * buildable name; NULL when there is none. */
gpointer wp_test_widget_child (GtkWidget  *widget,
                               const char *name);
/* The object that @name names in the window's template or in the template
 * of one of its parts (the input panel, the comparison table…): the tests
 * reach controls as GtkBuilder names them, wherever they live. */
gpointer wp_test_window_child (WpWindow   *window,
                               const char *name);
/* The same, and the test fails where there is none. */
gpointer wp_test_child        (WpWindow   *window,
                               const char *name);

/* Delivers a key press (@keyval) or a pointer motion (at @x, @y) to
 * @widget as if it came from the default seat's keyboard or pointer. */
void wp_test_send_key    (GtkWidget  *widget,
                          guint       keyval);
void wp_test_send_motion (GtkWidget  *widget,
                          double      x,
                          double      y);

/* A new window of @width x @height, shown and laid out. */
WpWindow *wp_test_window_shown  (int         width,
                                 int         height);
/* The window's chart widget. */
GtkWidget *wp_test_window_chart (WpWindow   *window);
/* Where the chart is (x, y, width, height) and the widths of the
 * comparison table's columns, up to @stop (not included; NULL: all), laid
 * out first: what must not move while a slider does. */
GArray    *wp_test_window_layout (WpWindow          *window,
                                  GtkTreeViewColumn *stop);
/* One event of @type (a press or release) of @button at @x, @y. */
void      wp_test_send_button   (GtkWidget    *widget,
                                 GdkEventType  type,
                                 guint         button,
                                 double        x,
                                 double        y);
/* A press and release of @button at @x, @y in @widget's window. */
void      wp_test_click         (GtkWidget  *widget,
                                 guint       button,
                                 double      x,
                                 double      y);
void      wp_test_double_click  (GtkWidget  *widget,
                                 double      x,
                                 double      y);

/* @widget as drawn, on an image surface of its allocated size (owned). */
cairo_surface_t *wp_test_draw_widget (GtkWidget *widget);

/* The visible file chooser dialog of @window (GtkFileChooserNative's
 * stand-in under Xvfb); fails the test without one. */
GtkWidget *wp_test_find_chooser (WpWindow *window);

/* Runs $WP_BINARY with @args in @working_dir (NULL: this one), the main
 * loop iterating until it exits (a second launch reaching this process's
 * window); its exit status. */
int       wp_test_run_iterating (const char         *working_dir,
                                 const char * const *args);

/* g_autoptr for a window the test destroys when done with it. */
typedef WpWindow WpWindowTest;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpWindowTest, wp_test_window_free)

G_END_DECLS
