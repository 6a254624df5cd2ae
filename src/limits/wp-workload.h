/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Port headroom for a workload of outgoing connections: how many client
 * ports a steady rate of new connections keeps in use, and when a range of
 * ports runs out.  Pure integer arithmetic, GLib only.
 *
 * A connection holds its local port for its life and then for TIME_WAIT
 * (shared/domain/limits.md, "TIME_WAIT"), so at a steady rate r the ports
 * in use are r × (life + TIME_WAIT) — Little's law.  Rates are in
 * thousandths of a connection a second and lives in milliseconds, so that
 * 0.5 connections a second or a 250 ms connection are exact.  A need is
 * never rounded down and a maximum never up (limits.md, "How the figures
 * combine").
 *
 * The port ranges of Windows Vista and later (the dynamic port range):
 * default 49152..65535, 16,384 ports (Microsoft KB 929851), set as a start
 * and a number of ports; at least 255 ports, and the range ends at 65535
 * at most (limits.md, "Vista and later: dynamic port range").
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WP_PORT_RANGE_START_DEFAULT 49152u   /* KB 929851 */
#define WP_PORT_RANGE_COUNT_DEFAULT 16384u   /* KB 929851: 49152..65535 */
#define WP_PORT_RANGE_START_MIN     1025u
#define WP_PORT_RANGE_COUNT_MIN     255u
#define WP_PORT_RANGE_END_MAX       65535u

/* The longest mean connection life taken, an hour: with a rate up to a
 * registry DWORD (WP_NEED_MAX) and TIME_WAIT up to 300 s, rate × (life +
 * TIME_WAIT) in thousandths × milliseconds stays below 2^64. */
#define WP_CONNECTION_LIFE_MS_MAX   (3600ull * 1000)

/* From this share of the range in use (percent), a workload is a warning. */
#define WP_WORKLOAD_WARN_PCT        80u

typedef struct
{
  guint start;   /* the first port */
  guint count;   /* how many ports */
} WpPortRange;

typedef enum
{
  WP_PORT_RANGE_OK,
  WP_PORT_RANGE_START_TOO_LOW,   /* start below 1025 */
  WP_PORT_RANGE_TOO_SMALL,       /* fewer than 255 ports */
  WP_PORT_RANGE_PAST_END,        /* start + count - 1 beyond 65535 */
} WpPortRangeCheck;

typedef struct
{
  guint64 rate_milli;   /* new connections a second, × 1000 */
  guint64 life_ms;      /* the mean life of a connection */
  guint   time_wait_s;  /* the TIME_WAIT in force */
} WpWorkload;

typedef struct
{
  guint64  ports_in_use;   /* at steady state, rounded up */
  gint64   headroom_pct;   /* (ports − in use) / ports, rounded down; < 0 when short */
  guint64  max_rate_milli; /* the rate at which the ports run out, rounded down */
  gboolean holds;          /* in use ≤ ports */
  gboolean warning;        /* in use ≥ 80 % of the ports */
  guint64  exhaustion_ms;  /* !holds: from an empty range to none left, rounded down */
} WpHeadroom;

void             wp_port_range_init_default (WpPortRange       *range);
WpPortRangeCheck wp_port_range_check        (const WpPortRange *range);
guint            wp_port_range_end          (const WpPortRange *range);
char            *wp_port_range_format_netsh (const WpPortRange *range);

guint64          wp_workload_ports_in_use   (const WpWorkload  *workload);
void             wp_workload_headroom       (const WpWorkload  *workload,
                                             guint64            ports,
                                             WpHeadroom        *out);

G_END_DECLS
