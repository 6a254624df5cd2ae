/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * --import=FILE: what a Windows machine reported (netstat -ano or -an,
 * Get-NetTCPConnection's CSV, netsh's dynamic port range), read a chunk at
 * a time.  netsh's range sets --port-start and --port-count unless either
 * was given: the options typed win over the file.
 */
#define G_LOG_DOMAIN "wp-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "import/wp-import-stream.h"
#include "wp-cli.h"

/* A range Windows would not take (a file made by hand): refused, not
 * changed into another. */
static gboolean
check_range (const WpPortRange *range,
             GError           **error)
{
  if (wp_port_range_check (range) == WP_PORT_RANGE_OK)
    return TRUE;
  /* Translators: netsh's port range read from the file, "start 100, 20 ports",
   * then the least start, the least number and the last port Windows takes */
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("--import: the file’s dynamic port range (start %u, %u ports) is not one "
                 "Windows takes: it starts at %u or above, holds at least %u ports and ends "
                 "at %u at most"),
               range->start, range->count, WP_PORT_RANGE_START_MIN, WP_PORT_RANGE_COUNT_MIN,
               WP_PORT_RANGE_END_MAX);
  return FALSE;
}

/* The chart's plain numbers: the connections, and the client ports in use
 * in the range the chosen platforms share (none where their ranges differ:
 * the rate view's one level could not be all of theirs). */
void
wp_cli_chart_measured (const WpMeasurement *measurement,
                       const WpLimitsInput *input,
                       guint                platforms,
                       WpChartMeasured     *out)
{
  gboolean found = FALSE, shared = TRUE;
  WpPortRange first = { 0, 0 };

  *out = (WpChartMeasured) { FALSE, 0, FALSE, 0 };
  if (measurement == NULL)
    return;
  out->shown = TRUE;
  out->connections = (double) wp_measurement_get_connections (measurement);
  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    {
      WpPortRange range;

      if (!(platforms & WP_PLATFORM_BIT (p)) || !wp_limits_client_port_range (p, input, &range))
        continue;
      shared &= !found || (range.start == first.start && range.count == first.count);
      first = found ? first : range;
      found = TRUE;
    }
  if (found && shared)
    {
      WpMeasuredPorts ports;

      wp_measurement_measure_range (measurement, &first, &ports);
      out->has_client_ports = TRUE;
      out->client_ports = ports.in_use;
    }
}

WpMeasurement *
wp_cli_read_import (const WpCliOptions *options,
                    WpLimitsInput      *input,
                    GError            **error)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (WpMeasurement) measurement = NULL;
  GError *cause = NULL;
  WpPortRange range;

  g_return_val_if_fail (options != NULL && options->import_path != NULL, NULL);

  file = g_file_new_for_commandline_arg (options->import_path);
  measurement = wp_measurement_read_file (file, NULL, NULL, NULL, &cause);
  if (measurement == NULL)
    {
      g_set_error (error, cause->domain, cause->code, "--import: %s", cause->message);
      g_error_free (cause);
      return NULL;
    }
  if (!wp_measurement_has_data (measurement))
    {
      g_autofree char *name = g_filename_display_name (options->import_path);

      /* Translators: %s is the file's name as given */
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--import: %s holds no line of netstat, of Get-NetTCPConnection’s CSV "
                     "or of netsh’s dynamic port range"), name);
      return NULL;
    }
  if (wp_measurement_get_port_range (measurement, &range) && !options->port_range_given)
    {
      if (!check_range (&range, error))
        return NULL;
      input->port_start = range.start;
      input->port_count = range.count;
    }
  return g_steal_pointer (&measurement);
}
