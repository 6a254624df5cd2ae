/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A target to plan against: "N concurrent connections" and/or "R new
 * connections per second" (WpLimitsInput's need_connections, need_rate;
 * 0 = no target).  Pure functions over the calculator: whether a version
 * meets the target and, where it does not, the least RAM, the least
 * MaxUserPort or the longest TIME_WAIT that would.  Exact integer maths:
 * a maximum is never rounded up, a need never rounded down.
 *
 * The connections target is held against the server limit, the sockets
 * the machine holds for one application (limits.md: a connection is a
 * socket); the rate against the client limit / TIME_WAIT.
 */
#pragma once

#include "wp-limits.h"

G_BEGIN_DECLS

/* Each part of the target: 0 (none) up to a registry DWORD. */
#define WP_NEED_MAX G_MAXUINT32

typedef enum
{
  WP_NEED_NONE,         /* no such target, or the version has no such input */
  WP_NEED_UNREACHABLE,  /* that input cannot make this version meet it */
  WP_NEED_FOUND,        /* the value that would */
} WpNeedStatus;

typedef struct
{
  WpNeedStatus status;
  guint64      value;
} WpNeed;

typedef struct
{
  gboolean has_target;
  gboolean meets;              /* both parts of the target */
  gboolean meets_connections;  /* TRUE without a connections target */
  gboolean meets_rate;         /* TRUE without a rate target */
  gboolean rate_unsourced;     /* a rate asked of 98/ME, which have none */
  WpNeed   ram_mb;             /* NT: the least RAM that holds N */
  WpNeed   max_user_port;      /* NT: the least MaxUserPort for R */
  WpNeed   time_wait_s;        /* NT: the longest TIME_WAIT for R */
  WpNeed   max_connections;    /* 9x: the least MaxConnections for both */
  WpNeed   port_count;         /* NT6: the least dynamic port range for R */
  guint    port_start;         /* with port_count: the range's start */
  gboolean port_start_lowest;  /* that start is 1025: the current one leaves no room */
  WpNeed   port_time_wait_s;   /* NT6, the widest range short: the TIME_WAIT with it */
} WpTargetVerdict;

gboolean     wp_target_parse_need           (const char          *text,
                                             guint               *out_need,
                                             GError             **error);
gboolean     wp_target_given                (const WpLimitsInput *input);
WpNeedStatus wp_target_ram_needed_mb        (WpPlatform           platform,
                                             const WpLimitsInput *input,
                                             guint64             *out_ram_mb);
WpNeedStatus wp_target_max_user_port_needed (WpPlatform           platform,
                                             const WpLimitsInput *input,
                                             guint64             *out_port);
WpNeedStatus wp_target_time_wait_needed     (WpPlatform           platform,
                                             const WpLimitsInput *input,
                                             guint64             *out_s);
WpNeedStatus wp_target_max_connections_needed (WpPlatform           platform,
                                               const WpLimitsInput *input,
                                               guint64             *out_count);
WpNeedStatus wp_target_port_count_needed    (WpPlatform           platform,
                                             const WpLimitsInput *input,
                                             guint               *out_start,
                                             guint64             *out_count);
WpNeedStatus wp_target_port_time_wait_needed (WpPlatform           platform,
                                              const WpLimitsInput *input,
                                              guint64             *out_s);
void         wp_target_verdict              (WpPlatform           platform,
                                             const WpLimitsInput *input,
                                             WpTargetVerdict     *out);
const char  *wp_target_format_word          (const WpTargetVerdict *verdict);
char        *wp_target_format_verdict       (const WpTargetVerdict *verdict);
char        *wp_target_format_needs         (const WpTargetVerdict *verdict);
char        *wp_target_format_target        (const WpLimitsInput *input);
char        *wp_target_format_sentence      (WpPlatform           platform,
                                             const WpLimitsInput *input);

G_END_DECLS
