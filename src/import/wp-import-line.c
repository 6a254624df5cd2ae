/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The importer's lines: netstat's, Get-NetTCPConnection's CSV rows and
 * netsh's port range.  Before the first line understood, anything else is
 * a heading ("Active Connections", in any language); after it, a line
 * not understood is counted and the first few kept. */
#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "wp-import-private.h"

/* Export-Csv writes some thirty columns; a netstat line has five. */
#define MAX_TOKENS 64

/* A word of a line (not NUL-terminated). */
typedef struct
{
  const char *start;
  gsize       length;
} Token;

#define WORD(literal) { literal, sizeof literal - 1 }

/* netstat's names, then Get-NetTCPConnection's (its State column may also
 * hold the number: CIM's MSFT_NetTCPConnection values, 1 to 12 and 100). */
static const struct
{
  Token netstat;
  Token powershell;
  guint number;
} state_names[WP_TCP_OTHER] = {
  [WP_TCP_CLOSED]       = { WORD ("CLOSED"), WORD ("Closed"), 1 },
  [WP_TCP_LISTENING]    = { WORD ("LISTENING"), WORD ("Listen"), 2 },
  [WP_TCP_SYN_SENT]     = { WORD ("SYN_SENT"), WORD ("SynSent"), 3 },
  [WP_TCP_SYN_RECEIVED] = { WORD ("SYN_RECEIVED"), WORD ("SynReceived"), 4 },
  [WP_TCP_ESTABLISHED]  = { WORD ("ESTABLISHED"), WORD ("Established"), 5 },
  [WP_TCP_FIN_WAIT_1]   = { WORD ("FIN_WAIT_1"), WORD ("FinWait1"), 6 },
  [WP_TCP_FIN_WAIT_2]   = { WORD ("FIN_WAIT_2"), WORD ("FinWait2"), 7 },
  [WP_TCP_CLOSE_WAIT]   = { WORD ("CLOSE_WAIT"), WORD ("CloseWait"), 8 },
  [WP_TCP_CLOSING]      = { WORD ("CLOSING"), WORD ("Closing"), 9 },
  [WP_TCP_LAST_ACK]     = { WORD ("LAST_ACK"), WORD ("LastAck"), 10 },
  [WP_TCP_TIME_WAIT]    = { WORD ("TIME_WAIT"), WORD ("TimeWait"), 11 },
  [WP_TCP_DELETE_TCB]   = { WORD ("DELETE_TCB"), WORD ("DeleteTCB"), 12 },
  [WP_TCP_BOUND]        = { WORD ("BOUND"), WORD ("Bound"), 100 },
};

const char *
wp_tcp_state_id (WpTcpState state)
{
  g_return_val_if_fail (state < WP_N_TCP_STATES, NULL);

  return state == WP_TCP_OTHER ? "OTHER" : state_names[state].netstat.start;
}

/* A whole number of at most @max, all digits. */
static gboolean
parse_number (const char *text,
              gsize       length,
              guint64     max,
              guint64    *out)
{
  guint64 value = 0;

  if (length == 0 || length > 20)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (guint64) (text[i] - '0');
      if (value > max)
        return FALSE;
    }
  *out = value;
  return TRUE;
}

/* g_ascii_tolower(), inline: it is called for every state name. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

/* Whether @text is @word, in any case. */
static inline gboolean
token_is (const Token *word,
          const char  *text,
          gsize        length)
{
  if (word->length != length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (ascii_lower (word->start[i]) != ascii_lower (text[i]))
      return FALSE;
  return TRUE;
}

static inline gboolean
is_word (const Token *token,
         const Token *word)
{
  return token_is (word, token->start, token->length);
}

static WpTcpState
state_from_name (const char *name,
                 gsize       length)
{
  guint64 number;
  gboolean is_number;

  /* netstat's own spelling first: it is almost every line */
  for (guint s = 0; s < WP_TCP_OTHER; s++)
    if (state_names[s].netstat.length == length &&
        memcmp (state_names[s].netstat.start, name, length) == 0)
      return s;

  is_number = parse_number (name, length, G_MAXUINT, &number);
  for (guint s = 0; s < WP_TCP_OTHER; s++)
    if (token_is (&state_names[s].netstat, name, length) ||
        token_is (&state_names[s].powershell, name, length) ||
        (is_number && number == state_names[s].number))
      return s;
  return WP_TCP_OTHER;
}

/* The port of "192.168.1.5:50432", "[::1]:135" or "[fe80::1%7]:139". */
static gboolean
parse_endpoint_port (const char *text,
                     gsize       length,
                     guint      *out)
{
  const char *colon = NULL;
  guint64 port;

  for (gsize i = 0; i < length; i++)
    if (text[i] == ':')
      colon = text + i;
  if (colon == NULL || colon == text ||
      !parse_number (colon + 1, length - (gsize) (colon + 1 - text), WP_IMPORT_N_PORTS - 1, &port))
    return FALSE;
  *out = (guint) port;
  return TRUE;
}

static void
count_connection (WpImport  *self,
                  WpTcpState state,
                  guint      local_port,
                  gboolean   has_pid,
                  guint      pid)
{
  self->counts.by_state[state]++;
  if (state == WP_TCP_LISTENING)
    return;
  self->counts.connections++;
  self->ports[local_port / 32] |= 1u << (local_port % 32);
  if (state == WP_TCP_TIME_WAIT)
    self->time_wait_ports[local_port / 32] |= 1u << (local_port % 32);
  if (has_pid)
    wp_import_count_process (self, pid, local_port);
}

/* What a byte is to the word splitter: a line ends in a NUL (at or after
 * its length, with at most a carriage return between). */
enum
{
  BYTE_WORD,
  BYTE_BLANK,   /* space, tab, and the CR of a CRLF */
  BYTE_END,     /* NUL */
};

static const guint8 byte_kinds[256] = {
  ['\0'] = BYTE_END, [' '] = BYTE_BLANK, ['\t'] = BYTE_BLANK, ['\r'] = BYTE_BLANK,
};

#ifdef __SSE2__
/* Sixteen bytes at a time: a netstat line is mostly runs of blanks and
 * short words, and every line of a 100 MB file goes through here.  The
 * bits of the bytes that are blanks; a block is only read while the NUL
 * has not been passed, so at most 15 bytes after it (the buffer's
 * padding, WP_IMPORT_LINE_PADDING). */
static inline guint
blank_bits (__m128i bytes)
{
  __m128i blank = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (bytes, _mm_set1_epi8 (' ')),
                                              _mm_cmpeq_epi8 (bytes, _mm_set1_epi8 ('\t'))),
                                _mm_cmpeq_epi8 (bytes, _mm_set1_epi8 ('\r')));

  return (guint) _mm_movemask_epi8 (blank);
}

static inline const guint8 *
skip_blanks (const guint8 *p)
{
  for (;; p += 16)
    {
      guint others = ~blank_bits (_mm_loadu_si128 ((const __m128i *) p)) & 0xffff;

      if (others != 0)
        return p + __builtin_ctz (others);
    }
}

/* To the blank or the NUL after a word. */
static inline const guint8 *
skip_word (const guint8 *p)
{
  for (;; p += 16)
    {
      __m128i bytes = _mm_loadu_si128 ((const __m128i *) p);
      guint ends = blank_bits (bytes) |
                   (guint) _mm_movemask_epi8 (_mm_cmpeq_epi8 (bytes, _mm_setzero_si128 ()));

      if (ends != 0)
        return p + __builtin_ctz (ends);
    }
}
#else
/* A byte at a time through the table, the NUL as the sentinel. */
static inline const guint8 *
skip_blanks (const guint8 *p)
{
  while (byte_kinds[*p] == BYTE_BLANK)
    p++;
  return p;
}

static inline const guint8 *
skip_word (const guint8 *p)
{
  while (byte_kinds[*p] == BYTE_WORD)
    p++;
  return p;
}
#endif

/* The words of a line, up to MAX_TOKENS, split at runs of blanks; the
 * count, or -1 for more. */
static int
split_words (const char *line,
             Token      *tokens)
{
  const guint8 *p = (const guint8 *) line;
  int n = 0;

  for (;;)
    {
      const guint8 *word;

      p = skip_blanks (p);
      if (*p == '\0')
        return n;
      if (n == MAX_TOKENS)
        return -1;
      word = p;
      p = skip_word (p);
      tokens[n++] = (Token) { (const char *) word, (gsize) (p - word) };
    }
}

/* The fields of a CSV line, up to MAX_TOKENS, quoted or not (the quotes
 * left off); the count, or -1 for more or for a quote left open. */
static int
split_csv (const char *line,
           gsize       length,
           Token      *tokens)
{
  const char *p = line, *end = line + length;
  int n = 0;

  while (p < end)
    {
      if (n == MAX_TOKENS)
        return -1;
      if (*p == '"')
        {
          const char *close = p + 1;

          /* "" inside a quoted field is a quote */
          while (close < end && (*close != '"' || (close + 1 < end && close[1] == '"')))
            close += *close == '"' ? 2 : 1;
          if (close >= end)
            return -1;
          tokens[n++] = (Token) { p + 1, (gsize) (close - p - 1) };
          p = close + 1;
        }
      else
        {
          const char *comma = memchr (p, ',', (gsize) (end - p));
          const char *q = comma != NULL ? comma : end;

          tokens[n++] = (Token) { p, (gsize) (q - p) };
          p = q;
        }
      if (p < end && *p++ != ',')
        return -1;
    }
  return n;
}

/* "  TCP    192.168.1.5:50432   93.184.216.34:443   ESTABLISHED   4567":
 * the PID only with -o; a state name of several words (some languages) is
 * "other". */
static gboolean
read_netstat (WpImport    *self,
              const Token *t,
              int          n)
{
  static const Token tcp = WORD ("TCP"), udp = WORD ("UDP");
  guint port, foreign_port;
  guint64 pid = 0;
  gboolean has_pid;
  int state_end;
  WpTcpState state;

  if (n >= 1 && is_word (&t[0], &udp))
    {
      self->counts.udp++;
      return n >= 3;
    }
  if (n < 4 || !is_word (&t[0], &tcp) || !parse_endpoint_port (t[1].start, t[1].length, &port))
    return FALSE;
  has_pid = n >= 5 && parse_number (t[n - 1].start, t[n - 1].length, G_MAXUINT, &pid);
  state_end = has_pid ? n - 1 : n;
  state = state_end == 4 ? state_from_name (t[3].start, t[3].length) : WP_TCP_OTHER;
  /* A state in another language: the foreign port 0 ("0.0.0.0:0") is a
   * listening socket's in every one. */
  if (state == WP_TCP_OTHER && parse_endpoint_port (t[2].start, t[2].length, &foreign_port) &&
      foreign_port == 0)
    state = WP_TCP_LISTENING;
  count_connection (self, state, port, has_pid, (guint) pid);
  return TRUE;
}

/* The header of Export-Csv: the columns that matter, by name. */
static gboolean
read_csv_header (WpImport    *self,
                 const Token *t,
                 int          n)
{
  static const Token local_port = WORD ("LocalPort"), state = WORD ("State"),
                     owning_process = WORD ("OwningProcess");
  ImportCsvColumns columns = { FALSE, -1, -1, -1, 0 };

  for (int i = 0; i < n; i++)
    {
      if (is_word (&t[i], &local_port))
        columns.local_port = i;
      else if (is_word (&t[i], &state))
        columns.state = i;
      else if (is_word (&t[i], &owning_process))
        columns.pid = i;
    }
  if (columns.local_port < 0 || columns.state < 0)
    return FALSE;
  columns.found = TRUE;
  columns.needed = MAX (columns.local_port, MAX (columns.state, columns.pid)) + 1;
  self->csv = columns;
  return TRUE;
}

static gboolean
read_csv_row (WpImport    *self,
              const Token *t,
              int          n)
{
  const ImportCsvColumns *c = &self->csv;
  guint64 port, pid = 0;
  gboolean has_pid;

  if (n < c->needed ||
      !parse_number (t[c->local_port].start, t[c->local_port].length,
                     WP_IMPORT_N_PORTS - 1, &port))
    return FALSE;
  has_pid = c->pid >= 0 && parse_number (t[c->pid].start, t[c->pid].length, G_MAXUINT, &pid);
  count_connection (self, state_from_name (t[c->state].start, t[c->state].length),
                    (guint) port, has_pid, (guint) pid);
  return TRUE;
}

/* netsh int ipv4 show dynamicport tcp: "Start Port      : 49152" and
 * "Number of Ports : 16384", in that order in every language. */
static gboolean
read_netsh (WpImport   *self,
            const char *line,
            gsize       length)
{
  const char *colon = memchr (line, ':', length);
  const char *value;
  gsize value_length;
  guint64 number;

  /* Only before other data, or after netsh's first number. */
  if (colon == NULL || colon == line || (self->seen_data && self->netsh_numbers == 0))
    return FALSE;
  value = colon + 1;
  value_length = length - (gsize) (value - line);
  while (value_length > 0 && (*value == ' ' || *value == '\t'))
    value++, value_length--;
  while (value_length > 0 && (value[value_length - 1] == ' ' || value[value_length - 1] == '\t'))
    value_length--;
  if (!parse_number (value, value_length, G_MAXUINT, &number) || self->netsh_numbers >= 2)
    return FALSE;

  if (self->netsh_numbers++ == 0)
    self->counts.port_range.start = (guint) number;
  else
    {
      self->counts.port_range.count = (guint) number;
      self->counts.has_port_range = TRUE;
    }
  return TRUE;
}

/* The kinds of line, tried in turn. */
static gboolean
read_any (WpImport   *self,
          const char *line,
          gsize       length)
{
  Token tokens[MAX_TOKENS];
  int n;

  if (self->csv.found)
    {
      n = split_csv (line, length, tokens);
      return n > 0 && read_csv_row (self, tokens, n);
    }
  n = split_words (line, tokens);
  if (n > 0 && read_netstat (self, tokens, n))
    return TRUE;
  if (length > 0 && line[0] == '#')   /* Export-Csv's "#TYPE …" */
    return !self->seen_data;
  n = split_csv (line, length, tokens);
  if (n > 1 && read_csv_header (self, tokens, n))
    return TRUE;
  return read_netsh (self, line, length);
}

/* A line not understood: counted, and kept to show while there are few
 * (@line NULL: one too long to keep, shown as "…"). */
static void
not_understood (WpImport   *self,
                const char *line,
                gsize       length)
{
  self->counts.not_understood++;
  if (self->shown->len > WP_IMPORT_SHOWN_LINES)
    return;
  /* Before the NULL that ends the array. */
  g_ptr_array_insert (self->shown, (int) self->shown->len - 1,
                      line != NULL ? g_utf8_make_valid (line, (gssize) length) : g_strdup ("…"));
}

void
wp_import_read_line (WpImport   *self,
                     const char *line,
                     gsize       length)
{
  self->counts.lines++;
  if (line == NULL)   /* too long to read */
    {
      not_understood (self, NULL, 0);
      return;
    }
  while (length > 0 && byte_kinds[(guint8) *line] == BYTE_BLANK)
    line++, length--;
  if (length == 0)
    return;

  if (read_any (self, line, length))
    self->seen_data = TRUE;
  else if (self->seen_data)
    not_understood (self, line, length);
}
