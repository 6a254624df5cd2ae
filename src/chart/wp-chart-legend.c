/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The renderer's legend: a swatch of each line and its text, in rows
 * under the plot (or a column, wrapped, when an entry is wider than a row). */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include "wp-chart-render-private.h"

/* Measures the legend as a column (wrapped at @wrap) or in rows across
 * @row_width, each entry as wide as its text, as many to a row as fit. */
void
wp_chart_renderer_measure_legend (WpChartRenderer *r,
                                  double           wrap,
                                  gboolean         column,
                                  double           row_width)
{
  const WpChartLengths *px = &r->px;
  guint n = r->desc->n_legend;
  double swatch = px->swatch + px->swatch_gap;
  double widest = 0, x = 0, y = 0, row_height = 0;

  for (guint i = 0; i < n; i++)
    {
      WpChartLegendBox *box = &r->legend[i];
      double w;

      wp_chart_renderer_set_text (r, r->small, r->desc->legend[i].text, wrap, &box->width,
                                  &box->height);
      w = swatch + box->width;
      if (i > 0 && (column || x + w > row_width))
        {
          y += row_height + px->legend_row_gap;
          x = row_height = 0;
        }
      box->x = x;
      box->y = y;
      x += w + px->legend_column_gap;
      widest = MAX (widest, x - px->legend_column_gap);
      row_height = MAX (row_height, box->height);
    }

  r->legend_wrap = wrap;
  r->legend_width = widest;
  r->legend_height = n == 0 ? 0 : y + row_height;
}

/* A piece of the entry's line, centred on @y; over a band of its ink. */
static void
draw_swatch (WpChartRenderer          *r,
             const WpChartLegendEntry *entry,
             double                    x,
             double                    y)
{
  cairo_t *cr = r->cr;
  double w = r->px.swatch;

  cairo_save (cr);
  if (entry->shape != WP_CHART_SHAPE_DOT)
    {
      wp_chart_renderer_point_path (cr, entry->shape, x + w / 2, y,
                                    MAX (r->metrics->value_dot_min, r->px.value_dot));
      wp_chart_renderer_set_ink (r, entry->line.ink);
      cairo_fill (cr);
      cairo_restore (cr);
      return;
    }
  cairo_set_line_width (cr, r->lw * entry->line.width);
  if (entry->band)
    {
      cairo_rectangle (cr, x, y - r->px.band_swatch, w, r->px.band_swatch);
      wp_chart_renderer_set_color (cr, wp_chart_style_ink (r->style, entry->line.ink),
                                   r->style->band_alpha);
      cairo_fill (cr);
    }
  wp_chart_renderer_set_ink (r, entry->line.ink);
  wp_chart_renderer_set_dash (r, entry->line.dash);
  y = wp_chart_renderer_snap (cr, y, FALSE, r->lw);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + w, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
wp_chart_renderer_draw_legend (WpChartRenderer *r)
{
  double line_h;

  if (!(r->parts & WP_CHART_PART_LEGEND))
    return;

  /* The layout measured the legend last in the arrangement chosen. */
  line_h = wp_chart_renderer_line_height (r, r->small);
  for (guint i = 0; i < r->desc->n_legend; i++)
    {
      const WpChartLegendEntry *entry = &r->desc->legend[i];
      double x = r->geo.legend.x + r->legend[i].x, y = r->geo.legend.y + r->legend[i].y;

      draw_swatch (r, entry, x, y + line_h / 2);
      wp_chart_renderer_set_text (r, r->small, entry->text, r->legend_wrap, NULL, NULL);
      wp_chart_renderer_set_color (r->cr, &r->style->foreground, 1.0);
      wp_chart_renderer_show_text (r, x + r->px.swatch + r->px.swatch_gap, y);
    }
}
