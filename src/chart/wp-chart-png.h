/* SPDX-License-Identifier: GPL-3.0-or-later */
/* PNG encoding of an opaque image surface for chart exports: RGB rows with
 * the Sub filter, deflated by GIO's GZlibCompressor at a fast level.  A
 * chart is mostly flat colour, which Sub turns into runs of zeros; this is
 * several times faster than cairo_surface_write_to_png(), whose libpng
 * tries every filter on every row. */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

GBytes *wp_chart_png_encode (cairo_surface_t *surface,
                             GError         **error);

G_END_DECLS
