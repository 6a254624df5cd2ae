/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart's texts, laid out by Pango and kept between renders: tick
 * labels, legend and titles rarely change while a slider moves, so each is
 * shaped once, not on every frame.  Private to the chart. */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef struct _WpChartTextCache WpChartTextCache;

WpChartTextCache *wp_chart_text_cache_new    (void);
void              wp_chart_text_cache_free   (WpChartTextCache           *cache);
void              wp_chart_text_cache_begin  (WpChartTextCache           *cache,
                                              cairo_t                    *cr);
PangoLayout      *wp_chart_text_cache_layout (WpChartTextCache           *cache,
                                              const PangoFontDescription *font,
                                              int                         wrap,
                                              const char                 *text);

G_END_DECLS
