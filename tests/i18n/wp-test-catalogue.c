/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads the catalogues the build compiled into BUILD_LOCALEDIR (GNU .mo:
 * a header, then a table of originals and one of translations, each entry
 * a length and an offset). */
#include "config.h"

#include <string.h>

#include "wp-test-catalogue.h"

#define MO_MAGIC 0x950412de

static void
message_free (gpointer data)
{
  WpTestMessage *message = data;

  g_strfreev (message->msgid);
  g_strfreev (message->msgstr);
  g_free (message);
}

static guint32
read_word (const char *data,
           gsize       length,
           gsize       offset,
           gboolean    swap)
{
  guint32 word;

  g_assert_cmpuint (offset + 4, <=, length);
  memcpy (&word, data + offset, 4);
  return swap ? GUINT32_SWAP_LE_BE (word) : word;
}

/* The NUL-separated forms of the @i-th string of @table. */
static char **
read_forms (const char *data,
            gsize       length,
            guint32     table,
            guint32     i,
            gboolean    swap)
{
  guint32 size = read_word (data, length, table + 8 * i, swap);
  guint32 offset = read_word (data, length, table + 8 * i + 4, swap);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_assert_cmpuint ((gsize) offset + size, <, length);
  for (guint32 start = 0; start <= size; )
    {
      const char *form = data + offset + start;

      g_strv_builder_add (builder, form);
      start += strlen (form) + 1;
    }
  return g_strv_builder_end (builder);
}

/* Every message of @lang's catalogue in the build tree. */
GPtrArray *
wp_test_catalogue_load (const char *lang)
{
  g_autofree char *path = g_build_filename (BUILD_LOCALEDIR, lang, "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  GPtrArray *messages = g_ptr_array_new_with_free_func (message_free);
  gsize length;
  guint32 magic, n_strings, originals, translations;
  gboolean swap;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >=, 20);

  memcpy (&magic, data, 4);
  g_assert_true (magic == MO_MAGIC || GUINT32_SWAP_LE_BE (magic) == MO_MAGIC);
  swap = magic != MO_MAGIC;
  n_strings = read_word (data, length, 8, swap);
  originals = read_word (data, length, 12, swap);
  translations = read_word (data, length, 16, swap);

  for (guint32 i = 0; i < n_strings; i++)
    {
      WpTestMessage *message = g_new0 (WpTestMessage, 1);

      message->msgid = read_forms (data, length, originals, i, swap);
      message->msgstr = read_forms (data, length, translations, i, swap);
      g_ptr_array_add (messages, message);
    }
  return messages;
}

/* "_Export Chart…" → "Export Chart…", "保存(_S)" → "保存": the text a
 * label shows. */
char *
wp_test_strip_mnemonic (const char *label)
{
  g_autoptr (GRegex) japanese = g_regex_new ("\\(_[^)]\\)", 0, 0, NULL);
  g_autofree char *without = g_regex_replace_literal (japanese, label, -1, 0, "", 0, NULL);
  GString *text = g_string_new (NULL);

  for (const char *p = without; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] == '_')
        p++;
      else if (*p == '_')
        continue;
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}
