/* SPDX-License-Identifier: GPL-3.0-or-later */
/* --connection-life and the workload's headroom columns of --csv and
 * --table (src/limits/wp-headroom.h).  Figures from A (Catalyst KB 100072)
 * and limits.md: client ports MaxUserPort − 1024, 3,976 at the default;
 * 16,000 practical sockets on 2000+ from 2 GB; TIME_WAIT 240 s; ports in
 * use = rate × (life + TIME_WAIT). */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "wp-test-util.h"

#define CSV_COLUMNS 15     /* platform … client_limited_by */
#define TARGET_COLUMNS 4   /* meets_target … time_wait_needed_s */
#define IN_USE (CSV_COLUMNS + TARGET_COLUMNS)

static void
test_columns (void)
{
  g_autofree char *csv = wp_test_run_ok ("--csv", "--need-rate=500", "--connection-life=5", NULL);
  g_auto (GStrv) header = wp_test_csv_row (csv, "platform,");
  g_auto (GStrv) w2k = wp_test_csv_row (csv, "win2000,");
  g_auto (GStrv) w98 = wp_test_csv_row (csv, "win98,");
  g_autofree char *pct = g_strdup_printf ("%d", -(((500 * 245 - 3976) * 100 + 3976 - 1) / 3976));

  g_assert_cmpuint (g_strv_length (header), ==, IN_USE + 3 + 1);
  g_assert_cmpstr (header[IN_USE - 1], ==, "time_wait_needed_s");
  g_assert_cmpstr (header[IN_USE], ==, "ports_in_use");
  g_assert_cmpstr (header[IN_USE + 1], ==, "headroom_pct");
  g_assert_cmpstr (header[IN_USE + 2], ==, "exhaustion_s");
  g_assert_cmpstr (header[IN_USE + 3], ==, "port_count_needed");

  /* 500 × (5 + 240) of 3,976 ports: short, used up in 3976 / 500 s. */
  g_assert_cmpstr (w2k[IN_USE], ==, "122500");
  g_assert_cmpstr (w2k[IN_USE + 1], ==, pct);
  g_assert_cmpstr (w2k[IN_USE + 2], ==, "7.952");
  /* 98 has no sourced ports: all three empty. */
  for (guint c = 0; c < 3; c++)
    g_assert_cmpstr (w98[IN_USE + c], ==, "");
}

/* 2003 at MaxUserPort 65534 and 30 s: 16,000 sockets bind; 400 × (5 + 30)
 * = 14,000 in use, (16000 − 14000) × 100 / 16000 = 12 % left; it holds,
 * so no exhaustion. */
static void
test_holds (void)
{
  g_autofree char *csv = wp_test_run_ok ("--csv", "--max-user-port=65534", "--time-wait=30",
                                         "--need-rate=400", "--connection-life=5",
                                         "--platform=win2003", NULL);
  g_auto (GStrv) row = wp_test_csv_row (csv, "win2003,");

  g_assert_cmpstr (row[CSV_COLUMNS], ==, "yes");
  g_assert_cmpstr (row[IN_USE], ==, "14000");
  g_assert_cmpstr (row[IN_USE + 1], ==, "12");
  g_assert_cmpstr (row[IN_USE + 2], ==, "");
}

/* The earlier columns are the same with or without a workload; without a
 * rate there are no headroom columns; a life of 0 is no life. */
static void
test_earlier_unchanged (void)
{
  g_autofree char *plain = wp_test_run_ok ("--csv", NULL);
  g_autofree char *life_only = wp_test_run_ok ("--csv", "--connection-life=5", NULL);
  g_autofree char *with = wp_test_run_ok ("--csv", "--need-rate=20", "--connection-life=0.25",
                                          NULL);
  g_autofree char *rate = wp_test_run_ok ("--csv", "--need-rate=20", NULL);
  g_autofree char *rate_life0 = wp_test_run_ok ("--csv", "--need-rate=20",
                                                "--connection-life=0", NULL);
  g_auto (GStrv) plain_lines = g_strsplit (plain, "\n", -1);
  g_auto (GStrv) with_lines = g_strsplit (with, "\n", -1);

  g_assert_cmpstr (life_only, ==, plain);
  g_assert_cmpstr (rate_life0, ==, rate);
  g_assert_cmpuint (g_strv_length (plain_lines), ==, g_strv_length (with_lines));
  for (guint i = 0; plain_lines[i] != NULL; i++)
    {
      g_auto (GStrv) a = g_strsplit (plain_lines[i], ",", -1);
      g_auto (GStrv) b = g_strsplit (with_lines[i], ",", -1);

      if (a[0] == NULL || *a[0] == '\0')
        continue;
      g_assert_cmpuint (g_strv_length (b), ==, IN_USE + 3 + 1);
      for (guint c = 0; c < CSV_COLUMNS; c++)
        g_assert_cmpstr (a[c], ==, b[c]);
    }
}

/* With a life the target's needs count it: 2000 at 20/s of 5 s needs
 * MaxUserPort 1024 + 20 × (5 + 240) = 5924, or TIME_WAIT
 * (3976 × 1000 − 20 × 5000) / (20 × 1000) = 193 s. */
static void
test_target_life (void)
{
  g_autofree char *csv = wp_test_run_ok ("--csv", "--need-rate=20", "--connection-life=5",
                                         "--platform=win2000", NULL);
  g_auto (GStrv) row = wp_test_csv_row (csv, "win2000,");

  g_assert_cmpstr (row[CSV_COLUMNS], ==, "no");
  g_assert_cmpstr (row[CSV_COLUMNS + 2], ==, "5924");
  g_assert_cmpstr (row[CSV_COLUMNS + 3], ==, "193");
  g_assert_cmpstr (row[IN_USE], ==, "4900");
}

/* Vista and later's range for the rate, the very last column: Server 2022
 * x64 (win10-x64) at 500/s of 5 s.  500 × (5 + 240) = 122,500 ports >
 * 64,511 (1025..65535): no range alone, empty; the default 16,384 run out
 * in 16384 / 500 s.  At TIME_WAIT 30 s: 500 × 35 = 17,500.  2000 has
 * MaxUserPort, not a range: empty. */
static void
test_port_count (void)
{
  g_autofree char *csv = wp_test_run_ok ("--csv", "--need-rate=500", "--connection-life=5",
                                         "--platform=win2000,win10-x64", NULL);
  g_autofree char *csv30 = wp_test_run_ok ("--csv", "--need-rate=500", "--connection-life=5",
                                           "--time-wait=30", "--platform=win10-x64", NULL);
  g_autofree char *conn = wp_test_run_ok ("--csv", "--need-connections=100",
                                          "--platform=win10-x64", NULL);
  g_auto (GStrv) header = wp_test_csv_row (csv, "platform,");
  g_auto (GStrv) w2k = wp_test_csv_row (csv, "win2000,");
  g_auto (GStrv) w10 = wp_test_csv_row (csv, "win10-x64,");
  g_auto (GStrv) w10_30 = wp_test_csv_row (csv30, "win10-x64,");
  g_auto (GStrv) conn_header = wp_test_csv_row (conn, "platform,");
  g_auto (GStrv) conn_row = wp_test_csv_row (conn, "win10-x64,");
  g_autofree char *in_use = g_strdup_printf ("%d", 500 * (5 + 240));
  g_autofree char *count30 = g_strdup_printf ("%d", 500 * (5 + 30));
  guint last = g_strv_length (header) - 1;

  g_assert_true (g_str_has_prefix (csv, "platform,name,ram_mb,max_user_port,time_wait_s,"
                                   "nonpaged_pool_mb,practical_sockets,theoretical_sockets,"
                                   "client_ports,connections_per_s,limited_by,max_connections,"
                                   "server_limit,client_limit,client_limited_by,meets_target,"
                                   "ram_needed_mb,max_user_port_needed,time_wait_needed_s,"
                                   "ports_in_use,headroom_pct,exhaustion_s,port_count_needed\n"));
  /* The name "Windows 10, 11, Server 2016+ x64" is quoted with two commas:
   * that row's columns are split two further on. */
  const guint shift = 2;

  g_assert_cmpuint (last, ==, IN_USE + 3);
  g_assert_cmpuint (g_strv_length (w10), ==, last + 1 + shift);
  g_assert_cmpstr (w10[CSV_COLUMNS + shift], ==, "no");
  g_assert_cmpstr (w10[IN_USE + shift], ==, in_use);
  g_assert_cmpstr (w10[IN_USE + 2 + shift], ==, "32.768");      /* 16384 / 500 */
  g_assert_cmpstr (w10[last + shift], ==, "");
  g_assert_cmpstr (w2k[last], ==, "");
  g_assert_cmpstr (w10_30[last + shift], ==, count30);

  /* without a rate: no headroom, the column still last, empty */
  g_assert_cmpuint (g_strv_length (conn_header), ==, IN_USE + 1);
  g_assert_cmpstr (conn_header[IN_USE], ==, "port_count_needed");
  g_assert_cmpstr (conn_row[IN_USE + shift], ==, "");
}

/* --table: the verdict with the netsh command, and the time the default
 * range lasts (16384 / 500 = 32.768 s, shown as whole seconds). */
static void
test_table_netsh (void)
{
  g_autofree char *out = wp_test_run_ok ("--table", "--need-rate=500", "--connection-life=5",
                                         "--time-wait=30", "--platform=win10-x64", NULL);

  g_assert_nonnull (strstr (out, "netsh int ipv4 set dynamicport tcp start=1025 num=17500"));
  g_assert_nonnull (strstr (out, "32\u00a0s"));
}

static void
test_table (void)
{
  g_autofree char *with = wp_test_run_ok ("--table", "--need-rate=10", "--connection-life=5",
                                          "--platform=win2000", NULL);
  g_autofree char *without = wp_test_run_ok ("--table", "--need-connections=100",
                                             "--platform=win2000", NULL);

  g_assert_nonnull (strstr (with, "Ports in use"));
  g_assert_nonnull (strstr (with, "Exhaustion"));
  g_assert_nonnull (strstr (with, "2450"));     /* 10 × (5 + 240) */
  g_assert_nonnull (strstr (with, "never"));
  g_assert_null (strstr (without, "Ports in use"));
}

static void
test_bad_values (void)
{
  static const struct
  {
    const char *arg;
    const char *message;
  } cases[] = {
    { "--connection-life=abc", "--connection-life: “abc” is not a number\n" },
    { "--connection-life=-1", "--connection-life: “-1” is negative\n" },
    { "--connection-life=", "--connection-life: no value was given\n" },
    { "--connection-life=0.0001", "--connection-life: “0.0001” is finer than a millisecond\n" },
    { "--connection-life=3601",
      "--connection-life: 3601 is out of range: valid values are 0 to 3600 seconds\n" },
    { "--connection-life=5min",
      "--connection-life: “5min” is not a number of seconds, for example 5 or 0.25\n" },
  };
  static const char * const view_bad[] = { "--view=ram", "--view=", "--view=Rate" };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    wp_test_run_refused (cases[i].message, "--csv", cases[i].arg, NULL);

  /* --view: memory or rate, with --export; anything else one message, no file */
  for (gsize i = 0; i < G_N_ELEMENTS (view_bad); i++)
    {
      g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "C.UTF-8", "LANGUAGE", "", NULL);
      g_autofree char *dir = g_dir_make_tmp ("wp-view-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
      g_autofree char *export = g_strconcat ("--export=", path, NULL);
      g_autofree char *message = g_strdup_printf ("--view: “%s” is neither memory nor rate\n",
                                                  view_bad[i] + strlen ("--view="));
      g_auto (WpTestRun) run;

      wp_test_run (&run, (const char * const *) envp, g_getenv ("WP_BINARY"), export,
                   view_bad[i], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (g_str_has_suffix (run.err, message));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_rmdir (dir);
    }
}

/* --export --view=rate draws another chart than --view=memory, the
 * default; the same figures otherwise. */
static void
test_export_view (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wp-view-XXXXXX", NULL);
  const char *views[] = { NULL, "--view=memory", "--view=rate" };
  char *contents[3] = { NULL };
  gsize lengths[3] = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *name = g_strdup_printf ("chart-%u.png", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *export = g_strconcat ("--export=", path, NULL);
      g_autofree char *out = wp_test_run_ok (export, "--size=640x360", "--need-rate=10",
                                             "--connection-life=5", views[i], NULL);

      g_assert_true (g_file_get_contents (path, &contents[i], &lengths[i], NULL));
      g_unlink (path);
    }
  g_rmdir (dir);

  g_assert_true (lengths[0] == lengths[1] && memcmp (contents[0], contents[1], lengths[0]) == 0);
  g_assert_false (lengths[2] == lengths[1] && memcmp (contents[2], contents[1], lengths[1]) == 0);
  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    g_free (contents[i]);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/workload/columns", test_columns);
  g_test_add_func ("/cli/workload/holds", test_holds);
  g_test_add_func ("/cli/workload/earlier-unchanged", test_earlier_unchanged);
  g_test_add_func ("/cli/workload/target-life", test_target_life);
  g_test_add_func ("/cli/workload/table", test_table);
  g_test_add_func ("/cli/workload/port-count", test_port_count);
  g_test_add_func ("/cli/workload/table-netsh", test_table_netsh);
  g_test_add_func ("/cli/workload/bad-values", test_bad_values);
  g_test_add_func ("/cli/workload/export-view", test_export_view);

  return g_test_run ();
}
