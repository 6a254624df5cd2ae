/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "model/wp-planner-model.h"

G_BEGIN_DECLS

#define WP_TYPE_IMPORT_BAR (wp_import_bar_get_type ())
G_DECLARE_FINAL_TYPE (WpImportBar, wp_import_bar, WP, IMPORT_BAR, GtkInfoBar)

/* Reads a netstat file or text into the model's measurement in a worker
 * thread (wp-import-job.h): the progress and Cancel while it reads; then
 * what was read, with the lines not understood and the top processes a
 * click away, or the one message that says why nothing changed.  The
 * model changes only when an import succeeds. */
GtkWidget      *wp_import_bar_new         (WpPlannerModel *model);
WpPlannerModel *wp_import_bar_get_model   (WpImportBar    *self);
void            wp_import_bar_set_model   (WpImportBar    *self,
                                           WpPlannerModel *model);

/* Starts reading @file or @text (exactly one), named @name in the
 * messages; an import still running is cancelled first. */
void            wp_import_bar_start       (WpImportBar    *self,
                                           GFile          *file,
                                           GBytes         *text,
                                           const char     *name);
void            wp_import_bar_cancel      (WpImportBar    *self);
gboolean        wp_import_bar_get_running (WpImportBar    *self);
/* Why nothing was imported: an import running is cancelled, the model
 * stays as it was. */
void            wp_import_bar_show_error  (WpImportBar    *self,
                                           const char     *message);

/* The last import's result and its top processes again (after the bar
 * was closed); FALSE when the model's measurement is no longer that
 * import's. */
gboolean        wp_import_bar_show_processes (WpImportBar *self);

G_END_DECLS
