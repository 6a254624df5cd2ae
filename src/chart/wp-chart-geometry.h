/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The chart's geometry, pure C: axis ranges and nice ticks, tick labels,
 * the exact polyline of each series (its knee is a vertex), and the mapping
 * between pixels and (RAM, sockets) for drawing and hit-testing.  No Cairo.
 *
 * The RAM axis is linear, from 0 to at least 4 GB (to the current RAM if
 * larger, at most 64 GB).  Every series is a straight line from the origin
 * up to its knee and flat after it, so a linear axis shows the pool's
 * proportionality as what it is, a straight line, and keeps the polylines
 * exact; a log axis would bend them.  Beyond 64 GB the knees (1 and 2 GB)
 * would shrink to a few pixels while nothing changes any more, so the axis
 * stops there and the RAM marker points off the scale.
 */
#pragma once

#include <glib.h>

#include "limits/wp-limits.h"

G_BEGIN_DECLS

#define WP_CHART_RAM_DATA_MIN_MB 16.0      /* the series start here */
#define WP_CHART_RAM_AXIS_MIN_MB 4096.0    /* the RAM axis shows at least 4 GB */
#define WP_CHART_RAM_AXIS_MAX_MB 65536.0   /* … and at most 64 GB */
#define WP_CHART_MAX_TICKS       64u
#define WP_CHART_MAX_VERTICES    4u
#define WP_CHART_N_SERIES_COLORS 3u        /* one per curve: 9x, NT 4.0, 2000+ */
/* Dragging and arrow keys move the RAM marker by an eighth of the RAM
 * axis' tick step: 64 MB on the 4 GB axis. */
#define WP_CHART_RAM_STEPS_PER_TICK 8.0
/* Beside NT curves, a 9x MaxConnections this many times above every other
 * figure is drawn at the top edge, "above the scale", instead of squashing
 * the other curves. */
#define WP_CHART_OFF_SCALE_FACTOR 4.0

/* The axis spans lo..hi; its n ticks are first, first + step, … */
typedef struct
{
  double lo;
  double hi;
  double first;
  double step;
  guint  n;
} WpChartTicks;

typedef struct
{
  double x;
  double y;
} WpChartPoint;

/* In data units: x is RAM in MB, y is sockets. */
typedef struct
{
  guint        n;
  WpChartPoint v[WP_CHART_MAX_VERTICES];
} WpChartPolyline;

/* One curve and the visible platforms that share it. */
typedef struct
{
  WpPlatform      leader;      /* first visible platform of the group: its figures */
  guint           platforms;   /* WP_PLATFORM_BIT mask of the visible members */
  guint           color_index; /* 0..WP_CHART_N_SERIES_COLORS-1, fixed per group */
  gboolean        has_pool;    /* NT: practical and theoretical; 9x: MaxConnections */
  WpChartPolyline practical;   /* 9x: the MaxConnections level */
  WpChartPolyline theoretical; /* NT only */
  gboolean        off_scale;   /* 9x level above the axis: drawn at its top */
} WpChartSeries;

/* Everything the chart shows, in data units. */
typedef struct
{
  WpLimitsInput input;
  guint         platforms;
  guint         n_series;
  WpChartSeries series[WP_N_PLATFORMS];

  double        ram_lo;           /* data extent on the RAM axis */
  double        ram_hi;
  double        value_hi;         /* highest figure on the scale */

  gboolean      has_client_ports; /* the MaxUserPort - 1024 level */
  double        client_ports;
  gboolean      has_process_cap;  /* SocketWrench <= 3.6 */
  double        process_cap;

  double        marker_ram;       /* the current RAM, on the axis */
  gboolean      marker_off_scale; /* the current RAM is beyond the axis */
} WpChartData;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} WpChartRect;

/* The parts drawn around the plot and its series.  A small surface has
 * room for fewer: the footnote goes first, then the title, the legend, the
 * axis titles, and last the tick labels and the values at the marker; the
 * plot with its series stays at any size. */
typedef enum
{
  WP_CHART_PART_TITLE         = 1 << 0,  /* title and subtitle (the inputs) */
  WP_CHART_PART_LEGEND        = 1 << 1,
  WP_CHART_PART_AXIS_TITLES   = 1 << 2,
  WP_CHART_PART_TICK_LABELS   = 1 << 3,  /* and the room outside the plot */
  WP_CHART_PART_MARKER_TAG    = 1 << 4,  /* the RAM over the marker */
  WP_CHART_PART_MARKER_VALUES = 1 << 5,  /* the boxes beside its dots: only when
                                          * they fit the plot's height */
  WP_CHART_PART_FOOTNOTE      = 1 << 6,  /* the sources, under everything: files
                                          * and paper only (show_footnote) */
} WpChartParts;

/* Where the plot is and what its axes span. */
typedef struct
{
  WpChartRect  plot;
  WpChartTicks x_ticks;  /* RAM, MB */
  WpChartTicks y_ticks;  /* sockets */
  WpChartParts parts;    /* what the renderer drew around the plot */
  WpChartRect  legend;   /* the legend's box, when parts has it */
  WpChartRect  footnote; /* the footnote's box, when parts has it */
} WpChartLayout;

gboolean wp_chart_nice_ticks      (double        lo,
                                   double        hi,
                                   guint         max_ticks,
                                   double        min_step,
                                   WpChartTicks *out);
gboolean wp_chart_ram_ticks       (double        lo_mb,
                                   double        hi_mb,
                                   guint         max_ticks,
                                   WpChartTicks *out);
double   wp_chart_ticks_value     (const WpChartTicks *ticks,
                                   guint               i);

char    *wp_chart_format_ram_tick   (double ram_mb);
char    *wp_chart_format_count_tick (double count);

guint    wp_chart_series_color_index (WpPlatform platform);
char    *wp_chart_series_name     (const WpChartSeries *series);

double   wp_chart_ram_axis_end    (guint64              ram_mb);
void     wp_chart_data_init       (WpChartData         *data,
                                   const WpLimitsInput *input,
                                   guint                platforms);
void     wp_chart_series_values_at (const WpChartSeries *series,
                                    const WpLimitsInput *input,
                                    double               ram_mb,
                                    guint               *out_practical,
                                    guint               *out_theoretical);

void     wp_chart_layout_init     (WpChartLayout     *layout,
                                   const WpChartData *data,
                                   const WpChartRect *plot,
                                   guint              max_x_ticks,
                                   guint              max_y_ticks);
void     wp_chart_layout_to_pixel (const WpChartLayout *layout,
                                   double               ram_mb,
                                   double               value,
                                   double              *out_x,
                                   double              *out_y);
void     wp_chart_layout_from_pixel (const WpChartLayout *layout,
                                     double               x,
                                     double               y,
                                     double              *out_ram_mb,
                                     double              *out_value);
gboolean wp_chart_layout_contains (const WpChartLayout *layout,
                                   double               x,
                                   double               y);
guint64  wp_chart_layout_ram_at   (const WpChartLayout *layout,
                                   double               x);

G_END_DECLS
