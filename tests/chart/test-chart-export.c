/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Chart files: PNG, SVG and PDF by extension, written atomically; failures
 * leave nothing behind.  Also `winsock-planner --export` with no display. */
#include "config.h"

#include <string.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "chart/wp-chart-export.h"
#include "chart/wp-chart-memory.h"
#include "chart/wp-chart-style.h"
#include "wp-test-util.h"

typedef struct
{
  char          *dir;
  WpLimitsInput  input;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;

  f->dir = g_dir_make_tmp ("wp-chart-XXXXXX", &error);
  g_assert_no_error (error);
  wp_limits_input_init (&f->input);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  wp_test_remove_tree (f->dir);
  g_free (f->dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The names in the test directory, sorted, joined by spaces. */
static char *
list_dir (Fixture *f)
{
  g_autoptr (GDir) dir = g_dir_open (f->dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new ();
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, (char *) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static gboolean
export_to (Fixture    *f,
           const char *name,
           guint       width,
           guint       height,
           GError    **error)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return wp_chart_export_file (file, width, height, &f->input, WP_PLATFORMS_SOURCE,
                               WP_CHART_EXPORT_FOOTNOTE, error);
}

static void
assert_png_size (const char *path,
                 int         width,
                 int         height)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, height);
  cairo_surface_destroy (png);
}

static void
test_png (Fixture       *f,
          gconstpointer  user_data)
{
  static const guint sizes[][2] = { { 640, 480 }, { 1, 1 }, { 1600, 900 }, { 300, 2000 } };
  g_autoptr (GError) error = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, "chart.PNG", NULL);

      g_assert_true (export_to (f, "chart.PNG", sizes[i][0], sizes[i][1], &error));
      g_assert_no_error (error);
      assert_png_size (path, sizes[i][0], sizes[i][1]);
    }
}

static cairo_status_t
read_bytes_cb (void          *closure,
               unsigned char *data,
               unsigned int   length)
{
  GInputStream *stream = closure;

  return g_input_stream_read_all (stream, data, length, NULL, NULL, NULL)
         ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR;
}

/* Our PNG encoder is lossless: the file holds the rendered pixels. */
static void
test_png_exact (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) png = wp_chart_export_bytes (WP_CHART_FORMAT_PNG, 640, 400, &f->input,
                                                  WP_PLATFORMS_SOURCE, WP_CHART_EXPORT_FOOTNOTE,
                                                  &error);
  g_autoptr (GInputStream) stream = NULL;
  cairo_surface_t *decoded, *direct;
  cairo_t *cr;
  WpChartStyle style;
  const guint8 *a, *b;
  guint differences = 0;

  g_assert_no_error (error);
  stream = g_memory_input_stream_new_from_bytes (png);
  decoded = cairo_image_surface_create_from_png_stream (read_bytes_cb, stream);
  g_assert_cmpint (cairo_surface_status (decoded), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (decoded), ==, 640);

  direct = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 640, 400);
  cr = cairo_create (direct);
  wp_chart_style_init (&style, FALSE);
  style.show_footnote = TRUE;
  wp_chart_render (cr, 640, 400, &style, &f->input, WP_PLATFORMS_SOURCE, NULL);
  wp_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_flush (direct);

  a = cairo_image_surface_get_data (decoded);
  b = cairo_image_surface_get_data (direct);
  for (int y = 0; y < 400; y++)
    for (int x = 0; x < 640; x++)
      {
        guint32 pa = *(const guint32 *) (a + y * cairo_image_surface_get_stride (decoded) + 4 * x);
        guint32 pb = *(const guint32 *) (b + y * cairo_image_surface_get_stride (direct) + 4 * x);

        differences += (pa & 0xffffff) != (pb & 0xffffff);
      }
  g_assert_cmpuint (differences, ==, 0);

  cairo_surface_destroy (decoded);
  cairo_surface_destroy (direct);
}

typedef struct
{
  GString *text;       /* text inside <title> and <desc> */
  gboolean in_text;
  gboolean root_svg;
  guint    elements;
} SvgScan;

static void
svg_start_cb (GMarkupParseContext *context,
              const char          *element,
              const char         **names,
              const char         **values,
              gpointer             user_data,
              GError             **error)
{
  SvgScan *scan = user_data;

  if (scan->elements++ == 0)
    scan->root_svg = g_str_equal (element, "svg");
  scan->in_text = g_str_equal (element, "title") || g_str_equal (element, "desc");
}

static void
svg_end_cb (GMarkupParseContext *context,
            const char          *element,
            gpointer             user_data,
            GError             **error)
{
  ((SvgScan *) user_data)->in_text = FALSE;
}

static void
svg_text_cb (GMarkupParseContext *context,
             const char          *text,
             gsize                len,
             gpointer             user_data,
             GError             **error)
{
  SvgScan *scan = user_data;

  if (scan->in_text)
    g_string_append_len (scan->text, text, len);
}

static void
test_svg (Fixture       *f,
          gconstpointer  user_data)
{
  static const GMarkupParser parser = { svg_start_cb, svg_end_cb, svg_text_cb, NULL, NULL };
  g_autofree char *path = g_build_filename (f->dir, "chart.svg", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GMarkupParseContext) context = NULL;
  SvgScan scan = { g_string_new (NULL), FALSE, FALSE, 0 };
  gsize length;

  g_assert_true (export_to (f, "chart.svg", 800, 450, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));

  /* Well-formed XML, an <svg> root of the asked size. */
  context = g_markup_parse_context_new (&parser, G_MARKUP_DEFAULT_FLAGS, &scan, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error) &&
                 g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_true (scan.root_svg);
  g_assert_cmpuint (scan.elements, >, 100);
  g_assert_nonnull (strstr (contents, "width=\"800px\""));
  g_assert_nonnull (strstr (contents, "height=\"450px\""));

  /* The titles as text. */
  g_assert_nonnull (strstr (scan.text->str, wp_chart_x_axis_title ()));
  g_assert_nonnull (strstr (scan.text->str, wp_chart_y_axis_title ()));
  g_assert_nonnull (strstr (scan.text->str, "Socket connections by physical memory"));
  g_assert_nonnull (strstr (scan.text->str, "MaxUserPort 5000"));
  g_string_free (scan.text, TRUE);
}

static void
test_pdf (Fixture       *f,
          gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (f->dir, "chart.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;

  g_assert_true (export_to (f, "chart.pdf", 1600, 900, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  /* A 1200 × 675 pt page: 1600 × 900 px at 96 dpi. */
  g_assert_nonnull (memmem (contents, length, "/MediaBox [ 0 0 1200 675 ]", 26));
}

typedef struct
{
  const char *name;     /* under the test directory */
  guint       width;
  guint       height;
  GQuark      domain;
  int         code;
} FailCase;

/* Each failure is one clear error, and the directory holds what it held:
 * no half-written file, no temporary left over. */
static void
test_failures (Fixture       *f,
               gconstpointer  user_data)
{
  g_autofree char *dir_png = g_build_filename (f->dir, "folder.png", NULL);
  g_autofree char *plain = g_build_filename (f->dir, "plain.txt", NULL);
  g_autofree char *keep = g_build_filename (f->dir, "keep.png", NULL);
  const FailCase cases[] = {
    { "chart.gif",             640, 480, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT },
    { "chart",                 640, 480, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT },
    { "missing/chart.png",     640, 480, G_IO_ERROR, G_IO_ERROR_NOT_FOUND },
    { "folder.png",            640, 480, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY },
    { "plain.txt/chart.svg",   640, 480, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY },
    { "keep.png",              0,   480, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT },
    { "keep.png",              640, 10001, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT },
  };
  g_autofree char *before = NULL;

  g_assert_cmpint (g_mkdir (dir_png, 0755), ==, 0);
  g_assert_true (g_file_set_contents (plain, "text", -1, NULL));
  g_assert_true (g_file_set_contents (keep, "old contents", -1, NULL));
  before = list_dir (f);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *after = NULL;
      g_autofree char *kept = NULL;

      g_test_message ("%s %u×%u", cases[i].name, cases[i].width, cases[i].height);
      g_assert_false (export_to (f, cases[i].name, cases[i].width, cases[i].height, &error));
      g_assert_error (error, cases[i].domain, cases[i].code);
      g_assert_null (strchr (error->message, '\n'));
      after = list_dir (f);
      g_assert_cmpstr (after, ==, before);
      g_assert_true (g_file_get_contents (keep, &kept, NULL, NULL));
      g_assert_cmpstr (kept, ==, "old contents");
    }
  g_assert_true (g_file_test (dir_png, G_FILE_TEST_IS_DIR));

  /* A place even root cannot write. */
  {
    g_autoptr (GFile) proc = g_file_new_for_path ("/proc/wp-chart-test.png");
    g_autoptr (GError) error = NULL;

    g_assert_false (wp_chart_export_file (proc, 64, 64, &f->input, WP_PLATFORMS_SOURCE,
                                          WP_CHART_EXPORT_FOOTNOTE, &error));
    g_assert_nonnull (error);
    g_assert_false (g_file_test ("/proc/wp-chart-test.png", G_FILE_TEST_EXISTS));
  }

  /* And a good export replaces the old file whole. */
  {
    g_autoptr (GError) error = NULL;

    g_assert_true (export_to (f, "keep.png", 320, 200, &error));
    g_assert_no_error (error);
    assert_png_size (keep, 320, 200);
  }
}

/* The command line, with no display (wp_test_environ()). */

static void
test_cli (Fixture       *f,
          gconstpointer  user_data)
{
  g_autofree char *png = g_build_filename (f->dir, "cli.png", NULL);
  g_autofree char *svg = g_build_filename (f->dir, "cli.svg", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "cli.bmp", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no/such/dir/cli.png", NULL);
  g_autofree char *arg_png = g_strconcat ("--export=", png, NULL);
  g_autofree char *arg_svg = g_strconcat ("--export=", svg, NULL);
  g_autofree char *arg_bad = g_strconcat ("--export=", bad, NULL);
  g_autofree char *arg_missing = g_strconcat ("--export=", missing, NULL);
  g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "C.UTF-8", NULL);
  const char *binary = wp_test_getenv_or_skip ("WP_BINARY");
  const char * const *env = (const char * const *) envp;

  if (binary == NULL)
    return;

  /* The default size, 1600×900. */
  {
    g_auto (WpTestRun) run;

    wp_test_run (&run, env, binary, arg_png, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    g_assert_cmpstr (run.out, ==, "");
    assert_png_size (png, 1600, 900);
  }
  {
    g_auto (WpTestRun) run;

    wp_test_run (&run, env, binary, arg_png, "--size=320x200", "--ram=512M",
                 "--platform=nt4,win2000", NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_png_size (png, 320, 200);
  }
  {
    g_auto (WpTestRun) run;

    wp_test_run (&run, env, binary, arg_svg, "--socketwrench-3", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_test (svg, G_FILE_TEST_IS_REGULAR));
  }

  /* Failures: exit status 2, one line on stderr, no file. */
  for (guint i = 0; i < 2; i++)
    {
      g_auto (WpTestRun) run;

      wp_test_run (&run, env, binary, i == 0 ? arg_bad : arg_missing, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      /* One line: a newline at the end and none before. */
      g_assert_true (g_str_has_suffix (run.err, "\n"));
      g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
      g_assert_true (g_str_has_prefix (run.err, "winsock-planner: "));
      g_assert_nonnull (strstr (run.err, i == 0 ? "cli.bmp" : "cli.png"));
    }
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* --theme=dark paints the renderer's dark background; --text-scale takes
 * 0.5 to 3; a bad value is one line, status 2 and no file. */
static void
test_cli_slide (Fixture       *f,
                gconstpointer  user_data)
{
  static const struct
  {
    const char *arg;
    const char *message;
  } bad[] = {
    { "--text-scale=abc", "--text-scale: “abc” is not a number from 0.5 to 3\n" },
    { "--text-scale=0.49", "--text-scale: “0.49” is not a number from 0.5 to 3\n" },
    { "--text-scale=3.01", "--text-scale: “3.01” is not a number from 0.5 to 3\n" },
    { "--text-scale=1,5", "--text-scale: “1,5” is not a number from 0.5 to 3\n" },
    { "--text-scale=", "--text-scale: no value was given\n" },
    { "--theme=blue", "--theme: “blue” is neither light nor dark\n" },
    { "--theme=Dark", "--theme: “Dark” is neither light nor dark\n" },
  };
  g_autofree char *png = g_build_filename (f->dir, "slide.png", NULL);
  g_autofree char *arg_png = g_strconcat ("--export=", png, NULL);
  g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "C.UTF-8", NULL);
  const char *binary = wp_test_getenv_or_skip ("WP_BINARY");
  const char * const *env = (const char * const *) envp;
  WpChartStyle dark;

  if (binary == NULL)
    return;

  wp_chart_style_init (&dark, TRUE);
  {
    g_auto (WpTestRun) run;
    cairo_surface_t *image;
    const guint32 *pixels;
    guint32 expected = (guint32) (dark.background.red * 255 + 0.5) << 16 |
                       (guint32) (dark.background.green * 255 + 0.5) << 8 |
                       (guint32) (dark.background.blue * 255 + 0.5);

    wp_test_run (&run, env, binary, arg_png, "--size=1280x720", "--theme=dark",
                 "--text-scale=1.5", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.err, ==, "");
    image = cairo_image_surface_create_from_png (png);
    g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
    pixels = (const guint32 *) cairo_image_surface_get_data (image);
    g_assert_cmphex (pixels[0] & 0xffffff, ==, expected);
    cairo_surface_destroy (image);
    g_unlink (png);
  }
  wp_chart_style_clear (&dark);

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto (WpTestRun) run;
      g_autofree char *message = g_strconcat ("winsock-planner: ", bad[i].message, NULL);

      wp_test_run (&run, env, binary, arg_png, bad[i].arg, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, message);
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/chart/export/png", test_png);
  ADD ("/chart/export/png-exact", test_png_exact);
  ADD ("/chart/export/svg", test_svg);
  ADD ("/chart/export/pdf", test_pdf);
  ADD ("/chart/export/failures", test_failures);
  ADD ("/chart/export/cli", test_cli);
  ADD ("/chart/export/cli-slide", test_cli_slide);
#undef ADD

  return g_test_run ();
}
