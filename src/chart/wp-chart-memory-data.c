/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The memory view's figures: the exact polyline of each series (its knee
 * is a vertex), the levels and the RAM marker, in data units. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "wp-chart-memory.h"

static void
polyline_add (WpChartPolyline *line,
              double           x,
              double           y)
{
  g_assert (line->n < WP_CHART_MAX_VERTICES);

  line->v[line->n].x = x;
  line->v[line->n].y = y;
  line->n++;
}

/* The RAM axis ends at the larger of 4 GB and the current RAM (at most
 * 64 GB), rounded up to a quarter of its power of two. */
double
wp_chart_ram_axis_end (guint64 ram_mb)
{
  double target = CLAMP ((double) ram_mb, WP_CHART_RAM_AXIS_MIN_MB, WP_CHART_RAM_AXIS_MAX_MB);
  double quarter = exp2 (floor (log2 (target))) / 4.0;

  return ceil (target / quarter) * quarter;
}

/* Where a series stops rising: the pool's knee, or on a newer version the
 * RAM whose pool holds TcpNumConnections' 16,777,214 when that comes first
 * (8.1 x64's 16 TB pool at 16 KB each: 256 GB). */
static guint64
series_knee_ram_mb (WpPlatform           platform,
                    const WpLimitsInput *input)
{
  guint64 knee = wp_limits_knee_ram_mb (platform), capped;

  if (wp_platform_info (platform)->family == WP_FAMILY_NT6 &&
      wp_limits_nt6_ram_for_sockets (platform, WP_TCP_NUM_CONNECTIONS_MAX,
                                     input->connection_cost_kb, &capped))
    knee = MIN (knee, capped);
  return knee;
}

/* With a newer version drawn, the RAM axis reaches the last knee of those
 * drawn and the current RAM, at a power of two (at most 16 TB). */
static double
nt6_ram_axis_end (const WpChartData *data)
{
  double end = MAX (wp_chart_ram_axis_end (data->input.ram_mb), (double) data->input.ram_mb);

  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    if ((data->platforms & WP_PLATFORM_BIT (p)) && wp_platform_info (p)->family == WP_FAMILY_NT6)
      end = MAX (end, (double) series_knee_ram_mb (p, &data->input));
  /* The next power of two past it, so that the last plateau shows. */
  return MIN (exp2 (floor (log2 (end)) + 1), (double) WP_RAM_MB_MAX);
}

/* The vertices of one series: where it starts, its knee (where the pool
 * reaches its cap) and the end of the axis; figures from the calculator. */
static void
series_init (WpChartSeries       *series,
             const WpChartData   *data,
             WpPlatform           leader)
{
  double xs[3] = { data->ram_lo, 0, data->ram_hi };
  double knee = (double) series_knee_ram_mb (leader, &data->input);
  guint n_xs = 0;

  memset (series, 0, sizeof *series);
  series->leader = leader;
  series->color_index = wp_chart_series_color_index (leader);
  series->has_pool = wp_platform_info (leader)->family == WP_FAMILY_NT;
  series->nt6 = wp_platform_info (leader)->family == WP_FAMILY_NT6;

  if (!series->has_pool && !series->nt6)
    {
      guint level;

      wp_chart_series_values_at (series, &data->input, data->ram_lo, &level, NULL);
      polyline_add (&series->practical, data->ram_lo, level);
      polyline_add (&series->practical, data->ram_hi, level);
      return;
    }

  xs[n_xs++] = data->ram_lo;
  if (knee > data->ram_lo && knee < data->ram_hi)
    xs[n_xs++] = knee;
  xs[n_xs++] = data->ram_hi;

  for (guint i = 0; i < n_xs; i++)
    {
      guint practical, theoretical;

      wp_chart_series_values_at (series, &data->input, xs[i], &practical, &theoretical);
      polyline_add (&series->practical, xs[i], practical);
      if (series->has_pool)
        polyline_add (&series->theoretical, xs[i], theoretical);
    }
}

/* The top of the value scale: every figure but a 9x level far above the
 * others (@others: the levels drawn besides the series). */
static void
scale_init (WpChartData *data,
            double       others,
            gboolean     any_nt)
{
  for (guint s = 0; s < data->n_series; s++)
    {
      const WpChartPolyline *line = data->series[s].has_pool ? &data->series[s].theoretical
                                    : data->series[s].nt6 ? &data->series[s].practical : NULL;

      for (guint i = 0; line != NULL && i < line->n; i++)
        others = MAX (others, line->v[i].y);
    }

  data->value_hi = others;
  for (guint s = 0; s < data->n_series; s++)
    {
      WpChartSeries *series = &data->series[s];
      double level;

      if (series->has_pool || series->nt6)
        continue;
      level = series->practical.v[0].y;
      /* Only beside NT curves: alone, the 9x level is the chart. */
      series->off_scale = any_nt && level > others * WP_CHART_OFF_SCALE_FACTOR;
      if (!series->off_scale)
        data->value_hi = MAX (data->value_hi, level);
    }

  /* An empty chart still gets a sensible scale. */
  if (data->value_hi < 10.0)
    data->value_hi = 10.0;
}

void
wp_chart_data_init (WpChartData         *data,
                    const WpLimitsInput *input,
                    guint                platforms)
{
  double others = 0.0;
  gboolean any_nt = FALSE, any_9x = FALSE;

  g_return_if_fail (data != NULL);
  g_return_if_fail (input != NULL);

  memset (data, 0, sizeof *data);
  data->emphasis = -1;
  data->input = *input;
  /* Vista x86 has no curve (no pool figure): its figures stand in the
   * table, the summary and the exports. */
  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    if (platforms & WP_PLATFORM_BIT (p))
      {
        if (wp_chart_platform_has_curve (p))
          data->platforms |= WP_PLATFORM_BIT (p);
        else
          data->not_drawn |= WP_PLATFORM_BIT (p);
      }
  data->any_nt6 = (data->platforms & WP_PLATFORMS_NT6) != 0;
  data->ram_lo = WP_CHART_RAM_DATA_MIN_MB;
  data->ram_hi = data->any_nt6 ? nt6_ram_axis_end (data)
                               : wp_chart_ram_axis_end (input->ram_mb);
  data->marker_ram = MIN ((double) input->ram_mb, data->ram_hi);
  data->marker_off_scale = (double) input->ram_mb > data->ram_hi;

  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    {
      WpChartSeries *series = NULL;

      if (!(data->platforms & WP_PLATFORM_BIT (p)))
        continue;

      for (guint s = 0; s < data->n_series && series == NULL; s++)
        if (wp_platforms_share_curve (data->series[s].leader, p))
          series = &data->series[s];

      if (series == NULL)
        {
          series = &data->series[data->n_series++];
          series_init (series, data, p);
        }
      series->platforms |= WP_PLATFORM_BIT (p);

      if (series->has_pool)
        any_nt = TRUE;
      else if (!series->nt6)
        any_9x = TRUE;
    }

  /* The client-port level: MaxUserPort - 1024, the NT family's alone (KB
   * 170791's 3,976 is Windows 95's only, and its clients stay within its
   * MaxConnections line). */
  if (any_nt)
    {
      data->has_client_ports = TRUE;
      data->client_ports = wp_limits_client_ports (WP_PLATFORM_NT4, input->max_user_port);
    }
  if (input->socketwrench_legacy && (any_nt || any_9x))
    {
      data->has_process_cap = TRUE;
      data->process_cap = WP_SOCKETWRENCH_PROCESS_CAP;
      others = MAX (others, data->process_cap);
    }

  scale_init (data, others, any_nt);

  /* The scale is the sockets': the client ports join it when near, and
   * far above (MaxUserPort 65534: 64,510 over 25,000) lie on the top edge,
   * said so in the legend, rather than squash every socket line. */
  if (data->has_client_ports)
    {
      data->client_ports_off_scale =
        data->client_ports > data->value_hi * WP_CHART_CLIENT_PORTS_REACH;
      if (!data->client_ports_off_scale)
        data->value_hi = MAX (data->value_hi, data->client_ports);
    }
}

/* What the user chose to see: reference lines hidden (@hidden_lines,
 * WpChartLines), and the value axis ending at @value_max (0: where the
 * figures need).  Above a fixed top, a level lies on the top edge and says
 * so, as far above the automatic scale; a curve is cut at the edge. */
void
wp_chart_data_set_view (WpChartData *data,
                        guint        hidden_lines,
                        double       value_max)
{
  g_return_if_fail (data != NULL);

  if (hidden_lines & WP_CHART_LINE_CLIENT_PORTS)
    data->has_client_ports = FALSE;
  if (hidden_lines & WP_CHART_LINE_PROCESS_CAP)
    data->has_process_cap = FALSE;
  if (!(value_max > 0))
    return;

  data->value_max = value_max;
  data->value_hi = value_max;
  for (guint s = 0; s < data->n_series; s++)
    if (!data->series[s].has_pool && !data->series[s].nt6)
      data->series[s].off_scale = data->series[s].practical.v[0].y > value_max;
  data->client_ports_off_scale = data->client_ports > value_max;
}

/* The target's connections are within the scale when near it (at the top
 * edge, as any level, when not). */
#define TARGET_SCALE_REACH 2.0

static double
target_scale_hi (const WpChartData *data)
{
  double need = data->input.need_connections;

  return need > 0 && need <= data->value_hi * TARGET_SCALE_REACH ? MAX (need, data->value_hi)
                                                                 : data->value_hi;
}

/* The top of the value axis' data extent: the user's, or 5 % over the
 * highest figure, so that a plateau does not lie on the frame. */
double
wp_chart_data_value_top (const WpChartData *data)
{
  return data->value_max > 0 ? data->value_max : target_scale_hi (data) * 1.05;
}

/* The lowest value drawn: where a log value axis must start under. */
static double
lowest_value (const WpChartData *data)
{
  double lowest = wp_chart_data_value_top (data);

  for (guint s = 0; s < data->n_series; s++)
    {
      const WpChartSeries *series = &data->series[s];

      for (guint i = 0; i < series->practical.n && !series->off_scale; i++)
        if (series->practical.v[i].y > 0)
          lowest = MIN (lowest, series->practical.v[i].y);
    }
  if (data->has_client_ports && !data->client_ports_off_scale)
    lowest = MIN (lowest, data->client_ports);
  if (data->has_process_cap)
    lowest = MIN (lowest, data->process_cap);
  return lowest;
}

/* The memory view's axes, titles and formats aside: the RAM from 0 and
 * the sockets from 0 (so automatic stays linear), on a log scale from the
 * first data RAM and from the 1-2-5 value under the lowest line, the
 * sockets' top then a 1-2-5 value too unless the user fixed it. */
void
wp_chart_data_axes (const WpChartData *data,
                    WpChartAxis       *x,
                    WpChartAxis       *y)
{
  g_return_if_fail (data != NULL && x != NULL && y != NULL);

  double y_lo = wp_chart_125_below (lowest_value (data));

  /* With a newer version drawn (16 MB to 128 GB, hundreds to millions),
   * both axes start at the data, so automatic turns them log. */
  *x = (WpChartAxis) { WP_CHART_TICKS_BINARY, data->any_nt6 ? data->ram_lo : 0.0, data->ram_hi,
                       0.0, NULL, NULL, data->x_scale, data->ram_lo };
  *y = (WpChartAxis) { WP_CHART_TICKS_NICE, data->any_nt6 ? y_lo : 0.0,
                       wp_chart_data_value_top (data), 1.0, NULL, NULL, data->y_scale, y_lo };
  /* Asked for linear, they start at 0 as ever. */
  if (data->x_scale == WP_CHART_AXIS_SCALE_LINEAR)
    x->lo = 0.0;
  if (data->y_scale == WP_CHART_AXIS_SCALE_LINEAR)
    y->lo = 0.0;
  if (data->value_max <= 0 && wp_chart_axis_is_log (y))
    y->hi = wp_chart_125_ceil (y->hi);
}

/* The scales the user asked for.  A log RAM axis starts at the first data
 * RAM, or at the power of two under a smaller current RAM: the lines then
 * start there too, and the marker stays on the axis. */
void
wp_chart_data_set_scales (WpChartData      *data,
                          WpChartAxisScale  x_scale,
                          WpChartAxisScale  y_scale)
{
  WpChartAxis x, y;
  double start;

  g_return_if_fail (data != NULL);

  data->x_scale = x_scale;
  data->y_scale = y_scale;
  wp_chart_data_axes (data, &x, &y);
  start = exp2 (floor (log2 ((double) MAX (data->input.ram_mb, 1))));
  if (!wp_chart_axis_is_log (&x) || start >= data->ram_lo)
    return;

  wp_chart_data_set_ram_range (data, start, data->ram_hi);
}

/* The series drawn again from @ram_lo to @ram_hi (a log axis' start, or
 * the range that compared scenarios share), each with its figures. */
void
wp_chart_data_set_ram_range (WpChartData *data,
                             double       ram_lo,
                             double       ram_hi)
{
  g_return_if_fail (data != NULL && ram_lo > 0 && ram_hi > ram_lo);

  data->ram_lo = ram_lo;
  data->ram_hi = ram_hi;
  data->marker_ram = MIN ((double) data->input.ram_mb, ram_hi);
  data->marker_off_scale = (double) data->input.ram_mb > ram_hi;
  for (guint s = 0; s < data->n_series; s++)
    {
      WpChartSeries *series = &data->series[s];
      guint platforms = series->platforms;
      gboolean off_scale = series->off_scale;

      series_init (series, data, series->leader);
      series->platforms = platforms;
      series->off_scale = off_scale;
    }
}
