/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes the chart to a PNG, SVG or PDF file, chosen by the file's
 * extension, atomically: a failed export leaves an existing file intact. */
#pragma once

#include <gio/gio.h>

#include "limits/wp-limits.h"
#include "wp-chart-desc.h"
#include "wp-chart-scale.h"

G_BEGIN_DECLS

/* An exported chart's sides, in pixels: the largest and the default. */
#define WP_EXPORT_SIDE_MAX       10000u
#define WP_EXPORT_WIDTH_DEFAULT  1600u
#define WP_EXPORT_HEIGHT_DEFAULT 900u

typedef enum
{
  WP_CHART_FORMAT_PNG,
  WP_CHART_FORMAT_SVG,
  WP_CHART_FORMAT_PDF,
} WpChartFormat;

/* What a file carries beyond the chart. */
typedef enum
{
  WP_CHART_EXPORT_PLAIN    = 0,
  WP_CHART_EXPORT_FOOTNOTE = 1 << 0,  /* the source footnote under the chart */
  WP_CHART_EXPORT_DARK     = 1 << 1,  /* the dark style: light text on dark grey */
} WpChartExportFlags;

/* How a file is drawn: its size, what it carries, its text size. */
typedef struct
{
  guint              width;
  guint              height;
  WpChartExportFlags flags;
  double             text_scale;  /* × the body size: WP_CHART_TEXT_SCALE_MIN..MAX */
  WpChartAxisScale   x_scale;     /* each axis' scale; automatic by default */
  WpChartAxisScale   y_scale;
  int                view;        /* a WpChartView (wp-chart-style.h): memory by default */
  WpChartMeasured    measured;    /* an import's figures (wp-chart-desc.h): none by default */
} WpChartExportOptions;

void     wp_chart_export_options_init (WpChartExportOptions *options);

gboolean wp_chart_format_from_name (const char    *name,
                                    WpChartFormat *out_format);

GBytes  *wp_chart_export_bytes     (WpChartFormat        format,
                                    guint                width,
                                    guint                height,
                                    const WpLimitsInput *input,
                                    guint                platforms,
                                    WpChartExportFlags   flags,
                                    GError             **error);

GBytes  *wp_chart_export_bytes_with_options (WpChartFormat               format,
                                             const WpChartExportOptions *options,
                                             const WpLimitsInput        *input,
                                             guint                       platforms,
                                             GError                    **error);

gboolean wp_chart_export_file_with_options  (GFile                      *file,
                                             const WpChartExportOptions *options,
                                             const WpLimitsInput        *input,
                                             guint                       platforms,
                                             GError                    **error);

gboolean wp_chart_export_file      (GFile               *file,
                                    guint                width,
                                    guint                height,
                                    const WpLimitsInput *input,
                                    guint                platforms,
                                    WpChartExportFlags   flags,
                                    GError             **error);

G_END_DECLS
