/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart widget's drawing: the base layer kept between draws, the
 * marker over it, the crosshair and its readout, the focus. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "wp-chart-private.h"
#include "wp-chart-memory.h"

/* Helpers */

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

/* A RAM step redraws only the marker over the kept base: a copy on the
 * X server rather than every series, label and the legend again.  The
 * base is drawn again when what it shows changed. */
static void
update_base (WpChart             *self,
             int                  width,
             int                  height,
             const WpLimitsInput *input,
             guint                platforms)
{
  cairo_t *base_cr;
  BaseKey key;

  base_key_init (&key, self, width, height, input, platforms);
  if (self->base != NULL && memcmp (&key, &self->base_key, sizeof key) == 0)
    return;

  wp_chart_drop_base (self);
  self->base = gdk_window_create_similar_surface (gtk_widget_get_window (GTK_WIDGET (self)),
                                                  CAIRO_CONTENT_COLOR, width, height);
  base_cr = cairo_create (self->base);
  wp_chart_render_layers (base_cr, width, height, &self->style, input, platforms,
                          WP_CHART_LAYER_BASE, NULL);
  cairo_destroy (base_cr);
  self->base_key = key;
}

/* Dashed lines through the pointer, across the plot. */
static void
draw_crosshair (WpChart *self,
                cairo_t *cr)
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

/* Private API (wp-chart-private.h) */

void
wp_chart_drop_base (WpChart *self)
{
  g_clear_pointer (&self->base, cairo_surface_destroy);
}

gboolean
wp_chart_draw (GtkWidget *widget,
               cairo_t   *cr)
{
  WpChart *self = WP_CHART (widget);
  int width = gtk_widget_get_allocated_width (widget);
  int height = gtk_widget_get_allocated_height (widget);
  WpLimitsInput input;
  guint platforms;

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

  update_base (self, width, height, &input, platforms);
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
      draw_crosshair (self, cr);
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

/* Public API */

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
