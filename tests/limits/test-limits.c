/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every figure of Catalyst KB 100072 (A), pinned, and the rules of
 * shared/domain/limits.md.  Each expected figure is written as its
 * derivation:
 *   from A: the pool RAM / 8 at most 128 MB (NT 4.0) or 256 MB (2000+);
 *     practical sockets 4,000 per 512 MB (ram * 4000 / 512, a whole number
 *     of sockets: integer division rounds down), 8,000 / 16,000 at the cap;
 *     theoretical 12,000 / 25,000 at the cap, scaled with the pool below it
 *     (ram * 12000 / 1024, ram * 25000 / 2048); client ports MaxUserPort -
 *     1024; MaxConnections default 100, unstable above 300; SocketWrench
 *     1,000 per process.
 *   from limits.md: Windows 95's 3,976 client ports (KB 170791) and none
 *     sourced for 98/ME; TIME_WAIT 240 s on 95 and every NT version, Server
 *     2003 included, none for 98/ME; "How the figures combine": a
 *     connection is a socket, the rate is the client limit / TIME_WAIT. */
#include "config.h"

#include "limits/wp-limits.h"

/* A's estimates below the pool's cap, rounded down as a count of sockets. */
#define PRACTICAL(ram)        ((ram) * 4000 / 512)
#define THEORETICAL_NT4(ram)  ((ram) * 12000 / 1024)
#define THEORETICAL_2000(ram) ((ram) * 25000 / 2048)

typedef struct
{
  WpPlatform platform;
  guint64    ram_mb;
  double     pool_mb;
  guint      practical;
  guint      theoretical;
} ServerCase;

static const ServerCase server_cases[] = {
  /* NT 4.0: pool = RAM / 8, at most 128 MB; 4,000 per 512 MB; 12,000 at the cap */
  { WP_PLATFORM_NT4,     16,    16 / 8.0,   PRACTICAL (16),   THEORETICAL_NT4 (16) },
  { WP_PLATFORM_NT4,     512,   512 / 8.0,  PRACTICAL (512),  THEORETICAL_NT4 (512) },
  { WP_PLATFORM_NT4,     1023,  1023 / 8.0, PRACTICAL (1023), THEORETICAL_NT4 (1023) },
  { WP_PLATFORM_NT4,     1024,  128.0, 8000,  12000 },
  { WP_PLATFORM_NT4,     2048,  128.0, 8000,  12000 },
  { WP_PLATFORM_NT4,     16ull * 1024 * 1024, 128.0, 8000, 12000 },
  /* 2000 and later: at most 256 MB; 16,000 at 2 GB+; 25,000 at the cap */
  { WP_PLATFORM_WIN2000, 512,   512 / 8.0,  PRACTICAL (512),  THEORETICAL_2000 (512) },
  { WP_PLATFORM_WIN2000, 1024,  1024 / 8.0, PRACTICAL (1024), THEORETICAL_2000 (1024) },
  { WP_PLATFORM_WIN2000, 1536,  1536 / 8.0, PRACTICAL (1536), THEORETICAL_2000 (1536) },
  { WP_PLATFORM_WIN2000, 2047,  2047 / 8.0, PRACTICAL (2047), THEORETICAL_2000 (2047) },
  { WP_PLATFORM_WIN2000, 2048,  256.0, 16000, 25000 },
  { WP_PLATFORM_WIN2000, 4096,  256.0, 16000, 25000 },
  { WP_PLATFORM_WINXP,   1946,  1946 / 8.0, PRACTICAL (1946), THEORETICAL_2000 (1946) },
  { WP_PLATFORM_WINXP,   2048,  256.0, 16000, 25000 },
  { WP_PLATFORM_WIN2003, 2048,  256.0, 16000, 25000 },
  { WP_PLATFORM_WIN2003, 1,     1 / 8.0, PRACTICAL (1),   THEORETICAL_2000 (1) },
};

static void
test_server_figures (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (server_cases); i++)
    {
      const ServerCase *c = &server_cases[i];
      WpLimitsInput input;
      WpLimits limits;

      wp_limits_input_init (&input);
      input.ram_mb = c->ram_mb;
      wp_limits_compute (c->platform, &input, &limits);

      g_test_message ("%s at %" G_GUINT64_FORMAT " MB", wp_platform_info (c->platform)->id, c->ram_mb);
      g_assert_true (limits.has_pool);
      g_assert_cmpfloat_with_epsilon (limits.nonpaged_pool_mb, c->pool_mb, 1e-9);
      g_assert_cmpuint (limits.practical_sockets, ==, c->practical);
      g_assert_cmpuint (limits.theoretical_sockets, ==, c->theoretical);
      g_assert_cmpuint (limits.server_limit, ==, c->practical);
      g_assert_cmpint (limits.server_limited_by, ==, WP_LIMITED_BY_MEMORY);
      g_assert_cmpint (limits.pool_capped, ==, c->ram_mb >= wp_limits_knee_ram_mb (c->platform));
    }
}

static void
test_pool_caps (void)
{
  g_assert_cmpuint (wp_platform_info (WP_PLATFORM_NT4)->pool_cap_mb, ==, 128);
  g_assert_cmpuint (wp_platform_info (WP_PLATFORM_WIN2000)->pool_cap_mb, ==, 256);
  g_assert_cmpuint (wp_platform_info (WP_PLATFORM_WINXP)->pool_cap_mb, ==, 256);
  g_assert_cmpuint (wp_platform_info (WP_PLATFORM_WIN2003)->pool_cap_mb, ==, 256);
  /* one eighth of RAM below the cap */
  g_assert_cmpfloat (wp_limits_nonpaged_pool_mb (WP_PLATFORM_WIN2000, 800), ==, 100.0);
  g_assert_cmpfloat (wp_limits_nonpaged_pool_mb (WP_PLATFORM_WIN95, 4096), ==, 0.0);
}

static void
test_knees (void)
{
  g_assert_cmpuint (wp_limits_knee_ram_mb (WP_PLATFORM_NT4), ==, 1024);
  g_assert_cmpuint (wp_limits_knee_ram_mb (WP_PLATFORM_WIN2000), ==, 2048);
  g_assert_cmpuint (wp_limits_knee_ram_mb (WP_PLATFORM_WINXP), ==, 2048);
  g_assert_cmpuint (wp_limits_knee_ram_mb (WP_PLATFORM_WIN2003), ==, 2048);
  g_assert_cmpuint (wp_limits_knee_ram_mb (WP_PLATFORM_WIN98), ==, 0);

  /* Past the knee nothing grows; just before it, it still does. */
  for (WpPlatform p = WP_PLATFORM_NT4; p < WP_N_SOURCE_PLATFORMS; p++)
    {
      guint64 knee = wp_limits_knee_ram_mb (p);

      g_assert_cmpuint (wp_limits_practical_sockets (p, knee - 8), <,
                        wp_limits_practical_sockets (p, knee));
      g_assert_cmpuint (wp_limits_practical_sockets (p, knee), ==,
                        wp_limits_practical_sockets (p, knee * 64));
      g_assert_cmpuint (wp_limits_theoretical_sockets (p, knee), ==,
                        wp_limits_theoretical_sockets (p, knee + 1));
    }
}

static void
test_practical_rate (void)
{
  /* About 4,000 sockets for every 512 MB of RAM, below the knee. */
  for (guint64 ram = 512; ram <= 1024; ram += 512)
    g_assert_cmpuint (wp_limits_practical_sockets (WP_PLATFORM_NT4, ram), ==, 4000 * ram / 512);
  for (guint64 ram = 512; ram <= 2048; ram += 512)
    g_assert_cmpuint (wp_limits_practical_sockets (WP_PLATFORM_WINXP, ram), ==, 4000 * ram / 512);
}

typedef struct
{
  guint max_user_port;
  guint client_ports;
} PortCase;

static void
test_client_ports (void)
{
  static const PortCase cases[] = {
    { 5000, 5000 - 1024 },
    { 5001, 5001 - 1024 },
    { 10000, 10000 - 1024 },
    { 65534, 65534 - 1024 },
    /* out of range clamps to the valid 5000..65534 */
    { 4999, 5000 - 1024 },
    { 0, 5000 - 1024 },
    { 65535, 65534 - 1024 },
    { G_MAXUINT, 65534 - 1024 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    for (WpPlatform p = WP_PLATFORM_NT4; p < WP_N_SOURCE_PLATFORMS; p++)
      {
        WpLimitsInput input;
        WpLimits limits;

        wp_limits_input_init (&input);
        input.max_user_port = cases[i].max_user_port;
        wp_limits_compute (p, &input, &limits);
        g_assert_true (limits.has_client_ports);
        g_assert_cmpuint (limits.client_ports, ==, cases[i].client_ports);
        /* never above the sockets the machine holds */
        g_assert_cmpuint (limits.client_limit, ==, MIN (cases[i].client_ports,
                                                        limits.practical_sockets));
      }

  g_assert_cmpuint (WP_MAX_USER_PORT_MIN, ==, 5000);
  g_assert_cmpuint (WP_MAX_USER_PORT_MAX, ==, 65534);
  g_assert_cmpuint (WP_MAX_USER_PORT_DEFAULT, ==, 5000);
  /* Windows 95 has no MaxUserPort: KB 170791's 3,976 whatever is asked;
   * 98 and ME: no source gives a port limit */
  g_assert_cmpuint (wp_limits_client_ports (WP_PLATFORM_WIN95, 65534), ==, 3976);
  g_assert_cmpuint (wp_limits_client_ports (WP_PLATFORM_WIN98, 65534), ==, 0);
  g_assert_cmpuint (wp_limits_client_ports (WP_PLATFORM_WINME, 5000), ==, 0);
}

typedef struct
{
  WpPlatform       platform;
  guint64          ram_mb;
  guint            max_user_port;
  guint            max_connections;
  gboolean         legacy;
  guint            client_limit;
  WpLimitingFactor client_by;
} CeilingCase;

/* A connection is a socket: the client limit is the least of the client
 * ports, the practical sockets, SocketWrench's cap and MaxConnections. */
static void
test_socket_ceiling (void)
{
  static const CeilingCase cases[] = {
    /* the XP: 64,510 ports, but about 15,203 sockets */
    { WP_PLATFORM_WINXP, 1946, 65534, 100, FALSE, PRACTICAL (1946), WP_LIMITED_BY_MEMORY },
    /* the NT 4.0 with SocketWrench: 750 sockets below the 1,000 cap */
    { WP_PLATFORM_NT4, 96, 5000, 100, TRUE, PRACTICAL (96), WP_LIMITED_BY_MEMORY },
    { WP_PLATFORM_NT4, 1024, 10000, 100, FALSE, 8000, WP_LIMITED_BY_MEMORY },
    { WP_PLATFORM_WIN2000, 2048, 5000, 100, FALSE, 5000 - 1024, WP_LIMITED_BY_PORTS },
    { WP_PLATFORM_WIN2000, 2048, 65534, 100, FALSE, 16000, WP_LIMITED_BY_MEMORY },
    { WP_PLATFORM_WIN2000, 2048, 65534, 100, TRUE, 1000, WP_LIMITED_BY_PROCESS_CAP },
    /* 512 MB: 4,000 sockets, 3,976 ports: the ports bind */
    { WP_PLATFORM_WIN2003, 512, 5000, 100, FALSE, 5000 - 1024, WP_LIMITED_BY_PORTS },
    /* a tie stays with the ports: 5024 - 1024 = 4000 = 512 * 4000 / 512 */
    { WP_PLATFORM_WIN2003, 512, 5024, 100, FALSE, 4000, WP_LIMITED_BY_PORTS },
    { WP_PLATFORM_WIN95, 64, 5000, 5000, FALSE, 3976, WP_LIMITED_BY_PORTS },
    { WP_PLATFORM_WIN95, 64, 5000, 5000, TRUE, 1000, WP_LIMITED_BY_PROCESS_CAP },
    { WP_PLATFORM_WIN98, 64, 5000, 5000, FALSE, 5000, WP_LIMITED_BY_REGISTRY },
    { WP_PLATFORM_WINME, 64, 5000, 999, TRUE, 999, WP_LIMITED_BY_REGISTRY },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const CeilingCase *c = &cases[i];
      WpLimitsInput input;
      WpLimits limits;

      wp_limits_input_init (&input);
      input.ram_mb = c->ram_mb;
      input.max_user_port = c->max_user_port;
      input.max_connections = c->max_connections;
      input.socketwrench_legacy = c->legacy;
      wp_limits_compute (c->platform, &input, &limits);
      g_test_message ("case %" G_GSIZE_FORMAT, i);
      g_assert_cmpuint (limits.client_limit, ==, c->client_limit);
      g_assert_cmpint (limits.client_limited_by, ==, c->client_by);
    }
}

typedef struct
{
  WpPlatform platform;
  guint      time_wait_s;    /* 0: none sourced */
} TimeWaitDefault;

/* limits.md's TIME_WAIT table, row by row. */
static void
test_time_wait_defaults (void)
{
  static const TimeWaitDefault rows[] = {
    { WP_PLATFORM_WIN95, 240 },     /* KB 170791, with the VTCP update */
    { WP_PLATFORM_WIN98, 0 },       /* no source */
    { WP_PLATFORM_WINME, 0 },       /* no source */
    { WP_PLATFORM_NT4, 240 },       /* KB 149532 */
    { WP_PLATFORM_WIN2000, 240 },   /* Windows 2000 Registry Reference */
    { WP_PLATFORM_WINXP, 240 },     /* third-party tuning guides */
    { WP_PLATFORM_WIN2003, 240 },   /* "Effects of TIME-WAIT Delay…": 4 minutes */
    /* Vista and later: RFC 793's 2 MSL (2 × 2 minutes); no Microsoft page
     * for these versions says otherwise (limits.md, "TIME_WAIT"). */
    { WP_PLATFORM_VISTA_X86, 2 * 2 * 60 },
    { WP_PLATFORM_VISTA_X64, 2 * 2 * 60 },
    { WP_PLATFORM_WIN7_X86, 2 * 2 * 60 },
    { WP_PLATFORM_WIN7_X64, 2 * 2 * 60 },
    { WP_PLATFORM_WIN81_X86, 2 * 2 * 60 },
    { WP_PLATFORM_WIN81_X64, 2 * 2 * 60 },
    { WP_PLATFORM_WIN10_X86, 2 * 2 * 60 },
    { WP_PLATFORM_WIN10_X64, 2 * 2 * 60 },
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (rows) == WP_N_PLATFORMS);
  for (gsize i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      WpLimitsInput input;
      WpLimits limits;

      wp_limits_input_init (&input);
      wp_limits_compute (rows[i].platform, &input, &limits);
      g_test_message ("%s", wp_platform_info (rows[i].platform)->id);
      g_assert_cmpuint (wp_platform_info (rows[i].platform)->time_wait_default_s, ==,
                        rows[i].time_wait_s);
      g_assert_cmpuint (limits.time_wait_s, ==, rows[i].time_wait_s);
      g_assert_cmpint (limits.has_rate, ==, rows[i].time_wait_s != 0);
    }
}

static void
test_time_wait (void)
{
  WpLimitsInput input;
  WpLimits limits;

  wp_limits_input_init (&input);
  wp_limits_compute (WP_PLATFORM_WIN2000, &input, &limits);
  g_assert_cmpuint (limits.time_wait_s, ==, 240);
  /* 3976 / 240 s ≈ 16.6 per second */
  g_assert_cmpfloat_with_epsilon (limits.connections_per_s, 3976.0 / 240.0, 1e-9);
  g_assert_cmpuint (wp_limits_rate_floor (&limits, 1), ==, 3976 / 240);
  g_assert_cmpuint (wp_limits_rate_floor (&limits, 100), ==, 397600 / 240);

  /* Server 2003: 240 s, half the rate the table's misprinted 120 s gave */
  wp_limits_compute (WP_PLATFORM_WIN2003, &input, &limits);
  g_assert_cmpuint (limits.time_wait_s, ==, 240);
  g_assert_cmpfloat_with_epsilon (limits.connections_per_s, 3976.0 / 240.0, 1e-9);

  /* The rate follows the client limit: 16,000 sockets at 2 GB, not the
   * 64,510 ports, over 30 s */
  input.time_wait_s = 30;
  input.max_user_port = 65534;
  wp_limits_compute (WP_PLATFORM_WIN2003, &input, &limits);
  g_assert_cmpuint (limits.time_wait_s, ==, 30);
  g_assert_cmpfloat_with_epsilon (limits.connections_per_s, 16000.0 / 30.0, 1e-9);

  /* the 3977 / 30 = 132.566…: 132, 13256 hundredths */
  input.max_user_port = 3977 + 1024;
  wp_limits_compute (WP_PLATFORM_WIN2000, &input, &limits);
  g_assert_cmpuint (wp_limits_rate_floor (&limits, 1), ==, 132);
  g_assert_cmpuint (wp_limits_rate_floor (&limits, 100), ==, 13256);

  /* The TIME_WAIT input is the NT family's TcpTimedWaitDelay: 95 keeps
   * its 240 s, 98 and ME have none */
  wp_limits_compute (WP_PLATFORM_WIN95, &input, &limits);
  g_assert_cmpuint (limits.time_wait_s, ==, 240);
  g_assert_cmpfloat_with_epsilon (limits.connections_per_s, 100.0 / 240.0, 1e-9);
  wp_limits_compute (WP_PLATFORM_WIN98, &input, &limits);
  g_assert_false (limits.has_rate);
  g_assert_cmpuint (wp_limits_rate_floor (&limits, 100), ==, 0);

  g_assert_cmpuint (wp_limits_time_wait (WP_PLATFORM_NT4, 29), ==, 30);
  g_assert_cmpuint (wp_limits_time_wait (WP_PLATFORM_NT4, 301), ==, 300);
  g_assert_cmpuint (wp_limits_time_wait (WP_PLATFORM_NT4, 300), ==, 300);
}

typedef struct
{
  guint            max_connections;
  guint            server;
  guint            client_95;     /* min (MaxConnections, 3976) */
  WpLimitingFactor client_by_95;
  gboolean         unstable;
} NineXCase;

static void
test_9x (void)
{
  static const NineXCase cases[] = {
    { 100,  100,  100,  WP_LIMITED_BY_REGISTRY, FALSE },
    { 300,  300,  300,  WP_LIMITED_BY_REGISTRY, FALSE },
    { 301,  301,  301,  WP_LIMITED_BY_REGISTRY, TRUE },
    { 3976, 3976, 3976, WP_LIMITED_BY_REGISTRY, TRUE },
    { 3977, 3977, 3976, WP_LIMITED_BY_PORTS,    TRUE },
    { 0,    1,    1,    WP_LIMITED_BY_REGISTRY, FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    for (WpPlatform p = WP_PLATFORM_WIN95; p <= WP_PLATFORM_WINME; p++)
      {
        WpLimitsInput input;
        WpLimits limits;

        wp_limits_input_init (&input);
        input.max_connections = cases[i].max_connections;
        input.ram_mb = 64;
        wp_limits_compute (p, &input, &limits);
        g_assert_false (limits.has_pool);
        g_assert_cmpuint (limits.practical_sockets, ==, 0);
        g_assert_cmpuint (limits.server_limit, ==, cases[i].server);
        g_assert_cmpint (limits.server_limited_by, ==, WP_LIMITED_BY_REGISTRY);
        g_assert_cmpint (limits.max_connections_unstable, ==, cases[i].unstable);
        if (p == WP_PLATFORM_WIN95)
          {
            g_assert_cmpuint (limits.client_limit, ==, cases[i].client_95);
            g_assert_cmpint (limits.client_limited_by, ==, cases[i].client_by_95);
          }
        else
          {
            /* 98 and ME: MaxConnections alone (KB 170791 is 95's only) */
            g_assert_false (limits.has_client_ports);
            g_assert_cmpuint (limits.client_limit, ==, cases[i].server);
            g_assert_cmpint (limits.client_limited_by, ==, WP_LIMITED_BY_REGISTRY);
          }
      }

  g_assert_cmpuint (WP_MAX_CONNECTIONS_DEFAULT, ==, 100);
  g_assert_cmpuint (WP_MAX_CONNECTIONS_STABLE, ==, 300);
  g_assert_cmpint (wp_platform_info (WP_PLATFORM_WIN95)->max_connections_type, ==, WP_REG_DWORD);
  g_assert_cmpint (wp_platform_info (WP_PLATFORM_WIN98)->max_connections_type, ==, WP_REG_SZ);
  g_assert_cmpint (wp_platform_info (WP_PLATFORM_WINME)->max_connections_type, ==, WP_REG_SZ);
}

static void
test_socketwrench (void)
{
  WpLimitsInput input;
  WpLimits limits;

  wp_limits_input_init (&input);
  input.socketwrench_legacy = TRUE;

  wp_limits_compute (WP_PLATFORM_WIN2000, &input, &limits);
  g_assert_cmpuint (limits.practical_sockets, ==, 16000);   /* system-wide unchanged */
  g_assert_cmpuint (limits.server_limit, ==, 1000);
  g_assert_cmpint (limits.server_limited_by, ==, WP_LIMITED_BY_PROCESS_CAP);
  g_assert_cmpuint (limits.client_limit, ==, 1000);
  g_assert_cmpint (limits.client_limited_by, ==, WP_LIMITED_BY_PROCESS_CAP);

  /* below the cap, the cap does not limit */
  input.ram_mb = 64;
  wp_limits_compute (WP_PLATFORM_NT4, &input, &limits);
  g_assert_cmpuint (limits.server_limit, ==, PRACTICAL (64));
  g_assert_cmpint (limits.server_limited_by, ==, WP_LIMITED_BY_MEMORY);

  wp_limits_compute (WP_PLATFORM_WIN98, &input, &limits);
  g_assert_cmpuint (limits.server_limit, ==, 100);
  g_assert_cmpint (limits.server_limited_by, ==, WP_LIMITED_BY_REGISTRY);

  input.max_connections = 1001;
  wp_limits_compute (WP_PLATFORM_WIN98, &input, &limits);
  g_assert_cmpuint (limits.server_limit, ==, 1000);
  g_assert_cmpint (limits.server_limited_by, ==, WP_LIMITED_BY_PROCESS_CAP);
}

static void
test_monotonic (void)
{
  for (WpPlatform p = 0; p < WP_N_SOURCE_PLATFORMS; p++)
    {
      guint previous_practical = 0, previous_theoretical = 0, previous_ports = 0;

      for (guint64 ram = 1; ram <= 64 * 1024; ram = ram * 5 / 4 + 1)
        {
          guint practical = wp_limits_practical_sockets (p, ram);
          guint theoretical = wp_limits_theoretical_sockets (p, ram);

          g_assert_cmpuint (practical, >=, previous_practical);
          g_assert_cmpuint (theoretical, >=, previous_theoretical);
          g_assert_cmpuint (practical, <=, theoretical);
          previous_practical = practical;
          previous_theoretical = theoretical;
        }

      for (guint port = 5000; port <= 65534; port += 97)
        {
          guint ports = wp_limits_client_ports (p, port);

          g_assert_cmpuint (ports, >=, previous_ports);
          previous_ports = ports;
        }
    }
}

static void
test_ids (void)
{
  static const char *ids[WP_N_PLATFORMS] = {
    "win95", "win98", "winme", "nt4", "win2000", "winxp", "win2003",
    "vista-x86", "vista-x64", "win7-x86", "win7-x64",
    "win81-x86", "win81-x64", "win10-x86", "win10-x64",
  };

  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    {
      WpPlatform found;

      g_assert_cmpstr (wp_platform_info (p)->id, ==, ids[p]);
      g_assert_true (wp_platform_from_id (ids[p], &found));
      g_assert_cmpint (found, ==, p);
    }
  g_assert_false (wp_platform_from_id ("vista", NULL));
  g_assert_false (wp_platform_from_id ("", NULL));
}

static void
test_shared_curves (void)
{
  g_assert_true (wp_platforms_share_curve (WP_PLATFORM_WIN2000, WP_PLATFORM_WINXP));
  g_assert_true (wp_platforms_share_curve (WP_PLATFORM_WIN2000, WP_PLATFORM_WIN2003));
  g_assert_true (wp_platforms_share_curve (WP_PLATFORM_WIN95, WP_PLATFORM_WINME));
  g_assert_false (wp_platforms_share_curve (WP_PLATFORM_NT4, WP_PLATFORM_WIN2000));
  g_assert_false (wp_platforms_share_curve (WP_PLATFORM_WIN98, WP_PLATFORM_NT4));
}

static void
test_input_bounds (void)
{
  WpLimitsInput input;
  WpLimits limits;

  wp_limits_input_init (&input);
  g_assert_true (wp_limits_input_is_valid (&input));
  g_assert_cmpuint (input.ram_mb, ==, 2048);

  input.ram_mb = 0;
  g_assert_false (wp_limits_input_is_valid (&input));
  wp_limits_compute (WP_PLATFORM_WIN2000, &input, &limits);   /* clamps to 1 MB */
  g_assert_cmpfloat (limits.nonpaged_pool_mb, ==, 0.125);

  input.ram_mb = WP_RAM_MB_MAX;
  g_assert_true (wp_limits_input_is_valid (&input));
  input.ram_mb = WP_RAM_MB_MAX + 1;
  g_assert_false (wp_limits_input_is_valid (&input));
  input.ram_mb = G_MAXUINT64;
  wp_limits_compute (WP_PLATFORM_WIN2000, &input, &limits);
  g_assert_cmpuint (limits.practical_sockets, ==, 16000);

  wp_limits_input_init (&input);
  input.max_user_port = 4999;
  g_assert_false (wp_limits_input_is_valid (&input));
  input.max_user_port = 65535;
  g_assert_false (wp_limits_input_is_valid (&input));
  input.max_user_port = 65534;
  g_assert_true (wp_limits_input_is_valid (&input));

  input.time_wait_s = 29;
  g_assert_false (wp_limits_input_is_valid (&input));
  input.time_wait_s = 301;
  g_assert_false (wp_limits_input_is_valid (&input));
  input.time_wait_s = 30;
  g_assert_true (wp_limits_input_is_valid (&input));

  input.max_connections = 0;
  g_assert_false (wp_limits_input_is_valid (&input));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limits/nt/server-figures", test_server_figures);
  g_test_add_func ("/limits/nt/pool-caps", test_pool_caps);
  g_test_add_func ("/limits/nt/knees", test_knees);
  g_test_add_func ("/limits/nt/practical-rate", test_practical_rate);
  g_test_add_func ("/limits/nt/client-ports", test_client_ports);
  g_test_add_func ("/limits/nt/time-wait", test_time_wait);
  g_test_add_func ("/limits/time-wait-defaults", test_time_wait_defaults);
  g_test_add_func ("/limits/client/socket-ceiling", test_socket_ceiling);
  g_test_add_func ("/limits/9x/max-connections", test_9x);
  g_test_add_func ("/limits/socketwrench/process-cap", test_socketwrench);
  g_test_add_func ("/limits/monotonic", test_monotonic);
  g_test_add_func ("/limits/platform-ids", test_ids);
  g_test_add_func ("/limits/shared-curves", test_shared_curves);
  g_test_add_func ("/limits/input-bounds", test_input_bounds);

  return g_test_run ();
}
