/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The .reg writer with any text in its heading (wp-file-heading.h): the
 * file, read back by a strict REGEDIT4 parser written here, must hold
 * exactly the plan's values under its key, and the text only in comment
 * lines that regedit cannot read as anything else. */
#include "config.h"

#include "fuzz-writer.h"

/* "name" with \\ and \" escapes, at *p; the name, or NULL. */
static char *
parse_quoted (const char **p)
{
  g_autoptr (GString) out = g_string_new (NULL);
  const char *c = *p;

  if (*c++ != '"')
    return NULL;
  for (; *c != '"'; c++)
    {
      if (*c == '\0')
        return NULL;
      if (*c == '\\' && (c[1] == '\\' || c[1] == '"'))
        c++;
      else if (*c == '\\')
        return NULL;
      g_string_append_c (out, *c);
    }
  *p = c + 1;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "name"=-, "name"=dword:xxxxxxxx or "name"="text": what the value line
 * does, as the writer's WpRegistryValue would say it; abort() otherwise. */
static void
check_value_line (const char            *line,
                  const WpRegistryValue *expected)
{
  const char *p = line;
  g_autofree char *name = parse_quoted (&p);
  g_autofree char *data = NULL;
  char digits[16];

  if (name == NULL || strcmp (name, expected->name) != 0 || *p++ != '=')
    abort ();
  if (expected->is_default)
    {
      if (strcmp (p, "-") != 0)
        abort ();
      return;
    }
  if (expected->type == WP_REG_SZ)
    {
      g_snprintf (digits, sizeof digits, "%u", expected->value);
      if ((data = parse_quoted (&p)) == NULL || *p != '\0' || strcmp (data, digits) != 0)
        abort ();
      return;
    }
  if (!g_str_has_prefix (p, "dword:") || strlen (p + 6) != 8 ||
      strspn (p + 6, "0123456789abcdef") != 8 || strtoul (p + 6, NULL, 16) != expected->value)
    abort ();
}

/* A comment regedit keeps to its line: printable ASCII, no backslash (older
 * Wine and ReactOS regedits join the next line to one ending in it). */
static void
check_comment (const char *line)
{
  if (strlen (line) > FUZZ_COMMENT_MAX + 2)
    abort ();
  for (const char *c = line; *c != '\0'; c++)
    if (*c < 0x20 || *c > 0x7e || *c == '\\')
      abort ();
}

static gboolean
is_default_comment (const char            *line,
                    const WpRegistryValue *value)
{
  g_autofree char *expected = NULL;

  if (value == NULL || !value->is_default)
    return FALSE;
  expected = g_strdup_printf ("; %s is at its default (%u): deleted, so that Windows uses its "
                              "built-in default", value->name, value->value);
  return strcmp (line, expected) == 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  FuzzWriterInput in;
  WpRegistryValue values[WP_REGISTRY_MAX_VALUES];
  g_autofree char *reg = NULL;
  g_auto (GStrv) lines = NULL;
  guint n_values, next = 0;
  g_autofree char *key = NULL;

  fuzz_writer_input_init (&in, data, size, WP_PLATFORMS_ALL);
  n_values = wp_registry_values (in.platform, &in.input, values);
  reg = wp_registry_format_reg_with_heading (in.platform, &in.input, &in.heading);
  lines = fuzz_crlf_lines (reg);
  if (g_strv_length (lines) < 2 || strcmp (lines[0], "REGEDIT4") != 0 || *lines[1] != '\0')
    abort ();

  for (guint i = 2; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      if (*line == '\0')
        continue;
      if (*line == ';')
        {
          check_comment (line);
          /* The heading before the key, each line its label's; after it,
           * only the line before a value that is deleted. */
          if (key == NULL && strcmp (line, "; (? stands for a character a .reg file cannot "
                                           "hold safely)") != 0 &&
              (line[1] != ' ' || !fuzz_heading_line (&in, line + 2)))
            abort ();
          if (key != NULL && !is_default_comment (line, next < n_values ? &values[next] : NULL))
            abort ();
        }
      else if (*line == '[')
        {
          /* One key, with nothing after its bracket. */
          if (key != NULL || !g_str_has_suffix (line, "]") ||
              strcspn (line + 1, "[]") != strlen (line) - 2)
            abort ();
          key = g_strndup (line + 1, strlen (line) - 2);
        }
      else if (key != NULL && next < n_values && strcmp (key, values[next].key) == 0)
        check_value_line (line, &values[next++]);
      else
        abort ();
    }
  if (key == NULL || next != n_values)
    abort ();

  fuzz_heading_check (&in);
  fuzz_writer_input_clear (&in);
  return 0;
}
