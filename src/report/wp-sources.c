/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-sources"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "wp-sources-private.h"

/* The documents, in the order the views list them.  Every fact, title and
 * identifier is from shared/domain/limits.md; where it names no title
 * (KB 170791, KB 126402), there is none here either. */
static const WpSourceDocument documents[] = {
  { "kb100072", "Catalyst KB 100072", FALSE,
    "Maximum Number of Windows Sockets Connections", NULL, FALSE,
    N_("The project’s specification, last reviewed on 15 January 2006: its figures are fixed.") },
  { "kb196271", "Microsoft KB 196271", FALSE,
    "Unable to connect from TCP ports above 5000", NULL, FALSE,
    N_("Cited by the specification: MaxUserPort; when the client ports run out, "
       "connecting fails with WSAENOBUFS (10055).") },
  { "kb149532", "Microsoft KB 149532", FALSE,
    "Windows NT Clients Run Out of Ports", NULL, FALSE,
    N_("NT 3.51 and NT 4.0: “more than 3,976” ports; TIME_WAIT 240 s by default, 30 to 300 s.") },
  { "kb170791", "Microsoft KB 170791", FALSE, NULL, NULL, FALSE,
    N_("About Windows 95 only: “more than 3,976” ports, a problem that no longer occurs "
       "in Windows 98; TIME_WAIT 240 s with the VTCP update.") },
  { "kb158474", "Microsoft KB 158474", FALSE,
    "Windows TCP/IP Registry Entries", NULL, FALSE,
    N_("Windows 95, 98 and ME: MaxConnections under HKEY_LOCAL_MACHINE\\System\\"
       "CurrentControlSet\\Services\\VxD\\MSTCP, absent by default.") },
  { "kb929851", "Microsoft KB 929851", FALSE,
    "The default dynamic port range for TCP/IP has changed in Windows Vista and in "
    "Windows Server 2008", NULL, FALSE,
    N_("Gives the default client port range before Vista as 1025 to 5000: 3,976 ports.") },
  { "win2000-registry", "Windows 2000 Registry Reference", FALSE, NULL, "Microsoft", FALSE,
    N_("MaxUserPort and TcpTimedWaitDelay, absent by default; TIME_WAIT 240 s by default, "
       "30 to 300 s.") },
  { "win2003-registry", "Windows Server 2003 TCP/IP registry reference", FALSE, NULL,
    "Microsoft, cc757512", FALSE,
    N_("MaxUserPort and TcpTimedWaitDelay; its text gives TIME_WAIT as 4 minutes, its table "
       "as 0x78 (120 s): a misprint the project does not follow.") },
  { "win2003-time-wait", "MSDN ms819739", FALSE,
    "Effects of TIME-WAIT Delay on Port Availability", "Microsoft", FALSE,
    N_("Windows Server 2003 TCP/IP: TIME_WAIT is 4 minutes (240 s) by default, "
       "settable from 30 to 300 s.") },
  { "memory-limits", "Memory Limits for Windows and Windows Server Releases", FALSE, NULL,
    "Microsoft", FALSE,
    N_("The x86 non-paged pool of Windows 2000, XP and Server 2003 is at most 256 MB "
       "(128 MB with /3GB).") },
  { "askperf-pool", "Microsoft AskPerf blog, 2007", FALSE, "Understanding Pool Resources",
    NULL, FALSE,
    N_("Measured x86 non-paged pool maxima of Windows 2000 and Server 2003 SP1: "
       "a reference beside the estimate, not used in the figures.") },
  { "kb126402", "Microsoft KB 126402", FALSE, NULL, NULL, FALSE,
    N_("NT’s formula for the largest non-paged pool: 1 MB + 400 KB per MB of RAM above 4 MB, "
       "at most 128 MB (reached near 330 MB of RAM).") },
  { "smallvoid", "smallvoid.com", FALSE,
    "Increase the limit of concurrent TCPIP connections in Windows 9x", NULL, TRUE,
    N_("The name and type of MaxConnections on each version; TIME_WAIT 240 s on Windows 95.") },
  { "tuning-guides", N_("TCP/IP tuning guides"), TRUE, NULL, NULL, TRUE,
    N_("No Microsoft page gives the TIME_WAIT default of Windows XP; these guides say 240 s.") },
};

/* The rules, each with the documents it comes from. */
static const WpSourceRule rules[] = {
  { "9x-max-connections",
    N_("Windows 95, 98 and ME: the MaxConnections registry value sets how many sockets the "
       "whole system may create; absent, it is 100; above 300 the system may become unstable."),
    { "kb100072", "kb158474", NULL } },
  { "9x-value-type",
    N_("MaxConnections is a DWORD on Windows 95 and a string (REG_SZ) on Windows 98 and ME."),
    { "kb100072", "smallvoid", NULL } },
  { "nt-client-ports",
    N_("NT family: client applications get the local ports 1025 to MaxUserPort, so the whole "
       "system has MaxUserPort − 1024 client ports (3,976 at the default), in use or in "
       "TIME_WAIT; when they run out, connecting fails."),
    { "kb100072", "kb196271", "kb149532", "kb929851", NULL } },
  { "nt-max-user-port",
    N_("MaxUserPort is a DWORD from 5000 to 65534, 5000 by default (when absent)."),
    { "kb100072", "win2000-registry", "win2003-registry", "kb196271", NULL } },
  { "win95-client-ports",
    N_("Windows 95 runs out of client ports after 3,976: its client limit is the smaller of "
       "MaxConnections and 3,976."),
    { "kb170791", NULL } },
  { "win98-me-client",
    N_("Windows 98 and ME: the 3,976-port problem no longer occurs, and no source gives them "
       "a port range or a TIME_WAIT: the client limit is MaxConnections alone, with no rate (—)."),
    { "kb170791", NULL } },
  { "pool-estimate",
    N_("NT family: the non-paged pool is about RAM / 8, at most 128 MB on NT 4.0 and 256 MB on "
       "2000 and later. An estimate for planning, not Microsoft’s formula."),
    { "kb100072", "memory-limits", NULL } },
  { "pool-reference",
    N_("Microsoft’s own pool figures are shown beside the estimate as a reference: measured "
       "maxima of Windows 2000 and Server 2003 SP1, and NT’s formula."),
    { "askperf-pool", "kb126402", NULL } },
  { "practical-estimate",
    N_("Practical sockets: about 4,000 for every 512 MB of RAM (64 MB of pool), an estimate: "
       "around 8,000 on NT 4.0 with 1 GB or more, 16,000 on 2000 and later with 2 GB or more."),
    { "kb100072", NULL } },
  { "theoretical",
    N_("Theoretical sockets: about 12,000 on NT 4.0 and 25,000 on 2000, XP and 2003 with the "
       "pool at its ceiling; below it, in proportion to the pool."),
    { "kb100072", NULL } },
  { "socketwrench-cap",
    N_("SocketWrench 3.6 and earlier open at most 1,000 sockets per process; 4.0 and later "
       "have no such limit."),
    { "kb100072", NULL } },
  { "server-limit",
    N_("Server limit: the practical sockets on the NT family, MaxConnections on 95, 98 and ME, "
       "at most SocketWrench’s 1,000 where it applies; the views name what binds."),
    { "kb100072", NULL } },
  { "client-limit",
    N_("A connection, client or server, active or in TIME_WAIT, is a socket: the client limit "
       "is the smallest of the client ports, the practical sockets, SocketWrench’s 1,000 where "
       "it applies and MaxConnections on 95, 98 and ME; the views name what binds."),
    { "kb100072", NULL } },
  { "rate",
    N_("New connections per second, sustained: the client limit ÷ TIME_WAIT, only where both "
       "are sourced."),
    { "kb100072", "kb149532", NULL } },
  { "time-wait-nt4",
    N_("TIME_WAIT (TcpTimedWaitDelay) on NT 3.51 and NT 4.0: 240 s by default, 30 to 300 s."),
    { "kb149532", NULL } },
  { "time-wait-2000",
    N_("TIME_WAIT on Windows 2000: 240 s by default, 30 to 300 s."),
    { "win2000-registry", NULL } },
  { "time-wait-xp",
    N_("TIME_WAIT on Windows XP: 240 s by default, 30 to 300 s; no Microsoft page was found, "
       "only third-party guides say so."),
    { "tuning-guides", NULL } },
  { "time-wait-2003",
    N_("TIME_WAIT on Server 2003: 240 s (4 minutes) by default, 30 to 300 s; the registry "
       "reference’s table says 120 s, a misprint."),
    { "win2003-time-wait", "win2003-registry", NULL } },
  { "time-wait-95",
    N_("TIME_WAIT on Windows 95 with the VTCP update: 240 s."),
    { "kb170791", "smallvoid", NULL } },
  { "no-round-up",
    N_("The figures are maxima: none is ever rounded up (132.57 per second reads 132)."),
    { "kb100072", NULL } },
  { "reg-defaults",
    N_("A .reg file sets every value the plan changes and deletes one left at its default "
       "(\"MaxUserPort\"=-): absent, the value takes Windows’ built-in default."),
    { "kb158474", "win2000-registry", "win2003-registry", NULL } },
};

/* Microsoft's AskPerf blog, "Understanding Pool Resources" (2007). */
static const WpSourcesMeasuredPool measured_pool[WP_SOURCES_N_MEASURED] = {
  { 512,  131, 125 },
  { 1024, 212, 202 },
  { 1536, 256, 254 },
  { 2048, 256, 252 },
};

static const struct
{
  const char *label;
  const char *summary;   /* the rule in brief and its source: a tooltip */
} figures[WP_SOURCES_N_FIGURES] = {
  [WP_SOURCES_FIGURE_POOL] = { N_("Non-paged pool"),
    N_("About RAM / 8, at most 128 MB on NT 4.0 and 256 MB on 2000 and later: an estimate, "
       "not Microsoft’s formula (its measured sizes are under Sources).\n"
       "Source: Catalyst KB 100072") },
  [WP_SOURCES_FIGURE_PRACTICAL] = { N_("Practical sockets"),
    N_("About 4,000 sockets for every 512 MB of RAM: an estimate.\nSource: Catalyst KB 100072") },
  [WP_SOURCES_FIGURE_THEORETICAL] = { N_("Theoretical sockets"),
    N_("About 12,000 on NT 4.0 and 25,000 on 2000 and later with the pool at its ceiling.\n"
       "Source: Catalyst KB 100072") },
  [WP_SOURCES_FIGURE_MAX_CONNECTIONS] = { N_("MaxConnections"),
    N_("Windows 95, 98 and ME: 100 by default, above 300 may be unstable.\n"
       "Sources: Catalyst KB 100072, Microsoft KB 158474") },
  [WP_SOURCES_FIGURE_CLIENT_PORTS] = { N_("Client ports"),
    N_("NT family: MaxUserPort − 1024 (3,976 at the default); Windows 95: 3,976.\n"
       "Sources: Catalyst KB 100072, Microsoft KB 196271, KB 170791") },
  [WP_SOURCES_FIGURE_TIME_WAIT] = { N_("TIME_WAIT"),
    N_("240 s by default on NT 4.0, 2000, XP (third-party sources only), Server 2003 and 95.\n"
       "Sources: Microsoft KB 149532, Windows 2000 Registry Reference, MSDN ms819739") },
  [WP_SOURCES_FIGURE_RATE] = { N_("New connections per second"),
    N_("Client limit ÷ TIME_WAIT, never rounded up; none on 98 and ME.\n"
       "Sources: Catalyst KB 100072, Microsoft KB 149532") },
  [WP_SOURCES_FIGURE_SERVER_LIMIT] = { N_("Server limit"),
    N_("Practical sockets (NT) or MaxConnections (9x), at most 1,000 with SocketWrench 3.6.\n"
       "Source: Catalyst KB 100072") },
  [WP_SOURCES_FIGURE_CLIENT_LIMIT] = { N_("Client limit"),
    N_("The smallest of the client ports, the practical sockets, SocketWrench 3.6’s 1,000 and "
       "MaxConnections (9x): a connection is a socket.\nSource: Catalyst KB 100072") },
};

/* Documents */

/* The specification's documents, then those of Vista and later. */
guint
wp_sources_n_documents (void)
{
  return G_N_ELEMENTS (documents) + wp_sources_nt6_n_documents ();
}

const WpSourceDocument *
wp_sources_document (guint index)
{
  g_return_val_if_fail (index < wp_sources_n_documents (), NULL);

  if (index >= G_N_ELEMENTS (documents))
    return wp_sources_nt6_document (index - G_N_ELEMENTS (documents));
  return &documents[index];
}

const WpSourceDocument *
wp_sources_find_document (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < wp_sources_n_documents (); i++)
    if (strcmp (wp_sources_document (i)->id, id) == 0)
      return wp_sources_document (i);

  return NULL;
}

/* How a line cites the document: "Microsoft KB 196271". */
const char *
wp_sources_document_reference (const WpSourceDocument *document)
{
  g_return_val_if_fail (document != NULL, NULL);

  return document->translated ? _(document->reference) : document->reference;
}

/* The whole citation: reference, “title”, publisher, "third party". */
char *
wp_sources_document_label (const WpSourceDocument *document)
{
  GString *label;

  g_return_val_if_fail (document != NULL, NULL);

  label = g_string_new (wp_sources_document_reference (document));
  if (document->title != NULL)
    g_string_append_printf (label, " “%s”", document->title);
  if (document->publisher != NULL && document->third_party)
    /* Translators: a publisher not Microsoft's, "(example.com, third party)" */
    g_string_append_printf (label, _(" (%s, third party)"), document->publisher);
  else if (document->publisher != NULL)
    g_string_append_printf (label, " (%s)", document->publisher);
  else if (document->third_party)
    g_string_append (label, _(" (third party)"));

  return g_string_free (label, FALSE);
}

/* Rules */

guint
wp_sources_n_rules (void)
{
  return G_N_ELEMENTS (rules) + wp_sources_nt6_n_rules ();
}

const WpSourceRule *
wp_sources_rule (guint index)
{
  g_return_val_if_fail (index < wp_sources_n_rules (), NULL);

  if (index >= G_N_ELEMENTS (rules))
    return wp_sources_nt6_rule (index - G_N_ELEMENTS (rules));
  return &rules[index];
}

const WpSourceRule *
wp_sources_find_rule (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < wp_sources_n_rules (); i++)
    if (strcmp (wp_sources_rule (i)->id, id) == 0)
      return wp_sources_rule (i);

  return NULL;
}

const char *
wp_sources_rule_text (const WpSourceRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  return _(rule->text);
}

/* The rule's documents, cited in full, one a line. */
char *
wp_sources_rule_documents (const WpSourceRule *rule)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (rule != NULL, g_string_free (text, FALSE));

  for (guint i = 0; rule->documents[i] != NULL; i++)
    {
      g_autofree char *label = wp_sources_document_label (wp_sources_find_document (rule->documents[i]));

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, label);
    }

  return g_string_free (text, FALSE);
}

/* Figures */

const char *
wp_sources_figure_label (WpSourcesFigure figure)
{
  g_return_val_if_fail (figure < WP_SOURCES_N_FIGURES, NULL);

  return _(figures[figure].label);
}

/* The figure's rule in brief, with its source: for a tooltip. */
const char *
wp_sources_figure_summary (WpSourcesFigure figure)
{
  g_return_val_if_fail (figure < WP_SOURCES_N_FIGURES, NULL);

  return _(figures[figure].summary);
}

const WpSourcesMeasuredPool *
wp_sources_measured_pool (guint index)
{
  g_return_val_if_fail (index < WP_SOURCES_N_MEASURED, NULL);

  return &measured_pool[index];
}
