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

/* Whether the @length (at least 4) bytes at @text are @word's: two loads
 * that may overlap, where memcmp() would be a call. */
static inline gboolean
same_bytes (const guint8 *text,
            const char   *word,
            gsize         length)
{
  guint64 a, b, c, d;

  if (length >= 8)
    {
      memcpy (&a, text, 8), memcpy (&b, word, 8);
      memcpy (&c, text + length - 8, 8), memcpy (&d, word + length - 8, 8);
    }
  else
    {
      guint32 a4, b4, c4, d4;

      memcpy (&a4, text, 4), memcpy (&b4, word, 4);
      memcpy (&c4, text + length - 4, 4), memcpy (&d4, word + length - 4, 4);
      a = a4, b = b4, c = c4, d = d4;
    }
  return ((a ^ b) | (c ^ d)) == 0;
}

/* netstat's English state names, by length and a letter; -1: another. */
static int
state_of (const guint8 *name,
          gsize         length)
{
  WpTcpState state;
  const char *word;

  switch (length)
    {
    case 11: state = WP_TCP_ESTABLISHED, word = "ESTABLISHED"; break;
    case 9:
      if (name[0] == 'T')
        state = WP_TCP_TIME_WAIT, word = "TIME_WAIT";
      else
        state = WP_TCP_LISTENING, word = "LISTENING";
      break;
    case 10:
      if (name[0] == 'C')
        state = WP_TCP_CLOSE_WAIT, word = "CLOSE_WAIT";
      else if (name[0] == 'D')
        state = WP_TCP_DELETE_TCB, word = "DELETE_TCB";
      else if (name[9] == '1')
        state = WP_TCP_FIN_WAIT_1, word = "FIN_WAIT_1";
      else
        state = WP_TCP_FIN_WAIT_2, word = "FIN_WAIT_2";
      break;
    case 8:
      if (name[0] == 'S')
        state = WP_TCP_SYN_SENT, word = "SYN_SENT";
      else
        state = WP_TCP_LAST_ACK, word = "LAST_ACK";
      break;
    case 12: state = WP_TCP_SYN_RECEIVED, word = "SYN_RECEIVED"; break;
    case 7: state = WP_TCP_CLOSING, word = "CLOSING"; break;
    case 6: state = WP_TCP_CLOSED, word = "CLOSED"; break;
    case 5: state = WP_TCP_BOUND, word = "BOUND"; break;
    default: return -1;
    }
  return same_bytes (name, word, length) ? (int) state : -1;
}

/* Digits from @p to @end, at most @max_digits of them and no leading
 * zero (the general reader's rules are wider: it takes those). */
static inline gboolean
digits_value (const guint8 *p,
              const guint8 *end,
              gsize         max_digits,
              guint64      *out)
{
  gsize n = (gsize) (end - p);
  guint64 value = 0;

  if (n - 1 >= max_digits || (p[0] == '0' && n > 1))
    return FALSE;
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

/* One line from @line; after its '\n', or NULL if it is not one the fast
 * reader takes (nothing counted then). */
static const guint8 *
read_line (WpImport     *self,
           const guint8 *line,
           const guint8 *last)
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
      !digits_value (colon + 1, p, 5, &port) || port >= WP_IMPORT_N_PORTS)
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
      if (!digits_value (word, p, 10, &pid) || pid > G_MAXUINT)
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
  wp_import_count_connection (self, (WpTcpState) state, (guint) port, has_pid, (guint) pid);
  return p + 1;
}

const char *
wp_import_read_fast (WpImport   *self,
                     const char *p,
                     const char *last)
{
  const guint8 *next;

  /* a CSV file's rows are all the general reader's */
  if (self->csv.found)
    return p;
  while (p < last && (next = read_line (self, (const guint8 *) p, (const guint8 *) last)) != NULL)
    p = (const char *) next;
  return p;
}
