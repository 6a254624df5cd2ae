/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Inside the importer: the stream's state (wp-import.c) and what the line
 * readers (wp-import-line.c) fill in. */
#pragma once

#include "wp-import.h"

#define WP_IMPORT_N_PORTS 65536u
/* Read a chunk at a time at most: the buffer holds one and a part line. */
#define IMPORT_CHUNK_BYTES (64u * 1024)
/* Readable bytes after a line's NUL: the word splitter reads 16 at a time. */
#define WP_IMPORT_LINE_PADDING 16u

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

/* Connections per process: open addressing, a power of two of slots. */
typedef struct
{
  guint   pid;
  guint   used;
  guint64 connections;
  guint   ports;                  /* counted by wp_import_top_processes() */
} ImportProcessSlot;

struct _WpImport
{
  ImportEncoding   encoding;
  guint8           head[3];        /* the first bytes, until the encoding is known */
  gsize            n_head;
  gboolean         has_odd_byte;   /* UTF-16LE: half a code unit */
  guint8           odd_byte;
  char            *buffer;         /* a part line, then a chunk */
  gsize            n_partial;      /* the part line's bytes */
  gboolean         line_too_long;  /* its start is gone */
  gboolean         finished;

  gboolean         seen_data;      /* a line understood: no more headers */
  ImportCsvColumns csv;
  guint            netsh_numbers;  /* "label : number" lines seen */

  WpImportCounts   counts;
  guint32          ports[WP_IMPORT_N_PORTS / 32];  /* local ports of connections */
  guint32          time_wait_ports[WP_IMPORT_N_PORTS / 32];  /* of those, one in TIME_WAIT */
  guint32          owned_ports[WP_IMPORT_N_PORTS / 32];      /* of those, a pid known */
  guint32          port_owners[WP_IMPORT_N_PORTS];           /* that pid */
  ImportProcessSlot *processes;
  guint              n_process_slots;
  guint              n_processes;
  GPtrArray       *shown;          /* NULL-terminated: the first lines not understood */
};

/* One more connection of process @pid, on @local_port. */
void wp_import_count_process (WpImport *self,
                              guint     pid,
                              guint     local_port);

/* One whole line, without its line break, in UTF-8 (or the bytes read),
 * NUL-terminated, with WP_IMPORT_LINE_PADDING readable bytes after the
 * NUL (the chunk buffer's): the line splitter stops at the NUL. */
void wp_import_read_line (WpImport   *self,
                          const char *line,
                          gsize       length);
