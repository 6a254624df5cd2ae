/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The readouts of an import: what the customer's machine had in use, in
 * the selected version's client port range — "Measured: 62 % of client
 * ports in use (9,912 of 16,384), 71 % of them in TIME_WAIT." — and the
 * lines of the file not understood. */
#define G_LOG_DOMAIN "wp-readout"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "wp-readout.h"

/* ngettext takes an unsigned long: larger counts take the "many" form. */
static gulong
plural_n (guint64 count)
{
  return count > G_MAXULONG ? G_MAXULONG : (gulong) count;
}

char *
wp_readout_measured_ports (const WpMeasuredPorts *ports)
{
  g_autofree char *in_use = NULL;
  g_autofree char *range = NULL;
  g_autofree char *in_use_pct = NULL;
  g_autofree char *time_wait_pct = NULL;

  g_return_val_if_fail (ports != NULL, NULL);

  range = wp_format_count (ports->range.count);
  if (ports->in_use == 0)
    /* Translators: the client port range's size, "(0 of 16,384)" */
    return g_strdup_printf (_("Measured: no client port in use (0 of %s)."), range);

  in_use = wp_format_count (ports->in_use);
  in_use_pct = wp_headroom_format_pct (ports->in_use_pct);
  time_wait_pct = wp_headroom_format_pct (ports->time_wait_pct);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
    /* Translators: from an imported netstat, "Measured: 62 % of client
     * ports in use (9,912 of 16,384), 71 % of them in TIME_WAIT."; the
     * percentages are formatted already ("62 %"), the plural follows the
     * ports in use (9,912) */
    "Measured: %s of client ports in use (%s of %s), %s of it in TIME_WAIT.",
    "Measured: %s of client ports in use (%s of %s), %s of them in TIME_WAIT.",
    plural_n (ports->in_use)),
    in_use_pct, in_use, range, time_wait_pct);
}

/* Windows 95, 98 and ME: no port range to measure in. */
char *
wp_readout_measured_connections (guint64 connections,
                                 guint64 time_wait)
{
  g_autofree char *count = wp_format_count (connections);
  g_autofree char *waiting = wp_format_count (time_wait);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
    /* Translators: from an imported netstat on Windows 95, 98 or ME,
     * "Measured: 9 connections, 4 in TIME_WAIT; this version has no client
     * port range." */
    "Measured: %s connection, %s in TIME_WAIT; this version has no client port range.",
    "Measured: %s connections, %s in TIME_WAIT; this version has no client port range.",
    plural_n (connections)),
    count, waiting);
}

char *
wp_readout_not_understood (guint64 lines)
{
  g_autofree char *count = wp_format_count (lines);

  /* Translators: lines of an imported file skipped, "3 lines not understood" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s line not understood",
                                       "%s lines not understood", plural_n (lines)),
                          count);
}

/* The summary's text: the measured ports in @platform's client range (the
 * connections where it has none), then the lines not understood, if any. */
char *
wp_readout_measured (const WpMeasurement *measurement,
                     WpPlatform           platform,
                     const WpLimitsInput *input)
{
  g_autofree char *ports_text = NULL;
  g_autofree char *skipped_text = NULL;
  WpMeasuredPorts ports;
  guint64 skipped;

  g_return_val_if_fail (measurement != NULL && input != NULL, NULL);

  if (wp_measurement_measure_platform (measurement, platform, input, &ports))
    ports_text = wp_readout_measured_ports (&ports);
  else
    ports_text = wp_readout_measured_connections (wp_measurement_get_connections (measurement),
                                                  wp_measurement_get_time_wait (measurement));
  skipped = wp_measurement_get_not_understood (measurement);
  if (skipped == 0)
    return g_steal_pointer (&ports_text);
  skipped_text = wp_readout_not_understood (skipped);
  return g_strconcat (ports_text, "\n", skipped_text, NULL);
}
