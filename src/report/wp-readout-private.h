/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The readouts of Vista and later (wp-readout-nt6.c), used by wp-readout.c. */
#pragma once

#include "limits/wp-limits.h"

G_BEGIN_DECLS

char *wp_readout_nt6_server        (const WpLimits      *limits,
                                    const char          *name,
                                    const char          *ram);
char *wp_readout_nt6_client_memory (const WpLimits      *limits);
void  wp_readout_nt6_append_netsh  (GString             *text,
                                    WpPlatform           platform,
                                    const WpLimitsInput *input);

G_END_DECLS
