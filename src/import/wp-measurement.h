/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpMeasurement: what one import found, kept after its WpImport is gone —
 * an immutable, reference-counted snapshot (the reference count is atomic:
 * a worker thread may read a file and hand the snapshot to the main one).
 * The counts by state, the connections (TCP, not LISTENING), the local
 * ports of those connections and of them the ports with a connection in
 * TIME_WAIT (a bit per port), the processes with the most ports in use,
 * the lines not understood and the first few of them.  GLib only.
 *
 * "62 % of client ports in use (9,912 of 16,384), 71 % of them in
 * TIME_WAIT": wp_measurement_measure_range() over a platform's client
 * range (wp_limits_client_port_range()).
 */
#pragma once

#include <glib.h>

#include "import/wp-import.h"
#include "limits/wp-limits.h"
#include "limits/wp-workload.h"

G_BEGIN_DECLS

/* How many processes a measurement keeps, those with most ports first. */
#define WP_MEASUREMENT_TOP_PROCESSES 10u

typedef struct _WpMeasurement WpMeasurement;

/* The measured ports inside one client range. */
typedef struct
{
  WpPortRange range;          /* the range measured */
  guint       in_use;         /* distinct local ports of connections inside it */
  guint       time_wait;      /* of those, the ports with a connection in TIME_WAIT */
  guint       in_use_pct;     /* in_use × 100 ÷ range.count, rounded up */
  guint       time_wait_pct;  /* time_wait × 100 ÷ in_use, rounded down; 0 when none */
} WpMeasuredPorts;

/* Finishes @import (if not yet) and copies what it counted: @import may be
 * freed after, or fed no more. */
WpMeasurement        *wp_import_take_measurement      (WpImport            *import);

WpMeasurement        *wp_measurement_ref              (WpMeasurement       *self);
void                  wp_measurement_unref            (WpMeasurement       *self);

const WpImportCounts *wp_measurement_get_counts       (const WpMeasurement *self);
guint64               wp_measurement_get_connections  (const WpMeasurement *self);
guint64               wp_measurement_get_time_wait    (const WpMeasurement *self);
guint64               wp_measurement_get_not_understood (const WpMeasurement *self);
/* Whether any line was understood (a TCP or UDP line, netsh's range): a
 * file of something else has none, and no line "not understood" either
 * (before the first line understood, all are headings). */
gboolean              wp_measurement_has_data         (const WpMeasurement *self);
/* NULL-terminated, at most WP_IMPORT_SHOWN_LINES, valid UTF-8. */
const char * const   *wp_measurement_get_shown_lines  (const WpMeasurement *self);
/* netsh's dynamic port range, when the input held it. */
gboolean              wp_measurement_get_port_range   (const WpMeasurement *self,
                                                       WpPortRange         *out_range);

/* The bitmaps: a port with a connection (not LISTENING), and one of them
 * in TIME_WAIT; counted over first_port..last_port (inclusive). */
gboolean              wp_measurement_port_in_use      (const WpMeasurement *self,
                                                       guint                port);
gboolean              wp_measurement_port_in_time_wait (const WpMeasurement *self,
                                                       guint                port);
guint                 wp_measurement_client_ports     (const WpMeasurement *self,
                                                       guint                first_port,
                                                       guint                last_port);
guint                 wp_measurement_client_ports_time_wait (const WpMeasurement *self,
                                                             guint                first_port,
                                                             guint                last_port);
void                  wp_measurement_measure_range    (const WpMeasurement *self,
                                                       const WpPortRange   *range,
                                                       WpMeasuredPorts     *out);
/* In @platform's client range with @input: FALSE (and *out zeroed) where
 * it has none, the 9x family (wp_limits_client_port_range()). */
gboolean              wp_measurement_measure_platform (const WpMeasurement *self,
                                                       WpPlatform           platform,
                                                       const WpLimitsInput *input,
                                                       WpMeasuredPorts     *out);

/* The processes with most ports in use, at most WP_MEASUREMENT_TOP_PROCESSES
 * (wp_import_top_processes()'s order); how many in *out_processes.  Only
 * netstat -ano and the CSV's OwningProcess name processes. */
guint                 wp_measurement_get_top_processes (const WpMeasurement    *self,
                                                        const WpImportProcess **out_processes);
/* How many processes had a connection, the top ones and the rest. */
guint                 wp_measurement_get_n_processes  (const WpMeasurement *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpMeasurement, wp_measurement_unref)

G_END_DECLS
