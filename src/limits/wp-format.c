/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-format"

#include "config.h"

#include <limits.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "wp-format.h"

/* Inserts the locale's thousands separator into the leading digits of
 * @number, as LC_NUMERIC's grouping says ("\3" for most, "\3\2" in India). */
static char *
group_digits (const char *number)
{
  const struct lconv *conv = localeconv ();
  const char *sep = conv->thousands_sep;
  const char *grouping = conv->grouping;
  gsize digits = strspn (number, "0123456789");
  g_autoptr (GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  GString *out;
  gsize pos = digits, group = 0;

  if (sep == NULL || *sep == '\0' || grouping == NULL || *grouping <= 0 ||
      *grouping == CHAR_MAX)
    return g_strdup (number);

  /* Cut positions from the right, following the grouping string; its
   * last entry repeats. */
  while (TRUE)
    {
      if (grouping[group] == CHAR_MAX || grouping[group] < 0)
        break;
      if ((gsize) grouping[group] >= pos)
        break;
      pos -= grouping[group];
      g_array_prepend_val (cuts, pos);
      if (grouping[group + 1] != '\0')
        group++;
    }

  out = g_string_sized_new (strlen (number) + cuts->len * strlen (sep));
  for (gsize i = 0, c = 0; number[i] != '\0'; i++)
    {
      if (c < cuts->len && i == g_array_index (cuts, gsize, c))
        {
          g_string_append (out, sep);
          c++;
        }
      g_string_append_c (out, number[i]);
    }

  return g_string_free (out, FALSE);
}

char *
wp_format_count (guint64 count)
{
  g_autofree char *number = g_strdup_printf ("%" G_GUINT64_FORMAT, count);

  return group_digits (number);
}

/* @tenths / 10 with the locale's decimal mark, and no ".0": "1.5", "2". */
static char *
format_tenths (guint64 tenths)
{
  g_autofree char *whole = wp_format_count (tenths / 10);

  if (tenths % 10 == 0)
    return g_steal_pointer (&whole);

  return g_strdup_printf ("%s%s%u", whole, localeconv ()->decimal_point,
                          (guint) (tenths % 10));
}

/* RAM in binary units, as Windows and the source count it, and exactly:
 * in GB or TB only where one decimal says it exactly (1.5 GB), otherwise in
 * MB (2,047 MB, never "2 GB"). */
char *
wp_format_ram_mb (guint64 ram_mb)
{
  const guint64 tb = 1024 * 1024;
  g_autofree char *number = NULL;

  if (ram_mb >= tb && ram_mb * 10 % tb == 0)
    {
      number = format_tenths (ram_mb * 10 / tb);
      /* Translators: a memory size in terabytes */
      return g_strdup_printf (_("%s TB"), number);
    }
  if (ram_mb >= 1024 && ram_mb * 10 % 1024 == 0)
    {
      number = format_tenths (ram_mb * 10 / 1024);
      /* Translators: a memory size in gigabytes */
      return g_strdup_printf (_("%s GB"), number);
    }

  number = wp_format_count (ram_mb);
  /* Translators: a memory size in megabytes */
  return g_strdup_printf (_("%s MB"), number);
}

/* The pool, RAM / 8 of a whole number of MB: exact in three decimals at
 * most, so shown exactly (243.25 MB), never rounded up. */
char *
wp_format_pool_mb (double pool_mb)
{
  guint64 thousandths = (guint64) floor (MAX (0.0, pool_mb) * 1000.0 + 1e-6);
  g_autofree char *whole = wp_format_count (thousandths / 1000);
  g_autofree char *number = NULL;
  char decimals[4];
  int n;

  n = g_snprintf (decimals, sizeof decimals, "%03u", (guint) (thousandths % 1000));
  while (n > 0 && decimals[n - 1] == '0')
    decimals[--n] = '\0';

  if (n == 0)
    number = g_steal_pointer (&whole);
  else
    number = g_strdup_printf ("%s%s%s", whole, localeconv ()->decimal_point, decimals);

  return g_strdup_printf (_("%s MB"), number);
}

/* A TIME_WAIT in seconds, "240 s"; "—" for 0, where no source gives one. */
char *
wp_format_time_wait (guint seconds)
{
  g_autofree char *count = NULL;

  if (seconds == 0)
    return g_strdup ("—");

  count = wp_format_count (seconds);
  /* Translators: a duration in seconds, "240 s" */
  return g_strdup_printf (_("%s s"), count);
}

/* The TIME_WAIT input: "platform default" (each version's own) or the
 * seconds set. */
char *
wp_format_time_wait_input (guint time_wait_s)
{
  if (time_wait_s == WP_TIME_WAIT_PLATFORM)
    return g_strdup (_("platform default"));

  return wp_format_time_wait (time_wait_s);
}

/* The sustained rate of new connections, a maximum: rounded down, to a
 * tenth below 10 (100 / 240 s reads 0.4, not 0) and to a whole number
 * above (132.57/s reads 132); "—" where no source gives a rate. */
char *
wp_format_rate (const WpLimits *limits)
{
  guint64 tenths;

  g_return_val_if_fail (limits != NULL, NULL);

  if (!limits->has_rate)
    return g_strdup ("—");

  tenths = wp_limits_rate_floor (limits, 10);
  if (tenths < 100)
    return format_tenths (tenths);

  return wp_format_count (tenths / 10);
}

/* The number wp_format_rate() shows, for choosing a plural form: a
 * fraction counts as many ("1.2 connections"). */
gulong
wp_format_rate_plural (const WpLimits *limits)
{
  guint64 tenths = wp_limits_rate_floor (limits, 10);

  if (tenths < 100 && tenths % 10 != 0)
    return G_MAXULONG;

  return (gulong) MIN (tenths / 10, (guint64) G_MAXULONG);
}

/* The rate for CSV: "C" locale, two decimals, truncated (3976 / 240 is
 * 16.56, not 16.57); empty where no source gives a rate. */
char *
wp_format_rate_csv (const WpLimits *limits)
{
  guint64 hundredths;

  g_return_val_if_fail (limits != NULL, NULL);

  if (!limits->has_rate)
    return g_strdup ("");

  hundredths = wp_limits_rate_floor (limits, 100);
  return g_strdup_printf ("%" G_GUINT64_FORMAT ".%02u", hundredths / 100,
                          (guint) (hundredths % 100));
}
