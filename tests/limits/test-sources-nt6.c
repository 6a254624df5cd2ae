/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The documents and rules of Vista and later in the Sources view, and the
 * netsh command and .cmd script beside the registry values. */
#include "config.h"

#include <string.h>

#include "report/wp-readout.h"
#include "report/wp-registry.h"
#include "report/wp-sources.h"

/* Each new figure's document, with its title or reference and address
 * (limits.md names them; the addresses are the documents' own). */
static void
test_documents (void)
{
  static const struct { const char *id, *text, *address; } rows[] = {
    { "kb929851", "The default dynamic port range for TCP/IP has changed in Windows Vista",
      "https://support.microsoft.com/kb/929851" },
    { "memory-limits", "Memory Limits for Windows and Windows Server Releases",
      "https://learn.microsoft.com/windows/win32/memory/memory-limits-for-windows-releases" },
    { "rfc793", "Transmission Control Protocol", "https://www.rfc-editor.org/rfc/rfc793" },
    { "tcp-num-connections", "SetTcpNumConnections method of the "
      "Win32_NetworkAdapterConfiguration class", "https://learn.microsoft.com/" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      const WpSourceDocument *document = wp_sources_find_document (rows[i].id);
      g_autofree char *label = NULL;

      g_assert_nonnull (document);
      label = wp_sources_document_label (document);
      g_assert_nonnull (strstr (label, rows[i].text));
      g_assert_true (g_str_has_prefix (wp_sources_document_address (document), rows[i].address));
    }
  /* The third-party measurements say so. */
  g_assert_true (wp_sources_find_document ("winwoes")->third_party);
  g_assert_true (wp_sources_find_document ("holgate-connections")->third_party);
  g_assert_true (wp_sources_find_document ("holgate-performance")->third_party);
}

static gboolean
cites (const WpSourcesEntry *entry,
       const char           *rule)
{
  for (guint r = 0; entry->rules[r] != NULL; r++)
    if (strcmp (entry->rules[r], rule) == 0)
      return TRUE;
  return FALSE;
}

/* Every figure of every new platform names its rule; every rule exists. */
static void
test_figures (void)
{
  for (WpPlatform p = WP_N_SOURCE_PLATFORMS; p < WP_N_PLATFORMS; p++)
    {
      g_autoptr (GPtrArray) entries = NULL;
      WpLimitsInput input;
      WpLimits limits;

      wp_limits_input_init (&input);
      wp_limits_compute (p, &input, &limits);
      entries = wp_sources_for_limits (&limits);
      for (guint i = 0; i < entries->len; i++)
        {
          const WpSourcesEntry *entry = g_ptr_array_index (entries, i);

          for (guint r = 0; entry->rules[r] != NULL; r++)
            g_assert_nonnull (wp_sources_find_rule (entry->rules[r]));
          g_assert_cmpint (entry->figure, !=, WP_SOURCES_FIGURE_THEORETICAL);
          if (entry->figure == WP_SOURCES_FIGURE_CLIENT_PORTS)
            g_assert_true (cites (entry, "nt6-client-ports"));
          if (entry->figure == WP_SOURCES_FIGURE_TIME_WAIT)
            g_assert_true (cites (entry, "time-wait-nt6"));
          if (entry->figure == WP_SOURCES_FIGURE_POOL)
            g_assert_true (cites (entry, "nt6-pool"));
          if (entry->figure == WP_SOURCES_FIGURE_SERVER_LIMIT && !limits.has_server_limit)
            g_assert_cmpstr (entry->value, ==, "—");
        }
    }
}

/* netsh's own syntax (KB 929851), and the script: netsh, then the values. */
static void
test_netsh (void)
{
  g_autofree char *command = NULL;
  g_autofree char *script = NULL;
  WpLimitsInput input;

  wp_limits_input_init (&input);
  command = wp_registry_netsh_command (&input);
  g_assert_cmpstr (command, ==, "netsh int ipv4 set dynamicport tcp start=49152 num=16384");
  g_assert_true (wp_registry_has_netsh (WP_PLATFORM_WIN10_X64));
  g_assert_false (wp_registry_has_netsh (WP_PLATFORM_WIN2003));

  script = wp_registry_format_cmd (WP_PLATFORM_WIN7_X64, &input);
  g_assert_true (g_str_has_prefix (script, "@echo off\r\n"));
  g_assert_nonnull (strstr (script, "\r\nnetsh int ipv4 set dynamicport tcp start=49152 "
                                    "num=16384\r\n"));
  /* TIME_WAIT at its default: deleted, as the .reg file does. */
  g_assert_nonnull (strstr (script, "reg delete \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\"
                                    "Tcpip\\Parameters\" /v TcpTimedWaitDelay /f"));
  g_assert_null (strstr (script, "MaxUserPort"));
  /* cmd.exe's line ends: every \n after a \r. */
  for (const char *c = strchr (script, '\n'); c != NULL; c = strchr (c + 1, '\n'))
    g_assert_cmpint (c[-1], ==, '\r');
}

/* The sentences say the cost is an assumption and what it was, with no
 * "about" (the specification's estimates); Vista x86 has no server figure. */
static void
test_readout (void)
{
  g_autofree char *server = NULL;
  g_autofree char *client = NULL;
  g_autofree char *vista = NULL;
  g_autofree char *figure = NULL;
  g_autofree char *theory = NULL;
  g_autofree char *registry = NULL;
  WpLimitsInput input;
  WpLimits limits;

  wp_limits_input_init (&input);
  input.ram_mb = 4096;
  wp_limits_compute (WP_PLATFORM_WIN7_X86, &input, &limits);
  server = wp_readout_server (&limits, input.ram_mb);
  g_test_message ("%s", server);
  /* 2 GB of pool / 16 KB = 131,072 (the C locale groups no digits) */
  g_assert_nonnull (strstr (server, "131072 server sockets if one connection takes 16 KB"));
  g_assert_nonnull (strstr (server, "an assumption"));
  g_assert_null (strstr (server, "about"));
  figure = wp_readout_figure (&limits, WP_READOUT_FIGURE_SERVER);
  g_assert_cmpstr (figure, ==, "131072");
  theory = wp_readout_figure (&limits, WP_READOUT_FIGURE_THEORETICAL);
  g_assert_cmpstr (theory, ==, "—");

  /* 64 MB: 48 MB of pool / 16 KB = 3,072 clients, below the 16,384 ports. */
  input.ram_mb = 64;
  wp_limits_compute (WP_PLATFORM_WIN7_X86, &input, &limits);
  client = wp_readout_client (&limits);
  g_test_message ("%s", client);
  g_assert_true (g_str_has_prefix (client, "Clients: 3072 outgoing connections, as many sockets "
                                           "as the pool holds at 16 KB each (of 16384"));
  g_assert_null (strstr (client, "about"));

  wp_limits_compute (WP_PLATFORM_VISTA_X86, &input, &limits);
  vista = wp_readout_server (&limits, input.ram_mb);
  g_assert_nonnull (strstr (vista, "no server figure"));
  g_clear_pointer (&figure, g_free);
  figure = wp_readout_figure (&limits, WP_READOUT_FIGURE_SERVER);
  g_assert_cmpstr (figure, ==, "—");

  /* Beside the registry values: the netsh command. */
  input.port_start = 10000;
  input.port_count = 50000;
  registry = wp_readout_registry (WP_PLATFORM_WIN10_X64, &input);
  g_assert_nonnull (strstr (registry, "TcpTimedWaitDelay"));
  g_assert_nonnull (strstr (registry, "netsh int ipv4 set dynamicport tcp start=10000 num=50000"));
  g_assert_null (strstr (registry, "MaxUserPort"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sources/nt6/documents", test_documents);
  g_test_add_func ("/sources/nt6/figures", test_figures);
  g_test_add_func ("/registry/nt6/netsh", test_netsh);
  g_test_add_func ("/readout/nt6/sentences", test_readout);

  return g_test_run ();
}
