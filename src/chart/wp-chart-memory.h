/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The chart view of sockets versus physical memory: the figures of the
 * visible platforms (WpChartData), and the description the renderer draws
 * from them.  Another chart (ports in use versus connection rate, say) is
 * another view like this one, drawn by the same renderer.
 *
 * The RAM axis is linear by default, from 0 to at least 4 GB (to the
 * current RAM if larger, at most 64 GB).  Every series is a straight line
 * from the origin up to its knee and flat after it, so a linear axis shows
 * the pool's proportionality as what it is, a straight line, and keeps the
 * polylines exact.  Beyond 64 GB the knees (1 and 2 GB) would shrink to a
 * few pixels while nothing changes any more, so the axis stops there and
 * the RAM marker points off the scale.  Either axis can be logarithmic
 * (wp_chart_data_set_scales()): the RAM's from the first data RAM, the
 * sockets' from a 1-2-5 step under the lowest line; the renderer bends the
 * segments between the vertices as the log axis does.  Both axes are
 * described from 0, so automatic keeps them linear (an axis described from
 * above 0 turns log automatically past two decades: wp_chart_axis_is_log()).
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "limits/wp-limits.h"
#include "wp-chart-desc.h"
#include "wp-chart-geometry.h"
#include "wp-chart-render.h"
#include "wp-chart-style.h"

G_BEGIN_DECLS

#define WP_CHART_RAM_DATA_MIN_MB 16.0      /* the series start here */
#define WP_CHART_RAM_AXIS_MIN_MB 4096.0    /* the RAM axis shows at least 4 GB */
#define WP_CHART_RAM_AXIS_MAX_MB 65536.0   /* … and at most 64 GB */
#define WP_CHART_MAX_VERTICES    4u
/* Dragging and arrow keys move the RAM marker by an eighth of the RAM
 * axis' tick step: 64 MB on the 4 GB axis. */
#define WP_CHART_RAM_STEPS_PER_TICK 8.0
/* Beside NT curves, a 9x MaxConnections this many times above every other
 * figure is drawn at the top edge, "above the scale", instead of squashing
 * the other curves. */
#define WP_CHART_OFF_SCALE_FACTOR 4.0
/* How far above the sockets' top the client-port level still extends the
 * scale; beyond, it lies on the top edge. */
#define WP_CHART_CLIENT_PORTS_REACH 1.25

/* The reference lines a user can hide (WpChartStyle.hidden_lines); the
 * version lines are the visible platforms. */
typedef enum
{
  WP_CHART_LINE_CLIENT_PORTS = 1 << 0,
  WP_CHART_LINE_PROCESS_CAP  = 1 << 1,
} WpChartLines;

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
  gboolean        nt6;         /* Vista and later: practical only (pool ÷ cost) */
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
  double        value_max;        /* the value axis' top the user fixed, or 0 */

  gboolean      has_client_ports; /* the MaxUserPort - 1024 level */
  double        client_ports;
  gboolean      client_ports_off_scale; /* far above the sockets: at the top edge */
  gboolean      has_process_cap;  /* SocketWrench <= 3.6 */
  double        process_cap;

  WpChartAxisScale x_scale;       /* the scales asked for: wp_chart_data_set_scales() */
  WpChartAxisScale y_scale;
  int           emphasis;         /* a WpPlatform whose lines stand out, or -1 */
  double        marker_ram;       /* the current RAM, on the axis */
  gboolean      marker_off_scale; /* the current RAM is beyond the axis */
  guint         not_drawn;        /* visible versions without a curve (Vista x86) */
  gboolean      any_nt6;          /* a Vista-or-later line: axes from the data, log */
  WpChartMeasured measured;       /* an import's connections: a point at the marker */
} WpChartData;

/* The figures: wp-chart-memory-data.c, the series' colours, names and
 * values: wp-chart-memory-series.c; the RAM axis as drawn:
 * wp-chart-memory-axis.c */
char    *wp_chart_format_ram_tick   (double ram_mb);
char    *wp_chart_format_count_tick (double count);

guint    wp_chart_series_color_index (WpPlatform platform);
gboolean wp_chart_platform_has_curve (WpPlatform platform);
char    *wp_chart_series_name     (const WpChartSeries *series);
char    *wp_chart_series_short_name (const WpChartSeries *series);

double   wp_chart_ram_axis_end    (guint64              ram_mb);
void     wp_chart_data_init       (WpChartData         *data,
                                   const WpLimitsInput *input,
                                   guint                platforms);
void     wp_chart_data_set_view   (WpChartData         *data,
                                   guint                hidden_lines,
                                   double               value_max);
double   wp_chart_data_value_top  (const WpChartData   *data);
void     wp_chart_data_set_scales (WpChartData         *data,
                                   WpChartAxisScale     x_scale,
                                   WpChartAxisScale     y_scale);
void     wp_chart_data_set_ram_range (WpChartData      *data,
                                      double            ram_lo,
                                      double            ram_hi);
void     wp_chart_data_axes       (const WpChartData   *data,
                                   WpChartAxis         *x,
                                   WpChartAxis         *y);
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
guint64  wp_chart_layout_ram_at   (const WpChartLayout *layout,
                                   double               x);
double   wp_chart_ram_log_step    (double               ram,
                                   int                  direction,
                                   double               per_octave);

/* Its words, the legend's and the tooltip's alike (wp-chart-memory-strings.c),
 * and its description (wp-chart-memory-view.c) */
char       *wp_chart_title              (void);
char       *wp_chart_subtitle           (const WpLimitsInput *input,
                                         guint                platforms);
char       *wp_chart_client_ports_label (guint                client_ports);
char       *wp_chart_process_cap_label  (guint                cap);
char       *wp_chart_level_label        (const WpChartSeries *series,
                                         guint                level,
                                         gboolean             off_scale);
const char *wp_chart_x_axis_title       (void);
const char *wp_chart_y_axis_title       (void);
char      **wp_chart_values_lines       (const WpChartData   *data,
                                         double               ram_mb);

void        wp_chart_describe_axes      (WpChartDesc         *desc,
                                         const WpChartData   *data);
void        wp_chart_describe           (WpChartDesc         *desc,
                                         const WpChartData   *data,
                                         gboolean             footnote);
/* An import's figures on either view (wp-chart-measured.c). */
void        wp_chart_describe_measured  (WpChartDesc           *desc,
                                         const WpChartMeasured *measured);
/* Its legend entry: the diamond, in the foreground's ink. */
void        wp_chart_desc_add_measured_legend (WpChartDesc     *desc);
void        wp_chart_rate_describe_measured (WpChartDesc           *desc,
                                             const WpChartMeasured *measured);
double      wp_chart_measured_ports_top (const WpChartMeasured *measured,
                                         double                 ports_hi);
double      wp_chart_measured_rate_top  (const WpChartMeasured *measured,
                                         double                 rate_hi);
void        wp_chart_measured_set_rate  (WpChartMeasured       *measured,
                                         guint64                time_wait,
                                         guint                  delay_s);

/* Describes and draws (wp_chart_render_desc()) in one call. */
void        wp_chart_render_layers      (cairo_t             *cr,
                                         double               width,
                                         double               height,
                                         const WpChartStyle  *style,
                                         const WpLimitsInput *input,
                                         guint                platforms,
                                         WpChartLayers        layers,
                                         WpChartLayout       *out_layout);
void        wp_chart_render             (cairo_t             *cr,
                                         double               width,
                                         double               height,
                                         const WpChartStyle  *style,
                                         const WpLimitsInput *input,
                                         guint                platforms,
                                         WpChartLayout       *out_layout);

G_END_DECLS
