/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One message of a compiled catalogue: its forms (singular and plural;
 * a msgctxt stays in front of the first, joined by \004) and the
 * translation's forms (one in Japanese, two in German…). */
typedef struct
{
  char **msgid;
  char **msgstr;
} WpTestMessage;

GPtrArray *wp_test_catalogue_load (const char *lang);

char      *wp_test_strip_mnemonic (const char *label);

G_END_DECLS
