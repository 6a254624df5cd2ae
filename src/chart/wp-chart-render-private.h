/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The renderer's parts, private to the chart: the state of one render and
 * the helpers its files share (wp-chart-render.c), the layout
 * (wp-chart-layout.c), the legend (wp-chart-legend.c), the lines' names
 * (wp-chart-labels.c), the plot's layers
 * (wp-chart-layers.c), the axes and texts around it (wp-chart-axes.c) and
 * the marker (wp-chart-marker.c). */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "wp-chart-desc.h"
#include "wp-chart-geometry.h"
#include "wp-chart-metrics.h"
#include "wp-chart-style.h"
#include "wp-chart-text.h"

G_BEGIN_DECLS

/* Where the layout put a legend entry, and its text's size. */
typedef struct
{
  double width;
  double height;
  double x;        /* the entry's top left, in the legend */
  double y;
} WpChartLegendBox;

/* A line's name to place at its right end: its text's size. */
typedef struct
{
  const WpChartLineLabel *label;
  WpChartInk              ink;
  double                  x_value;   /* where the line ends */
  double                  y_value;
  gboolean                level;     /* across the plot: it ends at the right edge */
  double                  width;
  double                  height;
} WpChartNameBox;

typedef struct
{
  cairo_t              *cr;
  const WpChartStyle   *style;
  const WpChartDesc    *desc;
  const WpChartMetrics *metrics;
  WpChartLengths        px;        /* metrics->ems in user units */
  WpChartTextCache     *texts;     /* the style's, or own_texts */
  WpChartTextCache     *own_texts;
  PangoLayout          *layout;    /* the text set last */
  PangoFontDescription *body;
  PangoFontDescription *small;
  PangoFontDescription *small_bold;
  PangoFontDescription *title;
  PangoFontDescription *footnote_font;
  double                width;
  double                height;          /* the chart's, above the footnote */
  double                surface_height;
  double                em;       /* body line height */
  double                lw;       /* data line width */

  WpChartLayout         geo;
  gboolean              plot_visible;

  WpChartLegendBox      legend[WP_CHART_DESC_MAX_LEGEND];
  guint                 n_names;
  WpChartNameBox        names[WP_CHART_MAX_LINE_LABELS];
  gboolean              names_unwrapped; /* a line each, however wide */
  double                names_wrap;     /* the width the names wrap at, or -1 */
  double                names_width;    /* the widest */
  WpChartParts          parts;          /* what there is room for */
  double                legend_width;
  double                legend_wrap;    /* the width its texts wrap at, or -1 */
  double                legend_height;
  double                title_height;
  double                subtitle_height;

  const char           *footnote_text;  /* NULL: no footnote */
  double                footnote_wrap;
  WpChartRect           footnote;       /* the text's box */
  double                footnote_band;  /* whole units, under the chart */
} WpChartRenderer;

/* wp-chart-render.c */
void   wp_chart_renderer_set_color (cairo_t            *cr,
                                    const WpChartColor *color,
                                    double              alpha);
void   wp_chart_renderer_set_ink   (WpChartRenderer    *r,
                                    WpChartInk          ink);
void   wp_chart_renderer_set_dash  (WpChartRenderer    *r,
                                    WpChartDash         dash);
void   wp_chart_renderer_set_text  (WpChartRenderer            *r,
                                    const PangoFontDescription *font,
                                    const char                 *text,
                                    double                      wrap_width,
                                    double                     *out_width,
                                    double                     *out_height);
void   wp_chart_renderer_show_text (WpChartRenderer    *r,
                                    double              x,
                                    double              y);
double wp_chart_renderer_snap      (cairo_t            *cr,
                                    double              value,
                                    gboolean            is_x,
                                    double              line_width);
void   wp_chart_renderer_clip_to_plot (WpChartRenderer *r);
/* A point's path at x, y: a dot of @radius, or a diamond as tall as a
 * dot's width and a half (wp-chart-marker.c). */
void   wp_chart_renderer_point_path (cairo_t            *cr,
                                     WpChartShape        shape,
                                     double              x,
                                     double              y,
                                     double              radius);
double wp_chart_renderer_level_y   (WpChartRenderer    *r,
                                    double              value);
double wp_chart_renderer_line_height (WpChartRenderer  *r,
                                      const PangoFontDescription *font);

/* wp-chart-layout.c */
void   wp_chart_renderer_compute_layout (WpChartRenderer *r);

/* wp-chart-legend.c */
void   wp_chart_renderer_measure_legend (WpChartRenderer *r,
                                         double           wrap,
                                         gboolean         column,
                                         double           row_width);
void   wp_chart_renderer_draw_legend    (WpChartRenderer *r);

/* wp-chart-labels.c */
guint    wp_chart_renderer_collect_labels (WpChartRenderer *r);
double   wp_chart_renderer_measure_labels (WpChartRenderer *r);
gboolean wp_chart_renderer_place_labels   (WpChartRenderer *r);
void     wp_chart_renderer_draw_labels    (WpChartRenderer *r);
void     wp_chart_renderer_draw_leader    (WpChartRenderer     *r,
                                           const WpChartPlaced *placed,
                                           WpChartInk           ink,
                                           double               end_x);

/* wp-chart-layers.c */
void   wp_chart_renderer_draw_plot      (WpChartRenderer *r);

/* wp-chart-axes.c */
void   wp_chart_renderer_draw_axes        (WpChartRenderer *r);
void   wp_chart_renderer_draw_axis_titles (WpChartRenderer *r);
void   wp_chart_renderer_draw_titles      (WpChartRenderer *r);
void   wp_chart_renderer_draw_footnote    (WpChartRenderer *r);

/* wp-chart-marker.c */
gboolean wp_chart_renderer_place_values      (WpChartRenderer *r);
void     wp_chart_renderer_draw_marker       (WpChartRenderer *r);

G_END_DECLS
