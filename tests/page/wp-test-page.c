/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the page's tests share: a PDF in a temporary file, poppler's tools
 * (the test skipped without them), one page of each paper's size, the page
 * rendered with nothing in the bottom margin. */
#include "config.h"

#include <string.h>
#include <cairo.h>

#include "wp-test-page.h"
#include "wp-test-util.h"

/* A file of @bytes in a new temporary directory; its path. */
char *
wp_test_page_write (GBytes     *bytes,
                    const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wp-page-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}

void
wp_test_page_remove (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  wp_test_remove_tree (dir);
}

/* A poppler tool's path, or NULL (the test skipped) without it. */
char *
wp_test_page_tool (const char *tool)
{
  char *program = g_find_program_in_path (tool);

  if (program == NULL)
    g_test_skip_printf ("%s is not installed (poppler-utils; ./dev installs it)", tool);
  return program;
}

/* What pdfinfo or pdftotext printed for @path, or NULL (skipped). */
char *
wp_test_page_poppler (const char *tool,
                      const char *path)
{
  g_autofree char *program = wp_test_page_tool (tool);
  g_auto (WpTestRun) run;

  if (program == NULL)
    return NULL;
  if (g_str_equal (tool, "pdftotext"))
    wp_test_run (&run, NULL, program, "-layout", path, "-", NULL);
  else
    wp_test_run (&run, NULL, program, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  return g_steal_pointer (&run.out);
}

/* Fails naming the first of @expected that @text lacks. */
void
wp_test_page_assert_holds (const char         *text,
                           const char * const *expected,
                           gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” is not in the report's text:\n%s", expected[i], text);
}

GBytes *
wp_test_page_pdf (const WpPageReport *report,
                  WpPagePaper         paper)
{
  g_autoptr (GError) error = NULL;
  GBytes *bytes = wp_page_report_pdf (report, paper, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

void
wp_test_page_assert_papers (const WpPageReport *report)
{
  static const struct
  {
    WpPagePaper paper;
    const char *media_box;
    const char *pdfinfo;
  } papers[] = {
    { WP_PAGE_PAPER_A4, "/MediaBox [ 0 0 595 842 ]", "595 x 842 pts" },
    { WP_PAGE_PAPER_LETTER, "/MediaBox [ 0 0 612 792 ]", "612 x 792 pts" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autoptr (GBytes) bytes = NULL;
      g_autofree char *text = NULL;
      g_autofree char *path = NULL;
      g_autofree char *info = NULL;
      g_autoptr (GRegex) page = g_regex_new ("/Type /Page\\b", G_REGEX_RAW, 0, NULL);
      g_autoptr (GMatchInfo) match = NULL;
      guint pages = 0;

      bytes = wp_test_page_pdf (report, papers[i].paper);
      /* The compressed streams hold NULs: the PDF's own text with them
       * made spaces. */
      text = g_malloc0 (g_bytes_get_size (bytes) + 1);
      memcpy (text, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      for (gsize b = 0; b < g_bytes_get_size (bytes); b++)
        if (text[b] == '\0')
          text[b] = ' ';
      g_assert_nonnull (strstr (text, papers[i].media_box));
      for (g_regex_match_full (page, text, -1, 0, G_REGEX_MATCH_NOTEMPTY, &match, NULL);
           g_match_info_matches (match);
           g_match_info_next (match, NULL))
        pages++;
      g_assert_cmpuint (pages, ==, 1);

      path = wp_test_page_write (bytes, "report.pdf");
      info = wp_test_page_poppler ("pdfinfo", path);
      if (info != NULL)
        {
          g_assert_nonnull (strstr (info, "Pages:           1\n"));
          g_assert_nonnull (strstr (info, papers[i].pdfinfo));
        }
      wp_test_page_remove (path);
    }
}

/* pdftoppm renders the page: 72 dpi gives the sheet's points as pixels,
 * with ink (the title) at its top and none in the bottom margin. */
void
wp_test_page_assert_renders (const WpPageReport *report)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *png = NULL;
  g_autofree char *program = wp_test_page_tool ("pdftoppm");
  g_autofree char *prefix = NULL;
  cairo_surface_t *image;
  const guint8 *data;
  int stride;
  guint inked = 0;

  bytes = wp_test_page_pdf (report, WP_PAGE_PAPER_A4);
  path = wp_test_page_write (bytes, "report.pdf");
  prefix = g_strconcat (path, "-page", NULL);
  if (program == NULL)
    {
      wp_test_page_remove (path);
      return;
    }
  {
    g_auto (WpTestRun) run;

    wp_test_run (&run, NULL, program, "-r", "72", "-png", "-singlefile", path, prefix, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  png = g_strconcat (prefix, ".png", NULL);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 595);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 842);
  data = cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image);
  for (int y = 0; y < 842; y++)
    for (int x = 0; x < 595; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;

        if (pixel == 0xffffff)
          continue;
        g_assert_cmpint (y, <, 842 - WP_PAGE_MARGIN + 2);   /* nothing in the bottom margin */
        inked += y < 80;
      }
  g_assert_cmpuint (inked, >, 100);
  cairo_surface_destroy (image);
  wp_test_page_remove (path);
}

