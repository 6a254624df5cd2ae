/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The .cmd writer with any text in its heading (wp-file-heading.h): the
 * script, read back line by line, must be "@echo off", comment lines
 * cmd.exe cannot read as anything else, and exactly the commands the plan
 * asks for, in order: the netsh range (KB 929851), then reg add or reg
 * delete for each value. */
#include "config.h"

#include "fuzz-writer.h"

#define KEY "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters"

/* The commands, written here from the documented syntax. */
static GPtrArray *
expected_commands (const FuzzWriterInput *in)
{
  WpRegistryValue values[WP_REGISTRY_MAX_VALUES];
  GPtrArray *commands = g_ptr_array_new_with_free_func (g_free);
  guint n = wp_registry_values (in->platform, &in->input, values);

  g_ptr_array_add (commands, g_strdup_printf ("netsh int ipv4 set dynamicport tcp start=%u num=%u",
                                              in->input.port_start, in->input.port_count));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (commands, values[i].is_default
                     ? g_strdup_printf ("reg delete \"" KEY "\" /v %s /f 2>nul", values[i].name)
                     : g_strdup_printf ("reg add \"" KEY "\" /v %s /t %s /d %u /f", values[i].name,
                                        values[i].type == WP_REG_SZ ? "REG_SZ" : "REG_DWORD",
                                        values[i].value));
  return commands;
}

/* A rem line cmd.exe keeps to itself: printable ASCII without the
 * characters it expands or splits on (% ! ^ & | < > "), and a first word
 * that is not a switch ("rem /?" prints help). */
static void
check_comment (const char *text)
{
  if (strlen (text) > FUZZ_COMMENT_MAX || *text == '/' || *text == ' ')
    abort ();
  for (const char *c = text; *c != '\0'; c++)
    if (*c < 0x20 || *c > 0x7e || strchr ("%!^&|<>\"", *c) != NULL)
      abort ();
}

/* The writer's own comments: before the range, before a deleted value. */
static gboolean
is_own_comment (const char *text)
{
  return g_str_has_prefix (text, "Client ports: the dynamic port range (Microsoft KB 929851)") ||
         strstr (text, " is at its default (") != NULL ||
         strcmp (text, "(? stands for a character a script cannot hold safely)") == 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  guint nt6 = 0;
  FuzzWriterInput in;
  g_autoptr (GPtrArray) commands = NULL;
  g_autofree char *cmd = NULL;
  g_auto (GStrv) lines = NULL;
  guint next = 0;

  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    if (wp_registry_has_netsh (p))
      nt6 |= 1u << p;
  fuzz_writer_input_init (&in, data, size, nt6);
  commands = expected_commands (&in);
  cmd = wp_registry_format_cmd_with_heading (in.platform, &in.input, &in.heading);
  lines = fuzz_crlf_lines (cmd);
  if (lines[0] == NULL || strcmp (lines[0], "@echo off") != 0)
    abort ();

  for (guint i = 1; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "rem "))
        {
          const char *text = lines[i] + 4;

          check_comment (text);
          /* The heading comes before the first command. */
          if (!(next == 0 && fuzz_heading_line (&in, text)) &&
              !is_own_comment (text))
            abort ();
        }
      else if (next < commands->len && strcmp (lines[i], commands->pdata[next]) == 0)
        next++;
      else
        abort ();
    }
  if (next != commands->len)
    abort ();

  fuzz_heading_check (&in);
  fuzz_writer_input_clear (&in);
  return 0;
}
