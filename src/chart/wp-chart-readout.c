/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart widget's hover readout: every line's value at the RAM under
 * the pointer, in a compact table drawn in a corner of the plot, the one
 * that hides the least of the lines and never the crosshair (where the
 * values it gives are) nor the RAM marker.  A tooltip box would open at
 * the pointer, over the very points it describes. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "wp-chart-private.h"

#define READOUT_PAD      5.0   /* inside the box */
#define READOUT_INSET    6.0   /* from the plot's edges */
#define READOUT_SWATCH  14.0   /* the line sample's length */
#define READOUT_SPACING  8.0   /* between columns */
#define READOUT_KEEP_OFF 12.0  /* the crosshair, each side */
#define READOUT_MARKER_KEEP_OFF 80.0  /* the marker and its values beside it */
#define READOUT_MAX_ROWS (1 + WP_N_PLATFORMS + 2)
#define READOUT_STEPS_X  8     /* places tried across the plot */
#define READOUT_STEPS_Y  6     /* … and down it */

typedef struct
{
  PangoLayout        *cells[3];  /* name, practical, theoretical (or NULL) */
  const WpChartColor *color;     /* the swatch; NULL on the heading */
  gboolean            dashed;
} Row;

typedef struct
{
  Row    rows[READOUT_MAX_ROWS];
  guint  n_rows;
  double columns[3];
  double row_height;
} Table;

typedef enum
{
  CELL_PLAIN,
  CELL_BOLD,
  CELL_SMALL,   /* a column heading */
} CellKind;

static PangoLayout *
cell (cairo_t            *cr,
      const WpChartStyle *style,
      const char         *text,
      CellKind            kind)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_copy (style->font);

  if (kind == CELL_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (kind == CELL_SMALL)
    pango_font_description_set_size (font, pango_font_description_get_size (font) * 0.85);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static Row *
add_row (Table              *table,
         const WpChartColor *color,
         gboolean            dashed)
{
  Row *row = &table->rows[table->n_rows++];

  *row = (Row) { { NULL, NULL, NULL }, color, dashed };
  return row;
}

/* "95, 98, ME": the short names of the versions a line stands for. */
static char *
short_names (guint platforms)
{
  GString *names = g_string_new (NULL);

  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    if (platforms & WP_PLATFORM_BIT (p))
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "",
                              _(wp_platform_info (p)->short_name));
  return g_string_free (names, FALSE);
}

static void
add_count (cairo_t            *cr,
           const WpChartStyle *style,
           Row                *row,
           guint               column,
           double              count)
{
  g_autofree char *text = wp_format_count ((guint64) MAX (0.0, round (count)));

  row->cells[column] = cell (cr, style, text, CELL_PLAIN);
}

static void
table_build (Table              *table,
             cairo_t            *cr,
             const WpChartStyle *style,
             const WpChartData  *data,
             double              ram_mb)
{
  g_autofree char *ram = wp_format_ram_mb ((guint64) MAX (round (ram_mb), 1));
  Row *row = add_row (table, NULL, FALSE);

  row->cells[0] = cell (cr, style, ram, CELL_BOLD);
  /* Translators: a column of the chart's hover readout (sockets) */
  row->cells[1] = cell (cr, style, _("Practical"), CELL_SMALL);
  row->cells[2] = cell (cr, style, _("Theoretical"), CELL_SMALL);

  for (guint s = 0; s < data->n_series; s++)
    {
      const WpChartSeries *series = &data->series[s];
      g_autofree char *names = short_names (series->platforms);
      guint practical, theoretical;

      wp_chart_series_values_at (series, &data->input, ram_mb, &practical, &theoretical);
      row = add_row (table, &style->series[series->color_index], FALSE);
      row->cells[0] = cell (cr, style, names,
                            data->emphasis >= 0 &&
                            (series->platforms & WP_PLATFORM_BIT (data->emphasis))
                            ? CELL_BOLD : CELL_PLAIN);
      add_count (cr, style, row, 1, practical);
      if (series->has_pool)
        add_count (cr, style, row, 2, theoretical);
    }
  if (data->has_client_ports)
    {
      row = add_row (table, &style->client_ports, TRUE);
      row->cells[0] = cell (cr, style, _("Client ports"), CELL_PLAIN);
      add_count (cr, style, row, 1, data->client_ports);
    }
  if (data->has_process_cap)
    {
      row = add_row (table, &style->process_cap, TRUE);
      row->cells[0] = cell (cr, style, _("SocketWrench 3.6 or earlier"), CELL_PLAIN);
      add_count (cr, style, row, 1, data->process_cap);
    }

  for (guint r = 0; r < table->n_rows; r++)
    for (guint c = 0; c < 3; c++)
      if (table->rows[r].cells[c] != NULL)
        {
          int width, height;

          pango_layout_get_pixel_size (table->rows[r].cells[c], &width, &height);
          table->columns[c] = MAX (table->columns[c], width);
          table->row_height = MAX (table->row_height, height);
        }
}

static void
table_clear (Table *table)
{
  for (guint r = 0; r < table->n_rows; r++)
    for (guint c = 0; c < 3; c++)
      g_clear_object (&table->rows[r].cells[c]);
}

/* How much of the data @box would hide: the lines sampled across it (a
 * level above the scale lies on the plot's top edge). */
static double
box_cost (const WpChartLayout *layout,
          const WpChartData   *data,
          const WpChartRect   *box)
{
  double top = layout->plot.y;
  double cost = 0;

  for (double x = box->x; x <= box->x + box->width; x += 2)
    {
      double ram, values[WP_N_PLATFORMS * 2 + 2];
      gboolean on_top[WP_N_PLATFORMS * 2 + 2] = { FALSE };
      guint n = 0;

      wp_chart_layout_from_pixel (layout, x, 0, &ram, NULL);
      for (guint s = 0; s < data->n_series; s++)
        {
          guint practical, theoretical;

          wp_chart_series_values_at (&data->series[s], &data->input, ram, &practical, &theoretical);
          on_top[n] = data->series[s].off_scale;
          values[n++] = practical;
          if (data->series[s].has_pool)
            values[n++] = theoretical;
        }
      if (data->has_client_ports)
        {
          on_top[n] = data->client_ports_off_scale;
          values[n++] = data->client_ports;
        }
      if (data->has_process_cap)
        values[n++] = data->process_cap;

      for (guint i = 0; i < n; i++)
        {
          double y = top;

          if (!on_top[i])
            wp_chart_layout_to_pixel (layout, ram, values[i], NULL, &y);
          y = MAX (y, top);
          cost += y >= box->y - 2 && y <= box->y + box->height + 2;
        }
    }
  return cost;
}

static gboolean
spans (const WpChartRect *box,
       double             x,
       double             keep_off)
{
  return x >= box->x - keep_off && x <= box->x + box->width + keep_off;
}

/* Where in the plot a @width x @height box goes: off the crosshair at
 * @pointer_x and the marker at @marker_x, then over the fewest lines, in
 * a corner where that is as good; FALSE when the plot has no room. */
gboolean
wp_chart_readout_place (const WpChartLayout *layout,
                        const WpChartData   *data,
                        double               width,
                        double               height,
                        double               pointer_x,
                        double               marker_x,
                        WpChartRect         *out_box)
{
  const WpChartRect *plot = &layout->plot;
  double room_x = plot->width - 2 * READOUT_INSET - width;
  double room_y = plot->height - 2 * READOUT_INSET - height;
  double best = INFINITY;

  if (room_x < 0 || room_y < 0)
    return FALSE;

  /* Top left first: the lines rise from the origin, so it is often empty. */
  for (guint j = 0; j <= READOUT_STEPS_Y; j++)
    for (guint i = 0; i <= READOUT_STEPS_X; i++)
      {
        WpChartRect box = {
          floor (plot->x + READOUT_INSET + room_x * i / READOUT_STEPS_X),
          floor (plot->y + READOUT_INSET + room_y * j / READOUT_STEPS_Y),
          width, height,
        };
        gboolean corner = (i == 0 || i == READOUT_STEPS_X) && (j == 0 || j == READOUT_STEPS_Y);
        double cost;

        if (spans (&box, pointer_x, READOUT_KEEP_OFF))
          continue;
        cost = box_cost (layout, data, &box) +
               (spans (&box, marker_x, READOUT_MARKER_KEEP_OFF) ? 1000 : 0) + (corner ? 0 : 0.5);
        if (cost < best)
          {
            best = cost;
            *out_box = box;
          }
      }
  return isfinite (best);
}

static void
draw_table (cairo_t            *cr,
            const WpChartStyle *style,
            const Table        *table,
            const WpChartRect  *box)
{
  const WpChartColor *fg = &style->foreground;
  double x0 = box->x + READOUT_PAD + READOUT_SWATCH + READOUT_SPACING / 2;
  double ends[3];
  double dashes[] = { 3, 2 };

  ends[0] = x0 + table->columns[0];
  ends[1] = ends[0] + READOUT_SPACING + table->columns[1];
  ends[2] = ends[1] + READOUT_SPACING + table->columns[2];

  for (guint r = 0; r < table->n_rows; r++)
    {
      const Row *row = &table->rows[r];
      double y = box->y + READOUT_PAD + r * table->row_height;

      if (row->color != NULL)
        {
          cairo_set_source_rgba (cr, row->color->red, row->color->green, row->color->blue, 1);
          cairo_set_line_width (cr, 3);
          cairo_set_dash (cr, dashes, row->dashed ? 2 : 0, 0);
          cairo_move_to (cr, box->x + READOUT_PAD, y + table->row_height / 2);
          cairo_rel_line_to (cr, READOUT_SWATCH, 0);
          cairo_stroke (cr);
        }
      for (guint c = 0; c < 3; c++)
        if (row->cells[c] != NULL)
          {
            int width;

            /* The column headings quieter than the figures */
            cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, r == 0 && c > 0 ? 0.7 : 1);
            /* The name from the left, figures flush right. */
            pango_layout_get_pixel_size (row->cells[c], &width, NULL);
            cairo_move_to (cr, c == 0 ? x0 : ends[c] - width, y);
            pango_cairo_show_layout (cr, row->cells[c]);
          }
    }
}

/* Draws the readout for the RAM under the pointer; the box it took stays
 * in self->readout (width 0: none). */
void
wp_chart_readout_draw (WpChart             *self,
                       cairo_t             *cr,
                       const WpChartData   *data)
{
  Table table = { 0 };
  WpChartRect box;
  double ram, marker_x, width, height;
  const WpChartColor *bg = &self->style.background;
  const WpChartColor *grid = &self->style.grid;

  self->readout = (WpChartRect) { 0, 0, 0, 0 };
  /* The RAM a click here would set */
  ram = (double) wp_chart_layout_ram_at (&self->layout, self->pointer_x);
  wp_chart_layout_to_pixel (&self->layout, data->marker_ram, 0, &marker_x, NULL);

  table_build (&table, cr, &self->style, data, ram);
  width = 2 * READOUT_PAD + READOUT_SWATCH + READOUT_SPACING / 2 + table.columns[0] +
          2 * READOUT_SPACING + table.columns[1] + table.columns[2];
  height = 2 * READOUT_PAD + table.n_rows * table.row_height;

  if (wp_chart_readout_place (&self->layout, data, ceil (width), ceil (height), self->pointer_x,
                              data->marker_off_scale ? -INFINITY : marker_x, &box))
    {
      cairo_save (cr);
      cairo_rectangle (cr, box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
      cairo_set_source_rgba (cr, bg->red, bg->green, bg->blue, 0.9);
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, grid->red, grid->green, grid->blue, 1);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      draw_table (cr, &self->style, &table, &box);
      cairo_restore (cr);
      self->readout = box;
    }
  table_clear (&table);
}
