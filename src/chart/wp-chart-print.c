/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "report/wp-readout.h"
#include "report/wp-table.h"
#include "wp-chart.h"
#include "wp-chart-print.h"
#include "wp-chart-memory.h"
#include "wp-chart-style.h"
#include "wp-chart-table.h"

/* Text on paper: 7.5 pt at Pango's 96 dpi is 10 pt in the page's points. */
#define PAGE_FONT "Sans 7.5"

typedef struct
{
  GtkPrintOperationPreview *preview;
  GtkPageSetup             *setup;
  WpPlannerModel           *model;
  cairo_t                  *cr;      /* GTK wants one on the print context */
  WpChartView               view;
} Preview;

/* Helpers */

/* The table of figures across @width from @top, the @selected version's
 * row in bold, or its height with @measure_only (wp_chart_table_draw()). */
static double
draw_table (cairo_t             *cr,
            PangoLayout         *layout,
            double               top,
            double               width,
            const WpLimitsInput *input,
            guint                platforms,
            int                  selected,
            gboolean             measure_only)
{
  g_autoptr (GPtrArray) cells = wp_table_cells (input, platforms);
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string (PAGE_FONT);
  gboolean numeric[WP_TABLE_N_COLUMNS];
  WpChartTable table = { cells, wp_table_n_columns (input), numeric,
                         wp_table_row_of (platforms, selected), NULL };
  double height;

  for (guint c = 0; c < table.n_columns; c++)
    numeric[c] = wp_table_column_numeric (c);
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.12, 0.12, 0.12);
  height = wp_chart_table_draw (cr, layout, font, &table, top, width, measure_only);
  cairo_restore (cr);
  return height;
}

/* The summary of the selected version (the window's sentences) across
 * @width from @top, or its height with @measure_only. */
static double
draw_summary (cairo_t             *cr,
              PangoLayout         *layout,
              double               top,
              double               width,
              const WpLimitsInput *input,
              int                  selected,
              gboolean             measure_only)
{
  g_autofree char *server = NULL;
  g_autofree char *client = NULL;
  g_autofree char *text = NULL;
  PangoFontDescription *font;
  PangoRectangle logical;
  WpLimits limits;

  if (!wp_platform_is_valid (selected))
    return 0;

  wp_limits_compute (selected, input, &limits);
  server = wp_readout_server (&limits, input->ram_mb);
  client = wp_readout_client (&limits);
  text = g_strconcat (server, "\n", client, NULL);

  font = pango_font_description_from_string (PAGE_FONT);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_extents (layout, NULL, &logical);

  if (!measure_only)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.12, 0.12, 0.12);
      cairo_move_to (cr, 0, top);
      pango_cairo_update_layout (cr, layout);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
    }
  pango_layout_set_width (layout, -1);
  return logical.height;
}

/* The chart view an operation prints (wp_chart_print_view()). */
#define VIEW_KEY "wp-chart-view"

static WpChartView
operation_view (GtkPrintOperation *operation)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (operation), VIEW_KEY));
}

/* One page: the chart on top (with its source footnote and an import's
 * @measured figures, NULL: none), filling what the summary of the
 * @selected version (or -1: none) and the table leave. */
static void
draw_page (cairo_t               *cr,
           double                 width,
           double                 height,
           const WpLimitsInput   *input,
           guint                  platforms,
           int                    selected,
           WpChartView            view,
           const WpChartMeasured *measured)
{
  PangoLayout *layout;
  WpChartStyle style;
  double table_h, summary_h, gap;

  g_return_if_fail (cr != NULL && input != NULL);

  layout = pango_cairo_create_layout (cr);
  table_h = draw_table (cr, layout, 0, width, input, platforms, selected, TRUE);
  summary_h = draw_summary (cr, layout, 0, width, input, selected, TRUE);
  gap = 14.0;   /* points */
  if (summary_h > 0)
    table_h += summary_h + gap;
  if (table_h + gap > height / 2)
    table_h = summary_h = 0;   /* a tiny page: the chart alone */

  wp_chart_style_init (&style, FALSE);
  pango_font_description_free (style.font);
  style.font = pango_font_description_from_string (PAGE_FONT);
  style.text_grows = FALSE;   /* paper is read at arm's length, at any size */
  style.show_footnote = TRUE;
  style.view = view;
  if (measured != NULL)
    style.measured = *measured;
  wp_chart_render (cr, width, height - table_h - (table_h > 0 ? gap : 0), &style, input,
                   platforms, NULL);
  wp_chart_style_clear (&style);

  if (summary_h > 0)
    draw_summary (cr, layout, height - table_h, width, input, selected, FALSE);
  if (table_h > 0)
    draw_table (cr, layout, height - table_h + (summary_h > 0 ? summary_h + gap : 0), width,
                input, platforms, selected, FALSE);
  g_object_unref (layout);
}

/* Callbacks */

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              WpPlannerModel    *model)
{
  WpLimitsInput input;
  WpChartMeasured measured;

  wp_planner_model_get_input (model, &input);
  wp_chart_measured_from_model (model, &measured);
  draw_page (gtk_print_context_get_cairo_context (context), gtk_print_context_get_width (context),
             gtk_print_context_get_height (context), &input,
             wp_planner_model_get_visible_platforms (model),
             wp_planner_model_get_selected_platform (model), operation_view (operation),
             &measured);
}

static void
preview_free (gpointer data)
{
  Preview *preview = data;

  gtk_print_operation_preview_end_preview (preview->preview);
  cairo_destroy (preview->cr);
  g_object_unref (preview->preview);
  g_object_unref (preview->setup);
  g_object_unref (preview->model);
  g_free (preview);
}

/* The preview: the page, white, scaled to the window, margins included. */
static gboolean
preview_draw_cb (GtkWidget *area,
                 cairo_t   *cr,
                 Preview   *preview)
{
  GtkPageSetup *setup = preview->setup;
  double paper_w = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  double paper_h = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
  double width = gtk_widget_get_allocated_width (area);
  double height = gtk_widget_get_allocated_height (area);
  double margin = 16, scale = MIN ((width - 2 * margin) / paper_w, (height - 2 * margin) / paper_h);
  WpLimitsInput input;
  WpChartMeasured measured;

  if (scale <= 0)
    return FALSE;

  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_paint (cr);
  cairo_translate (cr, (width - paper_w * scale) / 2, (height - paper_h * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, paper_w, paper_h);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  cairo_translate (cr, gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS),
                   gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS));
  wp_planner_model_get_input (preview->model, &input);
  wp_chart_measured_from_model (preview->model, &measured);
  draw_page (cr, gtk_page_setup_get_page_width (setup, GTK_UNIT_POINTS),
             gtk_page_setup_get_page_height (setup, GTK_UNIT_POINTS), &input,
             wp_planner_model_get_visible_platforms (preview->model),
             wp_planner_model_get_selected_platform (preview->model), preview->view,
             &measured);
  return FALSE;
}

static gboolean
preview_cb (GtkPrintOperation        *operation,
            GtkPrintOperationPreview *print_preview,
            GtkPrintContext          *context,
            GtkWindow                *parent,
            WpPlannerModel           *model)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  Preview *preview = g_new0 (Preview, 1);
  GtkWidget *window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  GtkWidget *area = gtk_drawing_area_new ();
  g_autofree char *title = wp_chart_title ();

  preview->preview = g_object_ref (print_preview);
  preview->setup = g_object_ref (setup);
  preview->model = g_object_ref (model);
  preview->view = operation_view (operation);

  /* The window draws the page itself (preview_draw_cb); GTK still wants a
   * cairo context on the print context to paginate. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);

    preview->cr = cairo_create (surface);
    cairo_surface_destroy (surface);
    gtk_print_context_set_cairo_context (context, preview->cr, 72, 72);
  }

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 680);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  g_signal_connect (area, "draw", G_CALLBACK (preview_draw_cb), preview);
  g_object_set_data_full (G_OBJECT (window), "wp-preview", preview, preview_free);
  g_signal_connect_object (model, "notify", G_CALLBACK (gtk_widget_queue_draw), area,
                           G_CONNECT_SWAPPED);
  gtk_container_add (GTK_CONTAINER (window), area);
  gtk_widget_show_all (window);
  return TRUE;
}

/* Public API */

/* One page: the chart on top (with its source footnote), filling what the
 * summary of the @selected version (or -1: none) and the table leave; the
 * memory view. */
void
wp_chart_print_draw_page (cairo_t             *cr,
                          double               width,
                          double               height,
                          const WpLimitsInput *input,
                          guint                platforms,
                          int                  selected)
{
  g_return_if_fail (cr != NULL && input != NULL);

  draw_page (cr, width, height, input, platforms, selected, WP_CHART_VIEW_MEMORY, NULL);
}

GtkPrintOperation *
wp_chart_print_operation_new (WpPlannerModel *model)
{
  GtkPrintOperation *operation;
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autofree char *title = wp_chart_title ();

  g_return_val_if_fail (WP_IS_PLANNER_MODEL (model), NULL);

  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), model, 0);
  g_signal_connect_object (operation, "preview", G_CALLBACK (preview_cb), model, 0);
  return operation;
}

/* Prints the memory view, or previews or exports it. */
gboolean
wp_chart_print (GtkWindow               *parent,
                WpPlannerModel          *model,
                GtkPrintOperationAction  action,
                GError                 **error)
{
  return wp_chart_print_view (parent, model, WP_CHART_VIEW_MEMORY, action, error);
}

/* Prints, previews or exports the chart @view (a WpChartView); a
 * cancelled dialog is not an error. */
gboolean
wp_chart_print_view (GtkWindow               *parent,
                     WpPlannerModel          *model,
                     int                      view,
                     GtkPrintOperationAction  action,
                     GError                 **error)
{
  g_autoptr (GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (WP_IS_PLANNER_MODEL (model), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  operation = wp_chart_print_operation_new (model);
  g_object_set_data (G_OBJECT (operation), VIEW_KEY, GINT_TO_POINTER (view));
  return gtk_print_operation_run (operation, action, parent, error) !=
         GTK_PRINT_OPERATION_RESULT_ERROR;
}
