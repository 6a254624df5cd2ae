/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The parsers of outside input: sizes of RAM (whole MB only, the locale's
 * decimal mark and '.'), whole numbers grouped as the locale groups them,
 * platform ids, image sizes.  Each refusal names its error code. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "limits/wp-limits.h"
#include "limits/wp-parse.h"

typedef struct
{
  const char *text;
  guint64     mb;      /* 0: must fail */
  int         code;    /* the error when it fails */
} RamCase;

static void
test_ram (void)
{
  static const RamCase cases[] = {
    { "2048",     2048, 0 },
    { "512M",     512, 0 },
    { "512MB",    512, 0 },
    { "512 mb",   512, 0 },
    { "1.5G",     1536, 0 },
    { "2GB",      2048, 0 },
    { "2GiB",     2048, 0 },
    { " 1g ",     1024, 0 },
    { "16T",      16777216, 0 },
    { "1024K",    1, 0 },
    { "1",        1, 0 },
    { "3313",     3313, 0 },
    { "0.0009765625G", 1, 0 },            /* 1024^-1 GB: exactly 1 MB */
    { "1.50000G", 1536, 0 },
    { "1.5\u00a0GB", 1536, 0 },                 /* as the program prints it */
    { "512\u202fMB", 512, 0 },
    { "1536K",    0, WP_PARSE_ERROR_FRACTION },   /* 1.5 MB: not turned into 2 */
    { "0.3G",     0, WP_PARSE_ERROR_FRACTION },   /* 307.2 MB */
    { "2047.5",   0, WP_PARSE_ERROR_FRACTION },
    { "1,5G",     0, WP_PARSE_ERROR_UNIT },       /* the C locale's mark is '.' */
    { "",         0, WP_PARSE_ERROR_EMPTY },
    { "   ",      0, WP_PARSE_ERROR_EMPTY },
    { "-1G",      0, WP_PARSE_ERROR_NEGATIVE },
    { "abc",      0, WP_PARSE_ERROR_INVALID },
    { "1.2.3G",   0, WP_PARSE_ERROR_INVALID },
    { "nan",      0, WP_PARSE_ERROR_INVALID },
    { "inf",      0, WP_PARSE_ERROR_INVALID },
    { "0x10",     0, WP_PARSE_ERROR_UNIT },
    { "1e3",      0, WP_PARSE_ERROR_UNIT },
    { "2 parsecs", 0, WP_PARSE_ERROR_UNIT },
    { "0",        0, WP_PARSE_ERROR_RANGE },
    { "0.5M",     0, WP_PARSE_ERROR_RANGE },
    { "17T",      0, WP_PARSE_ERROR_RANGE },
    { "99999999999999999999", 0, WP_PARSE_ERROR_RANGE },
    { "99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", 0, WP_PARSE_ERROR_RANGE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      guint64 mb = 77;
      gboolean ok = wp_parse_ram_mb (cases[i].text, &mb, &error);

      g_test_message ("“%s”", cases[i].text);
      if (cases[i].mb)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpuint (mb, ==, cases[i].mb);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, WP_PARSE_ERROR, cases[i].code);
          g_assert_cmpuint (mb, ==, 77);   /* untouched */
        }
    }
}

typedef struct
{
  const char *text;
  gboolean    ok;
  guint64     value;
  int         code;
} UintCase;

static void
test_uint (void)
{
  static const UintCase cases[] = {
    { "5000",   TRUE, 5000, 0 },
    { "65534",  TRUE, 65534, 0 },
    { " 6000 ", TRUE, 6000, 0 },
    { "4999",   FALSE, 0, WP_PARSE_ERROR_RANGE },
    { "65535",  FALSE, 0, WP_PARSE_ERROR_RANGE },
    { "5000.5", FALSE, 0, WP_PARSE_ERROR_FRACTION },
    { "5000.0", FALSE, 0, WP_PARSE_ERROR_FRACTION },
    { "-5000",  FALSE, 0, WP_PARSE_ERROR_NEGATIVE },
    { "five",   FALSE, 0, WP_PARSE_ERROR_INVALID },
    { "5000x",  FALSE, 0, WP_PARSE_ERROR_INVALID },
    { "",       FALSE, 0, WP_PARSE_ERROR_EMPTY },
    { "99999999999999999999", FALSE, 0, WP_PARSE_ERROR_RANGE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      guint64 value = 1;
      gboolean ok = wp_parse_uint (cases[i].text, 5000, 65534, &value, &error);

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        g_assert_cmpuint (value, ==, cases[i].value);
      else
        {
          g_assert_error (error, WP_PARSE_ERROR, cases[i].code);
          g_assert_cmpuint (value, ==, 1);
        }
    }
}

static void
test_range_message (void)
{
  g_autoptr (GError) error = NULL;
  guint64 value;

  g_assert_false (wp_parse_uint ("70000", 5000, 65534, &value, &error));
  g_assert_nonnull (strstr (error->message, "5000"));
  g_assert_nonnull (strstr (error->message, "65534"));
}

static void
test_platforms (void)
{
  g_autoptr (GError) error = NULL;
  guint mask = 0;

  g_assert_true (wp_parse_platforms ("nt4,win2000", &mask, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mask, ==, WP_PLATFORM_BIT (WP_PLATFORM_NT4) | WP_PLATFORM_BIT (WP_PLATFORM_WIN2000));

  g_assert_true (wp_parse_platforms ("all", &mask, &error));
  g_assert_cmpuint (mask, ==, WP_PLATFORMS_ALL);

  g_assert_true (wp_parse_platforms (" WIN95 , winme", &mask, &error));
  g_assert_cmpuint (mask, ==, WP_PLATFORM_BIT (WP_PLATFORM_WIN95) | WP_PLATFORM_BIT (WP_PLATFORM_WINME));

  mask = 5;
  g_assert_false (wp_parse_platforms ("nt4,vista", &mask, &error));
  g_assert_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_PLATFORM);
  g_assert_nonnull (strstr (error->message, "vista"));
  g_assert_nonnull (strstr (error->message, "win2003"));
  g_assert_cmpuint (mask, ==, 5);
  g_clear_error (&error);

  g_assert_false (wp_parse_platforms ("nt4,", &mask, &error));
  g_assert_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_PLATFORM);
  g_clear_error (&error);

  g_assert_false (wp_parse_platforms ("", &mask, &error));
  g_assert_error (error, WP_PARSE_ERROR, WP_PARSE_ERROR_EMPTY);
}

static void
test_image_size (void)
{
  static const struct { const char *text; gboolean ok; guint w, h; } cases[] = {
    { "1600x900", TRUE, 1600, 900 },
    { "1X1", TRUE, 1, 1 },
    { "10000x10000", TRUE, 10000, 10000 },
    { "10001x10", FALSE, 0, 0 },
    { "0x10", FALSE, 0, 0 },
    { "1600", FALSE, 0, 0 },
    { "1600x900x3", FALSE, 0, 0 },
    { "axb", FALSE, 0, 0 },
    { "-5x5", FALSE, 0, 0 },
    { "", FALSE, 0, 0 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      guint w = 7, h = 7;
      gboolean ok = wp_parse_image_size (cases[i].text, 10000, &w, &h, &error);

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        {
          g_assert_cmpuint (w, ==, cases[i].w);
          g_assert_cmpuint (h, ==, cases[i].h);
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_cmpuint (w, ==, 7);
          g_assert_cmpuint (h, ==, 7);
        }
    }
}

typedef struct
{
  const char *text;
  guint64     value;   /* 0: must fail with @code */
  int         code;
} CountCase;

typedef struct
{
  const char      *locale;
  const CountCase *cases;
  gsize            n_cases;
} LocaleCases;

static const CountCase count_c[] = {
  { "5000", 5000, 0 },
  { " 65534 ", 65534, 0 },
  { "5,000", 0, WP_PARSE_ERROR_INVALID },
};

static const CountCase count_en[] = {
  { "5000", 5000, 0 },
  { "5,000", 5000, 0 },
  { " 65,534 ", 65534, 0 },
  { "1,000,000", 1000000, 0 },
  { "50,00", 0, WP_PARSE_ERROR_INVALID },
  { "5,,000", 0, WP_PARSE_ERROR_INVALID },
  { ",5000", 0, WP_PARSE_ERROR_INVALID },
  { "5000,", 0, WP_PARSE_ERROR_INVALID },
  { "05,000", 0, WP_PARSE_ERROR_INVALID },
  { "5,000.5", 0, WP_PARSE_ERROR_FRACTION },
  { "5.000", 0, WP_PARSE_ERROR_FRACTION },
  { "5 000", 0, WP_PARSE_ERROR_INVALID },
  { "-5,000", 0, WP_PARSE_ERROR_NEGATIVE },
  { "5,000x", 0, WP_PARSE_ERROR_INVALID },
  { "", 0, WP_PARSE_ERROR_EMPTY },
  { "4,999", 0, WP_PARSE_ERROR_RANGE },          /* below min */
  { "1,000,001", 0, WP_PARSE_ERROR_RANGE },      /* above max */
};

static const CountCase count_de[] = {
  { "5.000", 5000, 0 },
  { "5000", 5000, 0 },
  { "5,000", 0, WP_PARSE_ERROR_FRACTION },       /* German decimal comma */
  { "50.00", 0, WP_PARSE_ERROR_INVALID },
};

static const CountCase count_fr[] = {
  { "5 000", 5000, 0 },                          /* the locale's U+202F, typed as a space */
  { "5\u202f000", 5000, 0 },
  { "5000", 5000, 0 },
  { "50 00", 0, WP_PARSE_ERROR_INVALID },
};

static const LocaleCases count_locales[] = {
  { "C", count_c, G_N_ELEMENTS (count_c) },
  { "en_US.UTF-8", count_en, G_N_ELEMENTS (count_en) },
  { "de_DE.UTF-8", count_de, G_N_ELEMENTS (count_de) },
  { "fr_FR.UTF-8", count_fr, G_N_ELEMENTS (count_fr) },
};

/* Counts as typed in a locale: plain, or grouped where the locale groups. */
static void
test_count (gconstpointer data)
{
  const LocaleCases *locale = data;

  if (setlocale (LC_NUMERIC, locale->locale) == NULL)
    {
      g_test_skip_printf ("the %s locale is not installed", locale->locale);
      return;
    }

  for (gsize i = 0; i < locale->n_cases; i++)
    {
      const CountCase *c = &locale->cases[i];
      g_autoptr (GError) error = NULL;
      guint64 value = 77;
      gboolean ok = wp_parse_count (c->text, 5000, 1000000, &value, &error);

      g_test_message ("%s: “%s”: %s", locale->locale, c->text, error ? error->message : "ok");
      if (c->value)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpuint (value, ==, c->value);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, WP_PARSE_ERROR, c->code);
          g_assert_cmpuint (value, ==, 77);
        }
    }
  setlocale (LC_NUMERIC, "C");
}

/* RAM sizes take the locale's decimal mark, and always '.'. */
static void
test_ram_decimal_comma (void)
{
  static const RamCase cases[] = {
    { "1,5G", 1536, 0 },          /* 1.5 * 1024 */
    { "1.5G", 1536, 0 },
    { "1,5 GB", 1536, 0 },
    { "0,5G", 512, 0 },
    { "1,5", 0, WP_PARSE_ERROR_FRACTION },        /* 1.5 MB */
    { "1,5.5G", 0, WP_PARSE_ERROR_INVALID },
  };

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed");
      return;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      guint64 mb = 77;
      gboolean ok = wp_parse_ram_mb (cases[i].text, &mb, &error);

      g_test_message ("de_DE: “%s”", cases[i].text);
      if (cases[i].mb)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (mb, ==, cases[i].mb);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, WP_PARSE_ERROR, cases[i].code);
          g_assert_cmpuint (mb, ==, 77);
        }
    }
  setlocale (LC_NUMERIC, "C");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parse/ram", test_ram);
  g_test_add_func ("/parse/uint", test_uint);
  for (gsize i = 0; i < G_N_ELEMENTS (count_locales); i++)
    {
      g_autofree char *path = g_strdup_printf ("/parse/count/%s", count_locales[i].locale);

      g_test_add_data_func (path, &count_locales[i], test_count);
    }
  g_test_add_func ("/parse/ram-decimal-comma", test_ram_decimal_comma);
  g_test_add_func ("/parse/range-message", test_range_message);
  g_test_add_func ("/parse/platforms", test_platforms);
  g_test_add_func ("/parse/image-size", test_image_size);

  return g_test_run ();
}
