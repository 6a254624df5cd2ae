/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the page's tests share (wp-test-page.c). */
#pragma once

#include "page/wp-page.h"

G_BEGIN_DECLS

char   *wp_test_page_write          (GBytes             *bytes,
                                     const char         *name);
void    wp_test_page_remove         (const char         *path);
char   *wp_test_page_tool           (const char         *tool);
char   *wp_test_page_poppler        (const char         *tool,
                                     const char         *path);
void    wp_test_page_assert_holds   (const char         *text,
                                     const char * const *expected,
                                     gsize               n);
GBytes *wp_test_page_pdf            (const WpPageReport *report,
                                     WpPagePaper         paper);
void    wp_test_page_assert_papers  (const WpPageReport *report);
void    wp_test_page_assert_renders (const WpPageReport *report);

G_END_DECLS
