/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The headless command line speaks the user's language: the --table output,
 * --help and error messages in German, French and Japanese, with each
 * locale's number formatting. */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib.h>

#include "wp-test-util.h"

/* Runs the program in @locale with @language and the given arguments. */
static gboolean
run_in_language (WpTestRun  *run,
                 const char *locale,
                 const char *language,
                 const char *first_arg,
                 ...)
{
  g_auto (GStrv) envp = wp_test_environ ("LC_ALL", locale, "LANGUAGE", language, NULL);
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean available = setlocale (LC_ALL, locale) != NULL;
  va_list args;

  setlocale (LC_ALL, saved);
  if (!available)
    {
      g_test_skip_printf ("the %s locale is not generated (./dev test generates it)", locale);
      return FALSE;
    }

  va_start (args, first_arg);
  wp_test_run_valist (run, (const char * const *) envp, g_getenv ("WP_BINARY"), first_arg, args);
  va_end (args);
  return TRUE;
}

/* The line of --table that starts with @platform. */
static char *
table_row (const char *table,
           const char *platform)
{
  g_auto (GStrv) lines = g_strsplit (table, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], platform) && lines[i][strlen (platform)] == ' ')
      return g_strdup (lines[i]);
  g_error ("no row for %s in:\n%s", platform, table);
}

/* Splits a table row on runs of two or more spaces. */
static char **
row_cells (const char *row)
{
  g_autoptr (GRegex) gap = g_regex_new (" {2,}", 0, 0, NULL);

  return g_regex_split (gap, row, 0);
}

typedef struct
{
  const char *language;
  const char *locale;
  const char *heading;        /* the line above the table */
  const char *header_start;   /* the column titles */
  const char *memory_label;
  /* Windows 2000 at 2 GB: pool, practical, theoretical, client limit, rate,
   * server limit */
  const char *win2000[6];
  /* Server 2003 with its 240 s TIME_WAIT: 3976 / 240 connections a second,
   * rounded down */
  const char *rate_2003;
} TableCase;

static const TableCase table_cases[] = {
  { "de", "de_DE.UTF-8",
    "Arbeitsspeicher 2\u00a0GB, MaxUserPort 5.000, TIME_WAIT Plattformstandard",
    "Plattform ", "nicht ausgelagerter Pool",
    { "256\u00a0MB", "16.000", "25.000", "3.976", "16", "16.000" }, "16" },
  { "fr", "fr_FR.UTF-8",
    "Mémoire 2\u00a0Go, MaxUserPort 5\u202f000, TIME_WAIT valeur par défaut de la plateforme",
    "Plateforme ", "réserve non paginée",
    { "256\u00a0Mo", "16\u202f000", "25\u202f000", "3\u202f976", "16", "16\u202f000" }, "16" },
  { "ja", "ja_JP.UTF-8",
    "メモリ 2\u00a0GB、MaxUserPort 5,000、TIME_WAIT プラットフォームの既定値",
    "プラットフォーム ", "非ページプール",
    { "256\u00a0MB", "16,000", "25,000", "3,976", "16", "16,000" }, "16" },
};

static void
test_table (gconstpointer data)
{
  const TableCase *c = data;
  g_auto (WpTestRun) run = { 0 };
  g_autofree char *w2k = NULL;
  g_autofree char *w2003 = NULL;
  g_auto (GStrv) cells = NULL;
  g_auto (GStrv) cells_2003 = NULL;

  if (!run_in_language (&run, c->locale, c->language, "--table", NULL))
    return;

  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, c->heading));
  g_assert_nonnull (strstr (run.out, c->header_start));
  /* Nothing is left in English. */
  g_assert_null (strstr (run.out, "Platform "));
  g_assert_null (strstr (run.out, "non-paged pool"));

  /* Platform, pool, practical, theoretical, ports, rate, limit, limited by */
  w2k = table_row (run.out, "Windows 2000");
  cells = row_cells (w2k);
  g_assert_cmpuint (g_strv_length (cells), ==, 8);
  for (guint i = 0; i < G_N_ELEMENTS (c->win2000); i++)
    g_assert_cmpstr (cells[i + 1], ==, c->win2000[i]);
  g_assert_cmpstr (cells[7], ==, c->memory_label);

  w2003 = table_row (run.out, "Windows Server 2003");
  cells_2003 = row_cells (w2003);
  g_assert_cmpstr (cells_2003[5], ==, c->rate_2003);
}

/* The table's columns line up in German, where the headings are longer
 * than the figures: every row is as wide as the header up to the last
 * column. */
static void
test_table_aligned (void)
{
  g_auto (WpTestRun) run = { 0 };
  g_auto (GStrv) lines = NULL;
  glong header_width;
  const char *last_title = "Begrenzt durch";

  if (!run_in_language (&run, "de_DE.UTF-8", "de", "--table", NULL))
    return;

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_nonnull (strstr (lines[2], last_title));
  header_width = g_utf8_pointer_to_offset (lines[2], strstr (lines[2], last_title));
  for (guint i = 3; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_autofree char *prefix = g_utf8_substring (lines[i], 0, header_width);

      g_assert_true (g_str_has_suffix (prefix, "  "));
      g_assert_cmpint (g_utf8_strlen (lines[i], -1), >, header_width);
    }
}

static void
test_help_german (void)
{
  g_auto (WpTestRun) run = { 0 };

  if (!run_in_language (&run, "de_DE.UTF-8", "de", "--help", NULL))
    return;

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Plant, wie viele Socket-Verbindungen ein Windows-Rechner halten kann"));
  g_assert_nonnull (strstr (run.out, "Eine Vergleichstabelle ausgeben und beenden"));
  g_assert_nonnull (strstr (run.out, "Höchster Client-Port, MaxUserPort (5000 bis 65534; Standard 5000)"));
  g_assert_nonnull (strstr (run.out, "--ram=GRÖSSE"));
  g_assert_null (strstr (run.out, "Print a comparison table and exit"));
}

static void
test_error_german (void)
{
  g_auto (WpTestRun) run = { 0 };

  if (!run_in_language (&run, "de_DE.UTF-8", "de", "--table", "--ram=lots", NULL))
    return;

  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "--ram: „lots“ ist keine Zahl"));
}

/* LANGUAGE picks the words, LC_ALL the numbers. */
static void
test_language_and_locale (void)
{
  g_auto (WpTestRun) run = { 0 };
  g_autofree char *w2k = NULL;

  if (!run_in_language (&run, "de_DE.UTF-8", "ja", "--table", NULL))
    return;

  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "非ページプール"));
  w2k = table_row (run.out, "Windows 2000");
  g_assert_nonnull (strstr (w2k, "16.000"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (table_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/i18n/cli/table/%s", table_cases[i].language);

      g_test_add_data_func (path, &table_cases[i], test_table);
    }
  g_test_add_func ("/i18n/cli/table/aligned", test_table_aligned);
  g_test_add_func ("/i18n/cli/help/de", test_help_german);
  g_test_add_func ("/i18n/cli/error/de", test_error_german);
  g_test_add_func ("/i18n/cli/language-and-locale", test_language_and_locale);

  return g_test_run ();
}
