/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The target (connections, a rate, a connection's life): whether a version
 * meets it, and the least change of each input that would make it; the
 * words are in wp-target-format.c. */
#define G_LOG_DOMAIN "wp-target"

#include "config.h"

#include <string.h>

#include "wp-parse.h"
#include "wp-target.h"
#include "wp-target-private.h"
#include "wp-workload.h"

/* A part of the target as typed, on the command line or in the window:
 * a whole number, grouped as the locale groups it; 0 is no target. */
gboolean
wp_target_parse_need (const char  *text,
                      guint       *out_need,
                      GError     **error)
{
  guint64 value;

  g_return_val_if_fail (out_need != NULL, FALSE);

  if (!wp_parse_count (text, 0, WP_NEED_MAX, &value, error))
    return FALSE;

  *out_need = (guint) value;
  return TRUE;
}

gboolean
wp_target_given (const WpLimitsInput *input)
{
  g_return_val_if_fail (input != NULL, FALSE);

  return input->need_connections > 0 || input->need_rate > 0;
}

/* The client sockets R new connections a second keep in use, each for its
 * life and then TIME_WAIT: R × (life + TIME_WAIT), rounded up (a need;
 * wp-workload.h).  With no life, R × TIME_WAIT. */
guint64
wp_target_rate_ports (const WpLimitsInput *input,
                      guint                time_wait_s)
{
  WpWorkload workload = { (guint64) input->need_rate * 1000, input->connection_life_ms,
                          time_wait_s };

  return wp_workload_ports_in_use (&workload);
}

/* Whether the client limit of @limits holds the rate's connections: R ×
 * (life + TIME_WAIT) <= client limit, with no life the whole numbers
 * wp_limits_rate_floor() uses (client limit / TIME_WAIT >= R). */
static gboolean
meets_rate (const WpLimits      *limits,
            const WpLimitsInput *input)
{
  return limits->has_rate &&
         wp_target_rate_ports (input, limits->time_wait_s) <= limits->client_limit;
}

/* A candidate found by arithmetic, checked against the calculator itself:
 * with it, does the version meet what it was found for?  A bound the
 * candidate does not move (SocketWrench, MaxConnections, the pool) makes
 * it unreachable. */
WpNeedStatus
wp_target_check_candidate (WpPlatform           platform,
                           const WpLimitsInput *trial,
                           gboolean             for_connections,
                           gboolean             for_rate)
{
  WpLimits limits;

  wp_limits_compute (platform, trial, &limits);
  if (for_connections && limits.server_limit < trial->need_connections)
    return WP_NEED_UNREACHABLE;
  if (for_rate && !meets_rate (&limits, trial))
    return WP_NEED_UNREACHABLE;

  return WP_NEED_FOUND;
}

/* NT family: the least RAM whose practical estimate, 4,000 sockets per
 * 512 MB (RAM / 8 of pool, 4,000 per 64 MB), holds N: ceil (N × 512 /
 * 4000).  Past the estimate at the pool's cap (8,000 / 16,000) no RAM will. */
WpNeedStatus
wp_target_ram_needed_mb (WpPlatform           platform,
                         const WpLimitsInput *input,
                         guint64             *out_ram_mb)
{
  const WpPlatformInfo *info = wp_platform_info (platform);
  const guint64 mb_per_step = (guint64) WP_PRACTICAL_POOL_STEP_MB * WP_POOL_RAM_DIVISOR;
  WpLimitsInput trial;
  guint64 at_cap;

  g_return_val_if_fail (info != NULL && input != NULL, WP_NEED_NONE);

  if (input->need_connections == 0 || info->family == WP_FAMILY_9X)
    return WP_NEED_NONE;
  /* Vista and later: the pool's share of RAM ÷ the assumed cost. */
  if (info->family == WP_FAMILY_NT6)
    {
      trial = *input;
      if (!wp_limits_nt6_ram_for_sockets (platform, input->need_connections,
                                          input->connection_cost_kb, &trial.ram_mb) ||
          wp_target_check_candidate (platform, &trial, TRUE, FALSE) != WP_NEED_FOUND)
        return WP_NEED_UNREACHABLE;
      if (out_ram_mb)
        *out_ram_mb = trial.ram_mb;
      return WP_NEED_FOUND;
    }

  at_cap = (guint64) info->pool_cap_mb * WP_PRACTICAL_SOCKETS_PER_STEP / WP_PRACTICAL_POOL_STEP_MB;
  if (input->need_connections > at_cap)
    return WP_NEED_UNREACHABLE;

  trial = *input;
  trial.ram_mb = ((guint64) input->need_connections * mb_per_step +
                  WP_PRACTICAL_SOCKETS_PER_STEP - 1) / WP_PRACTICAL_SOCKETS_PER_STEP;
  trial.ram_mb = MAX (trial.ram_mb, WP_RAM_MB_MIN);
  if (wp_target_check_candidate (platform, &trial, TRUE, FALSE) != WP_NEED_FOUND)
    return WP_NEED_UNREACHABLE;

  if (out_ram_mb)
    *out_ram_mb = trial.ram_mb;
  return WP_NEED_FOUND;
}

/* NT family: the least MaxUserPort whose ports (MaxUserPort − 1024) sustain
 * R at the TIME_WAIT in force: 1024 + R × (life + TIME_WAIT), at least 5000.  Above
 * 65534, or where the client limit is then bound by something else, no
 * MaxUserPort will.  Windows 95's ports are fixed, 98/ME have none. */
WpNeedStatus
wp_target_max_user_port_needed (WpPlatform           platform,
                                const WpLimitsInput *input,
                                guint64             *out_port)
{
  const WpPlatformInfo *info = wp_platform_info (platform);
  WpLimitsInput trial;
  guint64 port;

  g_return_val_if_fail (info != NULL && input != NULL, WP_NEED_NONE);

  if (info->family != WP_FAMILY_NT || input->need_rate == 0)
    return WP_NEED_NONE;

  port = (WP_FIRST_CLIENT_PORT - 1) +
         wp_target_rate_ports (input, wp_limits_time_wait (platform, input->time_wait_s));
  port = MAX (port, WP_MAX_USER_PORT_MIN);
  if (port > WP_MAX_USER_PORT_MAX)
    return WP_NEED_UNREACHABLE;

  trial = *input;
  trial.max_user_port = (guint) port;
  if (wp_target_check_candidate (platform, &trial, FALSE, TRUE) != WP_NEED_FOUND)
    return WP_NEED_UNREACHABLE;

  if (out_port)
    *out_port = port;
  return WP_NEED_FOUND;
}

/* NT family: the longest TIME_WAIT at which the client limit sustains R:
 * R × (life + TIME_WAIT) <= client limit, so floor ((client limit × 1000 −
 * R × life ms) / (R × 1000)) s, at most 300 s; below 30 s none will. */
WpNeedStatus
wp_target_time_wait_needed (WpPlatform           platform,
                            const WpLimitsInput *input,
                            guint64             *out_s)
{
  const WpPlatformInfo *info = wp_platform_info (platform);
  WpLimitsInput trial;
  WpLimits limits;
  guint64 seconds, held_ms, life_ms;

  g_return_val_if_fail (info != NULL && input != NULL, WP_NEED_NONE);

  /* Vista and later take TcpTimedWaitDelay too. */
  if (info->family == WP_FAMILY_9X || input->need_rate == 0)
    return WP_NEED_NONE;

  wp_limits_compute (platform, input, &limits);
  held_ms = (guint64) limits.client_limit * 1000;
  life_ms = (guint64) input->need_rate * input->connection_life_ms;
  if (held_ms < life_ms)
    return WP_NEED_UNREACHABLE;
  seconds = (held_ms - life_ms) / ((guint64) input->need_rate * 1000);
  if (seconds < WP_TIME_WAIT_MIN)
    return WP_NEED_UNREACHABLE;

  trial = *input;
  trial.time_wait_s = (guint) MIN (seconds, WP_TIME_WAIT_MAX);
  if (wp_target_check_candidate (platform, &trial, FALSE, TRUE) != WP_NEED_FOUND)
    return WP_NEED_UNREACHABLE;

  if (out_s)
    *out_s = trial.time_wait_s;
  return WP_NEED_FOUND;
}

/* 9x family: the least MaxConnections for both parts of the target (the
 * rate on Windows 95 alone: 98/ME have none sourced): N, and R × (life +
 * TIME_WAIT) client sockets.  Windows 95's 3,976 ports and SocketWrench's 1,000 are
 * bounds it cannot move. */
WpNeedStatus
wp_target_max_connections_needed (WpPlatform           platform,
                                  const WpLimitsInput *input,
                                  guint64             *out_count)
{
  const WpPlatformInfo *info = wp_platform_info (platform);
  gboolean for_rate;
  WpLimitsInput trial;
  guint64 count;

  g_return_val_if_fail (info != NULL && input != NULL, WP_NEED_NONE);

  for_rate = input->need_rate > 0 && info->client_ports_fixed > 0;
  if (info->family != WP_FAMILY_9X || (input->need_connections == 0 && !for_rate))
    return WP_NEED_NONE;

  count = input->need_connections;
  if (for_rate)
    count = MAX (count, wp_target_rate_ports (input, wp_limits_time_wait (platform, 0)));
  if (count > WP_MAX_CONNECTIONS_MAX)
    return WP_NEED_UNREACHABLE;

  trial = *input;
  trial.max_connections = (guint) MAX (count, WP_MAX_CONNECTIONS_MIN);
  if (wp_target_check_candidate (platform, &trial, input->need_connections > 0, for_rate) != WP_NEED_FOUND)
    return WP_NEED_UNREACHABLE;

  if (out_count)
    *out_count = trial.max_connections;
  return WP_NEED_FOUND;
}

static void
set_need (WpNeed       *need,
          WpNeedStatus  status,
          guint64       value)
{
  need->status = status;
  need->value = status == WP_NEED_FOUND ? value : 0;
}

/* Whether the version meets the target with the inputs given and, for each
 * input it has, what would make it meet it. */
void
wp_target_verdict (WpPlatform           platform,
                   const WpLimitsInput *input,
                   WpTargetVerdict     *out)
{
  WpLimits limits;
  guint64 value = 0;
  WpNeedStatus status;

  g_return_if_fail (input != NULL && out != NULL);

  memset (out, 0, sizeof *out);
  wp_limits_compute (platform, input, &limits);
  out->has_target = wp_target_given (input);
  out->meets_connections = limits.server_limit >= input->need_connections;
  out->meets_rate = input->need_rate == 0 || meets_rate (&limits, input);
  out->rate_unsourced = input->need_rate > 0 && !limits.has_rate;
  out->meets = out->has_target && out->meets_connections && out->meets_rate;

  status = wp_target_ram_needed_mb (platform, input, &value);
  set_need (&out->ram_mb, status, value);
  status = wp_target_max_user_port_needed (platform, input, &value);
  set_need (&out->max_user_port, status, value);
  status = wp_target_time_wait_needed (platform, input, &value);
  set_need (&out->time_wait_s, status, value);
  status = wp_target_max_connections_needed (platform, input, &value);
  set_need (&out->max_connections, status, value);
  status = wp_target_port_count_needed (platform, input, &out->port_start, &value);
  set_need (&out->port_count, status, value);
  out->port_start_lowest = status == WP_NEED_FOUND && out->port_start != input->port_start;
  /* The widest range and a TIME_WAIT together, only where neither alone will. */
  status = WP_NEED_NONE;
  if (out->port_count.status == WP_NEED_UNREACHABLE && out->time_wait_s.status != WP_NEED_FOUND)
    status = wp_target_port_time_wait_needed (platform, input, &value);
  set_need (&out->port_time_wait_s, status, value);
}
