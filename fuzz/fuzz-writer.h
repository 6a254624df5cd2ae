/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the .reg and .cmd writers' targets share: the input (a platform,
 * the plan's figures and the heading's text, from the fuzz bytes), the
 * file cut into CRLF lines, and the check that the heading's text is all
 * there, on lines of its own label. */
#pragma once

#include <string.h>

#include "report/wp-registry.h"
#include "fuzz-common.h"

/* Text on a comment line: at most the label and the longest text. */
#define FUZZ_COMMENT_MAX (sizeof "rem Customer: " - 1 + WP_FILE_HEADING_LINE_MAX)

typedef struct
{
  WpPlatform    platform;
  WpLimitsInput input;
  char         *fields[3];   /* name, customer, notes */
  WpFileHeading heading;
  /* What the file's heading says, read back: */
  GString      *texts[3];    /* each field's lines' text, joined */
  gboolean      seen[3];     /* whether it has lines */
  guint         last_field;
} FuzzWriterInput;

static const char * const fuzz_labels[3] = { "Plan", "Customer", "Notes" };

/* Byte 0 picks one of @platforms (a WP_PLATFORM_BIT mask), byte 1 which
 * figures leave their defaults; the rest is "name NUL customer NUL notes". */
static inline void
fuzz_writer_input_init (FuzzWriterInput *in,
                        const uint8_t   *data,
                        size_t           size,
                        guint            platforms)
{
  WpPlatform chosen[WP_N_PLATFORMS];
  guint n = 0, flags = size > 1 ? data[1] : 0;
  const char *text = size > 2 ? (const char *) data + 2 : "";
  size_t left = size > 2 ? size - 2 : 0;

  memset (in, 0, sizeof *in);
  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    if (platforms & (1u << p))
      chosen[n++] = p;
  in->platform = chosen[(size > 0 ? data[0] : 0) % n];
  wp_limits_input_init (&in->input);
  if (flags & 1)
    in->input.max_user_port = 65534;
  if (flags & 2)
    in->input.time_wait_s = 30;
  if (flags & 4)
    in->input.max_connections = 250;
  if (flags & 8)
    in->input.port_start = 10000, in->input.port_count = 55536;

  for (guint f = 0; f < 3; f++)
    {
      const char *nul = left > 0 ? memchr (text, '\0', left) : NULL;
      size_t len = nul != NULL && f < 2 ? (size_t) (nul - text) : left;

      in->fields[f] = g_strndup (text, len);
      in->texts[f] = g_string_new (NULL);
      text += MIN (len + 1, left), left -= MIN (len + 1, left);
    }
  in->heading = (WpFileHeading) { in->fields[0], in->fields[1], in->fields[2] };
}

static inline void
fuzz_writer_input_clear (FuzzWriterInput *in)
{
  for (guint f = 0; f < 3; f++)
    {
      g_free (in->fields[f]);
      g_string_free (in->texts[f], TRUE);
    }
}

/* The file's lines: every one ended by CRLF, no CR or LF anywhere else. */
static inline char **
fuzz_crlf_lines (const char *file)
{
  char **lines;
  guint n;

  if (!g_str_has_suffix (file, "\r\n"))
    abort ();
  lines = g_strsplit (file, "\r\n", -1);
  n = g_strv_length (lines);
  if (*lines[n - 1] != '\0')
    abort ();
  g_clear_pointer (&lines[n - 1], g_free);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strpbrk (lines[i], "\r\n") != NULL)
      abort ();
  return lines;
}

/* One comment line of the heading, "LABEL:" or "LABEL: text" after the
 * comment mark: adds the text to its field's; FALSE if it is not one. */
static inline gboolean
fuzz_heading_line (FuzzWriterInput *in,
                   const char      *after_mark)
{
  for (guint f = 0; f < 3; f++)
    {
      size_t n = strlen (fuzz_labels[f]);

      if (strncmp (after_mark, fuzz_labels[f], n) != 0 || after_mark[n] != ':')
        continue;
      if (after_mark[n + 1] != '\0' && (after_mark[n + 1] != ' ' || after_mark[n + 2] == '\0'))
        abort ();
      /* Plan, Customer, Notes: in that order. */
      if (f < in->last_field)
        abort ();
      in->last_field = f;
      in->seen[f] = TRUE;
      if (after_mark[n + 1] == ' ')
        g_string_append (in->texts[f], after_mark + n + 2);
      return TRUE;
    }
  return FALSE;
}

/* Nothing silently dropped: a field with text has lines, and the ASCII
 * letters and digits it holds are in them in order (up to the length a
 * field is cut at); an empty field has none. */
static inline void
fuzz_heading_check (const FuzzWriterInput *in)
{
  for (guint f = 0; f < 3; f++)
    {
      g_autofree char *valid = g_strchomp (g_utf8_make_valid (in->fields[f], -1));
      const char *p = in->texts[f]->str;

      if (in->seen[f] != (*valid != '\0'))
        abort ();
      if (g_utf8_strlen (valid, -1) > WP_FILE_HEADING_FIELD_MAX)
        continue;
      for (const char *c = valid; *c != '\0'; c++)
        if (g_ascii_isalnum (*c) && (p = strchr (p, *c)) == NULL)
          abort ();
        else if (g_ascii_isalnum (*c))
          p++;
    }
}
