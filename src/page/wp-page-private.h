/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The report as a column of blocks (wp-page-blocks.c), laid out and drawn
 * by wp-page-report.c. */
#pragma once

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

GPtrArray *wp_page_blocks (const WpPageReport *report);

G_END_DECLS
