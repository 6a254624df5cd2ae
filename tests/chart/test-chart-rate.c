/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rate view (src/chart/wp-chart-rate.h): client ports in use against
 * new connections a second, one line per group of versions with the same
 * client ports and TIME_WAIT.  Figures from A (Catalyst KB 100072) and
 * limits.md: at 2 GB the NT family's client limit is its 3,976 ports
 * (MaxUserPort 5000 − 1024; NT 4.0's 8,000 sockets and 2000's 16,000 are
 * more); Windows 95's is MaxConnections, 100; TIME_WAIT 240 s; 98 and ME
 * have no sourced ports.  Ports in use = rate × (life + TIME_WAIT). */
#include "config.h"

#include <string.h>
#include <cairo.h>

#include "chart/wp-chart-memory.h"
#include "chart/wp-chart-rate.h"
#include "chart/wp-chart-render.h"
#include "limits/wp-format.h"
#include "wp-test-pixels.h"

#define WIDTH  1280
#define HEIGHT 720
#define NT_PORTS (5000 - 1024)

static void
describe (guint        rate,
          guint64      life_ms,
          guint        platforms,
          WpChartDesc *desc)
{
  WpLimitsInput input;
  WpChartRateData data;

  wp_limits_input_init (&input);
  input.need_rate = rate;
  input.connection_life_ms = life_ms;
  wp_chart_rate_data_init (&data, &input, platforms);
  wp_chart_rate_describe (desc, &data, FALSE);
}

/* The series whose level is @ports, or NULL. */
static const WpChartDescSeries *
series_at (const WpChartDesc *desc,
           double             ports)
{
  for (guint s = 0; s < desc->n_series; s++)
    if (desc->series[s].v[desc->series[s].n - 1].y == ports)
      return &desc->series[s];
  return NULL;
}

static void
test_description (void)
{
  WpChartDesc desc;
  const WpChartDescSeries *nt, *w95;
  g_autofree char *in_use = wp_format_count (10 * (5 + 240));
  g_autofree char *short_text = g_strdup_printf ("%s ✗", in_use);
  gboolean found_nt = FALSE, found_95 = FALSE;

  describe (10, 5000, WP_PLATFORMS_SOURCE, &desc);
  /* The source's versions: NT 4.0 … 2003 share 3,976 ports and 240 s; 95
   * its 100; 98/ME none */
  g_assert_cmpuint (desc.n_series, ==, 2);
  nt = series_at (&desc, NT_PORTS);
  w95 = series_at (&desc, 100);
  g_assert_nonnull (nt);
  g_assert_nonnull (w95);
  /* From the origin up to where the ports run out, 3976 / (5 + 240) a
   * second, then flat on past the axis' end (clipped there) */
  g_assert_cmpuint (nt->n, ==, 3);
  g_assert_cmpfloat (nt->v[0].x, ==, 0);
  g_assert_cmpfloat (nt->v[0].y, ==, 0);
  g_assert_cmpfloat_with_epsilon (nt->v[1].x, NT_PORTS / 245.0, 1e-9);
  g_assert_cmpfloat (nt->v[1].y, ==, NT_PORTS);
  g_assert_cmpfloat (nt->v[2].x, ==, desc.x.hi * WP_CHART_RATE_LINE_REACH);
  g_assert_cmpfloat (desc.x.hi, >=, NT_PORTS / 245.0 * WP_CHART_RATE_AXIS_REACH);
  g_assert_cmpfloat (desc.y.hi, >, NT_PORTS);
  g_assert_nonnull (strstr (nt->label.text, "2000"));
  g_assert_nonnull (strstr (w95->label.text, "95"));

  /* The target rate: the marker, with each line's ports in use */
  g_assert_true (desc.marker.shown);
  g_assert_cmpfloat (desc.marker.x, ==, 10);
  g_assert_cmpuint (desc.marker.n_values, ==, 2);
  for (guint i = 0; i < desc.marker.n_values; i++)
    {
      const WpChartMarkerValue *value = &desc.marker.values[i];

      if (value->y == 10 * (5 + 240))
        {
          g_assert_cmpstr (value->text, ==, in_use);
          found_nt = TRUE;
        }
      else if (value->y == 100)   /* 95 runs out: on its level, marked */
        {
          g_assert_cmpstr (value->text, ==, short_text);
          found_95 = TRUE;
        }
    }
  g_assert_true (found_nt && found_95);
  wp_chart_desc_clear (&desc);

  /* With no life the line rises as rate × 240 s: today's rate, 3976 / 240 */
  describe (10, 0, WP_PLATFORMS_SOURCE, &desc);
  nt = series_at (&desc, NT_PORTS);
  g_assert_cmpfloat_with_epsilon (nt->v[1].x, NT_PORTS / 240.0, 1e-9);
  wp_chart_desc_clear (&desc);

  /* No rate: no marker */
  describe (0, 5000, WP_PLATFORMS_SOURCE, &desc);
  g_assert_false (desc.marker.shown);
  wp_chart_desc_clear (&desc);

  /* 98 and ME alone: no line, a note instead */
  describe (10, 0, WP_PLATFORM_BIT (WP_PLATFORM_WIN98) | WP_PLATFORM_BIT (WP_PLATFORM_WINME),
            &desc);
  g_assert_cmpuint (desc.n_series, ==, 0);
  g_assert_cmpuint (desc.n_annotations, ==, 1);
  wp_chart_desc_clear (&desc);
}

static cairo_surface_t *
render (WpChartView    view,
        WpChartLayout *layout)
{
  WpChartStyle style;
  WpLimitsInput input;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  wp_chart_style_init (&style, FALSE);
  style.view = view;
  wp_limits_input_init (&input);
  input.need_rate = 10;
  input.connection_life_ms = 5000;
  wp_chart_render (cr, WIDTH, HEIGHT, &style, &input, WP_PLATFORMS_SOURCE, layout);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  wp_chart_style_clear (&style);
  return surface;
}

/* The NT line is drawn where rate × 245 s puts it, in its colour, and the
 * rate view is not the memory view. */
static void
test_pixels (void)
{
  WpChartLayout layout, memory_layout;
  cairo_surface_t *rate = render (WP_CHART_VIEW_RATE, &layout);
  cairo_surface_t *memory = render (WP_CHART_VIEW_MEMORY, &memory_layout);
  WpChartStyle style;
  const WpChartColor *nt_color;
  guint hits = 0, samples = 0;

  wp_chart_style_init (&style, FALSE);
  /* the group is led by its first version, NT 4.0, and takes its colour */
  nt_color = &style.series[wp_chart_series_color_index (WP_PLATFORM_NT4)];
  /* Up the slope, off the marker at 10/s: 2 to 8 and 11 to 15 a second */
  for (double r = 2; r <= 15; r += 1)
    {
      double x, y;

      if (r > 8 && r < 11)
        continue;
      samples++;
      wp_chart_layout_to_pixel (&layout, r, r * 245, &x, &y);
      if (wp_test_color_near (rate, x, y, nt_color))
        hits++;
    }
  /* Flat at 3,976 up to the axis' end, however its ticks widened it */
  {
    double x, y;

    wp_chart_layout_to_pixel (&layout, layout.x_ticks.hi, NT_PORTS, &x, &y);
    samples++;
    if (wp_test_color_near (rate, x - 2, y, nt_color))
      hits++;
  }
  g_test_message ("NT line: %u of %u samples", hits, samples);
  g_assert_cmpuint (hits, ==, samples);
  g_assert_false (wp_test_same_pixels (rate, memory));

  cairo_surface_destroy (rate);
  cairo_surface_destroy (memory);
  wp_chart_style_clear (&style);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/rate/description", test_description);
  g_test_add_func ("/chart/rate/pixels", test_pixels);

  return g_test_run ();
}
