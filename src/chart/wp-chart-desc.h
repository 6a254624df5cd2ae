/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A chart description: everything a chart shows, as plain data in data
 * units, with no Cairo, no GTK and no model.  A view (wp-chart-memory.h:
 * sockets versus memory) turns figures into a description; the renderer
 * (wp-chart-render.h) draws any description.  Colours are inks, roles the
 * style resolves (a theme's dark colours carry through); widths and dashes
 * are multiples of the style's line width.  Every string is owned:
 * wp_chart_desc_clear() frees them. */
#pragma once

#include <glib.h>

#include "wp-chart-scale.h"

G_BEGIN_DECLS

#define WP_CHART_DESC_MAX_POINTS      32u
#define WP_CHART_DESC_MAX_SERIES      16u
#define WP_CHART_DESC_MAX_BANDS       8u
#define WP_CHART_DESC_MAX_REFERENCES  4u
#define WP_CHART_DESC_MAX_ANNOTATIONS 4u
#define WP_CHART_DESC_MAX_LEGEND      16u
#define WP_CHART_DESC_MAX_VALUES      16u

typedef struct
{
  double x;
  double y;
} WpChartPoint;

typedef enum
{
  WP_CHART_INK_FOREGROUND,  /* text, axes */
  WP_CHART_INK_SERIES,      /* the palette's colour number index */
  WP_CHART_INK_REFERENCE,   /* a reference level (the client ports) */
  WP_CHART_INK_CAP,         /* a cap (SocketWrench's) */
  WP_CHART_INK_TARGET,      /* the target a plan must meet */
} WpChartInkKind;

typedef struct
{
  WpChartInkKind kind;
  guint          index;   /* WP_CHART_INK_SERIES */
  double         alpha;   /* times the colour's own */
} WpChartInk;

typedef enum
{
  WP_CHART_DASH_SOLID,
  WP_CHART_DASH_LONG,      /* a theoretical line */
  WP_CHART_DASH_DOTTED,    /* a reference level */
  WP_CHART_DASH_DASH_DOT,  /* a cap */
} WpChartDash;

typedef struct
{
  WpChartInk  ink;
  WpChartDash dash;
  double      width;   /* times the style's line width */
} WpChartLineStyle;

/* A point's shape, so that points tell apart by more than their colour:
 * a dot on a line (a marker's value; in the legend, a line's swatch), the
 * compared scenarios' marks, and a diamond, in every view, only for what
 * was measured on a machine.  NONE: a series with no point marked. */
typedef enum
{
  WP_CHART_SHAPE_NONE,
  WP_CHART_SHAPE_DOT,
  WP_CHART_SHAPE_SQUARE,
  WP_CHART_SHAPE_TRIANGLE,
  WP_CHART_SHAPE_DIAMOND,
  WP_CHART_SHAPE_TRIANGLE_DOWN,
} WpChartShape;

/* What an import measured on a machine, as plain numbers for the views
 * (the chart knows no model): the memory view puts the connections at the
 * current RAM, the rate view the client ports in use as a level, and on it
 * a point at the rate the connections in TIME_WAIT imply (netstat gives no
 * rate: in a steady state as many close each second as leave TIME_WAIT, so
 * about their number ÷ the delay). */
typedef struct
{
  gboolean shown;
  double   connections;       /* TCP connections not LISTENING */
  gboolean has_client_ports;  /* a client range to count them in */
  double   client_ports;      /* distinct local ports in use inside it */
  gboolean has_rate;          /* connections in TIME_WAIT and one delay in force */
  double   rate;              /* those connections ÷ that delay, per second */
} WpChartMeasured;

/* A line's name at its right end, beside the plot: the renderer keeps the
 * names apart (a short leader from the line when one has to move) and
 * never drops them while the plot is drawn with its tick labels.  @strong:
 * in bold, for the emphasised version.  NULL @text: no name there. */
typedef struct
{
  char     *text;
  gboolean  strong;
} WpChartLineLabel;

/* What a series is: a line through its points, or a constant level drawn
 * across the whole plot (at its top edge when above the scale). */
typedef enum
{
  WP_CHART_ROLE_PRACTICAL,    /* solid: a dot covers each knee */
  WP_CHART_ROLE_THEORETICAL,  /* the upper bound over a practical line */
  WP_CHART_ROLE_LEVEL,        /* v[0].y across the plot */
} WpChartRole;

typedef struct
{
  WpChartRole      role;
  WpChartLineStyle style;
  WpChartLineLabel label;
  guint            n;
  WpChartPoint     v[WP_CHART_DESC_MAX_POINTS];
  WpChartShape     mark_shape;  /* a compared scenario's RAM; NONE: no point marked */
  WpChartPoint     mark;
} WpChartDescSeries;

/* The area between two series (indices into series[]), filled with the
 * ink mixed into the background at the style's band_alpha. */
typedef struct
{
  guint      lower;
  guint      upper;
  WpChartInk ink;
} WpChartBand;

/* A horizontal line at a value of the y axis, across the plot. */
typedef struct
{
  double           value;
  WpChartLineStyle style;
  WpChartLineLabel label;
} WpChartReference;

typedef enum
{
  WP_CHART_ANCHOR_DATA,         /* the text's top left at x, y */
  WP_CHART_ANCHOR_PLOT_CENTER,  /* centred on the plot */
} WpChartAnchor;

typedef struct
{
  WpChartAnchor anchor;
  double        x;
  double        y;
  WpChartInk    ink;
  char         *text;
} WpChartAnnotation;

/* A legend line: a swatch of @line (over a band of its ink when @band;
 * @shape's point in its ink instead when not a dot) and its text: what the
 * lines' own names cannot say (a line style's meaning, a line without a
 * name, a measured point). */
typedef struct
{
  WpChartLineStyle line;
  gboolean         band;
  char            *text;
  WpChartShape     shape;
} WpChartLegendEntry;

/* A value at the marker: a dot where a line crosses it (or a point of
 * another shape) and a box with the text beside it, framed in the ink. */
typedef struct
{
  double       y;
  WpChartInk   ink;
  char        *text;
  WpChartShape shape;
} WpChartMarkerValue;

/* A vertical marker at x, with a tag above the plot. */
typedef struct
{
  gboolean           shown;
  double             x;
  char              *tag;
  guint              n_values;
  WpChartMarkerValue values[WP_CHART_DESC_MAX_VALUES];
} WpChartMarker;

typedef char *(*WpChartTickFormat) (double value);

/* An axis: its ticks' rule says what it counts (NICE: counts, BINARY:
 * memory) and @scale whether on a linear or a log scale, where they become
 * LOG_125 and LOG_BINARY; a log rule (DECADES …) is log whatever @scale. */
typedef struct
{
  WpChartTickRule   rule;
  double            lo;        /* the data's extent on the axis */
  double            hi;
  double            min_step;  /* WP_CHART_TICKS_NICE */
  WpChartTickFormat format;    /* a tick's label */
  char             *title;
  WpChartAxisScale  scale;     /* automatic: log when lo > 0 and hi / lo
                                * passes WP_CHART_AUTO_LOG_RATIO */
  double            log_lo;    /* where a log scale starts when lo is 0 or
                                * less (the lowest value drawn); 0: none */
} WpChartAxis;

typedef struct
{
  char              *title;
  char              *subtitle;
  char              *footnote;   /* shown when the style asks for it */
  WpChartAxis        x;
  WpChartAxis        y;

  /* Drawn in this order: bands, grid, references, series, annotations. */
  guint              n_bands;
  WpChartBand        bands[WP_CHART_DESC_MAX_BANDS];
  guint              n_references;
  WpChartReference   references[WP_CHART_DESC_MAX_REFERENCES];
  guint              n_series;
  WpChartDescSeries  series[WP_CHART_DESC_MAX_SERIES];
  guint              n_annotations;
  WpChartAnnotation  annotations[WP_CHART_DESC_MAX_ANNOTATIONS];

  guint              n_legend;
  WpChartLegendEntry legend[WP_CHART_DESC_MAX_LEGEND];
  WpChartMarker      marker;
} WpChartDesc;

void               wp_chart_desc_init           (WpChartDesc            *desc);
void               wp_chart_desc_clear          (WpChartDesc            *desc);

gboolean           wp_chart_axis_is_log         (const WpChartAxis      *axis);
gboolean           wp_chart_axis_ticks          (const WpChartAxis      *axis,
                                                 guint                   max_ticks,
                                                 WpChartTicks           *out);

WpChartInk         wp_chart_ink                 (WpChartInkKind          kind,
                                                 guint                   index,
                                                 double                  alpha);
WpChartLineStyle   wp_chart_line_style          (WpChartInk              ink,
                                                 WpChartDash             dash,
                                                 double                  width);
WpChartDescSeries *wp_chart_desc_add_series     (WpChartDesc            *desc,
                                                 WpChartRole             role,
                                                 WpChartLineStyle        style);
void               wp_chart_desc_series_add_point (WpChartDescSeries    *series,
                                                   double                x,
                                                   double                y);
void               wp_chart_desc_add_band       (WpChartDesc            *desc,
                                                 guint                   lower,
                                                 guint                   upper,
                                                 WpChartInk              ink);
WpChartReference  *wp_chart_desc_add_reference  (WpChartDesc            *desc,
                                                 double                  value,
                                                 WpChartLineStyle        style);
void               wp_chart_desc_add_annotation (WpChartDesc            *desc,
                                                 WpChartAnchor           anchor,
                                                 double                  x,
                                                 double                  y,
                                                 WpChartInk              ink,
                                                 char                   *text);
void               wp_chart_desc_add_legend     (WpChartDesc            *desc,
                                                 WpChartLineStyle        line,
                                                 gboolean                band,
                                                 char                   *text);
void               wp_chart_desc_add_marker_value (WpChartDesc          *desc,
                                                   double                y,
                                                   WpChartInk            ink,
                                                   char                 *text);
void               wp_chart_desc_add_marker_point (WpChartDesc          *desc,
                                                   double                y,
                                                   WpChartInk            ink,
                                                   WpChartShape          shape,
                                                   char                 *text);
void               wp_chart_desc_add_legend_point (WpChartDesc          *desc,
                                                   WpChartInk            ink,
                                                   WpChartShape          shape,
                                                   char                 *text);

G_END_DECLS
