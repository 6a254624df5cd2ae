/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Export Report…": the window's plan as a one-page PDF, its selected
 * version's sentences and registry values, on the paper chosen in the
 * file chooser (the locale's at first: A4 in C.UTF-8). */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "app/wp-window-private.h"
#include "app/wp-window-scenario.h"
#include "wp-test-gtk.h"

/* The PDF's bytes with NULs made spaces, to search. */
static char *
read_pdf (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  gsize size = 0;

  g_file_get_contents (path, &contents, &size, &error);
  g_assert_no_error (error);
  for (gsize i = 0; i < size; i++)
    if (contents[i] == '\0')
      contents[i] = ' ';
  return contents;
}

static void
test_action (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "export-report"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window),
                                                    "export-report"));
}

/* A4 at first; Letter once chosen in the chooser; the selected version's
 * registry values and the scenario's name and customer in the text (pdftotext, when installed). */
static void
test_save (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wp-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autofree char *pdf = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  GtkWidget *chooser = gtk_file_chooser_widget_new (GTK_FILE_CHOOSER_ACTION_SAVE);

  g_object_ref_sink (chooser);
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_NT4);
  /* The scenario's texts head the report. */
  wp_window_set_scenario_texts (window, "Web farm B", "Contoso", NULL);
  g_assert_true (wp_window_save_report (window, file, &error));
  g_assert_no_error (error);
  pdf = read_pdf (path);
  g_assert_nonnull (strstr (pdf, "/MediaBox [ 0 0 595 842 ]"));

  wp_window_add_report_choices (window, GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "paper"), ==, "a4");
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "paper", "letter");
  wp_window_take_report_choices (window, GTK_FILE_CHOOSER (chooser));
  g_assert_true (wp_window_save_report (window, file, &error));
  g_clear_pointer (&pdf, g_free);
  pdf = read_pdf (path);
  g_assert_nonnull (strstr (pdf, "/MediaBox [ 0 0 612 792 ]"));

  if (pdftotext != NULL)
    {
      g_autofree char *out = NULL;
      const char *argv[] = { pdftotext, path, "-", NULL };

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, NULL,
                    &error);
      g_assert_no_error (error);
      g_assert_nonnull (strstr (out, "The plan: Windows NT 4.0"));
      g_assert_nonnull (strstr (out, "MaxUserPort"));
      g_assert_nonnull (strstr (out, "Web farm B"));
      g_assert_nonnull (strstr (out, "Contoso"));
    }
  else
    g_test_skip ("pdftotext is not installed (poppler-utils; ./dev installs it)");
  g_object_unref (chooser);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/report/action", test_action);
  g_test_add_func ("/window/report/save", test_save);
  return g_test_run ();
}
