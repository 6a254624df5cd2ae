/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-comparison-table"

#include "config.h"

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "limits/wp-target.h"
#include "report/wp-table.h"
#include "wp-comparison-widths.h"

/* Texts measured as the view's text cells show them in bold, with one
 * layout and each distinct text once (a cell renderer makes a layout and
 * looks up the font's metrics for every text it measures). */
typedef struct
{
  PangoLayout *layout;
  GHashTable  *widths;    /* text -> its width in pixels */
  int          spacing;   /* what the view adds to a cell, and a pixel or two to spare */
} Measure;

static void
measure_init (Measure   *measure,
              GtkWidget *view)
{
  PangoAttrList *bold = pango_attr_list_new ();
  int separator = 0, focus = 0;

  measure->layout = gtk_widget_create_pango_layout (view, NULL);
  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (measure->layout, bold);
  pango_attr_list_unref (bold);
  measure->widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_style_get (view, "horizontal-separator", &separator,
                        "focus-line-width", &focus, NULL);
  measure->spacing = separator + 2 * focus + 2;
}

static void
measure_clear (Measure *measure)
{
  g_clear_object (&measure->layout);
  g_clear_pointer (&measure->widths, g_hash_table_unref);
}

/* @text's width in bold without padding: its logical width rounded up,
 * as GtkCellRendererText's natural width counts it. */
static int
measure_text (Measure    *measure,
              const char *text)
{
  gpointer known;
  PangoRectangle logical;

  if (g_hash_table_lookup_extended (measure->widths, text, NULL, &known))
    return GPOINTER_TO_INT (known);

  pango_layout_set_text (measure->layout, text, -1);
  pango_layout_get_extents (measure->layout, NULL, &logical);
  g_hash_table_insert (measure->widths, g_strdup (text),
                       GINT_TO_POINTER (PANGO_PIXELS_CEIL (logical.width)));
  return PANGO_PIXELS_CEIL (logical.width);
}

/* The widest of @texts as @column's text cell shows it, with its padding;
 * -1 without a text cell or a text. */
static int
measure_cells (Measure            *measure,
               GtkTreeViewColumn  *column,
               const char * const *texts,
               guint               n_texts)
{
  g_autoptr (GList) cells = gtk_cell_layout_get_cells (GTK_CELL_LAYOUT (column));
  int xpad = 0, widest = 0;

  if (cells == NULL || !GTK_IS_CELL_RENDERER_TEXT (cells->data) || n_texts == 0)
    return -1;
  gtk_cell_renderer_get_padding (cells->data, &xpad, NULL);
  for (guint t = 0; t < n_texts; t++)
    widest = MAX (widest, measure_text (measure, texts[t]));
  return widest + 2 * xpad;
}

/* A column's width, fixed (the view is in fixed-height mode): @width, or
 * its header's if wider. */
static void
fit_column (GtkTreeViewColumn *column,
            int                width)
{
  int header = 0;

  gtk_widget_get_preferred_width (gtk_tree_view_column_get_button (column), NULL, &header);
  gtk_tree_view_column_set_fixed_width (column, MAX (width, header));
}

/* The widest texts a column of the table (WP_TABLE_*, -1: the client
 * limit) can show of those that change as the sliders move: 8s stand for
 * the widest digits; the workload's at the input's rate over the longest
 * TIME_WAIT and one port.  None for the verdict, sized on its own. */
static GPtrArray *
column_candidates (int                  table_column,
                   const WpLimitsInput *input,
                   guint                platforms)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  /* ⌈rate × (life + 300 s)⌉, the most ports a rate keeps in use */
  guint64 in_use = (input->need_rate * (input->connection_life_ms + WP_TIME_WAIT_MAX * 1000ull) +
                    999) / 1000;

  switch (table_column)
    {
    case WP_TABLE_PLATFORM:
      /* the rows shown: a Compare check is a click, not a slider's move */
      for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
        if (platforms & WP_PLATFORM_BIT (p))
          g_ptr_array_add (texts, g_strdup (wp_platform_name (p)));
      break;
    case WP_TABLE_POOL:
      g_ptr_array_add (texts, wp_format_pool_mb (888.888));
      break;
    case WP_TABLE_PRACTICAL: case WP_TABLE_THEORETICAL: case WP_TABLE_SERVER_LIMIT: case -1:
      g_ptr_array_add (texts, wp_format_count (88888));
      break;
    case WP_TABLE_LIMITED_BY:
      /* SocketWrench's cap is a switch away, not a slider's move */
      for (WpLimitingFactor f = WP_LIMITED_BY_MEMORY; f <= WP_LIMITED_BY_PROCESS_CAP; f++)
        if (f != WP_LIMITED_BY_PROCESS_CAP || input->socketwrench_legacy)
          g_ptr_array_add (texts, g_strdup (wp_limiting_factor_label (f)));
      break;
    case WP_TABLE_RATE:
      g_ptr_array_add (texts, wp_format_count (8888));
      break;
    case WP_TABLE_IN_USE:
      g_ptr_array_add (texts, wp_format_count (in_use));
      break;
    case WP_TABLE_HEADROOM:
      g_ptr_array_add (texts, wp_headroom_format_pct (100));
      g_ptr_array_add (texts, wp_headroom_format_pct (-(gint64) (in_use * 100)));
      break;
    case WP_TABLE_EXHAUSTION:
      if (input->need_rate > 0)
        g_ptr_array_add (texts, wp_headroom_format_duration (WP_MAX_USER_PORT_MAX * 1000ull /
                                                             input->need_rate));
      break;
    default:
      break;
    }
  return texts;
}

/* The verdict column as wide as its wider word in bold (the selected
 * row's): a verdict that changes with a slider moves no other column.
 * "To pass", whose text changes more, is the last column. */
static void
reserve_verdict_width (Measure           *measure,
                       GtkTreeViewColumn *verdict_column)
{
  g_autoptr (GList) renderers = gtk_cell_layout_get_cells (GTK_CELL_LAYOUT (verdict_column));
  int xpad = 0, widest = 0;

  for (guint meets = 0; meets < 2; meets++)
    {
      WpTargetVerdict verdict = { .has_target = TRUE, .meets = meets };

      widest = MAX (widest, measure_text (measure, wp_target_format_word (&verdict)));
    }
  if (renderers != NULL)
    gtk_cell_renderer_get_padding (renderers->data, &xpad, NULL);
  /* The column's own spacing around its cell: a few pixels each side. */
  gtk_tree_view_column_set_min_width (verdict_column, widest + 2 * xpad + 8);
}

void
wp_comparison_reserve_widths (GtkTreeView         *view,
                              const int           *table_columns,
                              guint                n_columns,
                              GtkTreeViewColumn   *verdict_column,
                              const WpLimitsInput *input,
                              guint                platforms)
{
  Measure measure;

  measure_init (&measure, GTK_WIDGET (view));
  reserve_verdict_width (&measure, verdict_column);
  for (guint i = 0; i < n_columns; i++)
    {
      GtkTreeViewColumn *column = gtk_tree_view_get_column (view, i);
      g_autoptr (GPtrArray) texts = column_candidates (table_columns[i], input, platforms);
      int widest = measure_cells (&measure, column, (const char * const *) texts->pdata,
                                  texts->len);

      if (widest < 0)
        {
          fit_column (column, 0);
          continue;
        }
      gtk_tree_view_column_set_min_width (column, widest + measure.spacing);
      fit_column (column, widest + measure.spacing);
    }
  measure_clear (&measure);
}

int
wp_comparison_fit_texts (GtkTreeView        *view,
                         GtkTreeViewColumn  *column,
                         const char * const *texts,
                         guint               n_texts)
{
  Measure measure;
  int width;

  measure_init (&measure, GTK_WIDGET (view));
  width = MAX (measure_cells (&measure, column, texts, n_texts), 0) + measure.spacing;
  measure_clear (&measure);
  fit_column (column, width);
  return width;
}
