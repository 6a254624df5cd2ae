/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The renderer's texts and lines around the plot: axes with their ticks
 * and labels, the axis titles, the title and subtitle, the footnote. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <pango/pangocairo.h>

#include "wp-chart-render-private.h"

static void
stroke_ticks (WpChartRenderer *r,
              double           left,
              double           bottom)
{
  cairo_t *cr = r->cr;
  double tick = r->px.tick, width = r->metrics->axis_line;

  for (guint i = 0; i < r->geo.x_ticks.n; i++)
    {
      double x;

      wp_chart_layout_to_pixel (&r->geo, wp_chart_ticks_value (&r->geo.x_ticks, i), 0, &x, NULL);
      x = wp_chart_renderer_snap (cr, x, TRUE, width);
      cairo_move_to (cr, x, bottom);
      cairo_line_to (cr, x, bottom + tick);
    }
  for (guint i = 0; i < r->geo.y_ticks.n; i++)
    {
      double y;

      wp_chart_layout_to_pixel (&r->geo, 0, wp_chart_ticks_value (&r->geo.y_ticks, i), NULL, &y);
      y = wp_chart_renderer_snap (cr, y, FALSE, width);
      cairo_move_to (cr, left - tick, y);
      cairo_line_to (cr, left, y);
    }
  cairo_stroke (cr);
}

static void
show_tick_labels (WpChartRenderer *r,
                  double           left,
                  double           bottom)
{
  const WpChartLengths *px = &r->px;

  wp_chart_renderer_set_color (r->cr, &r->style->foreground, 1.0);
  for (guint i = 0; i < r->geo.x_ticks.n; i++)
    {
      double value = wp_chart_ticks_value (&r->geo.x_ticks, i), x, w;
      g_autofree char *label = r->desc->x.format (value);

      wp_chart_layout_to_pixel (&r->geo, value, 0, &x, NULL);
      wp_chart_renderer_set_text (r, r->body, label, -1, &w, NULL);
      wp_chart_renderer_show_text (r, x - w / 2, bottom + px->tick + px->x_label_gap);
    }
  for (guint i = 0; i < r->geo.y_ticks.n; i++)
    {
      double value = wp_chart_ticks_value (&r->geo.y_ticks, i), y, w, h;
      g_autofree char *label = r->desc->y.format (value);

      wp_chart_layout_to_pixel (&r->geo, 0, value, NULL, &y);
      wp_chart_renderer_set_text (r, r->body, label, -1, &w, &h);
      wp_chart_renderer_show_text (r, left - px->tick - px->y_label_gap - w, y - h / 2);
    }
}

void
wp_chart_renderer_draw_axes (WpChartRenderer *r)
{
  cairo_t *cr = r->cr;
  const WpChartRect *plot = &r->geo.plot;
  double width = r->metrics->axis_line;
  double left = wp_chart_renderer_snap (cr, plot->x, TRUE, width);
  double bottom = wp_chart_renderer_snap (cr, plot->y + plot->height, FALSE, width);

  cairo_save (cr);
  wp_chart_renderer_set_color (cr, &r->style->foreground, r->metrics->axis_alpha);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, left, plot->y);
  cairo_line_to (cr, left, bottom);
  cairo_line_to (cr, plot->x + plot->width, bottom);
  if (!(r->parts & WP_CHART_PART_TICK_LABELS))
    {
      /* The plot alone: no room for ticks outside it. */
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }

  stroke_ticks (r, left, bottom);
  show_tick_labels (r, left, bottom);
  cairo_restore (cr);
}

void
wp_chart_renderer_draw_axis_titles (WpChartRenderer *r)
{
  const WpChartLengths *px = &r->px;
  cairo_t *cr = r->cr;
  const WpChartRect *plot = &r->geo.plot;
  double w, h;

  cairo_save (cr);
  wp_chart_renderer_set_color (cr, &r->style->foreground, 1.0);

  /* Under the x tick labels, as the layout left room for them. */
  wp_chart_renderer_set_text (r, r->body, r->desc->x.title, -1, &w, &h);
  wp_chart_renderer_show_text (r, plot->x + (plot->width - w) / 2,
                               plot->y + plot->height + px->tick + px->x_label_gap + r->em +
                               px->axis_title_gap);

  wp_chart_renderer_set_text (r, r->body, r->desc->y.title, -1, &w, &h);
  cairo_translate (cr, px->pad, plot->y + (plot->height + w) / 2);
  cairo_rotate (cr, -G_PI / 2);
  {
    /* A layout of its own: rotating the shared context would have Pango
     * lay every cached text out again. */
    PangoLayout *rotated = pango_cairo_create_layout (cr);
    PangoRectangle logical;

    pango_layout_set_font_description (rotated, r->body);
    pango_layout_set_text (rotated, r->desc->y.title, -1);
    pango_layout_get_pixel_extents (rotated, NULL, &logical);
    cairo_move_to (cr, -logical.x, -logical.y);
    pango_cairo_show_layout (cr, rotated);
    g_object_unref (rotated);
  }
  cairo_restore (cr);
}

void
wp_chart_renderer_draw_titles (WpChartRenderer *r)
{
  double pad = r->px.pad, w;

  if (!(r->parts & WP_CHART_PART_TITLE))
    return;

  wp_chart_renderer_set_color (r->cr, &r->style->foreground, 1.0);
  wp_chart_renderer_set_text (r, r->title, r->desc->title, r->width - 2 * pad, &w, NULL);
  wp_chart_renderer_show_text (r, pad, pad);
  wp_chart_renderer_set_text (r, r->small, r->desc->subtitle, r->width - 2 * pad, &w, NULL);
  wp_chart_renderer_set_color (r->cr, &r->style->foreground, r->metrics->subtitle_alpha);
  wp_chart_renderer_show_text (r, pad, pad + r->title_height + r->px.title_gap);
}

void
wp_chart_renderer_draw_footnote (WpChartRenderer *r)
{
  if (!(r->parts & WP_CHART_PART_FOOTNOTE))
    return;

  wp_chart_renderer_set_text (r, r->footnote_font, r->footnote_text, r->footnote_wrap, NULL,
                              NULL);
  wp_chart_renderer_set_color (r->cr, &r->style->footnote, 1.0);
  wp_chart_renderer_show_text (r, r->footnote.x, r->footnote.y);
}
