/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Port headroom for a workload (src/limits/wp-workload.h).  Each expected
 * figure is written as its derivation:
 *   ports in use = rate × (life + TIME_WAIT), rounded up (a need);
 *   headroom = (ports − in use) / ports in percent, rounded down;
 *   the rate that runs the ports out = ports / (life + TIME_WAIT), down;
 *   exhaustion from an empty range = ports / rate, down (limits.md: a
 *   maximum is never rounded up, a need never down);
 *   the dynamic port range: 49152 + 16384 ports by default (KB 929851), at
 *   least 255 ports, from 1025, ending at 65535 at most (limits.md). */
#include "config.h"

#include "limits/wp-workload.h"

#define DEFAULT_PORTS 16384   /* KB 929851: 49152..65535 */

typedef struct
{
  const char *name;
  guint64     rate_milli;
  guint64     life_ms;
  guint       time_wait_s;
  guint64     ports;
  guint64     in_use;
  gint64      headroom_pct;
  guint64     max_rate_milli;
  gboolean    holds;
  gboolean    warning;
  guint64     exhaustion_ms;
} WorkloadCase;

static const WorkloadCase workload_cases[] = {
  /* Issue 15's planning case: 500 a second, 5-second connections, 240 s. */
  { "500/s, 5 s, 240 s", 500000, 5000, 240, DEFAULT_PORTS,
    500 * (5 + 240), -(gint64) (((500 * 245 - DEFAULT_PORTS) * 100 + DEFAULT_PORTS - 1) / DEFAULT_PORTS),
    DEFAULT_PORTS * 1000000ull / 245000, FALSE, TRUE, DEFAULT_PORTS * 1000ull / 500 },
  { "10/s, no life, 30 s", 10000, 0, 30, DEFAULT_PORTS,
    10 * 30, (DEFAULT_PORTS - 300) * 100 / DEFAULT_PORTS,
    DEFAULT_PORTS * 1000ull / 30, TRUE, FALSE, 0 },
  /* 800 of 1,000 ports: the warning starts at 80 %. */
  { "80 % in use", 10000, 0, 80, 1000,
    10 * 80, (1000 - 800) * 100 / 1000, 1000 * 1000ull / 80, TRUE, TRUE, 0 },
  { "79.9 % in use", 10000, 0, 80, 1001,
    10 * 80, (1001 - 800) * 100 / 1001, 1001 * 1000ull / 80, TRUE, FALSE, 0 },
  /* 0.5 a second for 30.25 s is 15.125 ports: a need, so 16. */
  { "half a connection a second", 500, 250, 30, 255,
    16, (255 - 16) * 100 / 255, 255 * 1000000ull / 30250, TRUE, FALSE, 0 },
  /* Exactly full holds, with no headroom. */
  { "exactly full", 100000, 0, 120, 12000,
    100 * 120, 0, 12000 * 1000ull / 120, TRUE, TRUE, 0 },
  /* One port short: 12,001 of 12,000. */
  { "one port short", 100000, 10, 120, 12000,
    12001, -1, 12000 * 1000000ull / 120010, FALSE, TRUE, 12000 * 1000ull / 100 },
  { "no workload", 0, 0, 240, DEFAULT_PORTS,
    0, 100, DEFAULT_PORTS * 1000ull / 240, TRUE, FALSE, 0 },
};

static void
test_headroom (gconstpointer data)
{
  const WorkloadCase *c = data;
  WpWorkload workload = { c->rate_milli, c->life_ms, c->time_wait_s };
  WpHeadroom headroom;

  wp_workload_headroom (&workload, c->ports, &headroom);
  g_assert_cmpuint (wp_workload_ports_in_use (&workload), ==, c->in_use);
  g_assert_cmpuint (headroom.ports_in_use, ==, c->in_use);
  g_assert_cmpint (headroom.headroom_pct, ==, c->headroom_pct);
  g_assert_cmpuint (headroom.max_rate_milli, ==, c->max_rate_milli);
  g_assert_cmpint (headroom.holds, ==, c->holds);
  g_assert_cmpint (headroom.warning, ==, c->warning);
  g_assert_cmpuint (headroom.exhaustion_ms, ==, c->exhaustion_ms);
}

/* More ports in use never means more headroom, and a rate above the one
 * that runs the ports out never holds. */
static void
test_monotonic (void)
{
  gint64 last_pct = G_MAXINT64;

  for (guint64 rate = 0; rate <= 200000; rate += 1000)
    {
      WpWorkload workload = { rate, 1500, 60 };
      WpHeadroom headroom;

      wp_workload_headroom (&workload, DEFAULT_PORTS, &headroom);
      g_assert_cmpint (headroom.headroom_pct, <=, last_pct);
      g_assert_cmpint (headroom.holds, ==, rate <= headroom.max_rate_milli);
      last_pct = headroom.headroom_pct;
    }
}

typedef struct
{
  guint            start;
  guint            count;
  WpPortRangeCheck check;
} RangeCase;

static const RangeCase range_cases[] = {
  { 49152, DEFAULT_PORTS, WP_PORT_RANGE_OK },
  { 1025, 65535 - 1025 + 1, WP_PORT_RANGE_OK },          /* start=1025 num=64511 */
  { 1025, 65535 - 1025 + 2, WP_PORT_RANGE_PAST_END },
  { 1024, 1000, WP_PORT_RANGE_START_TOO_LOW },
  { 10000, 255, WP_PORT_RANGE_OK },
  { 10000, 254, WP_PORT_RANGE_TOO_SMALL },
  { 65535 - 255 + 1, 255, WP_PORT_RANGE_OK },
  { 65535 - 255 + 2, 255, WP_PORT_RANGE_PAST_END },
  { 60000, G_MAXUINT, WP_PORT_RANGE_PAST_END },          /* no wrap-around */
};

static void
test_port_range (void)
{
  WpPortRange range;

  wp_port_range_init_default (&range);
  g_assert_cmpuint (range.start, ==, 49152);
  g_assert_cmpuint (range.count, ==, DEFAULT_PORTS);
  g_assert_cmpuint (wp_port_range_end (&range), ==, 65535);

  for (gsize i = 0; i < G_N_ELEMENTS (range_cases); i++)
    {
      WpPortRange r = { range_cases[i].start, range_cases[i].count };

      g_assert_cmpint (wp_port_range_check (&r), ==, range_cases[i].check);
      if (range_cases[i].check == WP_PORT_RANGE_OK)
        g_assert_cmpuint (wp_port_range_end (&r), ==, range_cases[i].start + range_cases[i].count - 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (workload_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/limits/workload/headroom/%s",
                                               workload_cases[i].name);
      g_test_add_data_func (path, &workload_cases[i], test_headroom);
    }
  g_test_add_func ("/limits/workload/monotonic", test_monotonic);
  g_test_add_func ("/limits/workload/port-range", test_port_range);
  return g_test_run ();
}
