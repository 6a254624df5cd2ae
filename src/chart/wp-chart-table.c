/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <pango/pangocairo.h>

#include "wp-chart-table.h"

static double
cell_width (PangoLayout                *layout,
            const PangoFontDescription *font,
            const char                 *text,
            PangoRectangle             *logical)
{
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_extents (layout, NULL, logical);
  return logical->width;
}

static void
draw_rules (cairo_t *cr,
            double   right,
            double   row_h,
            guint    rows)
{
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, 0, 0);
  cairo_line_to (cr, right, 0);
  cairo_move_to (cr, 0, row_h);
  cairo_line_to (cr, right, row_h);
  cairo_move_to (cr, 0, rows * row_h);
  cairo_line_to (cr, right, rows * row_h);
  cairo_stroke (cr);
}

/* Draws @table across @width from @top in @font (the titles bold); returns
 * its height.  A table wider than @width is scaled down to fit it, never
 * cut.  Draws in @cr's source; with @measure_only, draws nothing. */
double
wp_chart_table_draw (cairo_t                    *cr,
                     PangoLayout                *layout,
                     const PangoFontDescription *font,
                     const WpChartTable         *table,
                     double                      top,
                     double                      width,
                     gboolean                    measure_only)
{
  g_autoptr (PangoFontDescription) bold = NULL;
  guint n, rows;
  double widths[WP_CHART_TABLE_MAX_COLUMNS] = { 0 }, total = 0, gap, row_h, x = 0, scale;
  PangoRectangle logical;

  g_return_val_if_fail (cr != NULL && layout != NULL && font != NULL && table != NULL, 0);
  n = table->n_columns;
  g_return_val_if_fail (n >= 1 && n <= WP_CHART_TABLE_MAX_COLUMNS, 0);
  rows = table->cells->len / n;

  bold = pango_font_description_copy (font);
  pango_font_description_set_weight (bold, PANGO_WEIGHT_BOLD);
  pango_layout_set_width (layout, -1);
  cell_width (layout, bold, "0", &logical);
  row_h = logical.height * 1.5;
  gap = logical.height * 1.2;

  for (guint i = 0; i < table->cells->len; i++)
    widths[i % n] = MAX (widths[i % n], cell_width (layout, i < n ? bold : font,
                                                    g_ptr_array_index (table->cells, i),
                                                    &logical));
  for (guint c = 0; c < n; c++)
    total += widths[c];
  /* Narrow paper (portrait, German titles): the whole table smaller. */
  scale = MIN (1.0, width / (total + gap * (n - 1)));
  /* Share what is left between the gaps, at least a line height each. */
  if (n > 1)
    gap = MAX (gap, (width / scale - total) / (n - 1) * 0.5);

  if (!measure_only)
    {
      cairo_save (cr);
      cairo_translate (cr, 0, top);
      cairo_scale (cr, scale, scale);
      for (guint r = 0; r < rows; r++)
        {
          x = 0;
          for (guint c = 0; c < n; c++)
            {
              cell_width (layout, r == 0 ? bold : font,
                          g_ptr_array_index (table->cells, r * n + c), &logical);
              cairo_move_to (cr, (table->numeric[c] ? x + widths[c] - logical.width : x) - logical.x,
                             r * row_h + (row_h - logical.height) / 2 - logical.y);
              pango_cairo_update_layout (cr, layout);
              pango_cairo_show_layout (cr, layout);
              x += widths[c] + gap;
            }
        }
      draw_rules (cr, x - gap, row_h, rows);
      cairo_restore (cr);
    }

  return rows * row_h * scale;
}
