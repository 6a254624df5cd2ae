/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpReadoutLabel (src/app/wp-readout-label.c): a new text as high as the
 * old is drawn, not laid out again; a higher one, or a new width after
 * such texts, is; its selection works as a GtkLabel's. */
#include "config.h"

#include <gtk/gtk.h>

#include "app/wp-readout-label.h"
#include "wp-test-gtk.h"

#define WIDTH 300

typedef struct
{
  GtkWidget      *window;
  WpReadoutLabel *label;
  guint           allocations;
  guint           draws;
} Fixture;

static void
count_cb (GtkWidget *widget,
          gpointer   data,
          guint     *count)
{
  (*count)++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  f->window = gtk_window_new (GTK_WINDOW_TOPLEVEL);
  f->label = WP_READOUT_LABEL (wp_readout_label_new ());
  wp_readout_label_set_text (f->label, "Windows 2000 with 2 GB: about 16000 server sockets.");
  gtk_box_pack_start (GTK_BOX (box), GTK_WIDGET (f->label), FALSE, FALSE, 0);
  gtk_container_add (GTK_CONTAINER (f->window), box);
  gtk_window_resize (GTK_WINDOW (f->window), WIDTH, 200);
  gtk_widget_show_all (f->window);
  wp_test_iterate_for (100);
  g_signal_connect (f->label, "size-allocate", G_CALLBACK (count_cb), &f->allocations);
  g_signal_connect (f->label, "draw", G_CALLBACK (count_cb), &f->draws);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_widget_destroy (f->window);
  wp_test_iterate ();
}

static int
preferred_height (WpReadoutLabel *label)
{
  int minimum, natural;

  gtk_widget_get_preferred_height_for_width (GTK_WIDGET (label),
                                             gtk_widget_get_allocated_width (GTK_WIDGET (label)),
                                             &minimum, &natural);
  return minimum;
}

/* A slider's step: another figure, as many lines. */
static void
test_same_height (Fixture       *f,
                  gconstpointer  data)
{
  int height = gtk_widget_get_allocated_height (GTK_WIDGET (f->label));
  guint allocations = f->allocations, draws = f->draws;

  wp_readout_label_set_text (f->label, "Windows 2000 with 1 GB: about 8000 server sockets.");
  wp_test_iterate_for (50);
  g_assert_cmpstr (wp_readout_label_get_text (f->label), ==,
                   "Windows 2000 with 1 GB: about 8000 server sockets.");
  g_assert_cmpuint (f->draws, >, draws);
  g_assert_cmpuint (f->allocations, ==, allocations);
  g_assert_cmpint (gtk_widget_get_allocated_height (GTK_WIDGET (f->label)), ==, height);
}

/* A text of more lines gets the height it needs. */
static void
test_taller (Fixture       *f,
             gconstpointer  data)
{
  int height = gtk_widget_get_allocated_height (GTK_WIDGET (f->label));
  guint allocations = f->allocations;

  wp_readout_label_set_text (f->label, "Windows 2000 with 2 GB: about 16000 server sockets, the "
                             "practical ceiling the source gives this version (about 25000 in "
                             "theory); limited by the non-paged pool, which is at its 256 MB cap.");
  wp_test_iterate_for (50);
  g_assert_cmpuint (f->allocations, >, allocations);
  g_assert_cmpint (gtk_widget_get_allocated_height (GTK_WIDGET (f->label)), >, height);
  g_assert_cmpint (gtk_widget_get_allocated_height (GTK_WIDGET (f->label)), ==,
                   preferred_height (f->label));
}

/* Texts set without a layout leave GTK's heights for other widths stale:
 * a narrower window measures the text it shows, not the first one. */
static void
test_new_width (Fixture       *f,
                gconstpointer  data)
{
  wp_readout_label_set_text (f->label, "Clients: 3976 outgoing connections, one per port.");
  wp_test_iterate_for (50);
  gtk_window_resize (GTK_WINDOW (f->window), WIDTH / 3, 200);
  wp_test_iterate_for (200);
  g_assert_cmpint (gtk_widget_get_allocated_width (GTK_WIDGET (f->label)), <, WIDTH);
  g_assert_cmpint (gtk_widget_get_allocated_height (GTK_WIDGET (f->label)), ==,
                   preferred_height (f->label));
}

/* A drag over the whole text selects it, and a middle click elsewhere
 * pastes it; a double click selects a word, in characters. */
static void
test_selection (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (f->label);
  const char *text = "Größe: 1000 ✓ Sockets";
  g_autofree char *primary = NULL;
  int start, end;

  wp_readout_label_set_text (f->label, text);
  wp_test_iterate_for (50);
  g_assert_false (wp_readout_label_get_selection_bounds (f->label, NULL, NULL));

  wp_test_send_button (widget, GDK_BUTTON_PRESS, GDK_BUTTON_PRIMARY, 0, 2);
  wp_test_send_motion (widget, gtk_widget_get_allocated_width (widget) - 1,
                       gtk_widget_get_allocated_height (widget) - 2);
  wp_test_send_button (widget, GDK_BUTTON_RELEASE, GDK_BUTTON_PRIMARY,
                       gtk_widget_get_allocated_width (widget) - 1,
                       gtk_widget_get_allocated_height (widget) - 2);
  g_assert_true (wp_readout_label_get_selection_bounds (f->label, &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, g_utf8_strlen (text, -1));
  primary = gtk_clipboard_wait_for_text (gtk_widget_get_clipboard (widget, GDK_SELECTION_PRIMARY));
  g_assert_cmpstr (primary, ==, text);

  /* "Größe" is 5 characters (7 bytes) */
  wp_test_double_click (widget, 3, 2);
  g_assert_true (wp_readout_label_get_selection_bounds (f->label, &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, 5);

  wp_readout_label_select_region (f->label, 7, 11);
  g_assert_true (wp_readout_label_get_selection_bounds (f->label, &start, &end));
  g_assert_cmpint (start, ==, 7);
  g_assert_cmpint (end, ==, 11);

  /* A new text, no selection */
  wp_readout_label_set_text (f->label, "Sockets");
  g_assert_false (wp_readout_label_get_selection_bounds (f->label, NULL, NULL));
}

/* The menu of a right click copies the selection; with none, its Copy is
 * not sensitive. */
static void
test_copy (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (f->label);
  GtkClipboard *clipboard = gtk_widget_get_clipboard (widget, GDK_SELECTION_CLIPBOARD);
  g_autofree char *copied = NULL;
  GList *menus, *items;

  gtk_clipboard_set_text (clipboard, "before", -1);
  wp_test_send_button (widget, GDK_BUTTON_PRESS, GDK_BUTTON_SECONDARY, 5, 5);
  menus = gtk_menu_get_for_attach_widget (widget);
  g_assert_nonnull (menus);
  items = gtk_container_get_children (GTK_CONTAINER (menus->data));
  g_assert_cmpuint (g_list_length (items), ==, 2);
  g_assert_false (gtk_widget_get_sensitive (items->data));
  g_list_free (items);
  gtk_menu_popdown (menus->data);

  wp_readout_label_select_region (f->label, 0, 7);      /* "Windows" */
  wp_test_send_button (widget, GDK_BUTTON_PRESS, GDK_BUTTON_SECONDARY, 5, 5);
  menus = gtk_menu_get_for_attach_widget (widget);
  items = gtk_container_get_children (GTK_CONTAINER (menus->data));
  g_assert_true (gtk_widget_get_sensitive (items->data));
  gtk_menu_item_activate (items->data);
  g_list_free (items);
  gtk_menu_popdown (menus->data);
  copied = gtk_clipboard_wait_for_text (clipboard);
  g_assert_cmpstr (copied, ==, "Windows");
}

/* A screen reader reads a label whose name is the text, kept up to date. */
static void
test_accessible (Fixture       *f,
                 gconstpointer  data)
{
  AtkObject *accessible = gtk_widget_get_accessible (GTK_WIDGET (f->label));

  g_assert_cmpint (atk_object_get_role (accessible), ==, ATK_ROLE_LABEL);
  g_assert_cmpstr (atk_object_get_name (accessible), ==,
                   "Windows 2000 with 2 GB: about 16000 server sockets.");
  wp_readout_label_set_text (f->label, "Windows XP with 1 GB: about 8000 server sockets.");
  g_assert_cmpstr (atk_object_get_name (accessible), ==,
                   "Windows XP with 1 GB: about 8000 server sockets.");
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/readout-label/same-height", Fixture, NULL, fixture_set_up, test_same_height,
              fixture_tear_down);
  g_test_add ("/readout-label/taller", Fixture, NULL, fixture_set_up, test_taller,
              fixture_tear_down);
  g_test_add ("/readout-label/new-width", Fixture, NULL, fixture_set_up, test_new_width,
              fixture_tear_down);
  g_test_add ("/readout-label/selection", Fixture, NULL, fixture_set_up, test_selection,
              fixture_tear_down);
  g_test_add ("/readout-label/copy", Fixture, NULL, fixture_set_up, test_copy,
              fixture_tear_down);
  g_test_add ("/readout-label/accessible", Fixture, NULL, fixture_set_up, test_accessible,
              fixture_tear_down);

  return g_test_run ();
}
