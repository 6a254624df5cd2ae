/* SPDX-License-Identifier: GPL-3.0-or-later */
/* PNG encoding of an opaque image surface for chart exports, by libpng:
 * 8-bit RGB rows, written into memory. */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

GBytes *wp_chart_png_encode (cairo_surface_t *surface,
                             GError         **error);

G_END_DECLS
