/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A measurement rebuilt from its parts (wp_measurement_new_from_parts(), as
 * a saved scenario holds it): the ranges of ports set across the bitmap's
 * words, the counts, lines and processes copied, and wp_measurement_equal()
 * telling one figure apart. */
#include "config.h"

#include "import/wp-measurement.h"

/* 30..100 crosses the words of 0..31, 32..63, 64..95 and 96..127; 65504..65535
 * is the last word whole; 5000 alone and again inside 4990..5010. */
static const WpPortRange in_use[] = { { 30, 71 }, { 65504, 32 }, { 5000, 1 }, { 4990, 21 } };
static const WpPortRange time_wait[] = { { 31, 2 }, { 65535, 1 } };
static const WpImportProcess top[] = { { .pid = 4120, .connections = 340, .ports = 312 },
                                       { .pid = 8, .connections = 1, .ports = 1 } };
static const char *const shown[] = { "garbage", "…", NULL };

static WpMeasurement *
rebuilt (guint64 udp)
{
  WpMeasurementParts parts = {
    .shown_lines = shown,
    .ports_in_use = in_use,
    .n_ports_in_use = G_N_ELEMENTS (in_use),
    .ports_time_wait = time_wait,
    .n_ports_time_wait = G_N_ELEMENTS (time_wait),
    .top_processes = top,
    .n_top_processes = G_N_ELEMENTS (top),
    .n_processes = 5,
  };

  parts.counts.by_state[WP_TCP_ESTABLISHED] = 7;
  parts.counts.by_state[WP_TCP_TIME_WAIT] = 3;
  parts.counts.connections = 10;
  parts.counts.udp = udp;
  parts.counts.lines = 14;
  parts.counts.not_understood = 2;
  parts.counts.has_port_range = TRUE;
  parts.counts.port_range = (WpPortRange) { 49152, 16384 };
  return wp_measurement_new_from_parts (&parts);
}

static void
test_parts (void)
{
  g_autoptr (WpMeasurement) m = rebuilt (1);
  g_autoptr (WpMeasurement) same = rebuilt (1);
  g_autoptr (WpMeasurement) other = rebuilt (2);
  const WpImportProcess *processes;
  WpPortRange range;

  /* 71 + 32 + 21 (5000 is inside 4990..5010) */
  g_assert_cmpuint (wp_measurement_client_ports (m, 0, 65535), ==, 71 + 32 + 21);
  g_assert_false (wp_measurement_port_in_use (m, 29));
  g_assert_true (wp_measurement_port_in_use (m, 30));
  g_assert_true (wp_measurement_port_in_use (m, 100));
  g_assert_false (wp_measurement_port_in_use (m, 101));
  g_assert_false (wp_measurement_port_in_use (m, 65503));
  g_assert_cmpuint (wp_measurement_client_ports_time_wait (m, 0, 65535), ==, 3);
  g_assert_true (wp_measurement_port_in_time_wait (m, 32));
  g_assert_false (wp_measurement_port_in_time_wait (m, 33));
  g_assert_true (wp_measurement_port_in_time_wait (m, 65535));

  g_assert_cmpuint (wp_measurement_get_connections (m), ==, 10);
  g_assert_cmpuint (wp_measurement_get_time_wait (m), ==, 3);
  g_assert_cmpuint (wp_measurement_get_not_understood (m), ==, 2);
  g_assert_true (wp_measurement_has_data (m));
  g_assert_true (g_strv_equal (wp_measurement_get_shown_lines (m), shown));
  g_assert_true (wp_measurement_get_port_range (m, &range));
  g_assert_cmpuint (range.start, ==, 49152);
  g_assert_cmpuint (range.count, ==, 16384);
  g_assert_cmpuint (wp_measurement_get_top_processes (m, &processes), ==, 2);
  g_assert_cmpuint (processes[0].pid, ==, 4120);
  g_assert_cmpuint (processes[0].ports, ==, 312);
  g_assert_cmpuint (processes[1].connections, ==, 1);
  g_assert_cmpuint (wp_measurement_get_n_processes (m), ==, 5);

  g_assert_true (wp_measurement_equal (m, same));
  g_assert_false (wp_measurement_equal (m, other));
}

/* No part at all: nothing understood, no line shown. */
static void
test_empty (void)
{
  WpMeasurementParts parts = { 0 };
  g_autoptr (WpMeasurement) m = wp_measurement_new_from_parts (&parts);

  g_assert_false (wp_measurement_has_data (m));
  g_assert_null (wp_measurement_get_shown_lines (m)[0]);
  g_assert_cmpuint (wp_measurement_client_ports (m, 0, 65535), ==, 0);
  g_assert_cmpuint (wp_measurement_get_top_processes (m, NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/measurement/parts", test_parts);
  g_test_add_func ("/import/measurement/parts-empty", test_empty);
  return g_test_run ();
}
