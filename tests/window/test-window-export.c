/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart export dialog (issue 14, slide-ready export): a slide's size,
 * a text size, light or dark and the source footnote, as the command
 * line's --size, --text-scale, --theme and --no-footnote; the last choices
 * remembered in the settings; the dialog within the screen's work area
 * with its Save button on it (run it under a 1366×768 X server to see the
 * laptop's case). */
#include "config.h"

#include <string.h>
#include <cairo.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "app/wp-window.h"
#include "chart/wp-chart-style.h"
#include "wp-test-gtk.h"

/* The settings, every key back to its default. */
static GSettings *
reset_settings (void)
{
  wp_test_reset_settings ();
  return g_settings_new (APPLICATION_ID);
}

/* The PNG's size and its top left pixel, 0xRRGGBB. */
static guint32
read_png (const char *path,
          int        *width,
          int        *height)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);
  guint32 pixel;

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  *width = cairo_image_surface_get_width (png);
  *height = cairo_image_surface_get_height (png);
  pixel = *(const guint32 *) cairo_image_surface_get_data (png) & 0xffffff;
  cairo_surface_destroy (png);
  return pixel;
}

static guint32
rgb (const WpChartColor *color)
{
  return (guint32) (color->red * 255 + 0.5) << 16 | (guint32) (color->green * 255 + 0.5) << 8 |
         (guint32) (color->blue * 255 + 0.5);
}

/* What the settings hold is what "Export Chart" writes: at first a light
 * 1920×1080 slide, then a dark 1280×720 one. */
static void
test_choices (void)
{
  g_autoptr (GSettings) settings = reset_settings ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wp-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "slide.png", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  WpChartStyle light, dark;
  int width, height;

  g_assert_no_error (error);
  wp_chart_style_init (&light, FALSE);
  wp_chart_style_init (&dark, TRUE);

  {
    g_autoptr (WpWindowTest) window = wp_test_window_reopen ();

    g_assert_true (wp_window_save_chart (window, file, &error));
    g_assert_no_error (error);
    g_assert_cmphex (read_png (path, &width, &height), ==, rgb (&light.background));
    g_assert_cmpint (width, ==, 1920);
    g_assert_cmpint (height, ==, 1080);
  }

  g_settings_set_string (settings, "export-size", "1280x720");
  g_settings_set_boolean (settings, "export-dark", TRUE);
  g_settings_set_double (settings, "export-text-scale", 1.5);
  {
    g_autoptr (WpWindowTest) window = wp_test_window_reopen ();

    g_assert_true (wp_window_save_chart (window, file, &error));
    g_assert_no_error (error);
    g_assert_cmphex (read_png (path, &width, &height), ==, rgb (&dark.background));
    g_assert_cmpint (width, ==, 1280);
    g_assert_cmpint (height, ==, 720);
  }

  wp_chart_style_clear (&dark);
  wp_chart_style_clear (&light);
  g_object_unref (reset_settings ());
  g_unlink (path);
  g_rmdir (dir);
}

/* The dialog shows the last choices, fits the work area with its Save
 * button on the screen, and what is chosen in it is written and kept. */
static void
test_dialog (void)
{
  g_autoptr (GSettings) settings = reset_settings ();
  g_autoptr (WpWindowTest) window = wp_test_window_reopen ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wp-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "slide.png", NULL);
  GtkWidget *chooser, *save;
  GdkRectangle area, box;
  WpChartStyle dark;
  int width, height, x, y;

  g_assert_no_error (error);
  gtk_widget_show (GTK_WIDGET (window));
  wp_test_iterate_for (200);
  g_action_group_activate_action (G_ACTION_GROUP (window), "export-chart", NULL);
  wp_test_iterate_for (300);

  chooser = wp_test_find_chooser (window);
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "size"), ==,
                   "1920x1080");
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "text-size"), ==,
                   "1");
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "theme"), ==,
                   "light");
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "footnote"), ==,
                   "true");

  /* Within the work area, Save included. */
  gdk_monitor_get_workarea (gdk_display_get_monitor_at_window (gtk_widget_get_display (chooser),
                                                               gtk_widget_get_window (chooser)),
                            &area);
  gtk_window_get_position (GTK_WINDOW (chooser), &x, &y);
  gtk_window_get_size (GTK_WINDOW (chooser), &width, &height);
  g_test_message ("work area %d×%d, dialog %d×%d at %d,%d", area.width, area.height, width,
                  height, x, y);
  g_assert_cmpint (x, >=, area.x);
  g_assert_cmpint (y, >=, area.y);
  g_assert_cmpint (x + width, <=, area.x + area.width);
  g_assert_cmpint (y + height, <=, area.y + area.height);
  save = gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  g_assert_true (gtk_widget_get_mapped (save));
  gtk_widget_get_allocation (save, &box);
  g_assert_true (gtk_widget_translate_coordinates (save, chooser, 0, 0, &box.x, &box.y));
  g_assert_cmpint (box.y, >=, 0);
  g_assert_cmpint (box.y + box.height, <=, height);

  /* A 4:3 slide, large text, dark, no footnote. */
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "size", "1024x768");
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "text-size", "2");
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "theme", "dark");
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "footnote", "false");
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "slide.png");
  wp_test_iterate_for (200);
  gtk_button_clicked (GTK_BUTTON (save));
  for (guint i = 0; i < 100 && !g_file_test (path, G_FILE_TEST_EXISTS); i++)
    wp_test_iterate_for (20);

  wp_chart_style_init (&dark, TRUE);
  g_assert_cmphex (read_png (path, &width, &height), ==, rgb (&dark.background));
  g_assert_cmpint (width, ==, 1024);
  g_assert_cmpint (height, ==, 768);
  wp_chart_style_clear (&dark);
  {
    g_autofree char *size = g_settings_get_string (settings, "export-size");

    g_assert_cmpstr (size, ==, "1024x768");
  }
  g_assert_cmpfloat (g_settings_get_double (settings, "export-text-scale"), ==, 2.0);
  g_assert_true (g_settings_get_boolean (settings, "export-dark"));
  g_assert_false (g_settings_get_boolean (settings, "export-footnote"));

  g_object_unref (reset_settings ());
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  g_test_add_func ("/window/export/choices", test_choices);
  g_test_add_func ("/window/export/dialog", test_dialog);

  return g_test_run ();
}
