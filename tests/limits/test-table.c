/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison table's cells (--table and print).  Figures from A
 * (Catalyst KB 100072): the pool RAM / 8 capped at 128 / 256 MB, 4,000
 * sockets per 512 MB, 12,000 / 25,000 in theory, MaxConnections 100;
 * from limits.md: TIME_WAIT 240 s, no rate for 98/ME, rates rounded down. */
#include "config.h"

#include <string.h>

#include "limits/wp-format.h"
#include "report/wp-report.h"
#include "report/wp-table.h"

/* Without a target a row ends before the verdict column. */
#define COLUMNS WP_TABLE_VERDICT
#define CELL_IN(cells, n, row, column) \
  ((const char *) g_ptr_array_index ((cells), (row) * (n) + (column)))
#define CELL(cells, row, column) CELL_IN (cells, COLUMNS, row, column)

static void
test_cells (void)
{
  WpLimitsInput input;
  g_autoptr (GPtrArray) cells = NULL;

  wp_limits_input_init (&input);
  input.ram_mb = 1024;
  cells = wp_table_cells (&input, WP_PLATFORM_BIT (WP_PLATFORM_WIN98) |
                                  WP_PLATFORM_BIT (WP_PLATFORM_NT4) |
                                  WP_PLATFORM_BIT (WP_PLATFORM_WIN2003));

  g_assert_cmpuint (cells->len, ==, 4 * COLUMNS);
  g_assert_cmpstr (CELL (cells, 0, WP_TABLE_PLATFORM), ==, "Platform");
  g_assert_cmpstr (CELL (cells, 0, WP_TABLE_SERVER_LIMIT), ==, "Server limit");

  /* 98: no pool, MaxConnections 100 */
  g_assert_cmpstr (CELL (cells, 1, WP_TABLE_PLATFORM), ==, "Windows 98");
  g_assert_cmpstr (CELL (cells, 1, WP_TABLE_POOL), ==, "—");
  g_assert_cmpstr (CELL (cells, 1, WP_TABLE_SERVER_LIMIT), ==, "100");
  g_assert_cmpstr (CELL (cells, 1, WP_TABLE_LIMITED_BY), ==, "MaxConnections setting");

  /* 98: no source gives a TIME_WAIT, so no rate; clients: MaxConnections */
  g_assert_cmpstr (CELL (cells, 1, WP_TABLE_CLIENT_LIMIT), ==, "100");
  g_assert_cmpstr (CELL (cells, 1, WP_TABLE_RATE), ==, "—");

  /* NT 4.0 at 1 GB: the 128 MB cap, 8,000 and 12,000 (A); clients 5000 -
   * 1024 = 3976 ports, 3976 / 240 = 16.57 a second, shown rounded down */
  g_assert_cmpstr (CELL (cells, 2, WP_TABLE_POOL), ==, "128\u00a0MB");
  g_assert_cmpstr (CELL (cells, 2, WP_TABLE_PRACTICAL), ==, "8000");
  g_assert_cmpstr (CELL (cells, 2, WP_TABLE_THEORETICAL), ==, "12000");
  g_assert_cmpstr (CELL (cells, 2, WP_TABLE_CLIENT_LIMIT), ==, "3976");
  g_assert_cmpstr (CELL (cells, 2, WP_TABLE_RATE), ==, "16");

  /* Server 2003 at 1 GB: half its pool, 25000 * 1024 / 2048 = 12,500 in
   * theory; TIME_WAIT 240 s as on every NT version (limits.md) */
  g_assert_cmpstr (CELL (cells, 3, WP_TABLE_POOL), ==, "128\u00a0MB");
  g_assert_cmpstr (CELL (cells, 3, WP_TABLE_PRACTICAL), ==, "8000");
  g_assert_cmpstr (CELL (cells, 3, WP_TABLE_THEORETICAL), ==, "12500");
  g_assert_cmpstr (CELL (cells, 3, WP_TABLE_RATE), ==, "16");
  g_assert_cmpstr (CELL (cells, 3, WP_TABLE_LIMITED_BY), ==, "non-paged pool");
}

static void
test_alignment (void)
{
  g_assert_false (wp_table_column_numeric (WP_TABLE_PLATFORM));
  g_assert_false (wp_table_column_numeric (WP_TABLE_LIMITED_BY));
  for (WpTableColumn c = WP_TABLE_POOL; c <= WP_TABLE_SERVER_LIMIT; c++)
    g_assert_true (wp_table_column_numeric (c));
}

/* Every column names its rule and the document it comes from. */
static void
test_sources (void)
{
  for (WpTableColumn c = 0; c < WP_TABLE_N_COLUMNS; c++)
    {
      const char *source = wp_table_column_source (c);

      g_assert_nonnull (source);
      g_assert_nonnull (strstr (source, "\nSource"));
    }
  g_assert_nonnull (strstr (wp_table_column_source (WP_TABLE_POOL), "RAM / 8"));
  g_assert_nonnull (strstr (wp_table_column_source (WP_TABLE_CLIENT_LIMIT), "a connection is a socket"));
}

static void
test_empty (void)
{
  WpLimitsInput input;
  g_autoptr (GPtrArray) cells = NULL;

  wp_limits_input_init (&input);
  cells = wp_table_cells (&input, 0);
  g_assert_cmpuint (cells->len, ==, COLUMNS);   /* the titles alone */
}

/* The clipboard's table: TSV for a spreadsheet, HTML for a document; the
 * same cells (NT 4.0 at 1 GB: the 128 MB cap, 8,000 and 12,000, A). */
static void
test_tsv_html (void)
{
  WpLimitsInput input;
  g_autofree char *tsv = NULL;
  g_autofree char *html = NULL;
  g_auto (GStrv) lines = NULL;

  wp_limits_input_init (&input);
  input.ram_mb = 1024;
  tsv = wp_report_format_tsv (&input, WP_PLATFORM_BIT (WP_PLATFORM_NT4));
  html = wp_report_format_html (&input, WP_PLATFORM_BIT (WP_PLATFORM_NT4));

  lines = g_strsplit (tsv, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);   /* titles, NT 4.0, "" */
  g_assert_true (g_str_has_prefix (lines[0], "Platform\tNon-paged pool\tPractical sockets\t"));
  g_assert_cmpstr (lines[1], ==,
                   "Windows NT 4.0\t128\u00a0MB\t8000\t12000\t3976\t16\t8000\tnon-paged pool");
  g_assert_cmpstr (lines[2], ==, "");

  g_assert_true (g_str_has_prefix (html, "<table>\n<tr><th>Platform</th><th align=\"right\">"));
  g_assert_nonnull (strstr (html, "<tr><td>Windows NT 4.0</td><td align=\"right\">128\u00a0MB</td>"));
  g_assert_true (g_str_has_suffix (html, "</tr>\n</table>\n"));
}

/* A target adds the verdict column at the end: NT 4.0 at 1 GB holds
 * 8,000 (A's cap), 2003 at 1 GB 4,000 per 512 MB = 8,000 too; 10,000 needs
 * ceil (10000 × 512 / 4000) = 1280 MB on 2003 and is out of NT 4.0's reach. */
static void
test_verdict_column (void)
{
  WpLimitsInput input;
  g_autoptr (GPtrArray) cells = NULL;
  g_autofree char *text = NULL;
  /* a connections target, no rate: the verdict, no headroom */
  const guint VERDICT_COLUMNS = WP_TABLE_VERDICT + 1;

  wp_limits_input_init (&input);
  input.ram_mb = 1024;
  input.need_connections = 10000;
  g_assert_cmpuint (wp_table_n_columns (&input), ==, VERDICT_COLUMNS);
  cells = wp_table_cells (&input, WP_PLATFORM_BIT (WP_PLATFORM_NT4) |
                                  WP_PLATFORM_BIT (WP_PLATFORM_WIN2003));
  g_assert_cmpuint (cells->len, ==, 3 * VERDICT_COLUMNS);
  g_assert_cmpstr (CELL_IN (cells, VERDICT_COLUMNS, 0, WP_TABLE_VERDICT), ==, "Target");
  g_assert_cmpstr (CELL_IN (cells, VERDICT_COLUMNS, 1, WP_TABLE_VERDICT), ==,
                   "✗ Fails: not reachable on this version");
  g_assert_cmpstr (CELL_IN (cells, VERDICT_COLUMNS, 2, WP_TABLE_VERDICT), ==,
                   "✗ Fails: RAM\u00a01280\u00a0MB");

  input.ram_mb = 2048;
  text = wp_report_format_table (&input, WP_PLATFORM_BIT (WP_PLATFORM_WIN2003));
  g_assert_nonnull (strstr (text, "; target 10000 connections\n"));
  g_assert_true (g_str_has_suffix (text, "  ✓ Meets\n"));
}

/* With a rate the headroom's three columns follow the verdict: 2000 at
 * 10/s of 5 s keeps 10 × (5 + 240) of its 3,976 ports in use, which hold
 * ("never" runs out); 98 has no sourced ports ("—"). */
static void
test_headroom_columns (void)
{
  WpLimitsInput input;
  g_autoptr (GPtrArray) cells = NULL;
  g_autofree char *in_use = wp_format_count (10 * (5 + 240));
  g_autofree char *pct = NULL;

  wp_limits_input_init (&input);
  input.need_rate = 10;
  input.connection_life_ms = 5000;
  pct = g_strdup_printf ("%d %%", (3976 - 10 * (5 + 240)) * 100 / 3976);
  g_assert_cmpuint (wp_table_n_columns (&input), ==, WP_TABLE_N_COLUMNS);
  cells = wp_table_cells (&input, WP_PLATFORM_BIT (WP_PLATFORM_WIN98) |
                                  WP_PLATFORM_BIT (WP_PLATFORM_WIN2000));
  g_assert_cmpuint (cells->len, ==, 3 * WP_TABLE_N_COLUMNS);
  g_assert_cmpstr (CELL_IN (cells, WP_TABLE_N_COLUMNS, 0, WP_TABLE_IN_USE), ==, "Ports in use");
  g_assert_cmpstr (CELL_IN (cells, WP_TABLE_N_COLUMNS, 1, WP_TABLE_IN_USE), ==, "—");
  g_assert_cmpstr (CELL_IN (cells, WP_TABLE_N_COLUMNS, 1, WP_TABLE_EXHAUSTION), ==, "—");
  g_assert_cmpstr (CELL_IN (cells, WP_TABLE_N_COLUMNS, 2, WP_TABLE_IN_USE), ==, in_use);
  g_assert_cmpstr (CELL_IN (cells, WP_TABLE_N_COLUMNS, 2, WP_TABLE_HEADROOM), ==, pct);
  g_assert_cmpstr (CELL_IN (cells, WP_TABLE_N_COLUMNS, 2, WP_TABLE_EXHAUSTION), ==, "never");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/table/cells", test_cells);
  g_test_add_func ("/table/tsv-html", test_tsv_html);
  g_test_add_func ("/table/alignment", test_alignment);
  g_test_add_func ("/table/sources", test_sources);
  g_test_add_func ("/table/empty", test_empty);
  g_test_add_func ("/table/verdict", test_verdict_column);
  g_test_add_func ("/table/headroom", test_headroom_columns);

  return g_test_run ();
}
