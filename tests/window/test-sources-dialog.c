/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sources in the window, under a real X server: win.sources opens the
 * dialog (built only then), which shows the selected version's figures and
 * follows the model; every column header of the table names its source. */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "app/wp-sources-dialog.h"
#include "app/wp-window.h"
#include "wp-test-gtk.h"

/* Helpers */

/* The Sources dialogs that exist now. */
static guint
count_dialogs (WpSourcesDialog **out_dialog)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();
  guint count = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (WP_IS_SOURCES_DIALOG (l->data))
      {
        if (out_dialog != NULL)
          *out_dialog = l->data;
        count++;
      }
  return count;
}

static gpointer
dialog_child (WpSourcesDialog *dialog,
              const char      *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                   WP_TYPE_SOURCES_DIALOG, name);

  g_assert_nonnull (object);
  return object;
}

/* The text at @column, @row of the figures grid, or NULL past its rows. */
static const char *
figure_cell (WpSourcesDialog *dialog,
             int              column,
             int              row)
{
  GtkWidget *label = gtk_grid_get_child_at (dialog_child (dialog, "figures_grid"), column, row);

  return label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

static guint
figure_rows (WpSourcesDialog *dialog)
{
  guint rows = 0;

  while (figure_cell (dialog, 0, rows) != NULL)
    rows++;
  return rows;
}

/* Tests */

static void
test_action_opens_dialog (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  WpSourcesDialog *dialog = NULL;
  const char *heading;

  gtk_widget_show (GTK_WIDGET (window));
  wp_test_iterate ();
  /* Start-up does not build it. */
  g_assert_cmpuint (count_dialogs (NULL), ==, 0);

  g_action_group_activate_action (G_ACTION_GROUP (window), "sources", NULL);
  wp_test_iterate ();
  g_assert_cmpuint (count_dialogs (&dialog), ==, 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (wp_sources_dialog_get_model (dialog) == model);

  /* The selected version, Windows 2000 at 2 GB: the pool and the practical
   * estimate give its practical sockets, 2048 / 8 / 64 × 4000. */
  heading = gtk_label_get_text (dialog_child (dialog, "figures_heading"));
  g_assert_true (g_str_has_prefix (heading, "Windows 2000 with 2\u00a0GB of RAM"));
  g_assert_cmpuint (figure_rows (dialog), ==, 8);
  g_assert_cmpstr (figure_cell (dialog, 0, 1), ==, "Practical sockets");
  g_assert_cmpstr (figure_cell (dialog, 1, 1), ==, "16000");
  g_assert_true (g_str_has_prefix (figure_cell (dialog, 2, 1),
                                   "Rules: pool-estimate, practical-estimate\n"
                                   "Documents: Catalyst KB 100072"));

  /* Asking again presents the same dialog. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "sources", NULL);
  wp_test_iterate ();
  g_assert_cmpuint (count_dialogs (NULL), ==, 1);
}

/* The dialog follows the selection and the inputs. */
static void
test_dialog_follows_model (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  WpSourcesDialog *dialog = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (window), "sources", NULL);
  wp_test_iterate ();
  g_assert_cmpuint (count_dialogs (&dialog), ==, 1);

  gtk_combo_box_set_active (GTK_COMBO_BOX (wp_test_window_child (window, "platform_combo")),
                            WP_PLATFORM_NT4);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (dialog_child (dialog, "figures_heading")),
                                   "Windows NT 4.0 with 2\u00a0GB of RAM"));

  wp_planner_model_set_ram_mb (model, 512);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (dialog_child (dialog, "figures_heading")),
                                   "Windows NT 4.0 with 512\u00a0MB of RAM"));
  g_assert_cmpstr (figure_cell (dialog, 1, 1), ==, "4000");   /* 512 / 8 / 64 × 4000 */

  /* Windows 95: MaxConnections instead of the pool, and fewer rows. */
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN95);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (dialog_child (dialog, "figures_heading")),
                                   "Windows 95 with 512\u00a0MB of RAM"));
  g_assert_cmpuint (figure_rows (dialog), ==, 6);
  g_assert_cmpstr (figure_cell (dialog, 0, 0), ==, "MaxConnections");
  g_assert_cmpstr (figure_cell (dialog, 1, 0), ==, "100");
  for (guint row = 0; row < 6; row++)
    if (g_strcmp0 (figure_cell (dialog, 0, row), "Client ports") == 0)
      g_assert_nonnull (strstr (figure_cell (dialog, 2, row), "Microsoft KB 170791"));

  /* It goes with the window. */
  gtk_widget_destroy (GTK_WIDGET (window));
  wp_test_iterate ();
  g_assert_cmpuint (count_dialogs (NULL), ==, 0);
}

/* Every rule, the measured pool sizes and the documents are on the page,
 * and the page fits a 1024×600 screen (it scrolls). */
static void
test_dialog_contents (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  GtkWidget *dialog = wp_sources_dialog_new (NULL, model);
  g_autoptr (GList) documents = NULL;
  GtkRequisition minimum;
  int width, height;

  /* 21 rules and 5 of Vista and later, each an id, a text and a line of documents. */
  g_assert_nonnull (gtk_grid_get_child_at (dialog_child (WP_SOURCES_DIALOG (dialog), "rules_grid"),
                                           0, 2 * (21 + 5 - 1)));
  g_assert_null (gtk_grid_get_child_at (dialog_child (WP_SOURCES_DIALOG (dialog), "rules_grid"),
                                        0, 2 * (21 + 5)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (
                     dialog_child (WP_SOURCES_DIALOG (dialog), "pool_grid"), 2, 2))), ==, "212\u00a0MB");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (
                     dialog_child (WP_SOURCES_DIALOG (dialog), "pool_grid"), 1, 2))), ==, "128\u00a0MB");
  documents = gtk_container_get_children (dialog_child (WP_SOURCES_DIALOG (dialog),
                                                        "documents_box"));
  g_assert_cmpuint (g_list_length (documents), >=, 12);

  gtk_widget_show (dialog);
  wp_test_iterate_for (100);
  gtk_widget_get_preferred_size (dialog, &minimum, NULL);
  gtk_window_get_size (GTK_WINDOW (dialog), &width, &height);
  g_assert_cmpint (minimum.width, <=, 1024);
  g_assert_cmpint (minimum.height, <=, 600);
  g_assert_cmpint (width, <=, 1024);
  g_assert_cmpint (height, <=, 600);

  gtk_widget_destroy (dialog);
  wp_test_iterate ();
}

/* Each titled column header of the comparison table has its source as a
 * tooltip. */
static void
test_column_tooltips (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  GtkTreeView *view = GTK_TREE_VIEW (wp_test_window_child (window, "platform_view"));
  g_autoptr (GList) columns = gtk_tree_view_get_columns (view);
  guint titled = 0;

  for (GList *l = columns; l != NULL; l = l->next)
    {
      const char *title = gtk_tree_view_column_get_title (l->data);
      g_autofree char *tooltip = NULL;

      if (title == NULL || *title == '\0')
        continue;
      titled++;
      tooltip = gtk_widget_get_tooltip_text (gtk_tree_view_column_get_button (l->data));
      g_test_message ("%s: %s", title, tooltip);
      g_assert_nonnull (tooltip);
      g_assert_nonnull (strstr (tooltip, "\nSource"));
    }
  /* 8 figures, the target's verdict and what would pass (shown with a
   * target only, titled always), and the rate's ports in use, headroom and
   * exhaustion (shown with a rate only) */
  g_assert_cmpuint (titled, ==, 8 + 2 + 3);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* GTK warnings (allocation, size requests) fail the test. */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  g_test_add_func ("/window/sources/action", test_action_opens_dialog);
  g_test_add_func ("/window/sources/follows-model", test_dialog_follows_model);
  g_test_add_func ("/window/sources/contents", test_dialog_contents);
  g_test_add_func ("/window/sources/column-tooltips", test_column_tooltips);

  return g_test_run ();
}
