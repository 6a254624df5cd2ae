/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-csv"

#include "config.h"

#include <string.h>

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "limits/wp-target.h"
#include "wp-report-private.h"
#include "wp-report.h"

/* Whether a chosen platform is past the MaxConnections the source calls
 * stable: a warning, not an error. */
gboolean
wp_report_any_unstable (const WpLimitsInput *input,
              guint                platforms)
{
  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    {
      WpLimits limits;

      if (!(platforms & WP_PLATFORM_BIT (p)))
        continue;
      wp_limits_compute (p, input, &limits);
      if (limits.max_connections_unstable)
        return TRUE;
    }

  return FALSE;
}

/* RFC 4180: quote a field that holds a comma, a quote or a line break. */
void
wp_report_append_csv_field (GString    *csv,
                            const char *field)
{
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (csv, field);
      return;
    }

  g_string_append_c (csv, '"');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static char *
format_ascii_double (double value,
                     const char *format)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
}

/* A need's figure, or nothing where it does not apply or no value of that
 * input would do. */
static void
append_need (GString      *csv,
             const WpNeed *need)
{
  g_string_append_c (csv, ',');
  if (need->status == WP_NEED_FOUND)
    g_string_append_printf (csv, "%" G_GUINT64_FORMAT, need->value);
}

/* The target's columns, at the end so existing consumers keep theirs. */
static void
append_target (GString               *csv,
               const WpTargetVerdict *verdict)
{
  g_string_append_printf (csv, ",%s", verdict->meets ? "yes" : "no");
  append_need (csv, &verdict->ram_mb);
  append_need (csv, &verdict->max_user_port);
  append_need (csv, &verdict->time_wait_s);
}

/* An import's figures in @platform's client range (wp-measurement.h), at
 * the end of a row; the range's figures empty where there is none (9x). */
static void
append_measured (GString             *csv,
                 const WpMeasurement *measurement,
                 WpPlatform           platform,
                 const WpLimitsInput *input)
{
  WpMeasuredPorts ports;

  g_string_append_printf (csv, ",%" G_GUINT64_FORMAT ",%" G_GUINT64_FORMAT ",",
                          wp_measurement_get_connections (measurement),
                          wp_measurement_get_time_wait (measurement));
  if (wp_measurement_measure_platform (measurement, platform, input, &ports))
    g_string_append_printf (csv, "%u,%u", ports.in_use, ports.in_use_pct);
  else
    g_string_append_c (csv, ',');
  g_string_append_printf (csv, ",%" G_GUINT64_FORMAT,
                          wp_measurement_get_not_understood (measurement));
}

char *
wp_report_format_csv (const WpLimitsInput *input,
                   guint                platforms)
{
  return wp_report_format_csv_measured (input, platforms, NULL);
}

/* One platform's figures, from its id to its client limit's factor. */
static void
append_figures (GString             *csv,
                WpPlatform           p,
                const WpLimitsInput *input)
{
  const WpPlatformInfo *info = wp_platform_info (p);
  g_autofree char *pool = NULL;
  g_autofree char *rate = NULL;
  WpLimits limits;
  gboolean nt = info->family == WP_FAMILY_NT;
  gboolean nine_x = info->family == WP_FAMILY_9X;

  wp_limits_compute (p, input, &limits);
  pool = limits.has_pool ? format_ascii_double (limits.nonpaged_pool_mb, "%.10g") : g_strdup ("");
  rate = wp_format_rate_csv (&limits);

  g_string_append_printf (csv, "%s,", info->id);
  wp_report_append_csv_field (csv, wp_platform_name (p));
  g_string_append_printf (csv, ",%" G_GUINT64_FORMAT ",", input->ram_mb);
  if (nt)
    g_string_append_printf (csv, "%u", input->max_user_port);
  g_string_append_c (csv, ',');
  /* 98 and ME: no source gives a TIME_WAIT or a port limit. */
  if (limits.has_rate)
    g_string_append_printf (csv, "%u", limits.time_wait_s);
  g_string_append_printf (csv, ",%s,", pool);
  /* Vista and later: sockets from the pool, no theoretical figure. */
  if (limits.has_pool)
    g_string_append_printf (csv, "%u", limits.practical_sockets);
  g_string_append_c (csv, ',');
  if (nt)
    g_string_append_printf (csv, "%u", limits.theoretical_sockets);
  g_string_append_c (csv, ',');
  if (limits.has_client_ports)
    g_string_append_printf (csv, "%u", limits.client_ports);
  g_string_append_printf (csv, ",%s,%s,", rate, limits.has_server_limit
                          ? wp_limiting_factor_id (limits.server_limited_by) : "");
  if (nine_x)
    g_string_append_printf (csv, "%u", limits.max_connections);
  g_string_append_c (csv, ',');
  if (limits.has_server_limit)
    g_string_append_printf (csv, "%u", limits.server_limit);
  g_string_append_printf (csv, ",%u,%s", limits.client_limit,
                          wp_limiting_factor_id (limits.client_limited_by));
}

/* With a measurement, its columns after every other. */
char *
wp_report_format_csv_measured (const WpLimitsInput *input,
                               guint                platforms,
                               const WpMeasurement *measurement)
{
  GString *csv = g_string_new (
    "platform,name,ram_mb,max_user_port,time_wait_s,nonpaged_pool_mb,"
    "practical_sockets,theoretical_sockets,client_ports,connections_per_s,"
    "limited_by,max_connections,server_limit,client_limit,client_limited_by");
  gboolean target = wp_target_given (input);

  g_string_append (csv, target ? ",meets_target,ram_needed_mb,max_user_port_needed,"
                                 "time_wait_needed_s" : "");
  /* The workload's headroom after them, with a rate only (wp-headroom.h). */
  g_string_append (csv, input->need_rate > 0 ? ",ports_in_use,headroom_pct,exhaustion_s" : "");
  /* Vista and later's range for the rate, last: it came after the headroom. */
  g_string_append (csv, target ? ",port_count_needed" : "");
  g_string_append (csv, measurement != NULL ? ",measured_connections,measured_time_wait,"
                   "measured_client_ports,measured_client_pct,lines_not_understood\n" : "\n");

  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    {
      WpTargetVerdict verdict;

      if (!(platforms & WP_PLATFORM_BIT (p)))
        continue;

      append_figures (csv, p, input);
      if (target)
        {
          wp_target_verdict (p, input, &verdict);
          append_target (csv, &verdict);
        }
      if (input->need_rate > 0)
        {
          g_autofree char *headroom = wp_headroom_format_csv (p, input);

          g_string_append (csv, headroom);
        }
      /* The least dynamic port range for the rate (Vista and later), after
       * the headroom: empty where it does not apply or no range alone will. */
      if (target)
        append_need (csv, &verdict.port_count);
      if (measurement != NULL)
        append_measured (csv, measurement, p, input);
      g_string_append_c (csv, '\n');
    }

  return g_string_free (csv, FALSE);
}

