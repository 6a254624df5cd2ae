/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The renderer's line names: each named line's name just right of the
 * plot, at the height where the line ends, in the line's ink.  Names that
 * would overlap move apart (wp_chart_spread()), and a short leader joins a
 * moved name to its line's end.  The layout reserves the column's width
 * from the names' measured sizes before it sizes the plot. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>

#include "wp-chart-render-private.h"

static void
add_name (WpChartRenderer        *r,
          const WpChartLineLabel *label,
          WpChartInk              ink,
          double                  x_value,
          double                  y_value,
          gboolean                level)
{
  if (label->text == NULL || r->n_names >= G_N_ELEMENTS (r->names))
    return;
  r->names[r->n_names++] = (WpChartNameBox) { label, ink, x_value, y_value, level, 0, 0 };
}

/* The description's named lines, in its order: how many. */
guint
wp_chart_renderer_collect_labels (WpChartRenderer *r)
{
  const WpChartDesc *desc = r->desc;

  r->n_names = 0;
  for (guint i = 0; i < desc->n_references; i++)
    add_name (r, &desc->references[i].label, desc->references[i].style.ink, 0,
              desc->references[i].value, TRUE);
  for (guint i = 0; i < desc->n_series; i++)
    {
      const WpChartDescSeries *series = &desc->series[i];

      if (series->n == 0)
        continue;
      if (series->role == WP_CHART_ROLE_LEVEL)
        add_name (r, &series->label, series->style.ink, 0, series->v[0].y, TRUE);
      else
        add_name (r, &series->label, series->style.ink, series->v[series->n - 1].x,
                  series->v[series->n - 1].y, FALSE);
    }
  return r->n_names;
}

static const PangoFontDescription *
name_font (WpChartRenderer      *r,
           const WpChartNameBox *name)
{
  return name->label->strong ? r->small_bold : r->small;
}

/* Measures the names, wrapped at a share of the width (unless the layout
 * asks for a line each): the width of the column they need right of the
 * plot, leader room included. */
double
wp_chart_renderer_measure_labels (WpChartRenderer *r)
{
  const WpChartLengths *px = &r->px;

  r->names_wrap = r->names_unwrapped
                  ? -1
                  : MAX (px->label_min_wrap,
                         r->width * r->metrics->label_share - px->label_gap - px->pad);
  r->names_width = 0;
  for (guint i = 0; i < r->n_names; i++)
    {
      WpChartNameBox *name = &r->names[i];

      wp_chart_renderer_set_text (r, name_font (r, name), name->label->text, r->names_wrap,
                                  &name->width, &name->height);
      r->names_width = MAX (r->names_width, name->width);
    }
  return r->n_names > 0 ? px->label_gap + r->names_width : 0;
}

/* Where each name goes, now that the plot and its scale are known: at its
 * line's end, moved as little as keeps it clear of the others, within the
 * plot's height (down to the tick marks).  Whether they fit there. */
gboolean
wp_chart_renderer_place_labels (WpChartRenderer *r)
{
  const WpChartLengths *px = &r->px;
  const WpChartRect *plot = &r->geo.plot;
  WpChartSpreadItem items[WP_CHART_MAX_LINE_LABELS];
  double right = plot->x + plot->width;
  gboolean fits;

  for (guint i = 0; i < r->n_names; i++)
    items[i] = (WpChartSpreadItem) { wp_chart_renderer_level_y (r, r->names[i].y_value),
                                     r->names[i].height, 0, i };
  /* Not fitting, the layout tries again with more room for the plot. */
  fits = wp_chart_spread (items, r->n_names, plot->y, plot->y + plot->height + px->tick,
                          px->label_spacing);

  r->geo.n_labels = r->n_names;
  for (guint k = 0; k < r->n_names; k++)
    {
      const WpChartNameBox *name = &r->names[items[k].index];
      WpChartPlaced *placed = &r->geo.labels[items[k].index];
      double x = right;

      /* A line's end, or the plot's edge where it runs on past the axis */
      if (!name->level)
        {
          wp_chart_layout_to_pixel (&r->geo, name->x_value, 0, &x, NULL);
          x = MIN (x, right);
        }
      placed->box = (WpChartRect) { right + px->label_gap, items[k].top, name->width,
                                    name->height };
      placed->point_x = x;
      placed->point_y = items[k].want;
      placed->leader = wp_chart_spread_moved (&items[k], px->leader_min_move);
    }
  return fits;
}

/* A thin line in @ink from the placed text's point to @end_x, at the
 * middle of its box. */
void
wp_chart_renderer_draw_leader (WpChartRenderer     *r,
                               const WpChartPlaced *placed,
                               WpChartInk           ink,
                               double               end_x)
{
  cairo_t *cr = r->cr;

  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_width (cr, r->metrics->leader_line);
  wp_chart_renderer_set_ink (r, ink);
  cairo_move_to (cr, placed->point_x, placed->point_y);
  cairo_line_to (cr, end_x, placed->box.y + placed->box.height / 2);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
wp_chart_renderer_draw_labels (WpChartRenderer *r)
{
  if (!(r->parts & WP_CHART_PART_LINE_LABELS))
    return;

  for (guint i = 0; i < r->geo.n_labels; i++)
    {
      const WpChartNameBox *name = &r->names[i];
      const WpChartPlaced *placed = &r->geo.labels[i];
      WpChartInk ink = name->ink;

      /* A quietened line's name stays readable. */
      ink.alpha = MAX (ink.alpha, r->metrics->label_min_alpha);
      if (placed->leader)
        wp_chart_renderer_draw_leader (r, placed, ink, placed->box.x - r->px.label_leader_gap);
      wp_chart_renderer_set_text (r, name_font (r, name), name->label->text, r->names_wrap,
                                  NULL, NULL);
      wp_chart_renderer_set_ink (r, ink);
      wp_chart_renderer_show_text (r, placed->box.x, placed->box.y);
    }
}
