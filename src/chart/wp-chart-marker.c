/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The renderer's marker layer: a vertical line at the marker, a dot where
 * each value lies on it with the value in a box beside it, and its tag
 * above the plot. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>

#include "wp-chart-render-private.h"

static double
marker_x (WpChartRenderer *r)
{
  double x;

  wp_chart_layout_to_pixel (&r->geo, r->desc->marker.x, 0, &x, NULL);
  return x;
}

void
wp_chart_renderer_point_path (cairo_t      *cr,
                              WpChartShape  shape,
                              double        x,
                              double        y,
                              double        radius)
{
  double d = radius * 1.5;

  cairo_new_path (cr);
  switch (shape)
    {
    case WP_CHART_SHAPE_SQUARE:
      cairo_rectangle (cr, x - radius * 0.9, y - radius * 0.9, radius * 1.8, radius * 1.8);
      break;
    case WP_CHART_SHAPE_TRIANGLE:
      cairo_move_to (cr, x, y - radius * 1.25);
      cairo_line_to (cr, x + radius * 1.1, y + radius * 0.8);
      cairo_line_to (cr, x - radius * 1.1, y + radius * 0.8);
      cairo_close_path (cr);
      break;
    case WP_CHART_SHAPE_TRIANGLE_DOWN:
      cairo_move_to (cr, x, y + radius * 1.25);
      cairo_line_to (cr, x - radius * 1.1, y - radius * 0.8);
      cairo_line_to (cr, x + radius * 1.1, y - radius * 0.8);
      cairo_close_path (cr);
      break;
    case WP_CHART_SHAPE_DIAMOND:
      cairo_move_to (cr, x, y - d);
      cairo_line_to (cr, x + d, y);
      cairo_line_to (cr, x, y + d);
      cairo_line_to (cr, x - d, y);
      cairo_close_path (cr);
      break;
    case WP_CHART_SHAPE_NONE:
    case WP_CHART_SHAPE_DOT:
    default:
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      break;
    }
}

/* A value's point, filled in its ink and outlined in the background. */
static void
draw_point (WpChartRenderer          *r,
            const WpChartMarkerValue *value,
            double                    x,
            double                    y,
            double                    radius)
{
  cairo_t *cr = r->cr;

  wp_chart_renderer_point_path (cr, value->shape, x, y, radius);
  wp_chart_renderer_set_ink (r, value->ink);
  cairo_fill_preserve (cr);
  wp_chart_renderer_set_color (cr, &r->style->background, 1.0);
  cairo_set_line_width (cr, r->metrics->outline);
  cairo_stroke (cr);
}

/* A value's box: a line of small text and its padding. */
static double
value_box_height (WpChartRenderer *r)
{
  return wp_chart_renderer_line_height (r, r->small) + 2 * r->px.value_pad_y;
}

static double
value_radius (WpChartRenderer *r)
{
  return MAX (r->metrics->value_dot_min, r->px.value_dot);
}

/* Where the box of each value at the marker goes: beside its dot, moved
 * up or down as little as keeps it clear of the others, within the plot
 * and the lowest a gap above the x axis; a moved box stands further off,
 * for its leader.  On the right of the marker unless the plot ends first.
 * Whether they fit the plot's height. */
gboolean
wp_chart_renderer_place_values (WpChartRenderer *r)
{
  const WpChartLengths *px = &r->px;
  const WpChartMarker *marker = &r->desc->marker;
  const WpChartRect *plot = &r->geo.plot;
  WpChartSpreadItem items[WP_CHART_DESC_MAX_VALUES];
  double x = marker_x (r), radius = value_radius (r), box_h = value_box_height (r);
  gboolean fits;

  for (guint i = 0; i < marker->n_values; i++)
    items[i] = (WpChartSpreadItem) { wp_chart_renderer_level_y (r, marker->values[i].y), box_h,
                                     0, i };
  fits = wp_chart_spread (items, marker->n_values, plot->y + px->value_gap,
                          plot->y + plot->height - px->value_gap, px->value_gap);

  r->geo.n_values = marker->n_values;
  for (guint k = 0; k < marker->n_values; k++)
    {
      WpChartPlaced *placed = &r->geo.values[items[k].index];
      double w, off, bx;

      wp_chart_renderer_set_text (r, r->small, marker->values[items[k].index].text, -1, &w,
                                  NULL);
      w = round (w + 2 * px->value_pad_x);
      placed->point_x = x;
      placed->point_y = items[k].want;
      placed->leader = wp_chart_spread_moved (&items[k], px->leader_min_move);
      off = radius + (placed->leader ? px->value_leader : px->value_offset);
      bx = x + off;
      if (bx + w > plot->x + plot->width)
        bx = MAX (plot->x, x - off - w);
      /* On whole pixels: crisp, and cheap for Cairo. */
      placed->box = (WpChartRect) { round (bx), round (items[k].top), w, round (box_h) };
    }
  return fits;
}

static void
draw_value_box (WpChartRenderer          *r,
                const WpChartMarkerValue *value,
                const WpChartPlaced      *placed,
                double                    radius)
{
  const WpChartLengths *px = &r->px;
  cairo_t *cr = r->cr;
  const WpChartColor *color = wp_chart_style_ink (r->style, value->ink);
  const WpChartRect *box = &placed->box;
  double outline = r->metrics->outline;

  draw_point (r, value, placed->point_x, placed->point_y, radius);

  cairo_rectangle (cr, box->x, box->y, box->width, box->height);
  wp_chart_renderer_set_color (cr, &r->style->background, r->metrics->value_box_alpha);
  cairo_fill (cr);
  cairo_rectangle (cr, box->x + outline / 2, box->y + outline / 2, box->width - outline,
                   box->height - outline);
  wp_chart_renderer_set_color (cr, color, value->ink.alpha);
  cairo_set_line_width (cr, outline);
  cairo_stroke (cr);

  wp_chart_renderer_set_text (r, r->small, value->text, -1, NULL, NULL);
  wp_chart_renderer_set_color (cr, &r->style->foreground, 1.0);
  wp_chart_renderer_show_text (r, box->x + px->value_pad_x, box->y + px->value_pad_y);
}

/* A dot where each value lies on the marker, and the value in a box
 * beside it, as the layout placed them: the leaders first, under every
 * dot and box. */
static void
draw_values (WpChartRenderer *r)
{
  const WpChartMarker *marker = &r->desc->marker;
  double radius = value_radius (r);

  cairo_save (r->cr);
  for (guint i = 0; i < r->geo.n_values; i++)
    {
      const WpChartPlaced *placed = &r->geo.values[i];

      if (placed->leader)
        wp_chart_renderer_draw_leader (r, placed, marker->values[i].ink,
                                       placed->box.x > placed->point_x
                                       ? placed->box.x : placed->box.x + placed->box.width);
    }
  for (guint i = 0; i < r->geo.n_values; i++)
    draw_value_box (r, &marker->values[i], &r->geo.values[i], radius);
  cairo_restore (r->cr);
}

/* Where the values' boxes are left out (a small chart), a measured point
 * still shows: its shape alone. */
static void
draw_measured_points (WpChartRenderer *r)
{
  const WpChartMarker *marker = &r->desc->marker;
  double x = marker_x (r);

  cairo_save (r->cr);
  for (guint i = 0; i < marker->n_values; i++)
    if (marker->values[i].shape > WP_CHART_SHAPE_DOT)
      draw_point (r, &marker->values[i], x,
                  wp_chart_renderer_level_y (r, marker->values[i].y), value_radius (r));
  cairo_restore (r->cr);
}

static void
draw_tag (WpChartRenderer *r)
{
  const WpChartLengths *px = &r->px;
  cairo_t *cr = r->cr;
  double w, h, x = marker_x (r), pad_x = px->tag_pad_x, top;

  wp_chart_renderer_set_text (r, r->small, r->desc->marker.tag, -1, &w, &h);
  top = r->geo.plot.y - h - px->tag_gap;
  x = CLAMP (x - w / 2 - pad_x, 0, MAX (0, r->width - w - 2 * pad_x));

  cairo_save (cr);
  x = round (x);
  top = round (top);
  cairo_rectangle (cr, x, top, round (w + 2 * pad_x), round (h + 2 * px->tag_pad_y));
  wp_chart_renderer_set_color (cr, &r->style->foreground, r->metrics->tag_alpha);
  cairo_fill (cr);
  wp_chart_renderer_set_color (cr, &r->style->background, 1.0);
  wp_chart_renderer_show_text (r, x + pad_x, top + px->tag_pad_y);
  cairo_restore (cr);
}

void
wp_chart_renderer_draw_marker (WpChartRenderer *r)
{
  cairo_t *cr = r->cr;
  double width = r->metrics->marker_line;
  double x;

  wp_chart_renderer_clip_to_plot (r);
  x = wp_chart_renderer_snap (cr, marker_x (r), TRUE, width);
  cairo_save (cr);
  wp_chart_renderer_set_color (cr, &r->style->foreground, r->metrics->marker_alpha);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x, r->geo.plot.y);
  cairo_line_to (cr, x, r->geo.plot.y + r->geo.plot.height);
  cairo_stroke (cr);
  cairo_restore (cr);
  cairo_restore (cr);

  if (r->parts & WP_CHART_PART_MARKER_VALUES)
    draw_values (r);
  else
    draw_measured_points (r);
  if (r->parts & WP_CHART_PART_MARKER_TAG)
    draw_tag (r);
}
