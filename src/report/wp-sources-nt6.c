/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The documents and rules behind the figures of Windows Vista and later
 * (shared/domain/limits.md: "TIME_WAIT", "Vista and later: dynamic port
 * range", "Non-paged pool ceilings", "Cost of one connection"), and the
 * addresses of the documents that have one.  wp-sources.c lists them after
 * the specification's.
 */
#define G_LOG_DOMAIN "wp-sources"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "wp-sources-private.h"

static const WpSourceDocument documents[] = {
  { "rfc793", "RFC 793", FALSE, "Transmission Control Protocol", "IETF, 1981", FALSE,
    N_("TIME_WAIT lasts two maximum segment lifetimes (2 MSL), 2 × 2 minutes: 240 s.") },
  { "tcp-num-connections", "Win32_NetworkAdapterConfiguration SetTcpNumConnections", FALSE,
    "SetTcpNumConnections method of the Win32_NetworkAdapterConfiguration class", "Microsoft",
    FALSE,
    N_("TcpNumConnections, the most TCP connections open at once, takes 0 to 0xFFFFFE: "
       "at most 16,777,214.") },
  { "winwoes", "winwoes blog, 2008", FALSE, NULL, NULL, TRUE,
    N_("456 bytes of non-paged pool (pool tag TCPT) per TCP connection on Server 2003 R2, "
       "measured with poolmon.") },
  { "holgate-connections", "Len Holgate, “Handling lots of socket connections”, 2005", FALSE,
    NULL, NULL, TRUE,
    N_("About 31,200 IOCP connections on a 1 GB machine before the non-paged pool ran out: "
       "about 7 KB each.") },
  { "holgate-performance", "Len Holgate, “Windows TCP/IP Server Performance”, 2005", FALSE,
    NULL, NULL, TRUE,
    N_("More than 70,000 connections on Server 2003 with 760 MB of RAM: about 2.4 KB each.") },
};

/* Where a document can be read; only those whose address is known. */
static const struct
{
  const char *id;
  const char *address;
} addresses[] = {
  { "kb929851", "https://support.microsoft.com/kb/929851" },
  { "memory-limits", "https://learn.microsoft.com/windows/win32/memory/"
                     "memory-limits-for-windows-releases" },
  { "rfc793", "https://www.rfc-editor.org/rfc/rfc793" },
  { "tcp-num-connections", "https://learn.microsoft.com/windows/win32/cimwin32prov/"
                           "settcpnumconnections-method-in-class-win32-networkadapterconfiguration" },
};

static const WpSourceRule rules[] = {
  { "nt6-client-ports",
    N_("Vista and later: client applications get the dynamic port range, a start and a number "
       "of ports (49152 and 16,384 by default), set with “netsh int ipv4 set dynamicport tcp "
       "start=… num=…”; at least 255 ports, ending at 65535 at most. MaxUserPort is legacy "
       "there."),
    { "kb929851", NULL } },
  { "nt6-pool",
    N_("Vista and later: the non-paged pool’s ceiling by version and architecture: 40 % of RAM "
       "up to 128 GB on Vista x64; 75 % up to 2 GB on 7, 8.1 and 10 x86; 75 % up to 128 GB on "
       "7 x64; all of RAM up to 16 TB on 8.1 x64 and up to 128 GB on 10 x64. None is given for "
       "Vista x86 (“limited by kernel address space”): its server figures read —."),
    { "memory-limits", NULL } },
  { "nt6-server-sockets",
    N_("Vista and later: server sockets = the pool ÷ the non-paged pool one connection takes. "
       "No vendor gives that cost: it is an assumption, 16 KB by default (the specification’s "
       "practical 64 MB per 4,000 sockets), and never more sockets than TcpNumConnections’ "
       "16,777,214."),
    { "kb100072", "tcp-num-connections", NULL } },
  { "nt6-cost-reference",
    N_("Published costs of one connection, shown beside the input as references: 456 bytes "
       "(Server 2003 R2), about 7 KB and about 2.4 KB (IOCP servers on Server 2003), about "
       "10.5 to 10.9 KB in theory (the specification’s 25,000 per 256 MB and 12,000 per "
       "128 MB)."),
    { "winwoes", "holgate-connections", "holgate-performance", "kb100072", NULL } },
  { "time-wait-nt6",
    N_("TIME_WAIT on Vista and later: 240 s, RFC 793’s 2 MSL, where no Microsoft page for the "
       "version says otherwise; 30 to 300 s."),
    { "rfc793", NULL } },
};

guint
wp_sources_nt6_n_documents (void)
{
  return G_N_ELEMENTS (documents);
}

const WpSourceDocument *
wp_sources_nt6_document (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (documents), NULL);

  return &documents[index];
}

guint
wp_sources_nt6_n_rules (void)
{
  return G_N_ELEMENTS (rules);
}

const WpSourceRule *
wp_sources_nt6_rule (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (rules), NULL);

  return &rules[index];
}

/* The document's address, or NULL where none is known. */
const char *
wp_sources_document_address (const WpSourceDocument *document)
{
  g_return_val_if_fail (document != NULL, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (addresses); i++)
    if (strcmp (addresses[i].id, document->id) == 0)
      return addresses[i].address;
  return NULL;
}
