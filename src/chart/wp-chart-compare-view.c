/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison view (wp-chart-compare.h): each scenario's line from the
 * memory view's figures (wp_chart_data_init() for its platform and inputs,
 * drawn again on the shared RAM range), described for the renderer. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "wp-chart-compare.h"
#include "wp-chart-footnote.h"

/* Okabe-Ito blue, vermillion, bluish green, reddish purple: apart for
 * every kind of colour vision, and each line has its dash and shape too. */
static const guint colors[WP_COMPARE_MAX] = { 2, 1, 0, 5 };
static const WpChartDash dashes[WP_COMPARE_MAX] = {
  WP_CHART_DASH_SOLID, WP_CHART_DASH_LONG, WP_CHART_DASH_DOTTED, WP_CHART_DASH_DASH_DOT,
};
/* The diamond is what an import measured, in every view. */
static const WpChartShape shapes[WP_COMPARE_MAX] = {
  WP_CHART_SHAPE_DOT, WP_CHART_SHAPE_SQUARE, WP_CHART_SHAPE_TRIANGLE,
  WP_CHART_SHAPE_TRIANGLE_DOWN,
};
static const char *const glyphs[WP_COMPARE_MAX] = { "●", "■", "▲", "▼" };

guint
wp_chart_compare_color_index (guint index)
{
  return colors[MIN (index, WP_COMPARE_MAX - 1)];
}

WpChartDash
wp_chart_compare_dash (guint index)
{
  return dashes[MIN (index, WP_COMPARE_MAX - 1)];
}

WpChartShape
wp_chart_compare_shape (guint index)
{
  return shapes[MIN (index, WP_COMPARE_MAX - 1)];
}

/* The shape as text: the legend's and the table's key to the lines. */
const char *
wp_chart_compare_shape_glyph (guint index)
{
  return glyphs[MIN (index, WP_COMPARE_MAX - 1)];
}

char *
wp_chart_compare_title (void)
{
  return g_strdup (_("Scenarios compared: socket connections by physical memory"));
}

/* Figures */

/* The lines together, for the axes: the shared RAM range, the highest
 * figure drawn (no level is off the scale here: each line is a scenario's
 * limit, and none is left out). */
static void
shared_init (WpChartCompareData *data,
             WpChartAxisScale    x_scale,
             WpChartAxisScale    y_scale)
{
  WpChartData *shared = &data->shared;

  memset (shared, 0, sizeof *shared);
  shared->input = data->entries[0].input;
  shared->input.need_connections = 0;
  shared->emphasis = -1;
  shared->ram_lo = data->data[0].ram_lo;
  shared->ram_hi = data->data[0].ram_hi;
  shared->value_hi = 10.0;
  shared->x_scale = x_scale;
  shared->y_scale = y_scale;
  for (guint i = 0; i < data->n; i++)
    {
      const WpChartData *one = &data->data[i];

      shared->platforms |= one->platforms;
      shared->any_nt6 |= one->any_nt6;
      /* A measured point stays on the plot */
      if (data->entries[i].measured)
        shared->value_hi = MAX (shared->value_hi, (double) data->entries[i].measured_connections);
      if (one->n_series == 0)
        continue;
      shared->series[shared->n_series++] = one->series[0];
      for (guint v = 0; v < one->series[0].practical.n; v++)
        shared->value_hi = MAX (shared->value_hi, one->series[0].practical.v[v].y);
    }
}

static void
set_ram_range (WpChartCompareData *data,
               double              lo,
               double              hi)
{
  for (guint i = 0; i < data->n; i++)
    wp_chart_data_set_ram_range (&data->data[i], lo, hi);
}

/* Each scenario's figures on the RAM range they share: from the first
 * data RAM (on a log axis the power of two under the least RAM when
 * less) to the furthest any one needs.  FALSE when @n is 0 or more than
 * WP_COMPARE_MAX. */
gboolean
wp_chart_compare_data_init (WpChartCompareData *data,
                            const WpNamedInput *entries,
                            guint               n,
                            WpChartAxisScale    x_scale,
                            WpChartAxisScale    y_scale)
{
  double lo = G_MAXDOUBLE, hi = 0, least_ram = G_MAXDOUBLE;
  WpChartAxis x, y;

  g_return_val_if_fail (data != NULL, FALSE);

  memset (data, 0, sizeof *data);
  if (n == 0 || n > WP_COMPARE_MAX || entries == NULL)
    return FALSE;

  data->n = n;
  for (guint i = 0; i < n; i++)
    {
      data->entries[i] = entries[i];
      wp_chart_data_init (&data->data[i], &entries[i].input,
                          WP_PLATFORM_BIT (entries[i].platform));
      lo = MIN (lo, data->data[i].ram_lo);
      hi = MAX (hi, data->data[i].ram_hi);
      least_ram = MIN (least_ram, (double) MAX (entries[i].input.ram_mb, 1));
    }
  set_ram_range (data, lo, hi);
  shared_init (data, x_scale, y_scale);

  wp_chart_data_axes (&data->shared, &x, &y);
  if (wp_chart_axis_is_log (&x) && least_ram < lo)
    {
      set_ram_range (data, exp2 (floor (log2 (least_ram))), hi);
      shared_init (data, x_scale, y_scale);
    }
  return TRUE;
}

/* Scenario @index's limit at @ram_mb, as its line draws it. */
double
wp_chart_compare_value_at (const WpChartCompareData *data,
                           guint                     index,
                           double                    ram_mb)
{
  guint practical;

  g_return_val_if_fail (data != NULL && index < data->n, 0);

  if (data->data[index].n_series == 0)
    return 0;
  wp_chart_series_values_at (&data->data[index].series[0], &data->entries[index].input,
                             ram_mb, &practical, NULL);
  return practical;
}

/* Each scenario's limit at @ram_mb, a line each, marked as its line is:
 * the widget's tooltip under the pointer. */
char **
wp_chart_compare_values_lines (const WpChartCompareData *data,
                               double                    ram_mb)
{
  GPtrArray *lines = g_ptr_array_new ();

  g_return_val_if_fail (data != NULL, NULL);

  for (guint i = 0; i < data->n; i++)
    {
      g_autofree char *count = NULL;

      if (data->data[i].n_series == 0)
        continue;
      count = wp_format_count ((guint64) wp_chart_compare_value_at (data, i, ram_mb));
      /* Translators: a line of the comparison chart's tooltip: the
       * scenario's mark, its name, the sockets it holds at that RAM */
      g_ptr_array_add (lines, g_strdup_printf (_("%s %s: %s sockets"),
                                               wp_chart_compare_shape_glyph (i),
                                               data->entries[i].name, count));
    }
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

/* Description */

static char *
legend_text (const WpChartCompareData *data,
             guint                     index)
{
  const WpNamedInput *entry = &data->entries[index];
  g_autofree char *ram = wp_format_ram_mb (entry->input.ram_mb);

  if (data->data[index].n_series == 0)
    /* Translators: a compared scenario whose version has no line: its
     * mark, its name, its Windows version, its RAM */
    return g_strdup_printf (_("%s %s: %s, %s (no line: no source gives its non-paged pool)"),
                            wp_chart_compare_shape_glyph (index), entry->name,
                            wp_platform_name (entry->platform), ram);
  else
    {
      double value = wp_chart_compare_value_at (data, index, (double) entry->input.ram_mb);
      g_autofree char *count = wp_format_count ((guint64) value);

      /* Translators: a compared scenario in the legend: its mark, its
       * name, its Windows version, its RAM, and the sockets it holds there */
      return g_strdup_printf (_("%s %s: %s at %s, about %s sockets"),
                              wp_chart_compare_shape_glyph (index), entry->name,
                              wp_platform_name (entry->platform), ram, count);
    }
}

static void
describe_scenario (WpChartDesc              *desc,
                   const WpChartCompareData *data,
                   guint                     index)
{
  const WpChartData *one = &data->data[index];
  WpChartLineStyle style =
    wp_chart_line_style (wp_chart_ink (WP_CHART_INK_SERIES, wp_chart_compare_color_index (index),
                                       1.0), wp_chart_compare_dash (index), 1.5);
  WpChartDescSeries *line;
  double ram;

  wp_chart_desc_add_legend (desc, style, FALSE, legend_text (data, index));
  if (one->n_series == 0)
    return;

  line = wp_chart_desc_add_series (desc, one->series[0].has_pool || one->series[0].nt6
                                         ? WP_CHART_ROLE_PRACTICAL : WP_CHART_ROLE_LEVEL, style);
  for (guint v = 0; v < one->series[0].practical.n; v++)
    wp_chart_desc_series_add_point (line, one->series[0].practical.v[v].x,
                                    one->series[0].practical.v[v].y);
  line->label.text = g_strdup_printf ("%s %s", wp_chart_compare_shape_glyph (index),
                                      data->entries[index].name);
  ram = CLAMP ((double) data->entries[index].input.ram_mb, one->ram_lo, one->ram_hi);
  line->mark_shape = wp_chart_compare_shape (index);
  line->mark = (WpChartPoint) { ram, wp_chart_compare_value_at (data, index, ram) };
}

/* What the scenarios' imports measured: a diamond in each one's colour at
 * its RAM, and the legend's diamond once.  A candidate derived from a
 * scenario carries its measurement, made at the first one's RAM: one
 * diamond for the same count, the first scenario's. */
static void
describe_measured (WpChartDesc              *desc,
                   const WpChartCompareData *data)
{
  gboolean any = FALSE;

  for (guint i = 0; i < data->n; i++)
    {
      const WpNamedInput *entry = &data->entries[i];
      WpChartLineStyle style =
        wp_chart_line_style (wp_chart_ink (WP_CHART_INK_SERIES, wp_chart_compare_color_index (i),
                                           1.0), WP_CHART_DASH_SOLID, 1.0);
      WpChartDescSeries *point;
      gboolean seen = FALSE;

      if (!entry->measured)
        continue;
      for (guint j = 0; j < i; j++)
        seen |= data->entries[j].measured &&
                data->entries[j].measured_connections == entry->measured_connections;
      any = TRUE;
      if (seen)
        continue;
      /* a series of no line: its mark alone */
      point = wp_chart_desc_add_series (desc, WP_CHART_ROLE_PRACTICAL, style);
      if (point == NULL)
        continue;
      point->mark_shape = WP_CHART_SHAPE_DIAMOND;
      point->mark = (WpChartPoint) {
        CLAMP ((double) entry->input.ram_mb, data->data[i].ram_lo, data->data[i].ram_hi),
        (double) entry->measured_connections
      };
    }
  if (any)
    wp_chart_desc_add_measured_legend (desc);
}

void
wp_chart_compare_describe (WpChartDesc              *desc,
                           const WpChartCompareData *data,
                           gboolean                  footnote)
{
  g_return_if_fail (desc != NULL && data != NULL && data->n > 0);

  wp_chart_desc_init (desc);
  desc->title = wp_chart_compare_title ();
  desc->subtitle = g_strdup (_("Each scenario’s server limit for its own inputs; "
                               "its RAM marked on its line"));
  if (footnote)
    desc->footnote = wp_chart_footnote (&data->shared.input, data->shared.platforms);

  wp_chart_describe_axes (desc, &data->shared);

  for (guint i = 0; i < data->n; i++)
    describe_scenario (desc, data, i);
  describe_measured (desc, data);
}

void
wp_chart_compare_render (cairo_t            *cr,
                         double              width,
                         double              height,
                         const WpChartStyle *style,
                         const WpNamedInput *entries,
                         guint               n,
                         WpChartLayout      *out_layout)
{
  g_autofree WpChartCompareData *data = g_new0 (WpChartCompareData, 1);
  WpChartDesc desc;

  g_return_if_fail (style != NULL);

  if (!wp_chart_compare_data_init (data, entries, n, style->x_scale, style->y_scale))
    return;
  wp_chart_compare_describe (&desc, data, style->show_footnote);
  wp_chart_render_desc (cr, width, height, style, &desc, WP_CHART_LAYERS_ALL, out_layout);
  wp_chart_desc_clear (&desc);
}
