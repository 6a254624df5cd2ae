/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison view: a line per scenario at the calculator's figures for
 * its own platform and inputs, on one RAM range; each scenario's colour,
 * dash and mark shape its own; its name at its line's end; its RAM marked
 * on its line; a fifth scenario refused. */
#include "config.h"

#include <string.h>
#include <cairo.h>

#include "chart/wp-chart-compare.h"
#include "limits/wp-format.h"
#include "wp-test-pixels.h"

/* NT 4.0 at 512 MB; 2000 at 1.5 GB; 95 with MaxConnections 300; 10 x64 at
 * 8 GB with the default 16 KB a connection. */
static guint
four_scenarios (WpNamedInput entries[WP_COMPARE_MAX])
{
  static const char *const names[] = { "Today", "Upgrade", "Old PC", "Server" };
  static const WpPlatform platforms[] = { WP_PLATFORM_NT4, WP_PLATFORM_WIN2000,
                                          WP_PLATFORM_WIN95, WP_PLATFORM_WIN10_X64 };
  static const guint64 rams[] = { 512, 1536, 64, 8192 };

  memset (entries, 0, WP_COMPARE_MAX * sizeof *entries);
  for (guint i = 0; i < WP_COMPARE_MAX; i++)
    {
      entries[i].name = names[i];
      entries[i].platform = platforms[i];
      wp_limits_input_init (&entries[i].input);
      entries[i].input.ram_mb = rams[i];
    }
  entries[2].input.max_connections = 300;
  return WP_COMPARE_MAX;
}

/* The figures at a RAM, from the source's rows: NT's practical sockets are
 * about 4,000 per 64 MB of non-paged pool, the pool RAM ÷ 8 up to its cap
 * (NT 4.0 128 MB, 2000 256 MB: KB 100072); 9x's MaxConnections whatever
 * the RAM; 10 x64's pool is all of RAM (to 128 GB) ÷ the assumed 16 KB. */
static void
test_figures (void)
{
  WpNamedInput entries[WP_COMPARE_MAX] = { 0 };
  g_autofree WpChartCompareData *data = g_new0 (WpChartCompareData, 1);
  guint n = four_scenarios (entries);

  g_assert_true (wp_chart_compare_data_init (data, entries, n, WP_CHART_AXIS_SCALE_AUTO,
                                             WP_CHART_AXIS_SCALE_AUTO));
  g_assert_cmpuint (data->n, ==, 4);
  /* NT 4.0: 512 MB ÷ 8 = 64 MB of pool = 4,000; at 2 GB capped at 128 MB = 8,000. */
  g_assert_cmpfloat (wp_chart_compare_value_at (data, 0, 512), ==, 4000);
  g_assert_cmpfloat (wp_chart_compare_value_at (data, 0, 2048), ==, 128 / 64 * 4000);
  /* 2000: 1.5 GB ÷ 8 = 192 MB = 12,000; at 4 GB its 256 MB cap = 16,000. */
  g_assert_cmpfloat (wp_chart_compare_value_at (data, 1, 1536), ==, 192 / 64 * 4000);
  g_assert_cmpfloat (wp_chart_compare_value_at (data, 1, 4096), ==, 256 / 64 * 4000);
  /* 95: its MaxConnections at any RAM. */
  g_assert_cmpfloat (wp_chart_compare_value_at (data, 2, 64), ==, 300);
  g_assert_cmpfloat (wp_chart_compare_value_at (data, 2, 4096), ==, 300);
  /* 10 x64 at 8 GB: 8,192 MB × 1,024 ÷ 16 KB. */
  g_assert_cmpfloat (wp_chart_compare_value_at (data, 3, 8192), ==, 8192.0 * 1024 / 16);
  /* The range they share reaches the furthest any needs: 10 x64's knee at
   * 128 GB, and past it. */
  g_assert_cmpfloat (data->data[0].ram_hi, ==, data->data[3].ram_hi);
  g_assert_cmpfloat (data->shared.ram_hi, >, 128.0 * 1024);
  /* Each scenario's own inputs: a second NT 4.0 with other inputs does
   * not change the first. */
  entries[1] = entries[0];
  entries[1].input.ram_mb = 256;
  g_assert_true (wp_chart_compare_data_init (data, entries, 2, WP_CHART_AXIS_SCALE_AUTO,
                                             WP_CHART_AXIS_SCALE_AUTO));
  g_assert_cmpfloat (wp_chart_compare_value_at (data, 1, 256), ==, 2000);
  g_assert_cmpfloat (wp_chart_compare_value_at (data, 0, 512), ==, 4000);
}

/* The tooltip's lines: each scenario's limit at the pointer's RAM, with
 * its mark and name. */
static void
test_values_lines (void)
{
  WpNamedInput entries[WP_COMPARE_MAX] = { 0 };
  g_autofree WpChartCompareData *data = g_new0 (WpChartCompareData, 1);
  guint n = four_scenarios (entries);
  g_auto (GStrv) lines = NULL;
  g_autofree char *nt4 = NULL, *w2k = NULL;
  /* At 2 GB: NT 4.0's pool at its 128 MB cap, 2000's at 2048 ÷ 8 = 256 MB. */
  g_autofree char *nt4_count = wp_format_count (128 / 64 * 4000);
  g_autofree char *w2k_count = wp_format_count (2048 / 8 / 64 * 4000);

  g_assert_true (wp_chart_compare_data_init (data, entries, n, WP_CHART_AXIS_SCALE_AUTO,
                                             WP_CHART_AXIS_SCALE_AUTO));
  lines = wp_chart_compare_values_lines (data, 2048);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  nt4 = g_strdup_printf ("%s Today: %s sockets", wp_chart_compare_shape_glyph (0), nt4_count);
  w2k = g_strdup_printf ("%s Upgrade: %s sockets", wp_chart_compare_shape_glyph (1), w2k_count);
  g_assert_cmpstr (lines[0], ==, nt4);
  g_assert_cmpstr (lines[1], ==, w2k);
}

static void
test_refused (void)
{
  WpNamedInput entries[WP_COMPARE_MAX + 1] = { 0 };
  g_autofree WpChartCompareData *data = g_new0 (WpChartCompareData, 1);

  four_scenarios (entries);
  entries[4] = entries[0];
  g_assert_false (wp_chart_compare_data_init (data, entries, WP_COMPARE_MAX + 1,
                                              WP_CHART_AXIS_SCALE_AUTO,
                                              WP_CHART_AXIS_SCALE_AUTO));
  g_assert_false (wp_chart_compare_data_init (data, entries, 0, WP_CHART_AXIS_SCALE_AUTO,
                                              WP_CHART_AXIS_SCALE_AUTO));
}

/* A line per scenario, each told apart by colour, dash and shape, named
 * at its end, its RAM marked on it at its figure; the title says it is a
 * comparison; the legend has each scenario. */
static void
test_describe (void)
{
  WpNamedInput entries[WP_COMPARE_MAX] = { 0 };
  g_autofree WpChartCompareData *data = g_new0 (WpChartCompareData, 1);
  guint n = four_scenarios (entries);
  WpChartDesc desc;

  g_assert_true (wp_chart_compare_data_init (data, entries, n, WP_CHART_AXIS_SCALE_AUTO,
                                             WP_CHART_AXIS_SCALE_AUTO));
  wp_chart_compare_describe (&desc, data, TRUE);
  g_assert_nonnull (strstr (desc.title, "compared"));
  g_assert_nonnull (desc.footnote);
  g_assert_cmpuint (desc.n_series, ==, 4);
  g_assert_cmpuint (desc.n_legend, ==, 4);
  for (guint a = 0; a < desc.n_series; a++)
    {
      const WpChartDescSeries *line = &desc.series[a];

      g_assert_nonnull (strstr (line->label.text, entries[a].name));
      g_assert_nonnull (strstr (desc.legend[a].text, entries[a].name));
      g_assert_cmpint (line->mark_shape, !=, WP_CHART_SHAPE_NONE);
      g_assert_cmpfloat (line->mark.x, ==, (double) entries[a].input.ram_mb);
      for (guint b = a + 1; b < desc.n_series; b++)
        {
          g_assert_cmpuint (line->style.ink.index, !=, desc.series[b].style.ink.index);
          g_assert_cmpint (line->style.dash, !=, desc.series[b].style.dash);
          g_assert_cmpint (line->mark_shape, !=, desc.series[b].mark_shape);
        }
    }
  g_assert_cmpfloat (desc.series[0].mark.y, ==, 4000);
  g_assert_cmpfloat (desc.series[1].mark.y, ==, 12000);
  g_assert_cmpint (desc.series[2].role, ==, WP_CHART_ROLE_LEVEL);
  g_assert_cmpfloat (desc.series[2].mark.y, ==, 300);
  g_assert_cmpfloat (desc.series[3].mark.y, ==, 8192.0 * 1024 / 16);
  wp_chart_desc_clear (&desc);
}

/* What the scenarios' imports measured: a diamond in each one's colour at
 * its RAM and its count, the first one's only where two counts are the
 * same (a derived candidate's), and the legend's diamond once; the value
 * axis reaches the highest. */
static void
test_measured (void)
{
  WpNamedInput entries[WP_COMPARE_MAX] = { 0 };
  g_autofree WpChartCompareData *data = g_new0 (WpChartCompareData, 1);
  guint n = four_scenarios (entries), diamonds = 0, legend_diamonds = 0;
  WpChartDesc desc;

  entries[0].measured = entries[1].measured = entries[2].measured = TRUE;
  entries[0].measured_connections = 3500;
  entries[1].measured_connections = 4200;
  entries[2].measured_connections = 3500;        /* derived from the first: none more */
  entries[3].measured = TRUE;
  entries[3].measured_connections = 900000;      /* above 10 x64's 524,288 at 8 GB */
  g_assert_true (wp_chart_compare_data_init (data, entries, n, WP_CHART_AXIS_SCALE_AUTO,
                                             WP_CHART_AXIS_SCALE_AUTO));
  wp_chart_compare_describe (&desc, data, FALSE);
  for (guint s = 0; s < desc.n_series; s++)
    {
      const WpChartDescSeries *series = &desc.series[s];

      if (series->mark_shape != WP_CHART_SHAPE_DIAMOND)
        continue;
      g_assert_cmpuint (series->n, ==, 0);   /* a mark alone, no line */
      switch (diamonds++)
        {
        case 0:
          g_assert_cmpfloat (series->mark.x, ==, 512);
          g_assert_cmpfloat (series->mark.y, ==, 3500);
          g_assert_cmpuint (series->style.ink.index, ==, desc.series[0].style.ink.index);
          break;
        case 1:
          g_assert_cmpfloat (series->mark.x, ==, 1536);
          g_assert_cmpfloat (series->mark.y, ==, 4200);
          g_assert_cmpuint (series->style.ink.index, ==, desc.series[1].style.ink.index);
          break;
        default:
          g_assert_cmpfloat (series->mark.y, ==, 900000);
          g_assert_cmpuint (series->style.ink.index, ==, desc.series[3].style.ink.index);
        }
    }
  g_assert_cmpuint (diamonds, ==, 3);
  for (guint l = 0; l < desc.n_legend; l++)
    legend_diamonds += desc.legend[l].shape == WP_CHART_SHAPE_DIAMOND;
  g_assert_cmpuint (legend_diamonds, ==, 1);
  g_assert_cmpfloat (data->shared.value_hi, >=, 900000);
  wp_chart_desc_clear (&desc);
}

/* Drawn: each scenario's mark in its colour where its RAM and figure are. */
static void
test_render (void)
{
  WpNamedInput entries[2] = { 0 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1280, 720);
  cairo_t *cr = cairo_create (surface);
  WpChartLayout layout;
  WpChartStyle style;

  for (guint i = 0; i < 2; i++)
    {
      entries[i].name = i == 0 ? "A" : "B";
      entries[i].platform = i == 0 ? WP_PLATFORM_NT4 : WP_PLATFORM_WIN2000;
      wp_limits_input_init (&entries[i].input);
      entries[i].input.ram_mb = i == 0 ? 512 : 1536;
    }
  wp_chart_style_init (&style, FALSE);
  wp_chart_compare_render (cr, 1280, 720, &style, entries, 2, &layout);
  cairo_surface_flush (surface);
  for (guint i = 0; i < 2; i++)
    {
      double x, y;

      wp_chart_layout_to_pixel (&layout, (double) entries[i].input.ram_mb,
                                i == 0 ? 4000 : 12000, &x, &y);
      g_assert_true (wp_test_color_near (surface, x, y,
                                         &style.series[wp_chart_compare_color_index (i)]));
    }
  wp_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/compare/figures", test_figures);
  g_test_add_func ("/chart/compare/refused", test_refused);
  g_test_add_func ("/chart/compare/values-lines", test_values_lines);
  g_test_add_func ("/chart/compare/describe", test_describe);
  g_test_add_func ("/chart/compare/measured", test_measured);
  g_test_add_func ("/chart/compare/render", test_render);
  return g_test_run ();
}
