/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void        wp_i18n_init       (void);
const char *wp_i18n_locale_dir (void);

G_END_DECLS
