/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which rules produced each figure of one platform, and the whole account
 * as text for `--sources`.  The rules and documents: wp-sources.c. */
#define G_LOG_DOMAIN "wp-sources"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "wp-sources.h"

/* Helpers */

/* No source gives 98 or ME a port range or a TIME_WAIT (KB 170791): the
 * platform table has no client ports for them. */
static gboolean
without_ports (WpPlatform platform)
{
  return wp_limits_client_ports (platform, WP_MAX_USER_PORT_DEFAULT) == 0;
}

static const char *
time_wait_rule (WpPlatform platform)
{
  switch (platform)
    {
    case WP_PLATFORM_WIN95:
      return "time-wait-95";
    case WP_PLATFORM_WIN98:
    case WP_PLATFORM_WINME:
      return "win98-me-client";
    case WP_PLATFORM_NT4:
      return "time-wait-nt4";
    case WP_PLATFORM_WIN2000:
      return "time-wait-2000";
    case WP_PLATFORM_WINXP:
      return "time-wait-xp";
    case WP_PLATFORM_WIN2003:
      return "time-wait-2003";
    case WP_PLATFORM_VISTA_X86:
    case WP_PLATFORM_VISTA_X64:
    case WP_PLATFORM_WIN7_X86:
    case WP_PLATFORM_WIN7_X64:
    case WP_PLATFORM_WIN81_X86:
    case WP_PLATFORM_WIN81_X64:
    case WP_PLATFORM_WIN10_X86:
    case WP_PLATFORM_WIN10_X64:
      return "time-wait-nt6";
    case WP_N_PLATFORMS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
add_rule (WpSourcesEntry *entry,
          const char     *id)
{
  guint n = 0;

  while (entry->rules[n] != NULL)
    {
      if (strcmp (entry->rules[n], id) == 0)
        return;
      n++;
    }
  g_return_if_fail (n < WP_SOURCES_FIGURE_MAX_RULES);
  g_return_if_fail (wp_sources_find_rule (id) != NULL);
  entry->rules[n] = id;
}

/* The client ports of @platform: NT's MaxUserPort − 1024, 95's 3,976. */
static void
add_port_rules (WpSourcesEntry *entry,
                WpPlatform      platform)
{
  if (wp_platform_info (platform)->family == WP_FAMILY_NT6)
    add_rule (entry, "nt6-client-ports");
  else if (without_ports (platform))
    add_rule (entry, "win98-me-client");
  else if (platform == WP_PLATFORM_WIN95)
    add_rule (entry, "win95-client-ports");
  else
    {
      add_rule (entry, "nt-client-ports");
      add_rule (entry, "nt-max-user-port");
    }
}

/* The rules behind what binds a limit. */
static void
add_binding_rules (WpSourcesEntry   *entry,
                   WpPlatform        platform,
                   WpLimitingFactor  factor)
{
  switch (factor)
    {
    case WP_LIMITED_BY_MEMORY:
      if (wp_platform_info (platform)->family == WP_FAMILY_NT6)
        {
          add_rule (entry, "nt6-pool");
          add_rule (entry, "nt6-server-sockets");
          break;
        }
      add_rule (entry, "pool-estimate");
      add_rule (entry, "practical-estimate");
      break;
    case WP_LIMITED_BY_PORTS:
      add_port_rules (entry, platform);
      break;
    case WP_LIMITED_BY_REGISTRY:
      add_rule (entry, "9x-max-connections");
      break;
    case WP_LIMITED_BY_PROCESS_CAP:
      add_rule (entry, "socketwrench-cap");
      break;
    default:
      g_return_if_reached ();
    }
}

static WpSourcesEntry *
entry_new (GPtrArray       *entries,
           WpSourcesFigure  figure,
           char            *value)
{
  WpSourcesEntry *entry = g_new0 (WpSourcesEntry, 1);

  entry->figure = figure;
  entry->value = value;
  g_ptr_array_add (entries, entry);
  return entry;
}

/* Vista and later: the pool from the version's ceiling, the sockets from
 * the assumed cost; no theoretical figure. */
static void
add_nt6_pool_entries (GPtrArray      *entries,
                      const WpLimits *limits)
{
  WpSourcesEntry *entry;

  entry = entry_new (entries, WP_SOURCES_FIGURE_POOL,
                     limits->has_pool ? wp_format_pool_mb (limits->nonpaged_pool_mb)
                                      : g_strdup ("—"));
  add_rule (entry, "nt6-pool");
  if (!limits->has_pool)
    return;

  entry = entry_new (entries, WP_SOURCES_FIGURE_PRACTICAL,
                     wp_format_count (limits->practical_sockets));
  add_rule (entry, "nt6-pool");
  add_rule (entry, "nt6-server-sockets");
  add_rule (entry, "nt6-cost-reference");
}

static void
add_pool_entries (GPtrArray      *entries,
                  const WpLimits *limits)
{
  WpSourcesEntry *entry;

  if (limits->family == WP_FAMILY_NT6)
    {
      add_nt6_pool_entries (entries, limits);
      return;
    }

  entry = entry_new (entries, WP_SOURCES_FIGURE_POOL,
                     wp_format_pool_mb (limits->nonpaged_pool_mb));
  add_rule (entry, "pool-estimate");

  entry = entry_new (entries, WP_SOURCES_FIGURE_PRACTICAL,
                     wp_format_count (limits->practical_sockets));
  add_rule (entry, "pool-estimate");
  add_rule (entry, "practical-estimate");

  entry = entry_new (entries, WP_SOURCES_FIGURE_THEORETICAL,
                     wp_format_count (limits->theoretical_sockets));
  add_rule (entry, "pool-estimate");
  add_rule (entry, "theoretical");
}

static void
add_client_entries (GPtrArray      *entries,
                    const WpLimits *limits)
{
  WpPlatform platform = limits->platform;
  gboolean none = !limits->has_client_ports;
  WpSourcesEntry *entry;

  entry = entry_new (entries, WP_SOURCES_FIGURE_CLIENT_PORTS,
                     none ? g_strdup ("—") : wp_format_count (limits->client_ports));
  add_port_rules (entry, platform);

  entry = entry_new (entries, WP_SOURCES_FIGURE_TIME_WAIT,
                     limits->has_rate ? wp_format_time_wait (limits->time_wait_s) : g_strdup ("—"));
  add_rule (entry, time_wait_rule (platform));

  entry = entry_new (entries, WP_SOURCES_FIGURE_CLIENT_LIMIT,
                     wp_format_count (limits->client_limit));
  add_rule (entry, "client-limit");
  add_binding_rules (entry, platform, limits->client_limited_by);
  if (none)
    add_rule (entry, "win98-me-client");

  entry = entry_new (entries, WP_SOURCES_FIGURE_RATE, wp_format_rate (limits));
  if (!limits->has_rate)
    {
      add_rule (entry, "win98-me-client");
      return;
    }
  add_rule (entry, "rate");
  add_binding_rules (entry, platform, limits->client_limited_by);
  add_rule (entry, time_wait_rule (platform));
  add_rule (entry, "no-round-up");
}

/* Public API */

void
wp_sources_entry_free (WpSourcesEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->value);
  g_free (entry);
}

/* Every figure the views show for @limits' platform, with the rules that
 * produced it; a figure that does not apply to the platform is left out,
 * one that no source gives reads "—" with the rule that says so. */
GPtrArray *
wp_sources_for_limits (const WpLimits *limits)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) wp_sources_entry_free);
  WpSourcesEntry *entry;

  g_return_val_if_fail (limits != NULL, entries);
  g_return_val_if_fail (wp_platform_is_valid (limits->platform), entries);

  if (limits->has_pool || limits->family == WP_FAMILY_NT6)
    add_pool_entries (entries, limits);
  else
    {
      entry = entry_new (entries, WP_SOURCES_FIGURE_MAX_CONNECTIONS,
                         wp_format_count (limits->max_connections));
      add_rule (entry, "9x-max-connections");
      add_rule (entry, "9x-value-type");
    }

  entry = entry_new (entries, WP_SOURCES_FIGURE_SERVER_LIMIT,
                     limits->has_server_limit ? wp_format_count (limits->server_limit)
                                              : g_strdup ("—"));
  add_rule (entry, "server-limit");
  add_binding_rules (entry, limits->platform, limits->server_limited_by);

  add_client_entries (entries, limits);
  return entries;
}

/* Adds the documents of @entry's rules to @seen, each once, in order. */
static void
add_entry_documents (GPtrArray            *seen,
                     const WpSourcesEntry *entry)
{
  for (guint r = 0; entry->rules[r] != NULL; r++)
    {
      const WpSourceRule *rule = wp_sources_find_rule (entry->rules[r]);

      for (guint d = 0; rule->documents[d] != NULL; d++)
        {
          const WpSourceDocument *document = wp_sources_find_document (rule->documents[d]);

          if (!g_ptr_array_find (seen, document, NULL))
            g_ptr_array_add (seen, (gpointer) document);
        }
    }
}

/* The documents of the entry's rules, each once, in order: "Catalyst KB
 * 100072, Microsoft KB 196271". */
char *
wp_sources_entry_documents (const WpSourcesEntry *entry)
{
  g_autoptr (GPtrArray) seen = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (entry != NULL, g_string_free (text, FALSE));

  add_entry_documents (seen, entry);
  for (guint i = 0; i < seen->len; i++)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, wp_sources_document_reference (g_ptr_array_index (seen, i)));
    }

  return g_string_free (text, FALSE);
}

/* Every document one platform's figures come from (const WpSourceDocument *),
 * each once, in the order of its figures: a report's list of sources. */
GPtrArray *
wp_sources_documents_for_limits (const WpLimits *limits)
{
  g_autoptr (GPtrArray) entries = NULL;
  GPtrArray *seen = g_ptr_array_new ();

  g_return_val_if_fail (limits != NULL, seen);

  entries = wp_sources_for_limits (limits);
  for (guint i = 0; i < entries->len; i++)
    add_entry_documents (seen, g_ptr_array_index (entries, i));
  return seen;
}

/* "Practical sockets 16,000: rules pool-estimate, practical-estimate;
 * documents Catalyst KB 100072, …" */
char *
wp_sources_entry_line (const WpSourcesEntry *entry)
{
  g_autofree char *rule_ids = NULL;
  g_autofree char *docs = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  rule_ids = g_strjoinv (", ", (char **) entry->rules);
  docs = wp_sources_entry_documents (entry);
  /* Translators: a figure, its value, the ids of the rules that produced it
   * (untranslated) and the documents they come from */
  return g_strdup_printf (_("%s %s: rules %s; documents %s"),
                          wp_sources_figure_label (entry->figure), entry->value,
                          rule_ids, docs);
}

static void
append_rules (GString *out)
{
  g_string_append_printf (out, "%s\n", _("Rules and the documents they come from:"));
  for (guint i = 0; i < wp_sources_n_rules (); i++)
    {
      const WpSourceRule *rule = wp_sources_rule (i);

      g_string_append_printf (out, "\n%s\n  %s\n", rule->id, wp_sources_rule_text (rule));
      for (guint d = 0; rule->documents[d] != NULL; d++)
        {
          g_autofree char *label =
            wp_sources_document_label (wp_sources_find_document (rule->documents[d]));

          /* Translators: the document a rule comes from */
          g_string_append_printf (out, _("  From: %s\n"), label);
        }
    }
}

static void
append_measured (GString *out)
{
  g_string_append_printf (out, "\n%s\n",
                          _("Non-paged pool, x86: the specification’s estimate (RAM / 8) beside "
                            "the maxima Microsoft measured (AskPerf blog, 2007):"));
  for (guint i = 0; i < WP_SOURCES_N_MEASURED; i++)
    {
      const WpSourcesMeasuredPool *row = wp_sources_measured_pool (i);
      g_autofree char *ram = wp_format_ram_mb (row->ram_mb);
      g_autofree char *estimate =
        wp_format_pool_mb (wp_limits_nonpaged_pool_mb (WP_PLATFORM_WIN2000, row->ram_mb));
      g_autofree char *w2000 = wp_format_pool_mb (row->win2000_mb);
      g_autofree char *w2003 = wp_format_pool_mb (row->win2003_sp1_mb);

      g_string_append_printf (out,
                              /* Translators: "1 GB of RAM: estimate 128 MB; measured 212 MB
                               * on Windows 2000, 202 MB on Server 2003 SP1" */
                              _("  %s of RAM: estimate %s; measured %s on Windows 2000, "
                                "%s on Server 2003 SP1\n"),
                              ram, estimate, w2000, w2003);
    }
}

static void
append_documents (GString *out)
{
  g_string_append_printf (out, "\n%s\n", _("Documents:"));
  for (guint i = 0; i < wp_sources_n_documents (); i++)
    {
      const WpSourceDocument *document = wp_sources_document (i);
      g_autofree char *label = wp_sources_document_label (document);

      const char *address = wp_sources_document_address (document);

      g_string_append_printf (out, "\n%s\n  %s\n", label, _(document->note));
      if (address != NULL)
        g_string_append_printf (out, "  %s\n", address);
    }
}

static void
append_figures (GString             *out,
                const WpLimitsInput *input,
                WpPlatform           platform)
{
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *ram = wp_format_ram_mb (input->ram_mb);
  g_autofree char *time_wait = NULL;
  g_autofree char *max_user_port = NULL;
  WpLimits limits;

  wp_limits_compute (platform, input, &limits);
  entries = wp_sources_for_limits (&limits);

  time_wait = wp_format_time_wait_input (input->time_wait_s);
  max_user_port = wp_format_count (input->max_user_port);

  /* Translators: "Windows 2000, RAM 1 GB, MaxUserPort 5,000, TIME_WAIT 240 s:
   * each figure and the rules that produced it" */
  g_string_append_printf (out, _("\n%s, RAM %s, MaxUserPort %s, TIME_WAIT %s: each figure "
                                 "and the rules that produced it:\n"),
                          wp_platform_name (platform), ram, max_user_port, time_wait);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *line = wp_sources_entry_line (g_ptr_array_index (entries, i));

      g_string_append_printf (out, "  %s\n", line);
    }
}

/* Every rule with its documents, Microsoft's measured pool sizes and the
 * documents; with @input and a valid @platform (else -1), also which rules
 * produced each of that platform's figures. */
char *
wp_sources_format_text (const WpLimitsInput *input,
                        int                  platform)
{
  GString *out = g_string_new (NULL);

  append_rules (out);
  append_measured (out);
  append_documents (out);
  if (input != NULL && wp_platform_is_valid (platform))
    append_figures (out, input, platform);

  return g_string_free (out, FALSE);
}
