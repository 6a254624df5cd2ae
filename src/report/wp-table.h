/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison table of the chosen platforms as formatted text cells: one
 * list of columns for `--table` and the printed page. */
#pragma once

#include "import/wp-measurement.h"
#include "limits/wp-limits.h"

G_BEGIN_DECLS

typedef enum
{
  WP_TABLE_PLATFORM,
  WP_TABLE_POOL,
  WP_TABLE_PRACTICAL,
  WP_TABLE_THEORETICAL,
  WP_TABLE_CLIENT_LIMIT,
  WP_TABLE_RATE,
  WP_TABLE_SERVER_LIMIT,
  WP_TABLE_LIMITED_BY,
  WP_TABLE_VERDICT,      /* only with a target: see wp_table_n_columns() */
  WP_TABLE_IN_USE,       /* these three only with a rate (wp-headroom.h) */
  WP_TABLE_HEADROOM,
  WP_TABLE_EXHAUSTION,
  WP_TABLE_N_COLUMNS
} WpTableColumn;

const char *wp_table_column_title   (WpTableColumn column);
const char *wp_table_column_source  (WpTableColumn column);
gboolean    wp_table_column_numeric (WpTableColumn column);
guint       wp_table_n_columns      (const WpLimitsInput *input);
GPtrArray  *wp_table_cells          (const WpLimitsInput *input,
                                     guint                platforms);

/* An import's columns after the others (wp-table-measured.c), numeric. */
#define WP_TABLE_N_MEASURED_COLUMNS 5u
const char *wp_table_measured_title (guint                column);
GPtrArray  *wp_table_cells_measured (const WpLimitsInput *input,
                                     guint                platforms,
                                     const WpMeasurement *measurement,
                                     guint               *out_n_columns);

G_END_DECLS
