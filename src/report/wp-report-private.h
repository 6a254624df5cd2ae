/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the report's writers share: a CSV field quoted as RFC 4180 says
 * (wp-csv.c), a cell padded to a terminal's width (wp-text-table.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void  wp_report_append_csv_field (GString    *csv,
                                  const char *field);
gsize wp_report_display_width    (const char *text);
void  wp_report_append_padded    (GString    *out,
                                  const char *text,
                                  gsize       width,
                                  gboolean    right);

G_END_DECLS
