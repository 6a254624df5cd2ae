/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Figures as people read them, in the user's locale (thousands separators,
 * decimal comma where the locale has one); a number and its unit are
 * joined by a no-break space (U+00A0), so that "240 s" never wraps apart. */
#pragma once

#include <glib.h>

#include "wp-limits.h"

G_BEGIN_DECLS

char *wp_format_count   (guint64 count);
char *wp_format_ram_mb  (guint64 ram_mb);
char *wp_format_pool_mb (double  pool_mb);
char *wp_format_time_wait       (guint seconds);
char *wp_format_time_wait_input (guint time_wait_s);
char *wp_format_rate    (const WpLimits *limits);
char *wp_format_rate_csv (const WpLimits *limits);
gulong wp_format_rate_plural (const WpLimits *limits);

G_END_DECLS
