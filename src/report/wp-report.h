/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The figures of the chosen platforms as text for people and programs:
 * the CSV and the aligned comparison table, the same for the command line
 * and the window's exports, and the table as TSV and HTML for the
 * clipboard. */
#pragma once

#include "import/wp-measurement.h"
#include "limits/wp-limits.h"

G_BEGIN_DECLS

char     *wp_report_format_csv   (const WpLimitsInput *input,
                                  guint                platforms);
char     *wp_report_format_table (const WpLimitsInput *input,
                                  guint                platforms);
/* With an import's figures (NULL: none) after every column, on every row:
 * measured_connections, measured_time_wait, measured_client_ports and
 * measured_client_pct (in the row's client range; empty on 9x),
 * lines_not_understood; the table shows them as its last columns. */
char     *wp_report_format_csv_measured   (const WpLimitsInput *input,
                                           guint                platforms,
                                           const WpMeasurement *measurement);
char     *wp_report_format_table_measured (const WpLimitsInput *input,
                                           guint                platforms,
                                           const WpMeasurement *measurement);
char     *wp_report_format_tsv   (const WpLimitsInput *input,
                                  guint                platforms);
char     *wp_report_format_html  (const WpLimitsInput *input,
                                  guint                platforms);
gboolean  wp_report_any_unstable (const WpLimitsInput *input,
                                  guint                platforms);

G_END_DECLS
