/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The memory view's series, one per group of platforms sharing a curve:
 * which platforms have one, its colour, its names, its values at a RAM.
 * Their polylines are in wp-chart-memory-data.c. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "wp-chart-memory.h"

/* Whether a platform has a curve on this chart: all but Vista x86, whose
 * pool no source gives ("limited by kernel address space"). */
gboolean
wp_chart_platform_has_curve (WpPlatform platform)
{
  const WpPlatformInfo *info = wp_platform_info (platform);

  g_return_val_if_fail (info != NULL, FALSE);
  return info->family != WP_FAMILY_NT6 || info->pool_ram_pct > 0;
}

/* Which of the palette's colours a platform's curve takes: one per group of
 * platforms that share a curve (95/98/ME, NT 4.0, 2000/XP/2003, then the
 * newer versions' five), the same whichever platforms are visible. */
guint
wp_chart_series_color_index (WpPlatform platform)
{
  guint index = 0;

  g_return_val_if_fail (wp_platform_is_valid (platform), 0);

  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    {
      gboolean leader = wp_chart_platform_has_curve (p);

      for (guint q = 0; q < p && leader; q++)
        leader = !wp_platforms_share_curve (q, p);
      if (!leader)
        continue;
      if (wp_platforms_share_curve (p, platform))
        return MIN (index, WP_CHART_N_SERIES_COLORS - 1);
      index++;
    }

  /* Vista x86: no curve of its own. */
  return WP_CHART_N_SERIES_COLORS - 1;
}

/* The architecture at the end of a newer version's name, " x86" or " x64"
 * in every language, that members of one series share: said once, at the
 * end ("7, 8.1, 10 x86"). */
static gsize
arch_suffix_len (const char *name)
{
  gsize len = strlen (name);

  return len > 4 && (g_str_has_suffix (name, " x86") || g_str_has_suffix (name, " x64")) ? 4 : 0;
}

static char *
series_name (const WpChartSeries *series,
             gboolean             full)
{
  const char *first = full ? wp_platform_name (series->leader)
                           : _(wp_platform_info (series->leader)->short_name);
  gsize suffix = series->nt6 ? arch_suffix_len (first) : 0;
  GString *name = g_string_new_len (first, (gssize) (strlen (first) - suffix));

  for (guint p = series->leader + 1; p < WP_N_PLATFORMS; p++)
    {
      const char *member;

      if (!(series->platforms & WP_PLATFORM_BIT (p)))
        continue;
      member = _(wp_platform_info (p)->short_name);
      /* Translators: between the platforms of one chart series, as in
       * "Windows 2000, XP, 2003" */
      g_string_append (name, _(", "));
      g_string_append_len (name, member,
                           (gssize) (strlen (member) -
                                     (suffix > 0 && g_str_has_suffix (member, first + strlen (first)
                                                                      - suffix) ? suffix : 0)));
    }
  if (suffix > 0)
    g_string_append (name, first + strlen (first) - suffix);

  return g_string_free (name, FALSE);
}

/* "Windows NT 4.0"; "Windows 2000, XP, 2003": the first visible member by
 * its full name, the others by their short names. */
char *
wp_chart_series_name (const WpChartSeries *series)
{
  return series_name (series, TRUE);
}

/* "NT 4.0"; "2000, XP, 2003": the name at the line's end. */
char *
wp_chart_series_short_name (const WpChartSeries *series)
{
  return series_name (series, FALSE);
}

void
wp_chart_series_values_at (const WpChartSeries *series,
                           const WpLimitsInput *input,
                           double               ram_mb,
                           guint               *out_practical,
                           guint               *out_theoretical)
{
  WpLimitsInput at = *input;
  WpLimits limits;

  at.ram_mb = (guint64) CLAMP (llround (ram_mb), (long long) WP_RAM_MB_MIN,
                               (long long) WP_RAM_MB_MAX);
  wp_limits_compute (series->leader, &at, &limits);

  if (out_practical)
    *out_practical = limits.has_pool ? limits.practical_sockets : limits.max_connections;
  if (out_theoretical)
    *out_theoretical = limits.has_pool ? limits.theoretical_sockets : 0;
}
