/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart widget's ties to GTK beyond drawing: the renderer's style from
 * the theme, and the chart on the clipboard. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include "wp-chart.h"
#include "wp-chart-export.h"
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
 * (a chart is content, like a text view), the widget's font: the least
 * body size, which the renderer grows with the chart's height
 * (wp_chart_style_body_size()); a larger font set by CSS, as for
 * presenting, raises it. */
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

/* What the clipboard holds of the chart: its figures, rendered in the
 * format a pasting program asks for, when it asks. */
typedef struct
{
  WpLimitsInput input;
  guint         platforms;
  guint         width;
  guint         height;
  int           view;   /* a WpChartView: the widget's */
  WpChartMeasured measured;
} ClipboardChart;

enum
{
  CLIPBOARD_PNG,
  CLIPBOARD_SVG,
};

static void
clipboard_get_cb (GtkClipboard     *clipboard,
                  GtkSelectionData *selection,
                  guint             info,
                  gpointer          user_data)
{
  const ClipboardChart *chart = user_data;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  WpChartExportOptions options;

  /* PNG at twice the size on screen: sharp on a slide. */
  wp_chart_export_options_init (&options);
  options.width = info == CLIPBOARD_SVG ? chart->width : chart->width * 2;
  options.height = info == CLIPBOARD_SVG ? chart->height : chart->height * 2;
  options.view = chart->view;
  options.measured = chart->measured;
  bytes = wp_chart_export_bytes_with_options (info == CLIPBOARD_SVG ? WP_CHART_FORMAT_SVG
                                                                    : WP_CHART_FORMAT_PNG,
                                              &options, &chart->input, chart->platforms, &error);
  if (bytes == NULL)
    {
      g_warning ("Could not copy the chart: %s", error->message);
      return;
    }
  gtk_selection_data_set (selection, gtk_selection_data_get_target (selection), 8,
                          g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes));
}

static void
clipboard_clear_cb (GtkClipboard *clipboard,
                    gpointer      user_data)
{
  g_free (user_data);
}

/* Puts the chart on the clipboard as PNG (at twice the widget's size) and
 * SVG together, in the light style with its title and source footnote, as
 * a report or a slide wants it. */
void
wp_chart_copy_to_clipboard (WpChart *chart)
{
  static const GtkTargetEntry targets[] = {
    { (char *) "image/png", 0, CLIPBOARD_PNG },
    { (char *) "image/svg+xml", 0, CLIPBOARD_SVG },
  };
  GtkWidget *widget = GTK_WIDGET (chart);
  WpPlannerModel *model = wp_chart_get_model (chart);
  ClipboardChart *copy;

  g_return_if_fail (WP_IS_CHART (chart));
  g_return_if_fail (model != NULL);

  copy = g_new0 (ClipboardChart, 1);
  wp_planner_model_get_input (model, &copy->input);
  copy->platforms = wp_planner_model_get_visible_platforms (model);
  copy->width = MAX (gtk_widget_get_allocated_width (widget), 360);
  copy->height = MAX (gtk_widget_get_allocated_height (widget), 240);
  g_object_get (chart, "view", &copy->view, NULL);
  wp_chart_measured_from_model (model, &copy->measured);

  if (!gtk_clipboard_set_with_data (gtk_widget_get_clipboard (widget, GDK_SELECTION_CLIPBOARD),
                                    targets, G_N_ELEMENTS (targets), clipboard_get_cb,
                                    clipboard_clear_cb, copy))
    g_free (copy);
}
