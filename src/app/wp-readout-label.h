/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WP_TYPE_READOUT_LABEL (wp_readout_label_get_type ())
G_DECLARE_FINAL_TYPE (WpReadoutLabel, wp_readout_label, WP, READOUT_LABEL, GtkWidget)

/* A wrapped sentence that changes as a slider moves (the summary's): it
 * lays its text out once per change, at the width it has, and draws that
 * layout; the window lays out again only when the height changes.  A
 * GtkLabel shapes a changed text five or six times and makes the whole
 * window measure again, at every step of a drag (issue 13).  Selectable
 * with the mouse, as a GtkLabel is; never focusable. */
GtkWidget  *wp_readout_label_new                  (void);
const char *wp_readout_label_get_text             (WpReadoutLabel *self);
void        wp_readout_label_set_text             (WpReadoutLabel *self,
                                                   const char     *text);
gboolean    wp_readout_label_get_selection_bounds (WpReadoutLabel *self,
                                                   int            *start,
                                                   int            *end);
void        wp_readout_label_select_region        (WpReadoutLabel *self,
                                                   int             start,
                                                   int             end);

G_END_DECLS
