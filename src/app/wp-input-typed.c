/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-input-panel"

#include "config.h"

#include <math.h>

#include "limits/wp-limits.h"
#include "limits/wp-parse.h"
#include "wp-input-typed.h"

/* Under each spin button, the message of the text it last refused, shown
 * until it takes a value: a typed value is never dropped silently. */
static void
report_input (GtkSpinButton *spin,
              const GError  *error)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (spin), "wp-input-error");

  if (label == NULL)
    return;
  gtk_label_set_text (label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
}

/* A whole number as the spin buttons show it ("5,000") or plain, within
 * the adjustment's range. */
int
wp_spin_input_cb (GtkSpinButton *spin,
                  double        *new_value,
                  gpointer       user_data)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  g_autoptr (GError) error = NULL;
  guint64 value;

  if (!wp_parse_count (gtk_entry_get_text (GTK_ENTRY (spin)),
                       (guint64) ceil (MAX (0.0, gtk_adjustment_get_lower (adjustment))),
                       (guint64) floor (MAX (0.0, gtk_adjustment_get_upper (adjustment))),
                       &value, &error))
    {
      report_input (spin, error);
      return GTK_INPUT_ERROR;
    }

  report_input (spin, NULL);
  *new_value = (double) value;
  return TRUE;
}

/* The RAM typed in: a count ("8,192") or a size with a unit ("1.5G", "1,5
 * GB" in German), over the command line's whole range (1 MB to 16 TB). */
int
wp_ram_spin_input_cb (GtkSpinButton *spin,
                      double        *new_value,
                      gpointer       user_data)
{
  const char *text = gtk_entry_get_text (GTK_ENTRY (spin));
  g_autoptr (GError) error = NULL;
  guint64 mb;

  if (!wp_parse_count (text, WP_RAM_MB_MIN, WP_RAM_MB_MAX, &mb, NULL) &&
      !wp_parse_ram_mb (text, &mb, &error))
    {
      report_input (spin, error);
      return GTK_INPUT_ERROR;
    }

  report_input (spin, NULL);
  *new_value = (double) mb;
  return TRUE;
}

/* The label report_input() fills, under the spin button's row. */
void
wp_spin_add_error_label (GtkSpinButton *spin)
{
  GtkWidget *row = GTK_WIDGET (spin);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *box;
  int position;

  while (!GTK_IS_BOX (gtk_widget_get_parent (row)) ||
         gtk_orientable_get_orientation (GTK_ORIENTABLE (gtk_widget_get_parent (row))) !=
         GTK_ORIENTATION_VERTICAL)
    row = gtk_widget_get_parent (row);
  box = gtk_widget_get_parent (row);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_style_context_add_class (gtk_widget_get_style_context (label), "wp-input-error");
  gtk_widget_set_no_show_all (label, TRUE);
  gtk_container_child_get (GTK_CONTAINER (box), row, "position", &position, NULL);
  gtk_box_pack_start (GTK_BOX (box), label, FALSE, FALSE, 0);
  gtk_box_reorder_child (GTK_BOX (box), label, position + 1);
  g_object_set_data (G_OBJECT (spin), "wp-input-error", label);
  /* A value set otherwise (the slider, the model) answers the message. */
  g_signal_connect_object (gtk_spin_button_get_adjustment (spin), "value-changed",
                           G_CALLBACK (gtk_widget_hide), label, G_CONNECT_SWAPPED);
}

/* A wheel over a control that does not have the keyboard focus scrolls the
 * panel around it, not the control's value: scrolling down the sidebar
 * must not change a figure on the way. */
gboolean
wp_unfocused_scroll_cb (GtkWidget      *control,
                        GdkEventScroll *event,
                        gpointer        user_data)
{
  GtkWidget *toplevel = gtk_widget_get_toplevel (control);
  GtkWidget *focus = GTK_IS_WINDOW (toplevel) ? gtk_window_get_focus (GTK_WINDOW (toplevel))
                                              : NULL;
  GtkWidget *scroller;

  if (focus != NULL && (focus == control || gtk_widget_is_ancestor (focus, control)))
    return GDK_EVENT_PROPAGATE;

  scroller = gtk_widget_get_ancestor (control, GTK_TYPE_SCROLLED_WINDOW);
  if (scroller != NULL)
    gtk_widget_event (scroller, (GdkEvent *) event);
  return GDK_EVENT_STOP;
}
