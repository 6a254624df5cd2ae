/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "wp-chart.h"
#include "wp-chart-theme.h"
#include "wp-chart-memory.h"

/* How close to the RAM marker (pixels) the pointer grabs it. */
#define MARKER_GRAB_PX 6.0

/* What the kept base layer was drawn for: everything it shows depends on
 * these, and none on where the marker is (the RAM counts only through the
 * axis it sets, unless the title shows it). */
typedef struct
{
  int           width;
  int           height;
  int           scale;
  guint         platforms;
  WpLimitsInput input;
  double        ram_axis_end;
} BaseKey;

struct _WpChart
{
  GtkDrawingArea  parent_instance;

  WpPlannerModel *model;

  WpChartStyle    style;          /* from the style context, when valid */
  gboolean        style_valid;
  WpChartLayout   layout;         /* of the last draw, for hit-testing */
  gboolean        layout_valid;
  cairo_surface_t *base;          /* the base layer, kept between draws */
  BaseKey         base_key;       /* what it was drawn for */

  gboolean        pointer_inside; /* the pointer is over the plot */
  double          pointer_x;
  double          pointer_y;
  gboolean        dragging;
};

enum
{
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (WpChart, wp_chart, GTK_TYPE_DRAWING_AREA)

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* The renderer's style from the theme (wp-chart-theme.c), once. */
static void
update_style (WpChart *self)
{
  if (self->style_valid)
    return;

  wp_chart_style_from_widget (&self->style, GTK_WIDGET (self));
  /* The window shows the inputs beside the chart. */
  self->style.show_title = FALSE;
  self->style_valid = TRUE;
}

/* Memory-compared: the padding is zeroed first. */
static void
base_key_init (BaseKey             *key,
               WpChart             *self,
               int                  width,
               int                  height,
               const WpLimitsInput *input,
               guint                platforms)
{
  memset (key, 0, sizeof *key);
  key->width = width;
  key->height = height;
  key->scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  key->platforms = platforms;
  key->input = *input;
  if (!self->style.show_title)
    key->input.ram_mb = 0;
  key->ram_axis_end = wp_chart_ram_axis_end (input->ram_mb);
}

static void
drop_base (WpChart *self)
{
  g_clear_pointer (&self->base, cairo_surface_destroy);
}

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
       fabs (self->pointer_x - marker_pixel_x (self)) <= MARKER_GRAB_PX))
    name = "col-resize";
  else if (self->pointer_inside)
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

/* Every series' value at @ram_mb, as tooltip markup; the lines are the
 * legend's (wp_chart_values_lines()). */
static char *
values_markup (WpChart *self,
               double   ram_mb)
{
  g_autofree char *ram = wp_format_ram_mb ((guint64) MAX (round (ram_mb), 1));
  g_auto (GStrv) lines = NULL;
  GString *markup = g_string_new (NULL);
  WpLimitsInput input;
  WpChartData data;

  wp_planner_model_get_input (self->model, &input);
  wp_chart_data_init (&data, &input, wp_planner_model_get_visible_platforms (self->model));
  lines = wp_chart_values_lines (&data, ram_mb);

  g_string_append_printf (markup, "<b>%s</b>", ram);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (lines[i], -1);

      g_string_append_c (markup, '\n');
      g_string_append (markup, escaped);
    }

  return g_string_free (markup, FALSE);
}

static void
update_accessible (WpChart *self)
{
  AtkObject *accessible = gtk_widget_get_accessible (GTK_WIDGET (self));
  g_autofree char *text = NULL;
  WpLimitsInput input;

  if (self->model == NULL)
    return;

  wp_planner_model_get_input (self->model, &input);
  text = values_markup (self, (double) input.ram_mb);
  /* Markup is for the tooltip; a screen reader gets plain text. */
  {
    g_autofree char *plain = NULL;

    if (pango_parse_markup (text, -1, 0, NULL, &plain, NULL, NULL))
      atk_object_set_description (accessible, plain);
  }
}

/* Callbacks */

static void
model_notify_cb (WpChart    *self,
                 GParamSpec *pspec)
{
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Overrides */

static gboolean
wp_chart_draw (GtkWidget *widget,
               cairo_t   *cr)
{
  WpChart *self = WP_CHART (widget);
  int width = gtk_widget_get_allocated_width (widget);
  int height = gtk_widget_get_allocated_height (widget);
  WpLimitsInput input;
  guint platforms;
  BaseKey key;

  if (self->model == NULL)
    return FALSE;

  update_style (self);
  wp_planner_model_get_input (self->model, &input);
  platforms = wp_planner_model_get_visible_platforms (self->model);

  /* A RAM step redraws only the marker over the kept base: a copy on the
   * X server rather than every series, label and the legend again. */
  base_key_init (&key, self, width, height, &input, platforms);
  if (self->base == NULL || memcmp (&key, &self->base_key, sizeof key) != 0)
    {
      cairo_t *base_cr;

      drop_base (self);
      self->base = gdk_window_create_similar_surface (gtk_widget_get_window (widget),
                                                      CAIRO_CONTENT_COLOR, width, height);
      base_cr = cairo_create (self->base);
      wp_chart_render_layers (base_cr, width, height, &self->style, &input, platforms,
                              WP_CHART_LAYER_BASE, NULL);
      cairo_destroy (base_cr);
      self->base_key = key;
    }
  cairo_save (cr);
  cairo_set_source_surface (cr, self->base, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  wp_chart_render_layers (cr, width, height, &self->style, &input, platforms,
                          WP_CHART_LAYER_MARKER, &self->layout);
  self->layout_valid = TRUE;

  /* The crosshair, over everything but outside the data's way. */
  if (self->pointer_inside && !self->dragging &&
      wp_chart_layout_contains (&self->layout, self->pointer_x, self->pointer_y))
    {
      const WpChartRect *plot = &self->layout.plot;
      double x = floor (self->pointer_x) + 0.5, y = floor (self->pointer_y) + 0.5;
      double dashes[] = { 3, 3 };

      cairo_save (cr);
      cairo_set_source_rgba (cr, self->style.foreground.red, self->style.foreground.green,
                             self->style.foreground.blue, 0.55);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, x, plot->y);
      cairo_line_to (cr, x, plot->y + plot->height);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  if (gtk_widget_has_visible_focus (widget))
    {
      const WpChartRect *plot = &self->layout.plot;

      gtk_render_focus (gtk_widget_get_style_context (widget), cr, plot->x - 3, plot->y - 3,
                        plot->width + 6, plot->height + 6);
    }

  return FALSE;
}

static void
wp_chart_style_updated (GtkWidget *widget)
{
  WpChart *self = WP_CHART (widget);

  GTK_WIDGET_CLASS (wp_chart_parent_class)->style_updated (widget);

  self->style_valid = FALSE;
  drop_base (self);
  gtk_widget_queue_draw (widget);
}

static void
wp_chart_unrealize (GtkWidget *widget)
{
  drop_base (WP_CHART (widget));

  GTK_WIDGET_CLASS (wp_chart_parent_class)->unrealize (widget);
}

static gboolean
wp_chart_button_press_event (GtkWidget      *widget,
                             GdkEventButton *event)
{
  WpChart *self = WP_CHART (widget);

  if (event->button != GDK_BUTTON_PRIMARY || event->type != GDK_BUTTON_PRESS ||
      !self->layout_valid || !wp_chart_layout_contains (&self->layout, event->x, event->y))
    return GDK_EVENT_PROPAGATE;

  gtk_widget_grab_focus (widget);
  self->dragging = TRUE;
  move_marker_to_pixel (self, event->x);
  update_cursor (self);
  return GDK_EVENT_STOP;
}

static gboolean
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

static gboolean
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

static gboolean
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

static gboolean
wp_chart_key_press_event (GtkWidget   *widget,
                          GdkEventKey *event)
{
  WpChart *self = WP_CHART (widget);
  double step, ram, hi;
  gboolean big = (event->state & GDK_SHIFT_MASK) != 0;
  int direction = 0;

  if (self->model == NULL || !self->layout_valid)
    return GTK_WIDGET_CLASS (wp_chart_parent_class)->key_press_event (widget, event);

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
      return GTK_WIDGET_CLASS (wp_chart_parent_class)->key_press_event (widget, event);
    }

  if (big)
    step = self->layout.x_ticks.step;
  step = MAX (step, 1.0);

  /* To the next multiple of the step, so that values stay round. */
  ram = direction > 0 ? (floor (ram / step + 1e-9) + 1) * step
                      : (ceil (ram / step - 1e-9) - 1) * step;
  ram = CLAMP (ram, (double) WP_RAM_MB_MIN, hi);
  wp_planner_model_set_ram_mb (self->model, (guint64) ram);
  return GDK_EVENT_STOP;
}

static gboolean
wp_chart_query_tooltip (GtkWidget  *widget,
                        int         x,
                        int         y,
                        gboolean    keyboard_mode,
                        GtkTooltip *tooltip)
{
  WpChart *self = WP_CHART (widget);
  g_autofree char *markup = NULL;
  double ram;

  if (self->model == NULL || !self->layout_valid)
    return FALSE;

  if (keyboard_mode)
    markup = values_markup (self, (double) wp_planner_model_get_ram_mb (self->model));
  else
    {
      if (!wp_chart_layout_contains (&self->layout, x, y))
        return FALSE;
      /* The RAM a click here would set. */
      ram = (double) wp_chart_layout_ram_at (&self->layout, x);
      markup = values_markup (self, ram);
    }

  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static void
wp_chart_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  WpChart *self = WP_CHART (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_chart_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  WpChart *self = WP_CHART (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      wp_chart_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_chart_dispose (GObject *object)
{
  WpChart *self = WP_CHART (object);

  wp_planner_model_replace (self, &self->model, NULL);

  G_OBJECT_CLASS (wp_chart_parent_class)->dispose (object);
}

static void
wp_chart_finalize (GObject *object)
{
  WpChart *self = WP_CHART (object);

  drop_base (self);
  wp_chart_style_clear (&self->style);

  G_OBJECT_CLASS (wp_chart_parent_class)->finalize (object);
}

static void
wp_chart_class_init (WpChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = wp_chart_get_property;
  object_class->set_property = wp_chart_set_property;
  object_class->dispose = wp_chart_dispose;
  object_class->finalize = wp_chart_finalize;

  widget_class->draw = wp_chart_draw;
  widget_class->style_updated = wp_chart_style_updated;
  widget_class->unrealize = wp_chart_unrealize;
  widget_class->button_press_event = wp_chart_button_press_event;
  widget_class->button_release_event = wp_chart_button_release_event;
  widget_class->motion_notify_event = wp_chart_motion_notify_event;
  widget_class->leave_notify_event = wp_chart_leave_notify_event;
  widget_class->key_press_event = wp_chart_key_press_event;
  widget_class->query_tooltip = wp_chart_query_tooltip;

  /**
   * WpChart:model:
   *
   * The planner model the chart shows and whose "ram-mb" it moves.
   */
  properties[PROP_MODEL] = wp_planner_model_param_spec ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wp-chart");
}

static void
wp_chart_init (WpChart *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AtkObject *accessible = gtk_widget_get_accessible (widget);
  g_autofree char *title = wp_chart_title ();

  wp_chart_style_init (&self->style, FALSE);

  gtk_widget_set_can_focus (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_size_request (widget, 360, 240);
  gtk_widget_add_events (widget, GDK_POINTER_MOTION_MASK | GDK_BUTTON_PRESS_MASK |
                                 GDK_BUTTON_RELEASE_MASK | GDK_LEAVE_NOTIFY_MASK |
                                 GDK_KEY_PRESS_MASK);

  atk_object_set_name (accessible, title);
  atk_object_set_role (accessible, ATK_ROLE_CHART);
}

/* Public API */

GtkWidget *
wp_chart_new (WpPlannerModel *model)
{
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), NULL);

  return g_object_new (WP_TYPE_CHART, "model", model, NULL);
}

WpPlannerModel *
wp_chart_get_model (WpChart *self)
{
  g_return_val_if_fail (WP_IS_CHART (self), NULL);

  return self->model;
}

void
wp_chart_set_model (WpChart        *self,
                    WpPlannerModel *model)
{
  g_return_if_fail (WP_IS_CHART (self));
  g_return_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model));

  if (!wp_planner_model_replace (self, &self->model, model))
    return;

  if (model != NULL)
    g_signal_connect_swapped (model, "notify", G_CALLBACK (model_notify_cb), self);

  self->layout_valid = FALSE;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
