/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean wp_file_replace_contents (GFile       *file,
                                   const void  *data,
                                   gsize        size,
                                   GError     **error);

G_END_DECLS
