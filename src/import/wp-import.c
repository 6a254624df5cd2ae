/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The importer's stream: bytes in any chunks → encoding → lines; and what
 * the lines added up to.  The lines themselves: wp-import-line.c. */
#include "config.h"

#include <string.h>

#include "wp-import-private.h"

WpImport *
wp_import_new (void)
{
  WpImport *self = g_new0 (WpImport, 1);

  self->line = g_string_sized_new (128);
  self->processes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->shown = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->shown, NULL);
  return self;
}

void
wp_import_free (WpImport *self)
{
  if (self == NULL)
    return;

  g_string_free (self->line, TRUE);
  g_hash_table_unref (self->processes);
  g_ptr_array_unref (self->shown);
  g_free (self);
}

/* The line gathered so far is whole. */
static void
end_line (WpImport *self)
{
  gsize length = self->line->len;

  if (length > 0 && self->line->str[length - 1] == '\r')
    length--;
  if (self->line_too_long)
    /* Nothing a machine reports is this long: not understood. */
    wp_import_read_line (self, NULL, 0);
  else
    wp_import_read_line (self, self->line->str, length);
  g_string_truncate (self->line, 0);
  self->line_too_long = FALSE;
}

static void
add_bytes (WpImport   *self,
           const char *text,
           gsize       size)
{
  if (self->line_too_long)
    return;
  if (self->line->len + size > WP_IMPORT_MAX_LINE_BYTES)
    {
      self->line_too_long = TRUE;
      return;
    }
  g_string_append_len (self->line, text, size);
}

static void
feed_utf8 (WpImport     *self,
           const guint8 *data,
           gsize         size)
{
  while (size > 0)
    {
      const guint8 *newline = memchr (data, '\n', size);
      gsize n = newline != NULL ? (gsize) (newline - data) : size;

      add_bytes (self, (const char *) data, n);
      if (newline == NULL)
        return;
      end_line (self);
      data += n + 1;
      size -= n + 1;
    }
}

/* A UTF-16 code unit: the line's text in UTF-8.  Half a surrogate pair
 * reads as U+FFFD: only the state names and digits matter, all ASCII. */
static void
feed_unit (WpImport *self,
           gunichar  unit)
{
  char utf8[6];

  if (unit == '\n')
    {
      end_line (self);
      return;
    }
  if (unit >= 0xd800 && unit <= 0xdfff)
    unit = 0xfffd;
  add_bytes (self, utf8, g_unichar_to_utf8 (unit, utf8));
}

static void
feed_utf16le (WpImport     *self,
              const guint8 *data,
              gsize         size)
{
  if (self->has_odd_byte && size > 0)
    {
      feed_unit (self, self->odd_byte | (gunichar) data[0] << 8);
      self->has_odd_byte = FALSE;
      data++;
      size--;
    }
  for (; size >= 2; data += 2, size -= 2)
    feed_unit (self, data[0] | (gunichar) data[1] << 8);
  if (size == 1)
    {
      self->odd_byte = data[0];
      self->has_odd_byte = TRUE;
    }
}

static void
feed_decoded (WpImport     *self,
              const guint8 *data,
              gsize         size)
{
  if (self->encoding == IMPORT_ENCODING_UTF16LE)
    feed_utf16le (self, data, size);
  else
    feed_utf8 (self, data, size);
}

/* From the first bytes: a byte-order mark, or ASCII text in UTF-16LE
 * without one (every second byte 0). */
static void
decide_encoding (WpImport *self)
{
  static const guint8 utf8_bom[] = { 0xef, 0xbb, 0xbf };
  const guint8 *head = self->head;
  gsize skip = 0;

  if (self->n_head >= 3 && memcmp (head, utf8_bom, 3) == 0)
    self->encoding = IMPORT_ENCODING_UTF8, skip = 3;
  else if (self->n_head >= 2 && head[0] == 0xff && head[1] == 0xfe)
    self->encoding = IMPORT_ENCODING_UTF16LE, skip = 2;
  else if (self->n_head >= 2 && head[0] != 0 && head[1] == 0)
    self->encoding = IMPORT_ENCODING_UTF16LE;
  else
    self->encoding = IMPORT_ENCODING_UTF8;
  feed_decoded (self, head + skip, self->n_head - skip);
}

void
wp_import_feed (WpImport     *self,
                const guint8 *data,
                gsize         size)
{
  g_return_if_fail (self != NULL && (data != NULL || size == 0));
  g_return_if_fail (!self->finished);

  while (self->encoding == IMPORT_ENCODING_UNKNOWN && size > 0)
    {
      self->head[self->n_head++] = *data++;
      size--;
      if (self->n_head == sizeof self->head)
        decide_encoding (self);
    }
  if (size > 0)
    feed_decoded (self, data, size);
}

/* The last line, even without a line break. */
void
wp_import_finish (WpImport *self)
{
  g_return_if_fail (self != NULL);

  if (self->finished)
    return;
  if (self->encoding == IMPORT_ENCODING_UNKNOWN)
    decide_encoding (self);
  if (self->has_odd_byte)
    add_bytes (self, "\357\277\275", 3);   /* U+FFFD for the half unit */
  if (self->line->len > 0 || self->line_too_long || self->has_odd_byte)
    end_line (self);
  self->has_odd_byte = FALSE;
  self->finished = TRUE;
}

const WpImportCounts *
wp_import_get_counts (WpImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->counts;
}

const char * const *
wp_import_get_shown_lines (WpImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->shown->pdata;
}

/* Distinct local ports of the connections (not LISTENING) in
 * first_port..last_port. */
guint
wp_import_client_ports (WpImport *self,
                        guint     first_port,
                        guint     last_port)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint port = first_port; port <= MIN (last_port, WP_IMPORT_N_PORTS - 1); port++)
    n += (self->ports[port / 32] >> (port % 32)) & 1;
  return n;
}

static int
compare_processes (gconstpointer a,
                   gconstpointer b)
{
  const WpImportProcess *pa = a, *pb = b;

  if (pa->connections != pb->connections)
    return pa->connections > pb->connections ? -1 : 1;
  return pa->pid < pb->pid ? -1 : pa->pid > pb->pid;
}

/* The processes with the most connections, most first (then by pid). */
guint
wp_import_top_processes (WpImport        *self,
                         guint            max,
                         WpImportProcess *out)
{
  g_autoptr (GArray) all = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (self != NULL && (out != NULL || max == 0), 0);

  all = g_array_sized_new (FALSE, FALSE, sizeof (WpImportProcess),
                           g_hash_table_size (self->processes));
  g_hash_table_iter_init (&iter, self->processes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      WpImportProcess process = { GPOINTER_TO_UINT (key), *(guint64 *) value };

      g_array_append_val (all, process);
    }
  g_array_sort (all, compare_processes);
  max = MIN (max, all->len);
  memcpy (out, all->data, max * sizeof *out);
  return max;
}
