/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A4 or Letter: by name, by the locale's LC_PAPER, and their sizes. */
#define G_LOG_DOMAIN "wp-page"

#include "config.h"

#include <langinfo.h>

#include "wp-page.h"

/* The paper of the locale's LC_PAPER, where glibc tells it (its width in
 * millimetres: 216 is Letter's); else A4, the paper of most of the world. */
WpPagePaper
wp_page_paper_default (void)
{
#ifdef __GLIBC__   /* _NL_PAPER_WIDTH is an enum value, not a macro */
  /* A word, not a string: read as GTK's paper size does. */
  union
  {
    unsigned int word;
    char        *string;
  } width_mm;

  width_mm.string = nl_langinfo (_NL_PAPER_WIDTH);
  if (width_mm.word == 216)
    return WP_PAGE_PAPER_LETTER;
#endif
  return WP_PAGE_PAPER_A4;
}

/* "a4" or "letter", in any case. */
gboolean
wp_page_paper_from_name (const char  *name,
                         WpPagePaper *out_paper)
{
  g_return_val_if_fail (name != NULL, FALSE);

  if (g_ascii_strcasecmp (name, "a4") == 0)
    *out_paper = WP_PAGE_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    *out_paper = WP_PAGE_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

void
wp_page_paper_size (WpPagePaper paper,
                    double     *out_width,
                    double     *out_height)
{
  gboolean letter = paper == WP_PAGE_PAPER_LETTER;

  *out_width = letter ? WP_PAGE_LETTER_WIDTH : WP_PAGE_A4_WIDTH;
  *out_height = letter ? WP_PAGE_LETTER_HEIGHT : WP_PAGE_A4_HEIGHT;
}
