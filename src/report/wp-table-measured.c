/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison table with an import's figures after each row's own: the
 * connections measured, of them in TIME_WAIT, the client ports in use in
 * that row's client range and their share of it, the lines not understood. */
#define G_LOG_DOMAIN "wp-table"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "wp-table.h"

static const char * const measured_titles[WP_TABLE_N_MEASURED_COLUMNS] = {
  /* Translators: a column of the table, TCP connections (not LISTENING) an
   * imported netstat listed */
  N_("Measured conn."),
  /* Translators: a column of the table, of the measured connections */
  N_("In TIME_WAIT"),
  /* Translators: a column of the table, distinct local ports of the measured
   * connections inside the version's client port range */
  N_("Client ports used"),
  /* Translators: a column of the table, the share of the client port range
   * those ports are, "60 %" */
  N_("Of range"),
  /* Translators: a column of the table, lines of the imported file skipped */
  N_("Not understood"),
};

const char *
wp_table_measured_title (guint column)
{
  g_return_val_if_fail (column < WP_TABLE_N_MEASURED_COLUMNS, NULL);

  return _(measured_titles[column]);
}

static void
add_measured_cells (GPtrArray           *row,
                    const WpMeasurement *measurement,
                    WpPlatform           platform,
                    const WpLimitsInput *input)
{
  WpMeasuredPorts ports;
  gboolean has_range = wp_measurement_measure_platform (measurement, platform, input, &ports);

  g_ptr_array_add (row, wp_format_count (wp_measurement_get_connections (measurement)));
  g_ptr_array_add (row, wp_format_count (wp_measurement_get_time_wait (measurement)));
  g_ptr_array_add (row, has_range ? wp_format_count (ports.in_use) : g_strdup ("—"));
  g_ptr_array_add (row, has_range ? wp_headroom_format_pct (ports.in_use_pct) : g_strdup ("—"));
  g_ptr_array_add (row, wp_format_count (wp_measurement_get_not_understood (measurement)));
}

/* wp_table_cells(), each row followed by the measurement's cells (none
 * without one); its number of columns in *out_n_columns. */
GPtrArray *
wp_table_cells_measured (const WpLimitsInput *input,
                         guint                platforms,
                         const WpMeasurement *measurement,
                         guint               *out_n_columns)
{
  g_autoptr (GPtrArray) cells = wp_table_cells (input, platforms);
  guint n = wp_table_n_columns (input);
  GPtrArray *out;
  guint p = 0;

  *out_n_columns = n;
  if (measurement == NULL)
    return g_steal_pointer (&cells);

  *out_n_columns = n + WP_TABLE_N_MEASURED_COLUMNS;
  out = g_ptr_array_new_with_free_func (g_free);
  for (guint row = 0; row * n < cells->len; row++)
    {
      for (guint c = 0; c < n; c++)
        g_ptr_array_add (out, g_steal_pointer (&cells->pdata[row * n + c]));
      if (row == 0)
        {
          for (guint c = 0; c < WP_TABLE_N_MEASURED_COLUMNS; c++)
            g_ptr_array_add (out, g_strdup (wp_table_measured_title (c)));
          continue;
        }
      /* The next platform chosen: rows follow the platforms' order. */
      while (!(platforms & WP_PLATFORM_BIT (p)))
        p++;
      add_measured_cells (out, measurement, p++, input);
    }
  return out;
}
