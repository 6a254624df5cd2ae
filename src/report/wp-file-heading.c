/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A .reg file is imported, and a .cmd script run, with administrator
 * rights: text of the user's in them must stay inside its comment line.
 * Both files are read in the machine's ANSI or OEM code page, so the text
 * is written in plain ASCII, and only with the characters the format
 * cannot read as anything but comment:
 *
 * - .reg ("; " lines): printable ASCII but "\": some regedits (older
 *   Wine and ReactOS ones) join a line ending in "\" with the next one,
 *   comment lines too, which could take the next key line into the comment.
 * - .cmd ("rem " lines): printable ASCII but ! " % & < > ^ |: cmd.exe
 *   expands %…% (and a bad %~ ends the script) before it sees "rem", a
 *   caret at a line's end joins the next line, ! is expanded with delayed
 *   expansion; & | < > " are left out too in case a line is ever read as
 *   a command.  Every line's first word is the label, so user text never
 *   becomes "rem /?".
 *
 * Line breaks of the text start a new comment line with the same label;
 * every other control character, NUL included, cannot be in a C string or
 * is replaced.
 */
#define G_LOG_DOMAIN "wp-report"

#include "config.h"

#include <string.h>

#include "wp-file-heading.h"

typedef struct
{
  GString             *out;
  WpFileHeadingFormat  format;
  const char          *label;
  GString             *line;      /* the text of the line being built */
  gboolean             replaced;  /* a "?" stands for a character */
} HeadingWriter;

static gboolean
is_safe (WpFileHeadingFormat format,
         char                c)
{
  if (c < 0x20 || c > 0x7e)
    return FALSE;
  if (format == WP_FILE_HEADING_REG)
    return c != '\\';
  return strchr ("!\"%&<>^|", c) == NULL;
}

static void
emit_line (HeadingWriter *w)
{
  g_string_append (w->out, w->format == WP_FILE_HEADING_REG ? ";" : "rem");
  g_string_append_printf (w->out, " %s:", w->label);
  if (w->line->len > 0)
    g_string_append_printf (w->out, " %s", w->line->str);
  g_string_append (w->out, "\r\n");
  g_string_truncate (w->line, 0);
}

/* One character of the text: kept, transliterated ("é" as "e", "€" as
 * "EUR"; a combining mark as nothing) or "?"; a long line goes on in the
 * next one. */
static void
append_char (HeadingWriter *w,
             gunichar       c)
{
  char utf8[8] = { 0 };
  g_autofree char *ascii = NULL;

  g_unichar_to_utf8 (c, utf8);
  ascii = c < 0x80 ? g_strdup (utf8) : g_str_to_ascii (utf8, "C");
  for (const char *p = ascii; *p != '\0'; p++)
    {
      gboolean safe = is_safe (w->format, *p) && !(c >= 0x80 && *p == '?');

      if (w->line->len >= WP_FILE_HEADING_LINE_MAX)
        emit_line (w);
      g_string_append_c (w->line, safe ? *p : '?');
      w->replaced |= !safe;
    }
}

static gboolean
is_line_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

/* The text to write: valid UTF-8 without trailing blanks and breaks, or
 * NULL when nothing is left. */
static char *
field_text (const char *text)
{
  char *valid;

  if (text == NULL)
    return NULL;
  valid = g_strchomp (g_utf8_make_valid (text, -1));
  if (*valid == '\0')
    g_clear_pointer (&valid, g_free);
  return valid;
}

static void
append_field (HeadingWriter *w,
              const char    *label,
              const char    *text)
{
  g_autofree char *valid = NULL;
  const char *p;
  glong n_chars, written = 0;

  if ((valid = field_text (text)) == NULL)
    return;

  w->label = label;
  n_chars = g_utf8_strlen (valid, -1);
  for (p = valid; *p != '\0' && written < WP_FILE_HEADING_FIELD_MAX;
       p = g_utf8_next_char (p), written++)
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_line_break (c))
        append_char (w, c);
      else if (!(c == '\n' && p > valid && p[-1] == '\r'))   /* CRLF: one break */
        emit_line (w);
    }
  emit_line (w);
  if (written < n_chars)
    {
      g_string_append_printf (w->line, "(%ld more characters left out)", n_chars - written);
      emit_line (w);
    }
}

gboolean
wp_file_heading_is_empty (const WpFileHeading *heading)
{
  g_autofree char *name = NULL, *customer = NULL, *notes = NULL;

  if (heading == NULL)
    return TRUE;
  name = field_text (heading->name);
  customer = field_text (heading->customer);
  notes = field_text (heading->notes);
  return name == NULL && customer == NULL && notes == NULL;
}

/* Not translated: the files are plain ASCII (see above). */
gboolean
wp_file_heading_append (GString             *out,
                        const WpFileHeading *heading,
                        WpFileHeadingFormat  format)
{
  g_autoptr (GString) line = NULL;
  HeadingWriter w;
  gsize start;

  g_return_val_if_fail (out != NULL, FALSE);

  if (heading == NULL)
    return FALSE;
  line = g_string_new (NULL);
  w = (HeadingWriter) { out, format, NULL, line, FALSE };
  start = out->len;
  append_field (&w, "Plan", heading->name);
  append_field (&w, "Customer", heading->customer);
  append_field (&w, "Notes", heading->notes);
  if (w.replaced)
    g_string_append (out, format == WP_FILE_HEADING_REG
                     ? "; (? stands for a character a .reg file cannot hold safely)\r\n"
                     : "rem (? stands for a character a script cannot hold safely)\r\n");
  return out->len > start;
}
