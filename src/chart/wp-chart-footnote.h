/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart's source footnote: the documents its figures come from, named
 * for the lines actually drawn (/work/shared/domain/limits.md).  Exported
 * and printed charts carry it; the window's chart does not. */
#pragma once

#include "limits/wp-limits.h"
#include "wp-chart-memory.h"

G_BEGIN_DECLS

char *wp_chart_footnote (const WpLimitsInput *input,
                         guint                platforms);
char *wp_chart_footnote_for_data (const WpChartData *data);

G_END_DECLS
