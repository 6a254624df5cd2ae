/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the window's files share. */
#pragma once

#include "wp-window.h"

G_BEGIN_DECLS

/* wp-window-export.c: the export actions' flows, from the file chooser to
 * the error dialog. */
void     wp_window_export_chart        (WpWindow   *self);
void     wp_window_export_csv          (WpWindow   *self);
void     wp_window_export_reg          (WpWindow   *self);
void     wp_window_show_error          (WpWindow   *self,
                                        const char *primary,
                                        const char *secondary);

/* wp-window.c: the chart export dialog's last "Source footnote" choice. */
gboolean wp_window_get_export_footnote (WpWindow   *self);
void     wp_window_set_export_footnote (WpWindow   *self,
                                        gboolean    footnote);

G_END_DECLS
