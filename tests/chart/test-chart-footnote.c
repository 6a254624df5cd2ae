/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The source footnote of exported and printed charts: its text names the
 * documents of the lines drawn; its band, at the bottom, overlaps nothing
 * at any size and goes first when room runs out; above it the chart is the
 * chart of a surface ending there, to the pixel; PNG (with and without
 * --no-footnote), SVG and PDF carry it. */
#include "config.h"

#include <string.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "chart/wp-chart-export.h"
#include "chart/wp-chart-footnote.h"
#include "chart/wp-chart-memory.h"
#include "wp-test-pixels.h"
#include "wp-test-util.h"

/* A document's name and number, kept together by a no-break space. */
#define KB "KB\xc2\xa0"
#define FULL_FOOTNOTE "Source: Catalyst " KB "100072 (estimates); Microsoft " KB "196271, " \
                      KB "929851, " KB "158474"
/* The same, as pdftotext reads it from the glyphs: plain spaces. */
#define FULL_FOOTNOTE_READ "Source: Catalyst KB 100072 (estimates); Microsoft KB 196271, " \
                           "KB 929851, KB 158474"
#define ALL_PARTS_BUT_FOOTNOTE (WP_CHART_PART_TITLE | WP_CHART_PART_LEGEND | \
                                WP_CHART_PART_AXIS_TITLES | WP_CHART_PART_TICK_LABELS)

/* Renders into @surface (NULL: a 1×1 one, for the layout alone: drawing
 * outside it is clipped, the layout is the same). */
static void
render (cairo_surface_t     *surface,
        int                  width,
        int                  height,
        gboolean             footnote,
        const WpLimitsInput *input,
        WpChartLayout       *out_layout)
{
  cairo_surface_t *target = surface ? cairo_surface_reference (surface)
                                    : cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (target);
  WpChartStyle style;

  wp_chart_style_init (&style, FALSE);
  style.show_footnote = footnote;
  wp_chart_render (cr, width, height, &style, input, WP_PLATFORMS_SOURCE, out_layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  wp_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_flush (target);
  cairo_surface_destroy (target);
}

/* The chart above a footnote's band, on a surface that ends there, with
 * the body size of the whole surface's: text grows with the surface's
 * height, the footnote's band included. */
static void
render_above_band (cairo_surface_t     *surface,
                   int                  width,
                   int                  height,
                   int                  band_top,
                   const WpLimitsInput *input,
                   WpChartLayout       *out_layout)
{
  cairo_t *cr = cairo_create (surface);
  WpChartStyle style;

  wp_chart_style_init (&style, FALSE);
  pango_font_description_set_absolute_size (style.font,
                                            wp_chart_style_body_size (&style, width, height) *
                                            PANGO_SCALE);
  style.text_grows = FALSE;
  wp_chart_render (cr, width, band_top, &style, input, WP_PLATFORMS_SOURCE, out_layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  wp_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
}

static gboolean
rects_overlap (const WpChartRect *a,
               const WpChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
same_rect (const WpChartRect *a,
           const WpChartRect *b)
{
  return a->x == b->x && a->y == b->y && a->width == b->width && a->height == b->height;
}

/* Whether rows 0..@rows of @a and @b hold the same pixels. */
static gboolean
same_rows (cairo_surface_t *a,
           cairo_surface_t *b,
           int              rows)
{
  int width = cairo_image_surface_get_width (a);

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  for (int y = 0; y < rows; y++)
    if (memcmp (cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a),
                cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b),
                4 * (size_t) width) != 0)
      {
        g_test_message ("row %d differs", y);
        return FALSE;
      }
  return TRUE;
}

/* Rows @top.. of @surface hold nothing but the footnote: every pixel is a
 * grey between the background (white) and the footnote's colour, never
 * darker (the chart's text), never coloured (a series).  Returns how many
 * pixels are inked. */
static guint
assert_band_is_footnote (cairo_surface_t *surface,
                         int              top)
{
  WpChartStyle style;
  WpChartColor ink;
  guint inked = 0;

  wp_chart_style_init (&style, FALSE);
  /* The footnote's colour over the background, as it lands on the page. */
  ink.red = 1.0 - style.footnote.alpha * (1.0 - style.footnote.red);
  wp_chart_style_clear (&style);

  for (int y = top; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        WpChartColor pixel;

        wp_test_pixel_at (surface, x, y, &pixel);
        if (pixel.red != pixel.green || pixel.green != pixel.blue ||
            pixel.red < ink.red - 2.0 / 255)
          g_error ("%d, %d: %g %g %g is not the footnote's", x, y, pixel.red, pixel.green,
                   pixel.blue);
        inked += pixel.red < 0.75;
      }
  return inked;
}

static void
test_text (void)
{
  static const struct
  {
    guint       platforms;
    const char *expected;
  } cases[] = {
    { WP_PLATFORMS_SOURCE, FULL_FOOTNOTE },
    { WP_PLATFORM_BIT (WP_PLATFORM_NT4) | WP_PLATFORM_BIT (WP_PLATFORM_WIN2000),
      "Source: Catalyst " KB "100072 (estimates); Microsoft " KB "196271, " KB "929851" },
    /* 9x alone: no client-port line, which is the NT family's */
    { WP_PLATFORM_BIT (WP_PLATFORM_WIN98),
      "Source: Catalyst " KB "100072; Microsoft " KB "158474" },
  };
  WpLimitsInput input;

  wp_limits_input_init (&input);
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = wp_chart_footnote (&input, cases[i].platforms);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
  /* No line drawn, no source to name. */
  g_assert_null (wp_chart_footnote (&input, 0));

  /* Off unless asked for: the window's chart (wp-chart.c) never asks. */
  {
    WpChartStyle style;

    wp_chart_style_init (&style, FALSE);
    g_assert_false (style.show_footnote);
    wp_chart_style_clear (&style);
  }
}

/* From 1×1 to 8000×8000: the footnote's band lies at the bottom, under the
 * plot and the legend, inside the surface; it is there only when every
 * other part is (it goes first), and when it goes nothing else changes.
 * Up to 1920×1080 the pixels show that the rows above the band are those
 * of the chart without the footnote on a surface ending at the band, and
 * that the band holds only the footnote: no axis title, tick label or
 * legend reaches into it. */
static void
test_sizes (void)
{
  static const struct
  {
    int width;
    int height;
    int footnote;   /* 1: must show it, 0: must not, -1: either */
  } sizes[] = {
    { 1, 1, 0 }, { 24, 16, 0 }, { 200, 120, 0 }, { 320, 180, 0 }, { 480, 270, -1 },
    { 640, 360, -1 }, { 480, 1000, 1 }, { 333, 777, -1 }, { 800, 450, 1 }, { 1280, 720, 1 },
    { 1600, 900, 1 }, { 1920, 1080, 1 }, { 3000, 200, -1 }, { 200, 3000, -1 },
    { 3840, 2160, 1 }, { 8000, 8000, 1 },
  };
  WpLimitsInput input;

  wp_limits_input_init (&input);
  input.socketwrench_legacy = TRUE;   /* the longest legend */

  for (gsize i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int width = sizes[i].width, height = sizes[i].height;
      WpChartLayout with, without;
      const WpChartRect *band = &with.footnote;

      render (NULL, width, height, TRUE, &input, &with);
      render (NULL, width, height, FALSE, &input, &without);
      g_test_message ("%d×%d: parts 0x%x, plot %g,%g %g×%g, footnote %g,%g %g×%g", width,
                      height, with.parts, with.plot.x, with.plot.y, with.plot.width,
                      with.plot.height, band->x, band->y, band->width, band->height);
      g_assert_false (without.parts & WP_CHART_PART_FOOTNOTE);
      if (sizes[i].footnote >= 0)
        g_assert_cmpint (!!(with.parts & WP_CHART_PART_FOOTNOTE), ==, sizes[i].footnote);

      if (!(with.parts & WP_CHART_PART_FOOTNOTE))
        {
          /* Gone whole, and nothing else with it. */
          g_assert_cmpint (with.parts, ==, without.parts);
          g_assert_true (same_rect (&with.plot, &without.plot));
          continue;
        }

      g_assert_cmpint (with.parts & ALL_PARTS_BUT_FOOTNOTE, ==, ALL_PARTS_BUT_FOOTNOTE);
      /* A band across the bottom, of whole pixels. */
      g_assert_cmpfloat (band->x, ==, 0);
      g_assert_cmpfloat (band->width, ==, width);
      g_assert_cmpfloat (band->y, ==, (int) band->y);
      g_assert_cmpfloat (band->height, >, 0);
      g_assert_cmpfloat (band->y + band->height, ==, height);
      /* Under the plot and the legend. */
      g_assert_cmpfloat (band->y, >=, with.plot.y + with.plot.height);
      g_assert_false (rects_overlap (band, &with.plot));
      g_assert_cmpfloat (band->y, >=, with.legend.y + with.legend.height);
      g_assert_false (rects_overlap (band, &with.legend));

      if (width <= 1920 && height <= 1080)
        {
          cairo_surface_t *a = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
          cairo_surface_t *b = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width,
                                                           (int) band->y);
          WpChartLayout above;

          render (a, width, height, TRUE, &input, NULL);
          render_above_band (b, width, height, (int) band->y, &input, &above);
          g_assert_true (same_rect (&above.plot, &with.plot));
          g_assert_cmpint (above.parts | WP_CHART_PART_FOOTNOTE, ==, with.parts);
          g_assert_true (same_rows (a, b, (int) band->y));
          g_assert_cmpuint (assert_band_is_footnote (a, (int) band->y), >, 100);
          cairo_surface_destroy (a);
          cairo_surface_destroy (b);
        }
    }
}

/* The footnote wraps to two lines at most and is never cut: needing three
 * (a footnote font twice the body's, 480 pixels across), it goes, though
 * the rest of the chart fits. */
static void
test_two_lines (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);
  WpLimitsInput input;
  WpChartLayout one, two, three;
  WpChartStyle style;

  wp_limits_input_init (&input);
  /* Both with the least body size: 500 / 40 and 480 / 64 are below it. */
  render (NULL, 1280, 500, TRUE, &input, &one);
  render (NULL, 480, 1000, TRUE, &input, &two);
  g_assert_true (one.parts & two.parts & WP_CHART_PART_FOOTNOTE);
  /* A second line: the band grows by most of an em (13 pixels at Sans 10). */
  g_assert_cmpfloat (two.footnote.height, >=, one.footnote.height + 8);

  wp_chart_style_init (&style, FALSE);
  style.show_footnote = TRUE;
  style.footnote_scale = 2.0;
  wp_chart_render (cr, 480, 1000, &style, &input, WP_PLATFORMS_SOURCE, &three);
  g_assert_cmpint (three.parts & ALL_PARTS_BUT_FOOTNOTE, ==, ALL_PARTS_BUT_FOOTNOTE);
  g_assert_false (three.parts & WP_CHART_PART_FOOTNOTE);
  wp_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static cairo_surface_t *
read_png (const char *path)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  return png;
}

static void G_GNUC_NULL_TERMINATED
run_ok (const char *binary,
        const char *first_arg,
        ...)
{
  g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "C.UTF-8", NULL);
  g_auto (WpTestRun) run;
  va_list args;

  va_start (args, first_arg);
  wp_test_run_valist (&run, (const char * const *) envp, binary, first_arg, args);
  va_end (args);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
}

/* winsock-planner --export: with the footnote, and with --no-footnote at
 * the height above its band, the two PNGs differ only in the band, which
 * holds the footnote.  (At one size the plot of the first gives up the
 * band's height: the whole chart moves.)  800×450 is drawn at scale 1,
 * the renderer's own pixels. */
static void
test_cli_png (void)
{
  const char *binary = wp_test_getenv_or_skip ("WP_BINARY");
  g_autofree char *dir = NULL;
  g_autofree char *with_path = NULL, *without_path = NULL;
  g_autofree char *with_arg = NULL, *without_arg = NULL, *size_arg = NULL;
  cairo_surface_t *with, *without;
  WpLimitsInput input;
  WpChartLayout layout;
  int top;

  if (binary == NULL)
    return;
  dir = g_dir_make_tmp ("wp-footnote-XXXXXX", NULL);
  with_path = g_build_filename (dir, "with.png", NULL);
  without_path = g_build_filename (dir, "without.png", NULL);
  with_arg = g_strconcat ("--export=", with_path, NULL);
  without_arg = g_strconcat ("--export=", without_path, NULL);

  wp_limits_input_init (&input);
  input.ram_mb = 3072;
  render (NULL, 800, 450, TRUE, &input, &layout);
  g_assert_true (layout.parts & WP_CHART_PART_FOOTNOTE);
  top = (int) layout.footnote.y;
  size_arg = g_strdup_printf ("--size=800x%d", top);

  run_ok (binary, with_arg, "--size=800x450", "--ram=3G", NULL);
  run_ok (binary, without_arg, size_arg, "--ram=3G", "--no-footnote", NULL);
  with = read_png (with_path);
  without = read_png (without_path);
  g_assert_cmpint (cairo_image_surface_get_height (with), ==, 450);
  g_assert_true (same_rows (with, without, top));
  g_assert_cmpuint (assert_band_is_footnote (with, top), >, 100);

  /* --no-footnote at the full size: no footnote's grey in the bottom rows,
   * which hold the bottom margin there. */
  run_ok (binary, without_arg, "--size=800x450", "--ram=3G", "--no-footnote", NULL);
  cairo_surface_destroy (without);
  without = read_png (without_path);
  g_assert_false (same_rows (with, without, 450));
  g_assert_cmpuint (assert_band_is_footnote (without, 450 - 8), ==, 0);

  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
  wp_test_remove_tree (dir);
}

/* The PDF's text, as pdftotext reads it, and the SVG's <desc>. */
static void
test_pdf_svg (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  WpLimitsInput input;

  wp_limits_input_init (&input);
  for (int footnote = 0; footnote < 2; footnote++)
    {
      WpChartExportFlags flags = footnote ? WP_CHART_EXPORT_FOOTNOTE : WP_CHART_EXPORT_PLAIN;
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) svg = wp_chart_export_bytes (WP_CHART_FORMAT_SVG, 1600, 900, &input,
                                                      WP_PLATFORMS_SOURCE, flags, &error);
      g_autofree char *svg_text = NULL;

      g_assert_no_error (error);
      svg_text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
      g_assert_true ((strstr (svg_text, FULL_FOOTNOTE "</desc>") != NULL) == footnote);

      if (pdftotext != NULL)
        {
          g_autoptr (GBytes) pdf = wp_chart_export_bytes (WP_CHART_FORMAT_PDF, 1600, 900, &input,
                                                          WP_PLATFORMS_SOURCE, flags, &error);
          g_autofree char *dir = g_dir_make_tmp ("wp-footnote-XXXXXX", NULL);
          g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
          g_auto (WpTestRun) run;

          g_assert_no_error (error);
          g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL),
                                              g_bytes_get_size (pdf), NULL));
          wp_test_run (&run, NULL, pdftotext, path, "-", NULL);
          g_assert_cmpint (run.status, ==, 0);
          g_test_message ("pdftotext: %s", run.out);
          g_assert_nonnull (strstr (run.out, "Socket connections by physical memory"));
          g_assert_true ((strstr (run.out, FULL_FOOTNOTE_READ) != NULL) == footnote);
          wp_test_remove_tree (dir);
        }
    }
  if (pdftotext == NULL)
    g_test_skip ("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/footnote/text", test_text);
  g_test_add_func ("/chart/footnote/sizes", test_sizes);
  g_test_add_func ("/chart/footnote/two-lines", test_two_lines);
  g_test_add_func ("/chart/footnote/cli-png", test_cli_png);
  g_test_add_func ("/chart/footnote/pdf-svg", test_pdf_svg);

  return g_test_run ();
}
