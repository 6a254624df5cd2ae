/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Scenarios in the window: every input saved and opened again, the name
 * and "•" in the title while changed, the question before unsaved changes
 * are closed (Cancel, Discard, Save), a bad file refused with the inputs
 * and the file as they were, the menu's items and Open Recent. */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "app/wp-window-scenario.h"
#include "wp-test-gtk.h"
#include "wp-test-util.h"

static char *tmp_dir;

static GFile *
tmp_file (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  return g_file_new_for_path (path);
}

/* Every input away from its default (the values of tests/scenario's
 * round trip), and a version that is not the default one. */
static void
set_all_inputs (WpPlannerModel *model)
{
  WpLimitsInput input;

  wp_planner_model_get_input (model, &input);
  input.ram_mb = 3 * 1024 + 512;
  input.max_user_port = WP_MAX_USER_PORT_MAX;
  input.time_wait_s = WP_TIME_WAIT_MIN;
  input.max_connections = 12345;
  input.socketwrench_legacy = TRUE;
  input.need_connections = 122500;
  input.need_rate = 250;
  input.connection_life_ms = 250;
  input.port_start = WP_PORT_RANGE_START_MIN;
  input.port_count = 20000;
  input.connection_cost_kb = 24;
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN10_X64);
  wp_planner_model_set_visible_platforms (model, WP_PLATFORM_BIT (WP_PLATFORM_NT4) |
                                                 WP_PLATFORM_BIT (WP_PLATFORM_WIN10_X64));
  wp_planner_model_set_input (model, &input);
}

static void
assert_same_inputs (WpPlannerModel *a,
                    WpPlannerModel *b)
{
  g_autoptr (WpScenario) x = wp_scenario_new ();
  g_autoptr (WpScenario) y = wp_scenario_new ();
  WpLimitsInput input;

  wp_planner_model_get_input (a, &input);
  wp_scenario_set_input (x, &input);
  wp_planner_model_get_input (b, &input);
  wp_scenario_set_input (y, &input);
  g_assert_true (wp_scenario_equal (x, y));
  g_assert_cmpint (wp_planner_model_get_selected_platform (a), ==,
                   wp_planner_model_get_selected_platform (b));
  g_assert_cmpuint (wp_planner_model_get_visible_platforms (a), ==,
                    wp_planner_model_get_visible_platforms (b));
}

static void
test_save_open (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (WpWindowTest) other = wp_test_window_new ();
  g_autoptr (GFile) file = tmp_file ("every-input.wpscenario");
  g_autoptr (GError) error = NULL;
  WpPlannerModel *model = wp_window_get_model (window);

  set_all_inputs (model);
  /* Untitled: no name, no mark, nothing to ask. */
  g_assert_false (wp_window_get_scenario_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Winsock Planner");

  g_assert_true (wp_window_save_scenario (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (wp_window_get_scenario_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "every-input");

  g_assert_true (wp_window_open_scenario (other, file, &error));
  g_assert_no_error (error);
  assert_same_inputs (wp_window_get_model (other), model);
  /* The model holds every value as the file has it: nothing changed. */
  g_assert_false (wp_window_get_scenario_modified (other));
  g_assert_true (g_file_equal (wp_window_get_scenario_file (other), file));
}

static void
test_modified_title (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (GFile) file = tmp_file ("title.wpscenario");
  g_autoptr (WpScenario) scenario = wp_scenario_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  GtkHeaderBar *bar = GTK_HEADER_BAR (gtk_window_get_titlebar (GTK_WINDOW (window)));

  wp_scenario_set_name (scenario, "Contoso web farm");
  wp_scenario_set_customer (scenario, "Contoso Ltd");
  g_assert_true (wp_scenario_save (scenario, file, NULL));
  g_assert_true (wp_window_open_scenario (window, file, NULL));
  g_assert_cmpstr (gtk_header_bar_get_title (bar), ==, "Contoso web farm");
  g_assert_cmpstr (gtk_header_bar_get_subtitle (bar), ==, "Contoso Ltd");

  wp_planner_model_set_ram_mb (model, 4096);
  g_assert_true (wp_window_get_scenario_modified (window));
  g_assert_cmpstr (gtk_header_bar_get_title (bar), ==, "• Contoso web farm");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Contoso web farm");

  /* Back to the file's value: no change left. */
  wp_planner_model_set_ram_mb (model, WP_RAM_MB_DEFAULT);
  g_assert_false (wp_window_get_scenario_modified (window));
  g_assert_cmpstr (gtk_header_bar_get_title (bar), ==, "Contoso web farm");
}

/* The question's dialog, once shown. */
static GtkDialog *
find_question (WpWindow *window)
{
  GtkDialog *found = NULL;
  GList *toplevels;

  wp_test_iterate ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static void
destroyed_cb (GtkWidget *widget,
              gboolean  *destroyed)
{
  *destroyed = TRUE;
}

static void
test_close_asks (void)
{
  WpWindow *window = wp_test_window_new ();   /* destroyed by the test, then unreffed */
  g_autoptr (GFile) file = tmp_file ("close.wpscenario");
  g_autoptr (WpScenario) back = NULL;
  WpPlannerModel *model = wp_window_get_model (window);
  gboolean destroyed = FALSE;
  GtkDialog *question;

  g_signal_connect (window, "destroy", G_CALLBACK (destroyed_cb), &destroyed);
  gtk_widget_show (GTK_WIDGET (window));
  g_assert_true (wp_window_save_scenario (window, file, NULL));
  wp_planner_model_set_ram_mb (model, 6144);

  /* Cancel: the window stays, changed. */
  gtk_window_close (GTK_WINDOW (window));
  question = find_question (window);
  g_assert_nonnull (question);
  gtk_dialog_response (question, GTK_RESPONSE_CANCEL);
  wp_test_iterate ();
  g_assert_false (destroyed);
  g_assert_null (find_question (window));
  g_assert_true (wp_window_get_scenario_modified (window));

  /* Save: the file has the change, then the window goes. */
  gtk_window_close (GTK_WINDOW (window));
  question = find_question (window);
  g_assert_nonnull (question);
  gtk_dialog_response (question, GTK_RESPONSE_YES);
  wp_test_iterate ();
  g_assert_true (destroyed);
  back = wp_scenario_new_from_file (file, NULL);
  g_assert_cmpuint (wp_scenario_peek_input (back)->ram_mb, ==, 6144);
  g_object_unref (window);
}

static void
test_close_discards (void)
{
  WpWindow *window = wp_test_window_new ();   /* destroyed by the test, then unreffed */
  g_autoptr (GFile) file = tmp_file ("discard.wpscenario");
  g_autoptr (WpScenario) back = NULL;
  gboolean destroyed = FALSE;
  GtkDialog *question;

  g_signal_connect (window, "destroy", G_CALLBACK (destroyed_cb), &destroyed);
  gtk_widget_show (GTK_WIDGET (window));
  g_assert_true (wp_window_save_scenario (window, file, NULL));
  wp_planner_model_set_ram_mb (wp_window_get_model (window), 6144);
  gtk_window_close (GTK_WINDOW (window));
  question = find_question (window);
  g_assert_nonnull (question);
  gtk_dialog_response (question, GTK_RESPONSE_NO);
  wp_test_iterate ();
  g_assert_true (destroyed);
  back = wp_scenario_new_from_file (file, NULL);
  g_assert_cmpuint (wp_scenario_peek_input (back)->ram_mb, ==, WP_RAM_MB_DEFAULT);
  g_object_unref (window);
}

/* Untitled with a name: a change the settings would not keep, so closing
 * asks, and Save opens Save As…. */
static void
test_untitled_named (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  GtkDialog *question;
  GtkWidget *chooser;

  gtk_widget_show (GTK_WIDGET (window));
  g_assert_false (wp_window_get_scenario_modified (window));
  wp_window_set_scenario_texts (window, "Web farm", "", "");
  g_assert_true (wp_window_get_scenario_modified (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Web farm");

  gtk_window_close (GTK_WINDOW (window));
  question = find_question (window);
  g_assert_nonnull (question);
  gtk_dialog_response (question, GTK_RESPONSE_YES);
  wp_test_iterate_for (300);
  chooser = wp_test_find_chooser (window);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  /* long enough for the chooser's folder reading to end (LeakSanitizer) */
  wp_test_iterate_for (300);
  /* Still there, still changed. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (wp_window_get_scenario_modified (window));
}

/* A bad file: refused with the message, the inputs and the file as they were. */
static void
test_open_bad (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (GFile) file = tmp_file ("bad.wpscenario");
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *after = NULL;
  static const char text[] = "[Scenario]\nFormat=1.0\n[Inputs]\nram=1G\nport-count=10\n";
  WpPlannerModel *model = wp_window_get_model (window);

  wp_planner_model_set_ram_mb (model, 4096);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_false (wp_window_open_scenario (window, file, &error));
  g_assert_nonnull (strstr (error->message, "[Inputs] port-count: "));
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 4096);
  g_assert_null (wp_window_get_scenario_file (window));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);
}

/* The menu's first section is the scenario's; Open Recent lists a file
 * saved, when the menu opens. */
static void
test_menu_recent (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (GFile) file = tmp_file ("recent.wpscenario");
  g_autofree char *uri = g_file_get_uri (file);
  GtkMenuButton *button = wp_test_child (window, "primary_menu_button");
  GMenuModel *menu = gtk_menu_button_get_menu_model (button);
  GMenuModel *section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  GMenuModel *recent = NULL;
  g_autofree char *action = NULL;
  gboolean listed = FALSE;

  g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_ACTION, "s",
                                                  &action));
  g_assert_cmpstr (action, ==, "win.open");
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "save"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "save-as"));
  recent = g_menu_model_get_item_link (section, 1, G_MENU_LINK_SUBMENU);
  g_assert_nonnull (recent);

  g_assert_true (wp_window_save_scenario (window, file, NULL));
  wp_test_iterate_for (200);   /* the recent manager writes from an idle */
  gtk_widget_show (GTK_WIDGET (window));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  for (int i = 0; i < g_menu_model_get_n_items (recent); i++)
    {
      g_autoptr (GVariant) target =
        g_menu_model_get_item_attribute_value (recent, i, G_MENU_ATTRIBUTE_TARGET, NULL);

      if (target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri))
        listed = TRUE;
    }
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), FALSE);
  g_object_unref (recent);
  g_object_unref (section);
  g_assert_true (listed);
}

/* Scenario Details: the name and customer typed name the window; with a
 * file open they are a change to save. */
static void
test_details (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (GFile) file = tmp_file ("details.wpscenario");
  g_autoptr (WpScenario) back = NULL;
  GtkHeaderBar *bar = GTK_HEADER_BAR (gtk_window_get_titlebar (GTK_WINDOW (window)));
  GtkDialog *dialog;
  GList *toplevels;
  g_autoptr (GList) children = NULL;
  GtkWidget *grid;

  gtk_widget_show (GTK_WIDGET (window));
  g_assert_true (wp_window_save_scenario (window, file, NULL));
  g_action_group_activate_action (G_ACTION_GROUP (window), "scenario-details", NULL);
  wp_test_iterate ();
  toplevels = gtk_window_list_toplevels ();
  dialog = NULL;
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);

  /* Name, customer, notes: the grid's fields, in its second column. */
  children = gtk_container_get_children (GTK_CONTAINER (gtk_dialog_get_content_area (dialog)));
  grid = children->data;
  gtk_entry_set_text (GTK_ENTRY (gtk_grid_get_child_at (GTK_GRID (grid), 1, 0)), "Fabrikam");
  gtk_entry_set_text (GTK_ENTRY (gtk_grid_get_child_at (GTK_GRID (grid), 1, 1)), "Fabrikam Inc");
  gtk_dialog_response (dialog, GTK_RESPONSE_APPLY);
  wp_test_iterate ();
  g_assert_cmpstr (gtk_header_bar_get_title (bar), ==, "• Fabrikam");
  g_assert_cmpstr (gtk_header_bar_get_subtitle (bar), ==, "Fabrikam Inc");

  /* They head the window's .reg file, as --name and --customer do. */
  {
    g_autoptr (GFile) reg = tmp_file ("details.reg");
    g_autofree char *reg_path = g_file_get_path (reg);
    g_autofree char *text = NULL;

    g_assert_true (wp_window_save_reg (window, reg, NULL));
    g_assert_true (g_file_get_contents (reg_path, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "; Plan: Fabrikam\r\n; Customer: Fabrikam Inc\r\n"));
  }

  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  g_assert_false (wp_window_get_scenario_modified (window));
  back = wp_scenario_new_from_file (file, NULL);
  g_assert_cmpstr (wp_scenario_get_name (back), ==, "Fabrikam");
  g_assert_cmpstr (wp_scenario_get_customer (back), ==, "Fabrikam Inc");
}

/* A drop: the scenario among the files is opened; a drop of none is left
 * to the other handlers. */
static void
test_drop (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (GFile) file = tmp_file ("dropped.wpscenario");
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *path = g_file_get_path (file);
  const char *others[] = { "file:///tmp/netstat.txt", "file:///tmp/connections.csv", NULL };
  const char *mixed[] = { "file:///tmp/netstat.txt", uri, NULL };
  WpPlannerModel *model = wp_window_get_model (window);

  g_assert_true (g_file_set_contents (path, "[Scenario]\nFormat=1.0\n[Inputs]\nram=7G\n", -1,
                                      NULL));
  g_assert_false (wp_window_scenario_open_dropped (window, others));
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, WP_RAM_MB_DEFAULT);
  g_assert_true (wp_window_scenario_open_dropped (window, mixed));
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 7 * 1024);
  g_assert_true (g_file_equal (wp_window_get_scenario_file (window), file));

  /* The window's one drop handler: the scenario opened, nothing imported. */
  g_assert_true (g_file_set_contents (path, "[Scenario]\nFormat=1.0\n[Inputs]\nram=5G\n", -1,
                                      NULL));
  wp_window_drop_uris (window, mixed);
  wp_test_iterate_for (300);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 5 * 1024);
  g_assert_null (wp_planner_model_get_measurement (model));
}

/* The file chooser over @window, shown by an action. */
static GtkWidget *
chooser_after (WpWindow   *window,
               const char *action)
{
  g_action_group_activate_action (G_ACTION_GROUP (window), action, NULL);
  wp_test_iterate_for (300);
  return wp_test_find_chooser (window);
}

/* Save As… with a name typed without an extension writes NAME.wpscenario;
 * Open… reads it into another window. */
static void
test_choosers (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (WpWindowTest) other = wp_test_window_new ();
  g_autoptr (GFile) file = tmp_file ("typed.wpscenario");
  g_autofree char *path = g_file_get_path (file);
  GtkWidget *chooser;

  gtk_widget_show (GTK_WIDGET (window));
  gtk_widget_show (GTK_WIDGET (other));
  wp_planner_model_set_ram_mb (wp_window_get_model (window), 12 * 1024);
  chooser = chooser_after (window, "save-as");
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), tmp_dir);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "typed");
  wp_test_iterate_for (200);
  gtk_button_clicked (GTK_BUTTON (gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser),
                                                                      GTK_RESPONSE_ACCEPT)));
  for (guint i = 0; i < 100 && !g_file_test (path, G_FILE_TEST_EXISTS); i++)
    wp_test_iterate_for (20);
  g_assert_true (g_file_equal (wp_window_get_scenario_file (window), file));

  chooser = chooser_after (other, "open");
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  wp_test_iterate_for (200);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  wp_test_iterate_for (200);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (wp_window_get_model (other)), ==, 12 * 1024);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (other)), ==, "typed");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Recent files and the autosave in a directory of the test's own. */
  tmp_dir = g_dir_make_tmp ("wp-window-scenario-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_STATE_HOME", tmp_dir, TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/scenario/save-open", test_save_open);
  g_test_add_func ("/window/scenario/modified-title", test_modified_title);
  g_test_add_func ("/window/scenario/close-asks", test_close_asks);
  g_test_add_func ("/window/scenario/close-discards", test_close_discards);
  g_test_add_func ("/window/scenario/open-bad", test_open_bad);
  g_test_add_func ("/window/scenario/untitled-named", test_untitled_named);
  g_test_add_func ("/window/scenario/menu-recent", test_menu_recent);
  g_test_add_func ("/window/scenario/details", test_details);
  g_test_add_func ("/window/scenario/drop", test_drop);
  g_test_add_func ("/window/scenario/choosers", test_choosers);

  status = g_test_run ();
  wp_test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
