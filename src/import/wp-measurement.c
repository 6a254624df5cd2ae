/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpMeasurement: a finished import's figures, immutable, in an atomically
 * reference-counted box (g_atomic_rc_box). */
#include "config.h"

#include <string.h>

#include "wp-import-private.h"
#include "wp-measurement.h"

struct _WpMeasurement
{
  WpImportCounts  counts;
  guint32         ports[WP_IMPORT_N_PORTS / 32];
  guint32         time_wait_ports[WP_IMPORT_N_PORTS / 32];
  WpImportProcess top[WP_MEASUREMENT_TOP_PROCESSES];
  guint           n_top;
  guint           n_processes;
  char          **shown;
};

WpMeasurement *
wp_import_take_measurement (WpImport *import)
{
  WpMeasurement *self;

  g_return_val_if_fail (import != NULL, NULL);

  wp_import_finish (import);
  self = g_atomic_rc_box_new0 (WpMeasurement);
  self->counts = import->counts;
  memcpy (self->ports, import->ports, sizeof self->ports);
  memcpy (self->time_wait_ports, import->time_wait_ports, sizeof self->time_wait_ports);
  self->n_top = wp_import_top_processes (import, G_N_ELEMENTS (self->top), self->top);
  self->n_processes = import->n_processes;
  self->shown = g_strdupv ((char **) wp_import_get_shown_lines (import));
  return self;
}

WpMeasurement *
wp_measurement_ref (WpMeasurement *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
measurement_clear (gpointer data)
{
  WpMeasurement *self = data;

  g_strfreev (self->shown);
}

void
wp_measurement_unref (WpMeasurement *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, measurement_clear);
}

const WpImportCounts *
wp_measurement_get_counts (const WpMeasurement *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->counts;
}

guint64
wp_measurement_get_connections (const WpMeasurement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->counts.connections;
}

guint64
wp_measurement_get_time_wait (const WpMeasurement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->counts.by_state[WP_TCP_TIME_WAIT];
}

guint64
wp_measurement_get_not_understood (const WpMeasurement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->counts.not_understood;
}

gboolean
wp_measurement_has_data (const WpMeasurement *self)
{
  guint64 tcp = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  for (guint s = 0; s < WP_N_TCP_STATES; s++)
    tcp += self->counts.by_state[s];
  return tcp > 0 || self->counts.udp > 0 || self->counts.has_port_range;
}

const char * const *
wp_measurement_get_shown_lines (const WpMeasurement *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->shown;
}

gboolean
wp_measurement_get_port_range (const WpMeasurement *self,
                               WpPortRange         *out_range)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->counts.has_port_range && out_range != NULL)
    *out_range = self->counts.port_range;
  return self->counts.has_port_range;
}

static inline gboolean
bit_is_set (const guint32 *bits,
            guint          port)
{
  return port < WP_IMPORT_N_PORTS && ((bits[port / 32] >> (port % 32)) & 1) != 0;
}

/* The set bits of @bits in first_port..last_port: whole words at a time. */
static guint
count_bits (const guint32 *bits,
            guint          first_port,
            guint          last_port)
{
  guint n = 0;

  last_port = MIN (last_port, WP_IMPORT_N_PORTS - 1);
  for (guint port = first_port; port <= last_port;)
    {
      guint32 word = bits[port / 32] >> (port % 32);
      guint n_bits = MIN (32 - port % 32, last_port - port + 1);

      if (n_bits < 32)
        word &= (1u << n_bits) - 1;
      n += (guint) __builtin_popcount (word);
      port += n_bits;
    }
  return n;
}

gboolean
wp_measurement_port_in_use (const WpMeasurement *self,
                            guint                port)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return bit_is_set (self->ports, port);
}

gboolean
wp_measurement_port_in_time_wait (const WpMeasurement *self,
                                  guint                port)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return bit_is_set (self->time_wait_ports, port);
}

guint
wp_measurement_client_ports (const WpMeasurement *self,
                             guint                first_port,
                             guint                last_port)
{
  g_return_val_if_fail (self != NULL, 0);

  return count_bits (self->ports, first_port, last_port);
}

guint
wp_measurement_client_ports_time_wait (const WpMeasurement *self,
                                       guint                first_port,
                                       guint                last_port)
{
  g_return_val_if_fail (self != NULL, 0);

  return count_bits (self->time_wait_ports, first_port, last_port);
}

/* The share in use is rounded up, as the workload's ports in use are
 * (wp-headroom.h): one port in use is never "0 %"; the share of them in
 * TIME_WAIT down: one port that is not never makes it "100 %". */
void
wp_measurement_measure_range (const WpMeasurement *self,
                              const WpPortRange   *range,
                              WpMeasuredPorts     *out)
{
  guint last;

  g_return_if_fail (self != NULL && range != NULL && out != NULL);

  memset (out, 0, sizeof *out);
  out->range = *range;
  if (range->count == 0)
    return;
  last = (guint) MIN ((guint64) range->start + range->count - 1, WP_IMPORT_N_PORTS - 1);
  out->in_use = wp_measurement_client_ports (self, range->start, last);
  out->time_wait = wp_measurement_client_ports_time_wait (self, range->start, last);
  out->in_use_pct = (guint) (((guint64) out->in_use * 100 + range->count - 1) / range->count);
  if (out->in_use > 0)
    out->time_wait_pct = (guint) ((guint64) out->time_wait * 100 / out->in_use);
}

gboolean
wp_measurement_measure_platform (const WpMeasurement *self,
                                 WpPlatform           platform,
                                 const WpLimitsInput *input,
                                 WpMeasuredPorts     *out)
{
  WpPortRange range;

  g_return_val_if_fail (self != NULL && input != NULL && out != NULL, FALSE);

  if (!wp_limits_client_port_range (platform, input, &range))
    {
      memset (out, 0, sizeof *out);
      return FALSE;
    }
  wp_measurement_measure_range (self, &range, out);
  return TRUE;
}

guint
wp_measurement_get_top_processes (const WpMeasurement    *self,
                                  const WpImportProcess **out_processes)
{
  g_return_val_if_fail (self != NULL, 0);

  if (out_processes != NULL)
    *out_processes = self->top;
  return self->n_top;
}

guint
wp_measurement_get_n_processes (const WpMeasurement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_processes;
}
