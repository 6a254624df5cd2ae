/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The window's scenario (docs/scenario-format.md): Open…, Save, Save As…,
 * Open Recent, a .wpscenario dropped on the window, the name and a "•" in
 * the title while the inputs differ from the file's, a question before
 * unsaved changes are closed, and the autosave a crash leaves behind.
 */
#pragma once

#include "scenario/wp-scenario.h"
#include "wp-window.h"

G_BEGIN_DECLS

/* The autosave is written this long after the last change. */
#define WP_AUTOSAVE_DELAY_MS 1000

/* What the window keeps of its scenario (on the window's data). */
typedef struct
{
  WpScenario *scenario;     /* name, customer, notes, kept keys */
  WpScenario *saved;        /* as the file holds it, or NULL */
  GFile      *file;         /* or NULL: untitled */
  char       *title;        /* the header bar's own title and subtitle */
  char       *subtitle;
  gboolean    autosave;     /* wp_window_enable_autosave() */
  guint       autosave_id;  /* the pending write */
  GMenu      *recent;       /* Open Recent, filled when the menu opens */
  GtkWidget  *message;      /* the in-window message, or NULL */
} WpScenarioDoc;

typedef void (*WpScenarioThen) (WpWindow *self,
                                gpointer  data);

/* wp-window-scenario.c.  From wp_window_init(): the actions, the title,
 * the drop handler, the question on closing. */
void        wp_window_scenario_init        (WpWindow      *self);
WpScenarioDoc *wp_window_scenario_doc      (WpWindow      *self);
/* The window's scenario as it is now: the file's name, customer, notes
 * and kept keys, the model's inputs (a new object). */
WpScenario *wp_window_get_scenario         (WpWindow      *self);
/* Puts @scenario's inputs into the model; @file (or NULL) is where it came
 * from: the title names it and changes are counted from it. */
void        wp_window_apply_scenario       (WpWindow      *self,
                                            WpScenario    *scenario,
                                            GFile         *file);
/* The same, the file and the changes counted from it left as they are
 * (a crash's inputs over the file they came from). */
void        wp_window_apply_scenario_inputs (WpWindow     *self,
                                             WpScenario   *scenario);
gboolean    wp_window_open_scenario        (WpWindow      *self,
                                            GFile         *file,
                                            GError       **error);
gboolean    wp_window_save_scenario        (WpWindow      *self,
                                            GFile         *file,
                                            GError       **error);
GFile      *wp_window_get_scenario_file    (WpWindow      *self);
/* Whether the inputs, name, customer or notes differ from the scenario
 * file's; without a file, whether it has a name, customer or notes (the
 * settings remember the inputs, not those). */
gboolean    wp_window_get_scenario_modified (WpWindow     *self);
/* The scenario's name, else the file's without its suffix, else NULL. */
char       *wp_window_scenario_shown_name  (WpScenarioDoc *doc);

/* wp-window-scenario-actions.c: the actions (win.open, win.save,
 * win.save-as, win.open-recent, win.scenario-details) and the question on
 * closing, from wp_window_scenario_init(). */
void        wp_window_scenario_add_actions (WpWindow      *self);
/* Asks Save / Discard / Cancel while modified, then runs @then unless
 * cancelled (at once when not modified). */
void        wp_window_scenario_confirm     (WpWindow      *self,
                                            WpScenarioThen then,
                                            gpointer       data,
                                            GDestroyNotify destroy);
/* Opens @file after that question; an error in a dialog. */
void        wp_window_scenario_open_file   (WpWindow      *self,
                                            GFile         *file);

/* wp-window-scenario-ui.c: the menu section, Open Recent, the dialogs and
 * the scenario files among those dropped. */
void        wp_window_scenario_add_menu    (WpWindow      *self);
/* Of the URIs dropped, opens the first .wpscenario (after the question);
 * FALSE when there is none: then the window imports the first file. */
gboolean    wp_window_scenario_open_dropped (WpWindow          *self,
                                             const char * const *uris);
void        wp_window_scenario_choose_open (WpWindow      *self);
void        wp_window_scenario_choose_save (WpWindow      *self);
void        wp_window_scenario_remember    (GFile         *file);
void        wp_window_scenario_show_message (WpWindow     *self,
                                             const char   *message);

/* wp-window-scenario-details.c: Scenario Details, the name, customer and
 * notes, and how they are set (wp-window-scenario.c). */
void        wp_window_scenario_edit_details (WpWindow     *self);
void        wp_window_set_scenario_texts   (WpWindow      *self,
                                            const char    *name,
                                            const char    *customer,
                                            const char    *notes);

/* wp-window-autosave.c.  By the application, for the window of the
 * session's single instance: restores a crash's state (and says so), then
 * writes the state a moment after each change; a clean close removes it. */
void        wp_window_enable_autosave      (WpWindow      *self);
void        wp_window_autosave_changed     (WpWindow      *self);
char       *wp_window_autosave_path        (void);

G_END_DECLS
