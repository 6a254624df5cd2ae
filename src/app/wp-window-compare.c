/* SPDX-License-Identifier: GPL-3.0-or-later */
/* win.compare-scenarios: two to four scenario files (or the current inputs
 * and one to three files) chosen in one file chooser, read, then shown side
 * by side in the Compare Scenarios window (wp-compare-dialog.c), which is
 * built the first time.  A choice that cannot be compared gets one message
 * and changes nothing. */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "scenario/wp-scenario.h"
#include "wp-compare-dialog.h"
#include "wp-window-private.h"
#include "wp-window-scenario.h"

#define DIALOG_KEY  "wp-compare-dialog"
#define CURRENT_KEY "current"

GtkWidget *
wp_window_get_compare_dialog (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return g_object_get_data (G_OBJECT (self), DIALOG_KEY);
}

static void
dialog_destroy_cb (GtkWidget *dialog,
                   WpWindow  *self)
{
  if (wp_window_get_compare_dialog (self) == dialog)
    g_object_set_data (G_OBJECT (self), DIALOG_KEY, NULL);
}

/* The window's inputs as one scenario: the first column. */
static void
current_entry (WpWindow     *self,
               WpNamedInput *out)
{
  WpPlannerModel *model = wp_window_get_model (self);

  *out = (WpNamedInput) { 0 };
  out->name = g_strdup (_("Current inputs"));
  out->customer = g_strdup (wp_scenario_get_customer (wp_window_scenario_doc (self)->scenario));
  out->platform = wp_planner_model_get_selected_platform (model);
  wp_planner_model_get_input (model, &out->input);
  out->measured = wp_planner_model_get_measurement (model) != NULL;
  if (out->measured)
    out->measured_connections =
      wp_measurement_get_connections (wp_planner_model_get_measurement (model));
}

/* @file's scenario as an entry named by the scenario, or by the file. */
static gboolean
file_entry (GFile         *file,
            WpNamedInput  *out,
            GError       **error)
{
  g_autoptr (WpScenario) scenario = wp_scenario_new_from_file (file, error);
  const char *name;

  if (scenario == NULL)
    return FALSE;
  wp_scenario_get_named_input (scenario, out);
  name = out->name;
  out->name = name != NULL && *name != '\0' ? g_strdup (name) : g_file_get_basename (file);
  out->customer = g_strdup (out->customer);
  return TRUE;
}

static void
free_names (WpNamedInput *entries,
            guint         n)
{
  for (guint i = 0; i < n; i++)
    {
      g_free ((char *) entries[i].name);
      g_free ((char *) entries[i].customer);
    }
}

GtkWidget *
wp_window_compare_files (WpWindow  *self,
                         GFile    **files,
                         guint      n_files,
                         gboolean   current,
                         GError   **error)
{
  WpNamedInput entries[WP_COMPARE_MAX] = { 0 };
  guint n = 0, total = n_files + (current ? 1 : 0);
  GtkWidget *dialog;

  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (total < 2 || total > WP_COMPARE_MAX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: the scenarios chosen to compare, too few or too many */
                   ngettext ("%u scenario was chosen: choose 2 to %u (the current inputs "
                             "count as one).",
                             "%u scenarios were chosen: choose 2 to %u (the current inputs "
                             "count as one).", total), total, WP_COMPARE_MAX);
      return NULL;
    }
  if (current)
    current_entry (self, &entries[n++]);
  for (guint i = 0; i < n_files; i++, n++)
    if (!file_entry (files[i], &entries[n], error))
      {
        free_names (entries, n);
        return NULL;
      }

  dialog = wp_window_get_compare_dialog (self);
  if (dialog == NULL)
    {
      dialog = wp_compare_dialog_new (self);
      g_object_set_data (G_OBJECT (self), DIALOG_KEY, dialog);
      g_signal_connect_object (dialog, "destroy", G_CALLBACK (dialog_destroy_cb), self, 0);
    }
  wp_compare_dialog_set_entries (WP_COMPARE_DIALOG (dialog), entries, n);
  free_names (entries, n);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     WpWindow        *self)
{
  g_autoptr (GError) error = NULL;
  GSList *list;
  GPtrArray *files;
  gboolean current;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }

  list = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  files = g_ptr_array_new_with_free_func (g_object_unref);
  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  g_slist_free (list);
  current = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), CURRENT_KEY),
                       "true") == 0;
  g_object_unref (chooser);

  if (wp_window_compare_files (self, (GFile **) files->pdata, files->len, current,
                               &error) == NULL)
    wp_window_show_error (self, _("These scenarios cannot be compared"), error->message);
  g_ptr_array_unref (files);
}

void
wp_window_compare_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  WpWindow *self = WP_WINDOW (user_data);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Compare Scenarios"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("C_ompare"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Scenarios"));
  gtk_file_filter_add_pattern (filter, "*" WP_SCENARIO_SUFFIX);
  gtk_file_filter_add_mime_type (filter, WP_SCENARIO_MIME_TYPE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), CURRENT_KEY,
                               _("Compare with the current inputs too"), NULL, NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  wp_window_fit_chooser (self);
}
