/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An axis' scale and its ticks, pure C: a kind (linear, logarithmic) with
 * its mapping between values and a 0..1 position along the axis, and one
 * rule per way of placing ticks.  A new kind of axis is a new case here,
 * not a new renderer. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WP_CHART_MAX_TICKS 64u

typedef enum
{
  WP_CHART_SCALE_LINEAR,
  WP_CHART_SCALE_LOG,     /* decimal logarithm: lo and hi above 0 */
} WpChartScaleKind;

/* Where an axis puts its ticks. */
typedef enum
{
  WP_CHART_TICKS_NICE,    /* linear: a 1-2-5 step, the axis widened to whole steps */
  WP_CHART_TICKS_BINARY,  /* linear: a power-of-two step; the axis keeps its span */
  WP_CHART_TICKS_DECADES, /* log: powers of ten, the axis widened to whole decades */
  WP_CHART_TICKS_LOG_BINARY, /* log, memory: every 2^k-th power of two; the axis keeps its span */
  WP_CHART_TICKS_LOG_125, /* log, counts: 1, 2, 5, 10, 20 …, thinned to every
                           * decade or every k-th one; the axis keeps its span */
} WpChartTickRule;

/* What scale an axis asks for (WpChartAxis.scale): automatic, the
 * description's extent decides (wp_chart_axis_is_log()). */
typedef enum
{
  WP_CHART_AXIS_SCALE_AUTO,
  WP_CHART_AXIS_SCALE_LINEAR,
  WP_CHART_AXIS_SCALE_LOG,
} WpChartAxisScale;

/* Automatic turns logarithmic when an axis' hi / lo passes this: two decades. */
#define WP_CHART_AUTO_LOG_RATIO 100.0

/* The axis spans lo..hi on its scale; its n ticks are first, then each
 * a step further: first + i × step (linear) or first × step^i (log); or,
 * with steps_125, each the next of 1, 2, 5 × 10^k after first. */
typedef struct
{
  double           lo;
  double           hi;
  double           first;
  double           step;
  guint            n;
  WpChartScaleKind kind;
  gboolean         steps_125;
} WpChartTicks;

double   wp_chart_ticks_map     (const WpChartTicks *ticks,
                                 double              value);
double   wp_chart_ticks_unmap   (const WpChartTicks *ticks,
                                 double              position);
double   wp_chart_ticks_value   (const WpChartTicks *ticks,
                                 guint               i);
double   wp_chart_ticks_spacing (const WpChartTicks *ticks,
                                 double              length);

gboolean wp_chart_ticks_compute (WpChartTickRule     rule,
                                 double              lo,
                                 double              hi,
                                 guint               max_ticks,
                                 double              min_step,
                                 WpChartTicks       *out);
gboolean wp_chart_nice_ticks    (double              lo,
                                 double              hi,
                                 guint               max_ticks,
                                 double              min_step,
                                 WpChartTicks       *out);
gboolean wp_chart_ram_ticks     (double              lo_mb,
                                 double              hi_mb,
                                 guint               max_ticks,
                                 WpChartTicks       *out);
gboolean wp_chart_decade_ticks  (double              lo,
                                 double              hi,
                                 guint               max_ticks,
                                 WpChartTicks       *out);
gboolean wp_chart_log_binary_ticks (double           lo,
                                    double           hi,
                                    guint            max_ticks,
                                    WpChartTicks    *out);
gboolean wp_chart_log_125_ticks (double              lo,
                                 double              hi,
                                 guint               max_ticks,
                                 WpChartTicks       *out);
double   wp_chart_125_below     (double              value);
double   wp_chart_125_ceil      (double              value);

G_END_DECLS
