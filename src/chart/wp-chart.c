/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart widget: its model and properties (the lines, scales and view
 * drawn); drawing in wp-chart-draw.c, tooltips in wp-chart-tooltip.c,
 * pointer and keys in wp-chart-input.c. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include "wp-chart-private.h"
#include "wp-chart-theme.h"
#include "wp-chart-memory.h"

enum
{
  PROP_0,
  PROP_MODEL,
  PROP_SHOW_CLIENT_PORTS,
  PROP_SHOW_PROCESS_CAP,
  PROP_VALUE_MAX,
  PROP_X_SCALE,
  PROP_Y_SCALE,
  PROP_VIEW,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (WpChart, wp_chart, GTK_TYPE_DRAWING_AREA)

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* The renderer's style from the theme (wp-chart-theme.c), once. */
void
wp_chart_update_style (WpChart *self)
{
  if (self->style_valid)
    return;

  wp_chart_style_from_widget (&self->style, GTK_WIDGET (self));
  /* The window shows the inputs beside the chart. */
  self->style.show_title = FALSE;
  self->style_valid = TRUE;
}

/* An axis' scale: the x-scale and y-scale properties. */
static void
set_scale (WpChart          *self,
           WpChartAxisScale *field,
           WpChartAxisScale  scale,
           guint             prop_id)
{
  if (*field == scale)
    return;
  *field = scale;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* A reference line shown or hidden: the show-* properties. */
static void
set_line_shown (WpChart      *self,
                WpChartLines  line,
                gboolean      shown,
                guint         prop_id)
{
  guint hidden = shown ? self->hidden_lines & ~line : self->hidden_lines | line;

  if (hidden == self->hidden_lines)
    return;
  self->hidden_lines = hidden;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Callbacks */

static void
model_notify_cb (WpChart    *self,
                 GParamSpec *pspec)
{
  wp_chart_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Overrides */

static void
wp_chart_style_updated (GtkWidget *widget)
{
  WpChart *self = WP_CHART (widget);

  GTK_WIDGET_CLASS (wp_chart_parent_class)->style_updated (widget);

  self->style_valid = FALSE;
  wp_chart_drop_base (self);
  gtk_widget_queue_draw (widget);
}

static void
wp_chart_unrealize (GtkWidget *widget)
{
  wp_chart_drop_base (WP_CHART (widget));

  GTK_WIDGET_CLASS (wp_chart_parent_class)->unrealize (widget);
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
    case PROP_SHOW_CLIENT_PORTS:
      g_value_set_boolean (value, !(self->hidden_lines & WP_CHART_LINE_CLIENT_PORTS));
      break;
    case PROP_SHOW_PROCESS_CAP:
      g_value_set_boolean (value, !(self->hidden_lines & WP_CHART_LINE_PROCESS_CAP));
      break;
    case PROP_VALUE_MAX:
      g_value_set_uint (value, self->value_max);
      break;
    case PROP_X_SCALE:
      g_value_set_enum (value, self->x_scale);
      break;
    case PROP_Y_SCALE:
      g_value_set_enum (value, self->y_scale);
      break;
    case PROP_VIEW:
      g_value_set_enum (value, self->view);
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
    case PROP_SHOW_CLIENT_PORTS:
      set_line_shown (self, WP_CHART_LINE_CLIENT_PORTS, g_value_get_boolean (value), prop_id);
      break;
    case PROP_SHOW_PROCESS_CAP:
      set_line_shown (self, WP_CHART_LINE_PROCESS_CAP, g_value_get_boolean (value), prop_id);
      break;
    case PROP_VALUE_MAX:
      if (self->value_max != g_value_get_uint (value))
        {
          self->value_max = g_value_get_uint (value);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_X_SCALE:
      set_scale (self, &self->x_scale, g_value_get_enum (value), prop_id);
      break;
    case PROP_Y_SCALE:
      set_scale (self, &self->y_scale, g_value_get_enum (value), prop_id);
      break;
    case PROP_VIEW:
      if (self->view != (WpChartView) g_value_get_enum (value))
        {
          self->view = g_value_get_enum (value);
          self->dragging = FALSE;
          wp_chart_update_accessible (self);
          gtk_widget_queue_draw (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
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

  wp_chart_drop_base (self);
  for (guint i = 0; i < self->n_compare; i++)
    g_free ((char *) self->compare[i].name);
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
  properties[PROP_MODEL] =
    wp_model_view_class_install (klass, PROP_MODEL, G_STRUCT_OFFSET (WpChart, model),
                                 (WpModelViewSetModel) wp_chart_set_model);
  /* What the user chose to see (the window's chart options): the
   * reference lines, and a fixed top of the value axis (0: automatic). */
  properties[PROP_SHOW_CLIENT_PORTS] =
    g_param_spec_boolean ("show-client-ports", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_PROCESS_CAP] =
    g_param_spec_boolean ("show-process-cap", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUE_MAX] =
    g_param_spec_uint ("value-max", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Each axis' scale: automatic (linear on today's axes), linear or log. */
  properties[PROP_X_SCALE] =
    g_param_spec_enum ("x-scale", NULL, NULL, WP_TYPE_CHART_AXIS_SCALE, WP_CHART_AXIS_SCALE_AUTO,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_Y_SCALE] =
    g_param_spec_enum ("y-scale", NULL, NULL, WP_TYPE_CHART_AXIS_SCALE, WP_CHART_AXIS_SCALE_AUTO,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The chart drawn: sockets by RAM, or ports in use by connection rate. */
  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, WP_TYPE_CHART_VIEW, WP_CHART_VIEW_MEMORY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
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
  /* The smallest chart a slide uses (issue 14): room for the window on a
   * 1024×600 screen. */
  gtk_widget_set_size_request (widget, 320, 180);
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
  wp_chart_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
