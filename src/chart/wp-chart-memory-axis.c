/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The memory view's RAM axis as drawn: its tick labels, its layout, the
 * RAM under a pixel column (the pointer's and the drag's) and the arrow
 * keys' steps on a log axis. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>

#include "limits/wp-format.h"
#include "wp-chart-memory.h"

/* "0", "512 MB", "1.5 GB", in the user's locale. */
char *
wp_chart_format_ram_tick (double ram_mb)
{
  if (ram_mb <= 0.5)
    return g_strdup ("0");

  return wp_format_ram_mb ((guint64) llround (ram_mb));
}

/* "25,000" with the locale's thousands separator; fractions (on tiny
 * axes) with its decimal mark. */
char *
wp_chart_format_count_tick (double count)
{
  if (fabs (count - round (count)) < 1e-9 && fabs (count) < 1e18)
    {
      g_autofree char *number = wp_format_count ((guint64) llround (fabs (count)));

      return count < 0 ? g_strconcat ("−", number, NULL) : g_steal_pointer (&number);
    }

  return g_strdup_printf ("%g", count);
}

/* The memory view's axes, as wp_chart_describe() sets them. */
void
wp_chart_layout_init (WpChartLayout     *layout,
                      const WpChartData *data,
                      const WpChartRect *plot,
                      guint              max_x_ticks,
                      guint              max_y_ticks)
{
  WpChartAxis x, y;

  g_return_if_fail (layout != NULL && data != NULL && plot != NULL);

  wp_chart_data_axes (data, &x, &y);
  wp_chart_layout_init_axes (layout, plot, &x, &y, max_x_ticks, max_y_ticks);
}

/* On a log RAM axis: the stop nearest @ram among 2^n × (1 + j / @per_octave). */
static double
octave_stop (double ram,
             double per_octave)
{
  double octave = exp2 (floor (log2 (ram)));

  return octave * (1 + round ((ram / octave - 1) * per_octave) / per_octave);
}

/* On a log RAM axis, the next stop from @ram in @direction (+1 or -1)
 * among 2^n × (1 + j / @per_octave): the arrow keys' move. */
double
wp_chart_ram_log_step (double ram,
                       int    direction,
                       double per_octave)
{
  double octave = exp2 (floor (log2 (MAX (ram, 1e-9)) + 1e-12));
  double j = (ram / octave - 1) * per_octave;

  if (direction > 0)
    return octave * (1 + (floor (j + 1e-9) + 1) / per_octave);
  j = ceil (j - 1e-9) - 1;
  return j >= 0 ? octave * (1 + j / per_octave) : octave / 2 * (1 + (per_octave - 1) / per_octave);
}

/* The RAM under pixel column @x, on the axis, rounded to the marker's step
 * (an eighth of a tick step), or to a power of two near a pixel's worth of
 * RAM when that is coarser: a drag gives 2048, not 2032. */
guint64
wp_chart_layout_ram_at (const WpChartLayout *layout,
                        double               x)
{
  double ram, per_pixel, grain;

  wp_chart_layout_from_pixel (layout, x, 0, &ram, NULL);
  if (layout->x_ticks.kind == WP_CHART_SCALE_LOG)
    {
      /* Quarter, half or whole octaves, as the pixels an octave has allow:
       * 1 GB, 1.25 GB, 1.5 GB … */
      double octave = layout->plot.width /
                      MAX (log2 (layout->x_ticks.hi / layout->x_ticks.lo), 1e-9);

      ram = octave_stop (CLAMP (ram, layout->x_ticks.lo, layout->x_ticks.hi),
                         octave >= 48 ? 4 : octave >= 16 ? 2 : 1);
      return (guint64) CLAMP (ram, MAX ((double) WP_RAM_MB_MIN, layout->x_ticks.lo),
                              layout->x_ticks.hi);
    }
  per_pixel = layout->plot.width > 0
              ? (layout->x_ticks.hi - layout->x_ticks.lo) / layout->plot.width : 1.0;
  grain = MAX (exp2 (round (log2 (MAX (per_pixel, 1.0)))),
               layout->x_ticks.step / WP_CHART_RAM_STEPS_PER_TICK);
  ram = round (ram / grain) * grain;

  return (guint64) CLAMP (ram, (double) WP_RAM_MB_MIN, layout->x_ticks.hi);
}
