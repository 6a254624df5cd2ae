/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Windows Vista and later on the command line: the ids, --port-start,
 * --port-count, --connection-cost and their bad values, the CSV rows and
 * the .cmd script.  Figures: limits.md ("Vista and later: dynamic port
 * range", "Non-paged pool ceilings", "Cost of one connection"). */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "wp-test-util.h"

#define PROGRAM "winsock-planner: "

/* The row's fields; the name (the second, quoted where it holds a comma,
 * RFC 4180) reads as "name". */
static char **
row_of (const char *csv,
        const char *prefix)
{
  g_auto (GStrv) lines = g_strsplit (csv, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      {
        const char *name = lines[i] + strlen (prefix);
        const char *rest = *name == '"' ? strchr (name + 1, '"') + 1 : strchr (name, ',');
        g_autofree char *row = g_strconcat (prefix, "name", rest, NULL);

        return g_strsplit (row, ",", -1);
      }

  g_assert_not_reached ();
}

/* --help names every platform id. */
static void
test_help_ids (void)
{
  static const char * const ids[] = { "vista-x86", "vista-x64", "win7-x86", "win7-x64",
                                      "win81-x86", "win81-x64", "win10-x86", "win10-x64" };
  g_auto (WpTestRun) run;

  wp_test_run_c (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (gsize i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_nonnull (strstr (run.out, ids[i]));
  g_assert_nonnull (strstr (run.out, "--port-start"));
  g_assert_nonnull (strstr (run.out, "--port-count"));
  g_assert_nonnull (strstr (run.out, "--connection-cost"));
}

/* The CSV's earlier columns stay; the new rows fill what applies. */
static void
test_csv_rows (void)
{
  g_auto (WpTestRun) run;
  g_auto (GStrv) win10 = NULL;
  g_auto (GStrv) vista = NULL;
  g_auto (GStrv) win7 = NULL;

  wp_test_run_c (&run, "--csv", "--ram=8G", "--platform=win10-x64,vista-x86,win7-x86",
         "--port-start=1025", "--port-count=64511", "--connection-cost=7", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out,
    "platform,name,ram_mb,max_user_port,time_wait_s,nonpaged_pool_mb,practical_sockets,"
    "theoretical_sockets,client_ports,connections_per_s,limited_by,max_connections,"
    "server_limit,client_limit,client_limited_by"));

  /* 10 x64, 8 GB: the pool is all of RAM, 8,388,608 KB / 7 KB, down. */
  win10 = row_of (run.out, "win10-x64,");
  g_assert_cmpstr (win10[3], ==, "");                 /* MaxUserPort: legacy */
  g_assert_cmpstr (win10[4], ==, "240");              /* RFC 793 */
  g_assert_cmpstr (win10[5], ==, "8192");
  g_assert_cmpuint (g_ascii_strtoull (win10[6], NULL, 10), ==, 8192u * 1024 / 7);
  g_assert_cmpstr (win10[7], ==, "");                 /* no theoretical figure */
  g_assert_cmpstr (win10[8], ==, "64511");
  g_assert_cmpstr (win10[11], ==, "");                /* no MaxConnections */
  g_assert_cmpstr (win10[13], ==, "64511");
  g_assert_cmpstr (win10[14], ==, "ports");

  /* Vista x86: no pool figure, so no server figure either. */
  vista = row_of (run.out, "vista-x86,");
  g_assert_cmpstr (vista[5], ==, "");
  g_assert_cmpstr (vista[6], ==, "");
  g_assert_cmpstr (vista[12], ==, "");
  g_assert_cmpstr (vista[13], ==, "64511");

  /* 7 x86: 75 % of 8 GB, at most 2 GB: 2,097,152 KB / 7 KB. */
  win7 = row_of (run.out, "win7-x86,");
  g_assert_cmpstr (win7[5], ==, "2048");
  g_assert_cmpuint (g_ascii_strtoull (win7[12], NULL, 10), ==, 2048u * 1024 / 7);
}

/* The defaults: 49152 + 16,384 (KB 929851), 16 KB a connection. */
static void
test_defaults (void)
{
  g_auto (WpTestRun) run;
  g_auto (GStrv) row = NULL;

  wp_test_run_c (&run, "--csv", "--ram=1G", "--platform=win81-x64", NULL);
  g_assert_cmpint (run.status, ==, 0);
  row = row_of (run.out, "win81-x64,");
  g_assert_cmpstr (row[8], ==, "16384");
  g_assert_cmpuint (g_ascii_strtoull (row[12], NULL, 10), ==, 1024u * 1024 / 16);
  /* 16,384 / 240 s = 68.266…: down, never up */
  g_assert_cmpstr (row[9], ==, "68.26");
}

typedef struct
{
  const char *args[3];
  const char *message;
} BadInput;

/* One clear line and status 2, nothing written to stdout. */
static void
test_bad_values (void)
{
  static const BadInput bad[] = {
    { { "--table", "--port-start=1024" },
      PROGRAM "--port-start: 1024 is out of range: valid values are 1025 to 65535\n" },
    { { "--table", "--port-count=254" },
      PROGRAM "--port-count: 254 is out of range: valid values are 255 to 64511\n" },
    { { "--table", "--port-count=20000" },
      PROGRAM "--port-count: 20000 ports from 49152 would end past 65535: at most 16384 from "
      "there\n" },
    { { "--table", "--port-start=65282", "--port-count=255" },
      PROGRAM "--port-count: 255 ports from 65282 would end past 65535: at most 254 from "
      "there\n" },
    { { "--table", "--connection-cost=0" },
      PROGRAM "--connection-cost: 0 is out of range: valid values are 1 to 65536\n" },
    { { "--table", "--connection-cost=1.5" },
      PROGRAM "--connection-cost: “1.5” is not a whole number\n" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto (WpTestRun) run;

      wp_test_run_c (&run, bad[i].args[0], bad[i].args[1], bad[i].args[2], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, bad[i].message);
    }
}

/* --reg=FILE.cmd: the netsh command and the values, as a script. */
static void
test_cmd_script (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wp-cmd-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ports.cmd", NULL);
  g_autofree char *refused = g_build_filename (dir, "nt.cmd", NULL);
  g_autofree char *arg = g_strconcat ("--reg=", path, NULL);
  g_autofree char *refused_arg = g_strconcat ("--reg=", refused, NULL);
  g_autofree char *text = NULL;
  g_auto (WpTestRun) run;
  g_auto (WpTestRun) nt;

  wp_test_run_c (&run, arg, "--platform=win10-x64", "--port-start=10000", "--port-count=50000",
         "--time-wait=30", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\r\nnetsh int ipv4 set dynamicport tcp start=10000 "
                                  "num=50000\r\n"));
  g_assert_nonnull (strstr (text, "reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\"
                                  "Parameters\" /v TcpTimedWaitDelay /t REG_DWORD /d 30 /f\r\n"));
  g_assert_null (strstr (text, "MaxUserPort"));

  /* Before Vista there is no range to set: refused, nothing written. */
  wp_test_run_c (&nt, refused_arg, "--platform=win2000", NULL);
  g_assert_cmpint (nt.status, ==, 2);
  g_assert_nonnull (strstr (nt.err, ".cmd"));
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));

  g_remove (path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/nt6/help-ids", test_help_ids);
  g_test_add_func ("/cli/nt6/csv-rows", test_csv_rows);
  g_test_add_func ("/cli/nt6/defaults", test_defaults);
  g_test_add_func ("/cli/nt6/bad-values", test_bad_values);
  g_test_add_func ("/cli/nt6/cmd-script", test_cmd_script);

  return g_test_run ();
}
