/* SPDX-License-Identifier: GPL-3.0-or-later */
/* --name, --customer, --notes: the heading of the --reg file, as comment
 * lines nothing in them can leave (report/wp-file-heading.h; the rules:
 * README, "Text in the .reg and .cmd files"); refused without --reg. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "wp-test-util.h"

/* Runs the program with --reg=DIR/@file and the options; returns the file. */
static char *
write_file (const char *file,
            const char *arg1,
            const char *arg2,
            const char *arg3,
            const char *arg4)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wp-cli-heading-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autofree char *option = g_strconcat ("--reg=", path, NULL);
  g_autofree char *out = NULL;
  char *contents = NULL;

  g_assert_no_error (error);
  out = wp_test_run_ok (option, arg1, arg2, arg3, arg4, NULL);
  g_assert_cmpstr (out, ==, "");
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
  return contents;
}

static void
test_reg (void)
{
  g_autofree char *reg = write_file ("plan.reg", "--platform=win2000", "--name=Web farm",
                                     "--customer=Contoso\\Lab",
                                     "--notes=Line one\n[HKEY_CURRENT_USER]\n\"x\"=-");

  g_assert_cmpstr (reg, ==,
                   "REGEDIT4\r\n\r\n"
                   "; Plan: Web farm\r\n"
                   "; Customer: Contoso?Lab\r\n"
                   "; Notes: Line one\r\n"
                   "; Notes: [HKEY_CURRENT_USER]\r\n"
                   "; Notes: \"x\"=-\r\n"
                   "; (? stands for a character a .reg file cannot hold safely)\r\n"
                   "\r\n"
                   "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters]\r\n"
                   "; MaxUserPort is at its default (5000): deleted, so that Windows uses its "
                   "built-in default\r\n"
                   "\"MaxUserPort\"=-\r\n"
                   "; TcpTimedWaitDelay is at its default (240): deleted, so that Windows uses its "
                   "built-in default\r\n"
                   "\"TcpTimedWaitDelay\"=-\r\n"
                   "\r\n");
}

static void
test_cmd (void)
{
  g_autofree char *cmd = write_file ("plan.cmd", "--platform=win10-x64", "--port-start=10000",
                                     "--name=%COMPUTERNAME% & shutdown /s ^",
                                     "--notes=a\xe2\x80\xa8" "b|c");

  g_assert_true (g_str_has_prefix (cmd,
                                   "@echo off\r\n"
                                   "rem Plan: ?COMPUTERNAME? ? shutdown /s ?\r\n"
                                   "rem Notes: a\r\n"
                                   "rem Notes: b?c\r\n"
                                   "rem (? stands for a character a script cannot hold safely)\r\n"
                                   "rem Client ports:"));
  g_assert_nonnull (strstr (cmd, "\r\nnetsh int ipv4 set dynamicport tcp start=10000 num=16384\r\n"));
}

/* Nothing but --reg writes them yet: elsewhere they would be lost. */
static void
test_refused (void)
{
  wp_test_run_refused ("--name only applies to --reg\n", "--name=x", "--csv", NULL);
  wp_test_run_refused ("--customer only applies to --reg\n", "--customer=x", "--table", NULL);
  wp_test_run_refused ("--notes only applies to --reg\n", "--notes=x", "--export=x.png", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/heading/reg", test_reg);
  g_test_add_func ("/cli/heading/cmd", test_cmd);
  g_test_add_func ("/cli/heading/refused", test_refused);
  return g_test_run ();
}
