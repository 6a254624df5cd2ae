/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window in German under Xvfb: every label, button, column, tab,
 * tooltip, accessible name and menu item is the German catalogue's (none
 * is left in English), numbers are grouped the German way, nothing is cut
 * off at the window's minimum size, and a right-to-left run mirrors the
 * layout without a warning. */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <gtk/gtk.h>

#include "app/wp-i18n.h"
#include "app/wp-window.h"
#include "chart/wp-chart-memory.h"
#include "wp-test-catalogue.h"
#include "wp-test-gtk.h"

#define LANGUAGE "de"
#define LOCALE   "de_DE.UTF-8"

static gboolean have_display;
static gboolean have_locale;

/* The German catalogue, as sets of the texts a widget shows. */
static GHashTable *english_texts;   /* msgids whose German differs */
static GHashTable *german_texts;    /* their translations */

/* ---- helpers ---- */

static gboolean
can_run (void)
{
  if (!have_display)
    g_test_skip ("no display: run under xvfb-run (./dev test does)");
  else if (!have_locale)
    g_test_skip ("the " LOCALE " locale is not generated (./dev test generates it)");
  return have_display && have_locale;
}

static void
add_forms (GHashTable  *set,
           char       **forms)
{
  for (guint i = 0; forms[i] != NULL; i++)
    g_hash_table_add (set, wp_test_strip_mnemonic (forms[i]));
}

static void
load_catalogue (void)
{
  g_autoptr (GPtrArray) messages = wp_test_catalogue_load (LANGUAGE);

  english_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  german_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < messages->len; i++)
    {
      const WpTestMessage *message = g_ptr_array_index (messages, i);
      g_autofree char *english = wp_test_strip_mnemonic (message->msgid[0]);
      g_autofree char *german = wp_test_strip_mnemonic (message->msgstr[0]);

      if (message->msgid[0][0] == '\0' || strchr (message->msgid[0], '\004') != NULL)
        continue;
      add_forms (german_texts, message->msgstr);
      /* Names that stay as they are (MaxUserPort, Windows…) say nothing. */
      if (strcmp (english, german) != 0)
        add_forms (english_texts, message->msgid);
    }
}

static WpWindow *
window_new (void)
{
  WpWindow *window = g_object_new (WP_TYPE_WINDOW, NULL);

  g_object_ref_sink (window);
  gtk_widget_show (GTK_WIDGET (window));
  wp_test_iterate_for (400);
  return window;
}

/* Saves what the window shows into the build tree, for a person to look at. */
static void
save_screenshot (WpWindow   *window,
                 const char *name)
{
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr (GdkPixbuf) shot = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "i18n", name, NULL);

  shot = gdk_pixbuf_get_from_window (gtk_widget_get_window (widget), 0, 0,
                                     gtk_widget_get_allocated_width (widget),
                                     gtk_widget_get_allocated_height (widget));
  g_assert_nonnull (shot);
  gdk_pixbuf_save (shot, path, "png", &error, NULL);
  g_assert_no_error (error);
  g_test_message ("screenshot: %s", path);
}

/* One text the window shows, and where. */
typedef struct
{
  char       *text;
  const char *where;
} Shown;

static void
shown_free (gpointer data)
{
  Shown *shown = data;

  g_free (shown->text);
  g_free (shown);
}

static void
add_shown (GPtrArray  *texts,
           const char *text,
           const char *where)
{
  Shown *shown;

  if (text == NULL || *text == '\0')
    return;
  shown = g_new (Shown, 1);
  shown->text = g_strdup (text);
  shown->where = where;
  g_ptr_array_add (texts, shown);
}

static void
collect_menu (GMenuModel *menu,
              GPtrArray  *texts)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr (GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);
      GMenuModel *linked;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        {
          g_autofree char *text = wp_test_strip_mnemonic (label);

          add_shown (texts, text, "menu item");
        }
      while (g_menu_link_iter_get_next (links, NULL, &linked))
        {
          collect_menu (linked, texts);
          g_object_unref (linked);
        }
    }
}

/* Every text of @widget and what it contains, internal children too. */
static void
collect_texts (GtkWidget *widget,
               gpointer   data)
{
  GPtrArray *texts = data;
  AtkObject *accessible = gtk_widget_get_accessible (widget);
  g_autofree char *tooltip = gtk_widget_get_tooltip_text (widget);

  add_shown (texts, tooltip, "tooltip");
  if (accessible != NULL)
    add_shown (texts, atk_object_get_name (accessible), "accessible name");

  if (GTK_IS_LABEL (widget))
    add_shown (texts, gtk_label_get_text (GTK_LABEL (widget)), "label");
  else if (GTK_IS_HEADER_BAR (widget))
    {
      add_shown (texts, gtk_header_bar_get_title (GTK_HEADER_BAR (widget)), "title");
      add_shown (texts, gtk_header_bar_get_subtitle (GTK_HEADER_BAR (widget)), "subtitle");
    }
  else if (GTK_IS_TREE_VIEW (widget))
    {
      for (guint i = 0; i < gtk_tree_view_get_n_columns (GTK_TREE_VIEW (widget)); i++)
        add_shown (texts, gtk_tree_view_column_get_title (
                     gtk_tree_view_get_column (GTK_TREE_VIEW (widget), i)), "column title");
    }
  else if (GTK_IS_MENU_BUTTON (widget) &&
           gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    collect_menu (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), texts);

  if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), collect_texts, texts);
}

static GPtrArray *
window_texts (WpWindow *window)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (shown_free);

  add_shown (texts, gtk_window_get_title (GTK_WINDOW (window)), "window title");
  collect_texts (GTK_WIDGET (window), texts);
  return texts;
}

/* ---- tests ---- */

static void
test_window_german (void)
{
  g_autoptr (WpWindowTest) window = NULL;
  g_autoptr (GPtrArray) texts = NULL;
  g_autoptr (GString) english = g_string_new (NULL);
  guint german = 0;
  gboolean grouped = FALSE;
  gboolean socketwrench = FALSE;

  if (!can_run ())
    return;

  window = window_new ();
  texts = window_texts (window);
  g_assert_cmpuint (texts->len, >, 20);

  for (guint i = 0; i < texts->len; i++)
    {
      const Shown *shown = g_ptr_array_index (texts, i);

      if (g_hash_table_contains (english_texts, shown->text))
        g_string_append_printf (english, "\n  %s: “%s”", shown->where, shown->text);
      if (g_hash_table_contains (german_texts, shown->text))
        german++;
      else
        g_test_message ("not a catalogue text (a figure, a name or a formatted sentence?): %s “%s”",
                        shown->where, shown->text);
      /* The readouts at the defaults: Windows 2000 with 2 GB, 16,000. */
      if (strstr (shown->text, "16.000 Server-Sockets") != NULL)
        grouped = TRUE;
      /* SocketWrench's cap, from the calculator, in German words and digits. */
      if (strcmp (shown->text, "Diese Versionen öffnen höchstens 1.000 Sockets pro Prozess.") == 0)
        socketwrench = TRUE;
    }

  g_test_message ("%u texts, %u of them straight from the German catalogue", texts->len, german);
  if (english->len > 0)
    g_error ("left in English:%s", english->str);
  g_assert_cmpuint (german, >=, 20);
  g_assert_true (grouped);
  g_assert_true (socketwrench);
}

/* The chart's own words, drawn with Pango: title, subtitle, axes. */
static void
test_chart_german (void)
{
  WpLimitsInput input;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (!can_run ())
    return;

  wp_limits_input_init (&input);
  title = wp_chart_title ();
  subtitle = wp_chart_subtitle (&input, WP_PLATFORMS_ALL);

  g_assert_true (g_hash_table_contains (german_texts, title));
  g_assert_true (g_hash_table_contains (german_texts, wp_chart_x_axis_title ()));
  g_assert_true (g_hash_table_contains (german_texts, wp_chart_y_axis_title ()));
  g_assert_true (g_str_has_prefix (subtitle, "Arbeitsspeicher 2\u00a0GB"));
  /* Its figures grouped the German way, as everywhere. */
  g_assert_nonnull (strstr (subtitle, "MaxUserPort 5.000"));
}

/* Whether any part of @widget's allocation is cut off: a label given less
 * than it needs, its text clipped. */
static void
collect_cut_labels (GtkWidget *widget,
                    gpointer   data)
{
  GString *cut = data;

  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      int minimum, natural;

      gtk_widget_get_preferred_width (widget, &minimum, &natural);
      if (gtk_widget_get_allocated_width (widget) < minimum)
        g_string_append_printf (cut, "\n  “%s”: %d px of %d", gtk_label_get_text (GTK_LABEL (widget)),
                                gtk_widget_get_allocated_width (widget), minimum);
    }
  if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), collect_cut_labels, cut);
}

static void
test_window_minimum_size (void)
{
  g_autoptr (WpWindowTest) window = NULL;
  g_autoptr (GString) cut = g_string_new (NULL);
  int width, height;

  if (!can_run ())
    return;

  window = window_new ();
  gtk_window_resize (GTK_WINDOW (window), 1, 1);
  wp_test_iterate_for (600);
  width = gtk_widget_get_allocated_width (GTK_WIDGET (window));
  height = gtk_widget_get_allocated_height (GTK_WIDGET (window));
  g_test_message ("minimum size in German: %d×%d", width, height);
  /* It still fits a small laptop screen. */
  g_assert_cmpint (width, <=, 1024);
  g_assert_cmpint (height, <=, 768);

  collect_cut_labels (GTK_WIDGET (window), cut);

  save_screenshot (window, "window-" LANGUAGE "-minimum.png");

  if (cut->len > 0)
    g_error ("labels cut off at %d×%d:%s", width, height, cut->str);
}

/* The first horizontal GtkPaned: controls on one side, chart on the other. */
static void
find_paned (GtkWidget *widget,
            gpointer   data)
{
  GtkWidget **paned = data;

  if (*paned != NULL)
    return;
  if (GTK_IS_PANED (widget) &&
      gtk_orientable_get_orientation (GTK_ORIENTABLE (widget)) == GTK_ORIENTATION_HORIZONTAL)
    *paned = widget;
  else if (GTK_IS_CONTAINER (widget))
    gtk_container_forall (GTK_CONTAINER (widget), find_paned, paned);
}

/* Where the paned's first child starts, left to right, in the window. */
static int
first_pane_x (WpWindow *window)
{
  GtkWidget *paned = NULL;
  int first_x = 0, second_x = 0;

  find_paned (GTK_WIDGET (window), &paned);
  g_assert_nonnull (paned);
  g_assert_true (gtk_widget_translate_coordinates (gtk_paned_get_child1 (GTK_PANED (paned)),
                                                   GTK_WIDGET (window), 0, 0, &first_x, NULL));
  g_assert_true (gtk_widget_translate_coordinates (gtk_paned_get_child2 (GTK_PANED (paned)),
                                                   GTK_WIDGET (window), 0, 0, &second_x, NULL));
  return first_x - second_x;
}

static void
test_window_rtl (void)
{
  int ltr, rtl;

  if (!can_run ())
    return;

  /* Any warning on the way is fatal (g_test_init). */
  {
    g_autoptr (WpWindowTest) window = window_new ();

    ltr = first_pane_x (window);
  }
  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  {
    g_autoptr (WpWindowTest) window = window_new ();

    rtl = first_pane_x (window);
    gtk_window_resize (GTK_WINDOW (window), 1, 1);
    wp_test_iterate_for (300);
    save_screenshot (window, "window-" LANGUAGE "-rtl.png");
  }
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);

  /* The controls come first: on the left, then on the right. */
  g_assert_cmpint (ltr, <, 0);
  g_assert_cmpint (rtl, >, 0);
}

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", LANGUAGE, TRUE);
  g_setenv ("LC_ALL", LOCALE, TRUE);
  have_locale = setlocale (LC_ALL, LOCALE) != NULL;
  wp_i18n_init ();

  g_test_init (&argc, &argv, NULL);
  have_display = gtk_init_check (&argc, &argv);
  load_catalogue ();

  g_test_add_func ("/i18n/window/german", test_window_german);
  g_test_add_func ("/i18n/window/chart-german", test_chart_german);
  g_test_add_func ("/i18n/window/minimum-size", test_window_minimum_size);
  g_test_add_func ("/i18n/window/rtl", test_window_rtl);

  return g_test_run ();
}
