/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The documents and rules of Vista and later (wp-sources-nt6.c), listed by
 * wp-sources.c after the specification's. */
#pragma once

#include "wp-sources.h"

G_BEGIN_DECLS

guint                   wp_sources_nt6_n_documents (void);
const WpSourceDocument *wp_sources_nt6_document    (guint index);
guint                   wp_sources_nt6_n_rules     (void);
const WpSourceRule     *wp_sources_nt6_rule        (guint index);

G_END_DECLS
