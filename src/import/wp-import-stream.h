/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A measurement from a stream or a file, read in chunks (GIO). */
#pragma once

#include <gio/gio.h>

#include "import/wp-measurement.h"

G_BEGIN_DECLS

/* The bytes read so far (the file's size: g_file_query_info()). */
typedef void (*WpImportProgressFunc) (guint64  bytes_read,
                                      gpointer user_data);

/* NULL with @error set when the stream fails or @cancellable is
 * cancelled; what was read of it is dropped. */
WpMeasurement *wp_measurement_read_stream (GInputStream         *stream,
                                           GCancellable         *cancellable,
                                           WpImportProgressFunc  progress,
                                           gpointer              user_data,
                                           GError              **error);
WpMeasurement *wp_measurement_read_file   (GFile                *file,
                                           GCancellable         *cancellable,
                                           WpImportProgressFunc  progress,
                                           gpointer              user_data,
                                           GError              **error);

G_END_DECLS
