/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Inside the importer: the stream's state (wp-import.c) and what the line
 * readers (wp-import-line.c) fill in. */
#pragma once

#include "wp-import.h"

#define WP_IMPORT_N_PORTS 65536u

typedef enum
{
  IMPORT_ENCODING_UNKNOWN,   /* too few bytes yet to tell */
  IMPORT_ENCODING_UTF8,
  IMPORT_ENCODING_UTF16LE,
} ImportEncoding;

/* The columns of Get-NetTCPConnection's CSV, once its header is read. */
typedef struct
{
  gboolean found;
  int      local_port;
  int      state;
  int      pid;          /* -1: no OwningProcess column */
  int      needed;       /* the fields a row must have */
} ImportCsvColumns;

struct _WpImport
{
  ImportEncoding   encoding;
  guint8           head[3];        /* the first bytes, until the encoding is known */
  gsize            n_head;
  gboolean         has_odd_byte;   /* UTF-16LE: half a code unit */
  guint8           odd_byte;
  GString         *line;
  gboolean         line_too_long;
  gboolean         finished;

  gboolean         seen_data;      /* a line understood: no more headers */
  ImportCsvColumns csv;
  guint            netsh_numbers;  /* "label : number" lines seen */

  WpImportCounts   counts;
  guint32          ports[WP_IMPORT_N_PORTS / 32];  /* local ports of connections */
  GHashTable      *processes;      /* pid → guint64 *connections */
  GPtrArray       *shown;          /* NULL-terminated: the first lines not understood */
};

/* One whole line, without its line break, in UTF-8 (or the bytes read). */
void wp_import_read_line (WpImport   *self,
                          const char *line,
                          gsize       length);
