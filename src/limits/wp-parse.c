/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-parse"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "wp-format.h"
#include "wp-limits.h"
#include "wp-parse.h"

G_DEFINE_QUARK (wp-parse-error-quark, wp_parse_error)

/* Units of a RAM size as powers of two of a kilobyte; binary, as Windows
 * counts memory. */
static const struct
{
  const char *suffix;
  guint       log2_kb;
} size_units[] = {
  { "",    10 },
  { "k",   0 },  { "kb",  0 },  { "kib", 0 },
  { "m",   10 }, { "mb",  10 }, { "mib", 10 },
  { "g",   20 }, { "gb",  20 }, { "gib", 20 },
  { "t",   30 }, { "tb",  30 }, { "tib", 30 },
};

/* The decimal marks a number may use: "." always, and the locale's
 * ("1,5" in German). */
static gboolean
is_decimal_mark (const char *p,
                 gsize      *out_len)
{
  const char *mark = localeconv ()->decimal_point;

  if (*p == '.')
    {
      *out_len = 1;
      return TRUE;
    }
  if (mark != NULL && *mark != '\0' && g_str_has_prefix (p, mark))
    {
      *out_len = strlen (mark);
      return TRUE;
    }
  return FALSE;
}

/* Splits " 1.5 GB " into its number ("1.5", the mark always '.') and its
 * unit ("gb", lower case).  Only digits and one decimal mark make a
 * number: no sign, exponent, hex, "inf" or "nan", which strtod would take. */
static gboolean
split_number (const char  *text,
              char       **out_number,
              char       **out_unit,
              GError     **error)
{
  g_autofree char *copy = NULL;
  g_autoptr (GString) number = NULL;
  const char *p;
  gsize digits = 0, dots = 0;

  if (text == NULL || *(copy = g_strstrip (g_strdup (text))) == '\0')
    {
      g_set_error_literal (error, WP_PARSE_ERROR, WP_PARSE_ERROR_EMPTY,
                           _("no value was given"));
      return FALSE;
    }

  if (copy[0] == '-')
    {
      g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_NEGATIVE,
                   _("“%s” is negative"), copy);
      return FALSE;
    }

  number = g_string_new (NULL);
  for (p = copy; *p != '\0'; )
    {
      gsize mark_len;

      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (number, *p++);
          digits++;
        }
      else if (is_decimal_mark (p, &mark_len))
        {
          g_string_append_c (number, '.');
          p += mark_len;
          dots++;
        }
      else
        break;
    }

  if (digits == 0 || dots > 1)
    {
      g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_INVALID,
                   _("“%s” is not a number"), copy);
      return FALSE;
    }

  *out_number = g_string_free (g_steal_pointer (&number), FALSE);
  /* A space between number and unit, or the no-break spaces the program
   * prints there ("1.5\u00a0GB"; U+202F in French): what it prints, it
   * takes back. */
  for (;;)
    {
      if (*p == ' ')
        p++;
      else if (g_str_has_prefix (p, "\u00a0"))
        p += strlen ("\u00a0");
      else if (g_str_has_prefix (p, "\u202f"))
        p += strlen ("\u202f");
      else
        break;
    }
  *out_unit = g_ascii_strdown (p, -1);
  return TRUE;
}

gboolean
wp_parse_uint (const char *text,
               guint64     min,
               guint64     max,
               guint64    *out,
               GError    **error)
{
  g_autofree char *number = NULL;
  g_autofree char *unit = NULL;
  guint64 value;

  g_return_val_if_fail (min <= max, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!split_number (text, &number, &unit, error))
    return FALSE;

  if (*unit != '\0')
    {
      /* As typed: the unit is lower case by now. */
      g_autofree char *shown = g_strstrip (g_strdup (text));

      g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_INVALID,
                   _("“%s” is not a whole number"), shown);
      return FALSE;
    }

  if (strchr (number, '.') != NULL)
    {
      g_autofree char *shown = g_strstrip (g_strdup (text));

      g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_FRACTION,
                   _("“%s” is not a whole number"), shown);
      return FALSE;
    }

  if (!g_ascii_string_to_unsigned (number, 10, min, max, &value, NULL))
    {
      /* The bounds go in as strings: a G_GUINT64_FORMAT inside _() would
       * cut the message short for xgettext. */
      g_autofree char *low = g_strdup_printf ("%" G_GUINT64_FORMAT, min);
      g_autofree char *high = g_strdup_printf ("%" G_GUINT64_FORMAT, max);

      g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_RANGE,
                   /* Translators: a value and the lowest and highest valid ones */
                   _("%s is out of range: valid values are %s to %s"),
                   number, low, high);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

/* A whole number as people type it: "5000", or grouped as wp_format_count()
 * groups it in their locale ("5,000"; "5.000" in German).  Separators
 * anywhere else ("50,00") make it no number.  Where the separator is a
 * kind of space (French: U+202F), a plain space does too. */
gboolean
wp_parse_count (const char *text,
                guint64     min,
                guint64     max,
                guint64    *out,
                GError    **error)
{
  const char *sep = localeconv ()->thousands_sep;
  g_autofree char *typed = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *grouped = NULL;
  g_auto (GStrv) groups = NULL;
  guint64 value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL || sep == NULL || *sep == '\0' || !g_utf8_validate (text, -1, NULL))
    return wp_parse_uint (text, min, max, out, error);

  typed = g_strstrip (g_strdup (text));
  if (g_unichar_isspace (g_utf8_get_char_validated (sep, -1)))
    {
      g_auto (GStrv) words = g_strsplit (typed, " ", -1);

      g_free (typed);
      typed = g_strjoinv (sep, words);
    }
  if (strstr (typed, sep) == NULL)
    return wp_parse_uint (typed, min, max, out, error);

  groups = g_strsplit (typed, sep, -1);
  digits = g_strjoinv ("", groups);
  if (!wp_parse_uint (digits, min, max, &value, error))
    return FALSE;

  grouped = wp_format_count (value);
  if (strcmp (grouped, typed) != 0)
    {
      g_autofree char *shown = g_strstrip (g_strdup (text));

      g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_INVALID,
                   _("“%s” is not a number"), shown);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

/* Whether @number ("1.5", digits and at most one '.') in a unit of
 * 2^@log2_kb KB is a whole number of megabytes, and which: exactly, from
 * the digits (1536K is 1.5 MB, no whole number; 0.0009765625G is 1 MB). */
static gboolean
whole_megabytes (const char *number,
                 guint       log2_kb,
                 guint64    *out_mb)
{
  g_autofree char *digits = NULL;
  const char *dot = strchr (number, '.');
  gsize decimals = 0;
  guint64 mantissa, pow5 = 1;
  int shift;

  if (dot != NULL)
    {
      decimals = strlen (dot + 1);
      while (decimals > 0 && dot[decimals] == '0')
        decimals--;
      digits = g_strdup_printf ("%.*s%.*s", (int) (dot - number), number,
                                (int) decimals, dot + 1);
    }
  else
    digits = g_strdup (number);

  /* value = mantissa / (2^d 5^d) * 2^log2_kb KB = mantissa / 5^d *
   * 2^(log2_kb - d - 10) MB: whole only if 5^d divides the mantissa and no
   * bit is shifted out.  5^28 exceeds any 64-bit mantissa. */
  if (decimals > 27 || !g_ascii_string_to_unsigned (digits, 10, 0, G_MAXUINT64, &mantissa, NULL))
    return FALSE;
  for (gsize i = 0; i < decimals; i++)
    pow5 *= 5;
  if (mantissa % pow5 != 0)
    return FALSE;
  mantissa /= pow5;

  shift = (int) log2_kb - (int) decimals - 10;
  if (shift >= 0)
    {
      if (shift >= 64 || mantissa > (G_MAXUINT64 >> shift))
        return FALSE;
      *out_mb = mantissa << shift;
    }
  else
    {
      if (-shift >= 64 || (mantissa & ((G_GUINT64_CONSTANT (1) << -shift) - 1)) != 0)
        return FALSE;
      *out_mb = mantissa >> -shift;
    }
  return TRUE;
}

gboolean
wp_parse_ram_mb (const char *text,
                 guint64    *out_mb,
                 GError    **error)
{
  g_autofree char *number = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *shown = NULL;
  double mb;
  guint64 whole;
  gsize i;

  g_return_val_if_fail (out_mb != NULL, FALSE);

  if (!split_number (text, &number, &unit, error))
    return FALSE;

  shown = g_strstrip (g_strdup (text));
  for (i = 0; i < G_N_ELEMENTS (size_units); i++)
    if (strcmp (unit, size_units[i].suffix) == 0)
      break;

  if (i == G_N_ELEMENTS (size_units))
    {
      g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_UNIT,
                   _("“%s” has an unknown unit: use MB, GB or TB, for example 512M or 1.5G"),
                   shown);
      return FALSE;
    }

  mb = ldexp (g_ascii_strtod (number, NULL), (int) size_units[i].log2_kb - 10);
  if (!isfinite (mb) || mb < WP_RAM_MB_MIN - 1e-9 || mb > WP_RAM_MB_MAX + 1e-9)
    {
      g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_RANGE,
                   _("%s is out of range: valid sizes are 1 MB to 16 TB"), shown);
      return FALSE;
    }

  /* Never rounded to a neighbour: a size that is no whole number of MB is
   * refused, as a whole number of ports would be. */
  if (!whole_megabytes (number, size_units[i].log2_kb, &whole) ||
      whole < WP_RAM_MB_MIN || whole > WP_RAM_MB_MAX)
    {
      g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_FRACTION,
                   _("“%s” is not a whole number of megabytes"), shown);
      return FALSE;
    }

  *out_mb = whole;
  return TRUE;
}

gboolean
wp_parse_platforms (const char *text,
                    guint      *out_mask,
                    GError    **error)
{
  g_auto (GStrv) ids = NULL;
  guint mask = 0;

  g_return_val_if_fail (out_mask != NULL, FALSE);

  if (text == NULL || *text == '\0')
    {
      g_set_error_literal (error, WP_PARSE_ERROR, WP_PARSE_ERROR_EMPTY,
                           _("no value was given"));
      return FALSE;
    }

  ids = g_strsplit (text, ",", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *id = g_strstrip (ids[i]);
      WpPlatform platform;

      if (g_ascii_strcasecmp (id, "all") == 0)
        {
          mask |= WP_PLATFORMS_ALL;
          continue;
        }

      if (!wp_platform_from_id (id, &platform))
        {
          g_autoptr (GString) known = g_string_new (NULL);

          for (guint p = 0; p < WP_N_PLATFORMS; p++)
            g_string_append_printf (known, "%s%s", p ? ", " : "",
                                    wp_platform_info (p)->id);
          g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_PLATFORM,
                       _("unknown platform “%s”: use %s or all"), id, known->str);
          return FALSE;
        }

      mask |= WP_PLATFORM_BIT (platform);
    }

  *out_mask = mask;
  return TRUE;
}

gboolean
wp_parse_image_size (const char *text,
                     guint       max_side,
                     guint      *out_width,
                     guint      *out_height,
                     GError    **error)
{
  g_auto (GStrv) sides = NULL;
  guint64 width, height;

  g_return_val_if_fail (out_width != NULL && out_height != NULL, FALSE);

  if (text != NULL)
    sides = g_strsplit_set (text, "xX", -1);

  /* "x900" and "1600x" are not sizes either, rather than "no value". */
  if (sides == NULL || g_strv_length (sides) != 2 ||
      *g_strstrip (sides[0]) == '\0' || *g_strstrip (sides[1]) == '\0')
    {
      g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_INVALID,
                   _("“%s” is not a size: use WIDTHxHEIGHT, for example 1600x900"),
                   text ? text : "");
      return FALSE;
    }

  if (!wp_parse_uint (sides[0], 1, max_side, &width, error) ||
      !wp_parse_uint (sides[1], 1, max_side, &height, error))
    return FALSE;

  *out_width = (guint) width;
  *out_height = (guint) height;
  return TRUE;
}

/* A duration in seconds as people type it: "5", "0.25", "1,5" in German,
 * with or without "s"; exact to the millisecond, so more than three
 * decimals are refused rather than rounded. */
gboolean
wp_parse_seconds_ms (const char *text,
                     guint64     max_ms,
                     guint64    *out_ms,
                     GError    **error)
{
  g_autofree char *number = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *digits = NULL;
  const char *dot;
  gsize decimals = 0;
  guint64 value;

  g_return_val_if_fail (out_ms != NULL, FALSE);

  if (!split_number (text, &number, &unit, error))
    return FALSE;

  shown = g_strstrip (g_strdup (text));
  if (*unit != '\0' && strcmp (unit, "s") != 0)
    {
      g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_UNIT,
                   _("“%s” is not a number of seconds, for example 5 or 0.25"), shown);
      return FALSE;
    }

  dot = strchr (number, '.');
  if (dot != NULL)
    decimals = strlen (dot + 1);
  if (decimals > 3)
    {
      g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_FRACTION,
                   _("“%s” is finer than a millisecond"), shown);
      return FALSE;
    }
  /* "1.5" is 1500 ms: the digits, then the missing decimals as zeros. */
  digits = g_strdup_printf ("%.*s%s%.*s", dot ? (int) (dot - number) : (int) strlen (number),
                            number, dot ? dot + 1 : "", (int) (3 - decimals), "000");
  if (!g_ascii_string_to_unsigned (digits, 10, 0, max_ms, &value, NULL))
    {
      g_autofree char *high = g_strdup_printf ("%" G_GUINT64_FORMAT, max_ms / 1000);

      g_set_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_RANGE,
                   /* Translators: a duration and the longest valid one in seconds */
                   _("%s is out of range: valid values are 0 to %s seconds"), shown, high);
      return FALSE;
    }

  *out_ms = value;
  return TRUE;
}
