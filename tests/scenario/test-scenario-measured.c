/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The scenario file's [Measured] group: a measurement from a few generated
 * imports saved and read back with every getter the same, and bad values
 * refused with one message naming the key. */
#include "config.h"

#include <string.h>

#include "import/wp-measurement.h"
#include "scenario/wp-scenario.h"
#include "wp-import-samples.h"

static WpMeasurement *
measure (const char *text)
{
  g_autoptr (WpImport) import = wp_import_new ();

  wp_import_feed (import, (const guint8 *) text, strlen (text));
  return wp_import_take_measurement (import);
}

/* Ports 1025..4324 ESTABLISHED for 12 processes (pid 100 + port % 12),
 * every third of them also TIME_WAIT; ports 0, 5000 and 65535 in
 * TIME_WAIT only; two lines not understood.  Each process has
 * (4324 - 1025 + 1) / 12 = 275 ports. */
static char *
generated_import (void)
{
  GString *text = g_string_new ("  Proto  Local Address  Foreign Address  State  PID\n");

  for (guint port = 1025; port <= 4324; port++)
    {
      g_string_append_printf (text, "  TCP  10.0.0.5:%u  10.0.0.9:443  ESTABLISHED  %u\n", port,
                              100 + port % 12);
      if (port % 3 == 0)
        g_string_append_printf (text, "  TCP  10.0.0.5:%u  10.0.0.9:443  TIME_WAIT  0\n", port);
    }
  for (const guint *p = (const guint[]) { 0, 5000, 65535, 1 }; *p != 1; p++)
    g_string_append_printf (text, "  TCP  10.0.0.5:%u  10.0.0.9:80  TIME_WAIT  0\n", *p);
  g_string_append (text, "a line; with \\ a backslash and a semicolon\n  \tspaces first\n");
  return g_string_free (text, FALSE);
}

typedef struct
{
  const char *name;
  const char *text;   /* NULL: generated_import() */
} MeasuredCase;

static const MeasuredCase cases[] = {
  { "netstat -ano", SAMPLE_NETSTAT_ANO },
  { "netstat -an, German", SAMPLE_NETSTAT_AN_GERMAN },
  { "CSV", SAMPLE_CSV },
  /* netsh's range alone: no port in use, no process, no state */
  { "netsh", SAMPLE_NETSH },
  { "generated", NULL },
  /* nothing understood: every count 0, no line shown */
  { "empty", "" },
  { "netstat and netsh", SAMPLE_NETSTAT_ANO SAMPLE_NETSH "not understood\n" },
};

static void
assert_same_measurement (const WpMeasurement *a,
                         const WpMeasurement *b)
{
  const WpImportCounts *x = wp_measurement_get_counts (a), *y = wp_measurement_get_counts (b);
  const WpImportProcess *top_a, *top_b;
  WpPortRange ra = { 0, 0 }, rb = { 0, 0 };
  guint n_top;

  for (guint s = 0; s < WP_N_TCP_STATES; s++)
    g_assert_cmpuint (x->by_state[s], ==, y->by_state[s]);
  g_assert_cmpuint (x->connections, ==, y->connections);
  g_assert_cmpuint (x->udp, ==, y->udp);
  g_assert_cmpuint (x->lines, ==, y->lines);
  g_assert_cmpuint (wp_measurement_get_connections (a), ==, wp_measurement_get_connections (b));
  g_assert_cmpuint (wp_measurement_get_time_wait (a), ==, wp_measurement_get_time_wait (b));
  g_assert_cmpuint (wp_measurement_get_not_understood (a), ==,
                    wp_measurement_get_not_understood (b));
  g_assert_cmpint (wp_measurement_has_data (a), ==, wp_measurement_has_data (b));
  g_assert_true (g_strv_equal (wp_measurement_get_shown_lines (a),
                               wp_measurement_get_shown_lines (b)));
  g_assert_cmpint (wp_measurement_get_port_range (a, &ra), ==,
                   wp_measurement_get_port_range (b, &rb));
  g_assert_cmpuint (ra.start, ==, rb.start);
  g_assert_cmpuint (ra.count, ==, rb.count);
  for (guint port = 0; port <= 65535; port++)
    if (wp_measurement_port_in_use (a, port) != wp_measurement_port_in_use (b, port) ||
        wp_measurement_port_in_time_wait (a, port) != wp_measurement_port_in_time_wait (b, port))
      g_error ("port %u differs", port);
  g_assert_cmpuint (wp_measurement_client_ports (a, 0, 65535), ==,
                    wp_measurement_client_ports (b, 0, 65535));
  n_top = wp_measurement_get_top_processes (a, &top_a);
  g_assert_cmpuint (wp_measurement_get_top_processes (b, &top_b), ==, n_top);
  for (guint i = 0; i < n_top; i++)
    {
      g_assert_cmpuint (top_a[i].pid, ==, top_b[i].pid);
      g_assert_cmpuint (top_a[i].ports, ==, top_b[i].ports);
      g_assert_cmpuint (top_a[i].connections, ==, top_b[i].connections);
    }
  g_assert_cmpuint (wp_measurement_get_n_processes (a), ==, wp_measurement_get_n_processes (b));
  g_assert_true (wp_measurement_equal (a, b));
}

static void
test_round_trip (gconstpointer data)
{
  const MeasuredCase *c = data;
  g_autofree char *generated = c->text == NULL ? generated_import () : NULL;
  g_autoptr (WpMeasurement) measured = measure (c->text != NULL ? c->text : generated);
  g_autoptr (WpScenario) scenario = wp_scenario_new ();
  g_autoptr (WpScenario) back = NULL;
  g_autoptr (WpScenario) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;

  wp_scenario_set_measurement (scenario, measured);
  text = wp_scenario_to_data (scenario, NULL);
  back = wp_scenario_new_from_data (text, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (wp_scenario_get_measurement (back));
  g_assert_true (wp_scenario_get_measurement (back) != measured);
  assert_same_measurement (measured, wp_scenario_get_measurement (back));
  g_assert_true (wp_scenario_equal (scenario, back));

  /* Written again, the same group (the heading's comment aside). */
  text_again = wp_scenario_to_data (back, NULL);
  g_assert_nonnull (strstr (text, "\n[Measured]\n"));
  g_assert_cmpstr (strstr (text_again, "\n[Measured]\n"), ==, strstr (text, "\n[Measured]\n"));
  again = wp_scenario_new_from_data (text_again, -1, &error);
  g_assert_no_error (error);
  assert_same_measurement (measured, wp_scenario_get_measurement (again));
}

/* The generated import's lines, as the file must hold them. */
static void
test_generated_keys (void)
{
  g_autofree char *generated = generated_import ();
  g_autoptr (WpMeasurement) measured = measure (generated);
  g_autoptr (WpScenario) scenario = wp_scenario_new ();
  g_autofree char *text = NULL;
  /* 4324 - 1025 + 1 ESTABLISHED; TIME_WAIT: the multiples of 3 from 1026
   * to 4323, and ports 0, 5000 and 65535 */
  guint established = 4324 - 1025 + 1, time_wait = (4323 - 1026) / 3 + 1 + 3;
  g_autofree char *by_state = g_strdup_printf ("\nByState=ESTABLISHED:%u;TIME_WAIT:%u\n",
                                               established, time_wait);
  g_autofree char *connections = g_strdup_printf ("\nConnections=%u\n", established + time_wait);

  wp_scenario_set_measurement (scenario, measured);
  text = wp_scenario_to_data (scenario, NULL);
  for (const char * const *line = (const char * const[]) {
         "\n[Measured]\n", by_state, connections, "\nPortsInUse=0;1025-4324;5000;65535\n",
         "\nPortsInTimeWait=0;1026;1029;", ";4323;5000;65535\n", "\nNotUnderstood=2\n",
         /* GKeyFile's escapes; the import drops the blanks before a line */
         "\nShownLines=a line\\;", "with \\\\ a backslash and a semicolon;spaces first;\n",
         /* the 12 and pid 0 (the TIME_WAIT lines') */
         "\nProcesses=13\n", "\nTopProcesses=100:275:275;101:275:275;", NULL };
       *line != NULL; line++)
    if (strstr (text, *line) == NULL)
      g_error ("“%s” is not in the file written:\n%s", *line, text);
  g_assert_nonnull (strstr (text, "\nPortRange=\n"));
}

/* No measurement: no [Measured] group; removing it removes the group. */
static void
test_none (void)
{
  g_autoptr (WpMeasurement) measured = measure (SAMPLE_NETSTAT_ANO);
  g_autoptr (WpScenario) scenario = wp_scenario_new ();
  g_autoptr (WpScenario) back = NULL;
  g_autofree char *text = NULL;
  g_autofree char *removed = NULL;

  text = wp_scenario_to_data (scenario, NULL);
  g_assert_null (strstr (text, "[Measured]"));
  wp_scenario_set_measurement (scenario, measured);
  g_clear_pointer (&text, g_free);
  text = wp_scenario_to_data (scenario, NULL);
  back = wp_scenario_new_from_data (text, -1, NULL);
  g_assert_nonnull (wp_scenario_get_measurement (back));
  wp_scenario_set_measurement (back, NULL);
  removed = wp_scenario_to_data (back, NULL);
  g_assert_null (strstr (removed, "[Measured]"));
}

/* A key given twice: the last counts, and the one before it does not come
 * back once the file is written (fuzz-scenario found it). */
static void
test_twice (void)
{
  static const char text[] = "[Scenario]\nFormat=1.0\n[Measured]\nShownLines=a;b;\n"
                             "PortRange=1,2\nPortRange=\nShownLines=\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (WpScenario) scenario = wp_scenario_new_from_data (text, -1, &error);
  g_autoptr (WpScenario) back = NULL;
  g_autofree char *written = NULL;
  WpMeasurement *m;

  g_assert_no_error (error);
  m = wp_scenario_get_measurement (scenario);
  g_assert_null (wp_measurement_get_shown_lines (m)[0]);
  g_assert_false (wp_measurement_get_port_range (m, NULL));
  written = wp_scenario_to_data (scenario, NULL);
  back = wp_scenario_new_from_data (written, -1, &error);
  g_assert_no_error (error);
  g_assert_true (wp_scenario_equal (scenario, back));
}

static const struct
{
  const char *lines;
  const char *message;
} bad[] = {
  { "Connections=many", "[Measured] Connections: " },
  { "Connections=-3", "[Measured] Connections: " },
  { "Connections=5", "[Measured] Connections: does not match ByState, which gives 0" },
  { "ByState=ESTABLISHED:3\nTimeWait=2\nConnections=3",
    "[Measured] TimeWait: does not match ByState, which gives 0" },
  { "ByState=ESTABLISHED", "[Measured] ByState: “ESTABLISHED” is not a state and a count" },
  { "ByState=WAITING:3", "[Measured] ByState: “WAITING:3” is not a state and a count" },
  { "ByState=LISTENING:1;LISTENING:2", "[Measured] ByState: “LISTENING” is given twice" },
  { "PortsInUse=1025-4324;70000", "[Measured] PortsInUse: “70000” is not a port or a range" },
  { "PortsInUse=5-4", "[Measured] PortsInUse: “5-4” is not a port or a range" },
  { "PortsInUse=1-2-3", "[Measured] PortsInUse: “1-2-3” is not a port or a range" },
  { "PortsInUse=80\nPortsInTimeWait=80-81", "[Measured] PortsInTimeWait: port 81 is not in "
    "PortsInUse" },
  { "PortRange=49152", "[Measured] PortRange: “49152” is not a first port and a number" },
  { "Processes=1\nTopProcesses=4:1:1;5:1:1", "[Measured] TopProcesses: more than 1 entries" },
  { "Processes=2\nTopProcesses=4:1", "[Measured] TopProcesses: “4:1” is not a process" },
  { "ShownLines=a;b;c;d;", "[Measured] ShownLines: more than 3 entries" },
  { "ShownLines=a\\qb;", "[Measured] ShownLines: a backslash" },
  { "Udp=1.5", "[Measured] Udp: " },
  { "NotUnderstood=\\x", "[Measured] NotUnderstood: a backslash" },
};

static void
test_bad_values (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = g_strdup_printf ("[Scenario]\nFormat=1.0\n[Measured]\n%s\n",
                                               bad[i].lines);
      g_autoptr (GError) error = NULL;
      g_autoptr (WpScenario) scenario = wp_scenario_new_from_data (text, -1, &error);

      g_assert_null (scenario);
      g_assert_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_INVALID);
      if (!g_str_has_prefix (error->message, bad[i].message))
        g_error ("%s: “%s” does not start with “%s”", bad[i].lines, error->message,
                 bad[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/scenario/measured/round-trip/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_round_trip);
    }
  g_test_add_func ("/scenario/measured/generated-keys", test_generated_keys);
  g_test_add_func ("/scenario/measured/none", test_none);
  g_test_add_func ("/scenario/measured/twice", test_twice);
  g_test_add_func ("/scenario/measured/bad-values", test_bad_values);
  return g_test_run ();
}
