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

/* The k-th value of 1, 2, 5, 10, 20, 50 …: 1 at k = 0. */
static double
series_125 (int k)
{
  static const double mantissas[] = { 1, 2, 5 };
  int e = (k >= 0 ? k : k - 2) / 3;   /* floor (k / 3) */
  double m = mantissas[k - 3 * e];

  /* Divide for negative powers: 0.2 is 2 / 10, nearer than 2 × 0.1. */
  return e >= 0 ? m * pow (10.0, e) : m / pow (10.0, -e);
}

/* The k of series_125() nearest @value. */
static int
index_125 (double value)
{
  int e = (int) floor (log10 (value) + 1e-9);
  double m = value / pow (10.0, e);

  return 3 * e + (m < 1.5 ? 0 : m < 3.5 ? 1 : 2);
}

/* The first k whose value is at least @value. */
static int
index_125_ceil (double value)
{
  int k = index_125 (value) - 1;

  while (series_125 (k) < value * (1 - 1e-9))
    k++;
  return k;
}

/* The largest of 1, 2, 5 × 10^k below @value (> 0): where a log axis
 * starts under data at @value, a step off its edge. */
double
wp_chart_125_below (double value)
{
  g_return_val_if_fail (value > 0, 1.0);

  return series_125 (index_125_ceil (value) - 1);
}

/* The smallest of 1, 2, 5 × 10^k at or above @value (> 0). */
double
wp_chart_125_ceil (double value)
{
  g_return_val_if_fail (value > 0, 1.0);

  return series_125 (index_125_ceil (value));
}

double
wp_chart_ticks_value (const WpChartTicks *ticks,
                      guint               i)
{
  g_return_val_if_fail (ticks != NULL, 0.0);

  if (ticks->steps_125)
    return series_125 (index_125 (ticks->first) + (int) i);
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

  /* 1-2-5: the closest pairs, 1 to 2 and 5 to 10. */
  if (ticks->steps_125)
    return length * log10 (2.0) / (log10 (ticks->hi) - log10 (ticks->lo));
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

/* The powers of the base from exponent @low to @high that are multiples
 * of @every: the first one's exponent and their count; how many of the
 * axis' two ends are among them. */
static guint
count_powers (double  low,
              double  high,
              double  every,
              double *out_first,
              guint  *out_ends)
{
  double first = ceil (ceil (low - 1e-9) / every) * every;
  double last = floor (floor (high + 1e-9) / every) * every;

  *out_first = first;
  *out_ends = (fabs (first - low) < 1e-9) + (fabs (last - high) < 1e-9);
  return last >= first ? (guint) round ((last - first) / every) + 1 : 0;
}

/* Ticks at every @every-th power of @base in lo..hi, @every the smallest
 * with at most @max_ticks, the powers a multiple of @every (2^0, 2^2, 2^4
 * …: 1 GB = 2^10 MB stays a tick more often); or one more when as many
 * ticks then label more of the axis' ends (16 MB, 256 MB, 4 GB rather than
 * 64 MB, 512 MB, 4 GB).  The axis keeps lo..hi. */
static gboolean
power_ticks (double        base,
             double        lo,
             double        hi,
             guint         max_ticks,
             WpChartTicks *out)
{
  double every, first, next_first, low, high;
  guint n, ends, next_n, next_ends;

  if (!isfinite (lo) || !isfinite (hi) || lo <= 0 || hi <= lo)
    return FALSE;

  /* log2 () and log10 () are exact at their powers, log (x) / log (b) not. */
  low = base == 2.0 ? log2 (lo) : log10 (lo);
  high = base == 2.0 ? log2 (hi) : log10 (hi);

  max_ticks = CLAMP (max_ticks, 2, WP_CHART_MAX_TICKS);
  for (every = 1; (n = count_powers (low, high, every, &first, &ends)) > max_ticks; every++)
    ;
  next_n = count_powers (low, high, every + 1, &next_first, &next_ends);
  if (next_n == n && next_ends > ends)
    {
      every++;
      first = next_first;
    }

  memset (out, 0, sizeof *out);
  out->kind = WP_CHART_SCALE_LOG;
  out->lo = lo;
  out->hi = hi;
  out->first = pow (base, first);
  out->step = pow (base, every);
  out->n = n;
  return TRUE;
}

/* Memory on a log axis: 16 MB, 32 MB, 64 MB … or, crowded, every second
 * (16 MB, 64 MB, 256 MB, 1 GB), third … power of two. */
gboolean
wp_chart_log_binary_ticks (double        lo,
                           double        hi,
                           guint         max_ticks,
                           WpChartTicks *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  return power_ticks (2.0, lo, hi, max_ticks, out);
}

/* Counts on a log axis: 1, 2, 5, 10, 20, 50 … in lo..hi; when more than
 * @max_ticks, a tick every decade (1, 10, 100), or every k-th one. */
gboolean
wp_chart_log_125_ticks (double        lo,
                        double        hi,
                        guint         max_ticks,
                        WpChartTicks *out)
{
  int first, last;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!isfinite (lo) || !isfinite (hi) || lo <= 0 || hi <= lo)
    return FALSE;

  first = index_125_ceil (lo);
  last = index_125_ceil (hi);
  if (series_125 (last) > hi * (1 + 1e-9))
    last--;
  if (last - first + 1 > (int) CLAMP (max_ticks, 2, WP_CHART_MAX_TICKS))
    return power_ticks (10.0, lo, hi, max_ticks, out);

  memset (out, 0, sizeof *out);
  out->kind = WP_CHART_SCALE_LOG;
  out->steps_125 = TRUE;
  out->lo = lo;
  out->hi = hi;
  out->first = series_125 (first);
  out->n = last >= first ? (guint) (last - first + 1) : 0;
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
    case WP_CHART_TICKS_LOG_BINARY:
      return wp_chart_log_binary_ticks (lo, hi, max_ticks, out);
    case WP_CHART_TICKS_LOG_125:
      return wp_chart_log_125_ticks (lo, hi, max_ticks, out);
    default:
      g_return_val_if_reached (FALSE);
    }
}
