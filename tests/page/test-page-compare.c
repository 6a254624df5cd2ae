/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison's one-page report: one page of each paper, each
 * scenario's name, customer and figures in its text, the rows that differ
 * marked "≠", each one's verdict and registry values, rendered by poppler;
 * four long-named scenarios refused with the old file kept; --compare
 * --report and --paper, in English and German.  Figures from Catalyst KB
 * 100072: about 4,000 sockets per 512 MB of RAM, 2000's pool cap at 256 MB
 * (limits.md); client ports MaxUserPort − 1024. */
#include "config.h"

#include <string.h>

#include "page/wp-page-private.h"
#include "report/wp-compare.h"
#include "wp-test-page.h"
#include "wp-test-util.h"

/* Windows 2000 at 2 GB and the defaults, for Contoso; Windows 2000 at
 * 1.5 GB, MaxUserPort 65534 and a target of 10,000 connections. */
static void
two_scenarios (WpNamedInput entries[2])
{
  memset (entries, 0, 2 * sizeof *entries);
  entries[0].name = "Today";
  entries[0].customer = "Contoso Ltd";
  entries[0].platform = WP_PLATFORM_WIN2000;
  wp_limits_input_init (&entries[0].input);
  entries[0].input.ram_mb = 2048;
  entries[1].name = "Tuned";
  entries[1].platform = WP_PLATFORM_WIN2000;
  wp_limits_input_init (&entries[1].input);
  entries[1].input.ram_mb = 1536;
  entries[1].input.max_user_port = 65534;
  entries[1].input.need_connections = 10000;
}

static void
compare_report (WpPageReport       *report,
                const WpNamedInput *entries,
                guint               n)
{
  wp_page_report_init (report);
  report->compare = entries;
  report->n_compare = n;
}

static void
test_papers (void)
{
  WpNamedInput entries[2] = { 0 };
  WpPageReport report;

  two_scenarios (entries);
  compare_report (&report, entries, 2);
  wp_test_page_assert_papers (&report);
  wp_test_page_assert_renders (&report);
}

/* Windows 2000 at 2048 MB: 2048 / 512 × 4000 = 16000 sockets, 5000 − 1024
 * = 3976 client ports; at 1536 MB 1536 / 512 × 4000 = 12000, which meets
 * the target of 10000; RAM and MaxUserPort differ, marked. */
static void
test_text (void)
{
  WpNamedInput entries[2] = { 0 };
  WpPageReport report;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *today = g_strdup_printf ("%u", 2048 / 512 * 4000);
  g_autofree char *ports = g_strdup_printf ("%u", 5000 - 1024);
  g_autofree char *tuned = g_strdup_printf ("%u", 1536 / 512 * 4000);
  g_autofree char *ram_row = g_strconcat (WP_COMPARE_DIFFERS_MARK " ",
                                          wp_compare_row_title (WP_COMPARE_ROW_RAM), NULL);
  const char *expected[] = {
    "Scenarios compared", "Today", "Tuned", "Contoso Ltd", today, ports, tuned, "65534",
    ram_row, "meets the target of 10000", "TcpTimedWaitDelay", "Catalyst KB 100072",
  };

  two_scenarios (entries);
  compare_report (&report, entries, 2);
  bytes = wp_test_page_pdf (&report, WP_PAGE_PAPER_A4);
  path = wp_test_page_write (bytes, "compared.pdf");
  text = wp_test_page_poppler ("pdftotext", path);
  if (text != NULL)
    {
      g_autofree char *time_wait = g_strconcat (WP_COMPARE_DIFFERS_MARK " ",
                                                wp_compare_row_title (WP_COMPARE_ROW_TIME_WAIT),
                                                NULL);

      wp_test_page_assert_holds (text, expected, G_N_ELEMENTS (expected));
      /* TIME_WAIT is 240 s in both: not marked. */
      g_assert_null (strstr (text, time_wait));
    }
  wp_test_page_remove (path);
}

/* The table: the names over their columns, the rows that differ bold and
 * their titles marked, the others neither; the verdict in a word. */
static void
test_cells (void)
{
  WpNamedInput entries[2] = { 0 };
  WpPageReport report;
  gboolean bold[WP_COMPARE_N_ROWS + 1];
  g_autoptr (GPtrArray) cells = NULL;
  guint columns = 3;

  two_scenarios (entries);
  compare_report (&report, entries, 2);
  cells = wp_page_compare_cells (&report, bold);
  /* No measurement: every row before the measured one, under the names */
  g_assert_cmpuint (cells->len, ==, (WP_COMPARE_ROW_MEASURED + 1) * columns);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (cells, 1), "Today"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (cells, 2), "Tuned"));
  for (guint r = 0; r < WP_COMPARE_ROW_MEASURED; r++)
    {
      const char *title = g_ptr_array_index (cells, (r + 1) * columns);
      /* 2 GB against 1.5 GB, MaxUserPort 5000 against 65534, so the port
       * range and both limits (16000/12000, 3976/12000), and the target
       * given to the second only. */
      gboolean differs = r == WP_COMPARE_ROW_RAM || r == WP_COMPARE_ROW_MAX_USER_PORT ||
                         r == WP_COMPARE_ROW_PORT_RANGE || r == WP_COMPARE_ROW_SERVER_LIMIT ||
                         r == WP_COMPARE_ROW_CLIENT_LIMIT || r == WP_COMPARE_ROW_VERDICT;

      g_assert_cmpint (bold[r + 1], ==, differs);
      g_assert_cmpint (g_str_has_prefix (title, WP_COMPARE_DIFFERS_MARK " "), ==, differs);
    }
  g_assert_false (bold[0]);
  g_assert_cmpstr (g_ptr_array_index (cells, (WP_COMPARE_ROW_VERDICT + 1) * columns + 2), ==,
                   "✓ Meets");
}

/* Four scenarios, the newest with its netsh command, on both papers. */
static void
test_fits (void)
{
  WpNamedInput entries[WP_COMPARE_MAX] = { 0 };
  WpPageReport report;

  two_scenarios (entries);
  entries[2] = entries[0];
  entries[2].name = "Server 2022";
  entries[2].platform = WP_PLATFORM_WIN10_X64;
  entries[2].input.ram_mb = 16384;
  entries[2].input.need_connections = 50000;
  entries[3] = entries[1];
  entries[3].name = "NT 4.0";
  entries[3].platform = WP_PLATFORM_NT4;
  compare_report (&report, entries, WP_COMPARE_MAX);
  for (WpPagePaper paper = WP_PAGE_PAPER_A4; paper <= WP_PAGE_PAPER_LETTER; paper++)
    g_bytes_unref (wp_test_page_pdf (&report, paper));
}

/* Names no page holds: refused with one message, the old file kept. */
static void
test_too_long (void)
{
  WpNamedInput entries[WP_COMPARE_MAX] = { 0 };
  g_autoptr (GBytes) old = g_bytes_new_static ("old", 3);
  g_autofree char *path = wp_test_page_write (old, "compared.pdf");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) name = g_string_new (NULL);
  g_autofree char *contents = NULL;
  WpPageReport report;

  for (guint i = 0; i < 400; i++)
    g_string_append (name, "Far too long. ");
  two_scenarios (entries);
  entries[2] = entries[0];
  entries[3] = entries[1];
  for (guint i = 0; i < WP_COMPARE_MAX; i++)
    entries[i].customer = name->str;
  compare_report (&report, entries, WP_COMPARE_MAX);
  g_assert_false (wp_page_report_write (file, &report, WP_PAGE_PAPER_LETTER, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "The comparison does not fit on one page: shorten the "
                   "scenarios’ names or customers");
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "old");
  wp_test_page_remove (path);
}

/* --compare=A,B --report on Letter; in German its words and numbers;
 * what it still refuses. */
static void
test_cli (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wp-page-XXXXXX", &error);
  g_autofree char *a = g_build_filename (dir, "a.wpscenario", NULL);
  g_autofree char *b = g_build_filename (dir, "b.wpscenario", NULL);
  g_autofree char *path = g_build_filename (dir, "compared.pdf", NULL);
  g_autofree char *compare = g_strconcat ("--compare=", a, ",", b, NULL);
  g_autofree char *report = g_strconcat ("--report=", path, NULL);
  g_auto (GStrv) german = wp_test_environ ("LC_ALL", "de_DE.UTF-8", "LANGUAGE", "de", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (a, "[Scenario]\nFormat=1.0\nName=Today\nCustomer=Contoso\n"
                                      "Selected=win2000\n[Inputs]\nram=2G\n", -1, NULL));
  g_assert_true (g_file_set_contents (b, "[Scenario]\nFormat=1.0\nName=Old\nSelected=nt4\n"
                                      "[Inputs]\nram=512\n", -1, NULL));
  g_free (wp_test_run_ok (compare, report, "--paper=letter", NULL));
  info = wp_test_page_poppler ("pdfinfo", path);
  if (info != NULL)
    g_assert_nonnull (strstr (info, "612 x 792 pts"));
  text = wp_test_page_poppler ("pdftotext", path);
  if (text != NULL)
    {
      /* 2 GB: 2048 / 512 × 4000; NT 4.0 at 512 MB: 512 / 8 / 64 × 4000. */
      const char *expected[] = { "Today", "Old", "Contoso", "16000", "4000", "≠" };

      wp_test_page_assert_holds (text, expected, G_N_ELEMENTS (expected));
    }

  if (wp_test_have_locale ("de_DE.UTF-8"))
    {
      g_auto (WpTestRun) run;

      wp_test_run (&run, (const char * const *) german, g_getenv ("WP_BINARY"), compare, report,
                   "--paper=a4", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_clear_pointer (&text, g_free);
      text = wp_test_page_poppler ("pdftotext", path);
      if (text != NULL)
        {
          const char *expected[] = { "Szenarien im Vergleich", "Kunde: Contoso", "16.000",
                                     "Quellen" };

          wp_test_page_assert_holds (text, expected, G_N_ELEMENTS (expected));
        }
    }

  wp_test_run_refused ("--compare: add --table, --csv, --export=FILE or --report=FILE.pdf\n",
                       compare, NULL);
  wp_test_run_refused ("--compare: the scenario files hold every input: --name cannot be "
                       "combined with it\n", compare, report, "--name=Contoso", NULL);
  wp_test_run_refused ("choose one\n", compare, report, "--table", NULL);
  wp_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/page/compare/papers", test_papers);
  g_test_add_func ("/page/compare/text", test_text);
  g_test_add_func ("/page/compare/cells", test_cells);
  g_test_add_func ("/page/compare/fits", test_fits);
  g_test_add_func ("/page/compare/too-long", test_too_long);
  g_test_add_func ("/page/compare/cli", test_cli);
  return g_test_run ();
}
