/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Scenarios side by side (WpNamedInput, up to WP_COMPARE_MAX): a column of
 * figures per scenario, a row per figure, the rows where the scenarios
 * differ marked with "≠" (in text, not by colour).  The command line's
 * --compare --table and --csv and the window's comparison share it. */
#pragma once

#include "limits/wp-named-input.h"

G_BEGIN_DECLS

typedef enum
{
  WP_COMPARE_ROW_VERSION,
  WP_COMPARE_ROW_RAM,
  WP_COMPARE_ROW_MAX_USER_PORT,
  WP_COMPARE_ROW_TIME_WAIT,
  WP_COMPARE_ROW_PORT_RANGE,
  WP_COMPARE_ROW_SERVER_LIMIT,
  WP_COMPARE_ROW_CLIENT_LIMIT,
  WP_COMPARE_ROW_LIMITED_BY,
  WP_COMPARE_ROW_VERDICT,
  WP_COMPARE_ROW_MEASURED,      /* shown only when a scenario holds a measurement */
  WP_COMPARE_N_ROWS
} WpCompareRow;

/* The mark of a row whose figures differ. */
#define WP_COMPARE_DIFFERS_MARK "≠"

const char *wp_compare_row_title   (WpCompareRow        row);
char       *wp_compare_cell        (const WpNamedInput *entry,
                                    WpCompareRow        row);
gboolean    wp_compare_row_differs (const WpNamedInput *entries,
                                    guint               n,
                                    WpCompareRow        row);
gboolean    wp_compare_row_shown   (const WpNamedInput *entries,
                                    guint               n,
                                    WpCompareRow        row);
const char *wp_compare_differs_note (void);

char       *wp_report_format_compare_table (const WpNamedInput *entries,
                                            guint               n);
char       *wp_report_format_compare_csv   (const WpNamedInput *entries,
                                            guint               n);

G_END_DECLS
