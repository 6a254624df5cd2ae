/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The socket-limit calculator: a table of Windows platforms and pure
 * functions over it.  Every figure comes from Catalyst KB 100072 (the
 * project's specification) or the sourced facts in shared/domain/limits.md.
 * No GTK here; the model layer registers these enums as GTypes (their
 * nicks are the ids: "win2000", "process-cap").
 */
#pragma once

#include <glib.h>

#include "limits/wp-workload.h"

G_BEGIN_DECLS

typedef enum
{
  WP_PLATFORM_WIN95,
  WP_PLATFORM_WIN98,
  WP_PLATFORM_WINME,
  WP_PLATFORM_NT4,
  WP_PLATFORM_WIN2000,
  WP_PLATFORM_WINXP,
  WP_PLATFORM_WIN2003,
  /* Vista and later (wp-limits-nt6.c): not in the specification; figures
   * from shared/domain/limits.md, each named by version and architecture. */
  WP_PLATFORM_VISTA_X86,
  WP_PLATFORM_VISTA_X64,
  WP_PLATFORM_WIN7_X86,
  WP_PLATFORM_WIN7_X64,
  WP_PLATFORM_WIN81_X86,
  WP_PLATFORM_WIN81_X64,
  WP_PLATFORM_WIN10_X86,
  WP_PLATFORM_WIN10_X64,
  WP_N_PLATFORMS /*< skip >*/
} WpPlatform;

/* The specification's seven platforms come first. */
#define WP_N_SOURCE_PLATFORMS (WP_PLATFORM_WIN2003 + 1)

/* A bit per platform, for sets of platforms (visible series, --platform). */
#define WP_PLATFORM_BIT(p) (1u << (p))
#define WP_PLATFORMS_ALL ((1u << WP_N_PLATFORMS) - 1)
#define WP_PLATFORMS_SOURCE ((1u << WP_N_SOURCE_PLATFORMS) - 1)
#define WP_PLATFORMS_NT6 (WP_PLATFORMS_ALL & ~WP_PLATFORMS_SOURCE)

typedef enum
{
  WP_FAMILY_9X,
  WP_FAMILY_NT,
  WP_FAMILY_NT6,   /* Vista and later: the dynamic port range, the pool by version */
} WpFamily;

typedef enum
{
  WP_REG_DWORD,
  WP_REG_SZ,
} WpRegType;

/* Why a limit is what it is, so the UI can say so. */
typedef enum
{
  WP_LIMITED_BY_MEMORY,        /* the non-paged pool (NT family) */
  WP_LIMITED_BY_PORTS,         /* ephemeral ports: 1025..MaxUserPort; 3,976 on 95 */
  WP_LIMITED_BY_REGISTRY,      /* MaxConnections (9x) */
  WP_LIMITED_BY_PROCESS_CAP,   /* SocketWrench 3.6 and earlier */
} WpLimitingFactor;

/* Input ranges and defaults (KB 100072; TcpTimedWaitDelay: limits.md). */
#define WP_RAM_MB_MIN              1ull
#define WP_RAM_MB_MAX              (16ull * 1024 * 1024)   /* 16 TB */
#define WP_RAM_MB_DEFAULT          2048ull
#define WP_MAX_USER_PORT_MIN       5000u
#define WP_MAX_USER_PORT_MAX       65534u
#define WP_MAX_USER_PORT_DEFAULT   5000u
#define WP_FIRST_CLIENT_PORT       1025u   /* clients get 1025..MaxUserPort */
#define WP_TIME_WAIT_MIN           30u
#define WP_TIME_WAIT_MAX           300u
#define WP_TIME_WAIT_PLATFORM      0u      /* "use the platform's default" */
#define WP_MAX_CONNECTIONS_MIN     1u
#define WP_MAX_CONNECTIONS_MAX     G_MAXUINT32  /* a registry DWORD */
#define WP_MAX_CONNECTIONS_DEFAULT 100u
#define WP_MAX_CONNECTIONS_STABLE  300u    /* above this: "may be unstable" */
#define WP_SOCKETWRENCH_PROCESS_CAP 1000u  /* SocketWrench <= 3.6, per process */
#define WP_WIN95_CLIENT_PORTS      3976u   /* KB 170791: Windows 95 only */

/* Practical sockets: about 4,000 for every 512 MB of RAM, that is for
 * every 64 MB of non-paged pool (RAM / 8). */
#define WP_PRACTICAL_SOCKETS_PER_STEP 4000u
#define WP_PRACTICAL_POOL_STEP_MB     64u
#define WP_POOL_RAM_DIVISOR           8u

/* Vista and later (shared/domain/limits.md, "Cost of one connection"): the
 * non-paged pool one connection takes is an input, by default the source's
 * implied practical 16 KB (64 MB of pool per 4,000 sockets); the sockets
 * never exceed TcpNumConnections' ceiling (Microsoft, Win32_Network-
 * AdapterConfiguration SetTcpNumConnections). */
#define WP_CONNECTION_COST_KB_MIN     1u
#define WP_CONNECTION_COST_KB_MAX     65536u  /* 64 MB: far above any measurement */
#define WP_CONNECTION_COST_KB_DEFAULT 16u     /* limits.md: ~16 KB (64 MB / 4,000 = 16.4) */
#define WP_TCP_NUM_CONNECTIONS_MAX    16777214u

typedef struct
{
  WpPlatform  platform;
  const char *id;                  /* stable: "win95" … "win2003" */
  const char *name;                /* N_() marked, translate with _() */
  const char *short_name;          /* N_() marked: "95", "NT 4.0", … */
  WpFamily    family;
  guint       pool_cap_mb;         /* NT: 128 or 256; 9x: 0 */
  guint       theoretical_max;     /* NT: 12,000 or 25,000 at the cap; 9x: 0 */
  guint       client_ports_fixed;  /* 95: 3,976 (KB 170791); 98/ME: 0, none sourced */
  guint       time_wait_default_s; /* 240; 0 where no source gives one (98/ME) */
  WpRegType   max_connections_type; /* 9x only: DWORD on 95, string on 98/ME */
  guint       pool_ram_pct;        /* NT6: the pool's share of RAM; 0 = no figure */
} WpPlatformInfo;

typedef struct
{
  guint64  ram_mb;              /* physical RAM */
  guint    max_user_port;       /* NT family */
  guint    time_wait_s;         /* WP_TIME_WAIT_PLATFORM or 30..300 */
  guint    max_connections;     /* 9x family */
  gboolean socketwrench_legacy; /* SocketWrench 3.6 or earlier */
  guint    need_connections;    /* the target (wp-target.h): 0 = none */
  guint    need_rate;           /* new connections per second: 0 = none */
  guint64  connection_life_ms;  /* their mean life (wp-workload.h): 0 = none */
  guint    port_start;          /* NT6: the dynamic port range (wp-workload.h) */
  guint    port_count;
  guint    connection_cost_kb;  /* NT6: non-paged pool per connection, an assumption */
} WpLimitsInput;

typedef struct
{
  WpPlatform platform;
  WpFamily   family;

  /* NT family only (has_pool): the pool and the server sockets it holds. */
  gboolean   has_pool;
  double     nonpaged_pool_mb;
  guint      pool_cap_mb;
  gboolean   pool_capped;        /* RAM / 8 (NT6: the share of RAM) reached the cap */
  guint      practical_sockets;
  guint      theoretical_sockets;

  /* 9x family only. */
  guint      max_connections;
  gboolean   max_connections_unstable; /* above 300: a warning, not an error */

  /* Client side.  98 and ME have no sourced port limit or TIME_WAIT:
   * has_client_ports and has_rate are FALSE there and the figures 0. */
  gboolean   has_client_ports;
  guint      client_ports;       /* NT: MaxUserPort - 1024; 95: 3,976 */
  gboolean   has_rate;
  guint      time_wait_s;        /* the delay in force */
  double     connections_per_s;  /* client limit / TIME_WAIT, sustained */

  /* What one application can use, and why. */
  guint            server_limit;
  WpLimitingFactor server_limited_by;
  guint            client_limit;
  WpLimitingFactor client_limited_by;

  /* NT6 only: the assumed cost the server sockets come from; FALSE where
   * no source gives the pool (Vista x86): no server figure, "—". */
  guint      connection_cost_kb;
  gboolean   has_server_limit;
} WpLimits;

const WpPlatformInfo *wp_platform_info          (WpPlatform platform);
const char           *wp_platform_name          (WpPlatform platform);
gboolean              wp_platform_from_id       (const char *id,
                                                 WpPlatform *out_platform);
gboolean              wp_platform_is_valid      (int platform);

void                  wp_limits_input_init      (WpLimitsInput *input);
gboolean              wp_limits_input_is_valid  (const WpLimitsInput *input);

double                wp_limits_nonpaged_pool_mb (WpPlatform platform,
                                                  guint64    ram_mb);
guint                 wp_limits_practical_sockets (WpPlatform platform,
                                                   guint64    ram_mb);
guint                 wp_limits_theoretical_sockets (WpPlatform platform,
                                                     guint64    ram_mb);
guint                 wp_limits_client_ports    (WpPlatform platform,
                                                 guint      max_user_port);
guint                 wp_limits_time_wait       (WpPlatform platform,
                                                 guint      time_wait_s);
guint64               wp_limits_knee_ram_mb     (WpPlatform platform);
guint64               wp_limits_rate_floor      (const WpLimits *limits,
                                                 guint           scale);

void                  wp_limits_compute         (WpPlatform           platform,
                                                 const WpLimitsInput *input,
                                                 WpLimits            *out);

const char           *wp_limiting_factor_id     (WpLimitingFactor factor);
const char           *wp_limiting_factor_label  (WpLimitingFactor factor);

gboolean              wp_platforms_share_curve  (WpPlatform a,
                                                 WpPlatform b);

/* The ports a client's connections take their local port from: NT
 * 1025..MaxUserPort, Vista and later the dynamic port range; FALSE on the
 * 9x family (no range: 95's 3,976 is a count, KB 170791). */
gboolean              wp_limits_client_port_range (WpPlatform           platform,
                                                   const WpLimitsInput *input,
                                                   WpPortRange         *out_range);

/* Vista and later (wp-limits-nt6.c). */
guint64               wp_limits_nt6_pool_kb     (WpPlatform platform,
                                                 guint64    ram_mb);
guint                 wp_limits_nt6_server_sockets (WpPlatform platform,
                                                    guint64    ram_mb,
                                                    guint      cost_kb);
guint64               wp_limits_nt6_knee_ram_mb (WpPlatform platform);
gboolean              wp_limits_nt6_ram_for_sockets (WpPlatform platform,
                                                     guint64    sockets,
                                                     guint      cost_kb,
                                                     guint64   *out_ram_mb);
void                  wp_limits_nt6_compute     (const WpLimitsInput *input,
                                                 guint64              ram_mb,
                                                 WpLimits            *out);

G_END_DECLS
