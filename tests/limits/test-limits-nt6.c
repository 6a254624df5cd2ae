/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Windows Vista and later: every figure pinned to its row of
 * shared/domain/limits.md, written as the source gives it.
 */
#include "config.h"

#include "limits/wp-limits.h"
#include "limits/wp-target.h"
#include "limits/wp-workload.h"

#define MB(gb) ((guint64) (gb) * 1024)
#define TB_MB  (16ull * 1024 * 1024)   /* 16 TB in MB */

typedef struct
{
  WpPlatform platform;
  const char *id;
  guint      ram_pct;   /* the share of RAM; 0: no figure */
  guint64    cap_mb;
} PoolRow;

/* "Non-paged pool ceilings" (Microsoft, "Memory Limits for Windows and
 * Windows Server Releases"), row and column by row and column. */
static const PoolRow pool_rows[] = {
  { WP_PLATFORM_VISTA_X86, "vista-x86", 0, 0 },           /* Vista x86: "limited by kernel address space and RAM" */
  { WP_PLATFORM_VISTA_X64, "vista-x64", 40, MB (128) },   /* Vista x64: 40 % of RAM, at most 128 GB */
  { WP_PLATFORM_WIN7_X86, "win7-x86", 75, MB (2) },       /* 7 / 2008 / 2008 R2 x86: 75 %, at most 2 GB */
  { WP_PLATFORM_WIN7_X64, "win7-x64", 75, MB (128) },     /* 7 / 2008 / 2008 R2 x64: 75 %, at most 128 GB */
  { WP_PLATFORM_WIN81_X86, "win81-x86", 75, MB (2) },     /* 8.1 / 2012 R2 x86: 75 %, at most 2 GB */
  { WP_PLATFORM_WIN81_X64, "win81-x64", 100, TB_MB },     /* 8.1 / 2012 R2 x64: RAM, at most 16 TB */
  { WP_PLATFORM_WIN10_X86, "win10-x86", 75, MB (2) },     /* 10 / 11 / 2016+ x86: 75 %, at most 2 GB */
  { WP_PLATFORM_WIN10_X64, "win10-x64", 100, MB (128) },  /* 10 / 11 / 2016+ x64: RAM, at most 128 GB */
};

static void
test_pool_ceilings (void)
{
  static const guint64 rams[] = { 1, 64, 1000, 1024, 2730, 2731, 4096, MB (64), MB (200),
                                  MB (400), MB (1024), TB_MB };

  G_STATIC_ASSERT (G_N_ELEMENTS (pool_rows) == WP_N_PLATFORMS - WP_N_SOURCE_PLATFORMS);
  for (gsize i = 0; i < G_N_ELEMENTS (pool_rows); i++)
    {
      const PoolRow *row = &pool_rows[i];
      const WpPlatformInfo *info = wp_platform_info (row->platform);

      g_test_message ("%s", row->id);
      g_assert_cmpstr (info->id, ==, row->id);
      g_assert_cmpint (info->family, ==, WP_FAMILY_NT6);
      for (gsize r = 0; r < G_N_ELEMENTS (rams); r++)
        {
          WpLimitsInput input;
          WpLimits limits;
          guint64 pool_kb = MIN (rams[r] * 1024 * row->ram_pct / 100, row->cap_mb * 1024);

          wp_limits_input_init (&input);
          input.ram_mb = rams[r];
          wp_limits_compute (row->platform, &input, &limits);
          g_assert_cmpuint (wp_limits_nt6_pool_kb (row->platform, rams[r]), ==, pool_kb);
          g_assert_cmpint (limits.has_pool, ==, row->ram_pct > 0);
          g_assert_cmpint (limits.has_server_limit, ==, row->ram_pct > 0);
          g_assert_cmpfloat (limits.nonpaged_pool_mb, ==, pool_kb / 1024.0);
          g_assert_cmpuint (limits.theoretical_sockets, ==, 0);   /* no source gives one */
          if (row->ram_pct == 0)
            continue;
          g_assert_cmpuint (limits.pool_cap_mb, ==, row->cap_mb);
          g_assert_cmpint (limits.pool_capped, ==, rams[r] * row->ram_pct >= row->cap_mb * 100);
        }
    }
}

/* Examples in whole numbers, each from the table and the cost. */
static void
test_pool_examples (void)
{
  /* 7 x86 with 1 GB: 75 % = 768 MB; with 4 GB: 2 GB, the ceiling. */
  g_assert_cmpuint (wp_limits_nt6_pool_kb (WP_PLATFORM_WIN7_X86, 1024), ==, 768 * 1024);
  g_assert_cmpuint (wp_limits_nt6_pool_kb (WP_PLATFORM_WIN7_X86, 4096), ==, 2048 * 1024);
  /* The ceiling's RAM: 2 GB / 75 % = 2,730.7 MB, so 2,731 MB. */
  g_assert_cmpuint (wp_limits_knee_ram_mb (WP_PLATFORM_WIN7_X86), ==, 2731);
  /* Vista x64: 128 GB / 40 % = 320 GB. */
  g_assert_cmpuint (wp_limits_knee_ram_mb (WP_PLATFORM_VISTA_X64), ==, 320 * 1024);
  /* 8.1 x64: RAM up to 16 TB, the largest RAM the planner takes. */
  g_assert_cmpuint (wp_limits_knee_ram_mb (WP_PLATFORM_WIN81_X64), ==, WP_RAM_MB_MAX);
  g_assert_cmpuint (wp_limits_knee_ram_mb (WP_PLATFORM_VISTA_X86), ==, 0);
  /* Vista x64 with 1 GB: 40 % of 1,048,576 KB = 419,430.4, down. */
  g_assert_cmpuint (wp_limits_nt6_pool_kb (WP_PLATFORM_VISTA_X64, 1024), ==, 419430);
}

typedef struct
{
  WpPlatform platform;
  guint64    ram_mb;
  guint      cost_kb;
  guint      server;
} SocketRow;

/* Server sockets = pool ÷ cost, down, at most 16,777,214
 * (SetTcpNumConnections). */
static void
test_server_sockets (void)
{
  static const SocketRow rows[] = {
    /* 10 x64, 8 GB, 16 KB (the source's practical cost): 8 GB / 16 KB */
    { WP_PLATFORM_WIN10_X64, 8192, 16, 8192 * 1024 / 16 },
    /* 7 x86, 4 GB: the 2 GB ceiling / 16 KB = 131,072 */
    { WP_PLATFORM_WIN7_X86, 4096, 16, 2048 * 1024 / 16 },
    /* 7 x64, 3 GB, 7 KB (Holgate's ≈ 7 KB): 75 % of 3 GB / 7 KB, down */
    { WP_PLATFORM_WIN7_X64, 3072, 7, 3072 * 1024 * 75 / 100 / 7 },
    /* 8.1 x64, 16 TB, 1 KB: 2^34 KB, far past TcpNumConnections' ceiling */
    { WP_PLATFORM_WIN81_X64, TB_MB, 1, 16777214 },
    /* 10 x64, 256 GB, 16 KB: the 128 GB ceiling / 16 KB = 8,388,608 */
    { WP_PLATFORM_WIN10_X64, MB (256), 16, 128u * 1024 * 1024 / 16 },
    /* Vista x86: no pool figure, no server figure */
    { WP_PLATFORM_VISTA_X86, 4096, 16, 0 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      WpLimitsInput input;
      WpLimits limits;

      wp_limits_input_init (&input);
      input.ram_mb = rows[i].ram_mb;
      input.connection_cost_kb = rows[i].cost_kb;
      wp_limits_compute (rows[i].platform, &input, &limits);
      g_assert_cmpuint (limits.server_limit, ==, rows[i].server);
      g_assert_cmpuint (limits.practical_sockets, ==, rows[i].server);
      g_assert_cmpuint (limits.connection_cost_kb, ==, rows[i].cost_kb);
    }
}

/* Client ports: the dynamic port range's count (KB 929851), whatever
 * MaxUserPort says; a client never exceeds the socket ceiling. */
static void
test_client_ports (void)
{
  WpLimitsInput input;
  WpLimits limits;

  wp_limits_input_init (&input);
  g_assert_cmpuint (input.port_start, ==, 49152);
  g_assert_cmpuint (input.port_count, ==, 65535 - 49152 + 1);   /* 16,384 */
  g_assert_cmpuint (input.connection_cost_kb, ==, 16);

  for (WpPlatform p = WP_N_SOURCE_PLATFORMS; p < WP_N_PLATFORMS; p++)
    {
      input.max_user_port = 65534;   /* legacy there: changes nothing */
      wp_limits_compute (p, &input, &limits);
      g_assert_cmpuint (limits.client_ports, ==, 16384);
      g_assert_cmpuint (limits.time_wait_s, ==, 240);    /* RFC 793: 2 MSL */
      g_assert_true (limits.has_rate);
      /* 16,384 / 240 s = 68.27: never rounded up */
      g_assert_cmpuint (wp_limits_rate_floor (&limits, 1), ==, MIN (16384, limits.client_limit) / 240);
      if (limits.has_server_limit)
        g_assert_cmpuint (limits.client_limit, <=, limits.server_limit);
    }

  /* The widest range: start=1025 num=64511, and TIME_WAIT 30 s. */
  input.ram_mb = 16384;
  input.port_start = 1025;
  input.port_count = 64511;
  input.time_wait_s = 30;
  wp_limits_compute (WP_PLATFORM_WIN10_X64, &input, &limits);
  g_assert_cmpuint (limits.client_ports, ==, 64511);
  g_assert_cmpuint (limits.client_limit, ==, 64511);
  g_assert_cmpint (limits.client_limited_by, ==, WP_LIMITED_BY_PORTS);
  g_assert_cmpuint (wp_limits_rate_floor (&limits, 1), ==, 64511 / 30);

  /* 7 x86 with 64 MB: 48 MB of pool / 16 KB = 3,072 sockets, below the ports. */
  wp_limits_input_init (&input);
  input.ram_mb = 64;
  wp_limits_compute (WP_PLATFORM_WIN7_X86, &input, &limits);
  g_assert_cmpuint (limits.client_limit, ==, 64 * 1024 * 75 / 100 / 16);
  g_assert_cmpint (limits.client_limited_by, ==, WP_LIMITED_BY_MEMORY);

  /* Vista x86: no socket figure, the ports alone. */
  wp_limits_compute (WP_PLATFORM_VISTA_X86, &input, &limits);
  g_assert_cmpuint (limits.client_limit, ==, 16384);
  g_assert_cmpint (limits.client_limited_by, ==, WP_LIMITED_BY_PORTS);
}

/* The range's rules (limits.md): at least 255 ports, start ≥ 1025, end
 * ≤ 65535; the cost 1 KB or more. */
static void
test_input_validity (void)
{
  static const struct { guint start, count, cost; gboolean valid; } cases[] = {
    { 49152, 16384, 16, TRUE },
    { 1025, 64511, 16, TRUE },
    { 1025, 255, 1, TRUE },
    { 65281, 255, 16, TRUE },     /* ends at 65535 */
    { 1024, 16384, 16, FALSE },
    { 49152, 254, 16, FALSE },
    { 65282, 255, 16, FALSE },    /* ends at 65536 */
    { 49152, 16385, 16, FALSE },
    { 49152, 16384, 0, FALSE },
    { 49152, 16384, WP_CONNECTION_COST_KB_MAX + 1, FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      WpLimitsInput input;

      wp_limits_input_init (&input);
      input.port_start = cases[i].start;
      input.port_count = cases[i].count;
      input.connection_cost_kb = cases[i].cost;
      g_assert_cmpint (wp_limits_input_is_valid (&input), ==, cases[i].valid);
    }
}

/* More RAM or a wider range never lowers a figure; a dearer connection
 * never raises one. */
static void
test_monotonic (void)
{
  for (WpPlatform p = WP_N_SOURCE_PLATFORMS; p < WP_N_PLATFORMS; p++)
    {
      guint previous = 0, previous_client = 0;
      WpLimitsInput input;
      WpLimits limits;

      wp_limits_input_init (&input);
      for (guint64 ram = 1; ram <= WP_RAM_MB_MAX; ram = ram * 3 / 2 + 1)
        {
          input.ram_mb = ram;
          wp_limits_compute (p, &input, &limits);
          g_assert_cmpuint (limits.server_limit, >=, previous);
          g_assert_cmpuint (limits.client_limit, >=, previous_client);
          g_assert_cmpuint (limits.server_limit, <=, WP_TCP_NUM_CONNECTIONS_MAX);
          g_assert_cmpfloat (limits.nonpaged_pool_mb, <=, limits.pool_cap_mb);
          previous = limits.server_limit;
          previous_client = limits.client_limit;
        }

      previous_client = 0;
      input.ram_mb = MB (64);
      input.port_start = WP_PORT_RANGE_START_MIN;
      for (guint count = WP_PORT_RANGE_COUNT_MIN; count <= 64511; count += 331)
        {
          input.port_count = count;
          wp_limits_compute (p, &input, &limits);
          g_assert_cmpuint (limits.client_limit, >=, previous_client);
          g_assert_cmpuint (limits.client_limit, <=, count);
          previous_client = limits.client_limit;
        }

      previous = G_MAXUINT;
      wp_limits_input_init (&input);
      for (guint cost = 1; cost <= WP_CONNECTION_COST_KB_MAX; cost *= 2)
        {
          input.connection_cost_kb = cost;
          wp_limits_compute (p, &input, &limits);
          g_assert_cmpuint (limits.server_limit, <=, previous);
          previous = limits.server_limit;
        }
    }
}

/* Versions with the same figures share a line: 7, 8.1 and 10 x86. */
static void
test_shared_curves (void)
{
  g_assert_true (wp_platforms_share_curve (WP_PLATFORM_WIN7_X86, WP_PLATFORM_WIN10_X86));
  g_assert_true (wp_platforms_share_curve (WP_PLATFORM_WIN81_X86, WP_PLATFORM_WIN10_X86));
  g_assert_false (wp_platforms_share_curve (WP_PLATFORM_WIN7_X64, WP_PLATFORM_WIN10_X64));
  g_assert_false (wp_platforms_share_curve (WP_PLATFORM_VISTA_X64, WP_PLATFORM_WIN7_X64));
  g_assert_false (wp_platforms_share_curve (WP_PLATFORM_WIN2003, WP_PLATFORM_VISTA_X86));
}

/* The target on Vista and later: the least RAM from the pool's share and
 * the assumed cost, the longest TIME_WAIT from the ports. */
static void
test_target (void)
{
  WpTargetVerdict verdict;
  WpLimitsInput input;
  guint64 ram = 0;

  wp_limits_input_init (&input);
  input.ram_mb = 1024;
  input.need_connections = 200000;
  input.need_rate = 100;
  wp_target_verdict (WP_PLATFORM_WIN10_X64, &input, &verdict);
  g_assert_false (verdict.meets);
  /* 200,000 × 16 KB = 3,200,000 KB of pool, all of RAM on 10 x64: 3,125 MB */
  g_assert_cmpint (verdict.ram_mb.status, ==, WP_NEED_FOUND);
  g_assert_cmpuint (verdict.ram_mb.value, ==, 200000ull * 16 / 1024);
  /* 16,384 ports / 100 a second: 163 s, down */
  g_assert_cmpint (verdict.time_wait_s.status, ==, WP_NEED_FOUND);
  g_assert_cmpuint (verdict.time_wait_s.value, ==, 16384 / 100);
  g_assert_cmpint (verdict.max_user_port.status, ==, WP_NEED_NONE);   /* legacy there */

  /* 7 x86: 75 % of RAM; 150,000 × 16 KB needs 2,343.75 MB of pool: past
   * its 2 GB ceiling, no RAM will. */
  input.need_rate = 0;
  input.need_connections = 150000;
  g_assert_cmpint (wp_target_ram_needed_mb (WP_PLATFORM_WIN7_X86, &input, &ram), ==,
                   WP_NEED_UNREACHABLE);
  /* 100,000 × 16 KB = 1,600,000 KB / (75 % × 1,024) = 2,083.3 MB, up */
  input.need_connections = 100000;
  g_assert_cmpint (wp_target_ram_needed_mb (WP_PLATFORM_WIN7_X86, &input, &ram), ==,
                   WP_NEED_FOUND);
  g_assert_cmpuint (ram, ==, 2084);
  /* Vista x86: no pool figure, no RAM to name. */
  g_assert_cmpint (wp_target_ram_needed_mb (WP_PLATFORM_VISTA_X86, &input, &ram), ==,
                   WP_NEED_UNREACHABLE);
  /* Beyond TcpNumConnections' 16,777,214: never. */
  input.need_connections = 16777215;
  g_assert_cmpint (wp_target_ram_needed_mb (WP_PLATFORM_WIN81_X64, &input, &ram), ==,
                   WP_NEED_UNREACHABLE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limits/nt6/pool-ceilings", test_pool_ceilings);
  g_test_add_func ("/limits/nt6/pool-examples", test_pool_examples);
  g_test_add_func ("/limits/nt6/server-sockets", test_server_sockets);
  g_test_add_func ("/limits/nt6/client-ports", test_client_ports);
  g_test_add_func ("/limits/nt6/input-validity", test_input_validity);
  g_test_add_func ("/limits/nt6/monotonic", test_monotonic);
  g_test_add_func ("/limits/nt6/shared-curves", test_shared_curves);
  g_test_add_func ("/limits/nt6/target", test_target);

  return g_test_run ();
}
