/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <string.h>
#include <pango/pangocairo.h>

#include "wp-chart-text.h"

/* Past this many texts (a long drag through many RAM values), start over. */
#define MAX_TEXTS 512

struct _WpChartTextCache
{
  PangoContext         *context;   /* one context: every text measures alike */
  GHashTable           *layouts;   /* TextKey → PangoLayout */
  cairo_matrix_t        matrix;    /* what the context was last set up for */
  cairo_font_options_t *options;
};

typedef struct
{
  PangoFontDescription *font;
  int                   wrap;   /* Pango units, or -1 */
  char                 *text;
} TextKey;

static guint
text_key_hash (gconstpointer data)
{
  const TextKey *key = data;

  return pango_font_description_hash (key->font) ^ g_str_hash (key->text) ^ (guint) key->wrap;
}

static gboolean
text_key_equal (gconstpointer a,
                gconstpointer b)
{
  const TextKey *ka = a, *kb = b;

  return ka->wrap == kb->wrap && g_str_equal (ka->text, kb->text) &&
         pango_font_description_equal (ka->font, kb->font);
}

static void
text_key_free (gpointer data)
{
  TextKey *key = data;

  pango_font_description_free (key->font);
  g_free (key->text);
  g_free (key);
}

WpChartTextCache *
wp_chart_text_cache_new (void)
{
  WpChartTextCache *cache = g_new0 (WpChartTextCache, 1);

  cache->layouts = g_hash_table_new_full (text_key_hash, text_key_equal, text_key_free,
                                          g_object_unref);
  return cache;
}

void
wp_chart_text_cache_free (WpChartTextCache *cache)
{
  if (cache == NULL)
    return;

  g_hash_table_unref (cache->layouts);
  g_clear_object (&cache->context);
  g_clear_pointer (&cache->options, cairo_font_options_destroy);
  g_free (cache);
}

/* Follows @cr's transformation and font options.  Only a real change
 * reaches Pango (pango_cairo_update_context() invalidates every layout even
 * when nothing changed); then it lays every text out again on its next use. */
void
wp_chart_text_cache_begin (WpChartTextCache *cache,
                           cairo_t          *cr)
{
  cairo_font_options_t *options;
  cairo_matrix_t matrix;

  g_return_if_fail (cache != NULL && cr != NULL);

  options = cairo_font_options_create ();
  cairo_surface_get_font_options (cairo_get_target (cr), options);
  {
    cairo_font_options_t *set = cairo_font_options_create ();

    cairo_get_font_options (cr, set);
    cairo_font_options_merge (options, set);
    cairo_font_options_destroy (set);
  }
  cairo_get_matrix (cr, &matrix);
  matrix.x0 = matrix.y0 = 0;   /* translation does not change glyphs */

  if (cache->context != NULL && cache->options != NULL &&
      cairo_font_options_equal (options, cache->options) &&
      memcmp (&matrix, &cache->matrix, sizeof matrix) == 0)
    {
      cairo_font_options_destroy (options);
      return;
    }

  if (cache->context == NULL)
    cache->context = pango_cairo_create_context (cr);
  else
    pango_cairo_update_context (cr, cache->context);
  g_clear_pointer (&cache->options, cairo_font_options_destroy);
  cache->options = options;
  cache->matrix = matrix;
}

PangoLayout *
wp_chart_text_cache_layout (WpChartTextCache           *cache,
                            const PangoFontDescription *font,
                            int                         wrap,
                            const char                 *text)
{
  TextKey lookup = { (PangoFontDescription *) font, wrap, (char *) text };
  PangoLayout *layout;
  TextKey *key;

  g_return_val_if_fail (cache != NULL && cache->context != NULL, NULL);

  layout = g_hash_table_lookup (cache->layouts, &lookup);
  if (layout != NULL)
    return layout;

  if (g_hash_table_size (cache->layouts) >= MAX_TEXTS)
    g_hash_table_remove_all (cache->layouts);

  layout = pango_layout_new (cache->context);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, wrap);
  pango_layout_set_text (layout, text, -1);

  key = g_new (TextKey, 1);
  key->font = pango_font_description_copy (font);
  key->wrap = wrap;
  key->text = g_strdup (text);
  g_hash_table_insert (cache->layouts, key, layout);
  return layout;
}
