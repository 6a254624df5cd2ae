/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The memory view's words: its title and subtitle, the axes' titles, the
 * reference lines' and levels' names, and every series' values at a RAM
 * as lines (the tooltip's and the legend's). */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "wp-chart-memory.h"

/* Strings */

char *
wp_chart_title (void)
{
  return g_strdup (_("Socket connections by physical memory"));
}

/* The inputs the chart was drawn for, in one line: only the settings that
 * change a version drawn (MaxUserPort and TcpTimedWaitDelay are the NT
 * family's, MaxConnections the 9x family's). */
char *
wp_chart_subtitle (const WpLimitsInput *input,
                   guint                platforms)
{
  g_autofree char *ram = wp_format_ram_mb (input->ram_mb);
  GString *text = g_string_new (NULL);
  gboolean any_nt = FALSE, any_9x = FALSE, any_nt6 = FALSE;

  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    if (platforms & WP_PLATFORM_BIT (p))
      {
        any_nt |= wp_platform_info (p)->family == WP_FAMILY_NT;
        any_9x |= wp_platform_info (p)->family == WP_FAMILY_9X;
        any_nt6 |= wp_platform_info (p)->family == WP_FAMILY_NT6;
      }

  /* Translators: the chart's inputs, first the RAM */
  g_string_append_printf (text, _("RAM %s"), ram);
  if (any_nt)
    {
      g_autofree char *max_user_port = wp_format_count (input->max_user_port);
      g_autofree char *time_wait = NULL;

      time_wait = wp_format_time_wait_input (input->time_wait_s);

      /* Translators: appended to the chart's inputs: MaxUserPort, TIME_WAIT */
      g_string_append_printf (text, _(" · MaxUserPort %s · TIME_WAIT %s"),
                              max_user_port, time_wait);
    }
  if (any_9x)
    {
      g_autofree char *max_connections = wp_format_count (input->max_connections);

      /* Translators: appended to the chart's inputs */
      g_string_append_printf (text, _(" · MaxConnections %s"), max_connections);
    }
  if (any_nt6)
    /* Translators: appended to the chart's inputs: Vista and later's
     * sockets are the pool ÷ this assumed cost of one connection */
    g_string_append_printf (text, _(" · %u KB per connection (assumed)"),
                            CLAMP (input->connection_cost_kb, WP_CONNECTION_COST_KB_MIN,
                                   WP_CONNECTION_COST_KB_MAX));
  if (input->socketwrench_legacy)
    /* Translators: appended to the chart's inputs */
    g_string_append (text, _(" · SocketWrench 3.6 or earlier"));

  return g_string_free (text, FALSE);
}

/* The client-port line's name: the NT family's (Windows 95's 3,976 are
 * not drawn: its MaxConnections line stays below them or is capped). */
char *
wp_chart_client_ports_label (guint client_ports)
{
  g_autofree char *ports = wp_format_count (client_ports);

  /* Translators: a chart line: the client ports of NT 4.0, 2000, XP, 2003 */
  return g_strdup_printf (_("Client ports, NT family (MaxUserPort − 1024): %s"), ports);
}

const char *
wp_chart_x_axis_title (void)
{
  return _("Physical memory (RAM)");
}

const char *
wp_chart_y_axis_title (void)
{
  return _("Socket connections");
}


/* A 9x series' line: its platforms and their MaxConnections. */
char *
wp_chart_level_label (const WpChartSeries *series,
                      guint                level,
                      gboolean             off_scale)
{
  g_autofree char *name = wp_chart_series_name (series);
  g_autofree char *count = wp_format_count (level);

  return off_scale
         /* Translators: a chart series: platforms, then the setting */
         ? g_strdup_printf (_("%s: MaxConnections %s (above the scale)"), name, count)
         /* Translators: a chart series: platforms, then the setting */
         : g_strdup_printf (_("%s: MaxConnections %s"), name, count);
}

char *
wp_chart_process_cap_label (guint cap)
{
  g_autofree char *count = wp_format_count (cap);

  return g_strdup_printf (_("SocketWrench 3.6 and earlier: %s per process"), count);
}

/* Every series' values at @ram_mb and the levels, a line each, as the
 * legend names them: the widget's tooltip. */
char **
wp_chart_values_lines (const WpChartData *data,
                       double             ram_mb)
{
  GPtrArray *lines = g_ptr_array_new ();

  for (guint s = 0; s < data->n_series; s++)
    {
      const WpChartSeries *series = &data->series[s];
      guint practical, theoretical;

      wp_chart_series_values_at (series, &data->input, ram_mb, &practical, &theoretical);
      if (series->has_pool)
        {
          g_autofree char *name = wp_chart_series_name (series);
          g_autofree char *practical_text = wp_format_count (practical);
          g_autofree char *theoretical_text = wp_format_count (theoretical);

          /* Translators: a line of the chart's tooltip: platforms, practical, theoretical */
          g_ptr_array_add (lines, g_strdup_printf (_("%s: %s practical, %s theoretical"), name,
                                                   practical_text, theoretical_text));
        }
      else if (series->nt6)
        {
          g_autofree char *name = wp_chart_series_name (series);
          g_autofree char *practical_text = wp_format_count (practical);

          /* Translators: a line of the chart's tooltip: Vista or later, its
           * sockets, and the cost per connection they assume */
          g_ptr_array_add (lines, g_strdup_printf (_("%s: %s sockets (%u KB per connection "
                                                     "assumed)"), name, practical_text,
                                                   CLAMP (data->input.connection_cost_kb,
                                                          WP_CONNECTION_COST_KB_MIN,
                                                          WP_CONNECTION_COST_KB_MAX)));
        }
      else
        g_ptr_array_add (lines, wp_chart_level_label (series, practical, FALSE));
    }
  if (data->has_client_ports)
    g_ptr_array_add (lines, wp_chart_client_ports_label ((guint) data->client_ports));
  if (data->has_process_cap)
    g_ptr_array_add (lines, wp_chart_process_cap_label ((guint) data->process_cap));

  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}
