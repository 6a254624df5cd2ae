/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The renderer's marker layer: a vertical line at the marker, a dot where
 * each value lies on it with the value in a box beside it, and its tag
 * above the plot. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "wp-chart-render-private.h"

typedef struct
{
  const WpChartMarkerValue *value;
  double                    dot_y;
  double                    top;
} ValueBox;

static double
marker_x (WpChartRenderer *r)
{
  double x;

  wp_chart_layout_to_pixel (&r->geo, r->desc->marker.x, 0, &x, NULL);
  return x;
}

/* A value's box: a line of small text and its padding. */
static double
value_box_height (WpChartRenderer *r)
{
  return wp_chart_renderer_line_height (r, r->small) + 2 * r->px.value_pad_y;
}

/* Whether the boxes of the values at the marker, stacked, fit the plot's
 * height. */
gboolean
wp_chart_renderer_marker_values_fit (WpChartRenderer *r)
{
  return r->desc->marker.n_values * (value_box_height (r) + r->px.value_gap) <=
         r->geo.plot.height;
}

static int
compare_value_boxes (gconstpointer a,
                     gconstpointer b)
{
  const ValueBox *la = a, *lb = b;

  return (la->dot_y > lb->dot_y) - (la->dot_y < lb->dot_y);
}

/* Moves the boxes apart vertically so that none overlap, within the plot. */
static void
spread_value_boxes (WpChartRenderer *r,
                    ValueBox        *boxes,
                    guint            n,
                    double           box_h)
{
  double gap = r->px.value_gap, plot_bottom = r->geo.plot.y + r->geo.plot.height;

  qsort (boxes, n, sizeof boxes[0], compare_value_boxes);
  for (guint i = 0; i < n; i++)
    {
      boxes[i].top = boxes[i].dot_y - box_h / 2;
      if (i > 0)
        boxes[i].top = MAX (boxes[i].top, boxes[i - 1].top + box_h + gap);
    }
  for (guint i = n; i-- > 0;)
    {
      /* The lowest stays a gap above the x axis: a 9x level of 100 lies on
       * the axis, its value must not cover it. */
      double limit = i + 1 < n ? boxes[i + 1].top - box_h - gap : plot_bottom - box_h - gap;

      boxes[i].top = MIN (boxes[i].top, limit);
    }
}

static void
draw_value_box (WpChartRenderer *r,
                ValueBox        *box,
                double           x,
                double           radius,
                double           box_h)
{
  const WpChartLengths *px = &r->px;
  cairo_t *cr = r->cr;
  const WpChartColor *color = wp_chart_style_ink (r->style, box->value->ink);
  double outline = r->metrics->outline, w, bx;

  cairo_new_path (cr);
  cairo_arc (cr, x, box->dot_y, radius, 0, 2 * G_PI);
  wp_chart_renderer_set_ink (r, box->value->ink);
  cairo_fill_preserve (cr);
  wp_chart_renderer_set_color (cr, &r->style->background, 1.0);
  cairo_set_line_width (cr, outline);
  cairo_stroke (cr);

  wp_chart_renderer_set_text (r, r->small, box->value->text, -1, &w, NULL);
  bx = x + radius + px->value_offset;
  if (bx + w + 2 * px->value_pad_x > r->geo.plot.x + r->geo.plot.width)
    bx = x - radius - px->value_offset - w - 2 * px->value_pad_x;

  /* On whole pixels: crisp, and cheap for Cairo. */
  bx = round (bx);
  box->top = round (box->top);
  cairo_rectangle (cr, bx, box->top, round (w + 2 * px->value_pad_x), round (box_h));
  wp_chart_renderer_set_color (cr, &r->style->background, r->metrics->value_box_alpha);
  cairo_fill (cr);
  cairo_rectangle (cr, bx + outline / 2, box->top + outline / 2,
                   round (w + 2 * px->value_pad_x) - outline, round (box_h) - outline);
  wp_chart_renderer_set_color (cr, color, box->value->ink.alpha);
  cairo_set_line_width (cr, outline);
  cairo_stroke (cr);

  wp_chart_renderer_set_color (cr, &r->style->foreground, 1.0);
  wp_chart_renderer_show_text (r, bx + px->value_pad_x, box->top + px->value_pad_y);
}

/* A dot where each value lies on the marker, and the value in a box
 * beside it. */
static void
draw_values (WpChartRenderer *r)
{
  const WpChartMarker *marker = &r->desc->marker;
  ValueBox boxes[WP_CHART_DESC_MAX_VALUES];
  double x = marker_x (r), box_h;
  double radius = MAX (r->metrics->value_dot_min, r->px.value_dot);

  if (marker->n_values == 0)
    return;

  for (guint i = 0; i < marker->n_values; i++)
    {
      boxes[i].value = &marker->values[i];
      boxes[i].dot_y = wp_chart_renderer_level_y (r, marker->values[i].y);
    }
  box_h = value_box_height (r);
  spread_value_boxes (r, boxes, marker->n_values, box_h);

  cairo_save (r->cr);
  for (guint i = 0; i < marker->n_values; i++)
    draw_value_box (r, &boxes[i], x, radius, box_h);
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
  if (r->parts & WP_CHART_PART_MARKER_TAG)
    draw_tag (r);
}
