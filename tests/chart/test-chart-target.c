/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The target on the memory chart: a labelled horizontal line at the
 * connections asked for, within the scale when near it.  Figures from A
 * (Catalyst KB 100072): 25,000 at most in theory on 2000 and later, so the
 * chart's highest figure is 25,000 with every version shown. */
#include "config.h"

#include <string.h>
#include <cairo.h>

#include "chart/wp-chart-memory.h"
#include "chart/wp-chart-render.h"
#include "wp-test-pixels.h"

#define WIDTH  1280
#define HEIGHT 720

/* The reference line at @value, or NULL. */
static const WpChartReference *
find_reference (const WpChartDesc *desc,
                double             value)
{
  for (guint i = 0; i < desc->n_references; i++)
    if (desc->references[i].value == value)
      return &desc->references[i];
  return NULL;
}

static void
describe (guint        need,
          WpChartDesc *desc,
          WpChartData *data)
{
  WpLimitsInput input;

  wp_limits_input_init (&input);
  input.need_connections = need;
  wp_chart_data_init (data, &input, WP_PLATFORMS_SOURCE);
  wp_chart_describe (desc, data, FALSE);
}

static void
test_description (void)
{
  WpChartDesc desc;
  WpChartData data;
  const WpChartReference *line;
  double plain_hi;

  describe (0, &desc, &data);
  plain_hi = desc.y.hi;
  g_assert_null (find_reference (&desc, 10000));
  wp_chart_desc_clear (&desc);

  /* Under the highest figure: the line named at its end, the scale as it was */
  describe (10000, &desc, &data);
  line = find_reference (&desc, 10000);
  g_assert_nonnull (line);
  g_assert_cmpint (line->style.ink.kind, ==, WP_CHART_INK_TARGET);
  g_assert_cmpstr (line->label.text, ==, "Target: 10000");
  g_assert_cmpfloat (desc.y.hi, ==, plain_hi);
  wp_chart_desc_clear (&desc);

  /* Above 25,000 but near: the scale grows to hold it */
  describe (40000, &desc, &data);
  line = find_reference (&desc, 40000);
  g_assert_nonnull (line);
  g_assert_cmpstr (line->label.text, ==, "Target: 40000");
  g_assert_cmpfloat (desc.y.hi, >=, 40000);
  wp_chart_desc_clear (&desc);

  /* Far above: the scale stays with the sockets, the line on its top edge
   * with its value */
  describe (1000000, &desc, &data);
  line = find_reference (&desc, 1000000);
  g_assert_nonnull (line);
  g_assert_cmpfloat (desc.y.hi, ==, plain_hi);
  g_assert_cmpstr (line->label.text, ==, "Target ↑ 1000000");
  wp_chart_desc_clear (&desc);
}

/* The line is drawn: at 10,000 on the y axis, in the target's ink,
 * where the chart without a target has none. */
static void
test_pixels (void)
{
  WpChartStyle style;
  WpLimitsInput input;
  WpChartLayout layout;
  cairo_surface_t *surfaces[2];
  guint hits[2] = { 0, 0 };

  wp_chart_style_init (&style, FALSE);
  wp_limits_input_init (&input);
  input.ram_mb = 3072;
  for (guint i = 0; i < 2; i++)
    {
      cairo_t *cr;

      input.need_connections = i == 0 ? 0 : 10000;
      surfaces[i] = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
      cr = cairo_create (surfaces[i]);
      wp_chart_render (cr, WIDTH, HEIGHT, &style, &input, WP_PLATFORMS_SOURCE, &layout);
      cairo_destroy (cr);
      cairo_surface_flush (surfaces[i]);

      /* Right of every knee (2 GB), left of the marker (3 GB). */
      for (double ram = 2300; ram < 2900; ram += 50)
        {
          double x, y;

          wp_chart_layout_to_pixel (&layout, ram, 10000, &x, &y);
          if (wp_test_color_near (surfaces[i], x, y, &style.target))
            hits[i]++;
        }
    }

  g_test_message ("target pixels at 10,000: %u without, %u with the target", hits[0], hits[1]);
  g_assert_cmpuint (hits[0], ==, 0);
  g_assert_cmpuint (hits[1], ==, 12);   /* every sample, 2300 to 2850 MB */

  cairo_surface_destroy (surfaces[0]);
  cairo_surface_destroy (surfaces[1]);
  wp_chart_style_clear (&style);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/target/description", test_description);
  g_test_add_func ("/chart/target/pixels", test_pixels);

  return g_test_run ();
}
