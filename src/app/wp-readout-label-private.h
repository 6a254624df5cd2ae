/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpReadoutLabel's parts: its text and sizes (wp-readout-label.c) and its
 * selection, with the mouse events and menu that make one
 * (wp-readout-label-selection.c). */
#pragma once

#include "wp-readout-label.h"

G_BEGIN_DECLS

struct _WpReadoutLabel
{
  GtkWidget    parent_instance;

  char        *text;
  PangoLayout *layout;        /* NULL until measured or drawn */
  int          layout_width;  /* its wrap width, pixels */
  /* Widths GTK measured the text at since its last queue_resize: a text
   * set without one leaves GTK's sizes for other widths stale. */
  gboolean     requests_stale;
  int          stale_width;
  guint        resize_tick;   /* a resize queued for the next frame */

  GdkWindow   *event_window;  /* input only, while realized */
  GtkWidget   *menu;
  GtkStyleContext *selection_style;  /* "label selection", once drawn */
  AtkObject   *accessible;    /* the widget's own, once asked for */
  int          sel_anchor;    /* byte indices; equal: no selection */
  int          sel_bound;
  gboolean     selecting;     /* button 1 held */
};

GtkBorder    wp_readout_label_frame          (GtkWidget      *widget);
PangoLayout *wp_readout_label_layout_at      (WpReadoutLabel *self,
                                              int             width);
int          wp_readout_label_content_width  (WpReadoutLabel *self);
void         wp_readout_label_draw_selection (WpReadoutLabel  *self,
                                              cairo_t         *cr,
                                              PangoLayout     *layout,
                                              const GtkBorder *frame);

/* Its GtkWidget overrides for the mouse */
gboolean wp_readout_label_button_press_event   (GtkWidget      *widget,
                                                GdkEventButton *event);
gboolean wp_readout_label_motion_notify_event  (GtkWidget      *widget,
                                                GdkEventMotion *event);
gboolean wp_readout_label_button_release_event (GtkWidget      *widget,
                                                GdkEventButton *event);

G_END_DECLS
