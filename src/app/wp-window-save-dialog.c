/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's save dialog: a file chooser with the export's filters and
 * choices, the extension its filter adds, a confirmation before replacing
 * a file the chooser did not ask about, the error if the write fails. */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "wp-window-private.h"

/* What a save dialog writes and offers, once the user has chosen a file. */
typedef struct
{
  WpWindowSaveFunc save;
  WpSaveChoices    choices;
} SaveRequest;

/* Helpers */

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
save_to_file (WpWindow         *self,
              WpWindowSaveFunc  save,
              GFile            *file)
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
confirm_replace (WpWindow         *self,
                 WpWindowSaveFunc  save,
                 GFile            *file)
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

      if (request->choices == WP_SAVE_CHOICES_CHART)
        wp_window_take_chart_choices (self, GTK_FILE_CHOOSER (dialog));
      else if (request->choices == WP_SAVE_CHOICES_REPORT)
        wp_window_take_report_choices (self, GTK_FILE_CHOOSER (dialog));

      if (!g_file_equal (typed, file) &&
          g_file_query_exists (file, NULL))
        confirm_replace (self, request->save, file);
      else
        save_to_file (self, request->save, file);
    }

  g_object_unref (dialog);
}

/* Private API (wp-window-private.h) */

/* GTK's own chooser (without a portal) opens taller than a 1366×768
 * screen's work area, its name field and Save button above the top edge:
 * it is kept within nine tenths of the work area of the window's monitor,
 * centred.  A portal's chooser is the desktop's to place. */
void
wp_window_fit_chooser (WpWindow *self)
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

/* Asks for a file to save to, then calls @save with it.  After @save, a
 * NULL-terminated list of filters' name, pattern pairs. */
void
wp_window_choose_save_file (WpWindow         *self,
                            const char       *title,
                            const char       *suggested_name,
                            WpSaveChoices     choices,
                            WpWindowSaveFunc  save,
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

  if (choices == WP_SAVE_CHOICES_CHART)
    wp_window_add_chart_choices (self, GTK_FILE_CHOOSER (dialog));
  else if (choices == WP_SAVE_CHOICES_REPORT)
    wp_window_add_report_choices (self, GTK_FILE_CHOOSER (dialog));

  request = g_new0 (SaveRequest, 1);
  request->save = save;
  request->choices = choices;
  g_object_set_data_full (G_OBJECT (dialog), "wp-save-request", request, g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (save_dialog_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
  wp_window_fit_chooser (self);
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
