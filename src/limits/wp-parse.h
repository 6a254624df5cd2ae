/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Parsers for outside input (command-line options, settings): each returns
 * FALSE with one clear, translated message and leaves *out untouched. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WP_PARSE_ERROR (wp_parse_error_quark ())

typedef enum
{
  WP_PARSE_ERROR_EMPTY,
  WP_PARSE_ERROR_INVALID,
  WP_PARSE_ERROR_NEGATIVE,
  WP_PARSE_ERROR_FRACTION,
  WP_PARSE_ERROR_UNIT,
  WP_PARSE_ERROR_RANGE,
  WP_PARSE_ERROR_PLATFORM,
} WpParseError;

GQuark   wp_parse_error_quark (void);

gboolean wp_parse_uint        (const char *text,
                               guint64     min,
                               guint64     max,
                               guint64    *out,
                               GError    **error);
gboolean wp_parse_count       (const char *text,
                               guint64     min,
                               guint64     max,
                               guint64    *out,
                               GError    **error);
gboolean wp_parse_seconds_ms  (const char *text,
                               guint64     max_ms,
                               guint64    *out_ms,
                               GError    **error);
gboolean wp_parse_ram_mb      (const char *text,
                               guint64    *out_mb,
                               GError    **error);
gboolean wp_parse_platforms   (const char *text,
                               guint      *out_mask,
                               GError    **error);
gboolean wp_parse_image_size  (const char *text,
                               guint       max_side,
                               guint      *out_width,
                               guint      *out_height,
                               GError    **error);

G_END_DECLS
