/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart's pure geometry: ticks, series vertices, pixel mapping. */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "chart/wp-chart-memory.h"

typedef struct
{
  double lo;
  double hi;
  guint  max_ticks;
  double min_step;
  double want_lo;
  double want_hi;
  double want_step;
} TickCase;

static const TickCase tick_cases[] = {
  { 0, 26250,   13, 1,    0,     30000,  5000 },
  { 0, 26250,   20, 1,    0,     28000,  2000 },
  { 0, 26250,   6,  1,    0,     30000,  10000 },
  { 0, 100,     6,  1,    0,     100,    20 },
  { 0, 105,     6,  1,    0,     150,    50 },
  { 0, 10.5,    12, 1,    0,     11,     1 },      /* integers: no 0.5 steps */
  { 0, 3,       10, 1,    0,     3,      1 },
  { 0, 1e-6,    6,  0,    0,     1e-6,   2e-7 },   /* tiny */
  { 0, 7.3e-9,  5,  0,    0,     8e-9,   2e-9 },
  { 0, 4.5e15,  6,  1,    0,     5e15,   1e15 },   /* huge */
  { 0, 4294967295.0 * 1.05, 8, 1, 0, 5e9, 1e9 },   /* MaxConnections at its maximum */
  { -5, 5,      6,  0,    -5,    5,      5 },
  { -5, 5,      7,  0,    -6,    6,      2 },
  { 12, 12,     5,  1,    12,    14,     1 },      /* empty range widened */
};

static void
test_nice_ticks (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (tick_cases); i++)
    {
      const TickCase *c = &tick_cases[i];
      WpChartTicks ticks;
      double eps = c->want_step * 1e-9;

      g_test_message ("%g..%g, %u ticks", c->lo, c->hi, c->max_ticks);
      g_assert_true (wp_chart_nice_ticks (c->lo, c->hi, c->max_ticks, c->min_step, &ticks));
      g_assert_cmpfloat_with_epsilon (ticks.step, c->want_step, eps);
      g_assert_cmpfloat_with_epsilon (ticks.lo, c->want_lo, eps);
      g_assert_cmpfloat_with_epsilon (ticks.hi, c->want_hi, eps);
      g_assert_cmpuint (ticks.n, <=, c->max_ticks);
      g_assert_cmpuint (ticks.n, ==, (guint) round ((ticks.hi - ticks.lo) / ticks.step) + 1);
      g_assert_cmpfloat (ticks.lo, <=, c->lo);
      g_assert_cmpfloat (ticks.hi, >=, c->hi);
      g_assert_cmpfloat_with_epsilon (wp_chart_ticks_value (&ticks, ticks.n - 1), ticks.hi, eps);
    }
}

/* Every step of 1-2-5 form, for ranges from 1e-12 to 1e15. */
static void
test_nice_ticks_sweep (void)
{
  for (double hi = 1e-12; hi < 1e15; hi *= 1.37)
    for (guint max_ticks = 2; max_ticks <= 20; max_ticks += 3)
      {
        WpChartTicks ticks;
        double mantissa;

        g_assert_true (wp_chart_nice_ticks (0, hi, max_ticks, 0, &ticks));
        mantissa = ticks.step / pow (10, floor (log10 (ticks.step) + 1e-9));
        g_assert_true (fabs (mantissa - 1) < 1e-6 || fabs (mantissa - 2) < 1e-6 ||
                       fabs (mantissa - 5) < 1e-6);
        g_assert_cmpuint (ticks.n, >=, 2);
        g_assert_cmpuint (ticks.n, <=, max_ticks);
        g_assert_cmpfloat (ticks.hi, >=, hi);
        /* Not wastefully wide: the range fills more than a third of the axis. */
        g_assert_cmpfloat (hi, >, ticks.hi / 3 - 1e-300);
      }

  g_assert_false (wp_chart_nice_ticks (5, 1, 5, 0, &(WpChartTicks) { 0 }));
  g_assert_false (wp_chart_nice_ticks (0, INFINITY, 5, 0, &(WpChartTicks) { 0 }));
}

typedef struct
{
  double hi;
  guint  max_ticks;
  double want_step;
  guint  want_n;
} RamTickCase;

static const RamTickCase ram_tick_cases[] = {
  { 4096,  9,  512,   9 },   /* 0, 512 MB, 1 GB, … 4 GB */
  { 4096,  5,  1024,  5 },
  { 4096,  3,  2048,  3 },
  { 4096,  40, 128,   33 },
  { 5120,  6,  1024,  6 },
  { 65536, 9,  8192,  9 },
  { 20480, 4,  8192,  3 },   /* the axis ends between ticks */
};

static void
test_ram_ticks (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (ram_tick_cases); i++)
    {
      const RamTickCase *c = &ram_tick_cases[i];
      WpChartTicks ticks;

      g_assert_true (wp_chart_ram_ticks (0, c->hi, c->max_ticks, &ticks));
      g_assert_cmpfloat (ticks.step, ==, c->want_step);
      g_assert_cmpuint (ticks.n, ==, c->want_n);
      g_assert_cmpfloat (ticks.lo, ==, 0);
      g_assert_cmpfloat (ticks.hi, ==, c->hi);
      g_assert_cmpfloat (wp_chart_ticks_value (&ticks, ticks.n - 1), <=, c->hi);
    }
}

static void
test_tick_labels (void)
{
  struct { double mb; const char *label; } ram[] = {
    { 0, "0" }, { 512, "512\u00a0MB" }, { 1024, "1\u00a0GB" }, { 1536, "1.5\u00a0GB" }, { 4096, "4\u00a0GB" },
    { 65536, "64\u00a0GB" },
  };
  struct { double count; const char *label; } counts[] = {
    { 0, "0" }, { 25000, "25000" }, { 4294967295.0, "4294967295" }, { 0.5, "0.5" },
  };

  /* LC_ALL=C.UTF-8 (tests/meson.build): no thousands separator. */
  for (gsize i = 0; i < G_N_ELEMENTS (ram); i++)
    {
      g_autofree char *label = wp_chart_format_ram_tick (ram[i].mb);
      g_assert_cmpstr (label, ==, ram[i].label);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autofree char *label = wp_chart_format_count_tick (counts[i].count);
      g_assert_cmpstr (label, ==, counts[i].label);
    }
}

static void
test_tick_labels_locale (void)
{
  g_autofree char *label = NULL;
  const char *old = setlocale (LC_NUMERIC, NULL);
  g_autofree char *saved = g_strdup (old);

  if (setlocale (LC_NUMERIC, "en_US.UTF-8") == NULL)
    {
      g_test_skip ("en_US.UTF-8 locale not installed");
      return;
    }
  label = wp_chart_format_count_tick (25000);
  g_assert_cmpstr (label, ==, "25,000");
  g_clear_pointer (&label, g_free);
  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      setlocale (LC_NUMERIC, saved);
      g_test_incomplete ("de_DE.UTF-8 locale not installed: only en_US checked");
      return;
    }
  label = wp_chart_format_count_tick (25000);
  g_assert_cmpstr (label, ==, "25.000");
  setlocale (LC_NUMERIC, saved);
}

static const WpChartSeries *
find_series (const WpChartData *data,
             WpPlatform         platform)
{
  for (guint s = 0; s < data->n_series; s++)
    if (data->series[s].platforms & WP_PLATFORM_BIT (platform))
      return &data->series[s];
  return NULL;
}

static void
assert_vertex (const WpChartPolyline *line,
               guint                  i,
               double                 x,
               double                 y)
{
  g_assert_cmpuint (i, <, line->n);
  g_assert_cmpfloat (line->v[i].x, ==, x);
  g_assert_cmpfloat (line->v[i].y, ==, y);
}

/* The knees are vertices, exactly where the pool reaches its cap. */
static void
test_series_knees (void)
{
  WpLimitsInput input;
  WpChartData data;
  const WpChartSeries *nt4, *w2k;

  wp_limits_input_init (&input);
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  g_assert_cmpfloat (data.ram_lo, ==, 16);
  g_assert_cmpfloat (data.ram_hi, ==, 4096);

  nt4 = find_series (&data, WP_PLATFORM_NT4);
  g_assert_nonnull (nt4);
  g_assert_cmpuint (nt4->practical.n, ==, 3);
  assert_vertex (&nt4->practical, 0, 16, 125);
  assert_vertex (&nt4->practical, 1, 1024, 8000);
  assert_vertex (&nt4->practical, 2, 4096, 8000);
  assert_vertex (&nt4->theoretical, 0, 16, 187);
  assert_vertex (&nt4->theoretical, 1, 1024, 12000);
  assert_vertex (&nt4->theoretical, 2, 4096, 12000);

  w2k = find_series (&data, WP_PLATFORM_WIN2000);
  g_assert_nonnull (w2k);
  assert_vertex (&w2k->practical, 0, 16, 125);
  assert_vertex (&w2k->practical, 1, 2048, 16000);
  assert_vertex (&w2k->practical, 2, 4096, 16000);
  assert_vertex (&w2k->theoretical, 1, 2048, 25000);
  assert_vertex (&w2k->theoretical, 2, 4096, 25000);

  /* The knee RAM is the calculator's. */
  g_assert_cmpfloat (nt4->practical.v[1].x, ==, wp_limits_knee_ram_mb (WP_PLATFORM_NT4));
  g_assert_cmpfloat (w2k->practical.v[1].x, ==, wp_limits_knee_ram_mb (WP_PLATFORM_WIN2003));

  /* Between vertices the straight line is the calculator's figure. */
  for (guint64 ram = 16; ram <= 1024; ram += 8)
    {
      double t = (ram - 16.0) / (1024 - 16.0);
      double y = nt4->practical.v[0].y + t * (nt4->practical.v[1].y - nt4->practical.v[0].y);

      g_assert_cmpfloat (fabs (y - wp_limits_practical_sockets (WP_PLATFORM_NT4, ram)), <, 1.0);
    }
}

/* 2000, XP and 2003 share one series (and 95, 98, ME another), named by
 * the visible members; colours stay with the group. */
static void
test_series_shared (void)
{
  WpLimitsInput input;
  WpChartData data;
  g_autofree char *name_nt5 = NULL;
  g_autofree char *name_9x = NULL;
  g_autofree char *name_some = NULL;
  const WpChartSeries *s;
  guint colors[WP_CHART_N_SERIES_COLORS] = { 0 };

  wp_limits_input_init (&input);
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  g_assert_cmpuint (data.n_series, ==, 3);
  for (guint i = 0; i < data.n_series; i++)
    colors[data.series[i].color_index]++;
  /* The source's three groups take the palette's first three colours. */
  for (guint i = 0; i < data.n_series; i++)
    g_assert_cmpuint (colors[i], ==, 1);

  s = find_series (&data, WP_PLATFORM_WINXP);
  g_assert_true (s == find_series (&data, WP_PLATFORM_WIN2003));
  g_assert_cmpint (s->leader, ==, WP_PLATFORM_WIN2000);
  name_nt5 = wp_chart_series_name (s);
  g_assert_cmpstr (name_nt5, ==, "Windows 2000, XP, 2003");

  s = find_series (&data, WP_PLATFORM_WINME);
  g_assert_false (s->has_pool);
  name_9x = wp_chart_series_name (s);
  g_assert_cmpstr (name_9x, ==, "Windows 95, 98, ME");
  assert_vertex (&s->practical, 0, 16, 100);
  assert_vertex (&s->practical, 1, 4096, 100);

  /* Only XP and 2003 visible: the series is led by XP, same colour. */
  wp_chart_data_init (&data, &input, WP_PLATFORM_BIT (WP_PLATFORM_WINXP) |
                                     WP_PLATFORM_BIT (WP_PLATFORM_WIN2003));
  g_assert_cmpuint (data.n_series, ==, 1);
  g_assert_cmpint (data.series[0].leader, ==, WP_PLATFORM_WINXP);
  g_assert_cmpuint (data.series[0].color_index, ==,
                    wp_chart_series_color_index (WP_PLATFORM_WIN2000));
  name_some = wp_chart_series_name (&data.series[0]);
  g_assert_cmpstr (name_some, ==, "Windows XP, 2003");

  wp_chart_data_init (&data, &input, 0);
  g_assert_cmpuint (data.n_series, ==, 0);
  g_assert_false (data.has_client_ports);
  g_assert_cmpfloat (data.value_hi, >, 0);
}

/* Reference levels and the scale. */
static void
test_levels (void)
{
  WpLimitsInput input;
  WpChartData data;

  wp_limits_input_init (&input);
  input.max_user_port = 20000;
  input.socketwrench_legacy = TRUE;
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  g_assert_true (data.has_client_ports);
  g_assert_cmpfloat (data.client_ports, ==, 18976);
  g_assert_true (data.has_process_cap);
  g_assert_cmpfloat (data.process_cap, ==, 1000);
  g_assert_cmpfloat (data.value_hi, ==, 25000);

  g_assert_false (data.client_ports_off_scale);

  /* The scale is the sockets' (issue 14): 65534 - 1024 = 64,510 client
   * ports, far above 25,000 (A), lie on the top edge ... */
  input.max_user_port = 65534;
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  g_assert_cmpfloat (data.value_hi, ==, 25000);
  g_assert_true (data.client_ports_off_scale);
  /* ... and 30000 - 1024 = 28,976, near it, extend the scale. */
  input.max_user_port = 30000;
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  g_assert_cmpfloat (data.value_hi, ==, 30000 - 1024);
  g_assert_false (data.client_ports_off_scale);

  /* A MaxConnections far above the rest goes off the scale... */
  input.max_user_port = 5000;
  input.max_connections = G_MAXUINT32;
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  g_assert_true (find_series (&data, WP_PLATFORM_WIN95)->off_scale);
  g_assert_cmpfloat (data.value_hi, ==, 25000);
  /* ... unless it is the only curve. */
  wp_chart_data_init (&data, &input, WP_PLATFORM_BIT (WP_PLATFORM_WIN98));
  g_assert_false (data.series[0].off_scale);
  g_assert_cmpfloat (data.value_hi, ==, G_MAXUINT32);

  input.max_connections = 300;
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  g_assert_false (find_series (&data, WP_PLATFORM_WIN95)->off_scale);
}

/* The RAM axis: at least 4 GB, to the RAM if larger, at most 64 GB. */
static void
test_ram_axis (void)
{
  struct { guint64 ram; double hi; double marker; gboolean off; } cases[] = {
    { 16,    4096,  16,    FALSE },
    { 2048,  4096,  2048,  FALSE },
    { 4096,  4096,  4096,  FALSE },
    { 5000,  5120,  5000,  FALSE },
    { 12288, 12288, 12288, FALSE },
    { 65536, 65536, 65536, FALSE },
    { 16ull * 1024 * 1024, 65536, 65536, TRUE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      WpLimitsInput input;
      WpChartData data;

      wp_limits_input_init (&input);
      input.ram_mb = cases[i].ram;
      wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
      g_assert_cmpfloat (data.ram_hi, ==, cases[i].hi);
      g_assert_cmpfloat (data.marker_ram, ==, cases[i].marker);
      g_assert_cmpint (data.marker_off_scale, ==, cases[i].off);
      g_assert_cmpfloat (find_series (&data, WP_PLATFORM_NT4)->practical.v[2].x, ==, cases[i].hi);
    }
}

static void
test_hit_round_trip (void)
{
  WpLimitsInput input;
  WpChartData data;
  WpChartLayout layout;
  WpChartRect plot = { 73.5, 41.25, 1011, 613 };
  double x, y, ram, value;

  wp_limits_input_init (&input);
  wp_chart_data_init (&data, &input, WP_PLATFORMS_SOURCE);
  wp_chart_layout_init (&layout, &data, &plot, 9, 7);
  g_assert_cmpfloat (layout.y_ticks.hi, ==, 30000);

  /* Corners */
  wp_chart_layout_to_pixel (&layout, 0, 0, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, plot.x, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, plot.y + plot.height, 1e-9);
  wp_chart_layout_to_pixel (&layout, 4096, 30000, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, plot.x + plot.width, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, plot.y, 1e-9);

  /* Data → pixel → data */
  for (double r = 0; r <= 4096; r += 37.3)
    for (double v = 0; v <= 30000; v += 1234.5)
      {
        wp_chart_layout_to_pixel (&layout, r, v, &x, &y);
        g_assert_true (wp_chart_layout_contains (&layout, x, y));
        wp_chart_layout_from_pixel (&layout, x, y, &ram, &value);
        g_assert_cmpfloat_with_epsilon (ram, r, 1e-6);
        g_assert_cmpfloat_with_epsilon (value, v, 1e-6);
      }

  /* Pixel → data → pixel */
  for (double px = plot.x; px <= plot.x + plot.width; px += 7.7)
    {
      wp_chart_layout_from_pixel (&layout, px, 300.5, &ram, &value);
      wp_chart_layout_to_pixel (&layout, ram, value, &x, &y);
      g_assert_cmpfloat_with_epsilon (x, px, 1e-9);
      g_assert_cmpfloat_with_epsilon (y, 300.5, 1e-9);
    }

  g_assert_false (wp_chart_layout_contains (&layout, plot.x - 1, 300));
  g_assert_false (wp_chart_layout_contains (&layout, 300, plot.y + plot.height + 1));

  /* Dragging: the knee pixels give the knee RAM exactly, whole powers of
   * two at the ends, and RAM stays in range. */
  wp_chart_layout_to_pixel (&layout, 2048, 0, &x, NULL);
  g_assert_cmpuint (wp_chart_layout_ram_at (&layout, x + 0.3), ==, 2048);
  wp_chart_layout_to_pixel (&layout, 1024, 0, &x, NULL);
  g_assert_cmpuint (wp_chart_layout_ram_at (&layout, x - 0.3), ==, 1024);
  g_assert_cmpuint (wp_chart_layout_ram_at (&layout, plot.x - 100), ==, WP_RAM_MB_MIN);
  g_assert_cmpuint (wp_chart_layout_ram_at (&layout, plot.x + plot.width + 100), ==, 4096);
  /* Round values only: multiples of the marker's step, 64 MB here (or the
   * smallest RAM, at the very left). */
  g_assert_cmpfloat (layout.x_ticks.step, ==, 512);
  for (double px = plot.x; px < plot.x + plot.width; px += 0.7)
    {
      guint64 at = wp_chart_layout_ram_at (&layout, px);

      g_assert_true (at == WP_RAM_MB_MIN || at % 64 == 0);
    }
}

/* The RAM axis: at least 4 GB, at most 64 GB, rounded up to a quarter
 * of the power of two below. */
static void
test_ram_axis_end (void)
{
  static const struct
  {
    guint64 ram_mb;
    double  end_mb;
  } cases[] = {
    { 0, 4096 },
    { 16, 4096 },
    { 4096, 4096 },
    { 4097, 5120 },
    { 5000, 5120 },
    { 8192, 8192 },
    { 9000, 10240 },
    { 65536, 65536 },
    { 1000000, 65536 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%" G_GUINT64_FORMAT " MB", cases[i].ram_mb);
      g_assert_cmpfloat (wp_chart_ram_axis_end (cases[i].ram_mb), ==, cases[i].end_mb);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/geometry/ram-axis-end", test_ram_axis_end);
  g_test_add_func ("/chart/geometry/ticks/nice", test_nice_ticks);
  g_test_add_func ("/chart/geometry/ticks/sweep", test_nice_ticks_sweep);
  g_test_add_func ("/chart/geometry/ticks/ram", test_ram_ticks);
  g_test_add_func ("/chart/geometry/ticks/labels", test_tick_labels);
  g_test_add_func ("/chart/geometry/ticks/labels-locale", test_tick_labels_locale);
  g_test_add_func ("/chart/geometry/series/knees", test_series_knees);
  g_test_add_func ("/chart/geometry/series/shared", test_series_shared);
  g_test_add_func ("/chart/geometry/levels", test_levels);
  g_test_add_func ("/chart/geometry/ram-axis", test_ram_axis);
  g_test_add_func ("/chart/geometry/hit/round-trip", test_hit_round_trip);

  return g_test_run ();
}
