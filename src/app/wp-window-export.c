/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's save and export flows: a file chooser, the extension its
 * filter adds, a confirmation before replacing, then an atomic write. */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "chart/wp-chart-export.h"
#include "chart/wp-chart-style.h"
#include "limits/wp-parse.h"
#include "report/wp-report.h"
#include "report/wp-registry.h"
#include "util/wp-file.h"
#include "wp-window-private.h"

/* What a save dialog writes once the user has chosen a file. */
typedef gboolean (*SaveFunc) (WpWindow *self,
                              GFile    *file,
                              GError  **error);

typedef struct
{
  SaveFunc save;
} SaveRequest;

/* The chart export dialog's options: choices, which native choosers (the
 * portal's included) can hold where an extra widget cannot.  A choice's
 * option ids are the settings' values. */
#define SIZE_CHOICE     "size"
#define TEXT_CHOICE     "text-size"
#define THEME_CHOICE    "theme"
#define FOOTNOTE_CHOICE "footnote"

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

/* Size, text size, light or dark, footnote: under the chart dialog's
 * file name, set to the last choices. */
static void
add_chart_choices (WpWindow       *self,
                   GtkFileChooser *chooser)
{
  const WpExportChoices *choices = wp_window_get_export_choices (self);
  const char *size_ids[G_N_ELEMENTS (size_presets) + 2], *size_labels[G_N_ELEMENTS (size_presets) + 2];
  const char *text_ids[G_N_ELEMENTS (text_sizes) + 1], *text_labels[G_N_ELEMENTS (text_sizes) + 1];
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
static void
take_chart_choices (WpWindow       *self,
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

static gboolean
replace_contents (GFile       *file,
                  const char  *contents,
                  GError     **error)
{
  return wp_file_replace_contents (file, contents, strlen (contents), error);
}

/* A name typed without an extension gets the chosen filter's ("*.png"):
 * the chart's format follows the extension. */
static GFile *
chosen_file (GtkFileChooser *chooser)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (chooser);
  g_autofree char *basename = g_file_get_basename (file);
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  const char *pattern = filter ? g_object_get_data (G_OBJECT (filter), "wp-pattern") : NULL;
  g_autoptr (GFile) parent = NULL;
  g_autofree char *with_extension = NULL;

  if (pattern == NULL || strchr (basename, '.') != NULL)
    return g_steal_pointer (&file);

  parent = g_file_get_parent (file);
  with_extension = g_strconcat (basename, pattern + 1, NULL);
  return g_file_get_child (parent, with_extension);
}

static void
save_to_file (WpWindow *self,
              SaveFunc  save,
              GFile    *file)
{
  g_autoptr (GError) error = NULL;

  if (!save (self, file, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      /* Translators: %s is a file name */
      g_autofree char *primary = g_strdup_printf (_("Could not save “%s”"), name);

      wp_window_show_error (self, primary, error->message);
    }
}

static void
replace_dialog_response_cb (GtkDialog *dialog,
                            int        response,
                            WpWindow  *self)
{
  SaveRequest *request = g_object_get_data (G_OBJECT (dialog), "wp-save-request");
  GFile *file = g_object_get_data (G_OBJECT (dialog), "wp-file");

  if (response == GTK_RESPONSE_ACCEPT)
    save_to_file (self, request->save, file);

  gtk_widget_destroy (GTK_WIDGET (dialog));
}

/* The chooser confirmed overwriting the name as typed; when we added the
 * extension, the file it names may exist too: ask before replacing it. */
static void
confirm_replace (WpWindow *self,
                 SaveFunc  save,
                 GFile    *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  SaveRequest *request;
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   /* Translators: %s is a file name */
                                   _("A file named “%s” already exists. Do you want to replace it?"),
                                   basename);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Replacing it will overwrite its contents."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Replace"), GTK_RESPONSE_ACCEPT,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);

  request = g_new0 (SaveRequest, 1);
  request->save = save;
  g_object_set_data_full (G_OBJECT (dialog), "wp-save-request", request, g_free);
  g_object_set_data_full (G_OBJECT (dialog), "wp-file", g_object_ref (file), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (replace_dialog_response_cb), self);
  gtk_widget_show (dialog);
}

static void
save_dialog_response_cb (GtkNativeDialog *dialog,
                         int              response,
                         WpWindow        *self)
{
  SaveRequest *request = g_object_get_data (G_OBJECT (dialog), "wp-save-request");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) typed = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GFile) file = chosen_file (GTK_FILE_CHOOSER (dialog));

      if (request->save == wp_window_save_chart)
        take_chart_choices (self, GTK_FILE_CHOOSER (dialog));

      if (!g_file_equal (typed, file) &&
          g_file_query_exists (file, NULL))
        confirm_replace (self, request->save, file);
      else
        save_to_file (self, request->save, file);
    }

  g_object_unref (dialog);
}

/* GTK's own chooser (without a portal) opens taller than a 1366×768
 * screen's work area, its name field and Save button above the top edge:
 * it is kept within nine tenths of the work area of the window's monitor,
 * centred.  A portal's chooser is the desktop's to place. */
static void
fit_chooser (WpWindow *self)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      GtkWindow *dialog = l->data;
      GdkWindow *window = gtk_widget_get_window (GTK_WIDGET (dialog));
      GdkRectangle area;
      int width, height;

      if (!GTK_IS_FILE_CHOOSER_DIALOG (dialog) || window == NULL ||
          gtk_window_get_transient_for (dialog) != GTK_WINDOW (self))
        continue;

      gdk_monitor_get_workarea (gdk_display_get_monitor_at_window (gdk_window_get_display (window),
                                                                   window), &area);
      gtk_window_get_size (dialog, &width, &height);
      if (width <= area.width * 9 / 10 && height <= area.height * 9 / 10)
        continue;
      width = MIN (width, area.width * 9 / 10);
      height = MIN (height, area.height * 9 / 10);
      gtk_window_resize (dialog, width, height);
      gtk_window_move (dialog, area.x + (area.width - width) / 2,
                       area.y + (area.height - height) / 2);
    }
  g_list_free (toplevels);
}

/* Asks for a file to save to, then calls @save with it.  @filters is a
 * NULL-terminated list of name, pattern pairs. */
static void
choose_save_file (WpWindow   *self,
                  const char *title,
                  const char *suggested_name,
                  SaveFunc    save,
                  ...)
{
  GtkFileChooserNative *dialog;
  SaveRequest *request;
  const char *name;
  va_list args;

  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_do_overwrite_confirmation (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested_name);

  va_start (args, save);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();
      const char *pattern = va_arg (args, const char *);

      gtk_file_filter_set_name (filter, name);
      gtk_file_filter_add_pattern (filter, pattern);
      g_object_set_data_full (G_OBJECT (filter), "wp-pattern", g_strdup (pattern), g_free);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
    }
  va_end (args);

  if (save == wp_window_save_chart)
    add_chart_choices (self, GTK_FILE_CHOOSER (dialog));

  request = g_new0 (SaveRequest, 1);
  request->save = save;
  g_object_set_data_full (G_OBJECT (dialog), "wp-save-request", request, g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (save_dialog_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
  fit_chooser (self);
}

/* Public API (wp-window-private.h) */

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

void
wp_window_export_chart (WpWindow *self)
{
  choose_save_file (self, _("Export Chart"), _("socket-limits.png"),
                    wp_window_save_chart,
                    _("PNG images"), "*.png",
                    _("SVG images"), "*.svg",
                    _("PDF documents"), "*.pdf",
                    NULL);
}

void
wp_window_export_csv (WpWindow *self)
{
  choose_save_file (self, _("Export Data as CSV"), _("socket-limits.csv"),
                    wp_window_save_csv,
                    _("CSV files"), "*.csv",
                    NULL);
}

void
wp_window_export_reg (WpWindow *self)
{
  WpPlatform platform = wp_planner_model_get_selected_platform (wp_window_get_model (self));
  /* Translators: a file name; %s is a platform id such as "win2000" */
  g_autofree char *name = g_strdup_printf (_("socket-limits-%s.reg"),
                                           wp_platform_info (platform)->id);

  choose_save_file (self, _("Export .reg File"), name,
                    wp_window_save_reg,
                    _("Registry files"), "*.reg",
                    NULL);
}

void
wp_window_show_error (WpWindow   *self,
                      const char *primary,
                      const char *secondary)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_widget_destroy), NULL);
  gtk_widget_show (dialog);
}

/* Public API (wp-window.h) */

gboolean
wp_window_save_chart (WpWindow  *self,
                      GFile     *file,
                      GError   **error)
{
  const WpExportChoices *choices;
  WpChartExportOptions options;
  WpPlannerModel *model;
  WpLimitsInput input;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  choices = wp_window_get_export_choices (self);
  wp_chart_export_options_init (&options);
  if (g_str_equal (choices->size, WP_EXPORT_SIZE_WINDOW))
    wp_window_get_chart_size (self, &options.width, &options.height);
  else if (!wp_parse_image_size (choices->size, WP_EXPORT_SIDE_MAX, &options.width,
                                 &options.height, NULL))
    g_warn_if_reached ();   /* the presets are sizes */
  options.text_scale = choices->text_scale;
  options.flags = (choices->footnote ? WP_CHART_EXPORT_FOOTNOTE : WP_CHART_EXPORT_PLAIN) |
                  (choices->dark ? WP_CHART_EXPORT_DARK : 0);

  model = wp_window_get_model (self);
  wp_planner_model_get_input (model, &input);
  return wp_chart_export_file_with_options (file, &options, &input,
                                            wp_planner_model_get_visible_platforms (model),
                                            error);
}

gboolean
wp_window_save_csv (WpWindow  *self,
                    GFile     *file,
                    GError   **error)
{
  WpPlannerModel *model;
  WpLimitsInput input;
  g_autofree char *csv = NULL;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  model = wp_window_get_model (self);
  wp_planner_model_get_input (model, &input);
  csv = wp_report_format_csv (&input, wp_planner_model_get_visible_platforms (model));

  return replace_contents (file, csv, error);
}

gboolean
wp_window_save_reg (WpWindow  *self,
                    GFile     *file,
                    GError   **error)
{
  WpPlannerModel *model;
  WpLimitsInput input;
  g_autofree char *reg = NULL;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  model = wp_window_get_model (self);
  wp_planner_model_get_input (model, &input);
  reg = wp_registry_format_reg (wp_planner_model_get_selected_platform (model), &input);

  return replace_contents (file, reg, error);
}
