/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Setting a label's text, even the same text, makes it measure itself
 * again and the window lay out again: only when the text changes. */
static inline void
wp_label_set_text (GtkLabel   *label,
                   const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (label), text) != 0)
    gtk_label_set_text (label, text);
}

G_END_DECLS
