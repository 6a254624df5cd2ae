/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sources: every rule names documents that exist, every document is
 * used, ids are unique, and each figure of a platform names the rules that
 * produced it. */
#include "config.h"

#include <string.h>

#include "report/wp-sources.h"

/* Helpers */

static gboolean
rule_names_document (const WpSourceRule *rule,
                     const char         *document_id)
{
  for (guint d = 0; rule->documents[d] != NULL; d++)
    if (strcmp (rule->documents[d], document_id) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
entry_has_rule (const WpSourcesEntry *entry,
                const char           *rule_id)
{
  for (guint r = 0; entry->rules[r] != NULL; r++)
    if (strcmp (entry->rules[r], rule_id) == 0)
      return TRUE;
  return FALSE;
}

/* The entries of @platform at @ram_mb, the other inputs at their defaults. */
static GPtrArray *
entries_for (WpPlatform platform,
             guint64    ram_mb,
             gboolean   socketwrench)
{
  WpLimitsInput input;
  WpLimits limits;

  wp_limits_input_init (&input);
  input.ram_mb = ram_mb;
  input.socketwrench_legacy = socketwrench;
  wp_limits_compute (platform, &input, &limits);
  return wp_sources_for_limits (&limits);
}

/* The entry for @figure, or NULL when the platform has none. */
static const WpSourcesEntry *
find_entry (GPtrArray       *entries,
            WpSourcesFigure  figure)
{
  for (guint i = 0; i < entries->len; i++)
    {
      const WpSourcesEntry *entry = g_ptr_array_index (entries, i);

      if (entry->figure == figure)
        return entry;
    }
  return NULL;
}

/* Tests */

static void
test_rules_name_documents (void)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (wp_sources_n_rules (), >=, 20);
  for (guint i = 0; i < wp_sources_n_rules (); i++)
    {
      const WpSourceRule *rule = wp_sources_rule (i);

      g_assert_true (g_hash_table_add (ids, (gpointer) rule->id));   /* unique */
      g_assert_true (wp_sources_find_rule (rule->id) == rule);
      g_assert_cmpstr (wp_sources_rule_text (rule), !=, "");
      g_assert_nonnull (rule->documents[0]);
      for (guint d = 0; rule->documents[d] != NULL; d++)
        {
          if (wp_sources_find_document (rule->documents[d]) == NULL)
            g_error ("rule %s names an unknown document %s", rule->id, rule->documents[d]);
        }
    }
}

static void
test_documents_used (void)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (wp_sources_n_documents (), >=, 12);
  for (guint i = 0; i < wp_sources_n_documents (); i++)
    {
      const WpSourceDocument *document = wp_sources_document (i);
      g_autofree char *label = wp_sources_document_label (document);
      gboolean used = FALSE;

      g_assert_true (g_hash_table_add (ids, (gpointer) document->id));
      g_assert_true (g_str_has_prefix (label, wp_sources_document_reference (document)));
      g_assert_cmpstr (document->note, !=, "");
      for (guint r = 0; r < wp_sources_n_rules () && !used; r++)
        used = rule_names_document (wp_sources_rule (r), document->id);
      if (!used)
        g_error ("no rule uses the document %s", document->id);
    }

  /* The specification's title as published; a third party says so. */
  {
    g_autofree char *spec = wp_sources_document_label (wp_sources_find_document ("kb100072"));
    g_autofree char *smallvoid = wp_sources_document_label (wp_sources_find_document ("smallvoid"));

    g_assert_cmpstr (spec, ==, "Catalyst KB 100072 “Maximum Number of Windows Sockets Connections”");
    g_assert_true (g_str_has_suffix (smallvoid, " (third party)"));
  }
}

/* Windows 2000 at 1 GB: the pool is 1024 / 8 = 128 MB, and the practical
 * sockets 128 / 64 × 4000, from the two estimates of the specification. */
static void
test_win2000_practical (void)
{
  g_autoptr (GPtrArray) entries = entries_for (WP_PLATFORM_WIN2000, 1024, FALSE);
  const WpSourcesEntry *practical = find_entry (entries, WP_SOURCES_FIGURE_PRACTICAL);
  const WpSourcesEntry *server = find_entry (entries, WP_SOURCES_FIGURE_SERVER_LIMIT);
  g_autofree char *line = NULL;

  g_assert_nonnull (practical);
  g_assert_null (find_entry (entries, WP_SOURCES_FIGURE_MAX_CONNECTIONS));
  g_assert_cmpstr (practical->value, ==, "8000");
  line = wp_sources_entry_line (practical);
  g_assert_cmpstr (line, ==,
                   "Practical sockets 8000: rules pool-estimate, practical-estimate; documents "
                   "Catalyst KB 100072, Memory Limits for Windows and Windows Server Releases");

  /* The pool binds the server limit. */
  g_assert_true (entry_has_rule (server, "server-limit"));
  g_assert_true (entry_has_rule (server, "practical-estimate"));
  g_assert_false (entry_has_rule (server, "socketwrench-cap"));

  /* The ports bind the client limit: MaxUserPort − 1024. */
  g_assert_true (entry_has_rule (find_entry (entries, WP_SOURCES_FIGURE_CLIENT_LIMIT),
                                 "nt-client-ports"));
  g_assert_true (entry_has_rule (find_entry (entries, WP_SOURCES_FIGURE_TIME_WAIT),
                                 "time-wait-2000"));
}

/* Windows 95: its 3,976 client ports come from KB 170791. */
static void
test_win95_client_ports (void)
{
  g_autoptr (GPtrArray) entries = entries_for (WP_PLATFORM_WIN95, 2048, FALSE);
  const WpSourcesEntry *ports = find_entry (entries, WP_SOURCES_FIGURE_CLIENT_PORTS);
  const WpSourcesEntry *max_connections = find_entry (entries, WP_SOURCES_FIGURE_MAX_CONNECTIONS);
  g_autofree char *documents = NULL;

  g_assert_null (find_entry (entries, WP_SOURCES_FIGURE_POOL));
  g_assert_nonnull (ports);
  g_assert_cmpstr (ports->value, ==, "3976");    /* 5000 − 1024 */
  g_assert_true (entry_has_rule (ports, "win95-client-ports"));
  documents = wp_sources_entry_documents (ports);
  g_assert_nonnull (strstr (documents, "Microsoft KB 170791"));

  /* MaxConnections (100) binds both limits. */
  g_assert_cmpstr (max_connections->value, ==, "100");
  g_assert_true (entry_has_rule (find_entry (entries, WP_SOURCES_FIGURE_CLIENT_LIMIT),
                                 "9x-max-connections"));
  g_assert_true (entry_has_rule (find_entry (entries, WP_SOURCES_FIGURE_SERVER_LIMIT),
                                 "9x-max-connections"));
}

/* Windows 98: no source gives a port range, a TIME_WAIT or a rate. */
static void
test_win98_no_rate (void)
{
  g_autoptr (GPtrArray) entries = entries_for (WP_PLATFORM_WIN98, 2048, FALSE);
  WpSourcesFigure dashed[] = {
    WP_SOURCES_FIGURE_CLIENT_PORTS, WP_SOURCES_FIGURE_TIME_WAIT, WP_SOURCES_FIGURE_RATE,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (dashed); i++)
    {
      const WpSourcesEntry *entry = find_entry (entries, dashed[i]);

      g_assert_cmpstr (entry->value, ==, "—");
      g_assert_true (entry_has_rule (entry, "win98-me-client"));
      g_assert_false (entry_has_rule (entry, "rate"));
    }
}

/* SocketWrench 3.6 caps both limits at 1,000: its rule binds them. */
static void
test_socketwrench_binds (void)
{
  g_autoptr (GPtrArray) entries = entries_for (WP_PLATFORM_WINXP, 2048, TRUE);
  const WpSourcesEntry *server = find_entry (entries, WP_SOURCES_FIGURE_SERVER_LIMIT);
  const WpSourcesEntry *client = find_entry (entries, WP_SOURCES_FIGURE_CLIENT_LIMIT);

  g_assert_cmpstr (server->value, ==, "1000");
  g_assert_true (entry_has_rule (server, "socketwrench-cap"));
  g_assert_false (entry_has_rule (server, "practical-estimate"));
  g_assert_true (entry_has_rule (client, "socketwrench-cap"));
  g_assert_false (entry_has_rule (client, "nt-client-ports"));
}

/* Each platform's TIME_WAIT names its own document; XP's is third-party. */
static void
test_time_wait_sources (void)
{
  static const struct
  {
    WpPlatform  platform;
    const char *document;
  } cases[] = {
    { WP_PLATFORM_WIN95,   "kb170791" },
    { WP_PLATFORM_NT4,     "kb149532" },
    { WP_PLATFORM_WIN2000, "win2000-registry" },
    { WP_PLATFORM_WINXP,   "tuning-guides" },
    { WP_PLATFORM_WIN2003, "win2003-time-wait" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) entries = entries_for (cases[i].platform, 2048, FALSE);
      const WpSourcesEntry *entry = find_entry (entries, WP_SOURCES_FIGURE_TIME_WAIT);
      const WpSourceRule *rule = wp_sources_find_rule (entry->rules[0]);

      g_assert_null (entry->rules[1]);
      g_assert_true (rule_names_document (rule, cases[i].document));
    }
  g_assert_true (wp_sources_find_document ("tuning-guides")->third_party);
  g_assert_false (wp_sources_find_document ("win2003-time-wait")->third_party);
}

/* AskPerf's measurements, as the blog gives them. */
static void
test_measured_pool (void)
{
  static const guint expected[WP_SOURCES_N_MEASURED][3] = {
    { 512, 131, 125 }, { 1024, 212, 202 }, { 1536, 256, 254 }, { 2048, 256, 252 },
  };

  for (guint i = 0; i < WP_SOURCES_N_MEASURED; i++)
    {
      const WpSourcesMeasuredPool *row = wp_sources_measured_pool (i);

      g_assert_cmpuint (row->ram_mb, ==, expected[i][0]);
      g_assert_cmpuint (row->win2000_mb, ==, expected[i][1]);
      g_assert_cmpuint (row->win2003_sp1_mb, ==, expected[i][2]);
    }
}

static void
test_format_text (void)
{
  g_autofree char *rules_only = wp_sources_format_text (NULL, -1);
  g_autofree char *with_figures = NULL;
  WpLimitsInput input;

  for (guint i = 0; i < wp_sources_n_rules (); i++)
    {
      g_autofree char *heading = g_strdup_printf ("\n%s\n", wp_sources_rule (i)->id);

      g_assert_nonnull (strstr (rules_only, heading));
    }
  g_assert_nonnull (strstr (rules_only, "\n  1\u00a0GB of RAM: estimate 128\u00a0MB; measured 212\u00a0MB on "
                                        "Windows 2000, 202\u00a0MB on Server 2003 SP1\n"));
  g_assert_null (strstr (rules_only, "each figure"));

  wp_limits_input_init (&input);
  input.ram_mb = 1024;
  with_figures = wp_sources_format_text (&input, WP_PLATFORM_NT4);
  g_assert_true (g_str_has_prefix (with_figures, rules_only));
  g_assert_nonnull (strstr (with_figures, "\nWindows NT 4.0, RAM 1\u00a0GB, MaxUserPort 5000, "
                                          "TIME_WAIT platform default: each figure"));
  g_assert_nonnull (strstr (with_figures, "\n  Theoretical sockets 12000: rules "
                                          "pool-estimate, theoretical; documents "));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sources/rules/documents", test_rules_name_documents);
  g_test_add_func ("/sources/documents/used", test_documents_used);
  g_test_add_func ("/sources/figures/win2000-practical", test_win2000_practical);
  g_test_add_func ("/sources/figures/win95-client-ports", test_win95_client_ports);
  g_test_add_func ("/sources/figures/win98-no-rate", test_win98_no_rate);
  g_test_add_func ("/sources/figures/socketwrench", test_socketwrench_binds);
  g_test_add_func ("/sources/figures/time-wait", test_time_wait_sources);
  g_test_add_func ("/sources/measured-pool", test_measured_pool);
  g_test_add_func ("/sources/text", test_format_text);

  return g_test_run ();
}
