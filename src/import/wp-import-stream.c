/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A measurement read from a GInputStream a chunk at a time: the memory
 * does not grow with the input.  For the command line and for the
 * window's worker thread (the progress callback runs in the reading one). */
#include "config.h"

#include "wp-import-stream.h"

#define READ_CHUNK_BYTES (64u * 1024)

WpMeasurement *
wp_measurement_read_stream (GInputStream         *stream,
                            GCancellable         *cancellable,
                            WpImportProgressFunc  progress,
                            gpointer              user_data,
                            GError              **error)
{
  g_autoptr (WpImport) import = NULL;
  g_autofree guint8 *chunk = NULL;
  guint64 total = 0;
  gssize n;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  import = wp_import_new ();
  chunk = g_malloc (READ_CHUNK_BYTES);
  while ((n = g_input_stream_read (stream, chunk, READ_CHUNK_BYTES, cancellable, error)) > 0)
    {
      wp_import_feed (import, chunk, (gsize) n);
      total += (guint64) n;
      if (progress != NULL)
        progress (total, user_data);
    }
  if (n < 0)
    return NULL;
  return wp_import_take_measurement (import);
}

WpMeasurement *
wp_measurement_read_file (GFile                *file,
                          GCancellable         *cancellable,
                          WpImportProgressFunc  progress,
                          gpointer              user_data,
                          GError              **error)
{
  g_autoptr (GFileInputStream) stream = NULL;
  WpMeasurement *measurement;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  measurement = wp_measurement_read_stream (G_INPUT_STREAM (stream), cancellable,
                                            progress, user_data, error);
  /* A close error after a whole read loses nothing. */
  g_input_stream_close (G_INPUT_STREAM (stream), NULL, NULL);
  return measurement;
}
