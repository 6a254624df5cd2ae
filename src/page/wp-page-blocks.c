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
void
wp_page_add (GPtrArray       *blocks,
             WpPageBlockKind  kind,
             char            *text)
{
  WpPageBlock *block = g_new0 (WpPageBlock, 1);

  block->kind = kind;
  block->text = text;
  g_ptr_array_add (blocks, block);
}

gboolean
wp_page_given (const char *text)
{
  return text != NULL && *text != '\0';
}

/* "Customer: Contoso · 6 December 2026 · Winsock Planner 0.1.0" */
char *
wp_page_meta_line (const WpPageReport *report)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  GDateTime *date = report->date != NULL ? report->date : now;
  /* Translators: the report's date as g_date_time_format() writes it,
   * "6 December 2026"; %B is the month's name in your language */
  g_autofree char *day = g_date_time_format (date, _("%-d %B %Y"));
  GString *text = g_string_new (NULL);

  if (wp_page_given (report->name))
    g_string_append_printf (text, "%s · ", _("Winsock Planner report"));
  if (wp_page_given (report->customer))
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
  wp_page_add (blocks, WP_PAGE_BLOCK_HEADING,
               g_strdup_printf (_("The plan: %s"), wp_platform_name (report->selected)));
  wp_page_add (blocks, WP_PAGE_BLOCK_BODY, g_strconcat (server, "\n", client, NULL));
  verdict = wp_target_format_sentence (report->selected, &report->input);
  if (verdict != NULL)
    wp_page_add (blocks, WP_PAGE_BLOCK_STRONG, verdict);
}

/* The documents @n sets of figures come from, each once, one a line, with
 * addresses. */
char *
wp_page_sources_text (const WpLimits *limits,
                      guint           n)
{
  g_autoptr (GPtrArray) documents = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  for (guint l = 0; l < n; l++)
    {
      g_autoptr (GPtrArray) own = wp_sources_documents_for_limits (&limits[l]);

      for (guint i = 0; i < own->len; i++)
        if (!g_ptr_array_find (documents, g_ptr_array_index (own, i), NULL))
          g_ptr_array_add (documents, g_ptr_array_index (own, i));
    }
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
  WpLimits limits;

  if (report->n_compare > 0)
    {
      wp_page_compare_blocks (blocks, report);
      return blocks;
    }

  wp_page_add (blocks, WP_PAGE_BLOCK_TITLE, g_strdup (wp_page_title (report)));
  wp_page_add (blocks, WP_PAGE_BLOCK_META, wp_page_meta_line (report));
  if (wp_page_given (report->notes))
    wp_page_add (blocks, WP_PAGE_BLOCK_BODY, g_strdup (report->notes));
  wp_page_add (blocks, WP_PAGE_BLOCK_CHART, NULL);
  wp_page_add (blocks, WP_PAGE_BLOCK_TABLE, NULL);
  add_plan (blocks, report);
  if (report->measurement != NULL)
    {
      wp_page_add (blocks, WP_PAGE_BLOCK_HEADING,
                   g_strdup (_("Measured on the customer’s machine")));
      wp_page_add (blocks, WP_PAGE_BLOCK_BODY,
                   wp_readout_measured (report->measurement, report->selected, &report->input));
    }
  /* Translators: the heading of the plan's registry values and netsh
   * command, "Registry values and command for Windows 2000" */
  wp_page_add (blocks, WP_PAGE_BLOCK_HEADING,
               g_strdup_printf (_("Registry values and command for %s"),
                                wp_platform_name (report->selected)));
  wp_page_add (blocks, WP_PAGE_BLOCK_MONO, wp_readout_registry (report->selected, &report->input));
  wp_page_add (blocks, WP_PAGE_BLOCK_HEADING, g_strdup (_("Sources")));
  wp_limits_compute (report->selected, &report->input, &limits);
  wp_page_add (blocks, WP_PAGE_BLOCK_SMALL, wp_page_sources_text (&limits, 1));
  return blocks;
}
