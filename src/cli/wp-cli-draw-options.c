/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How --export draws: --size, --text-scale, --theme, --scale, --view and
 * --no-footnote, read into a WpChartExportOptions. */
#define G_LOG_DOMAIN "wp-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chart/wp-chart-style.h"
#include "limits/wp-parse.h"
#include "wp-cli.h"

/* A decimal number as a command line writes it ("1.5"), in min..max. */
static gboolean
parse_factor (const char *text,
              double      min,
              double      max,
              double     *out,
              GError    **error)
{
  g_autofree char *typed = g_strstrip (g_strdup (text));
  char low[G_ASCII_DTOSTR_BUF_SIZE], high[G_ASCII_DTOSTR_BUF_SIZE];
  char *end = NULL;
  double value = g_ascii_strtod (typed, &end);

  if (*typed != '\0' && end != typed && *end == '\0' && value >= min && value <= max)
    {
      *out = value;
      return TRUE;
    }

  if (*typed == '\0')
    g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("no value was given"));
  else
    /* Translators: a value as typed, then the lowest and highest valid ones */
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 _("“%s” is not a number from %s to %s"), typed,
                 g_ascii_dtostr (low, sizeof low, min),
                 g_ascii_dtostr (high, sizeof high, max));
  return FALSE;
}

static gboolean
parse_scale_word (const char       *word,
                  WpChartAxisScale *out)
{
  static const struct
  {
    const char       *word;
    WpChartAxisScale  scale;
  } words[] = {
    { "auto", WP_CHART_AXIS_SCALE_AUTO },
    { "linear", WP_CHART_AXIS_SCALE_LINEAR },
    { "log", WP_CHART_AXIS_SCALE_LOG },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (word, words[i].word))
      {
        *out = words[i].scale;
        return TRUE;
      }
  return FALSE;
}

/* --scale=S for both axes, or X,Y: the RAM's, then the sockets'. */
static gboolean
parse_scale (const char           *text,
             WpChartExportOptions *export,
             GError              **error)
{
  g_auto (GStrv) words = g_strsplit (text, ",", 3);
  guint n = g_strv_length (words);

  if ((n == 1 || n == 2) && parse_scale_word (words[0], &export->x_scale) &&
      parse_scale_word (words[n - 1], &export->y_scale))
    return TRUE;

  /* Translators: "auto", "linear" and "log" are the option's values, as typed */
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
               _("--scale: “%s” is not auto, linear or log, or two of them for RAM and "
                 "sockets, as log,linear"), text);
  return FALSE;
}

/* --size, --text-scale, --theme, --scale and --no-footnote: how --export draws. */
gboolean
wp_cli_parse_export (GVariantDict         *dict,
                     WpChartExportOptions *export,
                     GError              **error)
{
  const char *text;
  gboolean plain = FALSE;
  GError *cause = NULL;

  if (g_variant_dict_lookup (dict, "size", "&s", &text) &&
      !wp_parse_image_size (text, WP_EXPORT_SIDE_MAX, &export->width, &export->height, &cause))
    return wp_cli_option_error (error, "size", cause);

  if (g_variant_dict_lookup (dict, "text-scale", "&s", &text) &&
      !parse_factor (text, WP_CHART_TEXT_SCALE_MIN, WP_CHART_TEXT_SCALE_MAX, &export->text_scale,
                     &cause))
    return wp_cli_option_error (error, "text-scale", cause);

  if (g_variant_dict_lookup (dict, "theme", "&s", &text))
    {
      if (g_strcmp0 (text, "dark") == 0)
        export->flags |= WP_CHART_EXPORT_DARK;
      else if (g_strcmp0 (text, "light") != 0)
        {
          /* Translators: "light" and "dark" are the option's values, as typed */
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                       _("--theme: “%s” is neither light nor dark"), text);
          return FALSE;
        }
    }

  if (g_variant_dict_lookup (dict, "scale", "&s", &text) && !parse_scale (text, export, error))
    return FALSE;

  if (g_variant_dict_lookup (dict, "view", "&s", &text))
    {
      if (g_strcmp0 (text, "rate") == 0)
        export->view = WP_CHART_VIEW_RATE;
      else if (g_strcmp0 (text, "memory") != 0)
        {
          /* Translators: "memory" and "rate" are the option's values, as typed */
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                       _("--view: “%s” is neither memory nor rate"), text);
          return FALSE;
        }
    }

  if (g_variant_dict_lookup (dict, "no-footnote", "b", &plain) && plain)
    export->flags &= ~WP_CHART_EXPORT_FOOTNOTE;
  return TRUE;
}
