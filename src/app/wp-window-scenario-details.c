/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Scenario Details: the scenario's name, customer and notes, edited in a
 * dialog built the first time it is asked for.  Applied, they count as a
 * change (a "•" while a file is open) and name the window.
 */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-window-scenario.h"

typedef struct
{
  GtkEntry    *name;
  GtkEntry    *customer;
  GtkTextView *notes;
} Fields;

static char *
notes_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
details_response_cb (GtkDialog *dialog,
                     int        response,
                     WpWindow  *self)
{
  Fields *fields = g_object_get_data (G_OBJECT (dialog), "wp-fields");

  if (response == GTK_RESPONSE_APPLY)
    {
      g_autofree char *notes = notes_text (fields->notes);

      wp_window_set_scenario_texts (self, gtk_entry_get_text (fields->name),
                                    gtk_entry_get_text (fields->customer), notes);
    }
  gtk_widget_destroy (GTK_WIDGET (dialog));
}

/* A label and its field, in the grid's row @row. */
static void
add_row (GtkGrid    *grid,
         int         row,
         const char *label_text,
         GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_valign (label, row == 2 ? GTK_ALIGN_START : GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, field, 1, row, 1, 1);
}

static GtkWidget *
build_fields (WpScenario *scenario,
              Fields     *fields)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *scroller = gtk_scrolled_window_new (NULL, NULL);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  g_object_set (grid, "margin", 18, NULL);

  fields->name = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_text (fields->name, wp_scenario_get_name (scenario));
  gtk_entry_set_activates_default (fields->name, TRUE);
  add_row (GTK_GRID (grid), 0, _("_Name"), GTK_WIDGET (fields->name));

  fields->customer = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_text (fields->customer, wp_scenario_get_customer (scenario));
  gtk_entry_set_activates_default (fields->customer, TRUE);
  add_row (GTK_GRID (grid), 1, _("_Customer"), GTK_WIDGET (fields->customer));

  fields->notes = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (fields->notes, GTK_WRAP_WORD_CHAR);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (fields->notes),
                            wp_scenario_get_notes (scenario), -1);
  gtk_scrolled_window_set_shadow_type (GTK_SCROLLED_WINDOW (scroller), GTK_SHADOW_IN);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 120);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_container_add (GTK_CONTAINER (scroller), GTK_WIDGET (fields->notes));
  add_row (GTK_GRID (grid), 2, _("N_otes"), scroller);
  return grid;
}

void
wp_window_scenario_edit_details (WpWindow *self)
{
  g_autoptr (WpScenario) scenario = wp_window_get_scenario (self);
  Fields *fields = g_new0 (Fields, 1);
  GtkWidget *dialog;
  GtkWidget *grid;

  dialog = g_object_new (GTK_TYPE_DIALOG, "use-header-bar", TRUE, "modal", TRUE,
                         "transient-for", self, "destroy-with-parent", TRUE,
                         "title", _("Scenario Details"), "default-width", 420, NULL);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Apply"), GTK_RESPONSE_APPLY, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_APPLY);
  grid = build_fields (scenario, fields);
  gtk_widget_show_all (grid);
  gtk_container_add (GTK_CONTAINER (gtk_dialog_get_content_area (GTK_DIALOG (dialog))), grid);
  g_object_set_data_full (G_OBJECT (dialog), "wp-fields", fields, g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (details_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}
