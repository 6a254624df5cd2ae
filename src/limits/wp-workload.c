/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Port headroom for a workload: see wp-workload.h for the model. */
#include "config.h"

#include "wp-workload.h"

/* ⌈a / b⌉ for b > 0, without overflow for a near G_MAXUINT64. */
static guint64
div_up (guint64 a,
        guint64 b)
{
  return a / b + (a % b != 0);
}

void
wp_port_range_init_default (WpPortRange *range)
{
  g_return_if_fail (range != NULL);

  range->start = WP_PORT_RANGE_START_DEFAULT;
  range->count = WP_PORT_RANGE_COUNT_DEFAULT;
}

WpPortRangeCheck
wp_port_range_check (const WpPortRange *range)
{
  g_return_val_if_fail (range != NULL, WP_PORT_RANGE_TOO_SMALL);

  if (range->start < WP_PORT_RANGE_START_MIN)
    return WP_PORT_RANGE_START_TOO_LOW;
  if (range->count < WP_PORT_RANGE_COUNT_MIN)
    return WP_PORT_RANGE_TOO_SMALL;
  /* In 64 bits: start + count cannot wrap. */
  if ((guint64) range->start + range->count - 1 > WP_PORT_RANGE_END_MAX)
    return WP_PORT_RANGE_PAST_END;
  return WP_PORT_RANGE_OK;
}

/* The last port of a valid range. */
guint
wp_port_range_end (const WpPortRange *range)
{
  g_return_val_if_fail (wp_port_range_check (range) == WP_PORT_RANGE_OK, 0);

  return range->start + range->count - 1;
}

/* The command that sets the range (Microsoft KB 929851); not translated:
 * a command. */
char *
wp_port_range_format_netsh (const WpPortRange *range)
{
  g_return_val_if_fail (range != NULL, NULL);

  return g_strdup_printf ("netsh int ipv4 set dynamicport tcp start=%u num=%u",
                          range->start, range->count);
}

/* The time a connection holds its port, in milliseconds. */
static guint64
hold_ms (const WpWorkload *workload)
{
  return workload->life_ms + (guint64) workload->time_wait_s * 1000;
}

/* rate × hold = rate_milli / 1000 × hold_ms / 1000 ports: a need, so up.
 * The product is kept below 2^64 by the inputs' ranges (a rate below
 * 10^9 a second, a hold below 10^6 s). */
guint64
wp_workload_ports_in_use (const WpWorkload *workload)
{
  g_return_val_if_fail (workload != NULL, 0);

  return div_up (workload->rate_milli * hold_ms (workload), 1000000);
}

void
wp_workload_headroom (const WpWorkload *workload,
                      guint64           ports,
                      WpHeadroom       *out)
{
  guint64 hold;

  g_return_if_fail (workload != NULL && out != NULL && ports > 0);

  hold = hold_ms (workload);
  out->ports_in_use = wp_workload_ports_in_use (workload);
  out->holds = out->ports_in_use <= ports;
  /* Headroom, a share left: a maximum, so down (towards −∞ when short). */
  if (out->holds)
    out->headroom_pct = (gint64) ((ports - out->ports_in_use) * 100 / ports);
  else
    out->headroom_pct = -(gint64) div_up ((out->ports_in_use - ports) * 100, ports);
  out->warning = out->ports_in_use * 100 >= (guint64) WP_WORKLOAD_WARN_PCT * ports;
  /* ports / hold connections a second, × 1000: a maximum, so down.  With no
   * hold at all (no life, no TIME_WAIT) no rate runs the ports out. */
  out->max_rate_milli = hold > 0 ? ports * 1000000 / hold : G_MAXUINT64;
  /* Short: the range fills at the full rate before the first port comes
   * back (rate × t = ports with t < hold), so at ports / rate. */
  out->exhaustion_ms = out->holds ? 0 : ports * 1000000 / workload->rate_milli;
}
