/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The renderer's plot: bands, grid, reference lines, series and
 * annotations, drawn in that order inside the plot's clip. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>

#include "wp-chart-render-private.h"

static void
draw_grid (WpChartRenderer *r)
{
  cairo_t *cr = r->cr;
  const WpChartRect *plot = &r->geo.plot;
  double width = r->metrics->grid_line;

  cairo_save (cr);
  wp_chart_renderer_set_color (cr, &r->style->grid, 1.0);
  cairo_set_line_width (cr, width);
  for (guint i = 0; i < r->geo.y_ticks.n; i++)
    {
      double y;

      wp_chart_layout_to_pixel (&r->geo, 0, wp_chart_ticks_value (&r->geo.y_ticks, i), NULL, &y);
      y = wp_chart_renderer_snap (cr, y, FALSE, width);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
    }
  for (guint i = 0; i < r->geo.x_ticks.n; i++)
    {
      double x;

      wp_chart_layout_to_pixel (&r->geo, wp_chart_ticks_value (&r->geo.x_ticks, i), 0, &x, NULL);
      x = wp_chart_renderer_snap (cr, x, TRUE, width);
      cairo_move_to (cr, x, plot->y);
      cairo_line_to (cr, x, plot->y + plot->height);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A line to @b from @a, where the path stands: straight on linear axes, a
 * curve through a point every few pixels where a log axis bends it (a
 * flat or an upright segment stays straight). */
/* The point at @t of the data's straight segment from @a to @b, in pixels. */
static void
segment_point (WpChartRenderer    *r,
               const WpChartPoint *a,
               const WpChartPoint *b,
               double              t,
               double             *x,
               double             *y)
{
  wp_chart_layout_to_pixel (&r->geo, a->x + t * (b->x - a->x), a->y + t * (b->y - a->y), x, y);
}

/* Whether the segment bends less than a third of a pixel away from the
 * straight line between its ends (x0, y0)-(x1, y1) on these axes, seen at
 * sixteen points: a line near y = k·x (the pool's sockets against RAM,
 * rounded to whole sockets) is straight enough on two logarithmic axes to
 * stroke as one piece, and a stroke costs by the piece. */
#define STRAIGHT_SAMPLES 16

static gboolean
nearly_straight (WpChartRenderer    *r,
                 const WpChartPoint *a,
                 const WpChartPoint *b,
                 double              x0,
                 double              y0,
                 double              x1,
                 double              y1)
{
  double length = hypot (x1 - x0, y1 - y0);

  for (guint i = 1; i < STRAIGHT_SAMPLES; i++)
    {
      double x, y;

      segment_point (r, a, b, (double) i / STRAIGHT_SAMPLES, &x, &y);
      if (fabs ((x1 - x0) * (y - y0) - (y1 - y0) * (x - x0)) > length / 3)
        return FALSE;
    }
  return TRUE;
}

static void
segment_to (WpChartRenderer    *r,
            const WpChartPoint *a,
            const WpChartPoint *b)
{
  double x0, y0, x1, y1;
  guint pieces = 1;

  wp_chart_layout_to_pixel (&r->geo, a->x, a->y, &x0, &y0);
  wp_chart_layout_to_pixel (&r->geo, b->x, b->y, &x1, &y1);
  if ((r->geo.x_ticks.kind == WP_CHART_SCALE_LOG || r->geo.y_ticks.kind == WP_CHART_SCALE_LOG) &&
      a->x != b->x && a->y != b->y)
    pieces = (guint) CLAMP (ceil (hypot (x1 - x0, y1 - y0) / 3.0), 1, 512);
  if (pieces > 1 && nearly_straight (r, a, b, x0, y0, x1, y1))
    pieces = 1;
  for (guint i = 1; i < pieces; i++)
    {
      double x, y;

      segment_point (r, a, b, (double) i / pieces, &x, &y);
      cairo_line_to (r->cr, x, y);
    }
  cairo_line_to (r->cr, x1, y1);
}

static void
line_path (WpChartRenderer         *r,
           const WpChartDescSeries *line,
           gboolean                 forward)
{
  for (guint k = 0; k < line->n; k++)
    {
      guint i = forward ? k : line->n - 1 - k;
      double x, y;

      wp_chart_layout_to_pixel (&r->geo, line->v[i].x, line->v[i].y, &x, &y);
      if (k == 0 && forward)
        cairo_move_to (r->cr, x, y);
      else if (k == 0)
        cairo_line_to (r->cr, x, y);
      else
        segment_to (r, &line->v[forward ? i - 1 : i + 1], &line->v[i]);
    }
}

/* The area between two lines, in the ink mixed into the background:
 * opaque, so Cairo fills it at the speed of a paint; later bands over
 * earlier ones.  Its edges lie under the lines drawn later: no
 * antialiasing. */
static void
draw_bands (WpChartRenderer *r)
{
  cairo_t *cr = r->cr;
  const WpChartColor *bg = &r->style->background;
  double a = r->style->band_alpha;

  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  for (guint b = 0; b < r->desc->n_bands; b++)
    {
      const WpChartBand *band = &r->desc->bands[b];
      const WpChartColor *color = wp_chart_style_ink (r->style, band->ink);

      line_path (r, &r->desc->series[band->lower], TRUE);
      line_path (r, &r->desc->series[band->upper], FALSE);
      cairo_close_path (cr);
      cairo_set_source_rgb (cr, bg->red + (color->red - bg->red) * a,
                            bg->green + (color->green - bg->green) * a,
                            bg->blue + (color->blue - bg->blue) * a);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

/* A horizontal line at @value across the plot: at its top edge when above
 * the scale. */
static void
draw_level (WpChartRenderer        *r,
            double                  value,
            const WpChartLineStyle *style)
{
  cairo_t *cr = r->cr;
  double width = r->lw * style->width;
  double y = wp_chart_renderer_snap (cr, wp_chart_renderer_level_y (r, value), FALSE, width);

  cairo_save (cr);
  wp_chart_renderer_set_dash (r, style->dash);
  cairo_set_line_width (cr, width);
  wp_chart_renderer_set_ink (r, style->ink);
  cairo_move_to (cr, r->geo.plot.x, y);
  cairo_line_to (cr, r->geo.plot.x + r->geo.plot.width, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* One line: each segment stroked on its own, so that a dash pattern
 * restarts at the knee and a flat segment, on whole pixels, takes Cairo's
 * fast path for straight lines; a dot covers each solid knee. */
static void
stroke_line (WpChartRenderer         *r,
             const WpChartDescSeries *line)
{
  cairo_t *cr = r->cr;
  double width = r->lw * line->style.width;
  gboolean dashed = line->style.dash != WP_CHART_DASH_SOLID;

  wp_chart_renderer_set_dash (r, line->style.dash);
  wp_chart_renderer_set_ink (r, line->style.ink);
  cairo_set_line_width (cr, width);
  for (guint i = 0; i + 1 < line->n; i++)
    {
      double x0, y0, x1, y1;

      wp_chart_layout_to_pixel (&r->geo, line->v[i].x, line->v[i].y, &x0, &y0);
      wp_chart_layout_to_pixel (&r->geo, line->v[i + 1].x, line->v[i + 1].y, &x1, &y1);
      if (line->v[i].y == line->v[i + 1].y)
        {
          y0 = y1 = wp_chart_renderer_snap (cr, y0, FALSE, width);
          cairo_move_to (cr, x0, y0);
          cairo_line_to (cr, x1, y1);
        }
      else
        {
          cairo_move_to (cr, x0, y0);
          segment_to (r, &line->v[i], &line->v[i + 1]);
        }
      cairo_stroke (cr);

      if (!dashed && i > 0)
        {
          cairo_arc (cr, x0, y0, width / 2, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }
}

/* A series' marked point: its shape filled in the line's ink, ringed in
 * the background so that it stands out where lines cross. */
static void
draw_mark (WpChartRenderer         *r,
           const WpChartDescSeries *line)
{
  cairo_t *cr = r->cr;
  double x, y, s = r->lw * 4.5;

  wp_chart_layout_to_pixel (&r->geo, line->mark.x, line->mark.y, &x, &y);
  wp_chart_renderer_point_path (cr, line->mark_shape, x, y, s * 0.9);
  cairo_set_dash (cr, NULL, 0, 0);
  wp_chart_renderer_set_ink (r, line->style.ink);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, r->lw * 0.75);
  wp_chart_renderer_set_color (cr, &r->style->background, 1.0);
  cairo_stroke (cr);
}

static void
draw_series (WpChartRenderer *r)
{
  cairo_save (r->cr);
  for (guint s = 0; s < r->desc->n_series; s++)
    {
      const WpChartDescSeries *series = &r->desc->series[s];

      if (series->role == WP_CHART_ROLE_LEVEL)
        {
          if (series->n > 0)
            draw_level (r, series->v[0].y, &series->style);
        }
      else
        stroke_line (r, series);
    }
  for (guint s = 0; s < r->desc->n_series; s++)
    if (r->desc->series[s].mark_shape != WP_CHART_SHAPE_NONE)
      draw_mark (r, &r->desc->series[s]);
  cairo_restore (r->cr);
}

static void
draw_annotations (WpChartRenderer *r)
{
  const WpChartRect *plot = &r->geo.plot;

  for (guint i = 0; i < r->desc->n_annotations; i++)
    {
      const WpChartAnnotation *note = &r->desc->annotations[i];
      double w, h, x, y;

      wp_chart_renderer_set_text (r, r->body, note->text, -1, &w, &h);
      wp_chart_renderer_set_ink (r, note->ink);
      if (note->anchor == WP_CHART_ANCHOR_PLOT_CENTER)
        {
          x = plot->x + (plot->width - w) / 2;
          y = plot->y + (plot->height - h) / 2;
        }
      else
        wp_chart_layout_to_pixel (&r->geo, note->x, note->y, &x, &y);
      wp_chart_renderer_show_text (r, x, y);
    }
}

void
wp_chart_renderer_draw_plot (WpChartRenderer *r)
{
  draw_bands (r);
  draw_grid (r);
  for (guint i = 0; i < r->desc->n_references; i++)
    draw_level (r, r->desc->references[i].value, &r->desc->references[i].style);
  draw_series (r);
  draw_annotations (r);
}
