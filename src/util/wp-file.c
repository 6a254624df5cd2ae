/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-file"

#include "config.h"

#include "wp-file.h"

/* Writes @data to @file all or nothing: on any error the old file is as it
 * was, and a new one is not left behind half-written.
 *
 * g_file_replace_contents() is not enough: after a failed write it closes
 * the stream normally, and the close moves the partial temporary file over
 * the original (GLib 2.74).  Closing with a cancelled GCancellable instead
 * makes GLib drop the temporary file. */
gboolean
wp_file_replace_contents (GFile       *file,
                          const void  *data,
                          gsize        size,
                          GError     **error)
{
  g_autoptr (GFileOutputStream) stream = NULL;
  g_autoptr (GCancellable) abandon = NULL;
  gboolean existed;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || size == 0, FALSE);

  existed = g_file_query_exists (file, NULL);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    return FALSE;

  if (g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, size, NULL, NULL, error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    return TRUE;

  abandon = g_cancellable_new ();
  g_cancellable_cancel (abandon);
  g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);

  /* A file that did not exist was written in place, not through a
   * temporary file: remove what was written of it. */
  if (!existed)
    g_file_delete (file, NULL, NULL);

  return FALSE;
}
