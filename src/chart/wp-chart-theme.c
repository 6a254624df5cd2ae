/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart widget's ties to GTK beyond drawing: the renderer's style from
 * the theme, and the chart on the clipboard. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include "wp-chart.h"
#include "wp-chart-memory.h"
#include "wp-chart-theme.h"

static void
color_from_rgba (WpChartColor  *color,
                 const GdkRGBA *rgba)
{
  color->red = rgba->red;
  color->green = rgba->green;
  color->blue = rgba->blue;
  color->alpha = rgba->alpha;
}

/* The renderer's style from the theme: text colour, the view background
 * (a chart is content, like a text view), the widget's font. */
void
wp_chart_style_from_widget (WpChartStyle *style,
                            GtkWidget    *widget)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GtkStateFlags state = gtk_style_context_get_state (context);
  PangoFontDescription *font = NULL;
  GdkRGBA fg, bg;
  WpChartColor foreground, background;

  gtk_style_context_get_color (context, state, &fg);
  if (!gtk_style_context_lookup_color (context, "theme_base_color", &bg))
    {
      gboolean dark_text = 0.2126 * fg.red + 0.7152 * fg.green + 0.0722 * fg.blue < 0.5;

      bg = (GdkRGBA) { dark_text ? 1 : 0.16, dark_text ? 1 : 0.16, dark_text ? 1 : 0.16, 1 };
    }
  bg.alpha = 1.0;

  color_from_rgba (&foreground, &fg);
  color_from_rgba (&background, &bg);
  wp_chart_style_set_colors (style, &foreground, &background);

  gtk_style_context_get (context, state, GTK_STYLE_PROPERTY_FONT, &font, NULL);
  if (font != NULL)
    {
      double resolution = gdk_screen_get_resolution (gtk_widget_get_screen (widget));

      /* The renderer's Pango context works at 96 dpi; the desktop's text
       * scaling (gtk-xft-dpi) is in the screen's resolution. */
      if (resolution > 0 && !pango_font_description_get_size_is_absolute (font))
        pango_font_description_set_size (font, (int) (pango_font_description_get_size (font) *
                                                      resolution / 96.0));
      wp_chart_style_set_font (style, font);
      pango_font_description_free (font);
    }
}

/* Puts the chart on the clipboard as an image: the light style with its
 * title, at the widget's size and scale, as a report wants it. */
void
wp_chart_copy_to_clipboard (WpChart *chart)
{
  GtkWidget *widget = GTK_WIDGET (chart);
  int width, height, scale;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr (GdkPixbuf) pixbuf = NULL;
  WpChartStyle style;
  WpLimitsInput input;
  WpPlannerModel *model;

  g_return_if_fail (WP_IS_CHART (chart));
  g_return_if_fail (wp_chart_get_model (chart) != NULL);
  model = wp_chart_get_model (chart);

  width = MAX (gtk_widget_get_allocated_width (widget), 360);
  height = MAX (gtk_widget_get_allocated_height (widget), 240);
  scale = gtk_widget_get_scale_factor (widget);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  wp_chart_style_init (&style, FALSE);
  wp_planner_model_get_input (model, &input);
  wp_chart_render (cr, width, height, &style, &input,
                   wp_planner_model_get_visible_platforms (model), NULL);
  wp_chart_style_clear (&style);
  cairo_destroy (cr);

  pixbuf = gdk_pixbuf_get_from_surface (surface, 0, 0, width * scale, height * scale);
  cairo_surface_destroy (surface);
  if (pixbuf != NULL)
    gtk_clipboard_set_image (gtk_widget_get_clipboard (widget, GDK_SELECTION_CLIPBOARD), pixbuf);
}
