/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpChart drawing scenarios side by side (wp-chart-compare.h) instead of
 * its model: the comparison window's chart, in the window's theme.  Nothing
 * to drag: the scenarios' RAM are their files'. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include "limits/wp-format.h"
#include "wp-chart-compare.h"
#include "wp-chart-private.h"

static void
clear_names (WpChart *self)
{
  for (guint i = 0; i < self->n_compare; i++)
    g_free ((char *) self->compare[i].name);
  self->n_compare = 0;
}

/* A screen reader hears the title and each scenario as the legend says it
 * (its version, RAM and sockets there). */
static void
update_accessible (WpChart *self)
{
  AtkObject *accessible = gtk_widget_get_accessible (GTK_WIDGET (self));
  g_autofree WpChartCompareData *data = g_new0 (WpChartCompareData, 1);
  g_autofree char *title = NULL;
  GString *description = g_string_new (NULL);
  WpChartDesc desc;

  if (!wp_chart_compare_data_init (data, self->compare, self->n_compare,
                                   WP_CHART_AXIS_SCALE_AUTO, WP_CHART_AXIS_SCALE_AUTO))
    {
      title = wp_chart_title ();
      atk_object_set_name (accessible, title);
      g_string_free (description, TRUE);
      return;
    }
  wp_chart_compare_describe (&desc, data, FALSE);
  for (guint i = 0; i < desc.n_legend; i++)
    g_string_append_printf (description, "%s%s", i > 0 ? "\n" : "", desc.legend[i].text);
  atk_object_set_name (accessible, desc.title);
  atk_object_set_description (accessible, description->str);
  wp_chart_desc_clear (&desc);
  g_string_free (description, TRUE);
}

void
wp_chart_set_comparison (WpChart            *self,
                         const WpNamedInput *entries,
                         guint               n)
{
  g_return_if_fail (WP_IS_CHART (self));
  g_return_if_fail (n <= WP_COMPARE_MAX && (n == 0 || entries != NULL));

  clear_names (self);
  for (guint i = 0; i < n; i++)
    {
      self->compare[i] = entries[i];
      self->compare[i].name = g_strdup (entries[i].name);
    }
  self->n_compare = n;
  self->layout_valid = FALSE;
  self->compare_drawn = FALSE;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
wp_chart_draw_comparison (WpChart *self,
                          cairo_t *cr)
{
  GtkWidget *widget = GTK_WIDGET (self);

  wp_chart_update_style (self);
  self->style.emphasis = -1;
  self->style.x_scale = self->x_scale;
  self->style.y_scale = self->y_scale;
  wp_chart_compare_render (cr, gtk_widget_get_allocated_width (widget),
                           gtk_widget_get_allocated_height (widget), &self->style,
                           self->compare, self->n_compare, &self->layout);
  self->compare_drawn = TRUE;
  return FALSE;
}

/* Under the pointer, each scenario's limit at its RAM (nothing to drag:
 * the layout is the tooltip's alone). */
gboolean
wp_chart_compare_query_tooltip (WpChart    *self,
                                int         x,
                                int         y,
                                GtkTooltip *tooltip)
{
  g_autofree WpChartCompareData *data = NULL;
  g_autofree char *ram_text = NULL;
  g_auto (GStrv) lines = NULL;
  GString *markup;
  guint64 ram;

  if (!self->compare_drawn || !wp_chart_layout_contains (&self->layout, x, y))
    return FALSE;

  data = g_new0 (WpChartCompareData, 1);
  if (!wp_chart_compare_data_init (data, self->compare, self->n_compare, self->x_scale,
                                   self->y_scale))
    return FALSE;
  ram = wp_chart_layout_ram_at (&self->layout, x);
  ram_text = wp_format_ram_mb (MAX (ram, 1));
  lines = wp_chart_compare_values_lines (data, (double) ram);
  markup = g_string_new (NULL);
  g_string_append_printf (markup, "<b>%s</b>", ram_text);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (lines[i], -1);

      g_string_append_printf (markup, "\n%s", escaped);
    }
  gtk_tooltip_set_markup (tooltip, markup->str);
  g_string_free (markup, TRUE);
  return TRUE;
}
