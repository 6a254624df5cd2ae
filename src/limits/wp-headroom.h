/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A version's port headroom for the workload of the inputs: the target's
 * new connections a second (need_rate) and their mean life
 * (connection_life_ms), held against the client limit the calculator gives
 * at the TIME_WAIT in force (wp-workload.h has the arithmetic).
 *
 * The capacity is the client limit, not the bare port count: a connection
 * in TIME_WAIT is a socket too, so no more can be in use than the socket
 * ceiling holds (limits.md, "How the figures combine"); where the ports
 * bind, the two are the same.  So a version holds the workload exactly
 * when it meets the target's rate (wp-target.h).
 *
 * Ports are counted system-wide: no source in limits.md says Windows
 * reuses a local port per remote address and port, so the number of
 * remote endpoints is no input.  98 and ME have no sourced ports or
 * TIME_WAIT: no headroom there.
 */
#pragma once

#include "wp-limits.h"
#include "wp-workload.h"

G_BEGIN_DECLS

gboolean  wp_headroom_capacity        (WpPlatform           platform,
                                       const WpLimitsInput *input,
                                       guint64             *out_ports,
                                       guint               *out_time_wait_s);
gboolean  wp_headroom_at_rate         (WpPlatform           platform,
                                       const WpLimitsInput *input,
                                       guint64              rate_milli,
                                       WpHeadroom          *out);
gboolean  wp_headroom_compute         (WpPlatform           platform,
                                       const WpLimitsInput *input,
                                       WpHeadroom          *out);

char     *wp_headroom_format_rate     (guint64              rate_milli);
char     *wp_headroom_format_duration (guint64              ms);
char     *wp_headroom_format_pct      (gint64               pct);
char     *wp_headroom_format_life     (guint64              life_ms);
void      wp_headroom_format_cells    (WpPlatform           platform,
                                       const WpLimitsInput *input,
                                       char               **out_in_use,
                                       char               **out_headroom,
                                       char               **out_exhaustion);
char     *wp_headroom_format_csv      (WpPlatform           platform,
                                       const WpLimitsInput *input);
char     *wp_headroom_format_sentence (WpPlatform           platform,
                                       const WpLimitsInput *input);

G_END_DECLS
