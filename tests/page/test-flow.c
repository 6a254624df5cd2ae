/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The whole flow of issue 16, headless, as a support engineer runs it:
 * a customer's Server 2003 netstat imported and saved as the scenario
 * "Today", a tuned candidate saved beside it from that scenario, the two
 * compared, and the reports written; each step reads what the one before
 * wrote.  Figures from Catalyst KB 100072 (limits.md): client ports
 * 1025..MaxUserPort, so MaxUserPort - 1024 of them.
 */
#include "config.h"

#include <string.h>

#include "wp-test-page.h"
#include "wp-test-util.h"

/* 3,300 connections from client ports 1025..4324, the first 2,350 in
 * TIME_WAIT; one socket listening; one line no netstat writes. */
#define N_CONNECTIONS 3300u
#define N_TIME_WAIT   2350u

static char *
write_netstat (const char *dir)
{
  g_autoptr (GString) text = g_string_new ("\r\nActive Connections\r\n\r\n"
                                           "  Proto  Local Address          Foreign Address        "
                                           "State           PID\r\n"
                                           "  TCP    0.0.0.0:80             0.0.0.0:0              "
                                           "LISTENING       4\r\n");
  char *path = g_build_filename (dir, "netstat.txt", NULL);

  for (guint i = 0; i < N_CONNECTIONS; i++)
    g_string_append_printf (text, "  TCP    10.0.0.5:%u         10.0.0.9:1433          %s %u\r\n",
                            1025 + i, i < N_TIME_WAIT ? "TIME_WAIT      " : "ESTABLISHED    ",
                            i < N_TIME_WAIT ? 0 : 2212);
  g_string_append (text, "this line is not netstat's\r\n");
  g_assert_true (g_file_set_contents (path, text->str, (gssize) text->len, NULL));
  return path;
}

/* The CSV row of Server 2003 (win2003) in @csv, with @column's value. */
static char *
csv_value (const char *csv,
           const char *column)
{
  g_auto (GStrv) header = wp_test_csv_row (csv, "platform,");
  g_auto (GStrv) row = wp_test_csv_row (csv, "win2003,");

  for (guint i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], column))
      return g_strdup (row[i]);
  g_error ("no column “%s” in:\n%s", column, csv);
}

static void
assert_pdf_holds (const char         *path,
                  const char * const *expected,
                  gsize               n)
{
  g_autofree char *text = wp_test_page_poppler ("pdftotext", path);

  if (text != NULL)
    wp_test_page_assert_holds (text, expected, n);
}

/* MaxUserPort differs, the version does not, and the measurement both
 * carry is the same. */
static void
assert_compared (const char *compare_arg)
{
  g_autofree char *table = wp_test_run_ok (compare_arg, "--table", NULL);
  g_auto (GStrv) lines = g_strsplit (table, "\n", -1);
  gboolean measured_row = FALSE;

  for (guint i = 1; lines[i] != NULL; i++)
    {
      if (strstr (lines[i], "MaxUserPort") != NULL)
        g_assert_true (g_str_has_prefix (lines[i], "≠ "));
      if (g_str_has_prefix (lines[i], "  Windows version") ||
          g_str_has_prefix (lines[i], "≠ Windows version"))
        g_assert_true (g_str_has_prefix (lines[i], "  "));
      if (strstr (lines[i], "Measured connections") != NULL)
        {
          g_autofree char *count = g_strdup_printf (" %u ", N_CONNECTIONS);

          g_assert_true (g_str_has_prefix (lines[i], "  "));
          g_assert_nonnull (strstr (lines[i], count));
          measured_row = TRUE;
        }
    }
  g_assert_true (measured_row);
}

static void
test_flow (WpTestTmpDir  *fixture,
           gconstpointer  data)
{
  g_autofree char *netstat = write_netstat (fixture->dir);
  g_autofree char *today = g_build_filename (fixture->dir, "today.wpscenario", NULL);
  g_autofree char *tuned = g_build_filename (fixture->dir, "tuned.wpscenario", NULL);
  g_autofree char *report = g_build_filename (fixture->dir, "tuned.pdf", NULL);
  g_autofree char *compared = g_build_filename (fixture->dir, "compared.pdf", NULL);
  g_autofree char *import_arg = g_strconcat ("--import=", netstat, NULL);
  g_autofree char *today_arg = g_strconcat ("--scenario=", today, NULL);
  g_autofree char *tuned_arg = g_strconcat ("--scenario=", tuned, NULL);
  g_autofree char *compare_arg = g_strconcat ("--compare=", today, ",", tuned, NULL);
  g_autofree char *report_arg = g_strconcat ("--report=", report, NULL);
  g_autofree char *compared_arg = g_strconcat ("--report=", compared, NULL);
  g_autofree char *save_today = g_strconcat ("--save-scenario=", today, NULL);
  g_autofree char *save_tuned = g_strconcat ("--save-scenario=", tuned, NULL);
  /* 3,300 of 5000 - 1024 = 3,976 ports: 83 % (rounded up); of 20000 - 1024 = 18,976: 18 % */
  g_autofree char *pct_today = g_strdup_printf ("%u", (N_CONNECTIONS * 100 + 3976 - 1) / 3976);
  g_autofree char *pct_tuned = g_strdup_printf ("%u", (N_CONNECTIONS * 100 + 18976 - 1) / 18976);
  g_autofree char *direct = NULL, *restored = NULL, *tuned_csv = NULL;
  g_autofree char *value = NULL;

  /* 1. The customer's machine as it is, imported and saved. */
  g_free (wp_test_run_ok (import_arg, "--platform=win2003", "--ram=2G", "--name=Today",
                          "--customer=Contoso", save_today, NULL));
  /* 2. A candidate from it: MaxUserPort 20000, TIME_WAIT 60 s. */
  g_free (wp_test_run_ok (today_arg, "--max-user-port=20000", "--time-wait=60",
                          "--name=Tuned", save_tuned, NULL));

  /* The measurement came along in both files: the same counts as reading
   * the netstat itself, each in its own client range. */
  direct = wp_test_run_ok (import_arg, "--platform=win2003", "--csv", NULL);
  restored = wp_test_run_ok (today_arg, "--csv", NULL);
  tuned_csv = wp_test_run_ok (tuned_arg, "--csv", NULL);
  value = csv_value (restored, "measured_connections");
  g_assert_cmpuint (g_ascii_strtoull (value, NULL, 10), ==, N_CONNECTIONS);
  g_clear_pointer (&value, g_free);
  value = csv_value (restored, "measured_time_wait");
  g_assert_cmpuint (g_ascii_strtoull (value, NULL, 10), ==, N_TIME_WAIT);
  g_clear_pointer (&value, g_free);
  value = csv_value (direct, "measured_client_pct");
  g_assert_cmpstr (value, ==, pct_today);
  g_clear_pointer (&value, g_free);
  value = csv_value (restored, "measured_client_pct");
  g_assert_cmpstr (value, ==, pct_today);
  g_clear_pointer (&value, g_free);
  value = csv_value (tuned_csv, "measured_client_pct");
  g_assert_cmpstr (value, ==, pct_tuned);
  g_clear_pointer (&value, g_free);
  value = csv_value (tuned_csv, "client_ports");
  g_assert_cmpuint (g_ascii_strtoull (value, NULL, 10), ==, 20000 - 1024);

  /* 3. Side by side */
  assert_compared (compare_arg);

  /* 4. The reports: the candidate's, with what was measured; the comparison's. */
  g_free (wp_test_run_ok (tuned_arg, report_arg, "--paper=a4", NULL));
  g_free (wp_test_run_ok (compare_arg, compared_arg, "--paper=letter", NULL));
  {
    const char *plan[] = { "Tuned", "Contoso", "Measured", "MaxUserPort", "18976" };
    const char *both[] = { "Today", "Tuned", "Contoso", "≠", "Measured connections" };

    assert_pdf_holds (report, plan, G_N_ELEMENTS (plan));
    assert_pdf_holds (compared, both, G_N_ELEMENTS (both));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/flow/import-save-compare-report", WpTestTmpDir, NULL, wp_test_tmp_dir_set_up,
              test_flow, wp_test_tmp_dir_tear_down);
  return g_test_run ();
}
