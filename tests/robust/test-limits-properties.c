/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Properties of the calculator over many random inputs (g_test_rand_*: the
 * seed is printed; rerun a failure with --seed=…).  test-limits pins the
 * figures of KB 100072; this checks that no input, valid or not, gets a
 * figure outside them. */
#include "config.h"

#include <math.h>

#include "limits/wp-limits.h"
#include "limits/wp-target.h"
#include "limits/wp-workload.h"

#define N_ROUNDS 20000

/* The largest figures KB 100072 allows (limits.md): */
#define CLIENT_PORTS_MAX    (WP_MAX_USER_PORT_MAX - (WP_FIRST_CLIENT_PORT - 1))  /* 64,510 */
#define CLIENT_PORTS_95     3976u   /* KB 170791, Windows 95 only */

static guint
rounds (void)
{
  return g_test_thorough () ? 10 * N_ROUNDS : N_ROUNDS;
}

static guint64
rand_u64 (void)
{
  return ((guint64) (guint32) g_test_rand_int () << 32) | (guint32) g_test_rand_int ();
}

/* Uniform in [min, max]. */
static guint64
rand_between (guint64 min,
              guint64 max)
{
  if (max - min == G_MAXUINT64)
    return rand_u64 ();
  return min + rand_u64 () % (max - min + 1);
}

/* Half the time uniform, half the time log-uniform, so that both 3 MB and
 * 9 TB come up often. */
static guint64
rand_spread (guint64 min,
             guint64 max)
{
  guint bits = g_bit_storage (max);
  guint64 value;

  if (g_test_rand_bit ())
    return rand_between (min, max);

  value = rand_u64 () >> (64 - g_test_rand_int_range (1, bits + 1));
  return CLAMP (value, min, max);
}

static void
rand_valid_input (WpLimitsInput *input)
{
  wp_limits_input_init (input);
  input->ram_mb = rand_spread (WP_RAM_MB_MIN, WP_RAM_MB_MAX);
  input->max_user_port = rand_between (WP_MAX_USER_PORT_MIN, WP_MAX_USER_PORT_MAX);
  input->time_wait_s = g_test_rand_int_range (0, 4) == 0
                       ? WP_TIME_WAIT_PLATFORM
                       : rand_between (WP_TIME_WAIT_MIN, WP_TIME_WAIT_MAX);
  input->max_connections = rand_spread (WP_MAX_CONNECTIONS_MIN, WP_MAX_CONNECTIONS_MAX);
  input->socketwrench_legacy = g_test_rand_bit ();
  /* Vista and later: any valid dynamic port range, any cost. */
  input->port_count = rand_between (WP_PORT_RANGE_COUNT_MIN,
                                    WP_PORT_RANGE_END_MAX - WP_PORT_RANGE_START_MIN + 1);
  input->port_start = rand_between (WP_PORT_RANGE_START_MIN,
                                    WP_PORT_RANGE_END_MAX - input->port_count + 1);
  input->connection_cost_kb = rand_spread (WP_CONNECTION_COST_KB_MIN, WP_CONNECTION_COST_KB_MAX);
}

/* Anything a corrupt setting or a careless caller could pass. */
static void
rand_any_input (WpLimitsInput *input)
{
  input->ram_mb = g_test_rand_bit () ? rand_u64 () : rand_spread (0, G_MAXUINT64);
  input->max_user_port = (guint) rand_spread (0, G_MAXUINT);
  input->time_wait_s = (guint) rand_spread (0, G_MAXUINT);
  input->max_connections = (guint) rand_spread (0, G_MAXUINT);
  input->socketwrench_legacy = g_test_rand_bit ();
  input->port_start = (guint) rand_spread (0, G_MAXUINT);
  input->port_count = (guint) rand_spread (0, G_MAXUINT);
  input->connection_cost_kb = (guint) rand_spread (0, G_MAXUINT);
  input->need_connections = (guint) rand_spread (0, G_MAXUINT);
  input->need_rate = (guint) rand_spread (0, G_MAXUINT);
}

/* Vista and later, for any input: the pool within its ceiling, the
 * sockets within TcpNumConnections' 16,777,214 and the pool ÷ the cost, a
 * client within the ports and the sockets (limits.md). */
static void
assert_bounded_nt6 (const WpPlatformInfo *info,
                    const WpLimits       *limits)
{
  g_assert_cmpint (limits->family, ==, WP_FAMILY_NT6);
  g_assert_cmpfloat (limits->nonpaged_pool_mb, >=, 0.0);
  g_assert_cmpfloat (limits->nonpaged_pool_mb, <=, info->pool_cap_mb);
  g_assert_cmpuint (limits->practical_sockets, <=, WP_TCP_NUM_CONNECTIONS_MAX);
  g_assert_cmpuint (limits->practical_sockets, <=,
                    (guint64) (limits->nonpaged_pool_mb * 1024) / limits->connection_cost_kb);
  g_assert_cmpuint (limits->theoretical_sockets, ==, 0);
  g_assert_cmpuint (limits->client_ports, >=, WP_PORT_RANGE_COUNT_MIN);
  g_assert_cmpuint (limits->client_ports, <=, WP_PORT_RANGE_END_MAX - WP_PORT_RANGE_START_MIN + 1);
  g_assert_cmpuint (limits->client_limit, <=, limits->client_ports);
  g_assert_cmpint (limits->has_server_limit, ==, info->pool_ram_pct > 0);
  if (limits->has_server_limit)
    g_assert_cmpuint (limits->client_limit, <=, limits->server_limit);
  g_assert_true (limits->has_rate);
  g_assert_cmpuint (limits->time_wait_s, >=, WP_TIME_WAIT_MIN);
  g_assert_cmpuint (limits->time_wait_s, <=, WP_TIME_WAIT_MAX);
}

/* What holds for any input at all: nothing negative or past its cap. */
static void
assert_bounded (WpPlatform           platform,
                const WpLimitsInput *input,
                const WpLimits      *limits)
{
  const WpPlatformInfo *info = wp_platform_info (platform);
  guint practical_cap = info->pool_cap_mb / WP_PRACTICAL_POOL_STEP_MB *
                        WP_PRACTICAL_SOCKETS_PER_STEP;   /* 8,000 / 16,000 */

  if (info->family == WP_FAMILY_NT6)
    {
      assert_bounded_nt6 (info, limits);
      return;
    }

  g_assert_cmpint (limits->platform, ==, platform);
  g_assert_cmpint (limits->family, ==, info->family);

  g_assert_true (isfinite (limits->nonpaged_pool_mb));
  g_assert_cmpfloat (limits->nonpaged_pool_mb, >=, 0.0);
  g_assert_cmpfloat (limits->nonpaged_pool_mb, <=, info->pool_cap_mb);
  g_assert_cmpuint (limits->practical_sockets, <=, practical_cap);
  g_assert_cmpuint (limits->theoretical_sockets, <=, info->theoretical_max);
  g_assert_cmpuint (limits->practical_sockets, <=, limits->theoretical_sockets);

  g_assert_cmpuint (limits->client_ports, <=, CLIENT_PORTS_MAX);
  if (limits->has_rate)
    {
      g_assert_true (limits->has_client_ports);
      g_assert_cmpuint (limits->time_wait_s, >=, WP_TIME_WAIT_MIN);
      g_assert_cmpuint (limits->time_wait_s, <=, WP_TIME_WAIT_MAX);
      g_assert_true (isfinite (limits->connections_per_s));
      g_assert_cmpfloat (limits->connections_per_s, >, 0.0);
      g_assert_cmpfloat (limits->connections_per_s, <=,
                         (double) CLIENT_PORTS_MAX / WP_TIME_WAIT_MIN);
      /* the rate follows the client limit, not the ports */
      g_assert_cmpfloat_with_epsilon (limits->connections_per_s,
                                      (double) limits->client_limit / limits->time_wait_s, 1e-9);
    }
  else
    {
      g_assert_cmpuint (limits->time_wait_s, ==, 0);
      g_assert_cmpfloat (limits->connections_per_s, ==, 0.0);
    }

  /* A connection is a socket: never more clients than ports, than the
   * sockets the machine holds, than MaxConnections on 9x. */
  g_assert_cmpuint (limits->client_limit, >=, 1);
  if (limits->has_client_ports)
    g_assert_cmpuint (limits->client_limit, <=, limits->client_ports);
  if (limits->has_pool)
    g_assert_cmpuint (limits->client_limit, <=, limits->practical_sockets);
  else
    g_assert_cmpuint (limits->client_limit, <=, limits->max_connections);

  if (info->family == WP_FAMILY_NT)
    {
      g_assert_true (limits->has_pool);
      g_assert_cmpuint (limits->pool_cap_mb, ==, info->pool_cap_mb);
      g_assert_cmpuint (limits->server_limit, <=, practical_cap);
      g_assert_cmpuint (limits->max_connections, ==, 0);
    }
  else
    {
      g_assert_false (limits->has_pool);
      g_assert_cmpfloat (limits->nonpaged_pool_mb, ==, 0.0);
      g_assert_cmpuint (limits->practical_sockets, ==, 0);
      g_assert_cmpuint (limits->theoretical_sockets, ==, 0);
      g_assert_cmpuint (limits->client_ports, ==,
                        platform == WP_PLATFORM_WIN95 ? CLIENT_PORTS_95 : 0);
      g_assert_cmpuint (limits->max_connections, >=, WP_MAX_CONNECTIONS_MIN);
      g_assert_cmpuint (limits->server_limit, >=, 1);
    }

  if (input->socketwrench_legacy)
    {
      g_assert_cmpuint (limits->server_limit, <=, WP_SOCKETWRENCH_PROCESS_CAP);
      g_assert_cmpuint (limits->client_limit, <=, WP_SOCKETWRENCH_PROCESS_CAP);
    }
}

/* What holds for a valid input: the exact rules of KB 100072. */
static void
assert_exact (WpPlatform           platform,
              const WpLimitsInput *input,
              const WpLimits      *limits)
{
  const WpPlatformInfo *info = wp_platform_info (platform);
  guint cap = input->socketwrench_legacy ? WP_SOCKETWRENCH_PROCESS_CAP : G_MAXUINT;

  g_assert_true (wp_limits_input_is_valid (input));
  /* Vista and later: the exact figures are pinned in tests/limits/. */
  if (info->family == WP_FAMILY_NT6)
    {
      g_assert_cmpuint (limits->client_ports, ==, input->port_count);
      g_assert_cmpuint (limits->practical_sockets, ==,
                        wp_limits_nt6_server_sockets (platform, input->ram_mb,
                                                      input->connection_cost_kb));
      return;
    }

  if (input->time_wait_s == WP_TIME_WAIT_PLATFORM || info->family != WP_FAMILY_NT)
    g_assert_cmpuint (limits->time_wait_s, ==, info->time_wait_default_s);
  else
    g_assert_cmpuint (limits->time_wait_s, ==, input->time_wait_s);

  if (info->family == WP_FAMILY_NT)
    {
      /* Ports 1025..MaxUserPort, whatever the RAM; clients no more than
       * the sockets the RAM holds. */
      g_assert_cmpuint (limits->client_ports, ==, input->max_user_port - 1024);
      g_assert_cmpuint (limits->client_limit, ==,
                        MIN (MIN (input->max_user_port - 1024, limits->practical_sockets), cap));
      g_assert_cmpfloat (limits->nonpaged_pool_mb, ==,
                         MIN ((double) input->ram_mb / 8, info->pool_cap_mb));
      g_assert_cmpint (limits->pool_capped, ==,
                       input->ram_mb >= (guint64) info->pool_cap_mb * 8);
      g_assert_cmpuint (limits->server_limit, ==, MIN (limits->practical_sockets, cap));
      if (limits->pool_capped)
        g_assert_cmpuint (limits->theoretical_sockets, ==, info->theoretical_max);
    }
  else
    {
      /* MaxConnections, and on 95 no more clients than its 3,976 ports. */
      guint ports = platform == WP_PLATFORM_WIN95 ? CLIENT_PORTS_95 : G_MAXUINT;

      g_assert_cmpuint (limits->max_connections, ==, input->max_connections);
      g_assert_cmpint (limits->max_connections_unstable, ==,
                       input->max_connections > WP_MAX_CONNECTIONS_STABLE);
      g_assert_cmpuint (limits->server_limit, ==, MIN (input->max_connections, cap));
      g_assert_cmpuint (limits->client_limit, ==,
                        MIN (MIN (input->max_connections, ports), cap));
    }

  if (input->socketwrench_legacy && limits->server_limit == WP_SOCKETWRENCH_PROCESS_CAP &&
      (info->family == WP_FAMILY_NT ? limits->practical_sockets : limits->max_connections) >
      WP_SOCKETWRENCH_PROCESS_CAP)
    g_assert_cmpint (limits->server_limited_by, ==, WP_LIMITED_BY_PROCESS_CAP);
}

static void
check_bounded_valid (WpPlatform           platform,
                     const WpLimitsInput *input)
{
  WpLimits limits;

  wp_limits_compute (platform, input, &limits);
  assert_bounded (platform, input, &limits);
  assert_exact (platform, input, &limits);
}

static void
check_bounded_any (WpPlatform           platform,
                   const WpLimitsInput *input)
{
  WpLimits limits;

  wp_limits_compute (platform, input, &limits);
  assert_bounded (platform, input, &limits);
}

/* More RAM never means fewer sockets or client connections, and never
 * changes the client ports. */
static void
check_monotonic_ram (WpPlatform           platform,
                     const WpLimitsInput *small)
{
  WpLimitsInput large = *small;
  WpLimits a, b;

  large.ram_mb = rand_spread (small->ram_mb, WP_RAM_MB_MAX);
  wp_limits_compute (platform, small, &a);
  wp_limits_compute (platform, &large, &b);

  g_assert_cmpfloat (a.nonpaged_pool_mb, <=, b.nonpaged_pool_mb);
  g_assert_cmpuint (a.practical_sockets, <=, b.practical_sockets);
  g_assert_cmpuint (a.theoretical_sockets, <=, b.theoretical_sockets);
  g_assert_cmpuint (a.server_limit, <=, b.server_limit);
  g_assert_cmpint (a.pool_capped, <=, b.pool_capped);
  g_assert_cmpuint (a.client_ports, ==, b.client_ports);
  g_assert_cmpuint (a.client_limit, <=, b.client_limit);
  g_assert_cmpfloat (a.connections_per_s, <=, b.connections_per_s);
}

/* A higher MaxUserPort never means fewer client connections, and never
 * changes the server side. */
static void
check_monotonic_max_user_port (WpPlatform           platform,
                               const WpLimitsInput *low)
{
  WpLimitsInput high = *low;
  WpLimits a, b;

  high.max_user_port = rand_between (low->max_user_port, WP_MAX_USER_PORT_MAX);
  wp_limits_compute (platform, low, &a);
  wp_limits_compute (platform, &high, &b);

  g_assert_cmpuint (a.client_ports, <=, b.client_ports);
  g_assert_cmpuint (a.client_limit, <=, b.client_limit);
  g_assert_cmpfloat (a.connections_per_s, <=, b.connections_per_s);
  g_assert_cmpuint (a.server_limit, ==, b.server_limit);
  g_assert_cmpuint (a.practical_sockets, ==, b.practical_sockets);
  if (wp_platform_info (platform)->family == WP_FAMILY_NT)
    g_assert_cmpuint (b.client_ports - a.client_ports, ==,
                      high.max_user_port - low->max_user_port);
}

/* A longer TIME_WAIT never means a higher sustained rate; on 9x a higher
 * MaxConnections never means fewer connections. */
static void
check_monotonic_other_inputs (WpPlatform           platform,
                              const WpLimitsInput *input)
{
  WpLimitsInput less = *input, more;
  WpLimits a, b;

  less.time_wait_s = rand_between (WP_TIME_WAIT_MIN, WP_TIME_WAIT_MAX);
  more = less;
  more.time_wait_s = rand_between (less.time_wait_s, WP_TIME_WAIT_MAX);
  wp_limits_compute (platform, &less, &a);
  wp_limits_compute (platform, &more, &b);
  g_assert_cmpfloat (a.connections_per_s, >=, b.connections_per_s);

  more = less;
  more.max_connections = rand_spread (less.max_connections, WP_MAX_CONNECTIONS_MAX);
  wp_limits_compute (platform, &more, &b);
  g_assert_cmpuint (a.server_limit, <=, b.server_limit);
  g_assert_cmpuint (a.client_limit, <=, b.client_limit);
  g_assert_cmpfloat (a.connections_per_s, <=, b.connections_per_s);
}

/* SocketWrench only ever lowers a limit, to at most 1,000. */
static void
check_socketwrench_only_lowers (WpPlatform           platform,
                                const WpLimitsInput *input)
{
  WpLimitsInput plain = *input, legacy = *input;
  WpLimits a, b;

  plain.socketwrench_legacy = FALSE;
  legacy.socketwrench_legacy = TRUE;
  wp_limits_compute (platform, &plain, &a);
  wp_limits_compute (platform, &legacy, &b);

  g_assert_cmpuint (b.server_limit, ==, MIN (a.server_limit, WP_SOCKETWRENCH_PROCESS_CAP));
  g_assert_cmpuint (b.client_limit, ==, MIN (a.client_limit, WP_SOCKETWRENCH_PROCESS_CAP));
  g_assert_cmpuint (b.practical_sockets, ==, a.practical_sockets);
  g_assert_cmpuint (b.client_ports, ==, a.client_ports);
}

/* The helpers agree with wp_limits_compute() everywhere. */
static void
check_helpers_agree (WpPlatform           platform,
                     const WpLimitsInput *input)
{
  WpLimits limits;

  wp_limits_compute (platform, input, &limits);

  g_assert_cmpfloat (limits.nonpaged_pool_mb, ==,
                     wp_limits_nonpaged_pool_mb (platform, input->ram_mb));
  g_assert_cmpuint (limits.theoretical_sockets, ==,
                    wp_limits_theoretical_sockets (platform, input->ram_mb));
  /* Vista and later: the cost and the port range are inputs. */
  if (limits.family == WP_FAMILY_NT6)
    {
      if (limits.has_pool)
        g_assert_cmpuint (limits.practical_sockets, ==,
                          wp_limits_nt6_server_sockets (platform, input->ram_mb,
                                                        limits.connection_cost_kb));
      g_assert_cmpuint (limits.client_ports, >=, WP_PORT_RANGE_COUNT_MIN);
    }
  else
    {
      g_assert_cmpuint (limits.practical_sockets, ==,
                        wp_limits_practical_sockets (platform, input->ram_mb));
      g_assert_cmpuint (limits.client_ports, ==,
                        wp_limits_client_ports (platform, input->max_user_port));
    }
  g_assert_cmpuint (limits.time_wait_s, ==,
                    wp_limits_time_wait (platform, input->time_wait_s));
}

/* Whether @platform with @input meets its connections / rate target. */
static gboolean
holds (WpPlatform           platform,
       const WpLimitsInput *input,
       gboolean             connections)
{
  WpTargetVerdict verdict;

  wp_target_verdict (platform, input, &verdict);
  return connections ? verdict.meets_connections : verdict.meets_rate;
}

/* Each need the target functions find meets its part of the target, and
 * is the least (RAM, MaxUserPort) or the longest (TIME_WAIT) that does. */
static void
check_target_needs (WpPlatform           platform,
                    const WpLimitsInput *valid)
{
  WpLimitsInput input = *valid, trial;
  WpTargetVerdict verdict;
  WpLimits limits;

  input.need_connections = (guint) rand_spread (0, 40000);
  input.need_rate = (guint) rand_spread (0, 2000);
  wp_target_verdict (platform, &input, &verdict);
  wp_limits_compute (platform, &input, &limits);
  g_assert_cmpint (verdict.meets_connections, ==, limits.server_limit >= input.need_connections);
  g_assert_true (verdict.meets == (wp_target_given (&input) && verdict.meets_connections &&
                                   verdict.meets_rate));

  trial = input;
  if (verdict.ram_mb.status == WP_NEED_FOUND)
    {
      trial.ram_mb = verdict.ram_mb.value;
      g_assert_true (holds (platform, &trial, TRUE));
      trial.ram_mb--;
      g_assert_true (trial.ram_mb == 0 || !holds (platform, &trial, TRUE));
    }
  trial = input;
  if (verdict.max_user_port.status == WP_NEED_FOUND)
    {
      trial.max_user_port = (guint) verdict.max_user_port.value;
      g_assert_true (holds (platform, &trial, FALSE));
      trial.max_user_port--;
      g_assert_true (trial.max_user_port < WP_MAX_USER_PORT_MIN || !holds (platform, &trial, FALSE));
    }
  trial = input;
  if (verdict.time_wait_s.status == WP_NEED_FOUND)
    {
      trial.time_wait_s = (guint) verdict.time_wait_s.value;
      g_assert_true (holds (platform, &trial, FALSE));
      trial.time_wait_s++;
      g_assert_true (trial.time_wait_s > WP_TIME_WAIT_MAX || !holds (platform, &trial, FALSE));
    }
  trial = input;
  if (verdict.max_connections.status == WP_NEED_FOUND)
    {
      trial.max_connections = (guint) verdict.max_connections.value;
      g_assert_true (holds (platform, &trial, TRUE));
    }
}

typedef struct
{
  const char *path;
  gboolean    any_input;   /* FALSE: valid inputs only */
  void      (*check) (WpPlatform           platform,
                      const WpLimitsInput *input);
} Property;

static const Property properties[] = {
  { "/robust/limits/bounded-valid", FALSE, check_bounded_valid },
  { "/robust/limits/bounded-any", TRUE, check_bounded_any },
  { "/robust/limits/monotonic-ram", FALSE, check_monotonic_ram },
  { "/robust/limits/monotonic-max-user-port", FALSE, check_monotonic_max_user_port },
  { "/robust/limits/monotonic-other-inputs", FALSE, check_monotonic_other_inputs },
  { "/robust/limits/socketwrench-only-lowers", FALSE, check_socketwrench_only_lowers },
  { "/robust/limits/helpers-agree", FALSE, check_helpers_agree },
  { "/robust/limits/target-needs", FALSE, check_target_needs },
};

static void
test_property (gconstpointer data)
{
  const Property *property = data;

  for (guint i = 0; i < rounds (); i++)
    {
      WpPlatform platform = g_test_rand_int_range (0, WP_N_PLATFORMS);
      WpLimitsInput input;

      if (property->any_input)
        rand_any_input (&input);
      else
        rand_valid_input (&input);
      property->check (platform, &input);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (properties); i++)
    g_test_add_data_func (properties[i].path, &properties[i], test_property);

  return g_test_run ();
}
