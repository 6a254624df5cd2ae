/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <string.h>

#include "wp-chart-geometry.h"

/* The plot and both axes' ticks, at most @max_x_ticks and @max_y_ticks. */
void
wp_chart_layout_init_axes (WpChartLayout     *layout,
                           const WpChartRect *plot,
                           const WpChartAxis *x_axis,
                           const WpChartAxis *y_axis,
                           guint              max_x_ticks,
                           guint              max_y_ticks)
{
  g_return_if_fail (layout != NULL && plot != NULL && x_axis != NULL && y_axis != NULL);

  memset (layout, 0, sizeof *layout);
  layout->plot = *plot;
  wp_chart_ticks_compute (x_axis->rule, x_axis->lo, x_axis->hi, max_x_ticks, x_axis->min_step,
                          &layout->x_ticks);
  wp_chart_ticks_compute (y_axis->rule, y_axis->lo, y_axis->hi, max_y_ticks, y_axis->min_step,
                          &layout->y_ticks);
}

void
wp_chart_layout_to_pixel (const WpChartLayout *layout,
                          double               x_value,
                          double               y_value,
                          double              *out_x,
                          double              *out_y)
{
  const WpChartRect *plot = &layout->plot;

  if (out_x)
    *out_x = plot->x + wp_chart_ticks_map (&layout->x_ticks, x_value) * plot->width;
  if (out_y)
    *out_y = plot->y + plot->height - wp_chart_ticks_map (&layout->y_ticks, y_value) * plot->height;
}

void
wp_chart_layout_from_pixel (const WpChartLayout *layout,
                            double               px,
                            double               py,
                            double              *out_x_value,
                            double              *out_y_value)
{
  const WpChartRect *plot = &layout->plot;

  if (out_x_value)
    *out_x_value = plot->width > 0
                   ? wp_chart_ticks_unmap (&layout->x_ticks, (px - plot->x) / plot->width)
                   : wp_chart_ticks_unmap (&layout->x_ticks, 0.0);
  if (out_y_value)
    *out_y_value = plot->height > 0
                   ? wp_chart_ticks_unmap (&layout->y_ticks, (plot->y + plot->height - py) /
                                                             plot->height)
                   : wp_chart_ticks_unmap (&layout->y_ticks, 0.0);
}

gboolean
wp_chart_layout_contains (const WpChartLayout *layout,
                          double               x,
                          double               y)
{
  const WpChartRect *plot = &layout->plot;

  return x >= plot->x && x <= plot->x + plot->width &&
         y >= plot->y && y <= plot->y + plot->height;
}
