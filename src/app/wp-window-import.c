/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "wp-import-bar.h"
#include "wp-window-private.h"
#include "wp-window-scenario.h"

/* The window's ways in to an import — win.import's file chooser, a file
 * dropped on the window, win.paste-netstat's clipboard text — all end in
 * the import bar (wp-import-bar.c), which is built when the first import
 * starts, above the summary. */

enum
{
  DROP_URIS,
  DROP_TEXT,
};

/* Helpers */

/* The bar, in its place in the window; built the first time. */
static WpImportBar *
import_bar (WpWindow *self)
{
  GtkContainer *place = GTK_CONTAINER (wp_window_get_import_place (self));
  g_autoptr (GList) children = gtk_container_get_children (place);
  GtkWidget *bar;

  if (children != NULL)
    return WP_IMPORT_BAR (children->data);

  bar = wp_import_bar_new (wp_window_get_model (self));
  gtk_container_add (place, bar);
  return WP_IMPORT_BAR (bar);
}

/* Callbacks */

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  WpWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      wp_window_import_file (self, file);
    }
  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *patterns)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
import_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  static const char * const text[] = { "*.txt", "*.TXT", "*.csv", "*.CSV", "*.log", "*.LOG", NULL };
  static const char * const all[] = { "*", NULL };
  WpWindow *self = user_data;
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Import netstat Output"), GTK_WINDOW (self),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));

  add_filter (GTK_FILE_CHOOSER (chooser),
              _("netstat, Get-NetTCPConnection or netsh output"), text);
  add_filter (GTK_FILE_CHOOSER (chooser), _("All files"), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
clipboard_text_cb (GtkClipboard *clipboard,
                   const char   *text,
                   gpointer      user_data)
{
  g_autoptr (WpWindow) self = user_data;

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  wp_window_import_text (self, text);
}

/* Ctrl+V pastes into the entry that has the focus, as everywhere else;
 * elsewhere in the window it imports the clipboard's text. */
static void
paste_netstat_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  WpWindow *self = user_data;
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));
  GtkClipboard *clipboard;

  if (GTK_IS_EDITABLE (focus) && gtk_editable_get_editable (GTK_EDITABLE (focus)))
    {
      gtk_editable_paste_clipboard (GTK_EDITABLE (focus));
      return;
    }
  if (GTK_IS_TEXT_VIEW (focus))
    {
      g_signal_emit_by_name (focus, "paste-clipboard");
      return;
    }
  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self), GDK_SELECTION_CLIPBOARD);
  gtk_clipboard_request_text (clipboard, clipboard_text_cb, g_object_ref (self));
}

static void
drag_data_received_cb (GtkWidget        *widget,
                       GdkDragContext   *context,
                       int               x,
                       int               y,
                       GtkSelectionData *selection,
                       guint             info,
                       guint             time,
                       gpointer          user_data)
{
  WpWindow *self = WP_WINDOW (widget);
  gboolean taken = FALSE;

  if (info == DROP_URIS)
    {
      g_auto (GStrv) uris = gtk_selection_data_get_uris (selection);

      taken = uris != NULL;
      if (taken)
        wp_window_drop_uris (self, (const char * const *) uris);
    }
  else
    {
      g_autofree char *text = (char *) gtk_selection_data_get_text (selection);

      taken = text != NULL;
      if (taken)
        wp_window_import_text (self, text);
    }
  gtk_drag_finish (context, taken, FALSE, time);
}

/* Enabled while the model holds a measurement. */
static void
top_processes_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  wp_import_bar_show_processes (import_bar (WP_WINDOW (user_data)));
}

static void
measurement_notify_cb (WpPlannerModel *model,
                       GParamSpec     *pspec,
                       gpointer        user_data)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (user_data), "top-processes");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                               wp_planner_model_get_measurement (model) != NULL);
}

static const GActionEntry import_entries[] = {
  { "import", import_activated },
  { "paste-netstat", paste_netstat_activated },
  { "top-processes", top_processes_activated },
};

/* Private API (wp-window-private.h) */

void
wp_window_import_setup (WpWindow *self)
{
  g_autoptr (GtkTargetList) targets = gtk_target_list_new (NULL, 0);

  g_action_map_add_action_entries (G_ACTION_MAP (self), import_entries,
                                   G_N_ELEMENTS (import_entries), self);
  g_signal_connect_object (wp_window_get_model (self), "notify::measurement",
                           G_CALLBACK (measurement_notify_cb), self, 0);
  measurement_notify_cb (wp_window_get_model (self), NULL, self);

  /* A file (first) or text dropped anywhere on the window */
  gtk_drag_dest_set (GTK_WIDGET (self), GTK_DEST_DEFAULT_ALL, NULL, 0, GDK_ACTION_COPY);
  gtk_target_list_add_uri_targets (targets, DROP_URIS);
  gtk_target_list_add_text_targets (targets, DROP_TEXT);
  gtk_drag_dest_set_target_list (GTK_WIDGET (self), targets);
  g_signal_connect (self, "drag-data-received", G_CALLBACK (drag_data_received_cb), NULL);
}

/* Public API (wp-window.h) */

void
wp_window_drop_uris (WpWindow           *self,
                     const char * const *uris)
{
  g_return_if_fail (WP_IS_WINDOW (self));

  if (!wp_window_scenario_open_dropped (self, uris))
    wp_window_import_uris (self, uris);
}

void
wp_window_import_file (WpWindow *self,
                       GFile    *file)
{
  g_autofree char *basename = NULL;
  g_autofree char *quoted = NULL;

  g_return_if_fail (WP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  basename = g_file_get_basename (file);
  /* Translators: a file's name in a sentence */
  quoted = g_strdup_printf (_("“%s”"), basename != NULL ? basename : "");
  wp_import_bar_start (import_bar (self), file, NULL, quoted);
}

void
wp_window_import_text (WpWindow   *self,
                       const char *text)
{
  g_autoptr (GBytes) bytes = NULL;

  g_return_if_fail (WP_IS_WINDOW (self));

  if (text == NULL || *text == '\0')
    {
      wp_import_bar_show_error (import_bar (self),
                                _("Nothing to import: the clipboard holds no text"));
      return;
    }
  bytes = g_bytes_new (text, strlen (text));
  wp_import_bar_start (import_bar (self), NULL, bytes, _("the pasted text"));
}

/* One file at a time: a drop of several changes nothing and says why. */
void
wp_window_import_uris (WpWindow           *self,
                       const char * const *uris)
{
  guint n;

  g_return_if_fail (WP_IS_WINDOW (self));
  g_return_if_fail (uris != NULL);

  n = g_strv_length ((char **) uris);
  if (n == 1)
    {
      g_autoptr (GFile) file = g_file_new_for_uri (uris[0]);

      wp_window_import_file (self, file);
      return;
    }
  if (n > 1)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "Drop one file at a time: %u was dropped",
                                      "Drop one file at a time: %u were dropped", n), n);

      wp_import_bar_show_error (import_bar (self), message);
    }
}

gpointer
wp_window_get_import_bar (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return import_bar (self);
}
