/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Windows Vista and later: figures the specification does not give, each
 * from shared/domain/limits.md.
 *
 * - Client ports: the dynamic port range, start + number (Microsoft
 *   KB 929851: 49152 + 16,384 by default); MaxUserPort is legacy there.
 * - Non-paged pool: a share of RAM up to a ceiling, by version and
 *   architecture (Microsoft, "Memory Limits for Windows and Windows Server
 *   Releases"); none for Vista x86 ("limited by kernel address space").
 * - Server sockets: the pool ÷ the non-paged cost of one connection, an
 *   input because no vendor gives it, at most TcpNumConnections' 16,777,214
 *   (Microsoft, Win32_NetworkAdapterConfiguration SetTcpNumConnections).
 *
 * Whole numbers throughout: the pool in KB, rounded down (a maximum).
 */
#define G_LOG_DOMAIN "wp-limits"

#include "config.h"


#include "wp-limits.h"
#include "wp-workload.h"

static const WpPlatformInfo *
nt6_info (WpPlatform platform)
{
  const WpPlatformInfo *info = wp_platform_info (platform);

  g_return_val_if_fail (info != NULL && info->family == WP_FAMILY_NT6, NULL);
  return info;
}

/* min (RAM × share, ceiling) in KB; 0 where no source gives the pool. */
guint64
wp_limits_nt6_pool_kb (WpPlatform platform,
                       guint64    ram_mb)
{
  const WpPlatformInfo *info = nt6_info (platform);

  if (info == NULL || info->pool_ram_pct == 0)
    return 0;

  ram_mb = CLAMP (ram_mb, WP_RAM_MB_MIN, WP_RAM_MB_MAX);
  return MIN (ram_mb * 1024 * info->pool_ram_pct / 100, (guint64) info->pool_cap_mb * 1024);
}

/* The pool ÷ @cost_kb, rounded down, at most TcpNumConnections' ceiling. */
guint
wp_limits_nt6_server_sockets (WpPlatform platform,
                              guint64    ram_mb,
                              guint      cost_kb)
{
  cost_kb = CLAMP (cost_kb, WP_CONNECTION_COST_KB_MIN, WP_CONNECTION_COST_KB_MAX);
  return (guint) MIN (wp_limits_nt6_pool_kb (platform, ram_mb) / cost_kb,
                      (guint64) WP_TCP_NUM_CONNECTIONS_MAX);
}

/* The least RAM at which the share reaches the ceiling: ⌈cap × 100 / share⌉;
 * 0 where no source gives the pool. */
guint64
wp_limits_nt6_knee_ram_mb (WpPlatform platform)
{
  const WpPlatformInfo *info = nt6_info (platform);
  guint64 cap;

  if (info == NULL || info->pool_ram_pct == 0)
    return 0;

  cap = (guint64) info->pool_cap_mb * 100;
  return cap / info->pool_ram_pct + (cap % info->pool_ram_pct != 0);
}

/* The least RAM whose pool holds @sockets at @cost_kb each: ⌈sockets ×
 * cost × 100 / (share × 1024)⌉ MB; FALSE where no RAM will (past the
 * ceiling or TcpNumConnections', or no pool figure). */
gboolean
wp_limits_nt6_ram_for_sockets (WpPlatform platform,
                               guint64    sockets,
                               guint      cost_kb,
                               guint64   *out_ram_mb)
{
  const WpPlatformInfo *info = nt6_info (platform);
  guint64 need_kb, per_mb, ram;

  if (info == NULL || info->pool_ram_pct == 0 || sockets > WP_TCP_NUM_CONNECTIONS_MAX)
    return FALSE;

  cost_kb = CLAMP (cost_kb, WP_CONNECTION_COST_KB_MIN, WP_CONNECTION_COST_KB_MAX);
  need_kb = sockets * cost_kb * 100;
  if (need_kb > (guint64) info->pool_cap_mb * 1024 * 100)
    return FALSE;
  per_mb = (guint64) info->pool_ram_pct * 1024;
  ram = MAX (need_kb / per_mb + (need_kb % per_mb != 0), WP_RAM_MB_MIN);
  if (ram > WP_RAM_MB_MAX)
    return FALSE;
  if (out_ram_mb)
    *out_ram_mb = ram;
  return TRUE;
}

/* The range in force: the input's when valid, else the default (the model
 * and the command line refuse an invalid one before it gets here). */
static WpPortRange
port_range (const WpLimitsInput *input)
{
  WpPortRange range = { input->port_start, input->port_count };

  if (wp_port_range_check (&range) != WP_PORT_RANGE_OK)
    wp_port_range_init_default (&range);
  return range;
}

gboolean
wp_limits_client_port_range (WpPlatform           platform,
                             const WpLimitsInput *input,
                             WpPortRange         *out_range)
{
  const WpPlatformInfo *info = wp_platform_info (platform);

  g_return_val_if_fail (info != NULL && input != NULL && out_range != NULL, FALSE);

  switch (info->family)
    {
    case WP_FAMILY_NT6:
      *out_range = port_range (input);
      return TRUE;
    case WP_FAMILY_NT:
      out_range->start = WP_FIRST_CLIENT_PORT;
      out_range->count = wp_limits_client_ports (platform, input->max_user_port);
      return TRUE;
    case WP_FAMILY_9X:
    default:
      return FALSE;
    }
}

/* The pool, the server sockets and the client ports of a Vista-or-later
 * platform into @out (platform, family and TIME_WAIT already set). */
void
wp_limits_nt6_compute (const WpLimitsInput *input,
                       guint64              ram_mb,
                       WpLimits            *out)
{
  const WpPlatformInfo *info = nt6_info (out->platform);
  WpPortRange range;

  g_return_if_fail (info != NULL && input != NULL);

  range = port_range (input);
  out->client_ports = range.count;
  out->has_client_ports = TRUE;
  out->connection_cost_kb = CLAMP (input->connection_cost_kb, WP_CONNECTION_COST_KB_MIN,
                                   WP_CONNECTION_COST_KB_MAX);

  out->has_pool = info->pool_ram_pct > 0;
  out->has_server_limit = out->has_pool;
  out->server_limited_by = WP_LIMITED_BY_MEMORY;
  if (!out->has_pool)
    return;

  out->nonpaged_pool_mb = wp_limits_nt6_pool_kb (out->platform, ram_mb) / 1024.0;
  out->pool_cap_mb = info->pool_cap_mb;
  out->pool_capped = ram_mb >= wp_limits_nt6_knee_ram_mb (out->platform);
  out->practical_sockets = wp_limits_nt6_server_sockets (out->platform, ram_mb,
                                                         out->connection_cost_kb);
  out->server_limit = out->practical_sockets;
}
