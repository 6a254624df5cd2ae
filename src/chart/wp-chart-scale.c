/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "wp-chart-scale.h"

/* The smallest of 1, 2 and 5 times a power of ten that is at least @raw. */
static double
nice_step (double raw)
{
  double magnitude = pow (10.0, floor (log10 (raw)));
  double fraction = raw / magnitude;

  /* A tolerance, so that 0.2000000001 stays a 2 and not a 5. */
  if (fraction <= 1.0 + 1e-9)
    return magnitude;
  if (fraction <= 2.0 + 1e-9)
    return 2.0 * magnitude;
  if (fraction <= 5.0 + 1e-9)
    return 5.0 * magnitude;
  return 10.0 * magnitude;
}

/* 0 at the axis' lo, 1 at its hi.  A log axis takes no value at or below
 * zero: those map to its start. */
double
wp_chart_ticks_map (const WpChartTicks *ticks,
                    double              value)
{
  switch (ticks->kind)
    {
    case WP_CHART_SCALE_LOG:
      if (value <= 0 || ticks->lo <= 0)
        return 0.0;
      return (log10 (value) - log10 (ticks->lo)) / (log10 (ticks->hi) - log10 (ticks->lo));
    case WP_CHART_SCALE_LINEAR:
    default:
      return (value - ticks->lo) / (ticks->hi - ticks->lo);
    }
}

double
wp_chart_ticks_unmap (const WpChartTicks *ticks,
                      double              position)
{
  switch (ticks->kind)
    {
    case WP_CHART_SCALE_LOG:
      if (ticks->lo <= 0)
        return ticks->lo;
      return pow (10.0, log10 (ticks->lo) + position * (log10 (ticks->hi) - log10 (ticks->lo)));
    case WP_CHART_SCALE_LINEAR:
    default:
      return ticks->lo + position * (ticks->hi - ticks->lo);
    }
}

double
wp_chart_ticks_value (const WpChartTicks *ticks,
                      guint               i)
{
  g_return_val_if_fail (ticks != NULL, 0.0);

  if (ticks->kind == WP_CHART_SCALE_LOG)
    return ticks->first * pow (ticks->step, i);
  /* Multiply rather than accumulate, so that tick 9 is not 0.8999999. */
  return ticks->first + i * ticks->step;
}

/* How far apart two neighbouring ticks lie on an axis @length long. */
double
wp_chart_ticks_spacing (const WpChartTicks *ticks,
                        double              length)
{
  g_return_val_if_fail (ticks != NULL, 0.0);

  if (ticks->kind == WP_CHART_SCALE_LOG)
    return length * log10 (ticks->step) / (log10 (ticks->hi) - log10 (ticks->lo));
  return length * ticks->step / (ticks->hi - ticks->lo);
}

/* Ticks at multiples of a 1-2-5 step, at most @max_ticks of them, the axis
 * widened to whole steps on both ends: lo..hi becomes ⌊lo⌋..⌈hi⌉. */
gboolean
wp_chart_nice_ticks (double        lo,
                     double        hi,
                     guint         max_ticks,
                     double        min_step,
                     WpChartTicks *out)
{
  double step, first, last;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!isfinite (lo) || !isfinite (hi) || hi < lo)
    return FALSE;

  max_ticks = CLAMP (max_ticks, 2, WP_CHART_MAX_TICKS);
  if (hi == lo)
    hi = lo + MAX (min_step, fabs (lo) > 0 ? fabs (lo) * 0.1 : 1.0);

  step = nice_step (MAX ((hi - lo) / (max_ticks - 1), min_step > 0 ? min_step : G_MINDOUBLE));
  for (;;)
    {
      first = floor (lo / step + 1e-9);
      last = ceil (hi / step - 1e-9);
      if (last - first + 1 <= max_ticks)
        break;
      step = nice_step (step * 1.5);
    }

  memset (out, 0, sizeof *out);
  out->lo = first * step;
  out->hi = last * step;
  out->first = out->lo;
  out->step = step;
  out->n = (guint) (last - first) + 1;
  return TRUE;
}

/* RAM ticks: steps of a power of two megabytes (…, 256 MB, 512 MB, 1 GB,
 * 2 GB, …), so that the knees at 1 and 2 GB fall on ticks.  The axis keeps
 * its span; ticks stop at the last multiple of the step inside it. */
gboolean
wp_chart_ram_ticks (double        lo_mb,
                    double        hi_mb,
                    guint         max_ticks,
                    WpChartTicks *out)
{
  double step, first, last;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!isfinite (lo_mb) || !isfinite (hi_mb) || hi_mb <= lo_mb)
    return FALSE;

  max_ticks = CLAMP (max_ticks, 2, WP_CHART_MAX_TICKS);
  step = exp2 (ceil (log2 (MAX ((hi_mb - lo_mb) / (max_ticks - 1), 1.0))));
  for (;;)
    {
      first = ceil (lo_mb / step - 1e-9);
      last = floor (hi_mb / step + 1e-9);
      if (last - first + 1 <= max_ticks)
        break;
      step *= 2.0;
    }

  memset (out, 0, sizeof *out);
  out->lo = lo_mb;
  out->hi = hi_mb;
  out->first = first * step;
  out->step = step;
  out->n = last >= first ? (guint) (last - first) + 1 : 0;
  return TRUE;
}

/* A log axis from the decade at or below @lo to the one at or above @hi;
 * a tick every decade, or every second, third, … when there are more than
 * @max_ticks. */
gboolean
wp_chart_decade_ticks (double        lo,
                       double        hi,
                       guint         max_ticks,
                       WpChartTicks *out)
{
  double first, last, every;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!isfinite (lo) || !isfinite (hi) || lo <= 0 || hi < lo)
    return FALSE;

  max_ticks = CLAMP (max_ticks, 2, WP_CHART_MAX_TICKS);
  first = floor (log10 (lo) + 1e-9);
  last = MAX (ceil (log10 (hi) - 1e-9), first + 1);
  every = MAX (1.0, ceil ((last - first) / (max_ticks - 1)));
  last = first + ceil ((last - first) / every) * every;

  memset (out, 0, sizeof *out);
  out->kind = WP_CHART_SCALE_LOG;
  out->lo = out->first = pow (10.0, first);
  out->hi = pow (10.0, last);
  out->step = pow (10.0, every);
  out->n = (guint) ((last - first) / every) + 1;
  return TRUE;
}

gboolean
wp_chart_ticks_compute (WpChartTickRule rule,
                        double          lo,
                        double          hi,
                        guint           max_ticks,
                        double          min_step,
                        WpChartTicks   *out)
{
  switch (rule)
    {
    case WP_CHART_TICKS_NICE:
      return wp_chart_nice_ticks (lo, hi, max_ticks, min_step, out);
    case WP_CHART_TICKS_BINARY:
      return wp_chart_ram_ticks (lo, hi, max_ticks, out);
    case WP_CHART_TICKS_DECADES:
      return wp_chart_decade_ticks (lo, hi, max_ticks, out);
    default:
      g_return_val_if_reached (FALSE);
    }
}
