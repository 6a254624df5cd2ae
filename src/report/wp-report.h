/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The figures of the chosen platforms as text for people and programs:
 * the CSV and the aligned comparison table, the same for the command line
 * and the window's exports, and the table as TSV and HTML for the
 * clipboard. */
#pragma once

#include "limits/wp-limits.h"

G_BEGIN_DECLS

char     *wp_report_format_csv   (const WpLimitsInput *input,
                                  guint                platforms);
char     *wp_report_format_table (const WpLimitsInput *input,
                                  guint                platforms);
char     *wp_report_format_tsv   (const WpLimitsInput *input,
                                  guint                platforms);
char     *wp_report_format_html  (const WpLimitsInput *input,
                                  guint                platforms);
gboolean  wp_report_any_unstable (const WpLimitsInput *input,
                                  guint                platforms);

G_END_DECLS
