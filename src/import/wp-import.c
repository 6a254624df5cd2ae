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

  /* zeroed: every byte the splitter may read past a line's NUL is set */
  self->buffer = g_malloc0 (IMPORT_CHUNK_BYTES + WP_IMPORT_MAX_LINE_BYTES + 1 +
                            WP_IMPORT_LINE_PADDING);
  self->n_process_slots = 64;
  self->processes = g_new0 (ImportProcessSlot, self->n_process_slots);
  self->shown = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->shown, NULL);
  return self;
}

void
wp_import_free (WpImport *self)
{
  if (self == NULL)
    return;

  g_free (self->buffer);
  g_free (self->processes);
  g_ptr_array_unref (self->shown);
  g_free (self);
}

/* A whole line, NUL-terminated in the buffer: a line longer than any a
 * machine reports is not understood, wherever the chunks were cut. */
static void
end_line (WpImport *self,
          char     *line,
          gsize     length)
{
  if (self->line_too_long || length > WP_IMPORT_MAX_LINE_BYTES)
    wp_import_read_line (self, NULL, 0);
  else
    {
      if (length > 0 && line[length - 1] == '\r')
        line[--length] = '\0';
      wp_import_read_line (self, line, length);
    }
  self->line_too_long = FALSE;
}

/* Each chunk is copied after the part of a line the last one left, and
 * its lines are read where they stand, their '\n' made a NUL. */
static void
feed_utf8 (WpImport     *self,
           const guint8 *data,
           gsize         size)
{
  while (size > 0)
    {
      gsize n = MIN (size, IMPORT_CHUNK_BYTES);
      char *p = self->buffer, *end, *newline;

      memcpy (self->buffer + self->n_partial, data, n);
      data += n;
      size -= n;
      end = self->buffer + self->n_partial + n;
      while ((newline = memchr (p, '\n', (gsize) (end - p))) != NULL)
        {
          *newline = '\0';
          end_line (self, p, (gsize) (newline - p));
          p = newline + 1;
        }
      self->n_partial = (gsize) (end - p);
      if (self->line_too_long || self->n_partial > WP_IMPORT_MAX_LINE_BYTES)
        {
          self->line_too_long = TRUE;
          self->n_partial = 0;
        }
      else
        memmove (self->buffer, p, self->n_partial);
    }
}

/* UTF-16LE code units, into UTF-8 a block at a time.  Half a surrogate
 * pair reads as U+FFFD: only the state names and digits matter, all ASCII. */
static void
feed_units (WpImport     *self,
            const guint8 *data,
            gsize         n_units)
{
  char utf8[1024 * 3];

  while (n_units > 0)
    {
      gsize n = MIN (n_units, sizeof utf8 / 3), length = 0;

      for (gsize i = 0; i < n; i++, data += 2)
        {
          gunichar unit = data[0] | (gunichar) data[1] << 8;

          if (unit >= 0xd800 && unit <= 0xdfff)
            unit = 0xfffd;
          length += (gsize) g_unichar_to_utf8 (unit, utf8 + length);
        }
      feed_utf8 (self, (const guint8 *) utf8, length);
      n_units -= n;
    }
}

static void
feed_utf16le (WpImport     *self,
              const guint8 *data,
              gsize         size)
{
  if (self->has_odd_byte && size > 0)
    {
      guint8 unit[2] = { self->odd_byte, data[0] };

      feed_units (self, unit, 1);
      self->has_odd_byte = FALSE;
      data++;
      size--;
    }
  feed_units (self, data, size / 2);
  if (size % 2 == 1)
    {
      self->odd_byte = data[size - 1];
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
    feed_utf8 (self, (const guint8 *) "\357\277\275", 3);   /* U+FFFD for the half unit */
  self->has_odd_byte = FALSE;
  if (self->n_partial > 0 || self->line_too_long)
    {
      self->buffer[self->n_partial] = '\0';
      end_line (self, self->buffer, self->n_partial);
    }
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

/* Most ports first, then most connections, then by pid. */
static int
compare_processes (gconstpointer a,
                   gconstpointer b)
{
  const WpImportProcess *pa = a, *pb = b;

  if (pa->ports != pb->ports)
    return pa->ports > pb->ports ? -1 : 1;
  if (pa->connections != pb->connections)
    return pa->connections > pb->connections ? -1 : 1;
  return pa->pid < pb->pid ? -1 : pa->pid > pb->pid;
}

static ImportProcessSlot *
process_slot (ImportProcessSlot *slots,
              guint              n_slots,
              guint              pid)
{
  /* Fibonacci hashing: Windows' process ids are multiples of 4 */
  guint i = (guint) ((pid * 2654435769u) & (n_slots - 1));

  while (slots[i].used && slots[i].pid != pid)
    i = (i + 1) & (n_slots - 1);
  return &slots[i];
}

/* A port's owner is the first process seen with a connection on it; but
 * netstat shows PID 0 for a connection its process has let go (TIME_WAIT),
 * so a later real process takes the port from 0. */
static void
own_port (WpImport *self,
          guint     port,
          guint     pid)
{
  guint32 bit = 1u << (port % 32);

  if ((self->owned_ports[port / 32] & bit) == 0 || self->port_owners[port] == 0)
    {
      self->owned_ports[port / 32] |= bit;
      self->port_owners[port] = pid;
    }
}

void
wp_import_count_process (WpImport *self,
                         guint     pid,
                         guint     local_port)
{
  ImportProcessSlot *slot;

  own_port (self, local_port, pid);

  if ((self->n_processes + 1) * 4 > self->n_process_slots * 3)
    {
      guint n_slots = self->n_process_slots * 2;
      ImportProcessSlot *slots = g_new0 (ImportProcessSlot, n_slots);

      for (guint i = 0; i < self->n_process_slots; i++)
        if (self->processes[i].used)
          *process_slot (slots, n_slots, self->processes[i].pid) = self->processes[i];
      g_free (self->processes);
      self->processes = slots;
      self->n_process_slots = n_slots;
    }
  slot = process_slot (self->processes, self->n_process_slots, pid);
  if (!slot->used)
    {
      *slot = (ImportProcessSlot) { pid, TRUE, 0, 0 };
      self->n_processes++;
    }
  slot->connections++;
}

/* The processes with the most local ports in use (of their connections
 * not LISTENING; a port counts for its owner, own_port()), most first;
 * how many were written to @out. */
guint
wp_import_top_processes (WpImport        *self,
                         guint            max,
                         WpImportProcess *out)
{
  g_autoptr (GArray) all = NULL;
  g_autofree ImportProcessSlot *slots = NULL;

  g_return_val_if_fail (self != NULL && (out != NULL || max == 0), 0);

  slots = g_memdup2 (self->processes, self->n_process_slots * sizeof *slots);
  for (guint word = 0; word < G_N_ELEMENTS (self->owned_ports); word++)
    for (guint32 bits = self->owned_ports[word]; bits != 0; bits &= bits - 1)
      {
        guint port = word * 32 + (guint) g_bit_nth_lsf (bits, -1);

        process_slot (slots, self->n_process_slots, self->port_owners[port])->ports++;
      }
  all = g_array_sized_new (FALSE, FALSE, sizeof (WpImportProcess), self->n_processes);
  for (guint i = 0; i < self->n_process_slots; i++)
    if (slots[i].used)
      {
        WpImportProcess process = { slots[i].pid, slots[i].connections, slots[i].ports };

        g_array_append_val (all, process);
      }
  g_array_sort (all, compare_processes);
  max = MIN (max, all->len);
  if (max > 0)
    memcpy (out, all->data, max * sizeof *out);
  return max;
}

/* How many processes had a connection (not LISTENING). */
guint
wp_import_n_processes (WpImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_processes;
}
