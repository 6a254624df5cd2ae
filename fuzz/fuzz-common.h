/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every fuzz target shares: the libFuzzer entry points, criticals and
 * warnings made fatal (a crash to libFuzzer), and the input as a string. */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <glib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Prints the message, then abort()s on a warning or worse: libFuzzer takes
 * SIGABRT as a crash and keeps the input (GLib's own fatal messages raise
 * SIGTRAP, which it ignores). */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  g_log_writer_default (log_level, fields, n_fields, user_data);
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return G_LOG_WRITER_HANDLED;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
  return 0;
}

/* The input as a NUL-terminated string: bytes after a NUL are cut off, as
 * they would be on a command line. */
static inline char *
fuzz_string (const uint8_t *data,
             size_t         size)
{
  return g_strndup ((const char *) data, size);
}
