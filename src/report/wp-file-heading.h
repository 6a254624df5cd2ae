/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text a user typed or imported (a plan's name, the customer's, notes),
 * written as comment lines at the top of a file that runs with
 * administrator rights on the customer's machine: a .reg file or a .cmd
 * script.  Nothing of the text can leave its comment line. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* At most this many characters of text on one comment line: longer lines
 * go on in a next line with the same label. */
#define WP_FILE_HEADING_LINE_MAX 100
/* At most this many characters of one field are written; a last line says
 * how many more were left out. */
#define WP_FILE_HEADING_FIELD_MAX 2000

/* Any field may be NULL or empty (then it is left out), hold several
 * lines, and be any bytes: invalid UTF-8 is read as U+FFFD. */
typedef struct
{
  const char *name;       /* plan or scenario name: "Plan:" */
  const char *customer;   /* "Customer:" */
  const char *notes;      /* "Notes:", one comment line per line */
} WpFileHeading;

typedef enum
{
  WP_FILE_HEADING_REG,    /* "; Plan: …" in a REGEDIT4 file */
  WP_FILE_HEADING_CMD,    /* "rem Plan: …" in a cmd.exe script */
} WpFileHeadingFormat;

gboolean wp_file_heading_is_empty (const WpFileHeading *heading);

/* Appends the heading's comment lines (CRLF) to out; TRUE if it wrote any.
 * Each line is the comment mark, the label, then the text in plain ASCII:
 * other characters transliterated ("é" as "e"), and every character the
 * format cannot hold safely written as "?", with a last comment line
 * saying so.  Line breaks (CR, LF, CRLF, U+0085, U+2028, U+2029) start a
 * new comment line; NULL heading writes nothing. */
gboolean wp_file_heading_append   (GString             *out,
                                   const WpFileHeading *heading,
                                   WpFileHeadingFormat  format);

G_END_DECLS
