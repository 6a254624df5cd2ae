/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Where every figure comes from: the documents the project stands on
 * (shared/domain/limits.md), the rules the calculator applies, each naming
 * its documents, and for one platform's computed figures the rules that
 * produced each of them.  Pure: GLib only, no GTK.
 */
#pragma once

#include "limits/wp-limits.h"

G_BEGIN_DECLS

typedef struct
{
  const char *id;          /* stable: "kb100072", "askperf-pool", … */
  const char *reference;   /* how a line cites it: "Microsoft KB 196271" */
  gboolean    translated;  /* the reference is a description, N_() marked */
  const char *title;       /* as published, untranslated; NULL: none known */
  const char *publisher;   /* "Microsoft"; NULL when the reference says it */
  gboolean    third_party; /* neither Microsoft's nor the specification */
  const char *note;        /* N_() marked: what the project takes from it */
} WpSourceDocument;

#define WP_SOURCE_RULE_MAX_DOCUMENTS 4

typedef struct
{
  const char *id;          /* stable: "pool-estimate", … */
  const char *text;        /* N_() marked */
  const char *documents[WP_SOURCE_RULE_MAX_DOCUMENTS + 1];  /* ids, NULL-ended */
} WpSourceRule;

/* The figures the views show for a platform. */
typedef enum
{
  WP_SOURCES_FIGURE_POOL,
  WP_SOURCES_FIGURE_PRACTICAL,
  WP_SOURCES_FIGURE_THEORETICAL,
  WP_SOURCES_FIGURE_MAX_CONNECTIONS,
  WP_SOURCES_FIGURE_CLIENT_PORTS,
  WP_SOURCES_FIGURE_TIME_WAIT,
  WP_SOURCES_FIGURE_RATE,
  WP_SOURCES_FIGURE_SERVER_LIMIT,
  WP_SOURCES_FIGURE_CLIENT_LIMIT,
  WP_SOURCES_N_FIGURES
} WpSourcesFigure;

#define WP_SOURCES_FIGURE_MAX_RULES 6

/* One figure of one platform, and the rules that produced it. */
typedef struct
{
  WpSourcesFigure figure;
  char           *value;    /* as the views show it; "—" when it does not apply */
  const char     *rules[WP_SOURCES_FIGURE_MAX_RULES + 1];  /* rule ids, NULL-ended */
} WpSourcesEntry;

/* Microsoft's measured x86 non-paged pool maxima (AskPerf, 2007). */
#define WP_SOURCES_N_MEASURED 4

typedef struct
{
  guint ram_mb;
  guint win2000_mb;
  guint win2003_sp1_mb;
} WpSourcesMeasuredPool;

guint                   wp_sources_n_documents     (void);
const WpSourceDocument *wp_sources_document        (guint       index);
const WpSourceDocument *wp_sources_find_document   (const char *id);
const char             *wp_sources_document_reference (const WpSourceDocument *document);
char                   *wp_sources_document_label  (const WpSourceDocument *document);
const char             *wp_sources_document_address (const WpSourceDocument *document);

guint                   wp_sources_n_rules         (void);
const WpSourceRule     *wp_sources_rule            (guint       index);
const WpSourceRule     *wp_sources_find_rule       (const char *id);
const char             *wp_sources_rule_text       (const WpSourceRule *rule);
char                   *wp_sources_rule_documents  (const WpSourceRule *rule);

const char             *wp_sources_figure_label    (WpSourcesFigure figure);
const char             *wp_sources_figure_summary  (WpSourcesFigure figure);

const WpSourcesMeasuredPool *wp_sources_measured_pool (guint index);

GPtrArray              *wp_sources_for_limits      (const WpLimits *limits);
void                    wp_sources_entry_free      (WpSourcesEntry *entry);
char                   *wp_sources_entry_documents (const WpSourcesEntry *entry);
char                   *wp_sources_entry_line      (const WpSourcesEntry *entry);
GPtrArray              *wp_sources_documents_for_limits (const WpLimits *limits);

char                   *wp_sources_format_text     (const WpLimitsInput *input,
                                                    int                  platform);

G_END_DECLS
