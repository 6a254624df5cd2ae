/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's actions that act on what it shows: export, copy, print, the
 * chart's options, the shortcuts and comparing scenarios. */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "chart/wp-chart-print.h"
#include "report/wp-report.h"
#include "wp-chart-options.h"
#include "wp-compare-dialog.h"
#include "wp-window-private.h"

/* Callbacks */

static void
export_chart_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  wp_window_export_chart (WP_WINDOW (user_data));
}

static void
export_csv_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  wp_window_export_csv (WP_WINDOW (user_data));
}

static void
export_reg_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  wp_window_export_reg (WP_WINDOW (user_data));
}

static void
export_report_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  wp_window_export_report (WP_WINDOW (user_data));
}

/* The comparison table on the clipboard: tab-separated text for a
 * spreadsheet and HTML for a document, the versions shown. */
static void
copy_table_get_cb (GtkClipboard     *clipboard,
                   GtkSelectionData *selection,
                   guint             info,
                   gpointer          user_data)
{
  WpPlannerModel *model = user_data;
  WpLimitsInput input;
  g_autofree char *text = NULL;

  wp_planner_model_get_input (model, &input);
  if (info == 1)
    {
      text = wp_report_format_html (&input, wp_planner_model_get_visible_platforms (model));
      gtk_selection_data_set (selection, gtk_selection_data_get_target (selection), 8,
                              (const guchar *) text, (int) strlen (text));
      return;
    }
  text = wp_report_format_tsv (&input, wp_planner_model_get_visible_platforms (model));
  gtk_selection_data_set_text (selection, text, -1);
}

static void
copy_table_clear_cb (GtkClipboard *clipboard,
                     gpointer      user_data)
{
  g_object_unref (user_data);
}

static void
copy_table_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  WpWindow *self = user_data;
  WpPlannerModel *model = wp_window_get_model (self);
  GtkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self), GDK_SELECTION_CLIPBOARD);
  g_autoptr (GtkTargetList) list = gtk_target_list_new (NULL, 0);
  GtkTargetEntry *targets;
  int n_targets;

  gtk_target_list_add_text_targets (list, 0);
  gtk_target_list_add (list, gdk_atom_intern_static_string ("text/html"), 0, 1);
  targets = gtk_target_table_new_from_list (list, &n_targets);
  if (gtk_clipboard_set_with_data (clipboard, targets, n_targets, copy_table_get_cb,
                                   copy_table_clear_cb, model))
    g_object_ref (model);
  gtk_target_table_free (targets, n_targets);
}

/* Ctrl+C copies the chart, unless text is selected in an entry or a label
 * that has the focus: then it copies that text, as everywhere else. */
static void
copy_chart_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  WpWindow *self = user_data;
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));

  if (GTK_IS_EDITABLE (focus) &&
      gtk_editable_get_selection_bounds (GTK_EDITABLE (focus), NULL, NULL))
    {
      gtk_editable_copy_clipboard (GTK_EDITABLE (focus));
      return;
    }
  if (GTK_IS_LABEL (focus) && gtk_label_get_selection_bounds (GTK_LABEL (focus), NULL, NULL))
    {
      g_signal_emit_by_name (focus, "copy-clipboard");
      return;
    }

  wp_chart_copy_to_clipboard (wp_window_get_chart (self));
}

static void
print_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  WpWindow *self = user_data;
  g_autoptr (GError) error = NULL;
  int view = 0;

  /* The chart shown, memory or rate */
  g_object_get (wp_window_get_chart (self), "view", &view, NULL);
  if (!wp_chart_print_view (GTK_WINDOW (self), wp_window_get_model (self), view,
                            GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, &error))
    wp_window_show_error (self, _("Could not print the chart"), error->message);
}

/* Built the first time it is asked for, not with the window: GtkApplication
 * would build gtk/help-overlay.ui at start-up.  GtkApplicationWindow then
 * keeps this action and the shortcuts window. */
static void
show_help_overlay_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr (GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PATH "/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_widget_show (GTK_WIDGET (overlay));
}

static void
chart_options_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  wp_chart_options_popup (wp_window_get_chart (WP_WINDOW (user_data)));
}

static const GActionEntry win_entries[] = {
  { "export-chart", export_chart_activated },
  { "export-csv", export_csv_activated },
  { "export-reg", export_reg_activated },
  { "export-report", export_report_activated },
  { "copy-chart", copy_chart_activated },
  { "copy-table", copy_table_activated },
  { "print", print_activated },
  { "chart-options", chart_options_activated },
  { "show-help-overlay", show_help_overlay_activated },
  { "compare-scenarios", wp_window_compare_activated },
};

/* Private API (wp-window-private.h) */

void
wp_window_add_actions (WpWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries,
                                   G_N_ELEMENTS (win_entries), self);
}
