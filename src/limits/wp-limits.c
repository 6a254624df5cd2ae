/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-limits"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "wp-limits.h"
#include "wp-workload.h"

/* The platform table.  Figures: Catalyst KB 100072; Windows 95's client
 * ports: KB 170791 (which says 98 no longer has that limit); TIME_WAIT
 * defaults: shared/domain/limits.md (240 s everywhere a source gives one,
 * Server 2003 included; none for 98 and ME). */
static const WpPlatformInfo platforms[WP_N_PLATFORMS] = {
  { WP_PLATFORM_WIN95,   "win95",   N_("Windows 95"),          N_("95"),
    WP_FAMILY_9X, 0,   0,     WP_WIN95_CLIENT_PORTS, 240, WP_REG_DWORD },
  { WP_PLATFORM_WIN98,   "win98",   N_("Windows 98"),          N_("98"),
    WP_FAMILY_9X, 0,   0,     0, 0,   WP_REG_SZ },
  { WP_PLATFORM_WINME,   "winme",   N_("Windows ME"),          N_("ME"),
    WP_FAMILY_9X, 0,   0,     0, 0,   WP_REG_SZ },
  { WP_PLATFORM_NT4,     "nt4",     N_("Windows NT 4.0"),      N_("NT 4.0"),
    WP_FAMILY_NT, 128, 12000, 0, 240, WP_REG_DWORD },
  { WP_PLATFORM_WIN2000, "win2000", N_("Windows 2000"),        N_("2000"),
    WP_FAMILY_NT, 256, 25000, 0, 240, WP_REG_DWORD },
  { WP_PLATFORM_WINXP,   "winxp",   N_("Windows XP"),          N_("XP"),
    WP_FAMILY_NT, 256, 25000, 0, 240, WP_REG_DWORD },
  { WP_PLATFORM_WIN2003, "win2003", N_("Windows Server 2003"), N_("2003"),
    WP_FAMILY_NT, 256, 25000, 0, 240, WP_REG_DWORD },
  /* Vista and later.  Pool ceilings: Microsoft, "Memory Limits for Windows
   * and Windows Server Releases" (limits.md, "Non-paged pool ceilings"), the
   * row of each version and column of each architecture; Server 2008 is in
   * the Windows 7 row there; "Server 2016+" is 2016, 2019, 2022 and 2025.
   * TIME_WAIT: 240 s, RFC 793's 2 MSL (limits.md,
   * "TIME_WAIT"): no Microsoft page for these versions says otherwise. */
  { WP_PLATFORM_VISTA_X86, "vista-x86", N_("Windows Vista x86"), N_("Vista x86"),
    WP_FAMILY_NT6, 0, 0, 0, 240, WP_REG_DWORD, 0 },   /* "limited by kernel address space" */
  { WP_PLATFORM_VISTA_X64, "vista-x64", N_("Windows Vista x64"), N_("Vista x64"),
    WP_FAMILY_NT6, 128 * 1024, 0, 0, 240, WP_REG_DWORD, 40 },
  { WP_PLATFORM_WIN7_X86, "win7-x86", N_("Windows 7, Server 2008 x86"), N_("7 x86"),
    WP_FAMILY_NT6, 2 * 1024, 0, 0, 240, WP_REG_DWORD, 75 },
  { WP_PLATFORM_WIN7_X64, "win7-x64", N_("Windows 7, Server 2008 (R2) x64"), N_("7 x64"),
    WP_FAMILY_NT6, 128 * 1024, 0, 0, 240, WP_REG_DWORD, 75 },
  { WP_PLATFORM_WIN81_X86, "win81-x86", N_("Windows 8.1 x86"), N_("8.1 x86"),
    WP_FAMILY_NT6, 2 * 1024, 0, 0, 240, WP_REG_DWORD, 75 },
  { WP_PLATFORM_WIN81_X64, "win81-x64", N_("Windows 8.1, Server 2012 R2 x64"), N_("8.1 x64"),
    WP_FAMILY_NT6, 16u * 1024 * 1024, 0, 0, 240, WP_REG_DWORD, 100 },
  { WP_PLATFORM_WIN10_X86, "win10-x86", N_("Windows 10 x86"), N_("10 x86"),
    WP_FAMILY_NT6, 2 * 1024, 0, 0, 240, WP_REG_DWORD, 75 },
  { WP_PLATFORM_WIN10_X64, "win10-x64", N_("Windows 10, 11, Server 2016+ x64"),
    N_("10, 11 x64"), WP_FAMILY_NT6, 128 * 1024, 0, 0, 240, WP_REG_DWORD, 100 },
};

gboolean
wp_platform_is_valid (int platform)
{
  return platform >= 0 && platform < WP_N_PLATFORMS;
}

const WpPlatformInfo *
wp_platform_info (WpPlatform platform)
{
  g_return_val_if_fail (wp_platform_is_valid (platform), NULL);

  return &platforms[platform];
}

/* The platform's full name, translated. */
const char *
wp_platform_name (WpPlatform platform)
{
  g_return_val_if_fail (wp_platform_is_valid (platform), NULL);

  return _(platforms[platform].name);
}

gboolean
wp_platform_from_id (const char *id,
                     WpPlatform *out_platform)
{
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < WP_N_PLATFORMS; i++)
    {
      if (g_ascii_strcasecmp (id, platforms[i].id) == 0)
        {
          if (out_platform)
            *out_platform = platforms[i].platform;
          return TRUE;
        }
    }

  return FALSE;
}

void
wp_limits_input_init (WpLimitsInput *input)
{
  g_return_if_fail (input != NULL);

  input->ram_mb = WP_RAM_MB_DEFAULT;
  input->max_user_port = WP_MAX_USER_PORT_DEFAULT;
  input->time_wait_s = WP_TIME_WAIT_PLATFORM;
  input->max_connections = WP_MAX_CONNECTIONS_DEFAULT;
  input->socketwrench_legacy = FALSE;
  input->need_connections = 0;
  input->need_rate = 0;
  input->connection_life_ms = 0;
  input->port_start = WP_PORT_RANGE_START_DEFAULT;
  input->port_count = WP_PORT_RANGE_COUNT_DEFAULT;
  input->connection_cost_kb = WP_CONNECTION_COST_KB_DEFAULT;
}

gboolean
wp_limits_input_is_valid (const WpLimitsInput *input)
{
  WpPortRange range;

  g_return_val_if_fail (input != NULL, FALSE);

  range = (WpPortRange) { input->port_start, input->port_count };
  if (wp_port_range_check (&range) != WP_PORT_RANGE_OK ||
      input->connection_cost_kb < WP_CONNECTION_COST_KB_MIN ||
      input->connection_cost_kb > WP_CONNECTION_COST_KB_MAX)
    return FALSE;

  return input->ram_mb >= WP_RAM_MB_MIN && input->ram_mb <= WP_RAM_MB_MAX &&
         input->max_user_port >= WP_MAX_USER_PORT_MIN &&
         input->max_user_port <= WP_MAX_USER_PORT_MAX &&
         (input->time_wait_s == WP_TIME_WAIT_PLATFORM ||
          (input->time_wait_s >= WP_TIME_WAIT_MIN &&
           input->time_wait_s <= WP_TIME_WAIT_MAX)) &&
         input->max_connections >= WP_MAX_CONNECTIONS_MIN &&
         input->connection_life_ms <= WP_CONNECTION_LIFE_MS_MAX;
}

/* Non-paged pool: RAM / 8, at most the platform's cap.  9x has none: 0. */
double
wp_limits_nonpaged_pool_mb (WpPlatform platform,
                            guint64    ram_mb)
{
  const WpPlatformInfo *info = wp_platform_info (platform);

  g_return_val_if_fail (info != NULL, 0.0);

  if (info->family == WP_FAMILY_NT6)
    return wp_limits_nt6_pool_kb (platform, ram_mb) / 1024.0;
  if (info->family != WP_FAMILY_NT)
    return 0.0;

  return MIN ((double) ram_mb / WP_POOL_RAM_DIVISOR, (double) info->pool_cap_mb);
}

/* About 4,000 sockets for every 64 MB of pool (4,000 per 512 MB of RAM).
 * Vista and later: the pool ÷ the default cost of a connection (the input's
 * cost: wp_limits_nt6_server_sockets()). */
guint
wp_limits_practical_sockets (WpPlatform platform,
                             guint64    ram_mb)
{
  double pool_mb;

  if (wp_platform_is_valid (platform) && platforms[platform].family == WP_FAMILY_NT6)
    return wp_limits_nt6_server_sockets (platform, ram_mb, WP_CONNECTION_COST_KB_DEFAULT);

  pool_mb = wp_limits_nonpaged_pool_mb (platform, ram_mb);

  return (guint) floor (pool_mb * WP_PRACTICAL_SOCKETS_PER_STEP /
                        WP_PRACTICAL_POOL_STEP_MB);
}

/* The theoretical maximum (12,000 / 25,000) is stated at the cap; below it,
 * it scales with the pool. */
guint
wp_limits_theoretical_sockets (WpPlatform platform,
                               guint64    ram_mb)
{
  const WpPlatformInfo *info = wp_platform_info (platform);
  double pool_mb;

  g_return_val_if_fail (info != NULL, 0);

  if (info->family != WP_FAMILY_NT)
    return 0;

  pool_mb = wp_limits_nonpaged_pool_mb (platform, ram_mb);
  return (guint) floor (pool_mb * info->theoretical_max / info->pool_cap_mb);
}

/* NT family: ports 1025..MaxUserPort (Vista and later: the dynamic port
 * range, wp_limits_nt6_compute(); 0 here).  Windows 95: 3,976 whatever the
 * input (it has no MaxUserPort); 98 and ME: 0, no source gives a limit. */
guint
wp_limits_client_ports (WpPlatform platform,
                        guint      max_user_port)
{
  const WpPlatformInfo *info = wp_platform_info (platform);

  g_return_val_if_fail (info != NULL, 0);

  if (info->family != WP_FAMILY_NT)
    return info->client_ports_fixed;

  max_user_port = CLAMP (max_user_port, WP_MAX_USER_PORT_MIN, WP_MAX_USER_PORT_MAX);
  return max_user_port - (WP_FIRST_CLIENT_PORT - 1);
}

/* The delay in force: the input on the NT family, whose TcpTimedWaitDelay
 * takes 30..300 s; the platform's default elsewhere (0 on 98 and ME). */
guint
wp_limits_time_wait (WpPlatform platform,
                     guint      time_wait_s)
{
  const WpPlatformInfo *info = wp_platform_info (platform);

  g_return_val_if_fail (info != NULL, WP_TIME_WAIT_MAX);

  if (time_wait_s == WP_TIME_WAIT_PLATFORM || info->family == WP_FAMILY_9X)
    return info->time_wait_default_s;

  return CLAMP (time_wait_s, WP_TIME_WAIT_MIN, WP_TIME_WAIT_MAX);
}

/* The RAM at which the pool reaches its cap: 1 GB on NT 4.0, 2 GB on 2000
 * and later; 0 for the 9x family, whose limit does not depend on RAM. */
guint64
wp_limits_knee_ram_mb (WpPlatform platform)
{
  const WpPlatformInfo *info = wp_platform_info (platform);

  g_return_val_if_fail (info != NULL, 0);

  if (info->family == WP_FAMILY_NT6)
    return wp_limits_nt6_knee_ram_mb (platform);
  return (guint64) info->pool_cap_mb * WP_POOL_RAM_DIVISOR;
}

/* Lowers *limit to @bound when @bound is strictly lower, naming @factor:
 * on a tie the factor already named stays. */
static void
wp_limits_bind (guint             bound,
            WpLimitingFactor  factor,
            guint            *limit,
            WpLimitingFactor *limited_by)
{
  if (bound < *limit)
    {
      *limit = bound;
      *limited_by = factor;
    }
}

/* A connection is a socket: the client limit is the least of the client
 * ports, the sockets the machine holds (the practical limit on the NT
 * family, MaxConnections on 9x) and SocketWrench's cap. */
static void
compute_client (const WpLimitsInput *input,
                WpLimits            *out)
{
  if (out->family == WP_FAMILY_NT6)
    {
      /* Where no source gives the pool (Vista x86) the ports alone bind. */
      out->client_limit = out->client_ports;
      out->client_limited_by = WP_LIMITED_BY_PORTS;
      if (out->has_server_limit)
        wp_limits_bind (out->practical_sockets, WP_LIMITED_BY_MEMORY,
                        &out->client_limit, &out->client_limited_by);
    }
  else if (out->family == WP_FAMILY_NT)
    {
      out->client_limit = out->client_ports;
      out->client_limited_by = WP_LIMITED_BY_PORTS;
      wp_limits_bind (out->practical_sockets, WP_LIMITED_BY_MEMORY,
                  &out->client_limit, &out->client_limited_by);
    }
  else
    {
      out->client_limit = out->max_connections;
      out->client_limited_by = WP_LIMITED_BY_REGISTRY;
      if (out->has_client_ports)
        wp_limits_bind (out->client_ports, WP_LIMITED_BY_PORTS,
                    &out->client_limit, &out->client_limited_by);
    }

  if (input->socketwrench_legacy)
    wp_limits_bind (WP_SOCKETWRENCH_PROCESS_CAP, WP_LIMITED_BY_PROCESS_CAP,
                &out->client_limit, &out->client_limited_by);

  out->has_rate = out->has_client_ports && out->time_wait_s > 0;
  if (out->has_rate)
    out->connections_per_s = (double) out->client_limit / out->time_wait_s;
}

void
wp_limits_compute (WpPlatform           platform,
                   const WpLimitsInput *input,
                   WpLimits            *out)
{
  const WpPlatformInfo *info = wp_platform_info (platform);
  guint64 ram_mb;

  g_return_if_fail (info != NULL);
  g_return_if_fail (input != NULL);
  g_return_if_fail (out != NULL);

  memset (out, 0, sizeof *out);
  out->platform = platform;
  out->family = info->family;

  ram_mb = CLAMP (input->ram_mb, WP_RAM_MB_MIN, WP_RAM_MB_MAX);

  out->client_ports = wp_limits_client_ports (platform, input->max_user_port);
  out->has_client_ports = out->client_ports > 0;
  out->time_wait_s = wp_limits_time_wait (platform, input->time_wait_s);
  out->has_server_limit = TRUE;

  if (info->family == WP_FAMILY_NT6)
    wp_limits_nt6_compute (input, ram_mb, out);
  else if (info->family == WP_FAMILY_NT)
    {
      out->has_pool = TRUE;
      out->nonpaged_pool_mb = wp_limits_nonpaged_pool_mb (platform, ram_mb);
      out->pool_cap_mb = info->pool_cap_mb;
      out->pool_capped = ram_mb >= wp_limits_knee_ram_mb (platform);
      out->practical_sockets = wp_limits_practical_sockets (platform, ram_mb);
      out->theoretical_sockets = wp_limits_theoretical_sockets (platform, ram_mb);
      out->server_limit = out->practical_sockets;
      out->server_limited_by = WP_LIMITED_BY_MEMORY;
    }
  else
    {
      out->max_connections = MAX (input->max_connections, WP_MAX_CONNECTIONS_MIN);
      out->max_connections_unstable = out->max_connections > WP_MAX_CONNECTIONS_STABLE;
      out->server_limit = out->max_connections;
      out->server_limited_by = WP_LIMITED_BY_REGISTRY;
    }

  if (input->socketwrench_legacy)
    wp_limits_bind (WP_SOCKETWRENCH_PROCESS_CAP, WP_LIMITED_BY_PROCESS_CAP,
                &out->server_limit, &out->server_limited_by);
  compute_client (input, out);
}

/* The sustained rate times @scale, rounded down, from the whole numbers it
 * comes from (no floating point: 3977 / 30 is 132, 13256 hundredths). */
guint64
wp_limits_rate_floor (const WpLimits *limits,
                      guint           scale)
{
  g_return_val_if_fail (limits != NULL, 0);

  if (!limits->has_rate)
    return 0;

  return (guint64) limits->client_limit * scale / limits->time_wait_s;
}

const char *
wp_limiting_factor_id (WpLimitingFactor factor)
{
  switch (factor)
    {
    case WP_LIMITED_BY_MEMORY:
      return "memory";
    case WP_LIMITED_BY_PORTS:
      return "ports";
    case WP_LIMITED_BY_REGISTRY:
      return "registry";
    case WP_LIMITED_BY_PROCESS_CAP:
      return "process-cap";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The factor in words, translated. */
const char *
wp_limiting_factor_label (WpLimitingFactor factor)
{
  switch (factor)
    {
    case WP_LIMITED_BY_MEMORY:
      return _("non-paged pool");
    case WP_LIMITED_BY_PORTS:
      return _("client ports");
    case WP_LIMITED_BY_REGISTRY:
      return _("MaxConnections setting");
    case WP_LIMITED_BY_PROCESS_CAP:
      return _("SocketWrench per-process cap");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Whether two platforms draw the same sockets-versus-RAM curve, so the
 * chart can give them one series (2000/XP/2003; 95/98/ME). */
gboolean
wp_platforms_share_curve (WpPlatform a,
                          WpPlatform b)
{
  const WpPlatformInfo *ia = wp_platform_info (a);
  const WpPlatformInfo *ib = wp_platform_info (b);

  g_return_val_if_fail (ia != NULL && ib != NULL, FALSE);

  return ia->family == ib->family &&
         ia->pool_cap_mb == ib->pool_cap_mb &&
         ia->pool_ram_pct == ib->pool_ram_pct &&
         ia->theoretical_max == ib->theoretical_max;
}
