/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Compare Scenarios: a window with the comparison chart (WpChart drawing
 * wp-chart-compare.h's view) and table (WpCompareTable), Export Chart
 * and Export Report;
 * built when first asked for.  wp-window-compare.c chooses the files. */
#pragma once

#include <gtk/gtk.h>

#include "limits/wp-named-input.h"
#include "wp-window.h"

G_BEGIN_DECLS

#define WP_TYPE_COMPARE_DIALOG (wp_compare_dialog_get_type ())
G_DECLARE_FINAL_TYPE (WpCompareDialog, wp_compare_dialog, WP, COMPARE_DIALOG, GtkWindow)

GtkWidget *wp_compare_dialog_new         (WpWindow           *parent);
void       wp_compare_dialog_set_entries (WpCompareDialog    *self,
                                          const WpNamedInput *entries,
                                          guint               n);
guint      wp_compare_dialog_get_entries (WpCompareDialog    *self,
                                          const WpNamedInput **out_entries);
GtkWidget *wp_compare_dialog_get_chart   (WpCompareDialog    *self);
GtkWidget *wp_compare_dialog_get_table   (WpCompareDialog    *self);

/* wp-window-compare.c: win.compare-scenarios (a file chooser, then the
 * window), and the comparison of @files (with the window's current inputs
 * first when @current): FALSE and @error when they cannot be compared
 * (not 2 to 4, a file that does not open), nothing shown then. */
void       wp_window_compare_activated   (GSimpleAction      *action,
                                          GVariant           *parameter,
                                          gpointer            user_data);
GtkWidget *wp_window_compare_files       (WpWindow           *self,
                                          GFile             **files,
                                          guint               n_files,
                                          gboolean            current,
                                          GError            **error);
GtkWidget *wp_window_get_compare_dialog  (WpWindow           *self);

G_END_DECLS
