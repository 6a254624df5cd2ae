/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

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
    { 1, "1 MB" },
    { 512, "512 MB" },
    { 1023, "1023 MB" },
    { 1024, "1 GB" },
    { 1536, "1.5 GB" },
    { 2048, "2 GB" },
    { 3000, "2.9 GB" },
    { 1048576, "1 TB" },
    { 16777216, "16 TB" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = wp_format_ram_mb (cases[i].ram_mb);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_count (void)
{
  g_autofree char *small = wp_format_count (3976);
  g_autofree char *pool = wp_format_pool_mb (12.5);
  g_autofree char *whole = wp_format_pool_mb (256);
  g_autofree char *rate = wp_format_rate (3976.0 / 240.0);
  g_autofree char *fast = wp_format_rate (2150.33);

  /* The C locale has no thousands separator. */
  g_assert_cmpstr (small, ==, "3976");
  g_assert_cmpstr (pool, ==, "12.5 MB");
  g_assert_cmpstr (whole, ==, "256 MB");
  g_assert_cmpstr (rate, ==, "16.6");
  g_assert_cmpstr (fast, ==, "2150");
}

static void
test_grouping (void)
{
  g_autofree char *count = NULL;

  if (setlocale (LC_NUMERIC, "en_US.UTF-8") == NULL)
    {
      g_test_skip ("en_US.UTF-8 locale not generated");
      return;
    }

  count = wp_format_count (25000);
  g_assert_cmpstr (count, ==, "25,000");
  setlocale (LC_NUMERIC, "C");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/ram", test_ram);
  g_test_add_func ("/format/count", test_count);
  g_test_add_func ("/format/grouping", test_grouping);

  return g_test_run ();
}
