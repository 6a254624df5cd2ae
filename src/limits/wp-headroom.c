/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A version's port headroom for the inputs' workload: see wp-headroom.h. */
#define G_LOG_DOMAIN "wp-headroom"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-format.h"
#include "wp-headroom.h"

/* The ports a client of @platform can hold at once (its client limit) and
 * the TIME_WAIT in force; FALSE where no source gives either (98/ME). */
gboolean
wp_headroom_capacity (WpPlatform           platform,
                      const WpLimitsInput *input,
                      guint64             *out_ports,
                      guint               *out_time_wait_s)
{
  WpLimits limits;

  g_return_val_if_fail (input != NULL, FALSE);

  wp_limits_compute (platform, input, &limits);
  if (!limits.has_rate || limits.client_limit == 0)
    return FALSE;

  if (out_ports)
    *out_ports = limits.client_limit;
  if (out_time_wait_s)
    *out_time_wait_s = limits.time_wait_s;
  return TRUE;
}

/* The headroom at @rate_milli thousandths of a connection a second, with
 * the inputs' connection life; FALSE where the version has no ports. */
gboolean
wp_headroom_at_rate (WpPlatform           platform,
                     const WpLimitsInput *input,
                     guint64              rate_milli,
                     WpHeadroom          *out)
{
  WpWorkload workload;
  guint64 ports;
  guint time_wait_s;

  g_return_val_if_fail (input != NULL && out != NULL, FALSE);

  if (!wp_headroom_capacity (platform, input, &ports, &time_wait_s))
    return FALSE;

  workload.rate_milli = rate_milli;
  workload.life_ms = input->connection_life_ms;
  workload.time_wait_s = time_wait_s;
  wp_workload_headroom (&workload, ports, out);
  return TRUE;
}

/* The headroom at the target's rate; FALSE without a rate or without ports. */
gboolean
wp_headroom_compute (WpPlatform           platform,
                     const WpLimitsInput *input,
                     WpHeadroom          *out)
{
  g_return_val_if_fail (input != NULL, FALSE);

  return input->need_rate > 0 &&
         wp_headroom_at_rate (platform, input, (guint64) input->need_rate * 1000, out);
}

/* A rate that is a maximum, rounded down: tenths below 10 a second
 * ("16.5"), whole numbers above ("66", "1,337"). */
char *
wp_headroom_format_rate (guint64 rate_milli)
{
  guint64 tenths = rate_milli / 100;

  if (rate_milli == G_MAXUINT64)
    return g_strdup ("∞");
  if (tenths < 100)
    return g_strdup_printf ("%.1f", tenths / 10.0);
  return wp_format_count (tenths / 10);
}

/* A time that is a maximum, rounded down: "7.2 s" below 10 s, "245 s". */
char *
wp_headroom_format_duration (guint64 ms)
{
  g_autofree char *number = NULL;

  if (ms < 10000)
    number = g_strdup_printf ("%.1f", (ms / 100) / 10.0);
  else
    number = wp_format_count (ms / 1000);
  /* Translators: a duration in seconds, "240 s" */
  return g_strdup_printf (_("%s s"), number);
}

/* "62 %"; below zero where the ports fall short. */
char *
wp_headroom_format_pct (gint64 pct)
{
  /* A minus sign, not a hyphen, as the chart's ticks write it */
  g_autofree char *number = pct < 0 ? g_strdup_printf ("−%" G_GINT64_FORMAT, -pct)
                                    : g_strdup_printf ("%" G_GINT64_FORMAT, pct);

  /* Translators: a percentage, "62 %"; keep the no-break space */
  return g_strdup_printf (_("%s %%"), number);
}

/* A connection life as typed back and as wp_parse_seconds_ms() takes it:
 * "5", "3600", "0.25" (the locale's decimal mark, no grouping). */
char *
wp_headroom_format_life (guint64 life_ms)
{
  if (life_ms % 1000 == 0)
    return g_strdup_printf ("%" G_GUINT64_FORMAT, life_ms / 1000);
  if (life_ms % 100 == 0)
    return g_strdup_printf ("%.1f", life_ms / 1000.0);
  if (life_ms % 10 == 0)
    return g_strdup_printf ("%.2f", life_ms / 1000.0);
  return g_strdup_printf ("%.3f", life_ms / 1000.0);
}

/* The table's cells of the headroom at the target's rate: the ports in
 * use, the headroom and the time to exhaustion from an empty range ("never"
 * where the ports hold); "—" where there is no rate or no ports. */
void
wp_headroom_format_cells (WpPlatform           platform,
                          const WpLimitsInput *input,
                          char               **out_in_use,
                          char               **out_headroom,
                          char               **out_exhaustion)
{
  WpHeadroom headroom;

  g_return_if_fail (input != NULL && out_in_use && out_headroom && out_exhaustion);

  if (!wp_headroom_compute (platform, input, &headroom))
    {
      *out_in_use = g_strdup ("—");
      *out_headroom = g_strdup ("—");
      *out_exhaustion = g_strdup ("—");
      return;
    }

  *out_in_use = wp_format_count (headroom.ports_in_use);
  *out_headroom = wp_headroom_format_pct (headroom.headroom_pct);
  *out_exhaustion = headroom.holds ? g_strdup (_("never"))
                                   : wp_headroom_format_duration (headroom.exhaustion_ms);
}

/* The CSV's fields, with the comma before each: ports_in_use,
 * headroom_pct, exhaustion_s ("C" locale, seconds to the millisecond,
 * rounded down).  All three empty where the version has no ports (98/ME)
 * or no rate is given; exhaustion_s empty where the range holds. */
char *
wp_headroom_format_csv (WpPlatform           platform,
                        const WpLimitsInput *input)
{
  WpHeadroom headroom;

  g_return_val_if_fail (input != NULL, NULL);

  if (!wp_headroom_compute (platform, input, &headroom))
    return g_strdup (",,,");
  if (headroom.holds)
    return g_strdup_printf (",%" G_GUINT64_FORMAT ",%" G_GINT64_FORMAT ",",
                            headroom.ports_in_use, headroom.headroom_pct);
  return g_strdup_printf (",%" G_GUINT64_FORMAT ",%" G_GINT64_FORMAT ",%" G_GUINT64_FORMAT
                          ".%03u", headroom.ports_in_use, headroom.headroom_pct,
                          headroom.exhaustion_ms / 1000, (guint) (headroom.exhaustion_ms % 1000));
}

/* The selected version's headroom for the summary: "62 % of the client
 * ports in use at the target rate (10,200 of 16,384): 37 % headroom; they
 * run out at 66 new connections/s."  NULL without a rate or ports. */
char *
wp_headroom_format_sentence (WpPlatform           platform,
                             const WpLimitsInput *input)
{
  WpHeadroom headroom;
  g_autofree char *in_use = NULL;
  g_autofree char *ports_text = NULL;
  g_autofree char *pct = NULL;
  g_autofree char *rate = NULL;
  guint64 ports;

  g_return_val_if_fail (input != NULL, NULL);

  if (!wp_headroom_compute (platform, input, &headroom) ||
      !wp_headroom_capacity (platform, input, &ports, NULL))
    return NULL;

  in_use = wp_format_count (headroom.ports_in_use);
  ports_text = wp_format_count (ports);
  rate = wp_headroom_format_rate (headroom.max_rate_milli);
  if (!headroom.holds)
    {
      g_autofree char *time = wp_headroom_format_duration (headroom.exhaustion_ms);

      /* Translators: ports needed, ports there are, the time from an empty
       * range to none left, and the rate at which they run out */
      return g_strdup_printf (_("⚠ The client ports run out at the target rate: %s needed, %s "
                                "available, used up in %s from an empty range; they hold up to "
                                "%s new connections/s."), in_use, ports_text, time, rate);
    }

  /* The share in use is a need, so up: 100 − the headroom, rounded down. */
  pct = wp_headroom_format_pct (100 - headroom.headroom_pct);
  if (headroom.warning)
    /* Translators: share in use, ports in use, ports there are, the rate
     * at which they run out; a warning from 80 % */
    return g_strdup_printf (_("⚠ %s of the client ports in use at the target rate (%s of %s): "
                              "they run out at %s new connections/s."), pct, in_use,
                            ports_text, rate);
  /* Translators: share in use, ports in use, ports there are, the rate at
   * which they run out */
  return g_strdup_printf (_("%s of the client ports in use at the target rate (%s of %s): "
                            "they run out at %s new connections/s."), pct, in_use, ports_text,
                          rate);
}
