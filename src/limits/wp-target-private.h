/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What wp-target.c shares with wp-target-ports.c and wp-target-format.c;
 * not for other layers. */
#pragma once

#include "wp-target.h"

G_BEGIN_DECLS

guint64      wp_target_rate_ports      (const WpLimitsInput *input,
                                        guint                time_wait_s);
WpNeedStatus wp_target_check_candidate (WpPlatform           platform,
                                        const WpLimitsInput *trial,
                                        gboolean             for_connections,
                                        gboolean             for_rate);
char        *wp_target_format_port_needs (const WpTargetVerdict *verdict);

G_END_DECLS
