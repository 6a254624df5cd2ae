/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The readouts: a platform's figures in sentences a customer understands,
 * numbers in the user's locale.  Pure functions, no GTK. */
#pragma once

#include "import/wp-measurement.h"
#include "limits/wp-limits.h"

G_BEGIN_DECLS

char *wp_readout_server   (const WpLimits      *limits,
                           guint64              ram_mb);
char *wp_readout_client   (const WpLimits      *limits);
char *wp_readout_socketwrench (void);
char *wp_readout_registry (WpPlatform           platform,
                           const WpLimitsInput *input);

/* The readouts' key figures on their own, for large numbers (presentation
 * mode): the same numbers with the same "about" the sentences give them,
 * "—" where a figure does not apply to the platform. */
typedef enum
{
  WP_READOUT_FIGURE_SERVER,       /* the server readout's headline */
  WP_READOUT_FIGURE_THEORETICAL,  /* NT family: the pool's theoretical count */
  WP_READOUT_FIGURE_CLIENTS,      /* outgoing connections */
  WP_READOUT_FIGURE_RATE,         /* new connections per second */
  WP_READOUT_N_FIGURES
} WpReadoutFigure;

/* An import's (wp-readout-measured.c). */
char *wp_readout_measured_ports       (const WpMeasuredPorts *ports);
char *wp_readout_measured_connections (guint64                connections,
                                       guint64                time_wait);
char *wp_readout_not_understood       (guint64                lines);
char *wp_readout_measured             (const WpMeasurement   *measurement,
                                       WpPlatform             platform,
                                       const WpLimitsInput   *input);

const char *wp_readout_figure_title (WpReadoutFigure  figure);
char       *wp_readout_figure       (const WpLimits  *limits,
                                     WpReadoutFigure  figure);

G_END_DECLS
