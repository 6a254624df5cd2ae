/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The colours, fonts and line widths the chart renderer draws with: a light
 * default for files and paper, or filled from a GTK style context by the
 * widget (dark themes included). */
#pragma once

#include <glib.h>
#include <pango/pango.h>

#include "wp-chart-desc.h"
#include "wp-chart-text.h"

G_BEGIN_DECLS

/* The palette: one colour per curve of the memory view (9x, NT 4.0, 2000+). */
#define WP_CHART_N_SERIES_COLORS 8u

/* The user's text size, a factor on the body size: its range and default. */
/* Which chart a style draws: sockets versus RAM (wp-chart-memory.h) or
 * ports in use versus the connection rate (wp-chart-rate.h). */
typedef enum
{
  WP_CHART_VIEW_MEMORY,
  WP_CHART_VIEW_RATE,
} WpChartView;

#define WP_CHART_TEXT_SCALE_MIN 0.5
#define WP_CHART_TEXT_SCALE_MAX 3.0

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} WpChartColor;

typedef struct
{
  WpChartColor          background;
  WpChartColor          foreground;  /* text, axes, the RAM marker */
  WpChartColor          grid;
  WpChartColor          footnote;    /* the sources under the chart */
  WpChartColor          client_ports;
  WpChartColor          process_cap;
  WpChartColor          target;      /* the connections a plan needs */
  WpChartColor          series[WP_CHART_N_SERIES_COLORS];
  double                band_alpha;  /* fill between practical and theoretical */
  double                line_width;  /* a data line, in user units */
  PangoFontDescription *font;        /* body text at its smallest; it grows with
                                      * the chart (wp_chart_style_body_size());
                                      * titles derive from it */
  double                text_scale;  /* the user's text size: × the body size (1) */
  gboolean              text_grows;  /* with the chart's size; paper: FALSE */
  double                footnote_scale; /* the footnote's size, relative to font */
  gboolean              show_title;
  gboolean              show_footnote; /* files and paper: the widget never sets it */
  int                   emphasis;    /* a WpPlatform whose lines stand out (the
                                      * window's selected version), or -1 */
  WpChartTextCache     *text_cache;  /* owned: texts laid out between renders */
  guint                 hidden_lines; /* WpChartLines the user hid (the window's
                                      * chart options); 0 everywhere else */
  double                value_max;   /* a top of the value axis the user fixed,
                                      * or 0: automatic */
  WpChartAxisScale      x_scale;     /* each axis' scale: automatic (0), linear, log */
  WpChartAxisScale      y_scale;
  WpChartView           view;        /* the chart drawn: memory (0) or rate */
  WpChartMeasured       measured;    /* an import's figures, or none (0) */
} WpChartStyle;

void wp_chart_style_init       (WpChartStyle       *style,
                                gboolean            dark);
void wp_chart_style_set_colors (WpChartStyle       *style,
                                const WpChartColor *foreground,
                                const WpChartColor *background);
void wp_chart_style_set_font   (WpChartStyle               *style,
                                const PangoFontDescription *font);
void wp_chart_style_clear      (WpChartStyle       *style);

double wp_chart_style_body_size (const WpChartStyle *style,
                                 double              width,
                                 double              height);

const WpChartColor *wp_chart_style_ink (const WpChartStyle *style,
                                        WpChartInk          ink);

G_END_DECLS
