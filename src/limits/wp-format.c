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

/* One decimal at most, and none when it would be ".0": "1.5", "2".  The
 * decimal mark is the locale's (printf follows LC_NUMERIC). */
static char *
format_one_decimal (double value)
{
  double rounded = round (value * 10.0) / 10.0;
  g_autofree char *number = NULL;

  if (fabs (rounded - round (rounded)) < 1e-9)
    number = g_strdup_printf ("%.0f", rounded);
  else
    number = g_strdup_printf ("%.1f", rounded);

  return group_digits (number);
}

/* RAM in binary units, as Windows and the source count it: 512 MB, 1.5 GB. */
char *
wp_format_ram_mb (guint64 ram_mb)
{
  g_autofree char *number = NULL;

  if (ram_mb < 1024)
    {
      number = wp_format_count (ram_mb);
      /* Translators: a memory size in megabytes */
      return g_strdup_printf (_("%s MB"), number);
    }
  if (ram_mb < 1024 * 1024)
    {
      number = format_one_decimal (ram_mb / 1024.0);
      /* Translators: a memory size in gigabytes */
      return g_strdup_printf (_("%s GB"), number);
    }

  number = format_one_decimal (ram_mb / (1024.0 * 1024.0));
  /* Translators: a memory size in terabytes */
  return g_strdup_printf (_("%s TB"), number);
}

char *
wp_format_pool_mb (double pool_mb)
{
  g_autofree char *number = format_one_decimal (pool_mb);

  return g_strdup_printf (_("%s MB"), number);
}

/* A rate of connections per second, one decimal below 100. */
char *
wp_format_rate (double per_second)
{
  g_autofree char *number = NULL;

  if (per_second < 100.0)
    return format_one_decimal (per_second);

  number = g_strdup_printf ("%.0f", per_second);
  return group_digits (number);
}
