/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-readout"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "wp-registry.h"
#include "wp-readout.h"
#include "wp-readout-private.h"

/* Sentences with several numbers: translations may reorder them with
 * %1$s, %2$s, … (the originals cannot: -Wpedantic). */

/* A count in words needs the plural form of the language; the counts here
 * can exceed what ngettext takes, so large ones use the "many" form. */
static gulong
plural_n (guint64 count)
{
  return count > G_MAXULONG ? G_MAXULONG : (gulong) count;
}

/* The pool (RAM / 8) and the 4,000 sockets per 512 MB are the source's
 * planning estimates: "about" wherever they appear. */
static char *
server_nt (const WpLimits *limits,
           const char     *name,
           const char     *ram)
{
  g_autofree char *practical = wp_format_count (limits->practical_sockets);
  g_autofree char *pool = wp_format_pool_mb (limits->nonpaged_pool_mb);
  g_autofree char *cap = wp_format_pool_mb (limits->pool_cap_mb);

  if (!limits->pool_capped)
    {
      guint64 knee_mb = wp_limits_knee_ram_mb (limits->platform);
      g_autofree char *knee = wp_format_ram_mb (knee_mb);
      g_autofree char *most = wp_format_count (wp_limits_practical_sockets (limits->platform,
                                                                            knee_mb));

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
        /* Translators: "Windows 2000 with 1 GB: about 8,000 server sockets
         * (about 16,000 at 2 GB and more); limited by the non-paged pool
         * (about 128 MB of 256 MB)."  The non-paged pool is the kernel memory
         * sockets use; both figures are the source's estimates. */
        "%s with %s: about %s server socket (about %s at %s and more); "
        "limited by the non-paged pool (about %s of %s).",
        "%s with %s: about %s server sockets (about %s at %s and more); "
        "limited by the non-paged pool (about %s of %s).",
        plural_n (limits->practical_sockets)),
        name, ram, practical, most, knee, pool, cap);
    }
  else
    {
      g_autofree char *theoretical = wp_format_count (limits->theoretical_sockets);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
        /* Translators: "Windows 2000 with 4 GB: about 16,000 server sockets,
         * the practical ceiling the source gives this version (about 25,000
         * in theory); limited by the non-paged pool, which is at its 256 MB
         * cap." */
        "%s with %s: about %s server socket, the practical ceiling the source "
        "gives this version (about %s in theory); limited by the non-paged pool, "
        "which is at its %s cap.",
        "%s with %s: about %s server sockets, the practical ceiling the source "
        "gives this version (about %s in theory); limited by the non-paged pool, "
        "which is at its %s cap.",
        plural_n (limits->practical_sockets)),
        name, ram, practical, theoretical, cap);
    }
}

static char *
server_9x (const WpLimits *limits,
           const char     *name)
{
  g_autofree char *count = wp_format_count (limits->max_connections);

  if (limits->max_connections_unstable)
    {
      g_autofree char *stable = wp_format_count (WP_MAX_CONNECTIONS_STABLE);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
        /* Translators: "Windows 98: at most 500 sockets in all, set by
         * MaxConnections in the registry; above 300, Windows may become
         * unstable."  MaxConnections is a registry value name. */
        "%s: at most %s socket in all, set by MaxConnections in the registry; "
        "above %s, Windows may become unstable.",
        "%s: at most %s sockets in all, set by MaxConnections in the registry; "
        "above %s, Windows may become unstable.",
        plural_n (limits->max_connections)),
        name, count, stable);
    }

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
    /* Translators: "Windows 98: at most 100 sockets in all, set by
     * MaxConnections in the registry; more memory does not change that." */
    "%s: at most %s socket in all, set by MaxConnections in the registry; "
    "more memory does not change that.",
    "%s: at most %s sockets in all, set by MaxConnections in the registry; "
    "more memory does not change that.",
    plural_n (limits->max_connections)),
    name, count);
}

static char *
server_process_cap (const WpLimits *limits,
                    const char     *name,
                    const char     *ram)
{
  g_autofree char *cap = wp_format_count (limits->server_limit);

  if (limits->has_pool)
    {
      g_autofree char *machine = wp_format_count (limits->practical_sockets);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
        /* Translators: "Windows 2000 with 2 GB: at most 1,000 sockets per
         * process, because SocketWrench 3.6 and earlier stop there; the
         * machine could hold about 16,000." */
        "%s with %s: at most %s socket per process, because SocketWrench 3.6 "
        "and earlier stop there; the machine could hold about %s.",
        "%s with %s: at most %s sockets per process, because SocketWrench 3.6 "
        "and earlier stop there; the machine could hold about %s.",
        plural_n (limits->server_limit)),
        name, ram, cap, machine);
    }
  else
    {
      g_autofree char *registry = wp_format_count (limits->max_connections);

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
        /* Translators: "Windows 98: at most 1,000 sockets per process,
         * because SocketWrench 3.6 and earlier stop there; MaxConnections
         * allows 2,000." */
        "%s: at most %s socket per process, because SocketWrench 3.6 and "
        "earlier stop there; MaxConnections allows %s.",
        "%s: at most %s sockets per process, because SocketWrench 3.6 and "
        "earlier stop there; MaxConnections allows %s.",
        plural_n (limits->server_limit)),
        name, cap, registry);
    }
}

/* What a server application on this machine can hold, and why. */
char *
wp_readout_server (const WpLimits *limits,
                   guint64         ram_mb)
{
  const char *name;
  g_autofree char *ram = NULL;

  g_return_val_if_fail (limits != NULL, NULL);

  name = wp_platform_name (limits->platform);
  ram = wp_format_ram_mb (ram_mb);

  if (limits->server_limited_by == WP_LIMITED_BY_PROCESS_CAP)
    return server_process_cap (limits, name, ram);
  if (limits->family == WP_FAMILY_9X)
    return server_9x (limits, name);
  if (limits->family == WP_FAMILY_NT6)
    return wp_readout_nt6_server (limits, name, ram);

  return server_nt (limits, name, ram);
}

/* The note under the SocketWrench switch: the cap it sets. */
char *
wp_readout_socketwrench (void)
{
  g_autofree char *cap = wp_format_count (WP_SOCKETWRENCH_PROCESS_CAP);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
    /* Translators: under the "SocketWrench 3.6 or earlier" switch; %s is
     * SocketWrench's per-process cap, "1,000" */
    "These versions open at most %s socket per process.",
    "These versions open at most %s sockets per process.",
    plural_n (WP_SOCKETWRENCH_PROCESS_CAP)),
    cap);
}

/* What limits the client connections, in a sentence. */
static char *
client_limit_sentence (const WpLimits *limits)
{
  g_autofree char *count = wp_format_count (limits->client_limit);
  gulong n = plural_n (limits->client_limit);

  switch (limits->client_limited_by)
    {
    case WP_LIMITED_BY_PROCESS_CAP:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
        /* Translators: "Clients: 1,000 outgoing connections per process
         * (SocketWrench 3.6 and earlier)." */
        "Clients: %s outgoing connection per process (SocketWrench 3.6 and earlier).",
        "Clients: %s outgoing connections per process (SocketWrench 3.6 and earlier).",
        n), count);
    case WP_LIMITED_BY_REGISTRY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
        /* Translators: "Clients: 100 outgoing connections, set by
         * MaxConnections."  MaxConnections is a registry value name. */
        "Clients: %s outgoing connection, set by MaxConnections.",
        "Clients: %s outgoing connections, set by MaxConnections.",
        n), count);
    case WP_LIMITED_BY_MEMORY:
      if (limits->family == WP_FAMILY_NT6)
        return wp_readout_nt6_client_memory (limits);
      {
        g_autofree char *ports = wp_format_count (limits->client_ports);

        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
          /* Translators: "Clients: about 750 outgoing connections, as many
           * sockets as the memory holds (of 3,976 client ports)." */
          "Clients: about %s outgoing connection, as many sockets as the memory "
          "holds (of %s client ports).",
          "Clients: about %s outgoing connections, as many sockets as the memory "
          "holds (of %s client ports).",
          n), count, ports);
      }
    case WP_LIMITED_BY_PORTS:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
        /* Translators: "Clients: 3,976 outgoing connections, one per client
         * port." */
        "Clients: %s outgoing connection, one per client port.",
        "Clients: %s outgoing connections, one per client port.",
        n), count);
    }
}

/* What a client machine can open, and, where a TIME_WAIT is sourced, how
 * fast it can open new ones (a maximum: rounded down). */
char *
wp_readout_client (const WpLimits *limits)
{
  g_autofree char *sentence = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *time_wait = NULL;

  g_return_val_if_fail (limits != NULL, NULL);

  sentence = client_limit_sentence (limits);
  if (!limits->has_rate)
    return g_steal_pointer (&sentence);

  rate = wp_format_rate (limits);
  time_wait = wp_format_time_wait (limits->time_wait_s);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
    /* Translators: the first %s is the sentence on the client connections;
     * "… At most 16 new connections per second with TIME_WAIT 240 s."
     * TIME_WAIT is the TCP state a closed connection's port waits in. */
    "%s At most %s new connection per second with TIME_WAIT %s.",
    "%s At most %s new connections per second with TIME_WAIT %s.",
    wp_format_rate_plural (limits)),
    sentence, rate, time_wait);
}

/* The registry values as Registry Editor shows them: the key, then one line
 * per value with its type and decimal data.  The names are the ones Windows
 * uses, never translated; a value at its default says so, since the .reg
 * file deletes it rather than writing it (wp_registry_format_reg()). */
char *
wp_readout_registry (WpPlatform           platform,
                     const WpLimitsInput *input)
{
  WpRegistryValue values[WP_REGISTRY_MAX_VALUES];
  g_autoptr (GString) text = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (wp_platform_is_valid (platform), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  n = wp_registry_values (platform, input, values);
  g_return_val_if_fail (n > 0, NULL);

  g_string_append (text, values[0].key);
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (text, "\n    %-18s %-10s ",
                              values[i].name, wp_registry_type_name (values[i].type));
      if (values[i].is_default)
        /* Translators: the Registry tab, a registry value left at its
         * default: "5000 (default: not set)".  The exported .reg file
         * deletes such a value so that Windows uses its own default. */
        g_string_append_printf (text, _("%u (default: not set)"), values[i].value);
      else
        g_string_append_printf (text, "%u", values[i].value);
    }
  wp_readout_nt6_append_netsh (text, platform, input);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Key figures */

static const char * const figure_titles[WP_READOUT_N_FIGURES] = {
  /* Translators: presentation mode, under a large number such as "about
   * 16,000": the server sockets this machine holds */
  [WP_READOUT_FIGURE_SERVER] = N_("Server sockets"),
  /* Translators: presentation mode, under a large number: the server
   * sockets the non-paged pool holds in theory */
  [WP_READOUT_FIGURE_THEORETICAL] = N_("Server sockets in theory"),
  /* Translators: presentation mode, under a large number: the outgoing
   * connections a client machine can open */
  [WP_READOUT_FIGURE_CLIENTS] = N_("Client connections"),
  /* Translators: presentation mode, under a large number such as "16" */
  [WP_READOUT_FIGURE_RATE] = N_("New connections per second"),
};

/* What the large number @figure means, translated. */
const char *
wp_readout_figure_title (WpReadoutFigure figure)
{
  g_return_val_if_fail (figure < WP_READOUT_N_FIGURES, NULL);

  return _(figure_titles[figure]);
}

/* A source's estimate, as the sentences give it. */
static char *
about (guint64 count)
{
  g_autofree char *number = wp_format_count (count);

  /* Translators: a large number that is the source's estimate, as in the
   * readouts' "about 16,000 server sockets" */
  return g_strdup_printf (_("about %s"), number);
}

/* The number the readouts give for @figure: the server sentence's first
 * count (an estimate where the pool binds, a cap otherwise), its "in
 * theory", the client sentence's connections and rate. */
char *
wp_readout_figure (const WpLimits  *limits,
                   WpReadoutFigure  figure)
{
  g_return_val_if_fail (limits != NULL, NULL);
  g_return_val_if_fail (figure < WP_READOUT_N_FIGURES, NULL);

  switch (figure)
    {
    case WP_READOUT_FIGURE_SERVER:
      /* Vista and later: an assumption's figure, not an estimate. */
      if (!limits->has_server_limit)
        return g_strdup ("—");
      if (limits->server_limited_by == WP_LIMITED_BY_MEMORY && limits->family == WP_FAMILY_NT)
        return about (limits->server_limit);
      return wp_format_count (limits->server_limit);
    case WP_READOUT_FIGURE_THEORETICAL:
      return limits->family == WP_FAMILY_NT ? about (limits->theoretical_sockets)
                                            : g_strdup ("—");
    case WP_READOUT_FIGURE_CLIENTS:
      if (limits->client_limited_by == WP_LIMITED_BY_MEMORY && limits->family == WP_FAMILY_NT)
        return about (limits->client_limit);
      return wp_format_count (limits->client_limit);
    case WP_READOUT_FIGURE_RATE:
    case WP_READOUT_N_FIGURES:
    default:
      return wp_format_rate (limits);
    }
}
