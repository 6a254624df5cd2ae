/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The scenario's menu section (Open…, Open Recent, Save, Save As…), its
 * file choosers, Open Recent filled from GtkRecentManager when the menu
 * opens, a .wpscenario dropped on the window (the window's one drop
 * handler, wp_window_drop_uris(), asks here first), and the in-window message.
 */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-window-private.h"
#include "wp-window-scenario.h"

#define RECENT_MAX 10

/* Menu */

static GtkMenuButton *
primary_menu_button (WpWindow *self)
{
  GtkWidget *bar = gtk_window_get_titlebar (GTK_WINDOW (self));
  g_autoptr (GList) children = NULL;

  if (!GTK_IS_CONTAINER (bar))
    return NULL;
  children = gtk_container_get_children (GTK_CONTAINER (bar));
  for (GList *l = children; l != NULL; l = l->next)
    if (GTK_IS_MENU_BUTTON (l->data) && gtk_menu_button_get_menu_model (l->data) != NULL)
      return l->data;
  return NULL;
}

static gboolean
is_scenario (GtkRecentInfo *info)
{
  return g_strcmp0 (gtk_recent_info_get_mime_type (info), WP_SCENARIO_MIME_TYPE) == 0 ||
         g_str_has_suffix (gtk_recent_info_get_uri (info), WP_SCENARIO_SUFFIX);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  time_t x = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  time_t y = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return x < y ? 1 : x > y ? -1 : 0;
}

/* Open Recent's items, when the menu opens: the recent list is read then,
 * not at start. */
static void
fill_recent (WpWindow *self)
{
  GMenu *recent = wp_window_scenario_doc (self)->recent;
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint shown = 0;

  g_menu_remove_all (recent);
  items = g_list_sort (items, newest_first);
  for (GList *l = items; l != NULL && shown < RECENT_MAX; l = l->next)
    {
      g_autoptr (GMenuItem) item = NULL;

      if (!is_scenario (l->data) || !gtk_recent_info_exists (l->data))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (l->data), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (l->data));
      g_menu_append_item (recent, item);
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  /* An item without an action is shown, insensitive. */
  if (shown == 0)
    g_menu_append (recent, _("No Recent Scenarios"), "win.no-recent-scenario");
}

static void
menu_active_cb (GtkMenuButton *button,
                GParamSpec    *pspec,
                WpWindow      *self)
{
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)))
    fill_recent (self);
}

void
wp_window_scenario_add_menu (WpWindow *self)
{
  GtkMenuButton *button = primary_menu_button (self);
  g_autoptr (GMenu) section = g_menu_new ();
  GMenuModel *menu;

  if (button == NULL || !G_IS_MENU (menu = gtk_menu_button_get_menu_model (button)))
    return;
  wp_window_scenario_doc (self)->recent = g_menu_new ();
  g_menu_append (section, _("_Open Scenario…"), "win.open");
  g_menu_append_submenu (section, _("Open _Recent"),
                         G_MENU_MODEL (wp_window_scenario_doc (self)->recent));
  g_menu_append (section, _("_Save Scenario"), "win.save");
  g_menu_append (section, _("Save Scenario _As…"), "win.save-as");
  g_menu_append (section, _("Scenario _Details…"), "win.scenario-details");
  g_menu_prepend_section (G_MENU (menu), NULL, G_MENU_MODEL (section));
  g_signal_connect_object (button, "notify::active", G_CALLBACK (menu_active_cb), self, 0);
}

void
wp_window_scenario_remember (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) WP_SCENARIO_MIME_TYPE,
    .app_name = (char *) g_get_application_name (),
    .app_exec = (char *) "winsock-planner --scenario=%f",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* File choosers */

static void
add_filter (GtkFileChooser *chooser)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Scenarios"));
  gtk_file_filter_add_pattern (filter, "*" WP_SCENARIO_SUFFIX);
  gtk_file_filter_add_mime_type (filter, WP_SCENARIO_MIME_TYPE);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  WpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      wp_window_scenario_open_file (self, file);
    }
  g_object_unref (dialog);
}

void
wp_window_scenario_choose_open (WpWindow *self)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Open Scenario"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  add_filter (GTK_FILE_CHOOSER (dialog));
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* A name typed without any extension gets .wpscenario, unless a file of
 * that name exists (the chooser asked about the name as typed only). */
static GFile *
with_suffix (GFile *typed)
{
  g_autofree char *basename = g_file_get_basename (typed);
  g_autofree char *named = NULL;
  g_autoptr (GFile) parent = NULL;
  GFile *file;

  if (strchr (basename, '.') != NULL)
    return typed;
  parent = g_file_get_parent (typed);
  named = g_strconcat (basename, WP_SCENARIO_SUFFIX, NULL);
  file = g_file_get_child (parent, named);
  if (g_file_query_exists (file, NULL))
    {
      g_object_unref (file);
      return typed;
    }
  g_object_unref (typed);
  return file;
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  WpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = with_suffix (gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog)));
      g_autoptr (GError) error = NULL;

      if (!wp_window_save_scenario (self, file, &error))
        wp_window_show_error (self, _("Could not save the scenario"), error->message);
    }
  g_object_unref (dialog);
}

void
wp_window_scenario_choose_save (WpWindow *self)
{
  WpScenarioDoc *doc = wp_window_scenario_doc (self);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Save Scenario"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_do_overwrite_confirmation (GTK_FILE_CHOOSER (dialog), TRUE);
  add_filter (GTK_FILE_CHOOSER (dialog));
  if (doc->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), doc->file, NULL);
  else
    {
      const char *name = wp_scenario_get_name (doc->scenario);
      /* Translators: the file name a new scenario is offered */
      g_autofree char *suggested = g_strconcat (*name != '\0' ? name : _("scenario"),
                                                WP_SCENARIO_SUFFIX, NULL);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Drop */

/* The first scenario file among those dropped; the others are not ours. */
gboolean
wp_window_scenario_open_dropped (WpWindow           *self,
                                 const char * const *uris)
{
  for (guint i = 0; uris != NULL && uris[i] != NULL; i++)
    if (g_str_has_suffix (uris[i], WP_SCENARIO_SUFFIX))
      {
        g_autoptr (GFile) file = g_file_new_for_uri (uris[i]);

        wp_window_scenario_open_file (self, file);
        return TRUE;
      }
  return FALSE;
}

/* The in-window message */

static void
message_response_cb (GtkInfoBar *bar,
                     int         response,
                     WpWindow   *self)
{
  gtk_widget_hide (GTK_WIDGET (bar));
}

/* Above everything in the window: the window's child goes into a box
 * under the bar the first time. */
void
wp_window_scenario_show_message (WpWindow   *self,
                                 const char *message)
{
  WpScenarioDoc *doc = wp_window_scenario_doc (self);
  GtkWidget *label;

  if (doc->message == NULL)
    {
      GtkWidget *child = gtk_bin_get_child (GTK_BIN (self));
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      doc->message = gtk_info_bar_new ();
      gtk_info_bar_set_message_type (GTK_INFO_BAR (doc->message), GTK_MESSAGE_INFO);
      gtk_info_bar_set_show_close_button (GTK_INFO_BAR (doc->message), TRUE);
      label = gtk_label_new (NULL);
      gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_show (label);
      gtk_container_add (GTK_CONTAINER (gtk_info_bar_get_content_area (GTK_INFO_BAR (doc->message))),
                         label);
      g_object_set_data (G_OBJECT (doc->message), "wp-label", label);
      g_signal_connect (doc->message, "response", G_CALLBACK (message_response_cb), self);

      g_object_ref (child);
      gtk_container_remove (GTK_CONTAINER (self), child);
      gtk_box_pack_start (GTK_BOX (box), doc->message, FALSE, TRUE, 0);
      gtk_box_pack_start (GTK_BOX (box), child, TRUE, TRUE, 0);
      g_object_unref (child);
      gtk_widget_show (box);
      gtk_container_add (GTK_CONTAINER (self), box);
    }
  label = g_object_get_data (G_OBJECT (doc->message), "wp-label");
  gtk_label_set_text (GTK_LABEL (label), message);
  gtk_widget_show (doc->message);
}
