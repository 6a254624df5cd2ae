/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * What a Windows machine reports about its connections, read as a stream:
 * the text of `netstat -ano` or `netstat -an` (any Windows version, any
 * display language: the English state names are recognised, others
 * counted as "other"), the CSV of `Get-NetTCPConnection | Export-Csv`, and
 * `netsh int ipv4 show dynamicport tcp` (the port range).  CRLF or LF;
 * UTF-8 (with or without a BOM) or UTF-16LE (PowerShell's `>`).
 *
 * Memory does not grow with the input: a line at a time, a bit per local
 * port, a count per process.  A line not understood is counted (and the
 * first few kept to show), never fatal.  GLib only.
 */
#pragma once

#include <glib.h>

#include "limits/wp-workload.h"

G_BEGIN_DECLS

/* The TCP states, as netstat and Get-NetTCPConnection name them. */
typedef enum
{
  WP_TCP_CLOSED,
  WP_TCP_LISTENING,
  WP_TCP_SYN_SENT,
  WP_TCP_SYN_RECEIVED,
  WP_TCP_ESTABLISHED,
  WP_TCP_FIN_WAIT_1,
  WP_TCP_FIN_WAIT_2,
  WP_TCP_CLOSE_WAIT,
  WP_TCP_CLOSING,
  WP_TCP_LAST_ACK,
  WP_TCP_TIME_WAIT,
  WP_TCP_DELETE_TCB,
  WP_TCP_BOUND,
  WP_TCP_OTHER,            /* a name not recognised (another language) */
  WP_N_TCP_STATES
} WpTcpState;

/* How many lines not understood are kept to show, and how long each. */
#define WP_IMPORT_SHOWN_LINES     3u
#define WP_IMPORT_MAX_LINE_BYTES  1024u

typedef struct
{
  guint64     by_state[WP_N_TCP_STATES];  /* TCP connections */
  guint64     connections;    /* TCP, not LISTENING */
  guint64     udp;            /* UDP endpoints (understood, not counted above) */
  guint64     lines;          /* every line read, blank ones included */
  guint64     not_understood;
  gboolean    has_port_range; /* from netsh's output */
  WpPortRange port_range;
} WpImportCounts;

typedef struct
{
  guint   pid;
  guint64 connections;        /* TCP, not LISTENING */
  guint   ports;              /* distinct local ports of those it owns (0 = TIME_WAIT's) */
} WpImportProcess;

typedef struct _WpImport WpImport;

WpImport             *wp_import_new             (void);
void                  wp_import_free            (WpImport      *self);
void                  wp_import_feed            (WpImport      *self,
                                                 const guint8  *data,
                                                 gsize          size);
void                  wp_import_finish          (WpImport      *self);

const WpImportCounts *wp_import_get_counts      (WpImport      *self);
const char * const   *wp_import_get_shown_lines (WpImport      *self);
guint                 wp_import_client_ports    (WpImport      *self,
                                                 guint          first_port,
                                                 guint          last_port);
guint                 wp_import_top_processes   (WpImport        *self,
                                                 guint            max,
                                                 WpImportProcess *out);

guint                 wp_import_n_processes     (WpImport        *self);

const char           *wp_tcp_state_id           (WpTcpState     state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WpImport, wp_import_free)

G_END_DECLS
