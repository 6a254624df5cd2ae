/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpReadoutLabel's selection: made with the mouse as in a GtkLabel (drag,
 * double click for a word, triple click for all, Shift+click to extend),
 * copied from its menu, offered to a middle click as X does. */
#define G_LOG_DOMAIN "wp-readout-label"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "wp-readout-label-private.h"

/* Helpers */

/* The style of the selection's CSS node under the label's, as GtkLabel
 * styles its own ("label selection"). */
static GtkStyleContext *
selection_style (WpReadoutLabel *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  if (self->selection_style == NULL)
    {
      GtkWidgetPath *path = gtk_widget_path_copy (gtk_widget_get_path (widget));

      gtk_widget_path_append_type (path, G_TYPE_NONE);
      gtk_widget_path_iter_set_object_name (path, -1, "selection");
      self->selection_style = gtk_style_context_new ();
      gtk_style_context_set_path (self->selection_style, path);
      gtk_style_context_set_parent (self->selection_style, gtk_widget_get_style_context (widget));
      gtk_style_context_set_state (self->selection_style, gtk_widget_get_state_flags (widget));
      gtk_widget_path_unref (path);
    }
  return self->selection_style;
}

/* The byte index of the character under (@x, @y), widget coordinates. */
static int
index_at (WpReadoutLabel *self,
          double          x,
          double          y)
{
  GtkBorder frame = wp_readout_label_frame (GTK_WIDGET (self));
  PangoLayout *layout = wp_readout_label_layout_at (self, wp_readout_label_content_width (self));
  const char *p;
  int index, trailing;

  pango_layout_xy_to_index (layout, (int) ((x - frame.left) * PANGO_SCALE),
                            (int) ((y - frame.top) * PANGO_SCALE), &index, &trailing);
  p = self->text + index;
  for (; trailing > 0 && *p != '\0'; trailing--)
    p = g_utf8_next_char (p);
  return (int) (p - self->text);
}

static void
set_selection (WpReadoutLabel *self,
               int             anchor,
               int             bound)
{
  if (anchor == self->sel_anchor && bound == self->sel_bound)
    return;
  self->sel_anchor = anchor;
  self->sel_bound = bound;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static char *
selected_text (WpReadoutLabel *self)
{
  int start = MIN (self->sel_anchor, self->sel_bound);
  int end = MAX (self->sel_anchor, self->sel_bound);

  return g_strndup (self->text + start, (gsize) (end - start));
}

/* The word around byte @index, as a double click selects it. */
static void
select_word_at (WpReadoutLabel *self,
                int             index)
{
  int n_attrs, offset = (int) g_utf8_pointer_to_offset (self->text, self->text + index);
  const PangoLogAttr *attrs = pango_layout_get_log_attrs_readonly (self->layout, &n_attrs);
  int start = offset, end = offset;

  while (start > 0 && !attrs[start].is_word_start)
    start--;
  while (end < n_attrs - 1 && !attrs[end].is_word_end)
    end++;
  set_selection (self, (int) (g_utf8_offset_to_pointer (self->text, start) - self->text),
                 (int) (g_utf8_offset_to_pointer (self->text, end) - self->text));
}

/* Callbacks */

static void
copy_activated_cb (WpReadoutLabel *self)
{
  g_autofree char *text = selected_text (self);

  gtk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self), GDK_SELECTION_CLIPBOARD),
                          text, -1);
}

static void
select_all_activated_cb (WpReadoutLabel *self)
{
  set_selection (self, 0, (int) strlen (self->text));
}

static void
popup_menu (WpReadoutLabel *self,
            const GdkEvent *event)
{
  GtkWidget *copy, *select_all;

  if (self->menu != NULL)
    gtk_widget_destroy (self->menu);
  self->menu = gtk_menu_new ();
  gtk_menu_attach_to_widget (GTK_MENU (self->menu), GTK_WIDGET (self), NULL);

  copy = gtk_menu_item_new_with_mnemonic (_("_Copy"));
  gtk_widget_set_sensitive (copy, self->sel_anchor != self->sel_bound);
  g_signal_connect_swapped (copy, "activate", G_CALLBACK (copy_activated_cb), self);
  select_all = gtk_menu_item_new_with_mnemonic (_("Select _All"));
  g_signal_connect_swapped (select_all, "activate", G_CALLBACK (select_all_activated_cb), self);
  gtk_menu_shell_append (GTK_MENU_SHELL (self->menu), copy);
  gtk_menu_shell_append (GTK_MENU_SHELL (self->menu), select_all);
  gtk_widget_show_all (self->menu);
  gtk_menu_popup_at_pointer (GTK_MENU (self->menu), event);
}

/* The selected part drawn again over its own background, as GtkLabel
 * does, in the theme's "label selection" colours. */
void
wp_readout_label_draw_selection (WpReadoutLabel  *self,
                                 cairo_t         *cr,
                                 PangoLayout     *layout,
                                 const GtkBorder *frame)
{
  GtkStyleContext *context = selection_style (self);
  int range[2] = { MIN (self->sel_anchor, self->sel_bound), MAX (self->sel_anchor, self->sel_bound) };
  cairo_region_t *clip = gdk_pango_layout_get_clip_region (layout, frame->left, frame->top, range, 1);

  cairo_save (cr);
  gdk_cairo_region (cr, clip);
  cairo_clip (cr);
  gtk_render_background (context, cr, 0, 0, gtk_widget_get_allocated_width (GTK_WIDGET (self)),
                         gtk_widget_get_allocated_height (GTK_WIDGET (self)));
  gtk_render_layout (context, cr, frame->left, frame->top, layout);
  cairo_restore (cr);
  cairo_region_destroy (clip);
}

/* GtkWidget overrides */

gboolean
wp_readout_label_button_press_event (GtkWidget      *widget,
                                     GdkEventButton *event)
{
  WpReadoutLabel *self = WP_READOUT_LABEL (widget);
  int index;

  if (gdk_event_triggers_context_menu ((GdkEvent *) event))
    {
      popup_menu (self, (GdkEvent *) event);
      return GDK_EVENT_STOP;
    }
  if (event->button != GDK_BUTTON_PRIMARY || self->layout == NULL)
    return GDK_EVENT_PROPAGATE;

  index = index_at (self, event->x, event->y);
  if (event->type == GDK_3BUTTON_PRESS)
    set_selection (self, 0, (int) strlen (self->text));
  else if (event->type == GDK_2BUTTON_PRESS)
    select_word_at (self, index);
  else if (event->state & GDK_SHIFT_MASK)
    set_selection (self, self->sel_anchor, index);
  else
    set_selection (self, index, index);
  self->selecting = event->type == GDK_BUTTON_PRESS;
  return GDK_EVENT_STOP;
}

gboolean
wp_readout_label_motion_notify_event (GtkWidget      *widget,
                                      GdkEventMotion *event)
{
  WpReadoutLabel *self = WP_READOUT_LABEL (widget);

  if (!self->selecting)
    return GDK_EVENT_PROPAGATE;
  set_selection (self, self->sel_anchor, index_at (self, event->x, event->y));
  return GDK_EVENT_STOP;
}

/* A selection made is offered to a middle click elsewhere, as X does. */
gboolean
wp_readout_label_button_release_event (GtkWidget      *widget,
                                       GdkEventButton *event)
{
  WpReadoutLabel *self = WP_READOUT_LABEL (widget);

  if (event->button != GDK_BUTTON_PRIMARY)
    return GDK_EVENT_PROPAGATE;
  self->selecting = FALSE;
  if (self->sel_anchor != self->sel_bound)
    {
      g_autofree char *text = selected_text (self);

      gtk_clipboard_set_text (gtk_widget_get_clipboard (widget, GDK_SELECTION_PRIMARY), text, -1);
    }
  return GDK_EVENT_STOP;
}

/* Public API */

/* In characters, as gtk_label_get_selection_bounds(). */
gboolean
wp_readout_label_get_selection_bounds (WpReadoutLabel *self,
                                       int            *start,
                                       int            *end)
{
  g_return_val_if_fail (WP_IS_READOUT_LABEL (self), FALSE);

  if (start != NULL)
    *start = (int) g_utf8_pointer_to_offset (self->text,
                                             self->text + MIN (self->sel_anchor, self->sel_bound));
  if (end != NULL)
    *end = (int) g_utf8_pointer_to_offset (self->text,
                                           self->text + MAX (self->sel_anchor, self->sel_bound));
  return self->sel_anchor != self->sel_bound;
}

void
wp_readout_label_select_region (WpReadoutLabel *self,
                                int             start,
                                int             end)
{
  glong length;

  g_return_if_fail (WP_IS_READOUT_LABEL (self));

  length = g_utf8_strlen (self->text, -1);
  start = CLAMP (start, 0, (int) length);
  end = end < 0 ? (int) length : CLAMP (end, 0, (int) length);
  set_selection (self, (int) (g_utf8_offset_to_pointer (self->text, start) - self->text),
                 (int) (g_utf8_offset_to_pointer (self->text, end) - self->text));
}
