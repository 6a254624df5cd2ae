/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One formatting function per quantity, as limits.md's "How the figures
 * combine" asks: RAM in GB only when exact at the digits shown, maxima
 * (rates, the pool) never rounded up.  Expected texts are written out. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "limits/wp-format.h"

typedef struct
{
  guint64     ram_mb;
  const char *text;
} RamCase;

static void
test_ram (void)
{
  static const RamCase cases[] = {
    { 1, "1\u00a0MB" },
    { 512, "512\u00a0MB" },
    { 1023, "1023\u00a0MB" },
    { 1024, "1\u00a0GB" },
    { 1536, "1.5\u00a0GB" },          /* 1.5 * 1024 */
    { 2047, "2047\u00a0MB" },         /* not "2\u00a0GB": the case */
    { 2048, "2\u00a0GB" },
    { 3000, "3000\u00a0MB" },         /* 2.929… GB: not exact in one decimal */
    { 3313, "3313\u00a0MB" },
    { 3584, "3.5\u00a0GB" },          /* 3.5 * 1024 */
    { 1638, "1638\u00a0MB" },         /* 1.599… GB */
    { 1048576, "1\u00a0TB" },
    { 1048576 + 512, "1024.5\u00a0GB" },      /* (1024 * 1024 + 512) / 1024 */
    { 1048576 + 1, "1048577\u00a0MB" },
    { 1048576 + 524288, "1.5\u00a0TB" },
    { 16777216, "16\u00a0TB" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = wp_format_ram_mb (cases[i].ram_mb);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_pool (void)
{
  g_autofree char *half = wp_format_pool_mb (12.5);
  g_autofree char *whole = wp_format_pool_mb (256);
  g_autofree char *quarter = wp_format_pool_mb (1946.0 / 8);      /* 243.25 */
  g_autofree char *eighth = wp_format_pool_mb (1.0 / 8);          /* 0.125 */

  g_assert_cmpstr (half, ==, "12.5\u00a0MB");
  g_assert_cmpstr (whole, ==, "256\u00a0MB");
  g_assert_cmpstr (quarter, ==, "243.25\u00a0MB");
  g_assert_cmpstr (eighth, ==, "0.125\u00a0MB");
}

static void
limits_for_rate (guint     client_limit,
                 guint     time_wait_s,
                 WpLimits *limits)
{
  memset (limits, 0, sizeof *limits);
  limits->has_client_ports = TRUE;
  limits->has_rate = TRUE;
  limits->client_limit = client_limit;
  limits->time_wait_s = time_wait_s;
  limits->connections_per_s = (double) client_limit / time_wait_s;
}

typedef struct
{
  guint       client_limit;
  guint       time_wait_s;
  const char *shown;   /* sentence, table, chart */
  const char *csv;
} RateCase;

/* A maximum is never rounded up: truncated to whole numbers on screen and
 * to hundredths in the CSV. */
static void
test_rate (void)
{
  static const RateCase cases[] = {
    { 3977, 30, "132", "132.56" },       /* 132.566… : never 133 or 132.57 */
    { 3976, 240, "16", "16.56" },        /* 16.5666… */
    { 3976, 120, "33", "33.13" },        /* 33.1333… */
    { 64510, 30, "2150", "2150.33" },    /* 2150.333… */
    { 15203, 240, "63", "63.34" },       /* 63.3458… */
    { 4000, 250, "16", "16.00" },        /* exact */
    { 2399, 240, "9.9", "9.99" },        /* 9.9958…: tenths below 10 */
    { 2400, 240, "10", "10.00" },
    { 1000, 240, "4.1", "4.16" },        /* 4.1666… */
    { 100, 240, "0.4", "0.41" },         /* 0.4166…: not "0" */
    { 29, 30, "0.9", "0.96" },           /* 0.9666… */
    { 240, 240, "1", "1.00" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      WpLimits limits;
      g_autofree char *shown = NULL;
      g_autofree char *csv = NULL;

      limits_for_rate (cases[i].client_limit, cases[i].time_wait_s, &limits);
      shown = wp_format_rate (&limits);
      csv = wp_format_rate_csv (&limits);
      g_assert_cmpstr (shown, ==, cases[i].shown);
      g_assert_cmpstr (csv, ==, cases[i].csv);
    }
}

/* No source gives 98 or ME a TIME_WAIT: "—" on screen, empty in the CSV. */
static void
test_rate_none (void)
{
  WpLimits limits = { 0 };
  g_autofree char *shown = wp_format_rate (&limits);
  g_autofree char *csv = wp_format_rate_csv (&limits);

  g_assert_cmpstr (shown, ==, "—");
  g_assert_cmpstr (csv, ==, "");
}

static void
test_count (void)
{
  g_autofree char *small = wp_format_count (3976);

  /* The C locale has no thousands separator. */
  g_assert_cmpstr (small, ==, "3976");
}

static void
test_grouping (void)
{
  g_autofree char *count = NULL;
  g_autofree char *ram = NULL;
  g_autofree char *rate = NULL;
  WpLimits limits;

  if (setlocale (LC_NUMERIC, "en_US.UTF-8") == NULL)
    {
      g_test_skip ("en_US.UTF-8 locale not generated");
      return;
    }

  limits_for_rate (64510, 30, &limits);
  count = wp_format_count (25000);
  ram = wp_format_ram_mb (2047);
  rate = wp_format_rate (&limits);
  setlocale (LC_NUMERIC, "C");
  g_assert_cmpstr (count, ==, "25,000");
  g_assert_cmpstr (ram, ==, "2,047\u00a0MB");
  g_assert_cmpstr (rate, ==, "2,150");
}

/* German: a decimal comma on screen, never in the CSV. */
static void
test_decimal_comma (void)
{
  g_autofree char *ram = NULL;
  g_autofree char *pool = NULL;
  g_autofree char *csv = NULL;
  WpLimits limits;

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("de_DE.UTF-8 locale not generated");
      return;
    }

  limits_for_rate (3977, 30, &limits);
  ram = wp_format_ram_mb (1536);
  pool = wp_format_pool_mb (1946.0 / 8);
  csv = wp_format_rate_csv (&limits);
  setlocale (LC_NUMERIC, "C");
  g_assert_cmpstr (ram, ==, "1,5\u00a0GB");
  g_assert_cmpstr (pool, ==, "243,25\u00a0MB");
  g_assert_cmpstr (csv, ==, "132.56");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/ram", test_ram);
  g_test_add_func ("/format/pool", test_pool);
  g_test_add_func ("/format/rate", test_rate);
  g_test_add_func ("/format/rate-none", test_rate_none);
  g_test_add_func ("/format/count", test_count);
  g_test_add_func ("/format/grouping", test_grouping);
  g_test_add_func ("/format/decimal-comma", test_decimal_comma);

  return g_test_run ();
}
