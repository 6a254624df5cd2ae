/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison table's column widths: each column takes the width of
 * the widest text it can show in bold from the start, so that neither a
 * value that grows as a slider moves nor the bold selected row widens it
 * later (issue 14: nothing jumps). */
#pragma once

#include <gtk/gtk.h>

#include "limits/wp-limits.h"

G_BEGIN_DECLS

/* Fixes the widths of @view's first @n_columns columns, which show the
 * table's columns @table_columns (WP_TABLE_*, -1: the client limit) for
 * @input with the platforms @platforms (WP_PLATFORM_BIT), and the minimum
 * width of @verdict_column (either verdict's word). */
void wp_comparison_reserve_widths (GtkTreeView         *view,
                                   const int           *table_columns,
                                   guint                n_columns,
                                   GtkTreeViewColumn   *verdict_column,
                                   const WpLimitsInput *input,
                                   guint                platforms);

/* Fixes @column's width to that of the widest of @texts in bold; returns
 * it (before the header's width is taken into account). */
int  wp_comparison_fit_texts      (GtkTreeView         *view,
                                   GtkTreeViewColumn   *column,
                                   const char * const  *texts,
                                   guint                n_texts);

G_END_DECLS
