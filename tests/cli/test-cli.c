/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Runs the built winsock-planner with no display and checks what it prints. */
#include "config.h"

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "wp-test-util.h"

/* Runs the program with the given arguments (NULL-terminated) and no
 * display, in the C locale; it must exit, not be killed. */
static void
run_program (WpTestRun  *run,
             const char *first,
             ...)
{
  va_list args;

  va_start (args, first);
  wp_test_run_c_valist (run, first, args);
  va_end (args);
  g_assert_cmpint (run->status, >=, 0);   /* -1: it did not exit */
}

static char **
csv_row (const char *csv,
         const char *platform_id)
{
  g_auto (GStrv) lines = g_strsplit (csv, "\n", -1);
  g_autofree char *prefix = g_strconcat (platform_id, ",", NULL);

  for (guint i = 1; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strsplit (lines[i], ",", -1);

  g_assert_not_reached ();
}

static void
test_csv_defaults (void)
{
  g_auto (WpTestRun) run;
  g_auto (GStrv) lines = NULL;
  g_auto (GStrv) nt4 = NULL;
  g_auto (GStrv) w2k = NULL;
  g_auto (GStrv) w2003 = NULL;
  g_auto (GStrv) w98 = NULL;

  run_program (&run, "--csv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0],
    "platform,name,ram_mb,max_user_port,time_wait_s,nonpaged_pool_mb,practical_sockets,"
    "theoretical_sockets,client_ports,connections_per_s,limited_by"));
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 7 + 1);   /* header, rows, "" */

  /* platform,name,ram_mb,max_user_port,time_wait_s,pool,practical,theoretical,ports,rate,limited_by */
  nt4 = csv_row (run.out, "nt4");
  g_assert_cmpstr (nt4[1], ==, "Windows NT 4.0");
  g_assert_cmpstr (nt4[2], ==, "2048");
  g_assert_cmpstr (nt4[3], ==, "5000");
  g_assert_cmpstr (nt4[4], ==, "240");
  g_assert_cmpstr (nt4[5], ==, "128");
  g_assert_cmpstr (nt4[6], ==, "8000");
  g_assert_cmpstr (nt4[7], ==, "12000");
  g_assert_cmpstr (nt4[8], ==, "3976");    /* 5000 - 1024 */
  g_assert_cmpstr (nt4[9], ==, "16.56");   /* 3976 / 240 = 16.566…, truncated */
  g_assert_cmpstr (nt4[10], ==, "memory");

  w2k = csv_row (run.out, "win2000");
  g_assert_cmpstr (w2k[5], ==, "256");
  g_assert_cmpstr (w2k[6], ==, "16000");
  g_assert_cmpstr (w2k[7], ==, "25000");

  /* Server 2003: TIME_WAIT 240 s (limits.md), 3976 / 240 */
  w2003 = csv_row (run.out, "win2003");
  g_assert_cmpstr (w2003[4], ==, "240");
  g_assert_cmpstr (w2003[9], ==, "16.56");

  /* 98: no MaxUserPort, no sourced port limit, TIME_WAIT or rate */
  w98 = csv_row (run.out, "win98");
  g_assert_cmpstr (w98[3], ==, "");
  g_assert_cmpstr (w98[4], ==, "");
  g_assert_cmpstr (w98[5], ==, "");
  g_assert_cmpstr (w98[6], ==, "");
  g_assert_cmpstr (w98[7], ==, "");
  g_assert_cmpstr (w98[8], ==, "");
  g_assert_cmpstr (w98[9], ==, "");
  g_assert_cmpstr (w98[10], ==, "registry");
  g_assert_cmpstr (w98[11], ==, "100");
  g_assert_cmpstr (w98[13], ==, "100");    /* clients: MaxConnections alone */
  g_assert_cmpstr (w98[14], ==, "registry");
}

static void
test_csv_inputs (void)
{
  g_auto (WpTestRun) run;
  g_auto (GStrv) nt4 = NULL;
  g_auto (GStrv) xp = NULL;

  run_program (&run, "--csv", "--ram=512M", "--max-user-port=65534", "--time-wait=30",
               "--platform=nt4,winxp", "--socketwrench-3", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.out, "win95"));

  nt4 = csv_row (run.out, "nt4");
  g_assert_cmpstr (nt4[2], ==, "512");
  g_assert_cmpstr (nt4[5], ==, "64");
  g_assert_cmpstr (nt4[6], ==, "4000");
  g_assert_cmpstr (nt4[7], ==, "6000");
  g_assert_cmpstr (nt4[8], ==, "64510");   /* 65534 - 1024 */
  g_assert_cmpstr (nt4[10], ==, "process-cap");

  /* 512 MB hold about 4,000 sockets, SocketWrench 1,000 of them: the
   * client limit is 1,000, and the rate 1000 / 30 */
  xp = csv_row (run.out, "winxp");
  g_assert_cmpstr (xp[4], ==, "30");
  g_assert_cmpstr (xp[9], ==, "33.33");
  g_assert_cmpstr (xp[13], ==, "1000");
  g_assert_cmpstr (xp[14], ==, "process-cap");
}

static void
test_csv_unstable_warning (void)
{
  g_auto (WpTestRun) run;

  run_program (&run, "--csv", "--max-connections=301", "--platform=win95", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "300"));
  /* 95: min (301, 3976) clients, 301 / 240 = 1.254… a second */
  g_assert_nonnull (strstr (run.out, "win95,Windows 95,2048,,240,,,,3976,1.25,registry,301,301,301,registry\n"));
}

typedef struct
{
  const char *args[5];
  const char *platform;
  const char *client_limit;
  const char *client_limited_by;
  const char *rate;
} RuleCase;

/* "How the figures combine" (limits.md), through the command line: no
 * connection above the socket ceiling, the rate follows the client limit
 * and is truncated, never rounded up. */
static void
test_csv_rules (void)
{
  static const RuleCase cases[] = {
    /* 1946 * 4000 / 512 = 15203 sockets, not 64,510 connections; / 240 */
    { { "--ram=1946", "--max-user-port=65534", "--platform=winxp" },
      "winxp", "15203", "memory", "63.34" },
    /* 96 * 4000 / 512 = 750 sockets, below SocketWrench's 1,000; / 240 */
    { { "--ram=96", "--socketwrench-3", "--platform=nt4" }, "nt4", "750", "memory", "3.12" },
    /* 5001 - 1024 = 3977 ports / 30 s = 132.566… */
    { { "--max-user-port=5001", "--time-wait=30", "--platform=win2000" },
      "win2000", "3977", "ports", "132.56" },
    /* 98: MaxConnections alone, no rate */
    { { "--max-connections=5000", "--platform=win98" }, "win98", "5000", "registry", "" },
    /* 95: KB 170791's 3,976 ports bind, 3976 / 240 */
    { { "--max-connections=5000", "--platform=win95" }, "win95", "3976", "ports", "16.56" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const RuleCase *c = &cases[i];
      g_auto (WpTestRun) run;
      g_auto (GStrv) row = NULL;

      run_program (&run, "--csv", c->args[0], c->args[1],
                   c->args[2] ? c->args[2] : NULL, NULL);
      g_test_message ("%s %s %s", c->args[0], c->args[1], c->args[2] ? c->args[2] : "");
      g_assert_cmpint (run.status, ==, 0);
      row = csv_row (run.out, c->platform);
      g_assert_cmpstr (row[9], ==, c->rate);
      g_assert_cmpstr (row[13], ==, c->client_limit);
      g_assert_cmpstr (row[14], ==, c->client_limited_by);
    }
}

/* German: the decimal comma the program prints is taken back. */
static void
test_german_ram (void)
{
  g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "de_DE.UTF-8", "LANGUAGE", "", NULL);
  g_auto (WpTestRun) run;
  g_auto (GStrv) row = NULL;

  if (!wp_test_have_locale ("de_DE.UTF-8"))
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed");
      return;
    }

  wp_test_run (&run, (const char * const *) envp, g_getenv ("WP_BINARY"),
               "--csv", "--ram=1,5G", "--platform=win2000", NULL);
  g_assert_cmpint (run.status, ==, 0);
  row = csv_row (run.out, "win2000");
  g_assert_cmpstr (row[2], ==, "1536");    /* 1.5 * 1024 */
}

static void
test_table_header_grouped (void)
{
  g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "en_US.UTF-8", "LANGUAGE", "", NULL);
  g_auto (WpTestRun) run;

  if (!wp_test_have_locale ("en_US.UTF-8"))
    {
      g_test_skip ("the en_US.UTF-8 locale is not installed");
      return;
    }

  wp_test_run (&run, (const char * const *) envp, g_getenv ("WP_BINARY"),
               "--table", "--ram=2047", "--max-user-port=65534", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out,
                                   "RAM 2,047\u00a0MB, MaxUserPort 65,534, TIME_WAIT platform default\n"));
}

static void
test_table (void)
{
  g_auto (WpTestRun) run;
  g_auto (GStrv) lines = NULL;
  const char *header = NULL;

  run_program (&run, "--table", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "RAM 2\u00a0GB, MaxUserPort 5000"));

  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], "Platform"))
      header = lines[i];
  g_assert_nonnull (header);

  /* Columns line up: the right-aligned "Server limit" ends, in characters,
   * where every row's figure ends. */
  {
    const char *title = strstr (header, "Server limit");
    glong end = g_utf8_pointer_to_offset (header, title + strlen ("Server limit"));
    guint rows = 0;

    g_assert_nonnull (title);
    for (guint i = 0; lines[i]; i++)
      {
        const char *at;

        if (!g_str_has_prefix (lines[i], "Windows "))
          continue;
        at = g_utf8_offset_to_pointer (lines[i], end);
        g_assert_true (g_ascii_isdigit (at[-1]));
        g_assert_cmpint (at[0], ==, ' ');
        rows++;
      }
    g_assert_cmpuint (rows, ==, 7);
  }

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], "Windows NT 4.0"))
      {
        g_assert_nonnull (strstr (lines[i], "128\u00a0MB"));
        g_assert_nonnull (strstr (lines[i], "8000"));
        g_assert_nonnull (strstr (lines[i], "12000"));
        g_assert_nonnull (strstr (lines[i], "non-paged pool"));
      }
  g_assert_nonnull (strstr (run.out, "Windows Server 2003"));
}

/* ---- --reg ---- */

#define REG_KEY_NT "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters]\r\n"
#define REG_KEY_9X "[HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\VxD\\MSTCP]\r\n"
#define REG_DELETED(name, value) \
  "; " name " is at its default (" value "): deleted, so that Windows uses its built-in default\r\n" \
  "\"" name "\"=-\r\n"

/* Runs the program with --reg=DIR/out.reg and @args (up to 3); returns
 * what it wrote, or NULL when it wrote nothing. */
static char *
run_reg (WpTestRun  *run,
         const char *dir,
         const char *arg1,
         const char *arg2,
         const char *arg3)
{
  g_autofree char *path = g_build_filename (dir, "out.reg", NULL);
  g_autofree char *option = g_strconcat ("--reg=", path, NULL);
  char *contents = NULL;

  run_program (run, option, arg1, arg2, arg3, NULL);
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  g_assert_no_errno (g_unlink (path));
  return contents;
}

static char *
make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("wp-cli-reg-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Values left at their defaults are deleted, with a comment each. */
static void
test_reg_defaults_deleted (void)
{
  g_autofree char *dir = make_dir ();
  g_auto (WpTestRun) nt4_run;
  g_auto (WpTestRun) w98_run;
  g_autofree char *nt4 = run_reg (&nt4_run, dir, "--platform=nt4", NULL, NULL);
  g_autofree char *w98 = run_reg (&w98_run, dir, "--platform=win98", "--max-connections=100",
                                  NULL);

  g_assert_cmpint (nt4_run.status, ==, 0);
  g_assert_cmpstr (nt4_run.out, ==, "");
  g_assert_cmpstr (nt4_run.err, ==, "");
  g_assert_cmpstr (nt4, ==,
                   "REGEDIT4\r\n\r\n"
                   REG_KEY_NT
                   REG_DELETED ("MaxUserPort", "5000")
                   REG_DELETED ("TcpTimedWaitDelay", "240")
                   "\r\n");

  g_assert_cmpint (w98_run.status, ==, 0);
  g_assert_cmpstr (w98, ==,
                   "REGEDIT4\r\n\r\n"
                   REG_KEY_9X
                   REG_DELETED ("MaxConnections", "100")
                   "\r\n");
  g_assert_no_errno (g_rmdir (dir));
}

/* Values the plan changes are written, in each platform's type. */
static void
test_reg_written (void)
{
  g_autofree char *dir = make_dir ();
  g_auto (WpTestRun) w2k_run;
  g_auto (WpTestRun) w95_run;
  g_auto (WpTestRun) w98_run;
  g_autofree char *w2k = run_reg (&w2k_run, dir, "--platform=win2000",
                                  "--max-user-port=65534", "--time-wait=30");
  g_autofree char *w95 = run_reg (&w95_run, dir, "--platform=win95", "--max-connections=300",
                                  NULL);
  g_autofree char *w98 = run_reg (&w98_run, dir, "--platform=win98", "--max-connections=300",
                                  NULL);

  g_assert_cmpint (w2k_run.status, ==, 0);
  g_assert_cmpstr (w2k_run.err, ==, "");
  g_assert_cmpstr (w2k, ==,
                   "REGEDIT4\r\n\r\n"
                   REG_KEY_NT
                   "\"MaxUserPort\"=dword:0000fffe\r\n"
                   "\"TcpTimedWaitDelay\"=dword:0000001e\r\n"
                   "\r\n");
  g_assert_cmpint (w95_run.status, ==, 0);
  g_assert_cmpstr (w95, ==,
                   "REGEDIT4\r\n\r\n" REG_KEY_9X "\"MaxConnections\"=dword:0000012c\r\n\r\n");
  g_assert_cmpint (w98_run.status, ==, 0);
  g_assert_cmpstr (w98, ==,
                   "REGEDIT4\r\n\r\n" REG_KEY_9X "\"MaxConnections\"=\"300\"\r\n\r\n");
  g_assert_no_errno (g_rmdir (dir));
}

/* A .reg file is one platform's: none, several or all is refused, in one
 * line naming --reg and --platform, and nothing is written. */
static void
test_reg_needs_one_platform (void)
{
  static const char *const platforms[] = { NULL, "--platform=nt4,win2000", "--platform=all" };
  g_autofree char *dir = make_dir ();

  for (gsize i = 0; i < G_N_ELEMENTS (platforms); i++)
    {
      g_auto (WpTestRun) run;
      g_autofree char *reg = run_reg (&run, dir, "--time-wait=30", platforms[i], NULL);

      g_test_message ("%s: %s", platforms[i] ? platforms[i] : "no --platform", run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_null (reg);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==,
                       "winsock-planner: --reg needs exactly one platform: add --platform=ID, "
                       "with ID one of win95, win98, winme, nt4, win2000, winxp, win2003, vista-x86, vista-x64, " \
                       "win7-x86, win7-x64, win81-x86, win81-x64, win10-x86, win10-x64\n");
    }
  g_assert_no_errno (g_rmdir (dir));
}

typedef struct
{
  const char *args[3];
  const char *message;   /* must appear on stderr */
} BadCase;

static void
test_bad_input (void)
{
  static const BadCase cases[] = {
    { { "--csv", "--ram=abc" }, "--ram: “abc” is not a number" },
    { { "--csv", "--ram=" }, "--ram: no value was given" },
    { { "--csv", "--ram=-1G" }, "--ram: “-1G” is negative" },
    { { "--csv", "--ram=17T" }, "valid sizes are 1 MB to 16 TB" },
    { { "--csv", "--ram=2 parsecs" }, "--ram: “2 parsecs” has an unknown unit" },
    { { "--csv", "--ram=1536K" }, "--ram: “1536K” is not a whole number of megabytes" },
    { { "--csv", "--max-user-port=4999" }, "--max-user-port: 4999 is out of range: valid values are 5000 to 65534" },
    { { "--csv", "--max-user-port=65535" }, "valid values are 5000 to 65534" },
    { { "--csv", "--max-user-port=5000.5" }, "--max-user-port: “5000.5” is not a whole number" },
    { { "--csv", "--max-user-port=99999999999999999999" }, "out of range" },
    { { "--table", "--time-wait=29" }, "--time-wait: 29 is out of range: valid values are 30 to 300" },
    { { "--table", "--time-wait=301" }, "valid values are 30 to 300" },
    { { "--table", "--max-connections=0" }, "--max-connections: 0 is out of range" },
    { { "--table", "--platform=vista" }, "--platform: unknown platform “vista”" },
    { { "--table", "--csv" }, "cannot be combined" },
    { { "--csv", "--reg=out.reg", "--platform=nt4" }, "--table, --csv, --export, --reg and --report cannot be combined" },
    { { "--table", "--size=100x100" }, "--size only applies to --export" },
    { { "--sources", "--platform=nt4,win95" }, "--platform: --sources takes exactly one platform" },
    { { "--sources", "--platform=all" }, "--platform: --sources takes exactly one platform" },
    { { "--sources", "--table" }, "--sources cannot be combined with --table, --csv, --export, --reg or --report" },
    { { "--sources", "--reg=out.reg", "--platform=nt4" }, "--sources cannot be combined" },
    { { "--csv", "--sources" }, "--sources cannot be combined" },
    { { "--no-footnote" }, "--no-footnote only applies to --export" },
    { { "--csv", "--no-footnote" }, "--no-footnote only applies to --export" },
    { { "--table", "--text-scale=2" }, "--text-scale only applies to --export" },
    { { "--theme=dark" }, "--theme only applies to --export" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (WpTestRun) run;

      run_program (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], NULL);
      g_test_message ("%s %s: %s", cases[i].args[0], cases[i].args[1], run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, cases[i].message));
      /* one line */
      g_assert_true (g_str_has_suffix (run.err, "\n"));
      g_assert_null (strchr (run.err, '\n') + 1 == run.err + strlen (run.err) ? NULL : "more than one line");
    }
}

/* Every rule with its documents; with one platform, its figures' rules. */
static void
test_sources (void)
{
  g_auto (WpTestRun) run;
  g_auto (WpTestRun) win95 = { 0 };

  run_program (&run, "--sources", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "Rules and the documents they come from:\n"));
  g_assert_nonnull (strstr (run.out,
    "\npool-estimate\n  NT family: the non-paged pool is about RAM / 8, at most 128 MB on "
    "NT 4.0 and 256 MB on 2000 and later. An estimate for planning, not Microsoft’s formula.\n"
    "  From: Catalyst KB 100072 “Maximum Number of Windows Sockets Connections”\n"));
  g_assert_nonnull (strstr (run.out, "\nwin95-client-ports\n"));
  g_assert_nonnull (strstr (run.out, "  From: Microsoft KB 170791\n"));
  g_assert_nonnull (strstr (run.out,
    "\n  2\u00a0GB of RAM: estimate 256\u00a0MB; measured 256\u00a0MB on Windows 2000, "
    "252\u00a0MB on Server 2003 SP1\n"));
  g_assert_null (strstr (run.out, "each figure"));

  /* 95 at 1 GB: its client ports, 5000 − 1024, from KB 170791 */
  run_program (&win95, "--sources", "--platform=win95", "--ram=1G", NULL);
  g_assert_cmpint (win95.status, ==, 0);
  g_assert_cmpstr (win95.err, ==, "");
  g_assert_nonnull (strstr (win95.out,
    "\nWindows 95, RAM 1\u00a0GB, MaxUserPort 5000, TIME_WAIT platform default: each figure and "
    "the rules that produced it:\n"
    "  MaxConnections 100: rules 9x-max-connections, 9x-value-type; documents Catalyst KB "
    "100072, Microsoft KB 158474, smallvoid.com\n"));
  g_assert_nonnull (strstr (win95.out,
    "\n  Client ports 3976: rules win95-client-ports; documents Microsoft KB 170791\n"));
  g_assert_null (strstr (win95.out, "Non-paged pool 1"));
}

static void
test_help (void)
{
  g_auto (WpTestRun) run;
  static const char *options[] = {
    "--ram", "--max-user-port", "--time-wait", "--max-connections", "--socketwrench-3",
    "--platform", "--table", "--csv", "--export", "--size", "--reg=FILE", "--sources",
    "--no-footnote", "--text-scale=F", "--theme=light|dark", "--scale=auto|linear|log",
  };

  run_program (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (gsize i = 0; i < G_N_ELEMENTS (options); i++)
    g_assert_nonnull (strstr (run.out, options[i]));
}

static void
test_version (void)
{
  g_auto (WpTestRun) run;

  run_program (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "winsock-planner " PACKAGE_VERSION "\n");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/csv/defaults", test_csv_defaults);
  g_test_add_func ("/cli/csv/inputs", test_csv_inputs);
  g_test_add_func ("/cli/csv/unstable-warning", test_csv_unstable_warning);
  g_test_add_func ("/cli/csv/rules", test_csv_rules);
  g_test_add_func ("/cli/csv/german-ram", test_german_ram);
  g_test_add_func ("/cli/table", test_table);
  g_test_add_func ("/cli/table/header-grouped", test_table_header_grouped);
  g_test_add_func ("/cli/reg/defaults-deleted", test_reg_defaults_deleted);
  g_test_add_func ("/cli/reg/written", test_reg_written);
  g_test_add_func ("/cli/reg/needs-one-platform", test_reg_needs_one_platform);
  g_test_add_func ("/cli/bad-input", test_bad_input);
  g_test_add_func ("/cli/sources", test_sources);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/version", test_version);

  return g_test_run ();
}
