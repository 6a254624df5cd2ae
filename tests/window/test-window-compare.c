/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Compare Scenarios in the window, under a real X server: the action's
 * chooser takes several files; the comparison window is built only when
 * first asked for, shows a line per scenario and a column per scenario,
 * the rows that differ marked "≠" and in bold; a choice of one or five
 * scenarios, or a file that does not open, is refused with one message and
 * changes nothing; Export writes the comparison chart, Export Report its
 * one-page PDF on the paper chosen. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <gtk/gtk.h>

#include "app/wp-compare-dialog.h"
#include "app/wp-compare-table.h"
#include "app/wp-window.h"
#include "app/wp-window-private.h"
#include "report/wp-compare.h"
#include "import/wp-import.h"
#include "wp-test-gtk.h"
#include "wp-test-pixels.h"
#include "wp-test-util.h"

typedef struct
{
  char  *dir;
  GFile *files[5];   /* a, b, a, b, a */
} Files;

static GFile *
write_scenario (const char *dir,
                const char *name,
                const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return g_file_new_for_path (path);
}

static void
files_setup (Files         *files,
             gconstpointer  data)
{
  files->dir = g_dir_make_tmp ("wp-window-compare-XXXXXX", NULL);
  files->files[0] = write_scenario (files->dir, "a.wpscenario",
                                    "[Scenario]\nFormat=1.0\nName=Today\nSelected=nt4\n"
                                    "[Inputs]\nram=512\n");
  files->files[1] = write_scenario (files->dir, "b.wpscenario",
                                    "[Scenario]\nFormat=1.0\nName=Upgrade\n"
                                    "Selected=win2000\n[Inputs]\nram=1.5G\n");
  for (guint i = 2; i < G_N_ELEMENTS (files->files); i++)
    files->files[i] = g_object_ref (files->files[i % 2]);
}

static void
files_teardown (Files         *files,
                gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (files->files); i++)
    g_object_unref (files->files[i]);
  wp_test_remove_tree (files->dir);
  g_free (files->dir);
}

static guint
count_dialogs (void)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();
  guint count = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    count += WP_IS_COMPARE_DIALOG (l->data);
  return count;
}

/* The action opens a chooser of several files; start-up builds no
 * comparison window. */
static void
test_action (Files        *files,
             gconstpointer data)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (GList) toplevels = NULL;
  GtkFileChooser *chooser = NULL;

  gtk_widget_show (GTK_WIDGET (window));
  wp_test_iterate ();
  g_assert_cmpuint (count_dialogs (), ==, 0);
  g_assert_null (wp_window_get_compare_dialog (window));

  g_action_group_activate_action (G_ACTION_GROUP (window), "compare-scenarios", NULL);
  wp_test_iterate ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      chooser = l->data;
  g_assert_nonnull (chooser);
  g_assert_true (gtk_file_chooser_get_select_multiple (chooser));
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_OPEN);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  wp_test_iterate ();
  g_assert_cmpuint (count_dialogs (), ==, 0);
}

/* A cell's text, or with @markup its label as set (bold: "<b>…</b>"). */
static const char *
cell_text (WpCompareTable *table,
           guint           column,
           WpCompareRow    row,
           gboolean        markup)
{
  GtkLabel *label = wp_compare_table_get_cell (table, column, row + 1);

  g_assert_nonnull (label);
  return markup ? gtk_label_get_label (label) : gtk_label_get_text (label);
}

/* The current inputs and two files: a column each, the current first; RAM
 * (2 GB, 512 MB, 1.5 GB) differs, marked and bold; TIME_WAIT (240 s on
 * every NT version, limits.md) does not. */
static void
test_compare (Files        *files,
              gconstpointer data)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (GError) error = NULL;
  const WpNamedInput *entries;
  GtkWidget *dialog;
  WpCompareTable *table;
  cairo_surface_t *drawn;
  WpChartColor blue = { 0x00 / 255.0, 0x72 / 255.0, 0xB2 / 255.0, 1 }, pixel;
  gboolean found = FALSE;

  gtk_widget_show (GTK_WIDGET (window));
  dialog = wp_window_compare_files (window, files->files, 2, TRUE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dialog);
  wp_test_iterate ();
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_true (wp_window_get_compare_dialog (window) == dialog);
  g_assert_cmpuint (wp_compare_dialog_get_entries (WP_COMPARE_DIALOG (dialog), &entries), ==, 3);
  g_assert_cmpstr (entries[0].name, ==, "Current inputs");
  g_assert_cmpint (entries[0].platform, ==,
                   wp_planner_model_get_selected_platform (wp_window_get_model (window)));
  g_assert_cmpstr (entries[1].name, ==, "Today");
  g_assert_cmpuint (entries[2].input.ram_mb, ==, 1536);

  table = WP_COMPARE_TABLE (wp_compare_dialog_get_table (WP_COMPARE_DIALOG (dialog)));
  g_assert_cmpstr (cell_text (table, 0, WP_COMPARE_ROW_RAM, FALSE), ==, WP_COMPARE_DIFFERS_MARK);
  g_assert_cmpstr (cell_text (table, 3, WP_COMPARE_ROW_RAM, TRUE), ==, "<b>512\u00a0MB</b>");
  g_assert_cmpstr (cell_text (table, 0, WP_COMPARE_ROW_TIME_WAIT, FALSE), ==, "");
  g_assert_cmpstr (cell_text (table, 3, WP_COMPARE_ROW_TIME_WAIT, TRUE), ==, "240\u00a0s");
  g_assert_nonnull (strstr (gtk_label_get_text (wp_compare_table_get_cell (table, 3, 0)),
                            "Today"));

  /* A screen reader hears what the legend says. */
  {
    AtkObject *accessible = gtk_widget_get_accessible (
      wp_compare_dialog_get_chart (WP_COMPARE_DIALOG (dialog)));

    g_assert_true (g_str_has_prefix (atk_object_get_name (accessible), "Scenarios compared"));
    g_assert_nonnull (strstr (atk_object_get_description (accessible), "Today: Windows NT 4.0"));
  }

  /* The chart draws the first scenario's line, in its blue. */
  drawn = wp_test_draw_widget (wp_compare_dialog_get_chart (WP_COMPARE_DIALOG (dialog)));
  for (int y = 0; y < cairo_image_surface_get_height (drawn) && !found; y += 1)
    for (int x = 0; x < cairo_image_surface_get_width (drawn) && !found; x += 1)
      {
        wp_test_pixel_at (drawn, x, y, &pixel);
        found = fabs (pixel.red - blue.red) < 0.02 && fabs (pixel.green - blue.green) < 0.02 &&
                fabs (pixel.blue - blue.blue) < 0.02;
      }
  cairo_surface_destroy (drawn);
  g_assert_true (found);

  /* Escape closes it; the next comparison builds it again. */
  wp_test_send_key (dialog, GDK_KEY_Escape);
  wp_test_iterate ();
  g_assert_null (wp_window_get_compare_dialog (window));
  g_assert_cmpuint (count_dialogs (), ==, 0);
}

/* The current inputs after an import bring its connections along: a
 * "Measured connections" row, "—" for the files without one; none before. */
static void
test_measured (Files        *files,
               gconstpointer data)
{
  static const char netstat[] =
    "  TCP    10.0.0.5:1030    10.0.0.9:443   ESTABLISHED   8\n"
    "  TCP    10.0.0.5:1031    10.0.0.9:443   TIME_WAIT     0\n"
    "  TCP    10.0.0.5:1032    10.0.0.9:443   TIME_WAIT     0\n";
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (WpImport) import = wp_import_new ();
  g_autoptr (WpMeasurement) measurement = NULL;
  g_autoptr (GError) error = NULL;
  const WpNamedInput *entries;
  GtkWidget *dialog;
  WpCompareTable *table;

  gtk_widget_show (GTK_WIDGET (window));
  dialog = wp_window_compare_files (window, files->files, 2, TRUE, &error);
  g_assert_no_error (error);
  table = WP_COMPARE_TABLE (wp_compare_dialog_get_table (WP_COMPARE_DIALOG (dialog)));
  g_assert_null (wp_compare_table_get_cell (table, 1, WP_COMPARE_ROW_MEASURED + 1));
  gtk_widget_destroy (dialog);
  wp_test_iterate ();

  wp_import_feed (import, (const guint8 *) netstat, strlen (netstat));
  measurement = wp_import_take_measurement (import);
  wp_planner_model_set_measurement (wp_window_get_model (window), measurement);
  dialog = wp_window_compare_files (window, files->files, 2, TRUE, &error);
  g_assert_no_error (error);
  wp_test_iterate ();
  g_assert_cmpuint (wp_compare_dialog_get_entries (WP_COMPARE_DIALOG (dialog), &entries), ==, 3);
  g_assert_true (entries[0].measured);
  g_assert_cmpuint (entries[0].measured_connections, ==, 3);   /* the three lines */
  g_assert_false (entries[1].measured);
  table = WP_COMPARE_TABLE (wp_compare_dialog_get_table (WP_COMPARE_DIALOG (dialog)));
  g_assert_cmpstr (cell_text (table, 1, WP_COMPARE_ROW_MEASURED, FALSE), ==,
                   "Measured connections");
  g_assert_cmpstr (cell_text (table, 0, WP_COMPARE_ROW_MEASURED, FALSE), ==,
                   WP_COMPARE_DIFFERS_MARK);
  g_assert_cmpstr (cell_text (table, 2, WP_COMPARE_ROW_MEASURED, FALSE), ==, "3");
  g_assert_cmpstr (cell_text (table, 3, WP_COMPARE_ROW_MEASURED, FALSE), ==, "—");
  gtk_widget_destroy (dialog);
  wp_test_iterate ();
}

/* One or five scenarios, or a file that does not open: refused with one
 * message, the comparison shown before unchanged. */
static void
test_refused (Files        *files,
              gconstpointer data)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (GFile) missing = g_file_new_build_filename (files->dir, "none.wpscenario", NULL);
  GFile *with_missing[] = { files->files[0], missing };
  GError *error = NULL;
  GtkWidget *dialog;

  g_assert_null (wp_window_compare_files (window, files->files, 5, FALSE, &error));
  g_assert_nonnull (strstr (error->message, "5 scenarios were chosen: choose 2 to 4"));
  g_clear_error (&error);
  g_assert_null (wp_window_compare_files (window, files->files, 4, TRUE, &error));
  g_assert_nonnull (strstr (error->message, "5 scenarios were chosen"));
  g_clear_error (&error);
  g_assert_null (wp_window_compare_files (window, files->files, 1, FALSE, &error));
  g_assert_nonnull (strstr (error->message, "1 scenario was chosen"));
  g_clear_error (&error);
  g_assert_cmpuint (count_dialogs (), ==, 0);

  dialog = wp_window_compare_files (window, files->files, 2, FALSE, &error);
  g_assert_no_error (error);
  g_assert_null (wp_window_compare_files (window, with_missing, 2, TRUE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (wp_compare_dialog_get_entries (WP_COMPARE_DIALOG (dialog), NULL), ==, 2);
}

/* Export: the comparison chart with the window's export choices. */
static void
test_export (Files        *files,
             gconstpointer data)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) svg = g_file_new_build_filename (files->dir, "compared.svg", NULL);
  g_autofree char *contents = NULL;
  const WpNamedInput *entries;
  GtkWidget *dialog = wp_window_compare_files (window, files->files, 2, FALSE, &error);
  guint n = wp_compare_dialog_get_entries (WP_COMPARE_DIALOG (dialog), &entries);

  g_assert_true (wp_window_save_comparison (window, svg, entries, n, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (svg, NULL, &contents, NULL, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<title>Scenarios compared"));
  g_assert_nonnull (strstr (contents, "Today, Upgrade"));
}

static gboolean
folder_is (GtkFileChooser *chooser,
           const char     *dir)
{
  g_autofree char *folder = gtk_file_chooser_get_current_folder (chooser);

  return g_strcmp0 (folder, dir) == 0;
}

/* Export Report: the button's chooser offers the paper (A4 in C.UTF-8,
 * then Letter as chosen); saving writes the comparison on it, with each
 * scenario's name. */
static void
test_report (Files        *files,
             gconstpointer data)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (files->dir, "compared.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  GtkWidget *dialog, *button;
  GtkFileChooser *chooser;
  gsize length = 0;

  gtk_widget_show (GTK_WIDGET (window));
  dialog = wp_window_compare_files (window, files->files, 2, FALSE, &error);
  g_assert_no_error (error);
  wp_test_iterate ();
  button = GTK_WIDGET (gtk_widget_get_template_child (dialog, WP_TYPE_COMPARE_DIALOG,
                                                      "report_button"));
  g_assert_true (GTK_IS_BUTTON (button));
  gtk_button_clicked (GTK_BUTTON (button));
  wp_test_iterate ();
  chooser = GTK_FILE_CHOOSER (wp_test_find_chooser (window));
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, "scenarios-compared.pdf");
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "paper"), ==, "a4");
  gtk_file_chooser_set_choice (chooser, "paper", "letter");
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, files->dir));
  /* The chooser changes folders asynchronously. */
  for (guint i = 0; i < 100 && !folder_is (chooser, files->dir); i++)
    wp_test_iterate_for (20);
  g_assert_true (folder_is (chooser, files->dir));
  gtk_file_chooser_set_current_name (chooser, "compared.pdf");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* The chooser checks the name asynchronously before it answers. */
  for (guint i = 0; i < 100 && !g_file_test (path, G_FILE_TEST_EXISTS); i++)
    wp_test_iterate_for (20);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (gsize i = 0; i < length; i++)
    contents[i] = contents[i] == '\0' ? ' ' : contents[i];
  g_assert_nonnull (strstr (contents, "/MediaBox [ 0 0 612 792 ]"));
  g_assert_nonnull (strstr (contents, "Scenarios compared"));   /* the PDF's title */
}

int
main (int argc, char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  g_test_add ("/window/compare/action", Files, NULL, files_setup, test_action, files_teardown);
  g_test_add ("/window/compare/files", Files, NULL, files_setup, test_compare, files_teardown);
  g_test_add ("/window/compare/refused", Files, NULL, files_setup, test_refused, files_teardown);
  g_test_add ("/window/compare/measured", Files, NULL, files_setup, test_measured,
              files_teardown);
  g_test_add ("/window/compare/export", Files, NULL, files_setup, test_export, files_teardown);
  g_test_add ("/window/compare/report", Files, NULL, files_setup, test_report, files_teardown);
  return g_test_run ();
}
