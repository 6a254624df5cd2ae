/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The memory view's description: what the renderer draws of sockets
 * versus physical memory.  Each line carries its short name at its end;
 * the legend says what the names cannot (solid and dashed); the widget's
 * tooltip says it all in sentences.  The words are in
 * wp-chart-memory-strings.c. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "wp-chart-footnote.h"
#include "wp-chart-memory.h"
#include "wp-chart-rate.h"

/* Description */

/* A line drawn on the plot's top edge, its value far above the scale. */
static char *
above_scale_label (const char *name,
                   const char *count)
{
  /* Translators: a chart line's name at its end, and its value: the line
   * is drawn on the top edge, its value above the scale */
  return g_strdup_printf (_("%s ↑ %s"), name, count);
}

/* Where two NT series share a segment (NT 4.0 and 2000 below 1 GB), the
 * one drawn first is wider, so both colours stay visible. */
static double
series_width (const WpChartData   *data,
              const WpChartSeries *series)
{
  guint above = 0;

  /* Newer versions with the same share of RAM rise on one line until the
   * lower ceiling (7 x86 and 7 x64, 8.1 x64 and 10 x64): the same. */
  if (series->nt6)
    {
      for (guint s = 0; s < data->n_series; s++)
        above += data->series[s].nt6 && data->series[s].leader < series->leader &&
                 wp_platform_info (data->series[s].leader)->pool_ram_pct ==
                 wp_platform_info (series->leader)->pool_ram_pct;
      return 1.0 + above;
    }
  if (!series->has_pool)
    return 1.0;
  for (guint s = 0; s < data->n_series; s++)
    if (data->series[s].has_pool && data->series[s].leader < series->leader)
      above++;
  return 1.0 + above;
}

/* With a version emphasised (the window's selected one), its lines are
 * wider and the others faint: the chart shows which the summary describes. */
#define EMPHASIS_WIDTH 1.75
#define MUTED_ALPHA    0.35

static double
series_alpha (const WpChartData   *data,
              const WpChartSeries *series)
{
  if (data->emphasis < 0 || (series->platforms & WP_PLATFORM_BIT (data->emphasis)))
    return 1.0;
  return MUTED_ALPHA;
}

static WpChartLineStyle
series_style (const WpChartData   *data,
              const WpChartSeries *series,
              WpChartDash          dash)
{
  double width = series_width (data, series);

  if (data->emphasis >= 0 && (series->platforms & WP_PLATFORM_BIT (data->emphasis)))
    width *= EMPHASIS_WIDTH;
  return wp_chart_line_style (wp_chart_ink (WP_CHART_INK_SERIES, series->color_index,
                                            series_alpha (data, series)),
                              dash, width);
}

/* A practical line's or a level's name at its end: its versions' short
 * names, and a level drawn on the top edge its value. */
static WpChartLineLabel
series_label (const WpChartData   *data,
              const WpChartSeries *series)
{
  char *name = wp_chart_series_short_name (series);
  gboolean strong = data->emphasis >= 0 &&
                    (series->platforms & WP_PLATFORM_BIT (data->emphasis));

  if (series->off_scale)
    {
      g_autofree char *count = wp_format_count ((guint64) series->practical.v[0].y);
      g_autofree char *short_name = name;

      name = above_scale_label (short_name, count);
    }
  return (WpChartLineLabel) { name, strong };
}

static void
add_line (WpChartDesc            *desc,
          WpChartRole             role,
          WpChartLineStyle        style,
          const WpChartPolyline  *line)
{
  WpChartDescSeries *series = wp_chart_desc_add_series (desc, role, style);

  for (guint i = 0; i < line->n; i++)
    wp_chart_desc_series_add_point (series, line->v[i].x, line->v[i].y);
}

/* Theoretical (dashed) lines first, practical (solid) over them, the
 * widest first; under them each NT series' band between the two, the
 * smaller band (NT 4.0) over the larger. */
static void
describe_series (WpChartDesc       *desc,
                 const WpChartData *data)
{
  guint practical[WP_N_PLATFORMS], theoretical[WP_N_PLATFORMS];

  for (guint s = data->n_series; s-- > 0;)
    if (data->series[s].has_pool)
      {
        theoretical[s] = desc->n_series;
        add_line (desc, WP_CHART_ROLE_THEORETICAL,
                  series_style (data, &data->series[s], WP_CHART_DASH_LONG),
                  &data->series[s].theoretical);
      }
  for (guint s = data->n_series; s-- > 0;)
    {
      const WpChartSeries *series = &data->series[s];

      practical[s] = desc->n_series;
      add_line (desc, series->has_pool || series->nt6 ? WP_CHART_ROLE_PRACTICAL
                                                      : WP_CHART_ROLE_LEVEL,
                series_style (data, series, WP_CHART_DASH_SOLID), &series->practical);
      desc->series[practical[s]].label = series_label (data, series);
    }
  for (guint s = data->n_series; s-- > 0;)
    if (data->series[s].has_pool)
      wp_chart_desc_add_band (desc, practical[s], theoretical[s],
                              wp_chart_ink (WP_CHART_INK_SERIES, data->series[s].color_index,
                                            series_alpha (data, &data->series[s])));
}

static WpChartLineStyle
client_ports_style (void)
{
  return wp_chart_line_style (wp_chart_ink (WP_CHART_INK_REFERENCE, 0, 1.0),
                              WP_CHART_DASH_DOTTED, 1.0);
}

static WpChartLineStyle
process_cap_style (void)
{
  return wp_chart_line_style (wp_chart_ink (WP_CHART_INK_CAP, 0, 1.0),
                              WP_CHART_DASH_DASH_DOT, 1.0);
}

/* What the lines' names cannot say: solid is practical, dashed (over a
 * band) theoretical. */
static void
describe_legend (WpChartDesc       *desc,
                 const WpChartData *data)
{
  WpChartInk axis = wp_chart_ink (WP_CHART_INK_FOREGROUND, 0, 0.85);
  gboolean any_nt = FALSE;

  for (guint s = 0; s < data->n_series; s++)
    any_nt |= data->series[s].has_pool;
  if (any_nt)
    {
      g_autofree char *per = wp_format_count (WP_PRACTICAL_SOCKETS_PER_STEP);
      g_autofree char *ram = wp_format_ram_mb ((guint64) WP_PRACTICAL_POOL_STEP_MB *
                                               WP_POOL_RAM_DIVISOR);

      wp_chart_desc_add_legend (desc, wp_chart_line_style (axis, WP_CHART_DASH_SOLID, 1.0), FALSE,
                                /* Translators: legend of the solid lines: "about 4,000 per 512 MB" */
                                g_strdup_printf (_("Practical limit (about %s per %s)"), per, ram));
      wp_chart_desc_add_legend (desc, wp_chart_line_style (axis, WP_CHART_DASH_LONG, 1.0), TRUE,
                                g_strdup (_("Theoretical maximum")));
    }
}

/* The client ports' and the process cap's levels, each with its name. */
static void
describe_references (WpChartDesc       *desc,
                     const WpChartData *data)
{
  if (data->has_client_ports)
    {
      WpChartReference *ports = wp_chart_desc_add_reference (desc, data->client_ports,
                                                             client_ports_style ());
      g_autofree char *count = wp_format_count ((guint64) data->client_ports);

      ports->label.text = data->client_ports_off_scale
                          /* Translators: the name of the client ports' line, at its end */
                          ? above_scale_label (_("Client ports"), count)
                          /* Translators: the client ports' line at its end, and its value */
                          : g_strdup_printf (_("Client ports: %s"), count);
    }
  if (data->has_process_cap)
    {
      WpChartReference *cap = wp_chart_desc_add_reference (desc, data->process_cap,
                                                           process_cap_style ());
      g_autofree char *count = wp_format_count ((guint64) data->process_cap);

      /* Translators: SocketWrench 3.6's cap's line, at its end: "1,000 per process" */
      cap->label.text = g_strdup_printf (_("%s per process"), count);
    }
}

/* The target's connections: a labelled line across the plot. */
static void
describe_target (WpChartDesc       *desc,
                 const WpChartData *data)
{
  WpChartReference *target;
  g_autofree char *count = NULL;

  if (data->input.need_connections == 0)
    return;

  count = wp_format_count (data->input.need_connections);
  target = wp_chart_desc_add_reference (desc, data->input.need_connections,
                                        wp_chart_line_style (wp_chart_ink (WP_CHART_INK_TARGET,
                                                                           0, 1.0),
                                                             WP_CHART_DASH_SOLID, 1.5));
  /* Named at its end like the other levels; above the scale, on its top
   * edge with the value. */
  target->label.text = data->input.need_connections > desc->y.hi
                       /* Translators: the name of the target's line, at its end */
                       ? above_scale_label (_("Target"), count)
                       /* Translators: the target's line at its end, and its value */
                       : g_strdup_printf (_("Target: %s"), count);
}

/* The current RAM: its tag, and every series' values on it. */
static void
describe_marker (WpChartDesc       *desc,
                 const WpChartData *data)
{
  g_autofree char *ram = wp_format_ram_mb (data->input.ram_mb);

  desc->marker.shown = TRUE;
  desc->marker.x = data->marker_ram;
  desc->marker.tag = data->marker_off_scale
                     /* Translators: the RAM marker's tag when the RAM is
                      * beyond the end of the axis */
                     ? g_strdup_printf (_("%s →"), ram)
                     : g_strdup (ram);

  for (guint s = 0; s < data->n_series; s++)
    {
      const WpChartSeries *series = &data->series[s];
      WpChartInk ink = wp_chart_ink (WP_CHART_INK_SERIES, series->color_index, 1.0);
      guint practical, theoretical;

      wp_chart_series_values_at (series, &data->input, data->marker_ram, &practical,
                                 &theoretical);
      if (series->has_pool)
        wp_chart_desc_add_marker_value (desc, theoretical, ink, wp_format_count (theoretical));
      wp_chart_desc_add_marker_value (desc, practical, ink, wp_format_count (practical));
    }
}

/* The sockets-by-RAM axes of @data, with their titles and tick labels:
 * this view's and the comparison's (wp-chart-compare.h). */
void
wp_chart_describe_axes (WpChartDesc       *desc,
                        const WpChartData *data)
{
  wp_chart_data_axes (data, &desc->x, &desc->y);
  desc->x.format = wp_chart_format_ram_tick;
  desc->x.title = g_strdup (wp_chart_x_axis_title ());
  desc->y.format = wp_chart_format_count_tick;
  desc->y.title = g_strdup (wp_chart_y_axis_title ());
}

/* The description of @data; with its source footnote when @footnote. */
void
wp_chart_describe (WpChartDesc       *desc,
                   const WpChartData *data,
                   gboolean           footnote)
{
  g_return_if_fail (desc != NULL && data != NULL);

  wp_chart_desc_init (desc);
  desc->title = wp_chart_title ();
  desc->subtitle = wp_chart_subtitle (&data->input, data->platforms);
  if (footnote)
    desc->footnote = wp_chart_footnote_for_data (data);

  wp_chart_describe_axes (desc, data);

  describe_series (desc, data);
  describe_references (desc, data);
  describe_target (desc, data);
  if (data->n_series == 0)
    wp_chart_desc_add_annotation (desc, WP_CHART_ANCHOR_PLOT_CENTER, 0, 0,
                                  wp_chart_ink (WP_CHART_INK_FOREGROUND, 0, 0.7),
                                  g_strdup (data->not_drawn != 0
                                            /* Translators: the chart with only
                                             * Vista x86 checked */
                                            ? _("Vista x86 has no line: no source gives "
                                                "its non-paged pool")
                                            : _("No Windows version selected")));
  describe_legend (desc, data);
  describe_marker (desc, data);
  wp_chart_describe_measured (desc, &data->measured);
}

/* Public API */

void
wp_chart_render_layers (cairo_t             *cr,
                        double               width,
                        double               height,
                        const WpChartStyle  *style,
                        const WpLimitsInput *input,
                        guint                platforms,
                        WpChartLayers        layers,
                        WpChartLayout       *out_layout)
{
  WpChartData data;
  WpChartDesc desc;

  g_return_if_fail (style != NULL && input != NULL);

  if (style->view == WP_CHART_VIEW_RATE)
    {
      wp_chart_rate_render_layers (cr, width, height, style, input, platforms, layers,
                                   out_layout);
      return;
    }

  wp_chart_data_init (&data, input, platforms);
  data.emphasis = style->emphasis;
  data.measured = style->measured;
  wp_chart_data_set_view (&data, style->hidden_lines, style->value_max);
  wp_chart_data_set_scales (&data, style->x_scale, style->y_scale);
  wp_chart_describe (&desc, &data, style->show_footnote);
  wp_chart_render_desc (cr, width, height, style, &desc, layers, out_layout);
  wp_chart_desc_clear (&desc);
}

void
wp_chart_render (cairo_t             *cr,
                 double               width,
                 double               height,
                 const WpChartStyle  *style,
                 const WpLimitsInput *input,
                 guint                platforms,
                 WpChartLayout       *out_layout)
{
  wp_chart_render_layers (cr, width, height, style, input, platforms, WP_CHART_LAYERS_ALL,
                          out_layout);
}
