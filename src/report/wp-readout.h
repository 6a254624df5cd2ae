/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The readouts: a platform's figures in sentences a customer understands,
 * numbers in the user's locale.  Pure functions, no GTK. */
#pragma once

#include "limits/wp-limits.h"

G_BEGIN_DECLS

char *wp_readout_server   (const WpLimits      *limits,
                           guint64              ram_mb);
char *wp_readout_client   (const WpLimits      *limits);
char *wp_readout_socketwrench (void);
char *wp_readout_registry (WpPlatform           platform,
                           const WpLimitsInput *input);

G_END_DECLS
