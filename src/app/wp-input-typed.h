/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the input panel's controls take from the keyboard and the wheel:
 * typed numbers and sizes, one clear message under a spin button for the
 * text it refused, and a wheel that scrolls the panel, not an unfocused
 * control's value. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GtkSpinButton::input: a whole number as the spin buttons show it
 * ("5,000") or plain, within the adjustment's range. */
int      wp_spin_input_cb        (GtkSpinButton  *spin,
                                  double         *new_value,
                                  gpointer        user_data);
/* GtkSpinButton::input for the RAM: a count or a size with a unit. */
int      wp_ram_spin_input_cb    (GtkSpinButton  *spin,
                                  double         *new_value,
                                  gpointer        user_data);
/* Adds the label the two above fill when they refuse a text, under
 * @spin's row (its "wp-input-error" data). */
void     wp_spin_add_error_label (GtkSpinButton  *spin);
/* GtkWidget::scroll-event of a control in a scrolled panel. */
gboolean wp_unfocused_scroll_cb  (GtkWidget      *control,
                                  GdkEventScroll *event,
                                  gpointer        user_data);

G_END_DECLS
