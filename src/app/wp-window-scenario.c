/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The window's scenario: what it keeps of the file it came from, the title
 * that names it, the question before unsaved changes go, and the actions.
 * The dialogs, menu and drop are in wp-window-scenario-ui.c, the autosave
 * in wp-window-autosave.c.
 */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-window-private.h"
#include "wp-window-scenario.h"

#define DOC_KEY "wp-scenario-doc"

typedef struct
{
  WpScenarioThen then;
  gpointer       data;
  GDestroyNotify destroy;
} Pending;

static void
doc_free (gpointer data)
{
  WpScenarioDoc *doc = data;

  g_clear_handle_id (&doc->autosave_id, g_source_remove);
  g_clear_object (&doc->scenario);
  g_clear_object (&doc->saved);
  g_clear_object (&doc->file);
  g_clear_object (&doc->recent);
  g_free (doc->title);
  g_free (doc->subtitle);
  g_free (doc);
}

WpScenarioDoc *
wp_window_scenario_doc (WpWindow *self)
{
  return g_object_get_data (G_OBJECT (self), DOC_KEY);
}

static GtkHeaderBar *
header_bar (WpWindow *self)
{
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (self));

  return GTK_IS_HEADER_BAR (titlebar) ? GTK_HEADER_BAR (titlebar) : NULL;
}

/* The model's inputs into the scenario kept (cheap: no file is copied). */
static void
sync_from_model (WpWindow   *self,
                 WpScenario *scenario)
{
  WpPlannerModel *model = wp_window_get_model (self);
  WpLimitsInput input;

  wp_planner_model_get_input (model, &input);
  wp_scenario_set_input (scenario, &input);
  wp_scenario_set_selected_platform (scenario, wp_planner_model_get_selected_platform (model));
  wp_scenario_set_visible_platforms (scenario, wp_planner_model_get_visible_platforms (model));
}

/* The scenario's name, else the file's without its suffix, else NULL. */
static char *
shown_name (WpScenarioDoc *doc)
{
  g_autofree char *basename = NULL;

  if (*wp_scenario_get_name (doc->scenario) != '\0')
    return g_strdup (wp_scenario_get_name (doc->scenario));
  if (doc->file == NULL)
    return NULL;
  basename = g_file_get_basename (doc->file);
  if (g_str_has_suffix (basename, WP_SCENARIO_SUFFIX))
    basename[strlen (basename) - strlen (WP_SCENARIO_SUFFIX)] = '\0';
  return g_steal_pointer (&basename);
}

/* "• Contoso — Winsock Planner" while changed; the header bar's own title
 * while there is no scenario.  Set only on a change: this runs on every
 * step of a slider. */
static void
update_title (WpWindow *self)
{
  WpScenarioDoc *doc = wp_window_scenario_doc (self);
  GtkHeaderBar *bar = header_bar (self);
  g_autofree char *name = shown_name (doc);
  g_autofree char *shown = NULL;
  const char *customer = wp_scenario_get_customer (doc->scenario);
  const char *subtitle;

  if (name != NULL && wp_window_get_scenario_modified (self))
    /* Translators: the title of a scenario with unsaved changes: "• Contoso" */
    shown = g_strdup_printf (_("• %s"), name);
  else
    shown = g_strdup (name != NULL ? name : doc->title);
  subtitle = name != NULL && *customer != '\0' ? customer : doc->subtitle;

  /* The header bar and the window share the title (GtkWindow keeps them
   * the same). */
  if (bar == NULL)
    {
      if (g_strcmp0 (gtk_window_get_title (GTK_WINDOW (self)), shown) != 0)
        gtk_window_set_title (GTK_WINDOW (self), shown);
      return;
    }
  if (g_strcmp0 (gtk_header_bar_get_title (bar), shown) != 0)
    gtk_header_bar_set_title (bar, shown);
  if (g_strcmp0 (gtk_header_bar_get_subtitle (bar), subtitle) != 0)
    gtk_header_bar_set_subtitle (bar, subtitle);
}

/* Any input of the model (its writable properties) changed. */
static void
model_notify_cb (WpWindow   *self,
                 GParamSpec *pspec)
{
  WpScenarioDoc *doc = wp_window_scenario_doc (self);

  if (!(pspec->flags & G_PARAM_WRITABLE) || doc == NULL)
    return;
  sync_from_model (self, doc->scenario);
  update_title (self);
  wp_window_autosave_changed (self);
}

WpScenario *
wp_window_get_scenario (WpWindow *self)
{
  WpScenarioDoc *doc;

  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  doc = wp_window_scenario_doc (self);
  sync_from_model (self, doc->scenario);
  return wp_scenario_copy (doc->scenario);
}

GFile *
wp_window_get_scenario_file (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return wp_window_scenario_doc (self)->file;
}

gboolean
wp_window_get_scenario_modified (WpWindow *self)
{
  WpScenarioDoc *doc;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);

  doc = wp_window_scenario_doc (self);
  /* Untitled, the settings keep the inputs but not the name, customer
   * and notes. */
  if (doc->saved == NULL)
    return *wp_scenario_get_name (doc->scenario) != '\0' ||
           *wp_scenario_get_customer (doc->scenario) != '\0' ||
           *wp_scenario_get_notes (doc->scenario) != '\0';
  return !wp_scenario_equal (doc->scenario, doc->saved);
}

/* The scenario's inputs into the model, its name, notes and kept keys
 * into the window's. */
static void
apply_inputs (WpWindow   *self,
              WpScenario *scenario)
{
  WpScenarioDoc *doc = wp_window_scenario_doc (self);
  WpPlannerModel *model = wp_window_get_model (self);
  WpLimitsInput input;

  g_clear_object (&doc->scenario);
  doc->scenario = wp_scenario_copy (scenario);

  /* The selected version first: the model always shows it. */
  wp_scenario_get_input (scenario, &input);
  wp_planner_model_set_selected_platform (model, wp_scenario_get_selected_platform (scenario));
  wp_planner_model_set_visible_platforms (model, wp_scenario_get_visible_platforms (scenario));
  wp_planner_model_set_input (model, &input);
}

static void
applied (WpWindow *self)
{
  sync_from_model (self, wp_window_scenario_doc (self)->scenario);
  update_title (self);
  wp_window_autosave_changed (self);
}

void
wp_window_apply_scenario (WpWindow   *self,
                          WpScenario *scenario,
                          GFile      *file)
{
  WpScenarioDoc *doc;

  g_return_if_fail (WP_IS_WINDOW (self));
  g_return_if_fail (WP_IS_SCENARIO (scenario));

  doc = wp_window_scenario_doc (self);
  g_set_object (&doc->file, file);
  g_clear_object (&doc->saved);
  apply_inputs (self, scenario);
  if (file != NULL)
    doc->saved = wp_scenario_copy (scenario);
  applied (self);
}

void
wp_window_apply_scenario_inputs (WpWindow   *self,
                                 WpScenario *scenario)
{
  g_return_if_fail (WP_IS_WINDOW (self));
  g_return_if_fail (WP_IS_SCENARIO (scenario));

  apply_inputs (self, scenario);
  applied (self);
}

void
wp_window_set_scenario_texts (WpWindow   *self,
                              const char *name,
                              const char *customer,
                              const char *notes)
{
  WpScenarioDoc *doc;

  g_return_if_fail (WP_IS_WINDOW (self));

  doc = wp_window_scenario_doc (self);
  wp_scenario_set_name (doc->scenario, name);
  wp_scenario_set_customer (doc->scenario, customer);
  wp_scenario_set_notes (doc->scenario, notes);
  update_title (self);
  wp_window_autosave_changed (self);
}

gboolean
wp_window_open_scenario (WpWindow  *self,
                         GFile     *file,
                         GError   **error)
{
  g_autoptr (WpScenario) scenario = NULL;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  scenario = wp_scenario_new_from_file (file, error);
  if (scenario == NULL)
    return FALSE;
  wp_window_apply_scenario (self, scenario, file);
  wp_window_scenario_remember (file);
  return TRUE;
}

gboolean
wp_window_save_scenario (WpWindow  *self,
                         GFile     *file,
                         GError   **error)
{
  WpScenarioDoc *doc;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  doc = wp_window_scenario_doc (self);
  sync_from_model (self, doc->scenario);
  if (!wp_scenario_save (doc->scenario, file, error))
    return FALSE;

  g_set_object (&doc->file, file);
  g_clear_object (&doc->saved);
  doc->saved = wp_scenario_copy (doc->scenario);
  update_title (self);
  wp_window_scenario_remember (file);
  return TRUE;
}

/* Save (to the file it came from), then go on; FALSE when saving failed
 * (the error shown). */
static gboolean
save_in_place (WpWindow *self)
{
  WpScenarioDoc *doc = wp_window_scenario_doc (self);
  g_autoptr (GError) error = NULL;

  if (wp_window_save_scenario (self, doc->file, &error))
    return TRUE;
  wp_window_show_error (self, _("Could not save the scenario"), error->message);
  return FALSE;
}

static void
confirm_response_cb (GtkDialog *dialog,
                     int        response,
                     WpWindow  *self)
{
  Pending *pending = g_object_get_data (G_OBJECT (dialog), "wp-pending");

  /* Untitled: Save As… first; what was asked for waits for the next try. */
  if (response == GTK_RESPONSE_YES && wp_window_scenario_doc (self)->file == NULL)
    wp_window_scenario_choose_save (self);
  else if (response == GTK_RESPONSE_NO ||
           (response == GTK_RESPONSE_YES && save_in_place (self)))
    pending->then (self, pending->data);
  gtk_widget_destroy (GTK_WIDGET (dialog));
}

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  if (pending->destroy != NULL)
    pending->destroy (pending->data);
  g_free (pending);
}

void
wp_window_scenario_confirm (WpWindow       *self,
                            WpScenarioThen  then,
                            gpointer        data,
                            GDestroyNotify  destroy)
{
  g_autofree char *name = NULL;
  GtkWidget *dialog;
  Pending *pending;

  g_return_if_fail (WP_IS_WINDOW (self));

  if (!wp_window_get_scenario_modified (self))
    {
      then (self, data);
      if (destroy != NULL)
        destroy (data);
      return;
    }

  name = shown_name (wp_window_scenario_doc (self));
  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   /* Translators: %s is a scenario's name */
                                   _("Save the changes to “%s”?"), name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("If you don’t save, the changes are lost."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Discard"), GTK_RESPONSE_NO,
                          _("_Save"), GTK_RESPONSE_YES,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_YES);

  pending = g_new0 (Pending, 1);
  *pending = (Pending) { then, data, destroy };
  g_object_set_data_full (G_OBJECT (dialog), "wp-pending", pending, pending_free);
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), self);
  gtk_widget_show (dialog);
}

/* Callbacks */

static void
close_now (WpWindow *self,
           gpointer  data)
{
  gtk_widget_destroy (GTK_WIDGET (self));
}

/* Closing with unsaved changes asks first. */
static gboolean
delete_event_cb (GtkWidget *widget,
                 GdkEvent  *event,
                 gpointer   user_data)
{
  WpWindow *self = WP_WINDOW (widget);

  if (!wp_window_get_scenario_modified (self))
    return GDK_EVENT_PROPAGATE;
  wp_window_scenario_confirm (self, close_now, NULL, NULL);
  return GDK_EVENT_STOP;
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  wp_window_scenario_choose_open (WP_WINDOW (user_data));
}

static void
save_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  WpWindow *self = user_data;

  if (wp_window_scenario_doc (self)->file == NULL)
    wp_window_scenario_choose_save (self);
  else
    save_in_place (self);
}

static void
save_as_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  wp_window_scenario_choose_save (WP_WINDOW (user_data));
}

static void
open_file_now (WpWindow *self,
               gpointer  data)
{
  g_autoptr (GError) error = NULL;

  if (!wp_window_open_scenario (self, data, &error))
    wp_window_show_error (self, _("Could not open the scenario"), error->message);
}

static void
open_recent_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GFile *file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  wp_window_scenario_confirm (WP_WINDOW (user_data), open_file_now, file, g_object_unref);
}

static void
details_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  wp_window_scenario_edit_details (WP_WINDOW (user_data));
}

static const GActionEntry scenario_entries[] = {
  { "scenario-details", details_activated },
  { "open", open_activated },
  { "save", save_activated },
  { "save-as", save_as_activated },
  { "open-recent", open_recent_activated, "s" },
};

void
wp_window_scenario_init (WpWindow *self)
{
  WpScenarioDoc *doc = g_new0 (WpScenarioDoc, 1);
  GtkHeaderBar *bar = header_bar (self);

  doc->scenario = wp_scenario_new ();
  doc->title = g_strdup (bar != NULL ? gtk_header_bar_get_title (bar)
                                     : gtk_window_get_title (GTK_WINDOW (self)));
  doc->subtitle = g_strdup (bar != NULL ? gtk_header_bar_get_subtitle (bar) : NULL);
  g_object_set_data_full (G_OBJECT (self), DOC_KEY, doc, doc_free);
  sync_from_model (self, doc->scenario);

  g_action_map_add_action_entries (G_ACTION_MAP (self), scenario_entries,
                                   G_N_ELEMENTS (scenario_entries), self);
  g_signal_connect_object (wp_window_get_model (self), "notify",
                           G_CALLBACK (model_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "delete-event", G_CALLBACK (delete_event_cb), NULL);
  wp_window_scenario_add_menu (self);
}

/* The file chooser's file (wp-window-scenario-ui.c) opened, after the question. */
void
wp_window_scenario_open_file (WpWindow *self,
                              GFile    *file)
{
  wp_window_scenario_confirm (self, open_file_now, g_object_ref (file), g_object_unref);
}
