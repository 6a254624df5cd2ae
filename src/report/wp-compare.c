/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-compare"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "limits/wp-target.h"
#include "wp-compare.h"
#include "wp-report-private.h"
#include "wp-table.h"

const char *
wp_compare_row_title (WpCompareRow row)
{
  switch (row)
    {
    case WP_COMPARE_ROW_VERSION:       return _("Windows version");
    case WP_COMPARE_ROW_RAM:           return _("RAM");
    case WP_COMPARE_ROW_MAX_USER_PORT: return _("MaxUserPort");
    case WP_COMPARE_ROW_TIME_WAIT:     return _("TIME_WAIT");
    case WP_COMPARE_ROW_PORT_RANGE:    return _("Client port range");
    case WP_COMPARE_ROW_SERVER_LIMIT:  return wp_table_column_title (WP_TABLE_SERVER_LIMIT);
    case WP_COMPARE_ROW_CLIENT_LIMIT:  return wp_table_column_title (WP_TABLE_CLIENT_LIMIT);
    case WP_COMPARE_ROW_LIMITED_BY:    return wp_table_column_title (WP_TABLE_LIMITED_BY);
    case WP_COMPARE_ROW_VERDICT:       return wp_table_column_title (WP_TABLE_VERDICT);
    /* Translators: a comparison's row, the TCP connections (not LISTENING)
     * an imported netstat listed */
    case WP_COMPARE_ROW_MEASURED:      return _("Measured connections");
    case WP_COMPARE_N_ROWS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The client ports' range: NT 4.0 to 2003 1025..MaxUserPort, Vista and
 * later the dynamic range; "—" where no range is sourced (9x). */
static char *
port_range_cell (const WpNamedInput *entry)
{
  WpFamily family = wp_platform_info (entry->platform)->family;

  if (family == WP_FAMILY_NT)
    return g_strdup_printf ("%u–%u", WP_FIRST_CLIENT_PORT, entry->input.max_user_port);
  if (family == WP_FAMILY_NT6 && entry->input.port_count > 0)
    return g_strdup_printf ("%u–%u", entry->input.port_start,
                            entry->input.port_start + entry->input.port_count - 1);
  return g_strdup ("—");
}

/* One figure of one scenario, as the table shows it; "—" where it does
 * not apply. */
char *
wp_compare_cell (const WpNamedInput *entry,
                 WpCompareRow        row)
{
  WpLimits limits;

  g_return_val_if_fail (entry != NULL && wp_platform_is_valid (entry->platform), NULL);

  wp_limits_compute (entry->platform, &entry->input, &limits);
  switch (row)
    {
    case WP_COMPARE_ROW_VERSION:
      return g_strdup (wp_platform_name (entry->platform));
    case WP_COMPARE_ROW_RAM:
      return wp_format_ram_mb (entry->input.ram_mb);
    case WP_COMPARE_ROW_MAX_USER_PORT:
      return limits.family == WP_FAMILY_NT ? wp_format_count (entry->input.max_user_port)
                                           : g_strdup ("—");
    case WP_COMPARE_ROW_TIME_WAIT:
      return limits.has_rate ? wp_format_time_wait (limits.time_wait_s) : g_strdup ("—");
    case WP_COMPARE_ROW_PORT_RANGE:
      return port_range_cell (entry);
    case WP_COMPARE_ROW_SERVER_LIMIT:
      return limits.has_server_limit ? wp_format_count (limits.server_limit) : g_strdup ("—");
    case WP_COMPARE_ROW_CLIENT_LIMIT:
      return wp_format_count (limits.client_limit);
    case WP_COMPARE_ROW_LIMITED_BY:
      return g_strdup (limits.has_server_limit
                       ? wp_limiting_factor_label (limits.server_limited_by) : "—");
    case WP_COMPARE_ROW_VERDICT:
      if (wp_target_given (&entry->input))
        {
          WpTargetVerdict verdict;

          wp_target_verdict (entry->platform, &entry->input, &verdict);
          return wp_target_format_verdict (&verdict);
        }
      return g_strdup ("—");
    case WP_COMPARE_ROW_MEASURED:
      return entry->measured ? wp_format_count (entry->measured_connections) : g_strdup ("—");
    case WP_COMPARE_N_ROWS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Whether the scenarios' cells in @row are not all the same. */
/* Every row but the measured one, which only a scenario with a
 * measurement brings. */
gboolean
wp_compare_row_shown (const WpNamedInput *entries,
                      guint               n,
                      WpCompareRow        row)
{
  g_return_val_if_fail (entries != NULL || n == 0, FALSE);

  if (row != WP_COMPARE_ROW_MEASURED)
    return TRUE;
  for (guint i = 0; i < n; i++)
    if (entries[i].measured)
      return TRUE;
  return FALSE;
}

gboolean
wp_compare_row_differs (const WpNamedInput *entries,
                        guint               n,
                        WpCompareRow        row)
{
  g_autofree char *first = NULL;

  g_return_val_if_fail (entries != NULL || n == 0, FALSE);

  if (n < 2)
    return FALSE;
  first = wp_compare_cell (&entries[0], row);
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *cell = wp_compare_cell (&entries[i], row);

      if (g_strcmp0 (first, cell) != 0)
        return TRUE;
    }
  return FALSE;
}

const char *
wp_compare_differs_note (void)
{
  /* Translators: under the comparison table; keep the mark "≠" */
  return _("≠ marks the rows where the scenarios differ.");
}

/* A column per scenario (its name over it), a row per figure, "≠" before
 * the title of a row that differs; aligned for a terminal. */
char *
wp_report_format_compare_table (const WpNamedInput *entries,
                                guint               n)
{
  g_autoptr (GPtrArray) cells = NULL;
  gsize widths[WP_COMPARE_MAX + 1] = { 0 };
  WpCompareRow rows[WP_COMPARE_N_ROWS];
  guint n_rows = 0;
  GString *out;

  g_return_val_if_fail (entries != NULL && n > 0 && n <= WP_COMPARE_MAX, g_strdup (""));

  cells = g_ptr_array_new_with_free_func (g_free);
  out = g_string_new (NULL);

  g_ptr_array_add (cells, g_strdup (""));
  /* A name on one line, so that the columns stay aligned. */
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (cells, g_strdelimit (g_strdup (entries[i].name), "\r\n\t", ' '));
  for (guint r = 0; r < WP_COMPARE_N_ROWS; r++)
    if (wp_compare_row_shown (entries, n, r))
      {
        rows[n_rows++] = r;
        g_ptr_array_add (cells, g_strdup (wp_compare_row_title (r)));
        for (guint i = 0; i < n; i++)
          g_ptr_array_add (cells, wp_compare_cell (&entries[i], r));
      }
  for (guint c = 0; c < cells->len; c++)
    widths[c % (n + 1)] = MAX (widths[c % (n + 1)],
                               wp_report_display_width (g_ptr_array_index (cells, c)));

  for (guint r = 0; r < n_rows + 1; r++)
    {
      gboolean differs = r > 0 && wp_compare_row_differs (entries, n, rows[r - 1]);

      g_string_append (out, differs ? WP_COMPARE_DIFFERS_MARK " " : "  ");
      for (guint c = 0; c <= n; c++)
        {
          if (c > 0)
            g_string_append (out, "  ");
          wp_report_append_padded (out, g_ptr_array_index (cells, r * (n + 1) + c),
                                   c == n ? 0 : widths[c], FALSE);
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out, "\n%s\n", wp_compare_differs_note ());
  return g_string_free (out, FALSE);
}

/* A row per scenario: its name, its inputs and figures, machine-readable
 * (ids, plain numbers; empty where a figure does not apply). */
char *
wp_report_format_compare_csv (const WpNamedInput *entries,
                              guint               n)
{
  gboolean measured;
  GString *csv;

  g_return_val_if_fail (entries != NULL || n == 0, g_strdup (""));

  measured = n > 0 && wp_compare_row_shown (entries, n, WP_COMPARE_ROW_MEASURED);
  csv = g_string_new ("scenario,platform,ram_mb,max_user_port,time_wait_s,port_start,"
                      "port_count,server_limit,client_limit,limited_by,meets_target");
  /* With an import, as the plan's CSV has its measured columns */
  g_string_append (csv, measured ? ",measured_connections\n" : "\n");

  for (guint i = 0; i < n; i++)
    {
      const WpNamedInput *entry = &entries[i];
      WpLimits limits;

      wp_limits_compute (entry->platform, &entry->input, &limits);
      wp_report_append_csv_field (csv, entry->name);
      g_string_append_printf (csv, ",%s,%" G_GUINT64_FORMAT ",",
                              wp_platform_info (entry->platform)->id, entry->input.ram_mb);
      if (limits.family == WP_FAMILY_NT)
        g_string_append_printf (csv, "%u", entry->input.max_user_port);
      g_string_append_c (csv, ',');
      if (limits.has_rate)
        g_string_append_printf (csv, "%u", limits.time_wait_s);
      if (limits.family == WP_FAMILY_NT6)
        g_string_append_printf (csv, ",%u,%u,", entry->input.port_start, entry->input.port_count);
      else
        g_string_append (csv, ",,,");
      if (limits.has_server_limit)
        g_string_append_printf (csv, "%u", limits.server_limit);
      g_string_append_printf (csv, ",%u,%s,", limits.client_limit,
                              limits.has_server_limit
                              ? wp_limiting_factor_id (limits.server_limited_by) : "");
      if (wp_target_given (&entry->input))
        {
          WpTargetVerdict verdict;

          wp_target_verdict (entry->platform, &entry->input, &verdict);
          g_string_append (csv, verdict.meets ? "yes" : "no");
        }
      if (measured)
        {
          g_string_append_c (csv, ',');
          if (entry->measured)
            g_string_append_printf (csv, "%" G_GUINT64_FORMAT, entry->measured_connections);
        }
      g_string_append_c (csv, '\n');
    }
  return g_string_free (csv, FALSE);
}
