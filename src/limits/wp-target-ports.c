/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The target's rate on Windows Vista and later, whose client ports come
 * from the dynamic port range (wp-workload.h), not MaxUserPort: the least
 * number of ports that sustains R, R × (life + TIME_WAIT) rounded up, set
 * with netsh; and where even the widest range (1025..65535) is short, the
 * longest TIME_WAIT that sustains R with it.
 */
#define G_LOG_DOMAIN "wp-target"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-format.h"
#include "wp-target-private.h"
#include "wp-workload.h"

/* The widest range the rules allow: 1025..65535, 64,511 ports. */
#define WIDEST_COUNT (WP_PORT_RANGE_END_MAX - WP_PORT_RANGE_START_MIN + 1)

static gboolean
is_nt6_rate (WpPlatform           platform,
             const WpLimitsInput *input)
{
  const WpPlatformInfo *info = wp_platform_info (platform);

  g_return_val_if_fail (info != NULL && input != NULL, FALSE);

  return info->family == WP_FAMILY_NT6 && input->need_rate > 0;
}

/* NT6: the least number of ports whose range sustains R at the TIME_WAIT
 * in force: R × (life + TIME_WAIT), at least 255.  It starts at the current
 * start where the range then ends by 65535, else at the lowest start, 1025;
 * past 64,511 ports, or where the client limit is then bound by the
 * sockets the memory holds, no range will. */
WpNeedStatus
wp_target_port_count_needed (WpPlatform           platform,
                             const WpLimitsInput *input,
                             guint               *out_start,
                             guint64             *out_count)
{
  WpLimitsInput trial;
  guint64 count;

  if (!is_nt6_rate (platform, input))
    return WP_NEED_NONE;

  count = wp_target_rate_ports (input, wp_limits_time_wait (platform, input->time_wait_s));
  count = MAX (count, WP_PORT_RANGE_COUNT_MIN);
  if (count > WIDEST_COUNT)
    return WP_NEED_UNREACHABLE;

  trial = *input;
  trial.port_count = (guint) count;
  if ((guint64) trial.port_start + count - 1 > WP_PORT_RANGE_END_MAX)
    trial.port_start = WP_PORT_RANGE_START_MIN;
  if (wp_target_check_candidate (platform, &trial, FALSE, TRUE) != WP_NEED_FOUND)
    return WP_NEED_UNREACHABLE;

  if (out_start)
    *out_start = trial.port_start;
  if (out_count)
    *out_count = count;
  return WP_NEED_FOUND;
}

/* NT6: the longest TIME_WAIT that sustains R with the widest range
 * (start 1025, 64,511 ports), for when neither the range nor the
 * TIME_WAIT alone will (wp_target_time_wait_needed() on that range). */
WpNeedStatus
wp_target_port_time_wait_needed (WpPlatform           platform,
                                 const WpLimitsInput *input,
                                 guint64             *out_s)
{
  WpLimitsInput trial;

  if (!is_nt6_rate (platform, input))
    return WP_NEED_NONE;

  trial = *input;
  trial.port_start = WP_PORT_RANGE_START_MIN;
  trial.port_count = WIDEST_COUNT;
  return wp_target_time_wait_needed (platform, &trial, out_s);
}

/* The range part of what would pass, or NULL: the netsh command, and which
 * start it keeps; where the widest range needs a shorter TIME_WAIT too,
 * both. */
char *
wp_target_format_port_needs (const WpTargetVerdict *verdict)
{
  WpPortRange range = { verdict->port_start, (guint) verdict->port_count.value };
  g_autofree char *command = NULL;
  g_autofree char *wait = NULL;

  if (verdict->port_count.status == WP_NEED_FOUND)
    {
      command = wp_port_range_format_netsh (&range);
      if (verdict->port_start_lowest)
        /* Translators: the netsh command that sets a range that would meet
         * the target, starting at the lowest start allowed */
        return g_strdup_printf (_("%s (the lowest start: the current one leaves no room)"),
                                command);
      /* Translators: the netsh command that sets a range that would meet
       * the target, keeping the current start */
      return g_strdup_printf (_("%s (the current start)"), command);
    }

  if (verdict->port_time_wait_s.status != WP_NEED_FOUND)
    return NULL;

  range = (WpPortRange) { WP_PORT_RANGE_START_MIN, WIDEST_COUNT };
  command = wp_port_range_format_netsh (&range);
  wait = wp_format_time_wait ((guint) verdict->port_time_wait_s.value);
  /* Translators: the widest range's netsh command and the TIME_WAIT that
   * together would meet the target, "netsh … and TIME_WAIT 124 s" */
  return g_strdup_printf (_("%s and TIME_WAIT %s"), command, wait);
}
