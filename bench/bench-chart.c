/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * How long the chart takes to draw at 1920×1080, against a bare
 * full-surface cairo_paint() of the same surface in the same run: the
 * chart is drawn on every slider move, so it must stay far inside a frame.
 * Prints both medians and their ratio; fails when the ratio reaches
 * MAX_RATIO.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <cairo.h>

#include "chart/wp-chart-memory.h"
#include "bench-util.h"

#define WIDTH     1920
#define HEIGHT    1080
#define ROUNDS    200
#define WARM_UP   10
#define MAX_RATIO 10.0

/* Sorts @values and gives their median. */
static double
median (double *values,
        guint   n)
{
  bench_sort (values, n);
  return bench_quantile (values, n, 0.5);
}

int
main (int argc, char *argv[])
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double *render_us = g_new (double, ROUNDS), *paint_us = g_new (double, ROUNDS);
  double render_median, paint_median, ratio;
  WpChartStyle style;
  WpLimitsInput input;

  wp_chart_style_init (&style, FALSE);
  wp_limits_input_init (&input);
  input.socketwrench_legacy = TRUE;   /* every layer: bands, levels, cap, marker */

  /* Alternate the two, so that both see the same machine.  CPU time: on a
   * shared, loaded machine wall time measures the neighbours. */
  for (guint i = 0; i < WARM_UP + ROUNDS; i++)
    {
      double start;
      double paint, render;

      input.ram_mb = 512 + (i % 64) * 48;   /* as a dragged slider would */

      start = bench_thread_cpu_us ();
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_surface_flush (surface);
      paint = bench_thread_cpu_us () - start;

      start = bench_thread_cpu_us ();
      wp_chart_render (cr, WIDTH, HEIGHT, &style, &input, WP_PLATFORMS_ALL, NULL);
      cairo_surface_flush (surface);
      render = bench_thread_cpu_us () - start;

      if (i >= WARM_UP)
        {
          paint_us[i - WARM_UP] = paint;
          render_us[i - WARM_UP] = render;
        }
    }

  render_median = median (render_us, ROUNDS);
  paint_median = median (paint_us, ROUNDS);
  ratio = render_median / MAX (paint_median, 1.0);

  printf ("chart render %dx%d: median %.0f us CPU over %d rounds\n", WIDTH, HEIGHT, render_median,
          ROUNDS);
  printf ("bare cairo_paint %dx%d: median %.0f us\n", WIDTH, HEIGHT, paint_median);
  printf ("ratio chart / paint: %.2f (target < %.0f)\n", ratio, MAX_RATIO);

  wp_chart_style_clear (&style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_free (render_us);
  g_free (paint_us);

  return ratio < MAX_RATIO ? EXIT_SUCCESS : EXIT_FAILURE;
}
