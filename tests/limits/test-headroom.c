/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A version's port headroom (src/limits/wp-headroom.h) and the target's
 * rate with a connection life (wp-target.h).  Each expected figure is its
 * derivation from limits.md:
 *   client ports on the NT family = MaxUserPort − 1024 (A), 3,976 at 5000;
 *   practical sockets = 4,000 per 64 MB of pool, pool = RAM / 8 (A);
 *   Windows 95's client limit = min (MaxConnections, 3,976) (KB 170791);
 *   TIME_WAIT 240 s by default (KB 149532, the 2000 registry reference);
 *   ports in use = rate × (life + TIME_WAIT), up; headroom down; the rate
 *   that runs them out = ports / (life + TIME_WAIT), down; exhaustion from
 *   an empty range = ports / rate, down. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "limits/wp-parse.h"
#include "limits/wp-target.h"

#define DEFAULT_PORTS (5000 - 1024)   /* MaxUserPort 5000: 3,976 */

typedef struct
{
  const char *name;
  WpPlatform  platform;
  guint64     ram_mb;
  guint       max_user_port;
  guint       time_wait_s;     /* 0: the platform's */
  guint       rate;
  guint64     life_ms;
  gboolean    has_ports;
  guint64     ports;           /* the client limit */
  guint64     in_use;
  gint64      headroom_pct;
  guint64     max_rate_milli;
  gboolean    holds;
  gboolean    warning;
  guint64     exhaustion_ms;
} HeadroomCase;

static const HeadroomCase headroom_cases[] = {
  { "2000, 10 a second of 5 s", WP_PLATFORM_WIN2000, 2048, 5000, 0, 10, 5000, TRUE, DEFAULT_PORTS,
    10 * (5 + 240), (DEFAULT_PORTS - 10 * (5 + 240)) * 100 / DEFAULT_PORTS,
    DEFAULT_PORTS * 1000000ull / ((5 + 240) * 1000), TRUE, FALSE, 0 },
  /* 20 a second × 240 s = 4,800 of 3,976: short, empty in 3,976 / 20 s. */
  { "NT 4.0, 20 a second", WP_PLATFORM_NT4, 2048, 5000, 0, 20, 0, TRUE, DEFAULT_PORTS,
    20 * 240, -(gint64) (((20 * 240 - DEFAULT_PORTS) * 100 + DEFAULT_PORTS - 1) / DEFAULT_PORTS),
    DEFAULT_PORTS * 1000ull / 240, FALSE, TRUE, DEFAULT_PORTS * 1000ull / 20 },
  /* Windows 95: MaxConnections 100 binds before its 3,976 ports. */
  { "95, 1 a second", WP_PLATFORM_WIN95, 2048, 5000, 0, 1, 0, TRUE, 100,
    1 * 240, -(gint64) ((1 * 240 - 100) * 100 / 100), 100 * 1000ull / 240, FALSE, TRUE,
    100 * 1000ull / 1 },
  { "98, no ports", WP_PLATFORM_WIN98, 2048, 5000, 0, 1, 0, FALSE, 0, 0, 0, 0, FALSE, FALSE, 0 },
  { "ME, no ports", WP_PLATFORM_WINME, 2048, 5000, 0, 1, 0, FALSE, 0, 0, 0, 0, FALSE, FALSE, 0 },
  /* XP at MaxUserPort 65534 and TIME_WAIT 30 s: the 64,510 ports are more
   * than the 16,000 sockets 2 GB holds, which bind; 400/s of 5 s is 14,000
   * of them, 87 %: a warning. */
  { "XP, 400 a second of 5 s, wide range", WP_PLATFORM_WINXP, 2048, 65534, 30, 400, 5000, TRUE,
    4000 * (2048 / 8) / 64, 400 * (5 + 30), (16000 - 400 * (5 + 30)) * 100 / 16000,
    16000 * 1000000ull / ((5 + 30) * 1000), TRUE, TRUE, 0 },
  /* 2003 at 256 MB: the pool's 32 MB hold 2,000 sockets, fewer than the
   * ports; 5/s of 100 s is 1,700 of them, 85 %: a warning. */
  { "2003, 256 MB, the sockets bind", WP_PLATFORM_WIN2003, 256, 5000, 0, 5, 100000, TRUE,
    4000 * (256 / 8) / 64, 5 * (100 + 240), (2000 - 5 * (100 + 240)) * 100 / 2000,
    2000ull * 1000000 / ((100 + 240) * 1000), TRUE, TRUE, 0 },
};

static void
input_for (const HeadroomCase *c,
           WpLimitsInput      *input)
{
  wp_limits_input_init (input);
  input->ram_mb = c->ram_mb;
  input->max_user_port = c->max_user_port;
  input->time_wait_s = c->time_wait_s;
  input->need_rate = c->rate;
  input->connection_life_ms = c->life_ms;
}

static void
test_version (gconstpointer data)
{
  const HeadroomCase *c = data;
  WpLimitsInput input;
  WpHeadroom headroom;
  guint64 ports = 0;

  input_for (c, &input);
  g_assert_cmpint (wp_headroom_compute (c->platform, &input, &headroom), ==, c->has_ports);
  g_assert_cmpint (wp_headroom_capacity (c->platform, &input, &ports, NULL), ==, c->has_ports);
  if (!c->has_ports)
    {
      g_autofree char *sentence = wp_headroom_format_sentence (c->platform, &input);

      g_assert_null (sentence);
      return;
    }

  g_assert_cmpuint (ports, ==, c->ports);
  g_assert_cmpuint (headroom.ports_in_use, ==, c->in_use);
  g_assert_cmpint (headroom.headroom_pct, ==, c->headroom_pct);
  g_assert_cmpuint (headroom.max_rate_milli, ==, c->max_rate_milli);
  g_assert_cmpint (headroom.holds, ==, c->holds);
  g_assert_cmpint (headroom.warning, ==, c->warning);
  g_assert_cmpuint (headroom.exhaustion_ms, ==, c->exhaustion_ms);
}

/* No rate, no headroom: nothing to hold against the ports. */
static void
test_no_rate (void)
{
  WpLimitsInput input;
  WpHeadroom headroom;

  wp_limits_input_init (&input);
  input.connection_life_ms = 5000;
  g_assert_false (wp_headroom_compute (WP_PLATFORM_WIN2000, &input, &headroom));
  g_assert_null (wp_headroom_format_sentence (WP_PLATFORM_WIN2000, &input));
}

/* The headroom holds exactly when the target's rate is met, with or
 * without a connection life; with none, the rate verdict is today's
 * client limit / TIME_WAIT >= R. */
static void
test_matches_verdict (void)
{
  static const guint rates[] = { 1, 2, 10, 16, 17, 60, 500, 5000 };
  static const guint64 lives[] = { 0, 250, 5000, 60000 };

  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    for (guint r = 0; r < G_N_ELEMENTS (rates); r++)
      for (guint l = 0; l < G_N_ELEMENTS (lives); l++)
        {
          WpLimitsInput input;
          WpTargetVerdict verdict;
          WpHeadroom headroom;
          WpLimits limits;

          wp_limits_input_init (&input);
          input.need_rate = rates[r];
          input.connection_life_ms = lives[l];
          wp_target_verdict (p, &input, &verdict);
          wp_limits_compute (p, &input, &limits);
          if (!wp_headroom_compute (p, &input, &headroom))
            {
              g_assert_true (verdict.rate_unsourced);
              continue;
            }
          g_assert_cmpint (headroom.holds, ==, verdict.meets_rate);
          if (lives[l] == 0)
            g_assert_cmpint (verdict.meets_rate, ==,
                             wp_limits_rate_floor (&limits, 1) >= rates[r]);
        }
}

/* With a life the needs count life + TIME_WAIT: 2000 at 20/s of 5 s needs
 * MaxUserPort 1024 + 20 × (5 + 240), or TIME_WAIT floor ((3,976 × 1000 −
 * 20 × 5000) / (20 × 1000)) s. */
static void
test_needs_with_life (void)
{
  WpLimitsInput input;
  WpTargetVerdict verdict;

  wp_limits_input_init (&input);
  input.need_rate = 20;
  input.connection_life_ms = 5000;
  wp_target_verdict (WP_PLATFORM_WIN2000, &input, &verdict);
  g_assert_false (verdict.meets_rate);
  g_assert_cmpint (verdict.max_user_port.status, ==, WP_NEED_FOUND);
  g_assert_cmpuint (verdict.max_user_port.value, ==, 1024 + 20 * (5 + 240));
  g_assert_cmpint (verdict.time_wait_s.status, ==, WP_NEED_FOUND);
  g_assert_cmpuint (verdict.time_wait_s.value, ==,
                    (DEFAULT_PORTS * 1000 - 20 * 5000) / (20 * 1000));

  /* A life longer than the ports allow at any TIME_WAIT: 3,976 ports hold
   * 20 a second for 198.8 s, so 200 s of life leave none. */
  input.connection_life_ms = 200000;
  wp_target_verdict (WP_PLATFORM_WIN2000, &input, &verdict);
  g_assert_cmpint (verdict.time_wait_s.status, ==, WP_NEED_UNREACHABLE);
}

typedef struct
{
  const char *text;
  gboolean    ok;
  guint64     ms;
} LifeCase;

static const LifeCase life_cases[] = {
  { "5", TRUE, 5 * 1000 },
  { "0", TRUE, 0 },
  { "0.25", TRUE, 250 },
  { " 1.5 s ", TRUE, 1500 },
  { "3600", TRUE, 3600 * 1000 },
  { "0.001", TRUE, 1 },
  { "3600.001", FALSE, 0 },
  { "0.0001", FALSE, 0 },
  { "-1", FALSE, 0 },
  { "abc", FALSE, 0 },
  { "", FALSE, 0 },
  { "5 min", FALSE, 0 },
  { "1.2.3", FALSE, 0 },
};

static void
test_parse_life (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (life_cases); i++)
    {
      g_autoptr (GError) error = NULL;
      guint64 ms = 777;
      gboolean ok = wp_parse_seconds_ms (life_cases[i].text, WP_CONNECTION_LIFE_MS_MAX, &ms,
                                         &error);

      g_assert_cmpint (ok, ==, life_cases[i].ok);
      if (ok)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (ms, ==, life_cases[i].ms);
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_cmpuint (ms, ==, 777);   /* untouched */
        }
    }
}

/* The summary's sentence carries the figures: 2000 at 10/s of 5 s uses
 * 10 × 245 = 2,450 of 3,976 ports, ⌈2450 × 100 / 3976⌉ = 62 %. */
static void
test_sentence (void)
{
  WpLimitsInput input;
  g_autofree char *holds = NULL;
  g_autofree char *short_ = NULL;
  g_autofree char *in_use = wp_format_count (10 * (5 + 240));
  g_autofree char *ports = wp_format_count (DEFAULT_PORTS);
  g_autofree char *short_in_use = wp_format_count (20 * (5 + 240));

  wp_limits_input_init (&input);
  input.need_rate = 10;
  input.connection_life_ms = 5000;
  holds = wp_headroom_format_sentence (WP_PLATFORM_WIN2000, &input);
  g_assert_nonnull (strstr (holds, "62\u00a0%"));
  g_assert_nonnull (strstr (holds, in_use));
  g_assert_nonnull (strstr (holds, ports));
  g_assert_false (g_str_has_prefix (holds, "⚠"));

  input.need_rate = 20;
  short_ = wp_headroom_format_sentence (WP_PLATFORM_WIN2000, &input);
  g_assert_true (g_str_has_prefix (short_, "⚠"));
  g_assert_nonnull (strstr (short_, short_in_use));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (headroom_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/limits/headroom/version/%s",
                                               headroom_cases[i].name);

      g_test_add_data_func (path, &headroom_cases[i], test_version);
    }
  g_test_add_func ("/limits/headroom/no-rate", test_no_rate);
  g_test_add_func ("/limits/headroom/matches-verdict", test_matches_verdict);
  g_test_add_func ("/limits/headroom/needs-with-life", test_needs_with_life);
  g_test_add_func ("/limits/headroom/parse-life", test_parse_life);
  g_test_add_func ("/limits/headroom/sentence", test_sentence);
  return g_test_run ();
}
