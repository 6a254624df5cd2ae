/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The importer's fast reader: netstat's TCP lines as Windows prints them in
 * English, read in one pass where they stand, the fields found without
 * splitting the line into words: "  TCP    10.0.0.5:50432    93.184.216.34:443
 * ESTABLISHED     4567", the PID only with -o, CRLF or LF.  Anything else
 * (another shape, tabs, a state in another language or case, a UDP line,
 * a number with leading zeros…) goes to the general reader
 * (wp-import-line.c), which reads every line this one takes the same way:
 * the fuzzer (fuzz/fuzz-import.c) compares the two. */
#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "wp-import-private.h"

/* Every scan below stops at a byte of at most ' ': the '\n' that ends the
 * last line the caller gives (at @last - 1) is such a byte, so no scan
 * passes it.  Sixteen bytes at a time (SSE2) while sixteen are left before
 * @last: the runs of spaces and the addresses are most of a line. */
#ifdef __SSE2__
static inline guint
space_bits (__m128i bytes)
{
  return (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (bytes, _mm_set1_epi8 (' ')));
}

/* The bytes of at most ' ' (unsigned: UTF-8's are words). */
static inline guint
end_bits (__m128i bytes)
{
  __m128i blank = _mm_set1_epi8 (' ');

  return (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_max_epu8 (bytes, blank), blank));
}
#endif

static inline const guint8 *
skip_spaces (const guint8 *p,
             const guint8 *last)
{
#ifdef __SSE2__
  for (; last - p >= 16; p += 16)
    {
      guint others = ~space_bits (_mm_loadu_si128 ((const __m128i *) p)) & 0xffff;

      if (others != 0)
        return p + __builtin_ctz (others);
    }
#endif
  while (*p == ' ')
    p++;
  return p;
}

/* To the byte after a word; *@colon: its last ':', if any (else as it was). */
static inline const guint8 *
skip_word (const guint8  *p,
           const guint8  *last,
           const guint8 **colon)
{
#ifdef __SSE2__
  for (; last - p >= 16; p += 16)
    {
      __m128i bytes = _mm_loadu_si128 ((const __m128i *) p);
      guint ends = end_bits (bytes);
      guint colons = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (bytes, _mm_set1_epi8 (':')));

      /* the colons before the word's end */
      colons &= ends != 0 ? (1u << __builtin_ctz (ends)) - 1 : 0xffff;
      if (colons != 0)
        *colon = p + 31 - __builtin_clz (colons);
      if (ends != 0)
        return p + __builtin_ctz (ends);
    }
#endif
  for (; *p > ' '; p++)
    if (*p == ':')
      *colon = p;
  return p;
}

/* netstat's English state names, found without a branch on which: by a
 * hash of the length and the first and last letters (no two of the
 * thirteen share one: fast_states_init() checks), then compared eight
 * bytes at a time.  Each name ends where its text ends, so the eight
 * bytes before its end are readable whatever its length. */
#define STATE_HASH(length, first, last) (((length) * 2 + (first) + (last) * 4) & 31)

typedef struct
{
  char   text[16];
  guint8 length;          /* 0: no state hashes here */
  guint8 state;
} FastState;

static FastState fast_states[32];

static void
fast_states_init (void)
{
  static gsize done = 0;

  if (!g_once_init_enter (&done))
    return;
  for (WpTcpState s = 0; s < WP_TCP_OTHER; s++)
    {
      const char *name = wp_tcp_state_id (s);
      gsize length = strlen (name);
      FastState *entry = &fast_states[STATE_HASH (length, (guint8) name[0],
                                                  (guint8) name[length - 1])];

      g_assert (entry->length == 0 && length >= 5 && length <= 16);
      memcpy (entry->text + 16 - length, name, length);
      entry->length = (guint8) length;
      entry->state = (guint8) s;
    }
  g_once_init_leave (&done, 1);
}

static inline guint64
load8 (const void *p)
{
  guint64 x;

  memcpy (&x, p, 8);
  return x;
}

/* The state named by the @length bytes at @name (the eight bytes before
 * their end readable); -1: another. */
static inline int
state_of (const guint8 *name,
          gsize         length)
{
  const FastState *entry;
  const guint8 *head, *end = name + length;
  const char *text_head, *text_end;
  guint64 mask;

  if (length - 5 > 16 - 5)
    return -1;
  entry = &fast_states[STATE_HASH (length, name[0], end[-1])];
  text_end = entry->text + 16;
  /* under eight bytes: the eight before the end, those before the name masked off */
  head = length >= 8 ? name : end - 8;
  text_head = length >= 8 ? text_end - length : text_end - 8;
  mask = length >= 8 ? G_MAXUINT64 : GUINT64_TO_LE (G_MAXUINT64 << (8 * (8 - length)));
  if (entry->length != length ||
      (((load8 (head) ^ load8 (text_head)) | (load8 (end - 8) ^ load8 (text_end - 8))) & mask) != 0)
    return -1;
  return entry->state;
}

/* Up to eight digits ending at @end, eight bytes at a time (the bytes
 * before the digits masked off): each byte's digit, checked, then pairs,
 * fours and the eight combined by multiplication (the first digit is the
 * lowest byte). */
static inline gboolean
eight_digits_value (const guint8 *end,
                    gsize         n,
                    guint64      *out)
{
  guint64 x;

  memcpy (&x, end - 8, 8);
  x = GUINT64_FROM_LE (x);
  /* '0'..'9' become 0..9, any other byte 10 or more */
  x = (x ^ G_GUINT64_CONSTANT (0x3030303030303030)) & (G_MAXUINT64 << (8 * (8 - n)));
  if (((x | (x + G_GUINT64_CONSTANT (0x7676767676767676))) &
       G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
    return FALSE;
  x = (x * (10 * 256 + 1)) >> 8;
  x = ((x & G_GUINT64_CONSTANT (0x00ff00ff00ff00ff)) * (100 * 65536 + 1)) >> 16;
  *out = ((x & G_GUINT64_CONSTANT (0x0000ffff0000ffff)) *
          ((G_GUINT64_CONSTANT (10000) << 32) + 1)) >> 32;
  return TRUE;
}

/* Digits from @p to @end, at most @max_digits of them and no leading
 * zero (the general reader's rules are wider: it takes those); @line: the
 * line's start (eight bytes before @end from there are readable). */
static inline gboolean
digits_value (const guint8 *line,
              const guint8 *p,
              const guint8 *end,
              gsize         max_digits,
              guint64      *out)
{
  gsize n = (gsize) (end - p);
  guint64 value = 0;

  if (n - 1 >= max_digits || (p[0] == '0' && n > 1))
    return FALSE;
  if (n <= 8 && end - line >= 8)
    return eight_digits_value (end, n, out);
  for (gsize i = 0; i < n; i++)
    {
      guint digit = (guint) p[i] - '0';

      if (digit > 9)
        return FALSE;
      value = value * 10 + digit;
    }
  *out = value;
  return TRUE;
}

/* A line's connection: wp_import_count_connection()'s arguments. */
typedef struct
{
  WpTcpState state;
  guint      port;
  gboolean   has_pid;
  guint      pid;
} FastConnection;

/* One line from @line, its connection into @out; after its '\n', or NULL
 * if it is not one the fast reader takes (nothing counted then). */
static const guint8 *
read_line (WpImport       *self,
           const guint8   *line,
           const guint8   *last,
           FastConnection *out)
{
  const guint8 *p = skip_spaces (line, last), *word, *colon = NULL, *none = NULL;
  guint64 port, pid = 0;
  gboolean has_pid = FALSE;
  int state;

  if (p[0] != 'T' || p[1] != 'C' || p[2] != 'P' || p[3] != ' ')
    return NULL;
  /* the local address: its port after the last ':' */
  word = skip_spaces (p + 4, last);
  p = skip_word (word, last, &colon);
  if (*p != ' ' || colon == NULL || colon == word ||
      !digits_value (line, colon + 1, p, 5, &port) || port >= WP_IMPORT_N_PORTS)
    return NULL;
  /* the foreign address, then the state */
  word = skip_spaces (p, last);
  p = skip_word (word, last, &none);
  if (p == word || *p != ' ')
    return NULL;
  word = skip_spaces (p, last);
  p = skip_word (word, last, &none);
  if ((state = state_of (word, (gsize) (p - word))) < 0)
    return NULL;
  /* the PID, if any, then the line's end */
  p = skip_spaces (p, last);
  if (*p > ' ')
    {
      word = p;
      p = skip_word (word, last, &none);
      if (!digits_value (line, word, p, 10, &pid) || pid > G_MAXUINT)
        return NULL;
      has_pid = TRUE;
      p = skip_spaces (p, last);
    }
  if (*p == '\r')
    p++;
  if (*p != '\n' || p - line > (gssize) WP_IMPORT_MAX_LINE_BYTES)
    return NULL;

  self->counts.lines++;
  self->seen_data = TRUE;
  *out = (FastConnection) { (WpTcpState) state, (guint) port, has_pid, (guint) pid };
  return p + 1;
}

/* How many lines are read ahead of the one counted. */
#define FAST_AHEAD 4u

static inline void
count (WpImport             *self,
       const FastConnection *connection)
{
  wp_import_count_connection (self, connection->state, connection->port, connection->has_pid,
                              connection->pid);
}

/* Each line's connection is counted FAST_AHEAD - 1 lines later (the last
 * ones before returning, so that lines keep their order): its process's
 * slot in the table, larger than the caches, is read from memory
 * meanwhile. */
const char *
wp_import_read_fast (WpImport   *self,
                     const char *p,
                     const char *last)
{
  const guint8 *next;
  FastConnection ring[FAST_AHEAD];
  guint n = 0;

  /* a CSV file's rows are all the general reader's */
  fast_states_init ();
  if (self->csv.found)
    return p;
  while (p < last &&
         (next = read_line (self, (const guint8 *) p, (const guint8 *) last,
                            &ring[n % FAST_AHEAD])) != NULL)
    {
      /* on the way while the lines before are counted */
      __builtin_prefetch (&self->processes[wp_import_process_home (ring[n % FAST_AHEAD].pid,
                                                                   self->n_process_slots)]);
      __builtin_prefetch (&self->port_owners[ring[n % FAST_AHEAD].port]);
      if (++n >= FAST_AHEAD)
        count (self, &ring[n % FAST_AHEAD]);
      p = (const char *) next;
    }
  for (guint i = n >= FAST_AHEAD ? n - FAST_AHEAD + 1 : 0; i < n; i++)
    count (self, &ring[i % FAST_AHEAD]);
  return p;
}
