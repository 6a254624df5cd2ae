/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The importer (netstat, Get-NetTCPConnection's CSV, netsh): any bytes,
 * in any chunks.  Read whole and read in three pieces (split where the
 * input's first bytes say), it must count the same; and what it counts,
 * and the measurement it leaves (wp-measurement.h), must hold together. */
#include "config.h"

#include <string.h>

#include "import/wp-import.h"
#include "import/wp-measurement.h"
#include "fuzz-common.h"

static WpImport *
import_pieces (const uint8_t *data,
               size_t         size,
               size_t         cut1,
               size_t         cut2)
{
  WpImport *import = wp_import_new ();

  wp_import_feed (import, data, cut1);
  wp_import_feed (import, data + cut1, cut2 - cut1);
  wp_import_feed (import, data + cut2, size - cut2);
  wp_import_finish (import);
  return import;
}

static void
assert_consistent (WpImport *import)
{
  const WpImportCounts *counts = wp_import_get_counts (import);
  const char * const *shown = wp_import_get_shown_lines (import);
  guint64 tcp = 0;
  WpImportProcess top[4];
  guint n_top;

  for (guint s = 0; s < WP_N_TCP_STATES; s++)
    tcp += counts->by_state[s];
  g_assert_cmpuint (counts->connections, ==, tcp - counts->by_state[WP_TCP_LISTENING]);
  g_assert_cmpuint (wp_import_client_ports (import, 0, 65535), <=, counts->connections);
  g_assert_cmpuint (counts->not_understood, <=, counts->lines);
  g_assert_cmpuint (g_strv_length ((char **) shown), <=, WP_IMPORT_SHOWN_LINES);
  g_assert_cmpuint (g_strv_length ((char **) shown), <=, counts->not_understood);
  for (guint i = 0; shown[i] != NULL; i++)
    g_assert_true (g_utf8_validate (shown[i], -1, NULL));
  n_top = wp_import_top_processes (import, G_N_ELEMENTS (top), top);
  for (guint i = 1; i < n_top; i++)
    g_assert_cmpuint (top[i - 1].ports, >=, top[i].ports);
}

/* The snapshot: ports in TIME_WAIT among those in use, shares within 0..100,
 * the top processes' ports among the ports in use, by ports. */
static void
assert_measurement (const WpMeasurement *m,
                    guint                cut)
{
  WpPortRange range = { cut % 65536, 255 + cut % 65281 };
  WpMeasuredPorts ports;
  const WpImportProcess *top;
  guint n_top = wp_measurement_get_top_processes (m, &top);
  guint64 owned = 0;

  wp_measurement_measure_range (m, &range, &ports);
  g_assert_cmpuint (ports.time_wait, <=, ports.in_use);
  g_assert_cmpuint (ports.in_use, <=, range.count);
  g_assert_cmpuint (ports.in_use_pct, <=, 100);
  g_assert_cmpuint (ports.time_wait_pct, <=, 100);
  g_assert_true (ports.in_use == 0 || ports.in_use_pct > 0);
  g_assert_cmpuint (wp_measurement_client_ports_time_wait (m, 0, 65535), <=,
                    wp_measurement_get_time_wait (m));
  g_assert_cmpuint (n_top, <=, WP_MEASUREMENT_TOP_PROCESSES);
  g_assert_cmpuint (n_top, <=, wp_measurement_get_n_processes (m));
  for (guint i = 0; i < n_top; i++)
    {
      owned += top[i].ports;
      g_assert_cmpuint (top[i].ports, <=, top[i].connections);
      if (i > 0)
        g_assert_cmpuint (top[i - 1].ports, >=, top[i].ports);
    }
  g_assert_cmpuint (owned, <=, wp_measurement_client_ports (m, 0, 65535));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  size_t cut1 = size > 0 ? data[0] % (size + 1) : 0;
  size_t cut2 = size > 1 ? MAX (cut1, data[1] % (size + 1)) : size;
  g_autoptr (WpImport) whole = import_pieces (data, size, size, size);
  g_autoptr (WpImport) pieces = import_pieces (data, size, cut1, cut2);
  g_autoptr (WpMeasurement) measurement = NULL;
  g_autoptr (WpMeasurement) pieces_measurement = NULL;

  assert_consistent (whole);
  /* Both zero-filled by wp_import_new(), padding included. */
  g_assert_cmpmem (wp_import_get_counts (whole), sizeof (WpImportCounts),
                   wp_import_get_counts (pieces), sizeof (WpImportCounts));
  g_assert_cmpuint (wp_import_client_ports (whole, 0, 65535), ==,
                    wp_import_client_ports (pieces, 0, 65535));

  /* The snapshots of both agree, bitmap block by block. */
  measurement = wp_import_take_measurement (whole);
  pieces_measurement = wp_import_take_measurement (pieces);
  assert_measurement (measurement, (guint) (cut1 * 257 + cut2));
  for (guint port = 0; port < 65536; port += 4096)
    {
      g_assert_cmpuint (wp_measurement_client_ports (measurement, port, port + 4095), ==,
                        wp_measurement_client_ports (pieces_measurement, port, port + 4095));
      g_assert_cmpuint (wp_measurement_client_ports_time_wait (measurement, port, port + 4095), ==,
                        wp_measurement_client_ports_time_wait (pieces_measurement, port,
                                                               port + 4095));
    }
  return 0;
}
