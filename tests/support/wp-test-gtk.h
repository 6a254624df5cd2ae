/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests under a display share: pumping the GTK main loop. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void wp_test_iterate     (void);
void wp_test_iterate_for (guint ms);

G_END_DECLS
