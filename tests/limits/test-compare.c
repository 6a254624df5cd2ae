/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Scenarios side by side (report/wp-compare.h): a column per scenario, the
 * rows that differ marked "≠", and a CSV row per scenario.  Figures from
 * Catalyst KB 100072: NT 4.0's pool RAM ÷ 8 capped at 128 MB, 4,000
 * sockets per 64 MB of pool; its client ports MaxUserPort − 1024;
 * TIME_WAIT 240 s (limits.md). */
#include "config.h"

#include <string.h>

#include "limits/wp-format.h"
#include "report/wp-compare.h"

/* Two NT 4.0 machines with 1 GB, one at MaxUserPort 5000 and one at
 * 65534, both against a target of 10,000 connections. */
static void
two_scenarios (WpNamedInput entries[2])
{
  memset (entries, 0, 2 * sizeof *entries);
  for (guint i = 0; i < 2; i++)
    {
      entries[i].platform = WP_PLATFORM_NT4;
      wp_limits_input_init (&entries[i].input);
      entries[i].input.ram_mb = 1024;
      entries[i].input.need_connections = 10000;
    }
  entries[0].name = "Default, ports";
  entries[1].name = "Tuned";
  entries[1].input.max_user_port = 65534;
}

static void
test_cells (void)
{
  WpNamedInput entries[2] = { 0 };
  g_autofree char *server = NULL, *client0 = NULL, *client1 = NULL, *range = NULL;
  g_autofree char *time_wait = NULL, *by = NULL;
  g_autofree char *expected_server = wp_format_count (128 / 64 * 4000);
  g_autofree char *expected_ports = wp_format_count (5000 - 1024);

  two_scenarios (entries);
  server = wp_compare_cell (&entries[0], WP_COMPARE_ROW_SERVER_LIMIT);
  g_assert_cmpstr (server, ==, expected_server);
  /* 5000 − 1024 ports; with 65534 the 8,000 sockets the pool holds bind. */
  client0 = wp_compare_cell (&entries[0], WP_COMPARE_ROW_CLIENT_LIMIT);
  g_assert_cmpstr (client0, ==, expected_ports);
  client1 = wp_compare_cell (&entries[1], WP_COMPARE_ROW_CLIENT_LIMIT);
  g_assert_cmpstr (client1, ==, expected_server);
  range = wp_compare_cell (&entries[1], WP_COMPARE_ROW_PORT_RANGE);
  g_assert_cmpstr (range, ==, "1025–65534");
  time_wait = wp_compare_cell (&entries[0], WP_COMPARE_ROW_TIME_WAIT);
  g_assert_cmpstr (time_wait, ==, "240\u00a0s");
  by = wp_compare_cell (&entries[0], WP_COMPARE_ROW_LIMITED_BY);
  g_assert_cmpstr (by, ==, "non-paged pool");
}

/* The rows that differ: MaxUserPort, the port range and the client limit;
 * the version, RAM, TIME_WAIT, server limit and verdict (8,000 < 10,000:
 * both fail) are the same. */
static void
test_differs (void)
{
  static const WpCompareRow differ[] = { WP_COMPARE_ROW_MAX_USER_PORT,
                                         WP_COMPARE_ROW_PORT_RANGE,
                                         WP_COMPARE_ROW_CLIENT_LIMIT };
  WpNamedInput entries[2] = { 0 };
  g_autofree char *table = NULL;
  g_autofree char *tuned_port = wp_format_count (65534);
  g_auto (GStrv) lines = NULL;

  two_scenarios (entries);
  /* Neither has a measurement: no row for one */
  g_assert_false (wp_compare_row_shown (entries, 2, WP_COMPARE_ROW_MEASURED));
  for (guint r = 0; r < WP_COMPARE_ROW_MEASURED; r++)
    {
      gboolean expected = FALSE;

      for (guint d = 0; d < G_N_ELEMENTS (differ); d++)
        expected |= differ[d] == r;
      g_assert_cmpint (wp_compare_row_differs (entries, 2, r), ==, expected);
    }
  /* One scenario differs from nothing. */
  g_assert_false (wp_compare_row_differs (entries, 1, WP_COMPARE_ROW_MAX_USER_PORT));

  /* The text: the names over their columns, "≠" before the rows that
   * differ, nothing before the others, the mark explained. */
  table = wp_report_format_compare_table (entries, 2);
  lines = g_strsplit (table, "\n", -1);
  g_assert_nonnull (strstr (lines[0], "Default, ports"));
  g_assert_nonnull (strstr (lines[0], "Tuned"));
  for (guint r = 0; r < WP_COMPARE_ROW_MEASURED; r++)
    {
      const char *line = lines[r + 1];
      gboolean differs = wp_compare_row_differs (entries, 2, r);

      g_assert_true (g_str_has_prefix (line, differs ? "≠ " : "  "));
      g_assert_nonnull (strstr (line, wp_compare_row_title (r)));
    }
  g_assert_nonnull (strstr (lines[1 + WP_COMPARE_ROW_MAX_USER_PORT], tuned_port));
  g_assert_nonnull (strstr (table, "≠ marks the rows"));
}

/* A row per scenario: its name quoted when it holds a comma, ids and plain
 * numbers. */
static void
test_csv (void)
{
  WpNamedInput entries[2] = { 0 };
  g_autofree char *csv = NULL;
  g_autofree char *row0 = NULL, *row1 = NULL;
  g_auto (GStrv) lines = NULL;

  two_scenarios (entries);
  csv = wp_report_format_compare_csv (entries, 2);
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);   /* header, two rows, "" */
  g_assert_true (g_str_has_prefix (lines[0], "scenario,platform,ram_mb,max_user_port,"));
  row0 = g_strdup_printf ("\"Default, ports\",nt4,1024,5000,240,,,%u,%u,memory,no",
                          128 / 64 * 4000, 5000 - 1024);
  g_assert_cmpstr (lines[1], ==, row0);
  row1 = g_strdup_printf ("Tuned,nt4,1024,65534,240,,,%u,%u,memory,no",
                          128 / 64 * 4000, 128 / 64 * 4000);
  g_assert_cmpstr (lines[2], ==, row1);
}

/* A scenario with an import's measurement brings a row and a column for
 * its connections; one without it shows "—" there, an empty field. */
static void
test_measured (void)
{
  WpNamedInput entries[2] = { 0 };
  g_autofree char *table = NULL, *csv = NULL, *count = wp_format_count (9912);
  g_auto (GStrv) lines = NULL;
  g_auto (GStrv) rows = NULL;
  const char *line;

  two_scenarios (entries);
  entries[0].measured = TRUE;
  entries[0].measured_connections = 9912;
  g_assert_true (wp_compare_row_shown (entries, 2, WP_COMPARE_ROW_MEASURED));
  g_assert_true (wp_compare_row_differs (entries, 2, WP_COMPARE_ROW_MEASURED));

  table = wp_report_format_compare_table (entries, 2);
  lines = g_strsplit (table, "\n", -1);
  /* the names, then every row: the measured one last */
  line = lines[1 + WP_COMPARE_ROW_MEASURED];
  g_assert_true (g_str_has_prefix (line, "≠ "));
  g_assert_nonnull (strstr (line, wp_compare_row_title (WP_COMPARE_ROW_MEASURED)));
  g_assert_nonnull (strstr (line, count));
  g_assert_true (g_str_has_suffix (line, "—"));

  csv = wp_report_format_compare_csv (entries, 2);
  rows = g_strsplit (csv, "\n", -1);
  g_assert_true (g_str_has_suffix (rows[0], ",meets_target,measured_connections"));
  g_assert_true (g_str_has_suffix (rows[1], ",no,9912"));
  g_assert_true (g_str_has_suffix (rows[2], ",no,"));
}

/* A name with a line break stays on its heading's line. */
static void
test_name_one_line (void)
{
  WpNamedInput entries[2] = { 0 };
  g_autofree char *table = NULL;
  g_auto (GStrv) lines = NULL;

  two_scenarios (entries);
  entries[1].name = "Tuned\nfor\tMonday";
  table = wp_report_format_compare_table (entries, 2);
  lines = g_strsplit (table, "\n", -1);
  g_assert_nonnull (strstr (lines[0], "Tuned for Monday"));
  g_assert_nonnull (strstr (lines[1], wp_compare_row_title (WP_COMPARE_ROW_VERSION)));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report/compare/cells", test_cells);
  g_test_add_func ("/report/compare/differs", test_differs);
  g_test_add_func ("/report/compare/csv", test_csv);
  g_test_add_func ("/report/compare/measured", test_measured);
  g_test_add_func ("/report/compare/name-one-line", test_name_one_line);
  return g_test_run ();
}
