/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The target's pure functions (src/limits/wp-target*.c), table-driven.  The
 * expected figures are written from the source (Catalyst KB 100072 and
 * shared/domain/limits.md):
 *   least RAM for N: the practical estimate, 4,000 sockets per 512 MB,
 *     turned round and rounded up: ceil (N × 512 / 4000); past 8,000 (NT
 *     4.0) or 16,000 (2000+) at the pool's cap no RAM holds N;
 *   least MaxUserPort for R: 1024 + R × TIME_WAIT (ports 1025..MaxUserPort),
 *     at least 5000, at most 65534, and only where the client limit is then
 *     bound by the ports (not the pool or SocketWrench's 1,000);
 *   longest TIME_WAIT for R: floor (client limit / R), within 30..300 s;
 *   9x: MaxConnections N, and on 95 R × 240 s within its 3,976 ports. */
#include "config.h"

#include <string.h>

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "limits/wp-target.h"

#define CEIL_DIV(a, b) (((a) + (b) - 1) / (b))
#define RAM_FOR(n)     CEIL_DIV ((guint64) (n) * 512, 4000)

typedef struct
{
  WpPlatform   platform;
  guint64      ram_mb;       /* 0: the default, 2 GB */
  guint        max_user_port;
  guint        time_wait_s;
  gboolean     socketwrench;
  guint        need;         /* connections or rate, as the function asks */
  WpNeedStatus status;
  guint64      value;
} NeedCase;

static void
case_input (const NeedCase *c,
            WpLimitsInput  *input)
{
  wp_limits_input_init (input);
  if (c->ram_mb)
    input->ram_mb = c->ram_mb;
  if (c->max_user_port)
    input->max_user_port = c->max_user_port;
  input->time_wait_s = c->time_wait_s;
  input->socketwrench_legacy = c->socketwrench;
}

static const NeedCase ram_cases[] = {
  /* NT 4.0: 8,000 at its 128 MB cap (1 GB of RAM) */
  { WP_PLATFORM_NT4,     0, 0, 0, FALSE, 8000,  WP_NEED_FOUND, RAM_FOR (8000) },
  { WP_PLATFORM_NT4,     0, 0, 0, FALSE, 8001,  WP_NEED_UNREACHABLE, 0 },
  { WP_PLATFORM_NT4,     0, 0, 0, FALSE, 4000,  WP_NEED_FOUND, 512 },
  /* 2000 and later: 16,000 at the 256 MB cap (2 GB) */
  { WP_PLATFORM_WIN2000, 0, 0, 0, FALSE, 16000, WP_NEED_FOUND, RAM_FOR (16000) },
  { WP_PLATFORM_WIN2000, 0, 0, 0, FALSE, 16001, WP_NEED_UNREACHABLE, 0 },
  { WP_PLATFORM_WIN2000, 0, 0, 0, FALSE, 4001,  WP_NEED_FOUND, RAM_FOR (4001) },
  { WP_PLATFORM_WIN2003, 0, 0, 0, FALSE, 1,     WP_NEED_FOUND, RAM_FOR (1) },
  /* SocketWrench 3.6: 1,000 per process whatever the RAM */
  { WP_PLATFORM_WINXP,   0, 0, 0, TRUE,  1000,  WP_NEED_FOUND, RAM_FOR (1000) },
  { WP_PLATFORM_WINXP,   0, 0, 0, TRUE,  1001,  WP_NEED_UNREACHABLE, 0 },
  /* the 9x family's limit does not depend on RAM; no target */
  { WP_PLATFORM_WIN95,   0, 0, 0, FALSE, 50,    WP_NEED_NONE, 0 },
  { WP_PLATFORM_WIN2000, 0, 0, 0, FALSE, 0,     WP_NEED_NONE, 0 },
};

static const NeedCase port_cases[] = {
  /* 50/s at 240 s: 12,000 ports, within 2 GB's 16,000 sockets */
  { WP_PLATFORM_WIN2000, 0, 0, 0,   FALSE, 50,  WP_NEED_FOUND, 1024 + 50 * 240 },
  { WP_PLATFORM_WIN2000, 0, 0, 30,  FALSE, 300, WP_NEED_FOUND, 1024 + 300 * 30 },
  /* below 5000 the least MaxUserPort is 5000 */
  { WP_PLATFORM_WIN2000, 0, 0, 30,  FALSE, 50,  WP_NEED_FOUND, 5000 },
  /* 67 × 240 = 16,080 ports: more than 16,000 sockets, bound by memory */
  { WP_PLATFORM_WIN2000, 0, 0, 0,   FALSE, 67,  WP_NEED_UNREACHABLE, 0 },
  { WP_PLATFORM_WIN2000, 0, 0, 0,   FALSE, 66,  WP_NEED_FOUND, 1024 + 66 * 240 },
  /* NT 4.0 holds 8,000: 12,000 ports would not help */
  { WP_PLATFORM_NT4,     0, 0, 0,   FALSE, 50,  WP_NEED_UNREACHABLE, 0 },
  /* past 65534 */
  { WP_PLATFORM_WIN2003, 16384, 0, 300, FALSE, 220, WP_NEED_UNREACHABLE, 0 },
  { WP_PLATFORM_WIN2003, 16384, 0, 30,  FALSE, 500, WP_NEED_FOUND, 1024 + 500 * 30 },
  /* SocketWrench's 1,000 binds: 1000 / 240 = 4 */
  { WP_PLATFORM_WINXP,   0, 0, 0,   TRUE,  5,   WP_NEED_UNREACHABLE, 0 },
  { WP_PLATFORM_WINXP,   0, 0, 0,   TRUE,  4,   WP_NEED_FOUND, 5000 },
  /* 95's ports are fixed, 98/ME have none */
  { WP_PLATFORM_WIN95,   0, 0, 0,   FALSE, 10,  WP_NEED_NONE, 0 },
  { WP_PLATFORM_WIN98,   0, 0, 0,   FALSE, 10,  WP_NEED_NONE, 0 },
};

static const NeedCase time_wait_cases[] = {
  /* the default 3,976 ports */
  { WP_PLATFORM_WIN2000, 0, 0, 0, FALSE, 50,  WP_NEED_FOUND, 3976 / 50 },
  { WP_PLATFORM_WIN2000, 0, 0, 0, FALSE, 132, WP_NEED_FOUND, 3976 / 132 },
  { WP_PLATFORM_WIN2000, 0, 0, 0, FALSE, 133, WP_NEED_UNREACHABLE, 0 },
  /* longer than 300 s: 300 */
  { WP_PLATFORM_WIN2000, 0, 0, 0, FALSE, 10,  WP_NEED_FOUND, 300 },
  /* 64,510 ports but 16,000 sockets at 2 GB: the client limit is 16,000 */
  { WP_PLATFORM_WINXP,   0, 65534, 0, FALSE, 500, WP_NEED_FOUND, 16000 / 500 },
  /* NT 4.0 at 512 MB: 4,000 sockets */
  { WP_PLATFORM_NT4,     512, 65534, 0, FALSE, 100, WP_NEED_FOUND, 4000 / 100 },
  { WP_PLATFORM_WINME,   0, 0, 0, FALSE, 10,  WP_NEED_NONE, 0 },
  { WP_PLATFORM_WIN95,   0, 0, 0, FALSE, 10,  WP_NEED_NONE, 0 },
};

typedef WpNeedStatus (*NeedFunc) (WpPlatform, const WpLimitsInput *, guint64 *);

static void
run_cases (const NeedCase *cases,
           gsize           n_cases,
           NeedFunc        func,
           gboolean        rate)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      const NeedCase *c = &cases[i];
      WpLimitsInput input;
      guint64 value = 0;

      case_input (c, &input);
      if (rate)
        input.need_rate = c->need;
      else
        input.need_connections = c->need;
      g_test_message ("case %" G_GSIZE_FORMAT ": %s, need %u", i,
                      wp_platform_info (c->platform)->id, c->need);
      g_assert_cmpint (func (c->platform, &input, &value), ==, c->status);
      if (c->status == WP_NEED_FOUND)
        g_assert_cmpuint (value, ==, c->value);
    }
}

static void
test_ram (void)
{
  run_cases (ram_cases, G_N_ELEMENTS (ram_cases), wp_target_ram_needed_mb, FALSE);
}

static void
test_max_user_port (void)
{
  run_cases (port_cases, G_N_ELEMENTS (port_cases), wp_target_max_user_port_needed, TRUE);
}

static void
test_time_wait (void)
{
  run_cases (time_wait_cases, G_N_ELEMENTS (time_wait_cases),
             wp_target_time_wait_needed, TRUE);
}

/* The least RAM is least: it holds N, one MB less does not. */
static void
test_ram_is_least (void)
{
  for (guint n = 1; n <= 16000; n += 37)
    {
      WpLimitsInput input;
      guint64 ram = 0;

      wp_limits_input_init (&input);
      input.need_connections = n;
      g_assert_cmpint (wp_target_ram_needed_mb (WP_PLATFORM_WIN2000, &input, &ram), ==,
                       WP_NEED_FOUND);
      g_assert_cmpuint (wp_limits_practical_sockets (WP_PLATFORM_WIN2000, ram), >=, n);
      if (ram > WP_RAM_MB_MIN)
        g_assert_cmpuint (wp_limits_practical_sockets (WP_PLATFORM_WIN2000, ram - 1), <, n);
    }
}

static void
test_max_connections (void)
{
  WpLimitsInput input;
  guint64 value = 0;

  wp_limits_input_init (&input);
  input.need_connections = 200;
  g_assert_cmpint (wp_target_max_connections_needed (WP_PLATFORM_WIN98, &input, &value), ==,
                   WP_NEED_FOUND);
  g_assert_cmpuint (value, ==, 200);

  /* 95: 10/s at 240 s is 2,400 client sockets, within its 3,976 ports */
  input.need_connections = 0;
  input.need_rate = 10;
  g_assert_cmpint (wp_target_max_connections_needed (WP_PLATFORM_WIN95, &input, &value), ==,
                   WP_NEED_FOUND);
  g_assert_cmpuint (value, ==, 10 * 240);
  input.need_rate = 3976 / 240 + 1;
  g_assert_cmpint (wp_target_max_connections_needed (WP_PLATFORM_WIN95, &input, NULL), ==,
                   WP_NEED_UNREACHABLE);
  /* 98 has no rate: nothing MaxConnections can do for one */
  g_assert_cmpint (wp_target_max_connections_needed (WP_PLATFORM_WIN98, &input, NULL), ==,
                   WP_NEED_NONE);
  g_assert_cmpint (wp_target_max_connections_needed (WP_PLATFORM_NT4, &input, NULL), ==,
                   WP_NEED_NONE);

  input.need_rate = 0;
  input.need_connections = 1001;
  input.socketwrench_legacy = TRUE;
  g_assert_cmpint (wp_target_max_connections_needed (WP_PLATFORM_WINME, &input, NULL), ==,
                   WP_NEED_UNREACHABLE);
}

static void
test_verdict (void)
{
  WpLimitsInput input;
  WpTargetVerdict verdict;
  g_autofree char *text = NULL;
  g_autofree char *ram = wp_format_ram_mb (RAM_FOR (10000));
  g_autofree char *expected = NULL;

  wp_limits_input_init (&input);
  wp_target_verdict (WP_PLATFORM_WIN2000, &input, &verdict);
  g_assert_false (verdict.has_target);
  g_assert_false (verdict.meets);
  text = wp_target_format_verdict (&verdict);
  g_assert_cmpstr (text, ==, "");
  g_clear_pointer (&text, g_free);

  /* 2 GB holds 16,000 on 2000: meets 10,000 */
  input.need_connections = 10000;
  wp_target_verdict (WP_PLATFORM_WIN2000, &input, &verdict);
  g_assert_true (verdict.meets);
  text = wp_target_format_verdict (&verdict);
  g_assert_cmpstr (text, ==, "✓ Meets");
  g_clear_pointer (&text, g_free);

  /* 1 GB holds 8,000: fails, needs RAM_FOR (10000) */
  input.ram_mb = 1024;
  wp_target_verdict (WP_PLATFORM_WIN2000, &input, &verdict);
  g_assert_false (verdict.meets);
  g_assert_false (verdict.meets_connections);
  g_assert_cmpint (verdict.ram_mb.status, ==, WP_NEED_FOUND);
  text = wp_target_format_verdict (&verdict);
  expected = g_strdup_printf ("✗ Fails: RAM\u00a0%s", ram);
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);

  /* NT 4.0 never holds 10,000 */
  wp_target_verdict (WP_PLATFORM_NT4, &input, &verdict);
  text = wp_target_format_verdict (&verdict);
  g_assert_cmpstr (text, ==, "✗ Fails: not reachable on this version");
  g_clear_pointer (&text, g_free);

  /* 50/s at 240 s on 2000 with 3,976 ports: MaxUserPort or TIME_WAIT */
  input.ram_mb = 2048;
  input.need_connections = 0;
  input.need_rate = 50;
  wp_target_verdict (WP_PLATFORM_WIN2000, &input, &verdict);
  g_assert_false (verdict.meets_rate);
  text = wp_target_format_verdict (&verdict);
  g_assert_cmpstr (text, ==, "✗ Fails: MaxUserPort\u00a013024 or TIME_WAIT\u00a0" "79\u00a0s");
  g_clear_pointer (&text, g_free);

  /* 98 has no sourced rate */
  wp_target_verdict (WP_PLATFORM_WIN98, &input, &verdict);
  g_assert_true (verdict.rate_unsourced);
  g_assert_false (verdict.meets);
  text = wp_target_format_verdict (&verdict);
  g_assert_cmpstr (text, ==, "✗ Fails: no sourced rate on this version");
}

/* The summary's sentence: what would pass, or that nothing will. */
static void
test_sentence (void)
{
  WpLimitsInput input;
  g_autofree char *none = NULL;
  g_autofree char *meets = NULL;
  g_autofree char *ram = NULL;
  g_autofree char *out_of_reach = NULL;
  g_autofree char *ram_text = wp_format_ram_mb (RAM_FOR (10000));
  g_autofree char *expected = NULL;

  wp_limits_input_init (&input);
  none = wp_target_format_sentence (WP_PLATFORM_WIN2000, &input);
  g_assert_null (none);

  input.need_connections = 10000;
  meets = wp_target_format_sentence (WP_PLATFORM_WIN2000, &input);
  g_assert_cmpstr (meets, ==, "✓ Windows 2000 meets the target of 10000 connections.");

  input.ram_mb = 1024;
  ram = wp_target_format_sentence (WP_PLATFORM_WINXP, &input);
  expected = g_strdup_printf ("✗ Windows XP fails the target of 10000 connections — to pass: RAM\u00a0%s.",
                              ram_text);
  g_assert_cmpstr (ram, ==, expected);

  out_of_reach = wp_target_format_sentence (WP_PLATFORM_NT4, &input);
  g_assert_cmpstr (out_of_reach, ==,
                   "✗ Windows NT 4.0 fails the target of 10000 connections: not reachable on this version.");
}

/* Vista and later: the least dynamic port range for R, R × (life +
 * TIME_WAIT) rounded up, at least 255 ports; at the current start where the
 * range then ends by 65535, else at 1025; at most 64,511 ports (1025..65535);
 * and only where the ports, not the pool ÷ 16 KB, then bind. */
#define WIDEST (65535 - 1025 + 1)

typedef struct
{
  WpPlatform   platform;
  guint64      ram_mb;       /* 0: the default, 2 GB */
  guint        time_wait_s;  /* 0: the version's, 240 s */
  guint        port_start;   /* 0: the default, 49152 */
  guint        rate;
  guint64      life_ms;
  WpNeedStatus status;
  guint        start;
  guint64      count;
} RangeCase;

static const RangeCase range_cases[] = {
  /* 500 × (5 + 240) = 122,500 > 64,511: not by the ports alone */
  { WP_PLATFORM_WIN10_X64, 0, 0, 0, 500, 5000, WP_NEED_UNREACHABLE, 0, 0 },
  /* 500 × (5 + 30) = 17,500: 49152 + 17,500 − 1 > 65535, so from 1025 */
  { WP_PLATFORM_WIN10_X64, 0, 30, 0, 500, 5000, WP_NEED_FOUND, 1025, 500 * (5 + 30) },
  /* 100 × 35 = 3,500 from 49152: ends at 52651 */
  { WP_PLATFORM_WIN10_X64, 0, 30, 0, 100, 5000, WP_NEED_FOUND, 49152, 100 * (5 + 30) },
  /* a start of its own kept where it leaves room */
  { WP_PLATFORM_WIN10_X64, 0, 30, 10000, 500, 5000, WP_NEED_FOUND, 10000, 500 * (5 + 30) },
  /* 333 × 31.5 = 10,489.5: a need, so up */
  { WP_PLATFORM_WIN7_X64, 0, 30, 0, 333, 1500, WP_NEED_FOUND, 49152,
    CEIL_DIV (333 * 31500, 1000) },
  /* 1 × 30 = 30: at least 255 */
  { WP_PLATFORM_WIN81_X64, 0, 30, 0, 1, 0, WP_NEED_FOUND, 49152, 255 },
  /* at the widest's edge: 263 × 245 = 64,435 <= 64,511 < 263 × 246 = 64,698 */
  { WP_PLATFORM_WIN10_X64, 0, 245, 0, 263, 0, WP_NEED_FOUND, 1025, 263 * 245 },
  { WP_PLATFORM_WIN10_X64, 0, 246, 0, 263, 0, WP_NEED_UNREACHABLE, 0, 0 },
  /* 256 MB: 256 × 1024 KB ÷ 16 KB = 16,384 sockets < 17,500: memory binds */
  { WP_PLATFORM_WIN10_X64, 256, 30, 0, 500, 5000, WP_NEED_UNREACHABLE, 0, 0 },
  /* Vista x86, no pool figure: the ports alone bind */
  { WP_PLATFORM_VISTA_X86, 0, 30, 0, 500, 5000, WP_NEED_FOUND, 1025, 500 * (5 + 30) },
  /* MaxUserPort's versions and no rate: none */
  { WP_PLATFORM_WIN2003, 0, 30, 0, 500, 5000, WP_NEED_NONE, 0, 0 },
  { WP_PLATFORM_WIN10_X64, 0, 30, 0, 0, 5000, WP_NEED_NONE, 0, 0 },
};

static void
range_input (const RangeCase *c,
             WpLimitsInput   *input)
{
  wp_limits_input_init (input);
  if (c->ram_mb)
    input->ram_mb = c->ram_mb;
  input->time_wait_s = c->time_wait_s;
  if (c->port_start)
    input->port_start = c->port_start;
  input->need_rate = c->rate;
  input->connection_life_ms = c->life_ms;
}

static void
test_port_count (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (range_cases); i++)
    {
      const RangeCase *c = &range_cases[i];
      WpLimitsInput input;
      guint start = 0;
      guint64 count = 0;

      range_input (c, &input);
      g_test_message ("case %" G_GSIZE_FORMAT ": %s, %u/s", i,
                      wp_platform_info (c->platform)->id, c->rate);
      g_assert_cmpint (wp_target_port_count_needed (c->platform, &input, &start, &count), ==,
                       c->status);
      if (c->status != WP_NEED_FOUND)
        continue;
      g_assert_cmpuint (start, ==, c->start);
      g_assert_cmpuint (count, ==, c->count);
    }
}

/* The range found is least: with it the version meets R, with one port
 * fewer (where above 255) it does not. */
static void
test_port_count_is_least (void)
{
  for (guint rate = 1; rate <= 1800; rate += 41)
    {
      WpLimitsInput input;
      WpTargetVerdict verdict;
      guint start = 0;
      guint64 count = 0;

      wp_limits_input_init (&input);
      input.time_wait_s = 30;
      input.need_rate = rate;
      input.connection_life_ms = 5000;
      g_assert_cmpint (wp_target_port_count_needed (WP_PLATFORM_WIN10_X64, &input, &start,
                                                    &count), ==, WP_NEED_FOUND);
      input.port_start = start;
      input.port_count = (guint) count;
      wp_target_verdict (WP_PLATFORM_WIN10_X64, &input, &verdict);
      g_assert_true (verdict.meets_rate);
      if (count == 255)
        continue;
      input.port_count--;
      wp_target_verdict (WP_PLATFORM_WIN10_X64, &input, &verdict);
      g_assert_false (verdict.meets_rate);
    }
}

/* Server 2022 x64 (win10-x64) at 500/s of 5 s: the range, the TIME_WAIT,
 * or the widest range with a TIME_WAIT, worded with the netsh command. */
static void
test_range_verdict (void)
{
  WpLimitsInput input;
  WpTargetVerdict verdict;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;

  wp_limits_input_init (&input);
  input.need_rate = 500;
  input.connection_life_ms = 5000;

  /* 122,500 > 64,511 and (16384 × 1000 − 500 × 5000) / (500 × 1000) =
   * 27 s < 30: neither alone; with the widest range
   * (64511 × 1000 − 500 × 5000) / (500 × 1000) = 124 s */
  wp_target_verdict (WP_PLATFORM_WIN10_X64, &input, &verdict);
  g_assert_cmpint (verdict.port_count.status, ==, WP_NEED_UNREACHABLE);
  g_assert_cmpint (verdict.time_wait_s.status, ==, WP_NEED_UNREACHABLE);
  g_assert_cmpint (verdict.port_time_wait_s.status, ==, WP_NEED_FOUND);
  g_assert_cmpuint (verdict.port_time_wait_s.value, ==,
                    (WIDEST * 1000 - 500 * 5000) / (500 * 1000));
  text = wp_target_format_verdict (&verdict);
  expected = g_strdup_printf ("✗ Fails: netsh int ipv4 set dynamicport tcp start=1025 num=%u "
                              "and TIME_WAIT\u00a0%u\u00a0s", WIDEST,
                              (WIDEST * 1000 - 500 * 5000) / (500 * 1000));
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);

  /* at 30 s: 17,500 ports from 1025, the current start leaving no room */
  input.time_wait_s = 30;
  wp_target_verdict (WP_PLATFORM_WIN10_X64, &input, &verdict);
  g_assert_true (verdict.port_start_lowest);
  g_assert_cmpint (verdict.port_time_wait_s.status, ==, WP_NEED_NONE);
  text = wp_target_format_verdict (&verdict);
  expected = g_strdup_printf ("✗ Fails: netsh int ipv4 set dynamicport tcp start=1025 num=%u "
                              "(the lowest start: the current one leaves no room)",
                              500 * (5 + 30));
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);

  /* 100/s at 240 s: 100 × 245 = 24,500 from 1025, or TIME_WAIT
   * (16384 × 1000 − 100 × 5000) / (100 × 1000) = 158 s */
  input.time_wait_s = 0;
  input.need_rate = 100;
  wp_target_verdict (WP_PLATFORM_WIN10_X64, &input, &verdict);
  text = wp_target_format_verdict (&verdict);
  expected = g_strdup_printf ("✗ Fails: netsh int ipv4 set dynamicport tcp start=1025 num=%u "
                              "(the lowest start: the current one leaves no room) or "
                              "TIME_WAIT\u00a0%u\u00a0s", 100 * (5 + 240),
                              (16384 * 1000 - 100 * 5000) / (100 * 1000));
  g_assert_cmpstr (text, ==, expected);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&expected, g_free);

  /* 10/s at 240 s from 10000: 10 × 245 = 2,450 ports, the current start */
  input.port_start = 10000;
  input.port_count = 2000;
  input.need_rate = 10;
  wp_target_verdict (WP_PLATFORM_WIN10_X64, &input, &verdict);
  g_assert_false (verdict.port_start_lowest);
  text = wp_target_format_needs (&verdict);
  g_assert_true (g_str_has_prefix (text, "netsh int ipv4 set dynamicport tcp start=10000 "
                                         "num=2450 (the current start)"));
  g_clear_pointer (&text, g_free);

  /* 3,000/s of 0 s: 720,000 ports, and 64,511 / 3,000 = 21 s < 30 */
  wp_limits_input_init (&input);
  input.need_rate = 3000;
  wp_target_verdict (WP_PLATFORM_WIN10_X64, &input, &verdict);
  g_assert_cmpint (verdict.port_time_wait_s.status, ==, WP_NEED_UNREACHABLE);
  text = wp_target_format_verdict (&verdict);
  g_assert_cmpstr (text, ==, "✗ Fails: not reachable on this version");
}

/* The summary of win10-x64 at 500/s of 5 s: what to set, and the headroom
 * sentence under it: 122,500 needed of 16,384, used up in 16384 / 500 s. */
static void
test_range_sentence (void)
{
  WpLimitsInput input;
  g_autofree char *sentence = NULL;
  g_autofree char *headroom = NULL;
  g_autofree char *time = wp_headroom_format_duration (16384 * 1000 / 500);
  g_autofree char *in_use = wp_format_count (500 * (5 + 240));
  g_autofree char *expected = NULL;

  wp_limits_input_init (&input);
  input.need_rate = 500;
  input.connection_life_ms = 5000;
  sentence = wp_target_format_sentence (WP_PLATFORM_WIN10_X64, &input);
  expected = g_strdup_printf ("✗ %s fails the target of 500 new connections/s — to pass: "
                              "netsh int ipv4 set dynamicport tcp start=1025 num=%u and "
                              "TIME_WAIT\u00a0%u\u00a0s.",
                              wp_platform_name (WP_PLATFORM_WIN10_X64), WIDEST,
                              (WIDEST * 1000 - 500 * 5000) / (500 * 1000));
  g_assert_cmpstr (sentence, ==, expected);

  headroom = wp_headroom_format_sentence (WP_PLATFORM_WIN10_X64, &input);
  g_assert_nonnull (headroom);
  g_assert_nonnull (strstr (headroom, in_use));
  g_assert_nonnull (strstr (headroom, time));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limits/target/ram", test_ram);
  g_test_add_func ("/limits/target/ram-is-least", test_ram_is_least);
  g_test_add_func ("/limits/target/max-user-port", test_max_user_port);
  g_test_add_func ("/limits/target/time-wait", test_time_wait);
  g_test_add_func ("/limits/target/max-connections", test_max_connections);
  g_test_add_func ("/limits/target/verdict", test_verdict);
  g_test_add_func ("/limits/target/sentence", test_sentence);
  g_test_add_func ("/limits/target/port-count", test_port_count);
  g_test_add_func ("/limits/target/port-count-is-least", test_port_count_is_least);
  g_test_add_func ("/limits/target/range-verdict", test_range_verdict);
  g_test_add_func ("/limits/target/range-sentence", test_range_sentence);

  return g_test_run ();
}
