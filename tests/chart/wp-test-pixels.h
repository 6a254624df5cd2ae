/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the chart's colours back from an image surface (RGB24 or
 * ARGB32), for the renderer's and the widget's tests. */
#pragma once

#include <cairo.h>

#include "chart/wp-chart-geometry.h"
#include "chart/wp-chart-style.h"

G_BEGIN_DECLS

void     wp_test_pixel_at    (cairo_surface_t    *surface,
                              int                 x,
                              int                 y,
                              WpChartColor       *out);
gboolean wp_test_color_close (const WpChartColor *a,
                              const WpChartColor *b);
gboolean wp_test_color_near  (cairo_surface_t    *surface,
                              double              x,
                              double              y,
                              const WpChartColor *color);

gboolean wp_test_rects_overlap (const WpChartRect *a,
                                const WpChartRect *b);

gboolean wp_test_same_pixels (cairo_surface_t    *a,
                              cairo_surface_t    *b);

G_END_DECLS
