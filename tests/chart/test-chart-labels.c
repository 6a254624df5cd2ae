/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The lines' names and the marker's values (issue 14, defects 3, 4, 8):
 * the column placement (wp_chart_spread()), every line named at every
 * size a slide uses, no two texts over each other, each value at its dot
 * or joined to it, and a line at 100 of 30,000 off the x axis. */
#include "config.h"

#include <math.h>
#include <cairo.h>

#include "chart/wp-chart-memory.h"
#include "chart/wp-chart-metrics.h"
#include "wp-test-pixels.h"

/* wp_chart_spread() */

static void
assert_spread (const WpChartSpreadItem *items,
               guint                    n,
               double                   lo,
               double                   gap)
{
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (items[i].top, >=, lo - 1e-9);
      if (i > 0)
        {
          /* In the order they want, apart. */
          g_assert_cmpfloat (items[i - 1].want, <=, items[i].want);
          g_assert_cmpfloat (items[i].top, >=, items[i - 1].top + items[i - 1].size + gap - 1e-9);
        }
    }
}

static void
test_spread (void)
{
  /* Far apart: each at its centre, whatever the order given. */
  {
    WpChartSpreadItem items[] = { { 80, 10, 0, 0 }, { 20, 10, 0, 1 }, { 50, 10, 0, 2 } };

    g_assert_true (wp_chart_spread (items, 3, 0, 100, 2));
    assert_spread (items, 3, 0, 2);
    g_assert_cmpuint (items[0].index, ==, 1);
    for (guint i = 0; i < 3; i++)
      g_assert_cmpfloat_with_epsilon (items[i].top, items[i].want - 5, 1e-9);
  }
  /* Two wanting the same centre: apart by their height and the gap,
   * centred on it (least squares: each moves (10 + 2) / 2). */
  {
    WpChartSpreadItem items[] = { { 50, 10, 0, 0 }, { 50, 10, 0, 1 } };

    g_assert_true (wp_chart_spread (items, 2, 0, 100, 2));
    assert_spread (items, 2, 0, 2);
    g_assert_cmpfloat_with_epsilon (items[0].top, 50 - 5 - 6, 1e-9);
    g_assert_cmpfloat_with_epsilon (items[1].top, 50 - 5 + 6, 1e-9);
  }
  /* Crowded at the bottom bound: stacked upwards from it. */
  {
    WpChartSpreadItem items[] = { { 99, 10, 0, 0 }, { 98, 10, 0, 1 }, { 97, 10, 0, 2 } };

    g_assert_true (wp_chart_spread (items, 3, 0, 100, 1));
    assert_spread (items, 3, 0, 1);
    g_assert_cmpfloat_with_epsilon (items[2].top + items[2].size, 100, 1e-9);
    g_assert_cmpfloat_with_epsilon (items[0].top, 100 - 3 * 10 - 2 * 1, 1e-9);
  }
  /* More than the column holds: still apart, from the top, and said so. */
  {
    WpChartSpreadItem items[] = { { 5, 10, 0, 0 }, { 6, 10, 0, 1 }, { 7, 10, 0, 2 } };

    g_assert_false (wp_chart_spread (items, 3, 0, 25, 1));
    assert_spread (items, 3, 0, 1);
    g_assert_cmpfloat (items[0].top, ==, 0);
  }
  g_assert_true (wp_chart_spread (NULL, 0, 0, 10, 1));
}

/* The memory view, rendered */

typedef struct
{
  cairo_surface_t *surface;
  WpChartStyle     style;
  WpChartLayout    layout;
  WpChartData      data;
} Chart;

static void
chart_render (Chart               *c,
              int                  width,
              int                  height,
              const WpLimitsInput *input,
              gboolean             file)
{
  cairo_t *cr;

  c->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (c->surface);
  wp_chart_style_init (&c->style, FALSE);
  /* As a file (title and footnote) or as the window draws it. */
  c->style.show_title = file;
  c->style.show_footnote = file;
  wp_chart_render (cr, width, height, &c->style, input, WP_PLATFORMS_SOURCE, &c->layout);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (c->surface);
  wp_chart_data_init (&c->data, input, WP_PLATFORMS_SOURCE);
}

static void
chart_clear (Chart *c)
{
  g_clear_pointer (&c->surface, cairo_surface_destroy);
  wp_chart_style_clear (&c->style);
}

/* Pixels of @color in @box. */
static guint
count_color (cairo_surface_t    *surface,
             const WpChartRect  *box,
             const WpChartColor *color)
{
  guint hits = 0;

  for (int y = (int) floor (box->y); y < (int) ceil (box->y + box->height); y++)
    for (int x = (int) floor (box->x); x < (int) ceil (box->x + box->width); x++)
      {
        WpChartColor pixel;

        wp_test_pixel_at (surface, x, y, &pixel);
        hits += wp_test_color_close (&pixel, color);
      }
  return hits;
}

/* Every line named, each name inside the surface right of the plot, in
 * its line's colour; no two names, and no name and value, overlap. */
static void
assert_names (Chart *c,
              int    width,
              int    height)
{
  const WpChartLayout *layout = &c->layout;
  const WpChartRect *plot = &layout->plot;
  /* A name for each curve, the client ports and SocketWrench's cap. */
  guint expected = c->data.n_series + !!c->data.has_client_ports + !!c->data.has_process_cap;
  WpChartRect boxes[WP_CHART_MAX_LINE_LABELS + WP_CHART_DESC_MAX_VALUES];
  guint n = 0;

  g_test_message ("%d×%d: parts 0x%x, plot %g,%g %g×%g, %u names, %u values", width, height,
                  layout->parts, plot->x, plot->y, plot->width, plot->height, layout->n_labels,
                  layout->n_values);
  g_assert_true (layout->parts & WP_CHART_PART_LINE_LABELS);
  g_assert_cmpuint (layout->n_labels, ==, expected);

  for (guint i = 0; i < layout->n_labels; i++)
    {
      const WpChartRect *box = &layout->labels[i].box;

      g_test_message ("  name %u: %g,%g %g×%g for y %g%s", i, box->x, box->y, box->width,
                      box->height, layout->labels[i].point_y,
                      layout->labels[i].leader ? ", leader" : "");
      g_assert_cmpfloat (box->width, >, 0);
      g_assert_cmpfloat (box->x, >, plot->x + plot->width);
      g_assert_cmpfloat (box->x, >=, 0);
      g_assert_cmpfloat (box->y, >=, 0);
      g_assert_cmpfloat (box->x + box->width, <=, width);
      g_assert_cmpfloat (box->y + box->height, <=, height);
      /* Away from its line's end only with a leader to it. */
      if (!layout->labels[i].leader)
        g_assert_cmpfloat (fabs (box->y + box->height / 2 - layout->labels[i].point_y), <=,
                           0.25 * box->height);
      boxes[n++] = *box;
    }
  for (guint i = 0; i < layout->n_values; i++)
    boxes[n++] = layout->values[i].box;
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      if (wp_test_rects_overlap (&boxes[i], &boxes[j]))
        g_error ("%d×%d: texts %u and %u overlap", width, height, i, j);

  /* Each curve's colour in some name: its versions are named in it. */
  for (guint s = 0; s < c->data.n_series; s++)
    {
      const WpChartColor *color = &c->style.series[c->data.series[s].color_index];
      guint hits = 0;

      for (guint i = 0; i < layout->n_labels; i++)
        hits += count_color (c->surface, &layout->labels[i].box, color);
      g_test_message ("  series %u's colour: %u pixels in the names", s, hits);
      g_assert_cmpuint (hits, >=, 3);
    }
}

/* From a thumbnail on a slide to 4K, as a file and as the window draws. */
static void
test_direct (gconstpointer user_data)
{
  const int *size = user_data;
  WpLimitsInput input;

  wp_limits_input_init (&input);
  for (int legacy = 0; legacy <= 1; legacy++)
    for (int file = 0; file <= 1; file++)
      {
        Chart c = { 0 };

        input.socketwrench_legacy = legacy;   /* one more name */
        chart_render (&c, size[0], size[1], &input, file);
        assert_names (&c, size[0], size[1]);
        chart_clear (&c);
      }
}

/* The marker's values: each box level with its dot, or joined to it by a
 * leader; beside it, never over another; the lowest a gap above the axis. */
static void
assert_values (Chart *c)
{
  const WpChartLayout *layout = &c->layout;
  const WpChartMetrics *metrics = wp_chart_metrics_default ();
  double bottom = layout->plot.y + layout->plot.height;
  /* An em: the body's line, at most 1.5 times its size. */
  double em = 1.5 * wp_chart_style_body_size (&c->style, cairo_image_surface_get_width (c->surface),
                                              cairo_image_surface_get_height (c->surface));
  guint leaders = 0;

  g_assert_true (layout->parts & WP_CHART_PART_MARKER_VALUES);
  g_assert_cmpuint (layout->n_values, >, 0);
  for (guint i = 0; i < layout->n_values; i++)
    {
      const WpChartPlaced *v = &layout->values[i];
      double centre = v->box.y + v->box.height / 2;
      /* Beside the dot: its near edge within the dot's radius and a
       * leader's room of it. */
      double near = v->box.x > v->point_x ? v->box.x - v->point_x
                                          : v->point_x - (v->box.x + v->box.width);

      g_test_message ("  value %u: box %g,%g %g×%g, dot %g,%g%s", i, v->box.x, v->box.y,
                      v->box.width, v->box.height, v->point_x, v->point_y,
                      v->leader ? ", leader" : "");
      g_assert_cmpfloat (near, >, 0);
      g_assert_cmpfloat (near, <=, (metrics->ems.value_dot + metrics->ems.value_leader) * em);
      /* Level with its dot: the dot within the middle half of the box. */
      if (v->leader)
        leaders++;
      else
        g_assert_cmpfloat (fabs (centre - v->point_y), <=, v->box.height / 4 + 1);
      g_assert_cmpfloat (v->box.y + v->box.height, <, bottom);
      for (guint j = i + 1; j < layout->n_values; j++)
        g_assert_false (wp_test_rects_overlap (&v->box, &layout->values[j].box));
    }
  g_test_message ("  %u leaders", leaders);
}

static void
test_values (void)
{
  WpLimitsInput input;
  Chart c = { 0 };

  wp_limits_input_init (&input);

  /* At 3 GB the values lie far apart on a 900-pixel chart: each at its
   * dot, no leader — but for the 9x line's 100, whose box may have to
   * rise off the x axis. */
  input.ram_mb = 3072;
  chart_render (&c, 1600, 900, &input, TRUE);
  assert_values (&c);
  for (guint i = 0; i < c.layout.n_values; i++)
    {
      const WpChartPlaced *v = &c.layout.values[i];

      if (v->point_y < c.layout.plot.y + c.layout.plot.height - v->box.height)
        g_assert_false (v->leader);
    }
  chart_clear (&c);

  /* At 16 MB every value lies within a few pixels of 0 (100 to 195):
   * stacked, apart, each joined to its dot. */
  input.ram_mb = 16;
  chart_render (&c, 900, 600, &input, TRUE);
  assert_values (&c);
  {
    guint leaders = 0;

    for (guint i = 0; i < c.layout.n_values; i++)
      leaders += c.layout.values[i].leader;
    g_assert_cmpuint (leaders, >=, c.layout.n_values - 1);
  }
  chart_clear (&c);

  /* At 640×360 the values are there (they were gone before). */
  input.ram_mb = 2048;
  chart_render (&c, 640, 360, &input, TRUE);
  assert_values (&c);
  chart_clear (&c);
}

/* A 9x line at 100 on a 30,000 scale: a gap of background between it and
 * the x axis in a column away from the marker; no text over the axis. */
static void
test_zero_gap (void)
{
  WpLimitsInput input;
  Chart c = { 0 };
  const WpChartColor *green;
  double x, y_line, bottom;
  int row, axis_row = -1, line_row = -1;

  wp_limits_input_init (&input);
  input.ram_mb = 3072;
  chart_render (&c, 1280, 720, &input, FALSE);
  g_assert_cmpfloat (c.layout.y_ticks.hi, ==, 30000);
  green = &c.style.series[wp_chart_series_color_index (WP_PLATFORM_WIN98)];

  /* Between two grid lines (every 512 MB at this size). */
  wp_chart_layout_to_pixel (&c.layout, 1792, 100, &x, &y_line);
  bottom = c.layout.plot.y + c.layout.plot.height;
  g_assert_cmpfloat (bottom - y_line, >=, 4);

  /* From the axis row up: the axis, then background, then the line. */
  for (row = (int) bottom + 1; row > (int) bottom - 20 && line_row < 0; row--)
    {
      WpChartColor pixel;

      wp_test_pixel_at (c.surface, (int) x, row, &pixel);
      if (axis_row < 0 && !wp_test_color_close (&pixel, &c.style.background))
        axis_row = row;
      if (wp_test_color_close (&pixel, green))
        line_row = row;
    }
  g_test_message ("axis row %d, line row %d", axis_row, line_row);
  g_assert_cmpint (axis_row, >=, 0);
  g_assert_cmpint (line_row, >=, 0);
  g_assert_cmpint (axis_row - line_row, >=, 3);
  for (row = line_row + 2; row < axis_row; row++)
    {
      WpChartColor pixel;

      wp_test_pixel_at (c.surface, (int) x, row, &pixel);
      if (wp_test_color_close (&pixel, &c.style.background))
        break;
    }
  g_assert_cmpint (row, <, axis_row);

  /* No value box reaches the axis. */
  for (guint i = 0; i < c.layout.n_values; i++)
    g_assert_cmpfloat (c.layout.values[i].box.y + c.layout.values[i].box.height, <, bottom);
  chart_clear (&c);
}

int
main (int    argc,
      char **argv)
{
  static const int sizes[][2] = {
    { 320, 180 }, { 480, 270 }, { 640, 360 }, { 800, 600 }, { 1024, 700 }, { 1600, 900 },
    { 3840, 2160 },
  };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/labels/spread", test_spread);
  for (gsize i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *path = g_strdup_printf ("/chart/labels/direct/%dx%d", sizes[i][0],
                                               sizes[i][1]);

      g_test_add_data_func (path, sizes[i], test_direct);
    }
  g_test_add_func ("/chart/labels/values", test_values);
  g_test_add_func ("/chart/labels/zero-gap", test_zero_gap);

  return g_test_run ();
}
