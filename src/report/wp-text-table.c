/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-text-table"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "limits/wp-target.h"
#include "wp-report.h"
#include "wp-table.h"

/* Width of a string on a terminal: wide (CJK) characters take two cells. */
static gsize
display_width (const char *text)
{
  gsize width = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }

  return width;
}

static void
append_padded (GString    *out,
               const char *text,
               gsize       width,
               gboolean    right)
{
  gsize pad = width - MIN (width, display_width (text));

  if (!right)
    g_string_append (out, text);
  for (gsize i = 0; i < pad; i++)
    g_string_append_c (out, ' ');
  if (right)
    g_string_append (out, text);
}

char *
wp_report_format_table (const WpLimitsInput *input,
                     guint                platforms)
{
  return wp_report_format_table_measured (input, platforms, NULL);
}

char *
wp_report_format_table_measured (const WpLimitsInput *input,
                                 guint                platforms,
                                 const WpMeasurement *measurement)
{
  guint n;
  g_autoptr (GPtrArray) cells = wp_table_cells_measured (input, platforms, measurement, &n);
  g_autofree char *ram = wp_format_ram_mb (input->ram_mb);
  g_autofree char *time_wait = NULL;
  g_autofree char *max_user_port = NULL;
  g_autofree char *target = wp_target_format_target (input);
  gsize widths[WP_TABLE_N_COLUMNS + WP_TABLE_N_MEASURED_COLUMNS] = { 0 };
  guint rows = cells->len / n;
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < cells->len; i++)
    widths[i % n] = MAX (widths[i % n], display_width (g_ptr_array_index (cells, i)));

  time_wait = wp_format_time_wait_input (input->time_wait_s);

  max_user_port = wp_format_count (input->max_user_port);
  /* Translators: the inputs above the table: RAM, MaxUserPort, TIME_WAIT */
  g_string_append_printf (out, _("RAM %s, MaxUserPort %s, TIME_WAIT %s"), ram,
                          max_user_port, time_wait);
  if (input->socketwrench_legacy)
    g_string_append_printf (out, _(", SocketWrench 3.6 (%u per process)"),
                            WP_SOCKETWRENCH_PROCESS_CAP);
  if (platforms & WP_PLATFORMS_NT6)
    /* Translators: the inputs of Vista and later above the table: the
     * dynamic port range's start and number, the assumed pool per
     * connection, ", dynamic ports 49152 + 16384, 16 KB per connection
     * (assumed)" */
    g_string_append_printf (out, _(", dynamic ports %u + %u, %u KB per connection (assumed)"),
                            input->port_start, input->port_count, input->connection_cost_kb);
  if (target != NULL)
    /* Translators: the target after the inputs, "; target 20,000 connections" */
    g_string_append_printf (out, _("; target %s"), target);
  g_string_append (out, "\n\n");

  for (guint r = 0; r < rows; r++)
    {
      for (guint c = 0; c < n; c++)
        {
          if (c > 0)
            g_string_append (out, "  ");
          append_padded (out, g_ptr_array_index (cells, r * n + c),
                         c == n - 1 ? 0 : widths[c],
                         c >= wp_table_n_columns (input) || wp_table_column_numeric (c));
        }
      g_string_append_c (out, '\n');
    }

  if (wp_report_any_unstable (input, platforms))
    g_string_append_printf (out,
                            _("\nWarning: MaxConnections above %u may make Windows 95, 98 and ME unstable.\n"),
                            WP_MAX_CONNECTIONS_STABLE);

  return g_string_free (out, FALSE);
}

/* The table for pasting into a spreadsheet: tab-separated cells, the first
 * row the titles, a line end after every row. */
char *
wp_report_format_tsv (const WpLimitsInput *input,
                      guint                platforms)
{
  g_autoptr (GPtrArray) cells = wp_table_cells (input, platforms);
  guint n = wp_table_n_columns (input);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < cells->len; i++)
    {
      const char *cell = g_ptr_array_index (cells, i);

      /* A cell holds no tab or line end; the figures none at all. */
      g_string_append (out, cell);
      g_string_append_c (out, (i + 1) % n == 0 ? '\n' : '\t');
    }

  return g_string_free (out, FALSE);
}

/* The table for pasting into a document: an HTML table, its first row the
 * column titles, the figures aligned right. */
char *
wp_report_format_html (const WpLimitsInput *input,
                       guint                platforms)
{
  g_autoptr (GPtrArray) cells = wp_table_cells (input, platforms);
  guint n = wp_table_n_columns (input);
  GString *out = g_string_new ("<table>\n");

  for (guint i = 0; i < cells->len; i++)
    {
      WpTableColumn column = i % n;
      gboolean title = i < n;
      g_autofree char *text = g_markup_escape_text (g_ptr_array_index (cells, i), -1);

      if (column == 0)
        g_string_append (out, "<tr>");
      g_string_append_printf (out, "<%s%s>%s</%s>", title ? "th" : "td",
                              wp_table_column_numeric (column) ? " align=\"right\"" : "",
                              text, title ? "th" : "td");
      if (column == n - 1)
        g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</table>\n");

  return g_string_free (out, FALSE);
}
