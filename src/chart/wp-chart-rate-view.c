/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rate view: client ports in use versus new connections a second
 * (wp-chart-rate.h), described for the renderer. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "wp-chart-footnote.h"
#include "wp-chart-memory.h"
#include "wp-chart-rate.h"

/* Figures */

/* The group of @data holding the versions with @ports and @hold_s, or a
 * new one led by @platform. */
static WpChartRateSeries *
series_for (WpChartRateData *data,
            WpPlatform       platform,
            double           ports,
            double           hold_s)
{
  WpChartRateSeries *series;

  for (guint s = 0; s < data->n_series; s++)
    if (data->series[s].ports == ports && data->series[s].hold_s == hold_s)
      return &data->series[s];

  series = &data->series[data->n_series++];
  series->leader = platform;
  series->platforms = 0;
  series->color_index = wp_chart_series_color_index (platform);
  series->ports = ports;
  series->hold_s = hold_s;
  /* With no hold at all no rate runs them out: past the axis. */
  series->knee_rate = hold_s > 0 ? ports / hold_s : G_MAXDOUBLE;
  return series;
}

void
wp_chart_rate_data_init (WpChartRateData     *data,
                         const WpLimitsInput *input,
                         guint                platforms)
{
  double knee_hi = 0, ports_hi = 0;

  g_return_if_fail (data != NULL && input != NULL);

  memset (data, 0, sizeof *data);
  data->input = *input;
  data->platforms = platforms;
  data->emphasis = -1;

  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    {
      WpChartRateSeries *series;
      guint64 ports;
      guint time_wait_s;

      if (!(platforms & WP_PLATFORM_BIT (p)) ||
          !wp_headroom_capacity (p, input, &ports, &time_wait_s))
        continue;
      series = series_for (data, p, (double) ports,
                           time_wait_s + input->connection_life_ms / 1000.0);
      series->platforms |= WP_PLATFORM_BIT (p);
      if (series->knee_rate < G_MAXDOUBLE)
        knee_hi = MAX (knee_hi, series->knee_rate);
      ports_hi = MAX (ports_hi, (double) ports);
    }

  data->rate_hi = MAX (MAX (knee_hi, (double) input->need_rate) * WP_CHART_RATE_AXIS_REACH, 1.0);
  data->ports_hi = MAX (ports_hi * 1.1, 10.0);
}

/* Ports in use at @rate on @series' line: rate × hold, at most its ports. */
static double
ports_at (const WpChartRateSeries *series,
          double                   rate)
{
  return MIN (rate * series->hold_s, series->ports);
}

/* Words */

char *
wp_chart_rate_title (void)
{
  return g_strdup (_("Client ports in use by connection rate"));
}

static char *
series_short_name (const WpChartRateSeries *series)
{
  WpChartSeries named = { .leader = series->leader, .platforms = series->platforms };

  return wp_chart_series_short_name (&named);
}

static char *
rate_subtitle (const WpLimitsInput *input)
{
  g_autofree char *life = wp_headroom_format_life (input->connection_life_ms);
  g_autofree char *max_user_port = wp_format_count (input->max_user_port);
  g_autofree char *time_wait = wp_format_time_wait_input (input->time_wait_s);

  /* Translators: the rate chart's inputs: connection life in seconds,
   * MaxUserPort, TIME_WAIT */
  return g_strdup_printf (_("Connection life %s\u00a0s · MaxUserPort %s · TIME_WAIT %s"), life,
                          max_user_port, time_wait);
}

/* Description */

static void
describe_series (WpChartDesc           *desc,
                 const WpChartRateData *data)
{
  double line_end = data->rate_hi * WP_CHART_RATE_LINE_REACH;

  for (guint s = data->n_series; s-- > 0;)
    {
      const WpChartRateSeries *series = &data->series[s];
      gboolean strong = data->emphasis >= 0 &&
                        (series->platforms & WP_PLATFORM_BIT (data->emphasis));
      double alpha = data->emphasis < 0 || strong ? 1.0 : 0.35;
      WpChartDescSeries *line =
        wp_chart_desc_add_series (desc, WP_CHART_ROLE_PRACTICAL,
                                  wp_chart_line_style (wp_chart_ink (WP_CHART_INK_SERIES,
                                                                     series->color_index, alpha),
                                                       WP_CHART_DASH_SOLID,
                                                       strong ? 1.75 : 1.0));
      g_autofree char *name = series_short_name (series);
      g_autofree char *ports = wp_format_count ((guint64) series->ports);

      /* On past the axis' end, which its ticks may round up: the plot
       * clips the line where the axis ends. */
      wp_chart_desc_series_add_point (line, 0, 0);
      if (series->knee_rate < line_end)
        wp_chart_desc_series_add_point (line, series->knee_rate, series->ports);
      wp_chart_desc_series_add_point (line, line_end, ports_at (series, line_end));
      /* Translators: a line of the rate chart at its end: its versions and
       * the client ports they run out of */
      line->label.text = g_strdup_printf (_("%s: %s ports"), name, ports);
      line->label.strong = strong;
    }
}

/* The target's rate: the marker, with each line's ports in use on it
 * ("✗" where they run out). */
static void
describe_marker (WpChartDesc           *desc,
                 const WpChartRateData *data)
{
  g_autofree char *rate = NULL;

  if (data->input.need_rate == 0)
    return;

  rate = wp_format_count (data->input.need_rate);
  desc->marker.shown = TRUE;
  desc->marker.x = data->input.need_rate;
  /* Translators: the rate chart's marker: the target's new connections a second */
  desc->marker.tag = g_strdup_printf (_("Target: %s/s"), rate);
  for (guint s = 0; s < data->n_series; s++)
    {
      const WpChartRateSeries *series = &data->series[s];
      WpHeadroom headroom;
      g_autofree char *count = NULL;

      if (!wp_headroom_compute (series->leader, &data->input, &headroom))
        continue;
      count = wp_format_count (headroom.ports_in_use);
      wp_chart_desc_add_marker_value (desc, ports_at (series, data->input.need_rate),
                                      wp_chart_ink (WP_CHART_INK_SERIES, series->color_index,
                                                    1.0),
                                      headroom.holds ? g_steal_pointer (&count)
                                      /* Translators: ports a rate needs, more than there are */
                                      : g_strdup_printf (_("%s ✗"), count));
    }
}

void
wp_chart_rate_describe (WpChartDesc           *desc,
                        const WpChartRateData *data,
                        gboolean               footnote)
{
  WpChartInk axis = wp_chart_ink (WP_CHART_INK_FOREGROUND, 0, 0.85);

  g_return_if_fail (desc != NULL && data != NULL);

  wp_chart_desc_init (desc);
  desc->title = wp_chart_rate_title ();
  desc->subtitle = rate_subtitle (&data->input);
  if (footnote)
    desc->footnote = wp_chart_footnote (&data->input, data->platforms);

  desc->x = (WpChartAxis) { WP_CHART_TICKS_NICE, 0, data->rate_hi, 1, wp_chart_format_count_tick,
                            g_strdup (_("New connections per second")),
                            WP_CHART_AXIS_SCALE_AUTO, 0 };
  desc->y = (WpChartAxis) { WP_CHART_TICKS_NICE, 0, data->ports_hi, 1,
                            wp_chart_format_count_tick, g_strdup (_("Client ports in use")),
                            WP_CHART_AXIS_SCALE_AUTO, 0 };

  describe_series (desc, data);
  if (data->n_series == 0)
    wp_chart_desc_add_annotation (desc, WP_CHART_ANCHOR_PLOT_CENTER, 0, 0,
                                  wp_chart_ink (WP_CHART_INK_FOREGROUND, 0, 0.7),
                                  g_strdup (_("No version with client ports selected")));
  else
    wp_chart_desc_add_legend (desc, wp_chart_line_style (axis, WP_CHART_DASH_SOLID, 1.0), FALSE,
                              g_strdup (_("Ports in use = rate × (connection life + TIME_WAIT); "
                                          "flat where they run out")));
  describe_marker (desc, data);
  wp_chart_rate_describe_measured (desc, &data->measured);
}

void
wp_chart_rate_render_layers (cairo_t             *cr,
                             double               width,
                             double               height,
                             const WpChartStyle  *style,
                             const WpLimitsInput *input,
                             guint                platforms,
                             WpChartLayers        layers,
                             WpChartLayout       *out_layout)
{
  WpChartRateData data;
  WpChartDesc desc;

  g_return_if_fail (style != NULL && input != NULL);

  wp_chart_rate_data_init (&data, input, platforms);
  data.emphasis = style->emphasis;
  data.measured = style->measured;
  data.ports_hi = wp_chart_measured_ports_top (&data.measured, data.ports_hi);
  data.rate_hi = wp_chart_measured_rate_top (&data.measured, data.rate_hi);
  wp_chart_rate_describe (&desc, &data, style->show_footnote);
  wp_chart_render_desc (cr, width, height, style, &desc, layers, out_layout);
  wp_chart_desc_clear (&desc);
}
