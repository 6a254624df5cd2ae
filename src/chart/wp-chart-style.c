/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "wp-chart-metrics.h"
#include "wp-chart-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                   ((hex) & 0xff) / 255.0, 1.0 }

/* Okabe & Ito's colour-blind-safe palette, in the order of
 * wp_chart_series_color_index(): 95/98/ME, NT 4.0, 2000/XP/2003, then
 * Vista x64, 7/8.1/10 x86, 7 x64, 8.1 x64, 10/11 x64 (the palette's other
 * five: orange and reddish purple are also the SocketWrench cap's and the
 * target's, drawn dash-dotted and named).  On a dark background the deep
 * blue becomes the sky blue, which keeps its contrast; the yellow darkens
 * on a light one and the black turns light on a dark one, for the same. */
static const WpChartColor light_series[WP_CHART_N_SERIES_COLORS] = {
  RGB (0x009E73),  /* bluish green */
  RGB (0xD55E00),  /* vermillion */
  RGB (0x0072B2),  /* blue */
  RGB (0xE69F00),  /* orange */
  RGB (0x56B4E9),  /* sky blue */
  RGB (0xCC79A7),  /* reddish purple */
  RGB (0x8F8400),  /* yellow, darkened */
  RGB (0x000000),  /* black */
};
static const WpChartColor dark_series[WP_CHART_N_SERIES_COLORS] = {
  RGB (0x1FBF8F),  /* bluish green, lightened */
  RGB (0xE8772E),  /* vermillion, lightened */
  RGB (0x56B4E9),  /* sky blue */
  RGB (0xF0A830),  /* orange, lightened */
  RGB (0xA9D8F5),  /* sky blue, lightened */
  RGB (0xE39CC6),  /* reddish purple, lightened */
  RGB (0xF0E442),  /* yellow */
  RGB (0xE6E6E6),  /* black, turned light */
};
static const WpChartColor process_cap_color = RGB (0xE69F00);  /* orange */
/* The target: the palette's reddish purple, a colour no series has. */
static const WpChartColor target_color = RGB (0xCC79A7);

static double
luminance (const WpChartColor *color)
{
  return 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;
}

/* Text, axes and grid derive from the foreground and background, so that
 * a theme's colours carry through. */
void
wp_chart_style_set_colors (WpChartStyle       *style,
                           const WpChartColor *foreground,
                           const WpChartColor *background)
{
  gboolean dark;

  g_return_if_fail (style != NULL && foreground != NULL && background != NULL);

  dark = luminance (background) < 0.5;
  style->foreground = *foreground;
  style->background = *background;
  style->grid = *foreground;
  style->grid.alpha = dark ? 0.16 : 0.12;
  /* Quieter than the chart's own text, still well above WCAG's 4.5:1. */
  style->footnote = *foreground;
  style->footnote.alpha = 0.75;
  style->client_ports = *foreground;
  style->client_ports.alpha = 0.8;
  style->process_cap = process_cap_color;
  style->target = target_color;
  memcpy (style->series, dark ? dark_series : light_series, sizeof style->series);
  style->band_alpha = dark ? 0.18 : 0.13;
}

void
wp_chart_style_set_font (WpChartStyle               *style,
                         const PangoFontDescription *font)
{
  g_return_if_fail (style != NULL && font != NULL);

  g_clear_pointer (&style->font, pango_font_description_free);
  style->font = pango_font_description_copy (font);
}

/* The default style: for files and paper (light), or a dark one. */
void
wp_chart_style_init (WpChartStyle *style,
                     gboolean      dark)
{
  static const WpChartColor light_fg = RGB (0x1E1E1E), light_bg = RGB (0xFFFFFF);
  static const WpChartColor dark_fg = RGB (0xEEEEEC), dark_bg = RGB (0x2A2A2A);

  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  wp_chart_style_set_colors (style, dark ? &dark_fg : &light_fg, dark ? &dark_bg : &light_bg);
  style->line_width = 2.0;
  style->font = pango_font_description_from_string ("Sans 10");
  style->footnote_scale = 0.85;
  style->text_scale = 1.0;
  style->text_grows = TRUE;
  style->show_title = TRUE;
  style->emphasis = -1;
  style->text_cache = wp_chart_text_cache_new ();
}

void
wp_chart_style_clear (WpChartStyle *style)
{
  g_return_if_fail (style != NULL);

  g_clear_pointer (&style->font, pango_font_description_free);
  g_clear_pointer (&style->text_cache, wp_chart_text_cache_free);
}

/* The body text's size in user units (the renderer's Pango context is at
 * 96 dpi: a point is 4/3 of a unit) for a chart of @width × @height: a
 * share of its height, or of its width where that is narrow, so that a
 * projected chart reads as well as one on a screen; never below the
 * style's font (the widget's own, a file's least); times the user's text
 * size.  In half units, so that a window resized by a few pixels lays
 * its texts out again only now and then. */
double
wp_chart_style_body_size (const WpChartStyle *style,
                          double              width,
                          double              height)
{
  const WpChartMetrics *metrics = wp_chart_metrics_default ();
  double least, size;

  g_return_val_if_fail (style != NULL && style->font != NULL, 0);

  least = (double) pango_font_description_get_size (style->font) / PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (style->font))
    least *= 96.0 / 72.0;
  if (least <= 0)
    least = 10 * 96.0 / 72.0;

  size = least;
  if (style->text_grows)
    size = MAX (least, MIN (height * metrics->body_per_height, width * metrics->body_per_width));
  size *= CLAMP (style->text_scale > 0 ? style->text_scale : 1.0,
                 WP_CHART_TEXT_SCALE_MIN, WP_CHART_TEXT_SCALE_MAX);
  return MAX (floor (size * 2) / 2, 1.0);
}

/* The colour an ink stands for; its alpha is the ink's to apply. */
const WpChartColor *
wp_chart_style_ink (const WpChartStyle *style,
                    WpChartInk          ink)
{
  switch (ink.kind)
    {
    case WP_CHART_INK_SERIES:
      return &style->series[MIN (ink.index, WP_CHART_N_SERIES_COLORS - 1)];
    case WP_CHART_INK_REFERENCE:
      return &style->client_ports;
    case WP_CHART_INK_CAP:
      return &style->process_cap;
    case WP_CHART_INK_TARGET:
      return &style->target;
    case WP_CHART_INK_FOREGROUND:
    default:
      return &style->foreground;
    }
}
