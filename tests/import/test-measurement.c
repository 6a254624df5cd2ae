/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The measurement (src/import/wp-measurement.h): the bitmaps of ports in
 * use and in TIME_WAIT, the snapshot an import leaves, the top processes by
 * ports in use, and reading one from a stream.  Expected figures are read
 * off the lines of each sample, named in each case. */
#include "config.h"

#include <string.h>

#include "import/wp-import-stream.h"
#include "import/wp-measurement.h"
#include "wp-import-samples.h"

static WpMeasurement *
measure_string (const char *text)
{
  g_autoptr (WpImport) import = wp_import_new ();

  wp_import_feed (import, (const guint8 *) text, strlen (text));
  return wp_import_take_measurement (import);
}

/* A netstat line: TCP from local port @port in @state of process @pid. */
static void
append_connection (GString    *text,
                   guint       port,
                   const char *state,
                   guint       pid)
{
  g_string_append_printf (text, "  TCP    10.0.0.5:%u   10.0.0.9:443   %s   %u\n", port, state, pid);
}

/* Ports at the words' edges of the bitmap (31/32, 63/64, 0 and 65535);
 * 64 has an ESTABLISHED and a TIME_WAIT connection, 31 and 65535 are in
 * TIME_WAIT, 135 only LISTENING (not in use). */
static void
test_bitmaps (void)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (WpMeasurement) m = NULL;

  append_connection (text, 135, "LISTENING", 1036);
  append_connection (text, 0, "ESTABLISHED", 8);
  append_connection (text, 31, "TIME_WAIT", 0);
  append_connection (text, 32, "ESTABLISHED", 8);
  append_connection (text, 63, "ESTABLISHED", 8);
  append_connection (text, 64, "ESTABLISHED", 8);
  append_connection (text, 64, "TIME_WAIT", 0);
  append_connection (text, 65535, "TIME_WAIT", 0);
  m = measure_string (text->str);

  g_assert_false (wp_measurement_port_in_use (m, 135));
  g_assert_true (wp_measurement_port_in_use (m, 64));
  g_assert_true (wp_measurement_port_in_time_wait (m, 64));
  g_assert_false (wp_measurement_port_in_time_wait (m, 63));
  g_assert_false (wp_measurement_port_in_use (m, 65536));
  /* 0, 31, 32, 63, 64, 65535 */
  g_assert_cmpuint (wp_measurement_client_ports (m, 0, 65535), ==, 6);
  g_assert_cmpuint (wp_measurement_client_ports (m, 0, G_MAXUINT), ==, 6);
  g_assert_cmpuint (wp_measurement_client_ports (m, 1, 31), ==, 1);
  g_assert_cmpuint (wp_measurement_client_ports (m, 31, 32), ==, 2);
  g_assert_cmpuint (wp_measurement_client_ports (m, 32, 32), ==, 1);
  g_assert_cmpuint (wp_measurement_client_ports (m, 33, 62), ==, 0);
  g_assert_cmpuint (wp_measurement_client_ports (m, 63, 65534), ==, 2);
  g_assert_cmpuint (wp_measurement_client_ports (m, 65535, 65535), ==, 1);
  g_assert_cmpuint (wp_measurement_client_ports (m, 64, 63), ==, 0);
  /* 31, 64, 65535 */
  g_assert_cmpuint (wp_measurement_client_ports_time_wait (m, 0, 65535), ==, 3);
  g_assert_cmpuint (wp_measurement_client_ports_time_wait (m, 32, 64), ==, 1);
  g_assert_cmpuint (wp_measurement_get_connections (m), ==, 7);
  g_assert_cmpuint (wp_measurement_get_time_wait (m), ==, 3);
}

/* SAMPLE_NETSTAT_ANO: connections on 49670 (ESTABLISHED), 49671
 * (TIME_WAIT), 50000, 445, 49672, 49673; the snapshot outlives the import. */
static void
test_snapshot (void)
{
  g_autoptr (WpImport) import = wp_import_new ();
  g_autoptr (WpMeasurement) m = NULL;
  WpMeasurement *second;
  WpPortRange range = { 49152, 16384 };
  WpMeasuredPorts ports;
  const WpImportProcess *top;

  wp_import_feed (import, (const guint8 *) SAMPLE_NETSTAT_ANO, strlen (SAMPLE_NETSTAT_ANO));
  m = wp_import_take_measurement (import);
  g_clear_pointer (&import, wp_import_free);

  g_assert_cmpuint (wp_measurement_get_connections (m), ==, 6);
  g_assert_cmpuint (wp_measurement_get_time_wait (m), ==, 1);
  g_assert_cmpuint (wp_measurement_get_counts (m)->by_state[WP_TCP_LISTENING], ==, 3);
  g_assert_cmpuint (wp_measurement_get_not_understood (m), ==, 0);
  g_assert_null (wp_measurement_get_shown_lines (m)[0]);
  g_assert_false (wp_measurement_get_port_range (m, &range));
  g_assert_true (wp_measurement_has_data (m));

  wp_measurement_measure_range (m, &range, &ports);
  g_assert_cmpuint (ports.in_use, ==, 5);
  g_assert_cmpuint (ports.time_wait, ==, 1);
  g_assert_cmpuint (ports.in_use_pct, ==, (5 * 100 + 16384 - 1) / 16384);   /* up: 1 */
  g_assert_cmpuint (ports.time_wait_pct, ==, 1 * 100 / 5);
  /* 445 alone in a least range from 300: 1 of 255 */
  range = (WpPortRange) { 300, 255 };
  wp_measurement_measure_range (m, &range, &ports);
  g_assert_cmpuint (ports.in_use, ==, 1);
  g_assert_cmpuint (ports.in_use_pct, ==, (100 + 255 - 1) / 255);
  g_assert_cmpuint (ports.time_wait_pct, ==, 0);

  /* 3312 and 5120 two ports each, then 0 and 4 one each */
  g_assert_cmpuint (wp_measurement_get_top_processes (m, &top), ==, 4);
  g_assert_cmpuint (wp_measurement_get_n_processes (m), ==, 4);
  g_assert_cmpuint (top[0].pid, ==, 3312);
  g_assert_cmpuint (top[0].ports, ==, 2);
  g_assert_cmpuint (top[1].pid, ==, 5120);
  g_assert_cmpuint (top[2].pid, ==, 0);
  g_assert_cmpuint (top[2].ports, ==, 1);

  second = wp_measurement_ref (m);
  g_assert_true (second == m);
  wp_measurement_unref (second);
  g_assert_cmpuint (wp_measurement_get_connections (m), ==, 6);
}

/* Text that is no report of a machine's: every line a heading, nothing
 * understood and nothing counted as not understood; netsh's range alone
 * is data. */
static void
test_no_data (void)
{
  g_autoptr (WpMeasurement) prose = measure_string ("Dear customer,\nthe log you asked for:\n");
  g_autoptr (WpMeasurement) netsh = measure_string (SAMPLE_NETSH);
  WpPortRange range;

  g_assert_false (wp_measurement_has_data (prose));
  g_assert_cmpuint (wp_measurement_get_not_understood (prose), ==, 0);
  g_assert_true (wp_measurement_has_data (netsh));
  g_assert_true (wp_measurement_get_port_range (netsh, &range));
  g_assert_cmpuint (range.start, ==, 1025);
  g_assert_cmpuint (range.count, ==, 64511);
}

/* Process 100 + i holds i + 1 ports (i = 0..11) and process 7 one
 * connection to each of them on a port it shares with process 100 + 11 —
 * its connections are many, its ports none of its own; port 40000 is in
 * TIME_WAIT (PID 0) before process 99 takes it. */
static void
test_top_processes (void)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (WpMeasurement) m = NULL;
  const WpImportProcess *top;
  guint port = 2000;

  append_connection (text, 40000, "TIME_WAIT", 0);
  append_connection (text, 40000, "ESTABLISHED", 99);
  for (guint i = 0; i < 12; i++)
    for (guint j = 0; j <= i; j++)
      append_connection (text, port++, "ESTABLISHED", 100 + i);
  for (guint j = 0; j < 20; j++)
    append_connection (text, port - 1, "CLOSE_WAIT", 7);
  m = measure_string (text->str);

  g_assert_cmpuint (wp_measurement_get_n_processes (m), ==, 12 + 3);
  g_assert_cmpuint (wp_measurement_get_top_processes (m, &top), ==, WP_MEASUREMENT_TOP_PROCESSES);
  for (guint i = 0; i < WP_MEASUREMENT_TOP_PROCESSES; i++)
    {
      g_assert_cmpuint (top[i].pid, ==, 100 + 11 - i);
      g_assert_cmpuint (top[i].ports, ==, 12 - i);
      g_assert_cmpuint (top[i].connections, ==, 12 - i);
    }
}

/* PID 0 lets go of 40000 to 99: 99 owns it, 0 none (a fresh import, so
 * the top list holds them all). */
static void
test_port_owner (void)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (WpMeasurement) m = NULL;
  const WpImportProcess *top;

  append_connection (text, 40000, "TIME_WAIT", 0);
  append_connection (text, 40000, "ESTABLISHED", 99);
  append_connection (text, 40001, "ESTABLISHED", 99);
  append_connection (text, 40001, "ESTABLISHED", 98);
  m = measure_string (text->str);

  g_assert_cmpuint (wp_measurement_get_top_processes (m, &top), ==, 3);
  g_assert_cmpuint (top[0].pid, ==, 99);
  g_assert_cmpuint (top[0].ports, ==, 2);
  /* 98 and 0: no port of their own, one connection each, by pid */
  g_assert_cmpuint (top[1].pid, ==, 0);
  g_assert_cmpuint (top[1].ports, ==, 0);
  g_assert_cmpuint (top[2].pid, ==, 98);
  g_assert_cmpuint (top[2].ports, ==, 0);
}

static void
count_progress (guint64  bytes_read,
                gpointer user_data)
{
  guint64 *last = user_data;

  g_assert_cmpuint (bytes_read, >, *last);
  *last = bytes_read;
}

/* A stream read in chunks counts what the text holds, and says how far
 * it is; a file that is not there is an error, no measurement. */
static void
test_read_stream (void)
{
  g_autoptr (GInputStream) stream =
    g_memory_input_stream_new_from_data (SAMPLE_NETSTAT_ANO, strlen (SAMPLE_NETSTAT_ANO), NULL);
  g_autoptr (WpMeasurement) m = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) missing = g_file_new_for_path ("/nonexistent/netstat.txt");
  guint64 last = 0;

  m = wp_measurement_read_stream (stream, NULL, count_progress, &last, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (last, ==, strlen (SAMPLE_NETSTAT_ANO));
  g_assert_cmpuint (wp_measurement_get_connections (m), ==, 6);

  g_assert_null (wp_measurement_read_file (missing, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/measurement/bitmaps", test_bitmaps);
  g_test_add_func ("/import/measurement/snapshot", test_snapshot);
  g_test_add_func ("/import/measurement/no-data", test_no_data);
  g_test_add_func ("/import/measurement/top-processes", test_top_processes);
  g_test_add_func ("/import/measurement/port-owner", test_port_owner);
  g_test_add_func ("/import/measurement/read-stream", test_read_stream);
  return g_test_run ();
}
