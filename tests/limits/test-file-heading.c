/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The heading of .reg and .cmd files (report/wp-file-heading.h): each
 * class of dangerous character, and the line it must become.  Expected
 * lines written from the rules: "; Plan: " or "rem Plan: " and the text in
 * printable ASCII; in a .reg file "\" is "?", in a .cmd file ! " % & < > ^ |
 * are "?"; other characters transliterated or "?"; a "?" standing for a
 * character adds the note line; line breaks start a new line with the same
 * label; trailing white space and breaks are left out. */
#include "config.h"

#include <string.h>

#include "report/wp-file-heading.h"
#include "report/wp-registry.h"

#define REG_NOTE "; (? stands for a character a .reg file cannot hold safely)\r\n"
#define CMD_NOTE "rem (? stands for a character a script cannot hold safely)\r\n"

typedef struct
{
  const char *what;
  const char *text;   /* as the plan's name */
  const char *reg;    /* the lines a .reg file gets */
  const char *cmd;    /* the lines a .cmd script gets */
} HeadingCase;

static const HeadingCase cases[] = {
  { "plain", "Web farm 2", "; Plan: Web farm 2\r\n", "rem Plan: Web farm 2\r\n" },
  { "LF", "a\nb", "; Plan: a\r\n; Plan: b\r\n", "rem Plan: a\r\nrem Plan: b\r\n" },
  { "CRLF is one break", "a\r\nb", "; Plan: a\r\n; Plan: b\r\n", "rem Plan: a\r\nrem Plan: b\r\n" },
  { "CR", "a\rb", "; Plan: a\r\n; Plan: b\r\n", "rem Plan: a\r\nrem Plan: b\r\n" },
  { "LF CR is two", "a\n\rb", "; Plan: a\r\n; Plan:\r\n; Plan: b\r\n",
    "rem Plan: a\r\nrem Plan:\r\nrem Plan: b\r\n" },
  { "U+0085 NEL", "a\xc2\x85" "b", "; Plan: a\r\n; Plan: b\r\n", "rem Plan: a\r\nrem Plan: b\r\n" },
  { "U+2028 LS", "a\xe2\x80\xa8" "b", "; Plan: a\r\n; Plan: b\r\n", "rem Plan: a\r\nrem Plan: b\r\n" },
  { "U+2029 PS", "a\xe2\x80\xa9" "b", "; Plan: a\r\n; Plan: b\r\n", "rem Plan: a\r\nrem Plan: b\r\n" },
  { "empty line kept", "a\n\nb", "; Plan: a\r\n; Plan:\r\n; Plan: b\r\n",
    "rem Plan: a\r\nrem Plan:\r\nrem Plan: b\r\n" },
  { "trailing break and blanks", "a \r\n\t ", "; Plan: a\r\n", "rem Plan: a\r\n" },
  { "only blanks", " \n\t", "", "" },
  { "cmd's specials", "^ & | < > % ! \"",
    "; Plan: ^ & | < > % ! \"\r\n", "rem Plan: ? ? ? ? ? ? ? ?\r\n" CMD_NOTE },
  { "variable and path operator", "%PATH% %~f0 !x!",
    "; Plan: %PATH% %~f0 !x!\r\n", "rem Plan: ?PATH? ?~f0 ?x?\r\n" CMD_NOTE },
  { "caret at the end", "x ^", "; Plan: x ^\r\n", "rem Plan: x ?\r\n" CMD_NOTE },
  { "backslash at the end", "C:\\logs\\",
    "; Plan: C:?logs?\r\n" REG_NOTE, "rem Plan: C:\\logs\\\r\n" },
  { "a key and a value", "\n[HKEY_LOCAL_MACHINE\\SOFTWARE]\n\"x\"=dword:00000001",
    "; Plan:\r\n; Plan: [HKEY_LOCAL_MACHINE?SOFTWARE]\r\n; Plan: \"x\"=dword:00000001\r\n" REG_NOTE,
    "rem Plan:\r\nrem Plan: [HKEY_LOCAL_MACHINE\\SOFTWARE]\r\nrem Plan: ?x?=dword:00000001\r\n"
    CMD_NOTE },
  { "a command", "x\r\nnetsh int ipv4 reset & del /q C:\\*",
    "; Plan: x\r\n; Plan: netsh int ipv4 reset & del /q C:?*\r\n" REG_NOTE,
    "rem Plan: x\r\nrem Plan: netsh int ipv4 reset ? del /q C:\\*\r\n" CMD_NOTE },
  { "rem's help", "/?", "; Plan: /?\r\n", "rem Plan: /?\r\n" },
  { "controls", "a\tb\vc\fd\x1a" "e\x1b" "f\x7fg", "; Plan: a?b?c?d?e?f?g\r\n" REG_NOTE,
    "rem Plan: a?b?c?d?e?f?g\r\n" CMD_NOTE },
  { "NUL ends the text", "ab\0[x]", "; Plan: ab\r\n", "rem Plan: ab\r\n" },
  { "invalid UTF-8", "a\xff" "b", "; Plan: a?b\r\n" REG_NOTE, "rem Plan: a?b\r\n" CMD_NOTE },
  { "cut UTF-8", "a\xc3", "; Plan: a?\r\n" REG_NOTE, "rem Plan: a?\r\n" CMD_NOTE },
  { "transliterated", "M\xc3\xbcller Cr\xc3\xa8me \xe2\x82\xac",
    "; Plan: Muller Creme EUR\r\n", "rem Plan: Muller Creme EUR\r\n" },
  { "no ASCII form", "\xe6\x97\xa5\xe6\x9c\xac" " x", "; Plan: ?? x\r\n" REG_NOTE,
    "rem Plan: ?? x\r\n" CMD_NOTE },
  { "full-width specials", "\xef\xbc\x85\xef\xbc\x86\xef\xbc\xbe\xef\xbc\xbc",
    "; Plan: %&^?\r\n" REG_NOTE, "rem Plan: ???\\\r\n" CMD_NOTE },
};

static void
test_cases (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      WpFileHeading heading = { cases[i].text, NULL, NULL };
      g_autoptr (GString) reg = g_string_new (NULL);
      g_autoptr (GString) cmd = g_string_new (NULL);

      g_test_message ("%s", cases[i].what);
      g_assert_cmpint (wp_file_heading_append (reg, &heading, WP_FILE_HEADING_REG), ==,
                       *cases[i].reg != '\0');
      g_assert_cmpstr (reg->str, ==, cases[i].reg);
      g_assert_cmpint (wp_file_heading_append (cmd, &heading, WP_FILE_HEADING_CMD), ==,
                       *cases[i].cmd != '\0');
      g_assert_cmpstr (cmd->str, ==, cases[i].cmd);
      g_assert_cmpint (wp_file_heading_is_empty (&heading), ==, *cases[i].reg == '\0');
    }
}

/* Plan, Customer, Notes in that order; a field NULL or empty left out; one
 * note line for all fields. */
static void
test_fields (void)
{
  WpFileHeading all = { "P", "Contoso & Sons", "n1\nn2" };
  WpFileHeading some = { "", NULL, "only notes" };
  g_autoptr (GString) out = g_string_new ("x");

  wp_file_heading_append (out, &all, WP_FILE_HEADING_CMD);
  g_assert_cmpstr (out->str, ==, "xrem Plan: P\r\nrem Customer: Contoso ? Sons\r\n"
                                 "rem Notes: n1\r\nrem Notes: n2\r\n" CMD_NOTE);
  g_string_truncate (out, 0);
  wp_file_heading_append (out, &some, WP_FILE_HEADING_REG);
  g_assert_cmpstr (out->str, ==, "; Notes: only notes\r\n");
  g_string_truncate (out, 0);
  g_assert_false (wp_file_heading_append (out, NULL, WP_FILE_HEADING_REG));
  g_assert_true (wp_file_heading_is_empty (NULL));
  g_assert_cmpstr (out->str, ==, "");
}

/* 100 characters a line, the next ones on the next line; past 2000
 * characters a line says how many were left out. */
static void
test_long (void)
{
  g_autofree char *x250 = g_strnfill (250, 'x');
  g_autofree char *y2005 = g_strnfill (2005, 'y');
  g_autofree char *line100 = g_strnfill (100, 'y');
  WpFileHeading heading = { x250, NULL, y2005 };
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GString) expected = g_string_new (NULL);
  g_autofree char *x100 = g_strnfill (100, 'x');
  g_autofree char *x50 = g_strnfill (50, 'x');

  g_string_append_printf (expected, "; Plan: %s\r\n; Plan: %s\r\n; Plan: %s\r\n", x100, x100, x50);
  for (guint i = 0; i < 2000 / 100; i++)
    g_string_append_printf (expected, "; Notes: %s\r\n", line100);
  g_string_append (expected, "; Notes: (5 more characters left out)\r\n");
  wp_file_heading_append (out, &heading, WP_FILE_HEADING_REG);
  g_assert_cmpstr (out->str, ==, expected->str);
}

/* The whole files: the heading after REGEDIT4 and a blank line, before the
 * key; after @echo off in the script.  MaxConnections on 98/ME is a quoted
 * string (limits.md, "Registry locations"). */
static void
test_files (void)
{
  WpFileHeading heading = { "Lab\r\n[HKEY_CURRENT_USER]", "%USERNAME%", NULL };
  g_autofree char *reg = NULL;
  g_autofree char *cmd = NULL;
  WpLimitsInput input;

  wp_limits_input_init (&input);
  input.max_connections = 250;
  reg = wp_registry_format_reg_with_heading (WP_PLATFORM_WIN98, &input, &heading);
  g_assert_cmpstr (reg, ==,
                   "REGEDIT4\r\n\r\n"
                   "; Plan: Lab\r\n; Plan: [HKEY_CURRENT_USER]\r\n; Customer: %USERNAME%\r\n\r\n"
                   "[HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\VxD\\MSTCP]\r\n"
                   "\"MaxConnections\"=\"250\"\r\n\r\n");

  wp_limits_input_init (&input);
  input.time_wait_s = 30;
  cmd = wp_registry_format_cmd_with_heading (WP_PLATFORM_WIN10_X64, &input, &heading);
  g_assert_cmpstr (cmd, ==,
                   "@echo off\r\n"
                   "rem Plan: Lab\r\nrem Plan: [HKEY_CURRENT_USER]\r\nrem Customer: ?USERNAME?\r\n"
                   CMD_NOTE
                   "rem Client ports: the dynamic port range (Microsoft KB 929851); "
                   "run as administrator, then restart\r\n"
                   "netsh int ipv4 set dynamicport tcp start=49152 num=16384\r\n"
                   "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\" "
                   "/v TcpTimedWaitDelay /t REG_DWORD /d 30 /f\r\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report/file-heading/cases", test_cases);
  g_test_add_func ("/report/file-heading/fields", test_fields);
  g_test_add_func ("/report/file-heading/long", test_long);
  g_test_add_func ("/report/file-heading/files", test_files);
  return g_test_run ();
}
