/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The comparison table's rows: one per visible platform, all text,
 * formatted in the locale. */
#pragma once

#include <gtk/gtk.h>

#include "limits/wp-limits.h"
#include "limits/wp-target.h"

G_BEGIN_DECLS

/* Columns of platform_store (ui/wp-comparison-table.ui). */
enum
{
  COLUMN_PLATFORM,
  COLUMN_NAME,
  COLUMN_POOL,
  COLUMN_PRACTICAL,
  COLUMN_THEORETICAL,
  COLUMN_SERVER_LIMIT,
  COLUMN_CLIENT_LIMIT,
  COLUMN_RATE,
  COLUMN_LIMITED_BY,
  COLUMN_WEIGHT,
  COLUMN_VERDICT,
  COLUMN_NEEDS,
  COLUMN_IN_USE,       /* the target rate's headroom (wp-headroom.h) */
  COLUMN_HEADROOM,
  COLUMN_EXHAUSTION,
  N_COLUMNS
};

/* Sets the row at @iter to @limits's platform, its @verdict and the
 * headroom at @input's target rate; leaves it as it is if it shows all
 * that already (a changed row is measured and drawn again). */
void wp_comparison_set_row (GtkListStore          *store,
                            GtkTreeIter           *iter,
                            const WpLimits        *limits,
                            const WpTargetVerdict *verdict,
                            const WpLimitsInput   *input);

G_END_DECLS
