/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpCompareTable: scenarios side by side as a grid (report/wp-compare.h),
 * a column per scenario, the rows that differ marked "≠" and in bold. */
#pragma once

#include <gtk/gtk.h>

#include "limits/wp-named-input.h"

G_BEGIN_DECLS

#define WP_TYPE_COMPARE_TABLE (wp_compare_table_get_type ())
G_DECLARE_FINAL_TYPE (WpCompareTable, wp_compare_table, WP, COMPARE_TABLE, GtkBox)

GtkWidget *wp_compare_table_new         (void);
void       wp_compare_table_set_entries (WpCompareTable     *self,
                                         const WpNamedInput *entries,
                                         guint               n);
/* The label at @column (0: the "≠" mark, 1: the titles, then each
 * scenario's), @row (0: the names, then WpCompareRow + 1), or NULL. */
GtkLabel  *wp_compare_table_get_cell    (WpCompareTable     *self,
                                         guint               column,
                                         guint               row);

G_END_DECLS
