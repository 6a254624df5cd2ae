/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the report says, block by block, each in the words the window and
 * the command line already use (readouts, verdict, registry, sources). */
#define G_LOG_DOMAIN "wp-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "limits/wp-target.h"
#include "report/wp-readout.h"
#include "report/wp-sources.h"
#include "wp-page-private.h"

static void
block_free (gpointer data)
{
  WpPageBlock *block = data;

  g_free (block->text);
  g_free (block);
}

/* Takes @text. */
static void
add (GPtrArray       *blocks,
     WpPageBlockKind  kind,
     char            *text)
{
  WpPageBlock *block = g_new0 (WpPageBlock, 1);

  block->kind = kind;
  block->text = text;
  g_ptr_array_add (blocks, block);
}

static gboolean
given (const char *text)
{
  return text != NULL && *text != '\0';
}

/* "Customer: Contoso · 6 December 2026 · Winsock Planner 0.1.0" */
static char *
meta_line (const WpPageReport *report)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  GDateTime *date = report->date != NULL ? report->date : now;
  /* Translators: the report's date as g_date_time_format() writes it,
   * "6 December 2026"; %B is the month's name in your language */
  g_autofree char *day = g_date_time_format (date, _("%-d %B %Y"));
  GString *text = g_string_new (NULL);

  if (given (report->name))
    g_string_append_printf (text, "%s · ", _("Winsock Planner report"));
  if (given (report->customer))
    /* Translators: the report's customer, as typed */
    g_string_append_printf (text, _("Customer: %s · "), report->customer);
  g_string_append (text, day != NULL ? day : "");
  g_string_append (text, " · Winsock Planner " PACKAGE_VERSION);
  return g_string_free (text, FALSE);
}

static void
add_plan (GPtrArray          *blocks,
          const WpPageReport *report)
{
  WpLimits limits;
  g_autofree char *server = NULL;
  g_autofree char *client = NULL;
  char *verdict;

  wp_limits_compute (report->selected, &report->input, &limits);
  server = wp_readout_server (&limits, report->input.ram_mb);
  client = wp_readout_client (&limits);
  /* Translators: the heading of the plan's version, "The plan: Windows 2000" */
  add (blocks, WP_PAGE_BLOCK_HEADING,
       g_strdup_printf (_("The plan: %s"), wp_platform_name (report->selected)));
  add (blocks, WP_PAGE_BLOCK_BODY, g_strconcat (server, "\n", client, NULL));
  verdict = wp_target_format_sentence (report->selected, &report->input);
  if (verdict != NULL)
    add (blocks, WP_PAGE_BLOCK_STRONG, verdict);
}

/* The documents the plan's figures come from, one a line, with addresses. */
static char *
sources_text (const WpPageReport *report)
{
  g_autoptr (GPtrArray) documents = NULL;
  GString *text = g_string_new (NULL);
  WpLimits limits;

  wp_limits_compute (report->selected, &report->input, &limits);
  documents = wp_sources_documents_for_limits (&limits);
  for (guint i = 0; i < documents->len; i++)
    {
      const WpSourceDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *label = wp_sources_document_label (document);
      const char *address = wp_sources_document_address (document);

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", label);
      if (address != NULL)
        g_string_append_printf (text, "\n    %s", address);
    }
  return g_string_free (text, FALSE);
}

GPtrArray *
wp_page_blocks (const WpPageReport *report)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (block_free);

  add (blocks, WP_PAGE_BLOCK_TITLE,
       g_strdup (given (report->name) ? report->name : _("Winsock Planner report")));
  add (blocks, WP_PAGE_BLOCK_META, meta_line (report));
  if (given (report->notes))
    add (blocks, WP_PAGE_BLOCK_BODY, g_strdup (report->notes));
  add (blocks, WP_PAGE_BLOCK_CHART, NULL);
  add (blocks, WP_PAGE_BLOCK_TABLE, NULL);
  add_plan (blocks, report);
  if (report->measurement != NULL)
    {
      add (blocks, WP_PAGE_BLOCK_HEADING, g_strdup (_("Measured on the customer’s machine")));
      add (blocks, WP_PAGE_BLOCK_BODY,
           wp_readout_measured (report->measurement, report->selected, &report->input));
    }
  /* Translators: the heading of the plan's registry values and netsh
   * command, "Registry values and command for Windows 2000" */
  add (blocks, WP_PAGE_BLOCK_HEADING,
       g_strdup_printf (_("Registry values and command for %s"),
                        wp_platform_name (report->selected)));
  add (blocks, WP_PAGE_BLOCK_MONO, wp_readout_registry (report->selected, &report->input));
  add (blocks, WP_PAGE_BLOCK_HEADING, g_strdup (_("Sources")));
  add (blocks, WP_PAGE_BLOCK_SMALL, sources_text (report));
  return blocks;
}
