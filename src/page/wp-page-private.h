/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The report as a column of blocks (wp-page-blocks.c), laid out and drawn
 * by wp-page-report.c. */
#pragma once

#include "report/wp-compare.h"
#include "wp-page.h"

G_BEGIN_DECLS

typedef enum
{
  WP_PAGE_BLOCK_TITLE,
  WP_PAGE_BLOCK_META,     /* customer, date, program */
  WP_PAGE_BLOCK_HEADING,
  WP_PAGE_BLOCK_BODY,
  WP_PAGE_BLOCK_STRONG,   /* the verdict */
  WP_PAGE_BLOCK_MONO,     /* registry values, commands */
  WP_PAGE_BLOCK_SMALL,    /* the sources */
  WP_PAGE_BLOCK_CHART,
  WP_PAGE_BLOCK_TABLE,
  WP_PAGE_N_BLOCK_KINDS
} WpPageBlockKind;

typedef struct
{
  WpPageBlockKind kind;
  char           *text;   /* NULL for the chart and the table */
} WpPageBlock;

GPtrArray  *wp_page_blocks         (const WpPageReport *report);
void        wp_page_add            (GPtrArray          *blocks,
                                    WpPageBlockKind     kind,
                                    char               *text);
gboolean    wp_page_given          (const char         *text);
char       *wp_page_meta_line      (const WpPageReport *report);
char       *wp_page_sources_text   (const WpLimits     *limits,
                                    guint               n);

/* wp-page-compare.c: the page's title, the comparison's blocks, and its
 * table's cells with the rows in bold (those that differ). */
const char *wp_page_title          (const WpPageReport *report);
void        wp_page_compare_blocks (GPtrArray          *blocks,
                                    const WpPageReport *report);
GPtrArray  *wp_page_compare_cells  (const WpPageReport *report,
                                    gboolean            bold_rows[WP_COMPARE_N_ROWS + 1]);

G_END_DECLS
