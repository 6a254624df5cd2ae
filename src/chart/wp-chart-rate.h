/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The chart view of client ports in use versus the rate of new outgoing
 * connections: one line per group of visible versions with the same client
 * ports and TIME_WAIT, rising as rate × (connection life + TIME_WAIT)
 * (wp-headroom.h) until the ports run out, where a dot marks the rate and
 * the line stays flat at the range's size; the target's rate is the
 * vertical marker with each line's ports in use on it.  Drawn by the same
 * renderer as the memory view (wp-chart-memory.h), through a WpChartDesc.
 * 98 and ME have no sourced ports or TIME_WAIT: no line.
 *
 * Both axes start at 0, so an automatic scale keeps them linear.
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

/* The rate axis runs this far past the last knee and the target rate. */
#define WP_CHART_RATE_AXIS_REACH 1.25
/* … and the lines past its end, which whole ticks widen by less than this
 * (the plot clips them). */
#define WP_CHART_RATE_LINE_REACH 4.0

typedef struct
{
  WpPlatform leader;       /* the first visible version of the group */
  guint      platforms;    /* WP_PLATFORM_BIT mask */
  guint      color_index;
  double     ports;        /* the client limit: the ports it can hold */
  double     hold_s;       /* life + TIME_WAIT */
  double     knee_rate;    /* ports / hold_s: where they run out */
} WpChartRateSeries;

typedef struct
{
  WpLimitsInput     input;
  guint             platforms;
  guint             n_series;
  WpChartRateSeries series[WP_N_PLATFORMS];
  double            rate_hi;   /* the rate axis' end */
  double            ports_hi;  /* the value axis' end */
  int               emphasis;  /* a WpPlatform whose line stands out, or -1 */
  WpChartMeasured   measured;  /* an import's client ports in use: a level */
} WpChartRateData;

char *wp_chart_rate_title         (void);
void  wp_chart_rate_data_init     (WpChartRateData     *data,
                                   const WpLimitsInput *input,
                                   guint                platforms);
void  wp_chart_rate_describe      (WpChartDesc           *desc,
                                   const WpChartRateData *data,
                                   gboolean               footnote);
void  wp_chart_rate_render_layers (cairo_t             *cr,
                                   double               width,
                                   double               height,
                                   const WpChartStyle  *style,
                                   const WpLimitsInput *input,
                                   guint                platforms,
                                   WpChartLayers        layers,
                                   WpChartLayout       *out_layout);

G_END_DECLS
