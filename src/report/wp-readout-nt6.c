/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The readouts of Windows Vista and later.  Their server sockets are the
 * pool ÷ an assumed cost of one connection: the sentences say it is an
 * assumption and what it was, and give no "about" (that word marks the
 * specification's estimates).  Vista x86 has no sourced pool: no server
 * figure.
 */
#define G_LOG_DOMAIN "wp-readout"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "wp-readout-private.h"
#include "wp-registry.h"

static gulong
plural_n (guint64 count)
{
  return count > G_MAXULONG ? G_MAXULONG : (gulong) count;
}

/* "Windows 10, 11, Server 2016+ x64 with 8 GB: 524,288 server sockets if
 * one connection takes 16 KB of non-paged pool, an assumption; the pool
 * can reach 8,192 MB (at most 128 GB)." */
char *
wp_readout_nt6_server (const WpLimits *limits,
                       const char     *name,
                       const char     *ram)
{
  g_autofree char *sockets = NULL;
  g_autofree char *pool = NULL;
  g_autofree char *cap = NULL;

  if (!limits->has_server_limit)
    return g_strdup_printf (
      /* Translators: "Windows Vista x86 with 2 GB: no server figure, since no
       * source gives this version's non-paged pool (the kernel memory
       * sockets use)." */
      _("%s with %s: no server figure, since no source gives this version’s non-paged pool."),
      name, ram);

  sockets = wp_format_count (limits->server_limit);
  pool = wp_format_pool_mb (limits->nonpaged_pool_mb);
  cap = wp_format_ram_mb (limits->pool_cap_mb);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
    /* Translators: "Windows 7, Server 2008 x86 with 4 GB: 131,072 server
     * sockets if one connection takes 16 KB of non-paged pool, an
     * assumption; the pool can reach 2048 MB (at most 2 GB)." */
    "%s with %s: %s server socket if one connection takes %u KB of non-paged pool, "
    "an assumption; the pool can reach %s (at most %s).",
    "%s with %s: %s server sockets if one connection takes %u KB of non-paged pool, "
    "an assumption; the pool can reach %s (at most %s).",
    plural_n (limits->server_limit)),
    name, ram, sockets, limits->connection_cost_kb, pool, cap);
}

/* The client limit where the pool binds. */
char *
wp_readout_nt6_client_memory (const WpLimits *limits)
{
  g_autofree char *count = wp_format_count (limits->client_limit);
  g_autofree char *ports = wp_format_count (limits->client_ports);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
    /* Translators: "Clients: 3,072 outgoing connections, as many sockets as
     * the pool holds at 16 KB each (of 16,384 client ports)." */
    "Clients: %s outgoing connection, as many sockets as the pool holds at %u KB each "
    "(of %s client ports).",
    "Clients: %s outgoing connections, as many sockets as the pool holds at %u KB each "
    "(of %s client ports).",
    plural_n (limits->client_limit)),
    count, limits->connection_cost_kb, ports);
}

/* Beside the registry values: the command that sets the client ports. */
void
wp_readout_nt6_append_netsh (GString             *text,
                             WpPlatform           platform,
                             const WpLimitsInput *input)
{
  g_autofree char *command = NULL;

  if (!wp_registry_has_netsh (platform))
    return;

  command = wp_registry_netsh_command (input);
  /* Translators: the Registry tab on Vista and later, above the netsh
   * command that sets the client ports (the dynamic port range) */
  g_string_append_printf (text, "\n\n%s\n    %s",
                          _("Client ports (dynamic port range), as administrator:"), command);
}
