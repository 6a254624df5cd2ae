/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The scenario file's [Measured] group (docs/scenario-format.md): what the
 * import of a customer's netstat, Get-NetTCPConnection or netsh found, kept
 * so that opening the scenario gives the measured figures again, exactly.
 * Lists are separated by ";", ports given as ranges "1025-4324".
 */
#define G_LOG_DOMAIN "wp-scenario"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "limits/wp-parse.h"
#include "wp-scenario-private.h"

#define GROUP WP_SCENARIO_GROUP_MEASURED
#define LAST_PORT (65535u)

typedef struct
{
  WpImportCounts  counts;
  guint64         time_wait;
  GArray         *in_use;      /* WpPortRange */
  GArray         *time_wait_ports;
  GArray         *top;         /* WpImportProcess */
  guint64         n_processes;
  char          **shown;
} Read;

static gboolean
bad_value (GError    **error,
           const char *key,
           char       *why)
{
  g_set_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_INVALID, "[%s] %s: %s", GROUP, key,
               why);
  g_free (why);
  return FALSE;
}

/* The value's items between ";", blanks around them and empty ones
 * dropped; NULL (and *error set) on a bad escape. */
static GStrv
read_items (GKeyFile   *file,
            const char *key,
            GError    **error)
{
  g_autofree char *text = NULL;
  g_autoptr (GStrvBuilder) items = g_strv_builder_new ();
  g_auto (GStrv) parts = NULL;

  if (!g_key_file_has_key (file, GROUP, key, NULL))
    return g_new0 (char *, 1);
  if (!wp_scenario_file_get_text (file, GROUP, key, &text, error))
    return NULL;
  parts = g_strsplit (text, ";", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (items, parts[i]);
  return g_strv_builder_end (items);
}

static gboolean
read_number (GKeyFile   *file,
             const char *key,
             guint64     max,
             guint64    *out,
             GError    **error)
{
  g_autofree char *text = NULL;
  GError *cause = NULL;

  *out = 0;
  if (!g_key_file_has_key (file, GROUP, key, NULL))
    return TRUE;
  if (!wp_scenario_file_get_text (file, GROUP, key, &text, error))
    return FALSE;
  if (!wp_parse_uint (text, 0, max, out, &cause))
    return wp_scenario_file_key_error (error, GROUP, key, cause);
  return TRUE;
}

/* "a:b[:c]" into @n numbers of at most max[i] each. */
static gboolean
split_numbers (const char    *item,
               const char    *separator,
               guint          n,
               const guint64 *max,
               guint64       *out)
{
  g_auto (GStrv) parts = g_strsplit (item, separator, -1);

  if (g_strv_length (parts) != n)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!wp_parse_uint (parts[i], 0, max[i], &out[i], NULL))
      return FALSE;
  return TRUE;
}

static gboolean
read_by_state (GKeyFile *file,
               Read     *read,
               GError  **error)
{
  g_auto (GStrv) items = read_items (file, "ByState", error);
  gboolean seen[WP_N_TCP_STATES] = { FALSE };

  if (items == NULL)
    return FALSE;
  for (guint i = 0; items[i] != NULL; i++)
    {
      char *colon = strchr (items[i], ':');
      guint64 count;
      guint s = 0;

      if (colon != NULL)
        {
          g_autofree char *id = g_strstrip (g_strndup (items[i], (gsize) (colon - items[i])));

          while (s < WP_N_TCP_STATES && g_strcmp0 (id, wp_tcp_state_id (s)) != 0)
            s++;
        }
      if (colon == NULL || s == WP_N_TCP_STATES ||
          !wp_parse_uint (colon + 1, 0, G_MAXUINT64, &count, NULL))
        return bad_value (error, "ByState",
                          g_strdup_printf (_("“%s” is not a state and a count such as "
                                             "TIME_WAIT:2350"), items[i]));
      if (seen[s])
        return bad_value (error, "ByState",
                          g_strdup_printf (_("“%s” is given twice"), wp_tcp_state_id (s)));
      seen[s] = TRUE;
      read->counts.by_state[s] = count;
    }
  return TRUE;
}

/* "1025-4324;5000" */
static gboolean
read_ports (GKeyFile   *file,
            const char *key,
            GArray     *out,
            GError    **error)
{
  static const guint64 max[] = { LAST_PORT, LAST_PORT };
  g_auto (GStrv) items = read_items (file, key, error);

  if (items == NULL)
    return FALSE;
  for (guint i = 0; items[i] != NULL; i++)
    {
      guint64 ends[2];
      gboolean one = strchr (items[i], '-') == NULL;

      if (one ? !wp_parse_uint (items[i], 0, LAST_PORT, &ends[0], NULL)
              : !split_numbers (items[i], "-", 2, max, ends) || ends[1] < ends[0])
        return bad_value (error, key,
                          g_strdup_printf (_("“%s” is not a port or a range of ports such as "
                                             "1025-4324"), items[i]));
      if (one)
        ends[1] = ends[0];
      g_array_append_val (out, ((WpPortRange) { (guint) ends[0],
                                                (guint) (ends[1] - ends[0] + 1) }));
    }
  return TRUE;
}

/* "4120:312:340" (pid, ports, connections) */
static gboolean
read_top (GKeyFile *file,
          Read     *read,
          GError  **error)
{
  static const guint64 max[] = { G_MAXUINT, LAST_PORT + 1, G_MAXUINT64 };
  g_auto (GStrv) items = read_items (file, "TopProcesses", error);
  guint64 most;

  if (items == NULL)
    return FALSE;
  for (guint i = 0; items[i] != NULL; i++)
    {
      guint64 v[3];

      if (!split_numbers (items[i], ":", 3, max, v))
        return bad_value (error, "TopProcesses",
                          g_strdup_printf (_("“%s” is not a process such as 4120:312:340 (its "
                                             "id, ports and connections)"), items[i]));
      g_array_append_val (read->top, ((WpImportProcess) { .pid = (guint) v[0],
                                                          .ports = (guint) v[1],
                                                          .connections = v[2] }));
    }
  most = MIN (read->n_processes, WP_MEASUREMENT_TOP_PROCESSES);
  if (read->top->len > most)
    return bad_value (error, "TopProcesses",
                      g_strdup_printf (_("more than %u entries"), (guint) most));
  return TRUE;
}

/* "49152,16384" */
static gboolean
read_port_range (GKeyFile *file,
                 Read     *read,
                 GError  **error)
{
  static const guint64 max[] = { G_MAXUINT, G_MAXUINT };
  g_autofree char *text = NULL;
  guint64 v[2];

  if (!g_key_file_has_key (file, GROUP, "PortRange", NULL))
    return TRUE;
  if (!wp_scenario_file_get_text (file, GROUP, "PortRange", &text, error))
    return FALSE;
  if (*g_strstrip (text) == '\0')
    return TRUE;   /* none */
  if (!split_numbers (text, ",", 2, max, v))
    return bad_value (error, "PortRange",
                      g_strdup_printf (_("“%s” is not a first port and a number of ports such "
                                         "as 49152,16384"), g_strstrip (text)));
  read->counts.has_port_range = TRUE;
  read->counts.port_range = (WpPortRange) { (guint) v[0], (guint) v[1] };
  return TRUE;
}

/* A string list, as GKeyFile writes it ("\;" inside a line). */
static gboolean
read_shown (GKeyFile *file,
            Read     *read,
            GError  **error)
{
  g_autofree char *raw = g_key_file_get_value (file, GROUP, "ShownLines", NULL);
  GError *cause = NULL;

  if (raw == NULL)
    return TRUE;
  for (const char *p = raw; *p != '\0'; p++)
    if (*p == '\\' && (*++p == '\0' || strchr ("sntr\\;", *p) == NULL))
      return bad_value (error, "ShownLines",
                        g_strdup (_("a backslash that is not \\s, \\n, \\t, \\r or \\\\")));
  read->shown = g_key_file_get_string_list (file, GROUP, "ShownLines", NULL, &cause);
  if (cause != NULL)
    return wp_scenario_file_key_error (error, GROUP, "ShownLines", cause);
  if (g_strv_length (read->shown) > WP_IMPORT_SHOWN_LINES)
    return bad_value (error, "ShownLines",
                      g_strdup_printf (_("more than %u entries"), WP_IMPORT_SHOWN_LINES));
  return TRUE;
}

/* Connections and TimeWait are ByState's sums, given for the reader. */
static gboolean
check_sums (const Read *read,
            GError    **error)
{
  guint64 connections = 0;
  const char *key = NULL;
  guint64 sum = 0;
  g_autofree char *shown = NULL;

  for (guint s = 0; s < WP_N_TCP_STATES; s++)
    if (s != WP_TCP_LISTENING)
      connections += read->counts.by_state[s];
  if (read->counts.connections != connections)
    key = "Connections", sum = connections;
  else if (read->time_wait != read->counts.by_state[WP_TCP_TIME_WAIT])
    key = "TimeWait", sum = read->counts.by_state[WP_TCP_TIME_WAIT];
  if (key == NULL)
    return TRUE;
  shown = g_strdup_printf ("%" G_GUINT64_FORMAT, sum);
  /* Translators: "[Measured] Connections: does not match ByState, which
   * gives 3300" */
  return bad_value (error, key,
                    g_strdup_printf (_("does not match ByState, which gives %s"), shown));
}

/* A port in TIME_WAIT is one of the ports in use, as an import counts
 * them. */
static gboolean
check_time_wait_ports (const WpMeasurement *measurement,
                       GError             **error)
{
  for (guint port = 0; port <= LAST_PORT; port++)
    if (wp_measurement_port_in_time_wait (measurement, port) &&
        !wp_measurement_port_in_use (measurement, port))
      return bad_value (error, "PortsInTimeWait",
                        g_strdup_printf (_("port %u is not in PortsInUse"), port));
  return TRUE;
}

static gboolean
read_all (GKeyFile *file,
          Read     *read,
          GError  **error)
{
  if (!read_number (file, "Processes", G_MAXUINT, &read->n_processes, error))
    return FALSE;
  return read_number (file, "Connections", G_MAXUINT64, &read->counts.connections, error) &&
         read_number (file, "TimeWait", G_MAXUINT64, &read->time_wait, error) &&
         read_by_state (file, read, error) &&
         read_number (file, "Udp", G_MAXUINT64, &read->counts.udp, error) &&
         read_number (file, "Lines", G_MAXUINT64, &read->counts.lines, error) &&
         read_number (file, "NotUnderstood", G_MAXUINT64, &read->counts.not_understood, error) &&
         read_shown (file, read, error) &&
         read_port_range (file, read, error) &&
         read_ports (file, "PortsInUse", read->in_use, error) &&
         read_ports (file, "PortsInTimeWait", read->time_wait_ports, error) &&
         read_top (file, read, error) &&
         check_sums (read, error);
}

gboolean
wp_scenario_read_measured (GKeyFile       *file,
                           WpMeasurement **out,
                           GError        **error)
{
  Read read = { 0 };
  WpMeasurementParts parts;
  gboolean ok;

  *out = NULL;
  if (!g_key_file_has_group (file, GROUP))
    return TRUE;
  read.in_use = g_array_new (FALSE, FALSE, sizeof (WpPortRange));
  read.time_wait_ports = g_array_new (FALSE, FALSE, sizeof (WpPortRange));
  read.top = g_array_new (FALSE, FALSE, sizeof (WpImportProcess));
  ok = read_all (file, &read, error);
  if (ok)
    {
      parts = (WpMeasurementParts) {
        .counts = read.counts,
        .shown_lines = (const char * const *) read.shown,
        .ports_in_use = (const WpPortRange *) (gpointer) read.in_use->data,
        .n_ports_in_use = read.in_use->len,
        .ports_time_wait = (const WpPortRange *) (gpointer) read.time_wait_ports->data,
        .n_ports_time_wait = read.time_wait_ports->len,
        .top_processes = (const WpImportProcess *) (gpointer) read.top->data,
        .n_top_processes = read.top->len,
        .n_processes = (guint) read.n_processes,
      };
      *out = wp_measurement_new_from_parts (&parts);
      ok = check_time_wait_ports (*out, error);
      if (!ok)
        g_clear_pointer (out, wp_measurement_unref);
    }
  g_array_unref (read.in_use);
  g_array_unref (read.time_wait_ports);
  g_array_unref (read.top);
  g_strfreev (read.shown);
  return ok;
}

/* The set ports as ranges: "1025-4324;5000". */
static char *
format_ports (const WpMeasurement *measurement,
              gboolean (*is_set) (const WpMeasurement *, guint))
{
  GString *text = g_string_new (NULL);

  for (guint port = 0; port <= LAST_PORT; port++)
    {
      guint last = port;

      if (!is_set (measurement, port))
        continue;
      while (last < LAST_PORT && is_set (measurement, last + 1))
        last++;
      g_string_append_printf (text, "%s%u", text->len > 0 ? ";" : "", port);
      if (last > port)
        g_string_append_printf (text, "-%u", last);
      port = last;
    }
  return g_string_free (text, FALSE);
}

static void
set_number (GKeyFile   *file,
            const char *key,
            guint64     value)
{
  g_autofree char *text = g_strdup_printf ("%" G_GUINT64_FORMAT, value);

  g_key_file_set_value (file, GROUP, key, text);
}

static void
set_taken (GKeyFile   *file,
           const char *key,
           char       *text)
{
  g_key_file_set_value (file, GROUP, key, text);
  g_free (text);
}

static char *
format_by_state (const WpImportCounts *counts)
{
  GString *text = g_string_new (NULL);

  for (guint s = 0; s < WP_N_TCP_STATES; s++)
    if (counts->by_state[s] > 0)
      g_string_append_printf (text, "%s%s:%" G_GUINT64_FORMAT, text->len > 0 ? ";" : "",
                              wp_tcp_state_id (s), counts->by_state[s]);
  return g_string_free (text, FALSE);
}

static char *
format_top (const WpMeasurement *measurement)
{
  const WpImportProcess *top;
  guint n = wp_measurement_get_top_processes (measurement, &top);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%u:%u:%" G_GUINT64_FORMAT, i > 0 ? ";" : "", top[i].pid,
                            top[i].ports, top[i].connections);
  return g_string_free (text, FALSE);
}

void
wp_scenario_write_measured (GKeyFile            *file,
                            const WpMeasurement *measurement)
{
  const WpImportCounts *counts;
  const char * const *shown;
  WpPortRange range;

  /* Every key set, none removed: a key given twice in the file read
   * would come back from under the one removed. */
  if (measurement == NULL)
    {
      g_key_file_remove_group (file, GROUP, NULL);
      return;
    }

  counts = wp_measurement_get_counts (measurement);
  set_number (file, "Connections", counts->connections);
  set_number (file, "TimeWait", wp_measurement_get_time_wait (measurement));
  set_taken (file, "ByState", format_by_state (counts));
  set_number (file, "Udp", counts->udp);
  set_number (file, "Lines", counts->lines);
  set_number (file, "NotUnderstood", counts->not_understood);
  shown = wp_measurement_get_shown_lines (measurement);
  if (shown[0] != NULL)
    g_key_file_set_string_list (file, GROUP, "ShownLines", shown, g_strv_length ((char **) shown));
  else
    g_key_file_set_value (file, GROUP, "ShownLines", "");
  set_taken (file, "PortRange",
             wp_measurement_get_port_range (measurement, &range)
             ? g_strdup_printf ("%u,%u", range.start, range.count) : g_strdup (""));
  set_taken (file, "PortsInUse", format_ports (measurement, wp_measurement_port_in_use));
  set_taken (file, "PortsInTimeWait",
             format_ports (measurement, wp_measurement_port_in_time_wait));
  set_number (file, "Processes", wp_measurement_get_n_processes (measurement));
  set_taken (file, "TopProcesses", format_top (measurement));
}
