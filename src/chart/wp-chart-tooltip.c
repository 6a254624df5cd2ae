/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the chart widget says of the values: the tooltip under the pointer
 * or at the marker, and the description a screen reader reads. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "wp-chart-private.h"
#include "wp-chart-memory.h"
#include "wp-chart-rate.h"

/* Helpers */

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

/* Private API (wp-chart-private.h) */

void
wp_chart_update_accessible (WpChart *self)
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

gboolean
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

