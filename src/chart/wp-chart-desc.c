/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <string.h>

#include "wp-chart-desc.h"

void
wp_chart_desc_init (WpChartDesc *desc)
{
  g_return_if_fail (desc != NULL);

  memset (desc, 0, sizeof *desc);
}

void
wp_chart_desc_clear (WpChartDesc *desc)
{
  g_return_if_fail (desc != NULL);

  g_free (desc->title);
  g_free (desc->subtitle);
  g_free (desc->footnote);
  g_free (desc->x.title);
  g_free (desc->y.title);
  for (guint i = 0; i < desc->n_series; i++)
    g_free (desc->series[i].label.text);
  for (guint i = 0; i < desc->n_references; i++)
    g_free (desc->references[i].label.text);
  for (guint i = 0; i < desc->n_annotations; i++)
    g_free (desc->annotations[i].text);
  for (guint i = 0; i < desc->n_legend; i++)
    g_free (desc->legend[i].text);
  g_free (desc->marker.tag);
  for (guint i = 0; i < desc->marker.n_values; i++)
    g_free (desc->marker.values[i].text);
  memset (desc, 0, sizeof *desc);
}

static gboolean
rule_is_log (WpChartTickRule rule)
{
  return rule == WP_CHART_TICKS_DECADES || rule == WP_CHART_TICKS_LOG_BINARY ||
         rule == WP_CHART_TICKS_LOG_125;
}

/* Where the axis starts on a log scale: lo, or log_lo when lo is not
 * above 0; 0 when neither is below hi. */
static double
log_start (const WpChartAxis *axis)
{
  double lo = axis->lo > 0 ? axis->lo : axis->log_lo;

  return lo > 0 && lo < axis->hi ? lo : 0.0;
}

/* Whether @axis is drawn on a log scale: asked for and possible (a start
 * above 0), or automatic and spanning more than two decades from a lo
 * above 0 (an axis from 0 stays linear). */
gboolean
wp_chart_axis_is_log (const WpChartAxis *axis)
{
  g_return_val_if_fail (axis != NULL, FALSE);

  if (rule_is_log (axis->rule))
    return TRUE;
  switch (axis->scale)
    {
    case WP_CHART_AXIS_SCALE_LOG:
      return log_start (axis) > 0;
    case WP_CHART_AXIS_SCALE_LINEAR:
      return FALSE;
    case WP_CHART_AXIS_SCALE_AUTO:
    default:
      return axis->lo > 0 && axis->hi / axis->lo > WP_CHART_AUTO_LOG_RATIO;
    }
}

/* The ticks of @axis, at most @max_ticks, on the scale it resolves to. */
gboolean
wp_chart_axis_ticks (const WpChartAxis *axis,
                     guint              max_ticks,
                     WpChartTicks      *out)
{
  WpChartTickRule rule = axis->rule;

  g_return_val_if_fail (axis != NULL && out != NULL, FALSE);

  if (!wp_chart_axis_is_log (axis) || rule_is_log (rule))
    return wp_chart_ticks_compute (rule, axis->lo, axis->hi,
                                   max_ticks, axis->min_step, out);
  rule = rule == WP_CHART_TICKS_BINARY ? WP_CHART_TICKS_LOG_BINARY : WP_CHART_TICKS_LOG_125;
  return wp_chart_ticks_compute (rule, log_start (axis), axis->hi, max_ticks, 0, out);
}

WpChartInk
wp_chart_ink (WpChartInkKind kind,
              guint          index,
              double         alpha)
{
  return (WpChartInk) { kind, index, alpha };
}

WpChartLineStyle
wp_chart_line_style (WpChartInk  ink,
                     WpChartDash dash,
                     double      width)
{
  return (WpChartLineStyle) { ink, dash, width };
}

WpChartDescSeries *
wp_chart_desc_add_series (WpChartDesc      *desc,
                          WpChartRole       role,
                          WpChartLineStyle  style)
{
  WpChartDescSeries *series;

  g_return_val_if_fail (desc->n_series < WP_CHART_DESC_MAX_SERIES, NULL);

  series = &desc->series[desc->n_series++];
  series->role = role;
  series->style = style;
  series->label = (WpChartLineLabel) { NULL, FALSE };
  series->n = 0;
  return series;
}

void
wp_chart_desc_series_add_point (WpChartDescSeries *series,
                                double             x,
                                double             y)
{
  g_return_if_fail (series->n < WP_CHART_DESC_MAX_POINTS);

  series->v[series->n].x = x;
  series->v[series->n].y = y;
  series->n++;
}

void
wp_chart_desc_add_band (WpChartDesc *desc,
                        guint        lower,
                        guint        upper,
                        WpChartInk   ink)
{
  g_return_if_fail (desc->n_bands < WP_CHART_DESC_MAX_BANDS);
  g_return_if_fail (lower < desc->n_series && upper < desc->n_series);

  desc->bands[desc->n_bands++] = (WpChartBand) { lower, upper, ink };
}

WpChartReference *
wp_chart_desc_add_reference (WpChartDesc      *desc,
                             double            value,
                             WpChartLineStyle  style)
{
  WpChartReference *reference;

  g_return_val_if_fail (desc->n_references < WP_CHART_DESC_MAX_REFERENCES, NULL);

  reference = &desc->references[desc->n_references++];
  *reference = (WpChartReference) { value, style, { NULL, FALSE } };
  return reference;
}

/* Takes @text. */
void
wp_chart_desc_add_annotation (WpChartDesc   *desc,
                              WpChartAnchor  anchor,
                              double         x,
                              double         y,
                              WpChartInk     ink,
                              char          *text)
{
  g_return_if_fail (desc->n_annotations < WP_CHART_DESC_MAX_ANNOTATIONS);

  desc->annotations[desc->n_annotations++] = (WpChartAnnotation) { anchor, x, y, ink, text };
}

/* Takes @text. */
void
wp_chart_desc_add_legend (WpChartDesc      *desc,
                          WpChartLineStyle  line,
                          gboolean          band,
                          char             *text)
{
  g_return_if_fail (desc->n_legend < WP_CHART_DESC_MAX_LEGEND);

  desc->legend[desc->n_legend++] = (WpChartLegendEntry) { line, band, text, WP_CHART_SHAPE_DOT };
}

/* Takes @text. */
void
wp_chart_desc_add_marker_value (WpChartDesc *desc,
                                double       y,
                                WpChartInk   ink,
                                char        *text)
{
  wp_chart_desc_add_marker_point (desc, y, ink, WP_CHART_SHAPE_DOT, text);
}

/* A value drawn as @shape (a measured point). Takes @text. */
void
wp_chart_desc_add_marker_point (WpChartDesc  *desc,
                                double        y,
                                WpChartInk    ink,
                                WpChartShape  shape,
                                char         *text)
{
  WpChartMarker *marker = &desc->marker;

  g_return_if_fail (marker->n_values < WP_CHART_DESC_MAX_VALUES);

  marker->values[marker->n_values++] = (WpChartMarkerValue) { y, ink, text, shape };
}

/* A legend entry with @shape's point for a swatch. Takes @text. */
void
wp_chart_desc_add_legend_point (WpChartDesc  *desc,
                                WpChartInk    ink,
                                WpChartShape  shape,
                                char         *text)
{
  g_return_if_fail (desc->n_legend < WP_CHART_DESC_MAX_LEGEND);

  wp_chart_desc_add_legend (desc, wp_chart_line_style (ink, WP_CHART_DASH_SOLID, 1.0), FALSE,
                            text);
  desc->legend[desc->n_legend - 1].shape = shape;
}
