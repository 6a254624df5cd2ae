/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "wp-chart-table.h"

/* The columns' widths and the rows' heights, in the table's own units
 * (before it is scaled to the width it is given). */
typedef struct
{
  const WpChartTable         *table;
  PangoLayout                *layout;
  const PangoFontDescription *font;
  PangoFontDescription       *bold;
  double                      widths[WP_CHART_TABLE_MAX_COLUMNS];
  double                      total;      /* the columns, without the gaps */
  double                      gap;
  double                      row_h;      /* a row of figures */
  double                      title_h;    /* the titles' row */
  gboolean                    wrap;       /* the titles on several lines */
  guint                       rows;
} Table;

/* Sets @layout to column @c's title: bold, wrapped in its column when the
 * table is too wide for the titles on one line. */
static void
set_title (Table  *t,
           guint   c,
           double *out_width,
           double *out_height)
{
  const char *text = g_ptr_array_index (t->table->cells, c);
  PangoRectangle logical;

  pango_layout_set_font_description (t->layout, t->bold);
  pango_layout_set_width (t->layout, t->wrap ? (int) (t->widths[c] * PANGO_SCALE) : -1);
  pango_layout_set_wrap (t->layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment (t->layout, t->table->numeric[c] ? PANGO_ALIGN_RIGHT
                                                              : PANGO_ALIGN_LEFT);
  pango_layout_set_text (t->layout, text, -1);
  pango_layout_get_extents (t->layout, NULL, &logical);
  *out_width = (double) logical.width / PANGO_SCALE;
  *out_height = (double) logical.height / PANGO_SCALE;
}

/* Sets @layout to the cell of row @r, column @c (row 0: a digit, for
 * the rows' height). */
static void
set_text (Table *t,
          guint  r,
          guint  c)
{
  const char *text = r > 0 ? g_ptr_array_index (t->table->cells, r * t->table->n_columns + c)
                           : "0";
  gboolean bold = r > 0 && (r == t->table->emphasis ||
                            (t->table->bold_rows != NULL && t->table->bold_rows[r]));

  pango_layout_set_font_description (t->layout, bold ? t->bold : t->font);
  pango_layout_set_width (t->layout, -1);
  pango_layout_set_alignment (t->layout, PANGO_ALIGN_LEFT);
  pango_layout_set_text (t->layout, text, -1);
}

/* Widens each column toward its title's width on one line by the same
 * fraction of what it lacks, as far as @width allows. */
static void
share_width (Table        *t,
             const double *titles,
             double        width)
{
  guint n = t->table->n_columns;
  double lacking = 0, spare = width - t->gap * (n - 1), fraction;

  for (guint c = 0; c < n; c++)
    {
      spare -= t->widths[c];
      lacking += MAX (0, titles[c] - t->widths[c]);
    }
  t->wrap = lacking > spare;
  fraction = lacking > 0 ? CLAMP (spare / lacking, 0, 1) : 1;
  for (guint c = 0; c < n; c++)
    t->widths[c] += MAX (0, titles[c] - t->widths[c]) * fraction;
}

/* The columns as wide as their figures and, as far as the width allows,
 * their titles; titles that do not fit on one line wrap (a title's
 * longest word widens its column). */
static void
measure (Table  *t,
         double  width)
{
  guint n = t->table->n_columns;
  double w, h, line_h, titles[WP_CHART_TABLE_MAX_COLUMNS];
  PangoRectangle logical;

  set_text (t, 0, 0);
  pango_layout_get_pixel_extents (t->layout, NULL, &logical);
  line_h = logical.height;
  t->row_h = line_h * 1.5;
  t->gap = line_h * 1.2;
  for (guint c = 0; c < n; c++)
    {
      t->widths[c] = 0;
      for (guint r = 1; r < t->rows; r++)
        {
          set_text (t, r, c);
          pango_layout_get_extents (t->layout, NULL, &logical);
          t->widths[c] = MAX (t->widths[c], (double) logical.width / PANGO_SCALE);
        }
      set_title (t, c, &titles[c], &h);   /* t->wrap is FALSE: on one line */
    }
  share_width (t, titles, width);
  t->total = 0;
  t->title_h = 0;
  for (guint c = 0; c < n; c++)
    {
      /* A hair wider than measured, so that Pango's rounding does not
       * wrap a title that fits. */
      t->widths[c] = ceil (t->widths[c]);
      set_title (t, c, &w, &h);
      t->widths[c] = MAX (t->widths[c], w);   /* a word longer than the column */
      t->title_h = MAX (t->title_h, h);
      t->total += t->widths[c];
    }
  t->title_h += t->row_h - line_h;
}

static void
draw_rules (cairo_t *cr,
            double   right,
            double   title_h,
            double   bottom)
{
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, 0, 0);
  cairo_line_to (cr, right, 0);
  cairo_move_to (cr, 0, title_h);
  cairo_line_to (cr, right, title_h);
  cairo_move_to (cr, 0, bottom);
  cairo_line_to (cr, right, bottom);
  cairo_stroke (cr);
}

static void
draw_cells (cairo_t *cr,
            Table   *t)
{
  guint n = t->table->n_columns;
  double x = 0, w, h, pad = (t->row_h - t->row_h / 1.5) / 2;

  for (guint c = 0; c < n; c++)
    {
      set_title (t, c, &w, &h);
      /* Titles sit on the rule under them, aligned as their figures. */
      cairo_move_to (cr, x + (t->table->numeric[c] && !t->wrap ? t->widths[c] - w : 0),
                     t->title_h - pad - h);
      pango_cairo_show_layout (cr, t->layout);
      for (guint r = 1; r < t->rows; r++)
        {
          PangoRectangle logical;

          set_text (t, r, c);
          pango_layout_get_extents (t->layout, NULL, &logical);
          w = (double) logical.width / PANGO_SCALE;
          cairo_move_to (cr, t->table->numeric[c] ? x + t->widths[c] - w : x,
                         t->title_h + (r - 1) * t->row_h + pad);
          pango_cairo_show_layout (cr, t->layout);
        }
      x += t->widths[c] + t->gap;
    }
  draw_rules (cr, x - t->gap, t->title_h, t->title_h + (t->rows - 1) * t->row_h);
}

/* Draws @table across @width from @top in @font (the titles bold); returns
 * its height.  A table wider than @width first wraps its titles, then is
 * scaled down to fit, never cut.  Draws in @cr's source; with
 * @measure_only, draws nothing. */
double
wp_chart_table_draw (cairo_t                    *cr,
                     PangoLayout                *layout,
                     const PangoFontDescription *font,
                     const WpChartTable         *table,
                     double                      top,
                     double                      width,
                     gboolean                    measure_only)
{
  Table t = { table, layout, font, NULL, { 0 }, 0, 0, 0, 0, FALSE, 0 };
  guint n;
  double scale;

  g_return_val_if_fail (cr != NULL && layout != NULL && font != NULL && table != NULL, 0);
  n = table->n_columns;
  g_return_val_if_fail (n >= 1 && n <= WP_CHART_TABLE_MAX_COLUMNS, 0);
  t.rows = table->cells->len / n;
  g_return_val_if_fail (t.rows >= 1, 0);

  t.bold = pango_font_description_copy (font);
  pango_font_description_set_weight (t.bold, PANGO_WEIGHT_BOLD);
  measure (&t, width);
  /* Narrow paper (portrait, German titles): the whole table smaller. */
  scale = MIN (1.0, width / (t.total + t.gap * (n - 1)));
  /* Share what is left between the gaps, at least a line height each. */
  if (n > 1)
    t.gap = MAX (t.gap, (width / scale - t.total) / (n - 1) * 0.5);

  if (!measure_only)
    {
      cairo_save (cr);
      cairo_translate (cr, 0, top);
      cairo_scale (cr, scale, scale);
      draw_cells (cr, &t);
      cairo_restore (cr);
    }
  pango_layout_set_width (layout, -1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
  pango_font_description_free (t.bold);
  return (t.title_h + (t.rows - 1) * t.row_h) * scale;
}
