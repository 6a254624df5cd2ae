/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the user asks of the window's scenario: Open…, Save, Save As…, Open
 * Recent, Details, and closing; the question (Save / Discard / Cancel)
 * before unsaved changes go. */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-window-private.h"
#include "wp-window-scenario.h"

typedef struct
{
  WpScenarioThen then;
  gpointer       data;
  GDestroyNotify destroy;
} Pending;

/* Helpers */

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

/* Private API (wp-window-scenario.h) */

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

  name = wp_window_scenario_shown_name (wp_window_scenario_doc (self));
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

void
wp_window_scenario_add_actions (WpWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), scenario_entries,
                                   G_N_ELEMENTS (scenario_entries), self);
  g_signal_connect (self, "delete-event", G_CALLBACK (delete_event_cb), NULL);
}

/* The file chooser's file (wp-window-scenario-ui.c) opened, after the question. */
void
wp_window_scenario_open_file (WpWindow *self,
                              GFile    *file)
{
  wp_window_scenario_confirm (self, open_file_now, g_object_ref (file), g_object_unref);
}
