/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one-page report: one page of the right size on A4 and Letter, the
 * figures in its text, nothing past the page's bottom (long names, every
 * version), all or nothing, German, rendered by poppler; --report and
 * --paper.  Expected figures come from the specification's rows
 * (Catalyst KB 100072), not from the program. */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>
#include <cairo.h>

#include "import/wp-import.h"
#include "page/wp-page.h"
#include "report/wp-table.h"
#include "wp-test-page.h"
#include "wp-test-util.h"

/* A netstat -ano of @n connections from client ports 1025 on, the first
 * @time_wait of them in TIME_WAIT: its measurement. */
static WpMeasurement *
measurement_of (guint n,
                guint time_wait)
{
  g_autoptr (WpImport) import = wp_import_new ();
  GString *text = g_string_new ("  Proto  Local Address          Foreign Address        State           PID\r\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "  TCP    10.0.0.5:%u        10.0.0.9:80            %s     %u\r\n",
                            1025 + i, i < time_wait ? "TIME_WAIT  " : "ESTABLISHED", 4 * (1 + i % 7));
  wp_import_feed (import, (const guint8 *) text->str, text->len);
  g_string_free (text, TRUE);
  return wp_import_take_measurement (import);
}

/* One page of each paper's size: counted in the file itself, then by pdfinfo. */
static void
test_paper_sizes (void)
{
  WpPageReport report;

  wp_page_report_init (&report);
  wp_test_page_assert_papers (&report);
}

/* The text holds the figures of Windows 2000 at 2 GB: the specification's
 * "about 4,000 per 512 MB" (2048 / 512 × 4000 = 16000), the 25,000
 * theoretical, MaxUserPort 5000 − 1024 = 3976 client ports; the target,
 * the registry values, the customer and the sources. */
static void
test_text (void)
{
  WpPageReport report;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  const char *expected[] = {
    "Contoso Ltd", "Web farm 2026", "16000", "25000", "3976", "30000", "✗",
    "MaxUserPort", "TcpTimedWaitDelay", "Catalyst KB 100072", "Measured",
    /* 3000 ports of Windows 2000's 5000 - 1024 = 3976: 75.5 %, shown
     * rounded up; 2000 of 3000 in TIME_WAIT: 66.7 %, rounded down */
    "3000", "3976", "76", "66", "Winsock Planner report",
  };
  g_autoptr (WpMeasurement) measurement = measurement_of (3000, 2000);

  wp_page_report_init (&report);
  report.input.need_connections = 2048 / 512 * 4000 + 14000;   /* 30000: fails */
  report.name = "Web farm 2026";
  report.customer = "Contoso Ltd";
  report.measurement = measurement;
  bytes = wp_test_page_pdf (&report, WP_PAGE_PAPER_A4);
  path = wp_test_page_write (bytes, "report.pdf");
  text = wp_test_page_poppler ("pdftotext", path);
  if (text != NULL)
    wp_test_page_assert_holds (text, expected, G_N_ELEMENTS (expected));
  wp_test_page_remove (path);
}

/* Height used on a recording surface for @report on @paper's page. */
static double
used_height (const WpPageReport *report,
             WpPagePaper         paper,
             double             *out_height)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double width, height, used;

  wp_page_paper_size (paper, &width, &height);
  *out_height = height - 2 * WP_PAGE_MARGIN;
  used = wp_page_report_layout (cr, width - 2 * WP_PAGE_MARGIN, *out_height, report, TRUE);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return used;
}

/* Long names and notes, every version, a target and a rate: on the page. */
static void
test_fits (void)
{
  g_autoptr (WpMeasurement) measurement = measurement_of (3000, 2000);
  g_autoptr (GString) notes = g_string_new (NULL);
  g_autoptr (GString) name = g_string_new (NULL);
  WpPageReport report;
  double height;

  for (guint i = 0; i < 6; i++)
    g_string_append (notes, "The customer's load balancer keeps connections open. ");
  for (guint i = 0; i < 5; i++)
    g_string_append (name, "Verbindungsplanung ");
  wp_page_report_init (&report);
  report.platforms = WP_PLATFORMS_ALL;
  report.selected = WP_PLATFORM_WIN10_X64;
  report.input.need_connections = 500000;
  report.input.need_rate = 2000;
  report.input.connection_life_ms = 5000;
  report.name = name->str;
  report.customer = name->str;
  report.notes = notes->str;
  report.measurement = measurement;
  for (WpPagePaper paper = WP_PAGE_PAPER_A4; paper <= WP_PAGE_PAPER_LETTER; paper++)
    {
      double used = used_height (&report, paper, &height);
      g_autoptr (GBytes) bytes = NULL;

      g_test_message ("paper %d: %g of %g points used", paper, used, height);
      g_assert_cmpfloat (used, <=, height);
      bytes = wp_test_page_pdf (&report, paper);

      g_assert_cmpfloat (used, >, height * 0.8);
      g_assert_cmpfloat (used, <=, height);
    }
}

/* Notes no page holds: refused with one message, an existing file kept. */
static void
test_too_long (void)
{
  g_autoptr (GString) notes = g_string_new (NULL);
  g_autoptr (GBytes) old = g_bytes_new_static ("old", 3);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = wp_test_page_write (old, "report.pdf");
  g_autofree char *contents = NULL;
  WpPageReport report;

  for (guint i = 0; i < 2000; i++)
    g_string_append (notes, "Far too long. ");
  wp_page_report_init (&report);
  report.notes = notes->str;
  file = g_file_new_for_path (path);
  g_assert_false (wp_page_report_write (file, &report, WP_PAGE_PAPER_A4, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "old");
  wp_test_page_remove (path);
}

static void
test_render (void)
{
  WpPageReport report;

  wp_page_report_init (&report);
  wp_test_page_assert_renders (&report);
}

/* --report in German: the words of the German catalogue, German numbers. */
static void
test_german (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wp-page-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "bericht.pdf", NULL);
  g_autofree char *option = g_strconcat ("--report=", path, NULL);
  g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "de_DE.UTF-8", "LANGUAGE", "de", NULL);
  g_autofree char *text = NULL;
  g_auto (WpTestRun) run;
  const char *expected[] = { "Bericht von Winsock Planner", "Registrierungswerte und Befehl für Windows 2000",
                             "Quellen", "16.000", "3.976" };

  g_assert_no_error (error);
  if (!wp_test_have_locale ("de_DE.UTF-8"))
    {
      g_test_skip ("the de_DE.UTF-8 locale is not generated (./dev test generates it)");
      wp_test_remove_tree (dir);
      return;
    }
  wp_test_run (&run, (const char * const *) envp, g_getenv ("WP_BINARY"), option,
               "--paper=a4", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  text = wp_test_page_poppler ("pdftotext", path);
  if (text != NULL)
    wp_test_page_assert_holds (text, expected, G_N_ELEMENTS (expected));
  wp_test_remove_tree (dir);
}

/* The locale's paper: Letter in the United States, A4 in Germany. */
static void
test_paper_default (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_PAPER, NULL));
  WpPagePaper paper;

  g_assert_true (wp_page_paper_from_name ("LETTER", &paper));
  g_assert_cmpint (paper, ==, WP_PAGE_PAPER_LETTER);
  g_assert_true (wp_page_paper_from_name ("a4", &paper));
  g_assert_cmpint (paper, ==, WP_PAGE_PAPER_A4);
  g_assert_false (wp_page_paper_from_name ("a5", &paper));

  if (setlocale (LC_PAPER, "en_US.UTF-8") == NULL || setlocale (LC_PAPER, "de_DE.UTF-8") == NULL)
    {
      setlocale (LC_PAPER, saved);
      g_test_skip ("the en_US.UTF-8 and de_DE.UTF-8 locales are not generated");
      return;
    }
  setlocale (LC_PAPER, "en_US.UTF-8");
  g_assert_cmpint (wp_page_paper_default (), ==, WP_PAGE_PAPER_LETTER);
  setlocale (LC_PAPER, "de_DE.UTF-8");
  g_assert_cmpint (wp_page_paper_default (), ==, WP_PAGE_PAPER_A4);
  setlocale (LC_PAPER, saved);
}

/* --report writes Letter with --paper=letter; what it refuses. */
static void
test_cli (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wp-page-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autofree char *option = g_strconcat ("--report=", path, NULL);
  g_autofree char *out = wp_test_run_ok (option, "--paper=letter", "--platform=win10-x64",
                                         "--need-rate=500", "--view=rate", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpstr (out, ==, "");
  info = wp_test_page_poppler ("pdfinfo", path);
  if (info != NULL)
    g_assert_nonnull (strstr (info, "612 x 792 pts"));

  /* --name and --customer head the report as they head a .reg file. */
  g_free (wp_test_run_ok (option, "--name=Web farm B", "--customer=Contoso", NULL));
  text = wp_test_page_poppler ("pdftotext", path);
  if (text != NULL)
    {
      const char *heading[] = { "Web farm B", "Contoso" };

      wp_test_page_assert_holds (text, heading, G_N_ELEMENTS (heading));
    }

  wp_test_run_refused ("--paper only applies to --report\n", "--paper=a4", "--table", NULL);
  wp_test_run_refused ("--paper: “a5” is neither a4 nor letter\n", option, "--paper=a5", NULL);
  wp_test_run_refused ("--report: “plan.txt” must end in .pdf\n", "--report=plan.txt", NULL);
  wp_test_run_refused ("--report: no value was given\n", "--report=", NULL);
  wp_test_run_refused ("choose one\n", option, "--csv", NULL);
  wp_test_run_refused ("--size only applies to --export\n", option, "--size=100x100", NULL);
  wp_test_remove_tree (dir);
}

/* The plan's row in the table, which the page draws in bold: rows follow
 * the platforms' order, the titles are row 0. */
static void
test_table_row (void)
{
  guint two = WP_PLATFORM_BIT (WP_PLATFORM_NT4) | WP_PLATFORM_BIT (WP_PLATFORM_WIN2003);

  g_assert_cmpuint (wp_table_row_of (two, WP_PLATFORM_NT4), ==, 1);
  g_assert_cmpuint (wp_table_row_of (two, WP_PLATFORM_WIN2003), ==, 2);
  g_assert_cmpuint (wp_table_row_of (two, WP_PLATFORM_WIN2000), ==, 0);
  g_assert_cmpuint (wp_table_row_of (WP_PLATFORMS_SOURCE, WP_PLATFORM_WIN95), ==, 1);
  g_assert_cmpuint (wp_table_row_of (WP_PLATFORMS_SOURCE, -1), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/page/paper/sizes", test_paper_sizes);
  g_test_add_func ("/page/paper/default", test_paper_default);
  g_test_add_func ("/page/text/figures", test_text);
  g_test_add_func ("/page/text/german", test_german);
  g_test_add_func ("/page/layout/fits", test_fits);
  g_test_add_func ("/page/layout/too-long", test_too_long);
  g_test_add_func ("/page/render/pdftoppm", test_render);
  g_test_add_func ("/page/cli", test_cli);
  g_test_add_func ("/page/table/row", test_table_row);
  return g_test_run ();
}
