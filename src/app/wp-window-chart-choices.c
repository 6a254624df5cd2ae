/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart export dialog's options, as the command line's --size,
 * --text-scale, --theme and --no-footnote: choices in the file chooser,
 * the last ones remembered in the settings. */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "chart/wp-chart-style.h"
#include "limits/wp-parse.h"
#include "wp-window-private.h"

/* The chart export dialog's options: choices, which native choosers (the
 * portal's included) can hold where an extra widget cannot.  A choice's
 * option ids are the settings' values. */
#define SIZE_CHOICE     "size"
#define TEXT_CHOICE     "text-size"
#define THEME_CHOICE    "theme"
#define FOOTNOTE_CHOICE "footnote"   /* a check box */

static const struct
{
  const char *id;
  const char *label;
} size_presets[] = {
  { "1920x1080", N_("1920 × 1080 (16:9)") },
  { "1280x720",  N_("1280 × 720 (16:9)") },
  { "1024x768",  N_("1024 × 768 (4:3)") },
};

static const struct
{
  double      scale;
  const char *label;
} text_sizes[] = {
  { 0.75, N_("Small text") },
  { 1.0,  N_("Normal text") },
  { 1.5,  N_("Large text") },
  { 2.0,  N_("Extra large text") },
};

/* Helpers */

static void
choices_defaults (WpExportChoices *choices)
{
  g_strlcpy (choices->size, size_presets[0].id, sizeof choices->size);
  choices->text_scale = 1.0;
  choices->dark = FALSE;
  choices->footnote = TRUE;
}

static void
choices_store (WpWindow *self)
{
  const WpExportChoices *choices = wp_window_get_export_choices (self);
  GSettings *settings = wp_window_get_settings (self);

  if (settings == NULL)
    return;
  g_settings_set_string (settings, "export-size", choices->size);
  g_settings_set_double (settings, "export-text-scale", choices->text_scale);
  g_settings_set_boolean (settings, "export-dark", choices->dark);
  g_settings_set_boolean (settings, "export-footnote", choices->footnote);
}

/* The text size offered nearest to @scale (a hand-edited setting). */
static guint
nearest_text_size (double scale)
{
  guint best = 0;

  for (guint i = 1; i < G_N_ELEMENTS (text_sizes); i++)
    if (fabs (text_sizes[i].scale - scale) < fabs (text_sizes[best].scale - scale))
      best = i;
  return best;
}

static char *
text_size_id (guint i)
{
  char id[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_dtostr (id, sizeof id, text_sizes[i].scale));
}

/* Public API (wp-window-private.h) */

/* Size, text size, light or dark, footnote: under the chart dialog's
 * file name, set to the last choices. */
void
wp_window_add_chart_choices (WpWindow       *self,
                             GtkFileChooser *chooser)
{
  const WpExportChoices *choices = wp_window_get_export_choices (self);
  const char *size_ids[G_N_ELEMENTS (size_presets) + 2];
  const char *size_labels[G_N_ELEMENTS (size_presets) + 2];
  const char *text_ids[G_N_ELEMENTS (text_sizes) + 1];
  const char *text_labels[G_N_ELEMENTS (text_sizes) + 1];
  const char *theme_ids[] = { "light", "dark", NULL };
  const char *theme_labels[] = { _("Light"), _("Dark"), NULL };
  g_autofree char *window_label = NULL;
  g_auto (GStrv) owned_ids = g_new0 (char *, G_N_ELEMENTS (text_sizes) + 1);
  guint width, height, i;

  for (i = 0; i < G_N_ELEMENTS (size_presets); i++)
    {
      size_ids[i] = size_presets[i].id;
      size_labels[i] = _(size_presets[i].label);
    }
  wp_window_get_chart_size (self, &width, &height);
  /* Translators: the chart's size in the window, in pixels */
  window_label = g_strdup_printf (_("As in the window (%u × %u)"), width, height);
  size_ids[i] = WP_EXPORT_SIZE_WINDOW;
  size_labels[i++] = window_label;
  size_ids[i] = size_labels[i] = NULL;

  for (i = 0; i < G_N_ELEMENTS (text_sizes); i++)
    {
      text_ids[i] = owned_ids[i] = text_size_id (i);
      text_labels[i] = _(text_sizes[i].label);
    }
  text_ids[i] = text_labels[i] = NULL;

  gtk_file_chooser_add_choice (chooser, SIZE_CHOICE, _("Size"), size_ids, size_labels);
  gtk_file_chooser_set_choice (chooser, SIZE_CHOICE, choices->size);
  gtk_file_chooser_add_choice (chooser, TEXT_CHOICE, _("Text"), text_ids, text_labels);
  gtk_file_chooser_set_choice (chooser, TEXT_CHOICE,
                               text_ids[nearest_text_size (choices->text_scale)]);
  gtk_file_chooser_add_choice (chooser, THEME_CHOICE, _("Colours"), theme_ids, theme_labels);
  gtk_file_chooser_set_choice (chooser, THEME_CHOICE, choices->dark ? "dark" : "light");
  gtk_file_chooser_add_choice (chooser, FOOTNOTE_CHOICE, _("Source footnote"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, FOOTNOTE_CHOICE, choices->footnote ? "true" : "false");
}

/* What the user chose, remembered for the next export. */
void
wp_window_take_chart_choices (WpWindow       *self,
                              GtkFileChooser *chooser)
{
  WpExportChoices *choices = wp_window_get_export_choices (self);
  const char *size = gtk_file_chooser_get_choice (chooser, SIZE_CHOICE);
  const char *text = gtk_file_chooser_get_choice (chooser, TEXT_CHOICE);

  if (size != NULL)
    g_strlcpy (choices->size, size, sizeof choices->size);
  if (text != NULL)
    choices->text_scale = text_sizes[nearest_text_size (g_ascii_strtod (text, NULL))].scale;
  choices->dark = g_strcmp0 (gtk_file_chooser_get_choice (chooser, THEME_CHOICE), "dark") == 0;
  choices->footnote = g_strcmp0 (gtk_file_chooser_get_choice (chooser, FOOTNOTE_CHOICE),
                                 "true") == 0;
  choices_store (self);
}

void
wp_export_choices_load (WpExportChoices *choices,
                        GSettings       *settings)
{
  g_autofree char *size = NULL;

  choices_defaults (choices);
  if (settings == NULL)
    return;

  /* The schema's choices and range keep out what the dialog cannot show. */
  size = g_settings_get_string (settings, "export-size");
  g_strlcpy (choices->size, size, sizeof choices->size);
  choices->text_scale = g_settings_get_double (settings, "export-text-scale");
  choices->dark = g_settings_get_boolean (settings, "export-dark");
  choices->footnote = g_settings_get_boolean (settings, "export-footnote");
}

/* What "Export Chart" writes with the last choices. */
void
wp_window_get_export_options (WpWindow             *self,
                              WpChartExportOptions *options)
{
  const WpExportChoices *choices = wp_window_get_export_choices (self);
  g_autoptr (GVariant) view = g_action_group_get_action_state (G_ACTION_GROUP (self),
                                                               "chart-view");

  wp_chart_export_options_init (options);
  /* The chart shown (win.chart-view), memory or rate */
  if (view != NULL && g_strcmp0 (g_variant_get_string (view, NULL), "rate") == 0)
    options->view = WP_CHART_VIEW_RATE;
  if (g_str_equal (choices->size, WP_EXPORT_SIZE_WINDOW))
    wp_window_get_chart_size (self, &options->width, &options->height);
  else if (!wp_parse_image_size (choices->size, WP_EXPORT_SIDE_MAX, &options->width,
                                 &options->height, NULL))
    g_warn_if_reached ();   /* the schema's choices are sizes */
  options->text_scale = choices->text_scale;
  options->flags = (choices->footnote ? WP_CHART_EXPORT_FOOTNOTE : WP_CHART_EXPORT_PLAIN) |
                   (choices->dark ? WP_CHART_EXPORT_DARK : 0);
}

/* win.chart-view: @chart's view by its nick, "memory" or "rate" (the
 * primary menu's radio items), remembered in the settings. */
void
wp_window_add_chart_view (WpWindow *self,
                          WpChart  *chart)
{
  g_autoptr (GPropertyAction) view = g_property_action_new ("chart-view", chart, "view");
  GSettings *settings = wp_window_get_settings (self);

  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (view));
  if (settings != NULL)
    g_settings_bind (settings, "chart-view", chart, "view", G_SETTINGS_BIND_DEFAULT);
}
