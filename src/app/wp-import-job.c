/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-import-job"

#include "config.h"

#include <glib/gi18n-lib.h>
#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

#include "import/wp-import-stream.h"
#include "wp-import-job.h"

#define PROGRESS_STEPS 10000   /* the fraction, in steps an int holds */

typedef struct
{
  GFile    *file;
  GBytes   *text;
  char     *name;
  guint64   size;              /* the bytes to read; 0 while unknown */
  int       progress;          /* of PROGRESS_STEPS, atomically */
} ImportJob;

static void
import_job_free (gpointer data)
{
  ImportJob *job = data;

  g_clear_object (&job->file);
  g_clear_pointer (&job->text, g_bytes_unref);
  g_free (job->name);
  g_free (job);
}

/* In the worker, after each chunk. */
static void
progress_cb (guint64  bytes_read,
             gpointer user_data)
{
  ImportJob *job = user_data;

  if (job->size > 0)
    g_atomic_int_set (&job->progress,
                      (int) (MIN (bytes_read, job->size) * PROGRESS_STEPS / job->size));
}

/* The file or the text as a stream, and its size. */
static GInputStream *
open_input (ImportJob     *job,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr (GFileInputStream) stream = NULL;
  g_autoptr (GFileInfo) info = NULL;

  if (job->text != NULL)
    {
      job->size = g_bytes_get_size (job->text);
      return g_memory_input_stream_new_from_bytes (job->text);
    }
  stream = g_file_read (job->file, cancellable, error);
  if (stream == NULL)
    return NULL;
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    job->size = (guint64) g_file_info_get_size (info);
  return G_INPUT_STREAM (g_steal_pointer (&stream));
}

/* netsh's range, when the input held one, must be one Windows takes: a
 * file made by hand is refused, not changed into another range. */
static gboolean
check_range (ImportJob            *job,
             const WpMeasurement  *measurement,
             GError              **error)
{
  WpPortRange range;

  if (!wp_measurement_get_port_range (measurement, &range) ||
      wp_port_range_check (&range) == WP_PORT_RANGE_OK)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               /* Translators: the first %s is a file's name in quotes (or "the pasted
                * text"); then netsh's range read from it, "start 100, 20 ports", and
                * the least start, the least number and the last port Windows takes */
               _("The dynamic port range in %s (start %u, %u ports) is not one Windows "
                 "takes: it starts at %u or above, holds at least %u ports and ends at %u "
                 "at most"), job->name, range.start, range.count, WP_PORT_RANGE_START_MIN,
               WP_PORT_RANGE_COUNT_MIN, WP_PORT_RANGE_END_MAX);
  return FALSE;
}

static void
import_job_run (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ImportJob *job = task_data;
  g_autoptr (GInputStream) stream = NULL;
  g_autoptr (WpMeasurement) measurement = NULL;
  GError *error = NULL;

  stream = open_input (job, cancellable, &error);
  if (stream != NULL)
    measurement = wp_measurement_read_stream (stream, cancellable, progress_cb, job, &error);
  if (measurement == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Translators: %s is a file's name (or "the pasted text"), the second the reason */
          g_prefix_error (&error, _("Could not read %s: "), job->name);
        }
      g_task_return_error (task, error);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  if (!wp_measurement_has_data (measurement))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               /* Translators: %s is a file's name, quoted, or "the pasted text" */
                               _("Nothing in %s reads as the output of netstat, "
                                 "Get-NetTCPConnection or netsh"), job->name);
      return;
    }
  if (!check_range (job, measurement, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_atomic_int_set (&job->progress, PROGRESS_STEPS);
  g_task_return_pointer (task, g_steal_pointer (&measurement),
                         (GDestroyNotify) wp_measurement_unref);
}

static gboolean
unref_task_cb (gpointer task)
{
  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

/* A thread of its own rather than GTask's pool: on Linux its priority
 * drops (nice 10, a thread's own there), so that on a busy machine the
 * main loop gets the processor as soon as it wakes; the thread ends with
 * the import, the pool's keep theirs.  The task is let go in the main
 * context: its last reference may finalize the source object, a widget. */
static gpointer
import_thread (gpointer data)
{
  GTask *task = data;

#ifdef __linux__
  setpriority (PRIO_PROCESS, (id_t) gettid (), 10);
#endif
  import_job_run (task, g_task_get_source_object (task), g_task_get_task_data (task),
                  g_task_get_cancellable (task));
  g_idle_add (unref_task_cb, task);
  return NULL;
}

GTask *
wp_import_job_start (gpointer             source_object,
                     GFile               *file,
                     GBytes              *text,
                     const char          *name,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  GTask *task;
  ImportJob *job;

  g_return_val_if_fail ((file != NULL) != (text != NULL), NULL);

  job = g_new0 (ImportJob, 1);
  job->file = file != NULL ? g_object_ref (file) : NULL;
  job->text = text != NULL ? g_bytes_ref (text) : NULL;
  job->name = g_strdup (name);

  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_task_data (task, job, import_job_free);
  g_thread_unref (g_thread_new ("wp-import", import_thread, g_object_ref (task)));
  return task;
}

double
wp_import_job_fraction (GTask *task)
{
  ImportJob *job;

  g_return_val_if_fail (G_IS_TASK (task), 0.0);

  job = g_task_get_task_data (task);
  return (double) g_atomic_int_get (&job->progress) / PROGRESS_STEPS;
}

WpMeasurement *
wp_import_job_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
