/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The renderer's layout: which parts fit, where the plot goes, how many
 * ticks each axis gets. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "wp-chart-render-private.h"

/* The room the layout keeps around the plot, in user units. */
typedef struct
{
  double top;
  double bottom;
  double left;
  double right;
} Margins;

/* The widest of the labels of @ticks on @axis. */
static double
widest_tick_label (WpChartRenderer    *r,
                   const WpChartAxis  *axis,
                   const WpChartTicks *ticks)
{
  double widest = 0;

  for (guint i = 0; i < ticks->n; i++)
    {
      g_autofree char *label = axis->format (wp_chart_ticks_value (ticks, i));
      double w;

      wp_chart_renderer_set_text (r, r->body, label, -1, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

static guint
count_fitting_x_ticks (WpChartRenderer *r,
                       double           plot_width)
{
  const WpChartAxis *axis = &r->desc->x;
  guint max_ticks = (guint) CLAMP (plot_width / r->px.x_tick_space + 1, 2, WP_CHART_MAX_TICKS);

  /* Fewer ticks until every label fits its slot with air between. */
  for (; max_ticks > 2; max_ticks--)
    {
      WpChartTicks ticks;

      wp_chart_axis_ticks (axis, max_ticks, &ticks);
      if (wp_chart_ticks_spacing (&ticks, plot_width) >=
          widest_tick_label (r, axis, &ticks) + r->px.x_label_air)
        break;
    }

  return max_ticks;
}

static double
widest_y_label (WpChartRenderer *r,
                double           plot_height,
                guint           *out_max_ticks)
{
  const WpChartAxis *axis = &r->desc->y;
  WpChartTicks ticks;

  /* A label every y_tick_space; on a low plot up to y_low_ticks, closer,
   * so that the 1-2-5 steps do not leave half of it empty above the
   * curves. */
  *out_max_ticks = (guint) CLAMP (MAX (plot_height / r->px.y_tick_space,
                                       MIN (r->metrics->y_low_ticks,
                                            plot_height / r->px.y_tick_space_low)) + 1,
                                  2, WP_CHART_MAX_TICKS);
  wp_chart_axis_ticks (axis, *out_max_ticks, &ticks);
  return widest_tick_label (r, axis, &ticks);
}

/* Cuts the footnote's band off the bottom of the surface.  Its text wraps
 * across the width, to at most two lines; needing more, it has no room. */
static gboolean
footnote_measure (WpChartRenderer *r)
{
  double pad = r->px.pad, w, h;

  r->footnote_wrap = r->width - 2 * pad;
  wp_chart_renderer_set_text (r, r->footnote_font, r->footnote_text, r->footnote_wrap, &w, &h);
  r->footnote = (WpChartRect) { pad, r->surface_height - pad - h, w, h };
  /* Whole units: the chart above lies on the same pixels as on a surface
   * that ends there.  Its own bottom margin is the gap over the text. */
  r->footnote_band = ceil (pad + h);
  return r->footnote_wrap > 0 && w <= r->footnote_wrap &&
         pango_layout_get_line_count (r->layout) <= 2;
}

/* The title and subtitle, and the marker's tag: the room above the plot. */
static double
measure_top (WpChartRenderer *r)
{
  const WpChartLengths *px = &r->px;
  double top = px->pad;

  if (r->parts & WP_CHART_PART_TITLE)
    {
      double wrap = r->width - 2 * px->pad;

      wp_chart_renderer_set_text (r, r->title, r->desc->title, wrap, NULL, &r->title_height);
      wp_chart_renderer_set_text (r, r->small, r->desc->subtitle, wrap, NULL,
                                  &r->subtitle_height);
      top += r->title_height + px->title_gap + r->subtitle_height + px->subtitle_gap;
    }
  if (r->parts & WP_CHART_PART_MARKER_TAG)
    top += wp_chart_renderer_line_height (r, r->small) + px->tag_room;
  return top;
}

/* The legend goes in rows under the axis title, as few as its entries
 * need across the width (the lines' names take the right): never over
 * the data.  Whether it fits. */
static gboolean
place_legend (WpChartRenderer *r,
              Margins         *m)
{
  const WpChartLengths *px = &r->px;
  double row = r->width - 2 * px->pad, swatch = px->swatch + px->swatch_gap;

  wp_chart_renderer_measure_legend (r, -1, FALSE, row);
  /* Narrower than its widest entry: one column, wrapped. */
  if (r->legend_width > row)
    wp_chart_renderer_measure_legend (r, MAX (r->em, row - swatch), TRUE, 0);
  m->bottom += r->legend_height + px->legend_gap;
  return r->legend_width <= row;
}

/* The room around the plot for ticks, their labels, the axis titles and
 * the legend; sets the y axis' tick count.  Whether the legend fits. */
static gboolean
measure_margins (WpChartRenderer *r,
                 Margins         *m,
                 guint           *max_y)
{
  const WpChartLengths *px = &r->px;
  gboolean fits = TRUE;

  m->top = measure_top (r);
  m->bottom = px->pad + px->tick + px->x_label_gap + r->em;
  m->left = px->pad + px->tick + px->y_label_gap;
  if (r->parts & WP_CHART_PART_AXIS_TITLES)
    {
      m->bottom += px->axis_title_gap + r->em;
      m->left += r->em + px->y_title_gap;
    }
  m->right = px->pad + px->right_gap;
  if (r->parts & WP_CHART_PART_LINE_LABELS)
    m->right = px->pad + wp_chart_renderer_measure_labels (r);

  if (r->parts & WP_CHART_PART_LEGEND)
    fits = place_legend (r, m);

  m->left += widest_y_label (r, r->height - m->top - m->bottom, max_y);
  return fits;
}

/* Whether the axis titles fit along a plot at @plot. */
static gboolean
axis_titles_fit (WpChartRenderer   *r,
                 const WpChartRect *plot)
{
  double w;

  /* The y title runs along the plot, centred on it. */
  wp_chart_renderer_set_text (r, r->body, r->desc->y.title, -1, &w, NULL);
  if (w > plot->height + 2 * MIN (plot->y, r->height - plot->y - plot->height))
    return FALSE;
  wp_chart_renderer_set_text (r, r->body, r->desc->x.title, -1, &w, NULL);
  return w <= r->width;
}

/* Lays the chart out with the parts in r->parts.  Whether the plot keeps
 * @min_width × @min_height ems and every part lies within the surface. */
static gboolean
try_layout (WpChartRenderer *r,
            double           min_width,
            double           min_height)
{
  guint max_x = 2, max_y = 2;
  gboolean fits = TRUE;
  double names_width = 0;
  WpChartRect plot;
  Margins m;

  r->legend_width = r->legend_height = 0;
  r->footnote_band = 0;
  if (r->parts & WP_CHART_PART_FOOTNOTE)
    fits = footnote_measure (r);
  r->height = r->surface_height - r->footnote_band;

  if (!(r->parts & WP_CHART_PART_TICK_LABELS))
    {
      /* The plot alone, over the whole surface but a thin margin. */
      double margin = MIN (r->px.bare_margin, floor (MIN (r->width, r->height) / 10.0));

      m.top = m.left = m.bottom = m.right = margin;
      /* Grid lines without labels: as for a low plot. */
      max_y = (guint) CLAMP ((r->height - 2 * margin) / r->px.y_tick_space_low + 1, 2,
                             r->metrics->y_low_ticks + 1);
    }
  else
    {
      fits = measure_margins (r, &m, &max_y) && fits;
      if (r->parts & WP_CHART_PART_LINE_LABELS)
        names_width = r->names_width;
    }

  /* Whole units: the plot's clip then covers whole pixels, which Cairo
   * applies as a region rather than through a mask on every layer. */
  plot.x = MIN (ceil (m.left), floor (r->width));
  plot.y = MIN (ceil (m.top), floor (r->height));
  plot.width = MAX (0.0, floor (r->width - m.right) - plot.x);
  plot.height = MAX (0.0, floor (r->height - m.bottom) - plot.y);
  r->plot_visible = plot.width >= 1.0 && plot.height >= 1.0;
  /* The names beside the plot count with it: they are read with the lines. */
  fits = fits && plot.width + names_width >= min_width * r->em &&
         plot.height >= min_height * r->em;

  if (r->parts & WP_CHART_PART_TICK_LABELS)
    {
      if (r->parts & WP_CHART_PART_AXIS_TITLES)
        fits = fits && axis_titles_fit (r, &plot);
      if (r->plot_visible)
        max_x = count_fitting_x_ticks (r, plot.width);
    }

  wp_chart_layout_init_axes (&r->geo, &plot, &r->desc->x, &r->desc->y, max_x, max_y);
  /* The data's low end a gap above the x axis, so that a line there is
   * not taken for the axis (a small plot keeps most of its height).  A
   * log axis has no zero: it starts under its lowest line. */
  if (r->geo.y_ticks.kind == WP_CHART_SCALE_LINEAR)
    r->geo.zero_gap = MIN (r->px.zero_gap, floor (plot.height / 8));
  if (r->parts & WP_CHART_PART_LINE_LABELS)
    fits = wp_chart_renderer_place_labels (r) && fits;
  return fits;
}

/* The parts the description has and the style wants. */
static WpChartParts
parts_wanted (WpChartRenderer *r)
{
  const WpChartDesc *desc = r->desc;
  WpChartParts all = WP_CHART_PART_TICK_LABELS;

  if (r->style->show_title && desc->title != NULL && desc->subtitle != NULL)
    all |= WP_CHART_PART_TITLE;
  if (desc->n_legend > 0)
    all |= WP_CHART_PART_LEGEND;
  if (wp_chart_renderer_collect_labels (r) > 0)
    all |= WP_CHART_PART_LINE_LABELS;
  if (desc->x.title != NULL && desc->y.title != NULL)
    all |= WP_CHART_PART_AXIS_TITLES;
  if (desc->marker.shown && desc->marker.tag != NULL)
    all |= WP_CHART_PART_MARKER_TAG;
  if (desc->marker.shown)
    all |= WP_CHART_PART_MARKER_VALUES;
  if (r->footnote_text != NULL)
    all |= WP_CHART_PART_FOOTNOTE;
  return all;
}

/* Where the legend and the footnote went, for the caller's hit-testing. */
static void
place_parts (WpChartRenderer *r)
{
  r->geo.parts = r->parts;
  if (r->parts & WP_CHART_PART_FOOTNOTE)
    r->geo.footnote = (WpChartRect) { 0, r->height, r->width, r->footnote_band };
  if (r->parts & WP_CHART_PART_LEGEND)
    {
      /* Under the plot's left edge, if it fits from there. */
      r->geo.legend.width = r->legend_width;
      r->geo.legend.height = r->legend_height;
      r->geo.legend.x = r->geo.plot.x + r->legend_width <= r->width - r->px.pad
                        ? r->geo.plot.x : r->px.pad;
      r->geo.legend.y = r->height - r->px.pad - r->legend_height;
    }
}

/* The plot comes first: on a small surface the footnote goes, then the
 * title, the legend, then the axis titles, before the plot gets too small
 * to read; smaller still, the plot alone fills the surface.  The lines'
 * names stay with the tick labels: they say which line is which. */
void
wp_chart_renderer_compute_layout (WpChartRenderer *r)
{
  static const struct
  {
    WpChartParts drop;
    double       min_width;    /* ems */
    double       min_height;
  } steps[] = {
    { 0, 10, 6 },
    { WP_CHART_PART_FOOTNOTE, 10, 6 },
    { WP_CHART_PART_FOOTNOTE | WP_CHART_PART_TITLE, 10, 6 },
    { WP_CHART_PART_FOOTNOTE | WP_CHART_PART_TITLE | WP_CHART_PART_LEGEND, 10, 6 },
    { WP_CHART_PART_FOOTNOTE | WP_CHART_PART_TITLE | WP_CHART_PART_LEGEND |
      WP_CHART_PART_AXIS_TITLES, 6, 3 },
  };
  WpChartParts all = parts_wanted (r);
  gboolean fits = FALSE;

  for (gsize i = 0; i < G_N_ELEMENTS (steps) && !fits; i++)
    {
      r->parts = all & ~steps[i].drop;
      r->names_unwrapped = FALSE;
      fits = try_layout (r, steps[i].min_width, steps[i].min_height);
      /* Wrapped names may not fit the plot's height where a wider column
       * of names on a line each would. */
      if (!fits && (r->parts & WP_CHART_PART_LINE_LABELS))
        {
          r->names_unwrapped = TRUE;
          fits = try_layout (r, steps[i].min_width, steps[i].min_height);
        }
    }
  if (!fits)
    {
      r->parts = 0;
      try_layout (r, 0, 0);
    }

  if ((r->parts & WP_CHART_PART_MARKER_VALUES) && !wp_chart_renderer_place_values (r))
    r->parts &= ~WP_CHART_PART_MARKER_VALUES;
  if (!(r->parts & WP_CHART_PART_MARKER_VALUES))
    r->geo.n_values = 0;
  if (!(r->parts & WP_CHART_PART_LINE_LABELS))
    r->geo.n_labels = 0;

  place_parts (r);
}
