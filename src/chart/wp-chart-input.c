/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart widget's pointer and keyboard: the RAM marker grabbed and
 * dragged, or moved with the arrow keys. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>

#include "wp-chart-private.h"

/* How close to the RAM marker (pixels) the pointer grabs it. */
#define MARKER_GRAB_PX 6.0

/* Helpers */

static double
marker_pixel_x (WpChart *self)
{
  WpChartData data;
  WpLimitsInput input;
  double x;

  wp_planner_model_get_input (self->model, &input);
  wp_chart_data_init (&data, &input, wp_planner_model_get_visible_platforms (self->model));
  wp_chart_layout_to_pixel (&self->layout, data.marker_ram, 0, &x, NULL);
  return x;
}

static void
update_cursor (WpChart *self)
{
  GdkWindow *window = gtk_widget_get_window (GTK_WIDGET (self));
  g_autoptr (GdkCursor) cursor = NULL;
  const char *name = NULL;

  if (window == NULL)
    return;

  if (self->dragging ||
      (self->pointer_inside && self->layout_valid && self->model != NULL &&
       self->view == WP_CHART_VIEW_MEMORY && fabs (self->pointer_x - marker_pixel_x (self)) <= MARKER_GRAB_PX))
    name = "col-resize";
  else if (self->pointer_inside && self->view == WP_CHART_VIEW_MEMORY)
    name = "crosshair";

  if (name != NULL)
    cursor = gdk_cursor_new_from_name (gdk_window_get_display (window), name);
  gdk_window_set_cursor (window, cursor);
}

static void
move_marker_to_pixel (WpChart *self,
                      double   x)
{
  if (self->model == NULL || !self->layout_valid)
    return;

  wp_planner_model_set_ram_mb (self->model, wp_chart_layout_ram_at (&self->layout, x));
}

/* Overrides (set in wp_chart_class_init) */

gboolean
wp_chart_button_press_event (GtkWidget      *widget,
                             GdkEventButton *event)
{
  WpChart *self = WP_CHART (widget);

  /* The rate view has no RAM to drag. */
  if (event->button != GDK_BUTTON_PRIMARY || event->type != GDK_BUTTON_PRESS ||
      self->view != WP_CHART_VIEW_MEMORY || !self->layout_valid || !wp_chart_layout_contains (&self->layout, event->x, event->y))
    return GDK_EVENT_PROPAGATE;

  gtk_widget_grab_focus (widget);
  self->dragging = TRUE;
  move_marker_to_pixel (self, event->x);
  update_cursor (self);
  return GDK_EVENT_STOP;
}

gboolean
wp_chart_button_release_event (GtkWidget      *widget,
                               GdkEventButton *event)
{
  WpChart *self = WP_CHART (widget);

  if (event->button != GDK_BUTTON_PRIMARY || !self->dragging)
    return GDK_EVENT_PROPAGATE;

  self->dragging = FALSE;
  update_cursor (self);
  gtk_widget_queue_draw (widget);
  return GDK_EVENT_STOP;
}

gboolean
wp_chart_motion_notify_event (GtkWidget      *widget,
                              GdkEventMotion *event)
{
  WpChart *self = WP_CHART (widget);

  self->pointer_x = event->x;
  self->pointer_y = event->y;
  self->pointer_inside = self->layout_valid &&
                         wp_chart_layout_contains (&self->layout, event->x, event->y);

  if (self->dragging)
    move_marker_to_pixel (self, event->x);
  else
    gtk_widget_queue_draw (widget);   /* the crosshair follows */

  update_cursor (self);
  gtk_widget_trigger_tooltip_query (widget);
  return GDK_EVENT_PROPAGATE;
}

gboolean
wp_chart_leave_notify_event (GtkWidget        *widget,
                             GdkEventCrossing *event)
{
  WpChart *self = WP_CHART (widget);

  if (self->pointer_inside)
    {
      self->pointer_inside = FALSE;
      gtk_widget_queue_draw (widget);
    }
  update_cursor (self);
  return GDK_EVENT_PROPAGATE;
}

gboolean
wp_chart_key_press_event (GtkWidget   *widget,
                          GdkEventKey *event)
{
  WpChart *self = WP_CHART (widget);
  double step, ram, hi;
  gboolean big = (event->state & GDK_SHIFT_MASK) != 0;
  int direction = 0;

  if (self->model == NULL || !self->layout_valid || self->view != WP_CHART_VIEW_MEMORY)
    return GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_DRAWING_AREA))->key_press_event (widget, event);

  hi = self->layout.x_ticks.hi;
  ram = MIN ((double) wp_planner_model_get_ram_mb (self->model), hi);
  /* Page Up/Down and Shift: a whole tick step. */
  step = self->layout.x_ticks.step / WP_CHART_RAM_STEPS_PER_TICK;

  switch (event->keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      direction = -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      direction = 1;
      break;
    case GDK_KEY_Page_Down:
      direction = -1;
      big = TRUE;
      break;
    case GDK_KEY_Page_Up:
      direction = 1;
      big = TRUE;
      break;
    case GDK_KEY_Home:
      wp_planner_model_set_ram_mb (self->model, (guint64) WP_CHART_RAM_DATA_MIN_MB);
      return GDK_EVENT_STOP;
    case GDK_KEY_End:
      wp_planner_model_set_ram_mb (self->model, (guint64) hi);
      return GDK_EVENT_STOP;
    default:
      return GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_DRAWING_AREA))->key_press_event (widget, event);
    }

  if (self->layout.x_ticks.kind == WP_CHART_SCALE_LOG)
    /* A log axis: a quarter octave (1 GB, 1.25 GB …), or a whole one. */
    ram = CLAMP (wp_chart_ram_log_step (ram, direction, big ? 1 : 4),
                 MAX ((double) WP_RAM_MB_MIN, self->layout.x_ticks.lo), hi);
  else
    {
      if (big)
        step = self->layout.x_ticks.step;
      step = MAX (step, 1.0);

      /* To the next multiple of the step, so that values stay round. */
      ram = direction > 0 ? (floor (ram / step + 1e-9) + 1) * step
                          : (ceil (ram / step - 1e-9) - 1) * step;
      ram = CLAMP (ram, (double) WP_RAM_MB_MIN, hi);
    }
  wp_planner_model_set_ram_mb (self->model, (guint64) ram);
  return GDK_EVENT_STOP;
}
