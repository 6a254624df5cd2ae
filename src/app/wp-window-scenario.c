/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The window's scenario: what it keeps of the file it came from, the title
 * that names it, opening and saving.  The actions and the question before
 * unsaved changes go are in wp-window-scenario-actions.c, the dialogs, menu
 * and drop in wp-window-scenario-ui.c, the autosave in wp-window-autosave.c.
 */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-window-private.h"
#include "wp-window-scenario.h"

#define DOC_KEY "wp-scenario-doc"

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

/* The model's inputs and measurement into the scenario kept (cheap: no file is copied). */
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
  wp_scenario_set_measurement (scenario, wp_planner_model_get_measurement (model));
}

/* The scenario's name, else the file's without its suffix, else NULL. */
char *
wp_window_scenario_shown_name (WpScenarioDoc *doc)
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
  g_autofree char *name = wp_window_scenario_shown_name (doc);
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
  /* Untitled, the settings keep the inputs but not the name, customer,
   * notes and measurement. */
  if (doc->saved == NULL)
    return wp_scenario_get_measurement (doc->scenario) != NULL ||
           *wp_scenario_get_name (doc->scenario) != '\0' ||
           *wp_scenario_get_customer (doc->scenario) != '\0' ||
           *wp_scenario_get_notes (doc->scenario) != '\0';
  return !wp_scenario_equal (doc->scenario, doc->saved);
}

/* The scenario's inputs and measurement into the model, its name, notes and kept keys
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
  wp_planner_model_set_measurement (model, wp_scenario_get_measurement (scenario));
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

  wp_window_scenario_add_actions (self);
  g_signal_connect_object (wp_window_get_model (self), "notify",
                           G_CALLBACK (model_notify_cb), self, G_CONNECT_SWAPPED);
  wp_window_scenario_add_menu (self);
}
