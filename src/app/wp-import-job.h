/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "import/wp-measurement.h"

G_BEGIN_DECLS

/* A file or a text read into a WpMeasurement in a worker thread, a chunk
 * at a time (wp-import-stream.h), so that the main loop only ever polls
 * the fraction read.  Cancelled, it returns G_IO_ERROR_CANCELLED;
 * a file it cannot read, or whose lines are all not understood, returns
 * one error whose message says so. */
/* @source_object is the task's (kept until it completes); @name names the
 * input in the messages.  Exactly one of @file and @text. */
GTask         *wp_import_job_start    (gpointer             source_object,
                                       GFile               *file,
                                       GBytes              *text,
                                       const char          *name,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
/* From any thread: 0 to 1, of the bytes (0 while the size is unknown). */
double         wp_import_job_fraction (GTask               *task);
/* The measurement (owned by the caller), or NULL and @error. */
WpMeasurement *wp_import_job_finish   (GAsyncResult        *result,
                                       GError             **error);

G_END_DECLS
