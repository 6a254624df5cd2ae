/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "wp-chart-private.h"
#include "wp-chart-theme.h"
#include "wp-chart-memory.h"
#include "wp-chart-rate.h"

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
  key->emphasis = self->style.emphasis;
  key->input = *input;
  if (!self->style.show_title)
    key->input.ram_mb = 0;
  key->ram_axis_end = wp_chart_ram_axis_end (input->ram_mb);
  key->hidden_lines = self->hidden_lines;
  key->value_max = self->value_max;
  key->x_scale = self->x_scale;
  key->y_scale = self->y_scale;
  key->view = self->view;
  key->measured = self->style.measured;
}

/* The model's measurement as the views take it: the connections, and the
 * client ports in use in the selected version's range. */
void
wp_chart_measured_from_model (WpPlannerModel  *model,
                              WpChartMeasured *out)
{
  WpMeasurement *measurement = wp_planner_model_get_measurement (model);
  WpPlatform platform = wp_planner_model_get_selected_platform (model);
  WpMeasuredPorts ports;

  *out = (WpChartMeasured) { FALSE, 0, FALSE, 0, FALSE, 0 };
  if (measurement == NULL)
    return;
  out->shown = TRUE;
  out->connections = (double) wp_measurement_get_connections (measurement);
  out->has_client_ports = wp_planner_model_get_measured_ports (model, platform, &ports);
  out->client_ports = ports.in_use;
  if (out->has_client_ports)
    wp_chart_measured_set_rate (out, wp_measurement_get_time_wait (measurement),
                                wp_planner_model_peek_limits (model, platform)->time_wait_s);
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

static void
drop_base (WpChart *self)
{
  g_clear_pointer (&self->base, cairo_surface_destroy);
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
  wp_chart_data_set_view (&data, self->hidden_lines, self->value_max);
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
  /* The rate view: the selected version's headroom, or the chart's title */
  if (self->view == WP_CHART_VIEW_RATE)
    {
      g_autofree char *headroom =
        wp_headroom_format_sentence (wp_planner_model_get_selected_platform (self->model),
                                     &input);
      g_autofree char *title = wp_chart_rate_title ();

      atk_object_set_description (accessible, headroom != NULL ? headroom : title);
      return;
    }
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

/* The values at the pointer, in a corner of the plot. */
static void
draw_readout (WpChart             *self,
              cairo_t             *cr,
              const WpLimitsInput *input,
              guint                platforms)
{
  WpChartData data;

  wp_chart_data_init (&data, input, platforms);
  data.emphasis = self->style.emphasis;
  wp_chart_data_set_view (&data, self->hidden_lines, self->value_max);
  wp_chart_readout_draw (self, cr, &data);
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

  if (self->n_compare > 0)
    return wp_chart_draw_comparison (self, cr);
  if (self->model == NULL)
    return FALSE;

  wp_chart_update_style (self);
  wp_planner_model_get_input (self->model, &input);
  platforms = wp_planner_model_get_visible_platforms (self->model);
  /* The version the window describes stands out. */
  self->style.emphasis = wp_planner_model_get_selected_platform (self->model);
  self->style.hidden_lines = self->hidden_lines;
  self->style.value_max = self->value_max;
  self->style.x_scale = self->x_scale;
  self->style.y_scale = self->y_scale;
  self->style.view = self->view;
  wp_chart_measured_from_model (self->model, &self->style.measured);

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

  /* The crosshair, over everything but outside the data's way; its
   * readout reads RAM, so the memory view's alone. */
  if (self->pointer_inside && !self->dragging && self->view == WP_CHART_VIEW_MEMORY &&
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
      draw_readout (self, cr, &input, platforms);
    }
  else
    self->readout = (WpChartRect) { 0, 0, 0, 0 };

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
wp_chart_query_tooltip (GtkWidget  *widget,
                        int         x,
                        int         y,
                        gboolean    keyboard_mode,
                        GtkTooltip *tooltip)
{
  WpChart *self = WP_CHART (widget);
  g_autofree char *markup = NULL;

  if (self->n_compare > 0)
    return !keyboard_mode && wp_chart_compare_query_tooltip (self, x, y, tooltip);
  if (self->model == NULL || !self->layout_valid || self->view != WP_CHART_VIEW_MEMORY)
    return FALSE;

  /* Under the pointer, the readout drawn in the plot gives the values
   * (wp-chart-readout.c), or a tooltip where the plot has no room for it;
   * the keyboard's tooltip gives the marker's. */
  if (keyboard_mode)
    markup = values_markup (self, (double) wp_planner_model_get_ram_mb (self->model));
  else if (!self->pointer_inside || self->readout.width > 0 ||
           !wp_chart_layout_contains (&self->layout, x, y))
    return FALSE;
  else
    markup = values_markup (self, (double) wp_chart_layout_ram_at (&self->layout, x));

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
          update_accessible (self);
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

  drop_base (self);
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
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
