/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The readout sentences, headless: each case of KB 100072 in the words the
 * window shows, in the C locale and (when installed) in en_US with its
 * thousands separator. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "report/wp-readout.h"

typedef struct
{
  WpPlatform  platform;
  guint64     ram_mb;
  guint       max_user_port;
  guint       time_wait_s;
  guint       max_connections;
  gboolean    legacy;
  const char *server;
  const char *client;
} ReadoutCase;

/* Figures: A's estimates (RAM / 8; 4,000 sockets per 512 MB, 8,000 and
 * 16,000 at the caps; 12,000 and 25,000 in theory), client ports
 * MaxUserPort - 1024 (3,976 on 95, none on 98/ME), TIME_WAIT 240 s; the
 * client limit the least of ports, sockets, SocketWrench's 1,000 and
 * MaxConnections; rates truncated. */
static const ReadoutCase readout_cases[] = {
  /* The issue's own example. */
  { WP_PLATFORM_WIN2000, 1024, 5000, 0, 100, FALSE,
    "Windows 2000 with 1\u00a0GB: about 8000 server sockets (about 16000 at 2\u00a0GB and more); "
    "limited by the non-paged pool (about 128\u00a0MB of 256\u00a0MB).",
    "Clients: 3976 outgoing connections, one per client port. At most 16 new "   /* 3976 / 240 */
    "connections per second with TIME_WAIT 240\u00a0s." },
  { WP_PLATFORM_NT4, 512, 5000, 0, 100, FALSE,
    "Windows NT 4.0 with 512\u00a0MB: about 4000 server sockets (about 8000 at 1\u00a0GB and more); "
    "limited by the non-paged pool (about 64\u00a0MB of 128\u00a0MB).",
    "Clients: 3976 outgoing connections, one per client port. At most 16 new "
    "connections per second with TIME_WAIT 240\u00a0s." },
  /* 64,510 ports, but the machine holds about 8,000 sockets: 8000 / 30 */
  { WP_PLATFORM_NT4, 4096, 65534, 30, 100, FALSE,
    "Windows NT 4.0 with 4\u00a0GB: about 8000 server sockets, the practical ceiling the source "
    "gives this version (about 12000 in theory); limited by the non-paged pool, which is at "
    "its 128\u00a0MB cap.",
    "Clients: about 8000 outgoing connections, as many sockets as the memory holds (of "
    "64510 client ports). At most 266 new connections per second with TIME_WAIT 30\u00a0s." },
  /* The XP: 1946 * 4000 / 512 = 15203 sockets, 1946 / 8 MB */
  { WP_PLATFORM_WINXP, 1946, 65534, 0, 100, FALSE,
    "Windows XP with 1946\u00a0MB: about 15203 server sockets (about 16000 at 2\u00a0GB and more); "
    "limited by the non-paged pool (about 243.25\u00a0MB of 256\u00a0MB).",
    "Clients: about 15203 outgoing connections, as many sockets as the memory holds (of "
    "64510 client ports). At most 63 new connections per second with TIME_WAIT 240\u00a0s." },
  /* 2,047 MB is not "2\u00a0GB" */
  { WP_PLATFORM_WIN2000, 2047, 5000, 0, 100, FALSE,
    "Windows 2000 with 2047\u00a0MB: about 15992 server sockets (about 16000 at 2\u00a0GB and more); "
    "limited by the non-paged pool (about 255.875\u00a0MB of 256\u00a0MB).",
    "Clients: 3976 outgoing connections, one per client port. At most 16 new "
    "connections per second with TIME_WAIT 240\u00a0s." },
  /* Server 2003: 240 s, as every NT version */
  { WP_PLATFORM_WIN2003, 1536, 5000, 0, 100, FALSE,
    "Windows Server 2003 with 1.5\u00a0GB: about 12000 server sockets (about 16000 at 2\u00a0GB and "
    "more); limited by the non-paged pool (about 192\u00a0MB of 256\u00a0MB).",
    "Clients: 3976 outgoing connections, one per client port. At most 16 new "
    "connections per second with TIME_WAIT 240\u00a0s." },
  /* 1000 / 240 = 4.166…: a tenth below 10, rounded down */
  { WP_PLATFORM_WINXP, 2048, 5000, 0, 100, TRUE,
    "Windows XP with 2\u00a0GB: at most 1000 sockets per process, because SocketWrench 3.6 "
    "and earlier stop there; the machine could hold about 16000.",
    "Clients: 1000 outgoing connections per process (SocketWrench 3.6 and earlier). "
    "At most 4.1 new connections per second with TIME_WAIT 240\u00a0s." },
  /* 98 and ME: no sourced TIME_WAIT, no rate */
  { WP_PLATFORM_WIN98, 64, 5000, 0, 100, FALSE,
    "Windows 98: at most 100 sockets in all, set by MaxConnections in the registry; "
    "more memory does not change that.",
    "Clients: 100 outgoing connections, set by MaxConnections." },
  /* 301 / 240 = 1.254…: 1.2, plural */
  { WP_PLATFORM_WIN95, 64, 5000, 0, 301, FALSE,
    "Windows 95: at most 301 sockets in all, set by MaxConnections in the registry; "
    "above 300, Windows may become unstable.",
    "Clients: 301 outgoing connections, set by MaxConnections. At most 1.2 new "
    "connections per second with TIME_WAIT 240\u00a0s." },
  /* 240 / 240 = 1: singular */
  { WP_PLATFORM_WIN95, 64, 5000, 0, 240, FALSE,
    "Windows 95: at most 240 sockets in all, set by MaxConnections in the registry; "
    "more memory does not change that.",
    "Clients: 240 outgoing connections, set by MaxConnections. At most 1 new "
    "connection per second with TIME_WAIT 240\u00a0s." },
  { WP_PLATFORM_WINME, 64, 5000, 0, 5000, TRUE,
    "Windows ME: at most 1000 sockets per process, because SocketWrench 3.6 and "
    "earlier stop there; MaxConnections allows 5000.",
    "Clients: 1000 outgoing connections per process (SocketWrench 3.6 and earlier)." },
  /* ME: MaxConnections alone limits clients (KB 170791 is 95's only) */
  { WP_PLATFORM_WINME, 64, 5000, 0, 5000, FALSE,
    "Windows ME: at most 5000 sockets in all, set by MaxConnections in the registry; "
    "above 300, Windows may become unstable.",
    "Clients: 5000 outgoing connections, set by MaxConnections." },
  /* 95 with MaxConnections above its 3,976 ports: the ports limit clients */
  { WP_PLATFORM_WIN95, 64, 5000, 0, 5000, FALSE,
    "Windows 95: at most 5000 sockets in all, set by MaxConnections in the registry; "
    "above 300, Windows may become unstable.",
    "Clients: 3976 outgoing connections, one per client port. At most 16 new "
    "connections per second with TIME_WAIT 240\u00a0s." },
};

static void
compute (const ReadoutCase *c,
         WpLimitsInput     *input,
         WpLimits          *limits)
{
  wp_limits_input_init (input);
  input->ram_mb = c->ram_mb;
  input->max_user_port = c->max_user_port;
  input->time_wait_s = c->time_wait_s;
  input->max_connections = c->max_connections;
  input->socketwrench_legacy = c->legacy;
  wp_limits_compute (c->platform, input, limits);
}

static void
test_sentences (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (readout_cases); i++)
    {
      const ReadoutCase *c = &readout_cases[i];
      WpLimitsInput input;
      WpLimits limits;
      g_autofree char *server = NULL;
      g_autofree char *client = NULL;

      compute (c, &input, &limits);
      server = wp_readout_server (&limits, c->ram_mb);
      client = wp_readout_client (&limits);
      g_assert_cmpstr (server, ==, c->server);
      g_assert_cmpstr (client, ==, c->client);
    }
}

/* With a locale that groups digits, the numbers carry its separator. */
static void
test_thousands_separator (void)
{
  g_autofree char *old = g_strdup (setlocale (LC_ALL, NULL));
  WpLimitsInput input;
  WpLimits limits;
  g_autofree char *server = NULL;
  g_autofree char *client = NULL;

  if (setlocale (LC_ALL, "en_US.UTF-8") == NULL)
    {
      g_test_skip ("the en_US.UTF-8 locale is not installed");
      return;
    }

  compute (&readout_cases[0], &input, &limits);
  server = wp_readout_server (&limits, 1024);
  client = wp_readout_client (&limits);
  setlocale (LC_ALL, old);

  g_assert_cmpstr (server, ==,
                   "Windows 2000 with 1\u00a0GB: about 8,000 server sockets (about 16,000 at 2\u00a0GB "
                   "and more); limited by the non-paged pool (about 128\u00a0MB of 256\u00a0MB).");
  g_assert_cmpstr (client, ==,
                   "Clients: 3,976 outgoing connections, one per client port. At most 16 "
                   "new connections per second with TIME_WAIT 240\u00a0s.");
}

/* The note under the SocketWrench switch: the calculator's cap, grouped in
 * the locale. */
static void
test_socketwrench (void)
{
  g_autofree char *old = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *plain = NULL;
  g_autofree char *grouped = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  plain = wp_readout_socketwrench ();
  g_assert_cmpstr (plain, ==, "These versions open at most 1000 sockets per process.");

  if (setlocale (LC_ALL, "en_US.UTF-8") == NULL)
    {
      setlocale (LC_ALL, old);
      g_test_skip ("the en_US.UTF-8 locale is not installed");
      return;
    }
  grouped = wp_readout_socketwrench ();
  setlocale (LC_ALL, old);
  g_assert_cmpstr (grouped, ==, "These versions open at most 1,000 sockets per process.");
}

/* The Registry tab: a value the plan changes shows its data; one at its
 * default says that it is not set (the .reg file deletes it). */
static void
test_registry (void)
{
  WpLimitsInput input;
  g_autofree char *nt = NULL;
  g_autofree char *nt_2003 = NULL;
  g_autofree char *win98 = NULL;
  g_autofree char *nt4 = NULL;
  g_autofree char *win95 = NULL;

  wp_limits_input_init (&input);
  input.max_user_port = 65534;
  input.max_connections = 250;
  nt = wp_readout_registry (WP_PLATFORM_WIN2000, &input);
  nt_2003 = wp_readout_registry (WP_PLATFORM_WIN2003, &input);
  win98 = wp_readout_registry (WP_PLATFORM_WIN98, &input);

  g_assert_cmpstr (nt, ==,
                   "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\n"
                   "    MaxUserPort        REG_DWORD  65534\n"
                   "    TcpTimedWaitDelay  REG_DWORD  240 (default: not set)");
  /* Server 2003's default: 240 s (limits.md) */
  g_assert_true (g_str_has_suffix (nt_2003, "TcpTimedWaitDelay  REG_DWORD  240 (default: not set)"));
  g_assert_cmpstr (win98, ==,
                   "HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\VxD\\MSTCP\n"
                   "    MaxConnections     REG_SZ     250");

  wp_limits_input_init (&input);
  input.time_wait_s = 30;
  nt4 = wp_readout_registry (WP_PLATFORM_NT4, &input);
  win95 = wp_readout_registry (WP_PLATFORM_WIN95, &input);
  g_assert_cmpstr (nt4, ==,
                   "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\n"
                   "    MaxUserPort        REG_DWORD  5000 (default: not set)\n"
                   "    TcpTimedWaitDelay  REG_DWORD  30");
  g_assert_cmpstr (win95, ==,
                   "HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\VxD\\MSTCP\n"
                   "    MaxConnections     REG_DWORD  100 (default: not set)");
}

/* The large numbers of presentation mode (C locale): the sentences' own
 * figures, "about" where they say it, "—" where a figure does not apply. */
static const struct
{
  ReadoutCase  input;           /* its sentences are not used */
  const char  *figures[WP_READOUT_N_FIGURES];
} figure_cases[] = {
  /* 1024 × 4000 / 512 = 8000; the pool's 128 of 256 MB × 25,000 = 12500;
   * 5000 − 1024 ports; 3976 / 240 */
  { { WP_PLATFORM_WIN2000, 1024, 5000, 0, 100, FALSE, NULL, NULL },
    { "about 8000", "about 12500", "3976", "16" } },
  /* NT 4.0 at its caps, 8000 sockets bind the clients: 8000 / 30 */
  { { WP_PLATFORM_NT4, 4096, 65534, 30, 100, FALSE, NULL, NULL },
    { "about 8000", "about 12000", "about 8000", "266" } },
  /* SocketWrench's 1,000 is a cap, not an estimate: 1000 / 240 */
  { { WP_PLATFORM_WINXP, 2048, 5000, 0, 100, TRUE, NULL, NULL },
    { "1000", "about 25000", "1000", "4.1" } },
  /* 98: MaxConnections, no pool, no sourced TIME_WAIT */
  { { WP_PLATFORM_WIN98, 64, 5000, 0, 100, FALSE, NULL, NULL },
    { "100", "—", "100", "—" } },
};

static void
test_figures (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (figure_cases); i++)
    {
      WpLimitsInput input;
      WpLimits limits;

      compute (&figure_cases[i].input, &input, &limits);
      for (guint f = 0; f < WP_READOUT_N_FIGURES; f++)
        {
          g_autofree char *figure = wp_readout_figure (&limits, f);

          g_test_message ("case %" G_GSIZE_FORMAT ", figure %u", i, f);
          g_assert_cmpstr (figure, ==, figure_cases[i].figures[f]);
        }
    }
}

/* Every figure, as the large number shows it, is in the sentences: the
 * same number and the same "about". */
static void
test_figures_in_sentences (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (readout_cases); i++)
    {
      const ReadoutCase *c = &readout_cases[i];
      WpLimitsInput input;
      WpLimits limits;
      g_autofree char *sentences = NULL;
      g_autofree char *server = NULL;
      g_autofree char *client = NULL;

      compute (c, &input, &limits);
      server = wp_readout_server (&limits, c->ram_mb);
      client = wp_readout_client (&limits);
      sentences = g_strconcat (server, " ", client, NULL);
      for (guint f = 0; f < WP_READOUT_N_FIGURES; f++)
        {
          g_autofree char *figure = wp_readout_figure (&limits, f);

          /* In theory: the sentences give it only where the pool at its
           * cap binds. */
          if (g_str_equal (figure, "—") ||
              (f == WP_READOUT_FIGURE_THEORETICAL &&
               !(limits.pool_capped && limits.server_limited_by == WP_LIMITED_BY_MEMORY)))
            continue;
          g_test_message ("\"%s\" in \"%s\"", figure, sentences);
          g_assert_nonnull (strstr (sentences, figure));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/readout/sentences", test_sentences);
  g_test_add_func ("/readout/thousands-separator", test_thousands_separator);
  g_test_add_func ("/readout/socketwrench", test_socketwrench);
  g_test_add_func ("/readout/registry", test_registry);
  g_test_add_func ("/readout/figures", test_figures);
  g_test_add_func ("/readout/figures-in-sentences", test_figures_in_sentences);

  return g_test_run ();
}
