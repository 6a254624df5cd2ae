/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/wp-planner-model.h"

G_BEGIN_DECLS

#define WP_TYPE_WINDOW (wp_window_get_type ())
G_DECLARE_FINAL_TYPE (WpWindow, wp_window, WP, WINDOW, GtkApplicationWindow)

WpWindow       *wp_window_new       (GtkApplication *application);
WpPlannerModel *wp_window_get_model (WpWindow       *self);

/* What the export actions write, atomically: the chart (PNG, SVG or PDF
 * by the file's extension, with the export dialog's last size, text size,
 * light or dark and source footnote: 1920×1080, light, with it, at
 * first), the visible
 * platforms' figures as CSV, and the selected platform's registry values
 * as a REGEDIT4 file. */
gboolean        wp_window_save_chart (WpWindow      *self,
                                      GFile         *file,
                                      GError       **error);
gboolean        wp_window_save_csv  (WpWindow       *self,
                                     GFile          *file,
                                     GError        **error);
gboolean        wp_window_save_reg  (WpWindow       *self,
                                     GFile          *file,
                                     GError        **error);
/* The one-page PDF report of the selected version among the visible ones
 * (wp-window-report.c), on the paper last chosen, at first the locale's. */
gboolean        wp_window_save_report (WpWindow     *self,
                                       GFile        *file,
                                       GError      **error);

/* Imports a netstat file (or text) into the model's measurement in a
 * worker thread, the import bar showing progress, Cancel, then what was
 * read or why nothing was (wp-window-import.c): what win.import, a drop
 * and win.paste-netstat do.  Several URIs: refused with a message. */
void            wp_window_import_file (WpWindow           *self,
                                       GFile              *file);
void            wp_window_import_text (WpWindow           *self,
                                       const char         *text);
void            wp_window_import_uris (WpWindow           *self,
                                       const char * const *uris);
/* Files dropped on the window: a scenario file among them is opened,
 * else the first file is imported. */
void            wp_window_drop_uris   (WpWindow           *self,
                                       const char * const *uris);
/* The import bar (a WpImportBar), built if it was not. */
gpointer        wp_window_get_import_bar (WpWindow        *self);

G_END_DECLS
