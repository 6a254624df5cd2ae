/* SPDX-License-Identifier: GPL-3.0-or-later */
/* --need-connections and --need-rate: the target's CSV columns (at the end,
 * only with a target), the --table verdict and the bad values.  Figures
 * from A (Catalyst KB 100072): 4,000 sockets per 512 MB, 16,000 on 2000+
 * from 2 GB, 8,000 on NT 4.0 from 1 GB; client ports MaxUserPort − 1024;
 * TIME_WAIT 240 s (limits.md). */
#include "config.h"

#include <string.h>

#include "wp-test-util.h"

#define CSV_COLUMNS 15   /* platform … client_limited_by, before the target */

static void
test_columns (void)
{
  g_autofree char *csv = wp_test_run_ok ("--csv", "--ram=1G", "--need-connections=10000",
                                         "--need-rate=50", NULL);
  g_auto (GStrv) header = wp_test_csv_row (csv, "platform,");
  g_auto (GStrv) nt4 = wp_test_csv_row (csv, "nt4,");
  g_auto (GStrv) w2k = wp_test_csv_row (csv, "win2000,");
  g_auto (GStrv) w95 = wp_test_csv_row (csv, "win95,");
  g_auto (GStrv) w98 = wp_test_csv_row (csv, "win98,");

  /* and the headroom's three after them, with the rate, then the range's
   * port_count_needed (test-cli-workload.c) */
  g_assert_cmpuint (g_strv_length (header), ==, CSV_COLUMNS + 4 + 3 + 1);
  g_assert_cmpstr (header[CSV_COLUMNS - 1], ==, "client_limited_by");
  g_assert_cmpstr (header[CSV_COLUMNS], ==, "meets_target");
  g_assert_cmpstr (header[CSV_COLUMNS + 1], ==, "ram_needed_mb");
  g_assert_cmpstr (header[CSV_COLUMNS + 2], ==, "max_user_port_needed");
  g_assert_cmpstr (header[CSV_COLUMNS + 3], ==, "time_wait_needed_s");

  /* NT 4.0 holds 8,000 at most: no RAM will do; 12,000 ports for 50/s
   * are past its 8,000 sockets; 3976 / 50 s of TIME_WAIT would */
  g_assert_cmpstr (nt4[CSV_COLUMNS], ==, "no");
  g_assert_cmpstr (nt4[CSV_COLUMNS + 1], ==, "");
  g_assert_cmpstr (nt4[CSV_COLUMNS + 2], ==, "");
  g_assert_cmpstr (nt4[CSV_COLUMNS + 3], ==, "79");   /* 3976 / 50 */

  /* 2000: ceil (10000 × 512 / 4000) = 1280 MB; at 1 GB 8,000 sockets are
   * fewer than 12,000 ports would need */
  g_assert_cmpstr (w2k[CSV_COLUMNS], ==, "no");
  g_assert_cmpstr (w2k[CSV_COLUMNS + 1], ==, "1280");
  g_assert_cmpstr (w2k[CSV_COLUMNS + 2], ==, "");
  g_assert_cmpstr (w2k[CSV_COLUMNS + 3], ==, "79");

  /* 9x: no RAM, MaxUserPort or TIME_WAIT input */
  for (guint c = 1; c <= 3; c++)
    {
      g_assert_cmpstr (w95[CSV_COLUMNS + c], ==, "");
      g_assert_cmpstr (w98[CSV_COLUMNS + c], ==, "");
    }
}

static void
test_meets (void)
{
  /* 2 GB: 16,000 sockets; MaxUserPort 65534 and 30 s: 16000 / 30 = 533/s */
  g_autofree char *csv = wp_test_run_ok ("--csv", "--max-user-port=65534", "--time-wait=30",
                                         "--need-connections=16000", "--need-rate=533",
                                         "--platform=win2003", NULL);
  g_auto (GStrv) row = wp_test_csv_row (csv, "win2003,");

  g_assert_cmpstr (row[CSV_COLUMNS], ==, "yes");
  g_assert_cmpstr (row[CSV_COLUMNS + 1], ==, "2048");              /* 16000 × 512 / 4000 */
  g_assert_cmpstr (row[CSV_COLUMNS + 2], ==, "17014");             /* 1024 + 533 × 30 */
  g_assert_cmpstr (row[CSV_COLUMNS + 3], ==, "30");                /* 16000 / 533 */
}

/* Without a target the columns stay as they were. */
static void
test_no_target (void)
{
  g_autofree char *csv = wp_test_run_ok ("--csv", "--need-connections=0", NULL);
  g_auto (GStrv) header = wp_test_csv_row (csv, "platform,");

  g_assert_cmpuint (g_strv_length (header), ==, CSV_COLUMNS);
  g_assert_null (strstr (csv, "meets_target"));
}

static void
test_table (void)
{
  g_autofree char *table = wp_test_run_ok ("--table", "--need-connections=10000",
                                           "--platform=win2000,nt4", NULL);

  g_assert_nonnull (strstr (table, "target 10000 connections"));
  g_assert_nonnull (strstr (table, "Target\n"));
  g_assert_nonnull (strstr (table, "✓ Meets\n"));
  g_assert_nonnull (strstr (table, "✗ Fails: not reachable on this version\n"));
}

static void
test_bad_values (void)
{
  static const struct
  {
    const char *arg;
    const char *message;
  } cases[] = {
    { "--need-connections=abc", "--need-connections: “abc” is not a number\n" },
    { "--need-connections=-5", "--need-connections: “-5” is negative\n" },
    { "--need-connections=1.5", "--need-connections: “1.5” is not a whole number\n" },
    { "--need-rate=", "--need-rate: no value was given\n" },
    { "--need-rate=99999999999", "--need-rate: 99999999999 is out of range: valid values are 0 to 4294967295\n" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    wp_test_run_refused (cases[i].message, "--csv", cases[i].arg, NULL);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/target/columns", test_columns);
  g_test_add_func ("/cli/target/meets", test_meets);
  g_test_add_func ("/cli/target/no-target", test_no_target);
  g_test_add_func ("/cli/target/table", test_table);
  g_test_add_func ("/cli/target/bad-values", test_bad_values);

  return g_test_run ();
}
