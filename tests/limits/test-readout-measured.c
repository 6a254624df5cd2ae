/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The measured readouts (src/report/wp-readout-measured.c): the issue's
 * "62 % of client ports in use (9,912 of 16,384), 71 % of them in
 * TIME_WAIT" and "3 lines not understood", in the C locale (no digit
 * grouping; the percent sign after a no-break space). */
#include "config.h"

#include <string.h>

#include "report/wp-readout.h"

#define NBSP "\302\240"

static void
test_ports (void)
{
  /* 9,912 of the default 16,384 in use (60.5 %, up: 61), 7,038 of them in
   * TIME_WAIT (71.0 %): the shares as wp_measurement_measure_range() gives them */
  WpMeasuredPorts ports = { { 49152, 16384 }, 9912, 7038, 61, 71 };
  WpMeasuredPorts one = { { 1025, 3976 }, 1, 0, 1, 0 };
  WpMeasuredPorts none = { { 1025, 3976 }, 0, 0, 0, 0 };
  g_autofree char *text = wp_readout_measured_ports (&ports);
  g_autofree char *one_text = wp_readout_measured_ports (&one);
  g_autofree char *none_text = wp_readout_measured_ports (&none);

  g_assert_cmpstr (text, ==, "Measured: 61" NBSP "% of client ports in use (9912 of 16384), "
                             "71" NBSP "% of them in TIME_WAIT.");
  g_assert_cmpstr (one_text, ==, "Measured: 1" NBSP "% of client ports in use (1 of 3976), "
                                 "0" NBSP "% of it in TIME_WAIT.");
  g_assert_cmpstr (none_text, ==, "Measured: no client port in use (0 of 3976).");
}

static void
test_not_understood (void)
{
  g_autofree char *one = wp_readout_not_understood (1);
  g_autofree char *three = wp_readout_not_understood (3);

  g_assert_cmpstr (one, ==, "1 line not understood");
  g_assert_cmpstr (three, ==, "3 lines not understood");
}

/* A file: 1030 (ESTABLISHED) and 1031 (TIME_WAIT) in NT's 1025..5000, then
 * two lines not understood.  Windows 98 has no range: the connections. */
static void
test_summary (void)
{
  static const char text[] =
    "  TCP    10.0.0.5:1030   10.0.0.9:443   ESTABLISHED   8\n"
    "  TCP    10.0.0.5:1031   10.0.0.9:443   TIME_WAIT     0\n"
    "what\nis this\n";
  g_autoptr (WpImport) import = wp_import_new ();
  g_autoptr (WpMeasurement) m = NULL;
  g_autofree char *nt = NULL;
  g_autofree char *nine_x = NULL;
  WpLimitsInput input;

  wp_limits_input_init (&input);
  wp_import_feed (import, (const guint8 *) text, strlen (text));
  m = wp_import_take_measurement (import);
  nt = wp_readout_measured (m, WP_PLATFORM_WIN2000, &input);
  nine_x = wp_readout_measured (m, WP_PLATFORM_WIN98, &input);

  /* 2 × 100 / 3976 = 0.05, up: 1 %; 1 × 100 / 2 = 50 % */
  g_assert_cmpstr (nt, ==, "Measured: 1" NBSP "% of client ports in use (2 of 3976), "
                           "50" NBSP "% of them in TIME_WAIT.\n2 lines not understood");
  g_assert_cmpstr (nine_x, ==, "Measured: 2 connections, 1 in TIME_WAIT; this version has no "
                               "client port range.\n2 lines not understood");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/readout/measured-ports", test_ports);
  g_test_add_func ("/report/readout/not-understood", test_not_understood);
  g_test_add_func ("/report/readout/measured-summary", test_summary);
  return g_test_run ();
}
