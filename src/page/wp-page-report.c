/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The report's blocks laid out down a page: text at fixed sizes in points,
 * the chart taking what the text leaves (within bounds), the whole written
 * as a one-page PDF. */
#define G_LOG_DOMAIN "wp-page"

#include "config.h"

#include <pango/pangocairo.h>

#include "chart/wp-chart-compare.h"
#include "chart/wp-chart-memory.h"
#include "chart/wp-chart-style.h"
#include "chart/wp-chart-table.h"
#include "limits/wp-target.h"
#include "report/wp-table.h"
#include "wp-page-private.h"

/* The chart's height: at most 3:4 of the text's width, at least this
 * fraction of it; the text shrinks, to TEXT_SCALE_MIN, before the chart
 * goes below. */
#define CHART_ASPECT_MAX 0.75
#define CHART_ASPECT_MIN 0.32
#define TEXT_SCALE_MIN   0.6
#define TEXT_SCALE_STEP  0.05
/* The chart's text: 6 pt at Pango's 96 dpi is 8 pt on the page; its
 * lines thinner than on a screen, for paper. */
#define CHART_FONT_SIZE  6.0
#define CHART_LINE_WIDTH 1.0

static const struct
{
  const char *family;
  double      size;         /* points */
  gboolean    bold;
  double      space_before; /* points, above the block */
} kinds[WP_PAGE_N_BLOCK_KINDS] = {
  [WP_PAGE_BLOCK_TITLE]   = { "Sans", 17.0, TRUE, 0.0 },
  [WP_PAGE_BLOCK_META]    = { "Sans", 8.5, FALSE, 3.0 },
  [WP_PAGE_BLOCK_HEADING] = { "Sans", 10.0, TRUE, 10.0 },
  [WP_PAGE_BLOCK_BODY]    = { "Sans", 8.5, FALSE, 4.0 },
  [WP_PAGE_BLOCK_STRONG]  = { "Sans", 8.5, TRUE, 4.0 },
  [WP_PAGE_BLOCK_MONO]    = { "Monospace", 7.5, FALSE, 4.0 },
  [WP_PAGE_BLOCK_SMALL]   = { "Sans", 7.0, FALSE, 4.0 },
  [WP_PAGE_BLOCK_CHART]   = { NULL, 0.0, FALSE, 10.0 },
  [WP_PAGE_BLOCK_TABLE]   = { "Sans", 7.5, FALSE, 10.0 },
};

typedef struct
{
  cairo_t            *cr;
  PangoLayout        *layout;
  const WpPageReport *report;
  double              width;
  double              scale;     /* of the text */
  double              chart_h;
  gboolean            draw;
} Page;

static PangoFontDescription *
kind_font (WpPageBlockKind kind,
           double          scale)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, kinds[kind].family);
  pango_font_description_set_size (font, (int) (kinds[kind].size * scale * PANGO_SCALE));
  if (kinds[kind].bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

/* The verdict column says only "✓ Meets" or "✗ Fails": what would pass
 * takes a line of its own for the plan's version, and for every version
 * would shrink the table past reading. */
static void
shorten_verdicts (GPtrArray           *cells,
                  guint                n_columns,
                  const WpLimitsInput *input,
                  guint                platforms)
{
  guint row = 1;

  if (n_columns <= WP_TABLE_VERDICT)
    return;
  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    if (platforms & WP_PLATFORM_BIT (p))
      {
        guint i = row++ * n_columns + WP_TABLE_VERDICT;
        WpTargetVerdict verdict;

        wp_target_verdict (p, input, &verdict);
        g_free (g_ptr_array_index (cells, i));
        g_ptr_array_index (cells, i) = g_strdup (wp_target_format_word (&verdict));
      }
}

/* The comparison's table: a column per scenario, the rows that differ
 * in bold and marked. */
static double
compare_table_block (Page                 *page,
                     PangoFontDescription *font,
                     double                top)
{
  gboolean bold_rows[WP_COMPARE_N_ROWS + 1];
  g_autoptr (GPtrArray) cells = wp_page_compare_cells (page->report, bold_rows);
  gboolean numeric[WP_COMPARE_MAX + 1] = { FALSE };
  WpChartTable table = { cells, MIN (page->report->n_compare, WP_COMPARE_MAX) + 1, numeric, 0,
                         bold_rows };

  return wp_chart_table_draw (page->cr, page->layout, font, &table, top, page->width,
                              !page->draw);
}

static double
table_block (Page   *page,
             double  top)
{
  const WpLimitsInput *input = &page->report->input;
  g_autoptr (GPtrArray) cells = NULL;
  g_autoptr (PangoFontDescription) font = kind_font (WP_PAGE_BLOCK_TABLE, page->scale);
  gboolean numeric[WP_TABLE_N_COLUMNS];
  WpChartTable table;

  if (page->report->n_compare > 0)
    return compare_table_block (page, font, top);
  cells = wp_table_cells (input, page->report->platforms);
  /* The plan's version in bold. */
  table = (WpChartTable) { cells, wp_table_n_columns (input), numeric,
                           wp_table_row_of (page->report->platforms, page->report->selected),
                           NULL };
  for (guint c = 0; c < table.n_columns; c++)
    numeric[c] = wp_table_column_numeric (c);
  shorten_verdicts (cells, table.n_columns, input, page->report->platforms);
  return wp_chart_table_draw (page->cr, page->layout, font, &table, top, page->width,
                              !page->draw);
}

static void
chart_block (Page   *page,
             double  top)
{
  const WpPageReport *report = page->report;
  WpChartStyle style;

  wp_chart_style_init (&style, FALSE);
  pango_font_description_set_size (style.font, (int) (CHART_FONT_SIZE * PANGO_SCALE));
  style.text_grows = FALSE;   /* paper is read at arm's length */
  style.line_width = CHART_LINE_WIDTH;
  style.x_scale = report->x_scale;
  style.y_scale = report->y_scale;
  cairo_save (page->cr);
  cairo_translate (page->cr, 0, top);
  /* The page's title says what the comparison's chart would repeat. */
  style.show_title = report->n_compare == 0;
  if (report->n_compare > 0)
    wp_chart_compare_render (page->cr, page->width, page->chart_h, &style, report->compare,
                             MIN (report->n_compare, WP_COMPARE_MAX), NULL);
  else
    {
      style.emphasis = report->selected;
      style.view = report->view;
      wp_page_chart_measured (report->measurement, &report->input, report->platforms,
                              &style.measured);
      wp_chart_render (page->cr, page->width, page->chart_h, &style, &report->input,
                       report->platforms, NULL);
    }
  cairo_restore (page->cr);
  wp_chart_style_clear (&style);
}

static double
text_block (Page              *page,
            const WpPageBlock *block,
            double             top)
{
  g_autoptr (PangoFontDescription) font = kind_font (block->kind, page->scale);
  PangoRectangle logical;

  pango_layout_set_font_description (page->layout, font);
  pango_layout_set_width (page->layout, (int) (page->width * PANGO_SCALE));
  pango_layout_set_wrap (page->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (page->layout, block->text, -1);
  pango_layout_get_extents (page->layout, NULL, &logical);
  if (page->draw)
    {
      cairo_move_to (page->cr, 0, top);
      pango_cairo_show_layout (page->cr, page->layout);
    }
  return (double) logical.height / PANGO_SCALE;
}

/* Lays out (or draws) every block; returns the height used. */
static double
run_blocks (Page      *page,
            GPtrArray *blocks)
{
  double y = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      const WpPageBlock *block = g_ptr_array_index (blocks, i);

      if (i > 0)
        y += kinds[block->kind].space_before * page->scale;
      if (block->kind == WP_PAGE_BLOCK_CHART)
        {
          if (page->draw)
            chart_block (page, y);
          y += page->chart_h;
        }
      else if (block->kind == WP_PAGE_BLOCK_TABLE)
        y += table_block (page, y);
      else
        y += text_block (page, block, y);
      /* A rule under the title's lines. */
      if (page->draw && block->kind == WP_PAGE_BLOCK_META)
        {
          cairo_set_line_width (page->cr, 0.75);
          cairo_move_to (page->cr, 0, y + 4);
          cairo_line_to (page->cr, page->width, y + 4);
          cairo_stroke (page->cr);
        }
    }
  return y;
}

double
wp_page_report_layout (cairo_t            *cr,
                       double              width,
                       double              height,
                       const WpPageReport *report,
                       gboolean            draw)
{
  g_autoptr (GPtrArray) blocks = NULL;
  Page page = { cr, NULL, report, width, 1.0, 0.0, FALSE };
  double used = 0;

  g_return_val_if_fail (cr != NULL && report != NULL, 0);
  g_return_val_if_fail (wp_platform_is_valid (report->selected), 0);

  blocks = wp_page_blocks (report);
  page.layout = pango_cairo_create_layout (cr);
  /* Sizes in points: the page's unit. */
  pango_cairo_context_set_resolution (pango_layout_get_context (page.layout), 72.0);

  /* The text first, with no chart; the chart gets what is left. */
  for (;;)
    {
      double text_h, left;

      page.chart_h = 0;
      text_h = run_blocks (&page, blocks);
      left = height - text_h;
      page.chart_h = MIN (left, width * CHART_ASPECT_MAX);
      if (page.chart_h >= width * CHART_ASPECT_MIN || page.scale <= TEXT_SCALE_MIN + 1e-9)
        {
          page.chart_h = MAX (page.chart_h, width * CHART_ASPECT_MIN);
          used = text_h + page.chart_h;
          break;
        }
      page.scale -= TEXT_SCALE_STEP;
    }

  if (draw)
    {
      page.draw = TRUE;
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.12, 0.12, 0.12);
      run_blocks (&page, blocks);
      cairo_restore (cr);
    }
  g_object_unref (page.layout);
  return used;
}

void
wp_page_chart_measured (const WpMeasurement *measurement,
                        const WpLimitsInput *input,
                        guint                platforms,
                        WpChartMeasured     *out)
{
  gboolean found = FALSE, shared = TRUE, one_delay = TRUE;
  WpPortRange first = { 0, 0 };
  guint delay = 0;

  *out = (WpChartMeasured) { FALSE, 0, FALSE, 0, FALSE, 0 };
  if (measurement == NULL)
    return;
  out->shown = TRUE;
  out->connections = (double) wp_measurement_get_connections (measurement);
  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    {
      WpPortRange range;

      if (!(platforms & WP_PLATFORM_BIT (p)) || !wp_limits_client_port_range (p, input, &range))
        continue;
      shared &= !found || (range.start == first.start && range.count == first.count);
      one_delay &= !found || wp_limits_time_wait (p, input->time_wait_s) == delay;
      first = found ? first : range;
      delay = found ? delay : wp_limits_time_wait (p, input->time_wait_s);
      found = TRUE;
    }
  if (found && shared)
    {
      WpMeasuredPorts ports;

      wp_measurement_measure_range (measurement, &first, &ports);
      out->has_client_ports = TRUE;
      out->client_ports = ports.in_use;
      wp_chart_measured_set_rate (out, wp_measurement_get_time_wait (measurement),
                                  one_delay ? delay : 0);
    }
}
