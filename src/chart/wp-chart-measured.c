/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What an import measured on a machine, on the charts: a point of its own
 * shape (a diamond, in the text's ink) at the current RAM in the memory
 * view, with the connections; in the rate view the client ports in use as
 * a level, and on it the point at the rate TIME_WAIT implies. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "wp-chart-memory.h"
#include "wp-chart-rate.h"

static WpChartInk
measured_ink (void)
{
  return wp_chart_ink (WP_CHART_INK_FOREGROUND, 0, 1.0);
}

/* The memory view: the connections on the marker, a diamond; the legend
 * says what the diamond is. */
void
wp_chart_describe_measured (WpChartDesc           *desc,
                            const WpChartMeasured *measured)
{
  g_autofree char *count = NULL;

  g_return_if_fail (desc != NULL && measured != NULL);

  if (!measured->shown)
    return;
  count = wp_format_count ((guint64) measured->connections);
  wp_chart_desc_add_marker_point (desc, measured->connections, measured_ink (),
                                  WP_CHART_SHAPE_DIAMOND,
                                  /* Translators: the measured point's value at the RAM
                                   * marker, connections an imported netstat listed */
                                  g_strdup_printf (_("Measured: %s"), count));
  wp_chart_desc_add_measured_legend (desc);
}

void
wp_chart_desc_add_measured_legend (WpChartDesc *desc)
{
  wp_chart_desc_add_legend_point (desc, measured_ink (), WP_CHART_SHAPE_DIAMOND,
                                  /* Translators: the legend of the measured point */
                                  g_strdup (_("Measured: the connections an imported netstat "
                                              "listed (TCP, not LISTENING)")));
}

/* The rate view: the client ports in use as a level, dash-dotted, named at
 * its end; on it a diamond at the rate TIME_WAIT implies, when there is one. */
void
wp_chart_rate_describe_measured (WpChartDesc           *desc,
                                 const WpChartMeasured *measured)
{
  WpChartLineStyle style = wp_chart_line_style (measured_ink (), WP_CHART_DASH_DASH_DOT, 1.25);
  WpChartReference *level;
  g_autofree char *count = NULL;

  g_return_if_fail (desc != NULL && measured != NULL);

  if (!measured->shown || !measured->has_client_ports)
    return;
  count = wp_format_count ((guint64) measured->client_ports);
  level = wp_chart_desc_add_reference (desc, measured->client_ports, style);
  if (level != NULL)
    /* Translators: the measured level's name at its end in the rate chart */
    level->label.text = g_strdup_printf (_("Measured: %s in use"), count);
  wp_chart_desc_add_legend (desc, style, FALSE,
                            /* Translators: the legend of the measured level */
                            g_strdup (_("Measured: client ports in use in an imported netstat")));
  if (measured->has_rate && measured->rate > 0)
    {
      /* a series of no line: its mark alone */
      WpChartDescSeries *point = wp_chart_desc_add_series (desc, WP_CHART_ROLE_PRACTICAL, style);

      if (point != NULL)
        {
          point->mark_shape = WP_CHART_SHAPE_DIAMOND;
          point->mark = (WpChartPoint) { measured->rate, measured->client_ports };
        }
      wp_chart_desc_add_legend_point (desc, measured_ink (), WP_CHART_SHAPE_DIAMOND,
                                      /* Translators: the legend of the measured point in
                                       * the rate chart */
                                      g_strdup (_("Measured: at the rate its TIME_WAIT implies "
                                                  "(connections in TIME_WAIT ÷ the delay)")));
    }
}

/* The rate the connections in TIME_WAIT imply: as many close each second
 * as leave TIME_WAIT after @delay_s (none without either). */
void
wp_chart_measured_set_rate (WpChartMeasured *measured,
                            guint64          time_wait,
                            guint            delay_s)
{
  measured->has_rate = time_wait > 0 && delay_s > 0;
  measured->rate = measured->has_rate ? (double) time_wait / delay_s : 0;
}

/* The rate view's value axis reaches the measured level. */
double
wp_chart_measured_ports_top (const WpChartMeasured *measured,
                             double                 ports_hi)
{
  if (!measured->shown || !measured->has_client_ports)
    return ports_hi;
  return MAX (ports_hi, measured->client_ports * 1.1);
}

/* …and its rate axis the measured point. */
double
wp_chart_measured_rate_top (const WpChartMeasured *measured,
                            double                 rate_hi)
{
  if (!measured->shown || !measured->has_client_ports || !measured->has_rate)
    return rate_hi;
  return MAX (rate_hi, measured->rate * 1.1);
}
