/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison's page, block by block: the title and date, the
 * scenarios' chart and table (a column each, "≠" and bold on the rows that
 * differ, as report/wp-compare.c marks them), then each one's name,
 * version and customer over its verdict and registry values, and the
 * documents all their figures come from.  Laid out, shrunk and written as
 * the plan's report is. */
#define G_LOG_DOMAIN "wp-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chart/wp-chart-compare.h"
#include "limits/wp-target.h"
#include "report/wp-readout.h"
#include "wp-page-private.h"

/* The report's title: the plan's name, else what the page is. */
const char *
wp_page_title (const WpPageReport *report)
{
  if (report->n_compare > 0)
    /* Translators: the title of the report comparing scenarios */
    return _("Scenarios compared");
  return wp_page_given (report->name) ? report->name : _("Winsock Planner report");
}

/* Each scenario: its mark, name, version and customer, its verdict where
 * a target is given, its registry values and netsh command. */
static void
add_scenario (GPtrArray          *blocks,
              const WpPageReport *report,
              guint               index)
{
  const WpNamedInput *entry = &report->compare[index];
  GString *heading = g_string_new (NULL);
  char *verdict;

  g_string_printf (heading, "%s %s — %s", wp_chart_compare_shape_glyph (index), entry->name,
                   wp_platform_name (entry->platform));
  if (wp_page_given (entry->customer))
    {
      /* Translators: a compared scenario's customer, as typed */
      g_autofree char *customer = g_strdup_printf (_("Customer: %s"), entry->customer);

      g_string_append_printf (heading, " · %s", customer);
    }
  wp_page_add (blocks, WP_PAGE_BLOCK_HEADING, g_string_free (heading, FALSE));
  verdict = wp_target_format_sentence (entry->platform, &entry->input);
  if (verdict != NULL)
    wp_page_add (blocks, WP_PAGE_BLOCK_STRONG, verdict);
  wp_page_add (blocks, WP_PAGE_BLOCK_MONO, wp_readout_registry (entry->platform, &entry->input));
}

void
wp_page_compare_blocks (GPtrArray          *blocks,
                        const WpPageReport *report)
{
  WpLimits limits[WP_COMPARE_MAX];
  guint n = MIN (report->n_compare, WP_COMPARE_MAX);
  /* Only the date above: each scenario's name and customer head its part. */
  WpPageReport dated = { .date = report->date };

  wp_page_add (blocks, WP_PAGE_BLOCK_TITLE, g_strdup (wp_page_title (report)));
  wp_page_add (blocks, WP_PAGE_BLOCK_META, wp_page_meta_line (&dated));
  wp_page_add (blocks, WP_PAGE_BLOCK_CHART, NULL);
  wp_page_add (blocks, WP_PAGE_BLOCK_TABLE, NULL);
  wp_page_add (blocks, WP_PAGE_BLOCK_SMALL, g_strdup (wp_compare_differs_note ()));
  for (guint i = 0; i < n; i++)
    {
      add_scenario (blocks, report, i);
      wp_limits_compute (report->compare[i].platform, &report->compare[i].input, &limits[i]);
    }
  wp_page_add (blocks, WP_PAGE_BLOCK_HEADING, g_strdup (_("Sources")));
  wp_page_add (blocks, WP_PAGE_BLOCK_SMALL, wp_page_sources_text (limits, n));
}

/* The comparison table's cells, row by row (the names over their
 * columns), and which rows are bold: those that differ, their titles
 * marked "≠".  The verdict row says only "✓ Meets" or "✗ Fails": what
 * would pass is each scenario's sentence under the table. */
GPtrArray *
wp_page_compare_cells (const WpPageReport *report,
                       gboolean            bold_rows[WP_COMPARE_N_ROWS + 1])
{
  const WpNamedInput *entries = report->compare;
  guint n = MIN (report->n_compare, WP_COMPARE_MAX);
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);

  bold_rows[0] = FALSE;
  g_ptr_array_add (cells, g_strdup (""));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (cells, g_strdup_printf ("%s %s", wp_chart_compare_shape_glyph (i),
                                             entries[i].name));
  for (guint r = 0, row = 1; r < WP_COMPARE_N_ROWS; r++)
    {
      gboolean differs = wp_compare_row_differs (entries, n, r);

      if (!wp_compare_row_shown (entries, n, r))
        continue;
      bold_rows[row++] = differs;
      g_ptr_array_add (cells, differs ? g_strconcat (WP_COMPARE_DIFFERS_MARK " ",
                                                     wp_compare_row_title (r), NULL)
                                      : g_strdup (wp_compare_row_title (r)));
      for (guint i = 0; i < n; i++)
        {
          WpTargetVerdict verdict;

          if (r != WP_COMPARE_ROW_VERDICT || !wp_target_given (&entries[i].input))
            {
              g_ptr_array_add (cells, wp_compare_cell (&entries[i], r));
              continue;
            }
          wp_target_verdict (entries[i].platform, &entries[i].input, &verdict);
          g_ptr_array_add (cells, g_strdup (wp_target_format_word (&verdict)));
        }
    }
  return cells;
}
