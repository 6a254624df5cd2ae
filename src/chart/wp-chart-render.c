/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "wp-chart-render.h"
#include "wp-chart-render-private.h"

/* The chart's parts, from the top:
 *   title, subtitle                       — when style->show_title
 *   the marker's tag
 *   plot (grid, bands, references, series, annotations, marker, values)
 *                                         | the lines' names, each at its
 *                                         | line's right end
 *   x tick labels, x axis title
 *   legend, in rows: what the names cannot say (solid, dashed)
 *   ------------------------------------- — when style->show_footnote:
 *   the footnote, in a band of its own,      files and paper, never the
 *   at most two lines                        widget
 * Every length is in ems of the body font (wp-chart-metrics.h).  What does
 * not fit is left out whole, never cut (wp-chart-layout.c, WpChartParts).
 * The footnote's band is cut off the bottom of the surface first: above it
 * the chart is laid out as on a surface ending there, the same to the
 * pixel. */

/* Dash patterns, in line widths.  Short dashes for dots: round dots cost
 * Cairo a polygon each. */
static const double dash_long[] = { 6.0, 3.5 };
static const double dash_dotted[] = { 1.5, 1.5 };
static const double dash_dash_dot[] = { 6.0, 2.0, 1.2, 2.0 };

void
wp_chart_renderer_set_color (cairo_t            *cr,
                             const WpChartColor *color,
                             double              alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

void
wp_chart_renderer_set_ink (WpChartRenderer *r,
                           WpChartInk       ink)
{
  wp_chart_renderer_set_color (r->cr, wp_chart_style_ink (r->style, ink), ink.alpha);
}

void
wp_chart_renderer_set_dash (WpChartRenderer *r,
                            WpChartDash      dash)
{
  const double *pattern = NULL;
  double dashes[4];
  guint n = 0;

  switch (dash)
    {
    case WP_CHART_DASH_LONG:
      pattern = dash_long, n = G_N_ELEMENTS (dash_long);
      break;
    case WP_CHART_DASH_DOTTED:
      pattern = dash_dotted, n = G_N_ELEMENTS (dash_dotted);
      break;
    case WP_CHART_DASH_DASH_DOT:
      pattern = dash_dash_dot, n = G_N_ELEMENTS (dash_dash_dot);
      break;
    case WP_CHART_DASH_SOLID:
    default:
      break;
    }
  for (guint i = 0; i < n; i++)
    dashes[i] = pattern[i] * r->lw;
  cairo_set_dash (r->cr, n > 0 ? dashes : NULL, (int) n, 0);
}

/* Sets the layout's text and font; returns its logical size. */
void
wp_chart_renderer_set_text (WpChartRenderer            *r,
                            const PangoFontDescription *font,
                            const char                 *text,
                            double                      wrap_width,
                            double                     *out_width,
                            double                     *out_height)
{
  int wrap = wrap_width > 0 ? (int) (wrap_width * PANGO_SCALE) : -1;
  PangoRectangle logical;

  r->layout = wp_chart_text_cache_layout (r->texts, font, wrap, text);
  pango_layout_get_pixel_extents (r->layout, NULL, &logical);
  if (out_width)
    *out_width = logical.width;
  if (out_height)
    *out_height = logical.height;
}

/* The height of a line of @font. */
double
wp_chart_renderer_line_height (WpChartRenderer            *r,
                               const PangoFontDescription *font)
{
  double height;

  wp_chart_renderer_set_text (r, font, "0", -1, NULL, &height);
  return height;
}

/* Shows the layout with its logical top left at x, y. */
void
wp_chart_renderer_show_text (WpChartRenderer *r,
                             double           x,
                             double           y)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (r->layout, NULL, &logical);
  cairo_move_to (r->cr, x - logical.x, y - logical.y);
  /* The context follows the cr (wp_chart_text_cache_begin()): no
   * pango_cairo_update_layout(), which would lay every text out again. */
  pango_cairo_show_layout (r->cr, r->layout);
}

/* Moves a coordinate to the centre of a device pixel (odd line widths) or
 * its edge (even ones), so that axis and grid lines stay crisp at any scale. */
double
wp_chart_renderer_snap (cairo_t *cr,
                        double   value,
                        gboolean is_x,
                        double   line_width)
{
  double x = is_x ? value : 0, y = is_x ? 0 : value;
  double dx = is_x ? line_width : 0, dy = is_x ? 0 : line_width;
  double device_width;
  double *d = is_x ? &x : &y;

  cairo_user_to_device_distance (cr, &dx, &dy);
  device_width = MAX (1.0, round (fabs (is_x ? dx : dy)));
  cairo_user_to_device (cr, &x, &y);
  *d = ((long) device_width % 2) ? floor (*d) + 0.5 : round (*d);
  cairo_device_to_user (cr, &x, &y);
  return *d;
}

/* The y of a level; above the scale, at the plot's top edge. */
double
wp_chart_renderer_level_y (WpChartRenderer *r,
                           double           value)
{
  double y;

  wp_chart_layout_to_pixel (&r->geo, 0, MIN (value, r->geo.y_ticks.hi), NULL, &y);
  return y;
}

/* @body's family at @size user units. */
static PangoFontDescription *
font_sized (const PangoFontDescription *body,
            double                      size)
{
  PangoFontDescription *font = pango_font_description_copy (body);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  return font;
}

static void
renderer_init (WpChartRenderer    *r,
               cairo_t            *cr,
               double              width,
               double              height,
               const WpChartStyle *style,
               const WpChartDesc  *desc)
{
  double body;

  memset (r, 0, sizeof *r);
  r->cr = cr;
  r->style = style;
  r->desc = desc;
  r->metrics = wp_chart_metrics_default ();
  r->width = width;
  r->height = r->surface_height = height;
  r->lw = style->line_width;
  r->texts = style->text_cache;
  if (r->texts == NULL)
    r->texts = r->own_texts = wp_chart_text_cache_new ();
  wp_chart_text_cache_begin (r->texts, cr);

  /* The one place the body size is decided: every length follows it. */
  body = wp_chart_style_body_size (style, width, height);
  r->body = font_sized (style->font, body);
  r->small = font_sized (style->font, body * r->metrics->small_text);
  r->small_bold = pango_font_description_copy (r->small);
  pango_font_description_set_weight (r->small_bold, PANGO_WEIGHT_BOLD);
  r->title = font_sized (style->font, body * r->metrics->title_text);
  pango_font_description_set_weight (r->title, PANGO_WEIGHT_BOLD);
  r->footnote_font = font_sized (style->font, body * style->footnote_scale);
  if (style->show_footnote)
    r->footnote_text = desc->footnote;

  r->em = MAX (wp_chart_renderer_line_height (r, r->body), 1.0);
  wp_chart_lengths_scale (&r->metrics->ems, r->em, &r->px);
}

static void
renderer_clear (WpChartRenderer *r)
{
  g_clear_pointer (&r->own_texts, wp_chart_text_cache_free);
  pango_font_description_free (r->body);
  pango_font_description_free (r->small);
  pango_font_description_free (r->small_bold);
  pango_font_description_free (r->title);
  pango_font_description_free (r->footnote_font);
}

/* Saves the context and clips it to the plot area: restore it after. */
void
wp_chart_renderer_clip_to_plot (WpChartRenderer *r)
{
  cairo_save (r->cr);
  cairo_rectangle (r->cr, r->geo.plot.x, r->geo.plot.y, r->geo.plot.width, r->geo.plot.height);
  cairo_clip (r->cr);
}

static void
draw_base (WpChartRenderer *r)
{
  wp_chart_renderer_clip_to_plot (r);
  wp_chart_renderer_draw_plot (r);
  cairo_restore (r->cr);

  wp_chart_renderer_draw_axes (r);
  wp_chart_renderer_draw_labels (r);
  wp_chart_renderer_draw_legend (r);
  wp_chart_renderer_draw_titles (r);
  wp_chart_renderer_draw_footnote (r);
  /* Last: its rotation changes the context every layout shares. */
  if (r->parts & WP_CHART_PART_AXIS_TITLES)
    wp_chart_renderer_draw_axis_titles (r);
}

void
wp_chart_render_desc (cairo_t            *cr,
                      double              width,
                      double              height,
                      const WpChartStyle *style,
                      const WpChartDesc  *desc,
                      WpChartLayers       layers,
                      WpChartLayout      *out_layout)
{
  WpChartRenderer r;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL && style->font != NULL);
  g_return_if_fail (desc != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  if (layers & WP_CHART_LAYER_BASE)
    {
      wp_chart_renderer_set_color (cr, &style->background, 1.0);
      cairo_fill_preserve (cr);
    }
  cairo_clip (cr);

  renderer_init (&r, cr, width, height, style, desc);
  wp_chart_renderer_compute_layout (&r);

  if (r.plot_visible && (layers & WP_CHART_LAYER_BASE))
    draw_base (&r);

  /* Over the base, and over nothing of it but the plot and the room for
   * the tag above it: the widget keeps the base and redraws only this. */
  if (r.plot_visible && (layers & WP_CHART_LAYER_MARKER) && desc->marker.shown)
    wp_chart_renderer_draw_marker (&r);

  if (out_layout)
    *out_layout = r.geo;

  renderer_clear (&r);
  cairo_restore (cr);
}
