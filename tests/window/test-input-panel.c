/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sidebar as a person uses it (issue 14): the mouse wheel over a
 * slider, spin button or combo box without the keyboard focus scrolls the
 * panel and changes no figure, with the focus it changes the value; a RAM
 * typed in is taken over the command line's whole range; the window's
 * first focus selects no text. */
#include "config.h"

#include <gtk/gtk.h>

#include "app/wp-window.h"
#include "app/wp-readout-label.h"
#include "wp-test-gtk.h"

static void
send_wheel (GtkWidget          *widget,
            GdkScrollDirection  direction)
{
  GdkSeat *seat = gdk_display_get_default_seat (gdk_display_get_default ());
  GdkEvent *event = gdk_event_new (GDK_SCROLL);

  event->scroll.window = g_object_ref (gtk_widget_get_window (widget));
  event->scroll.direction = direction;
  gdk_event_set_device (event, gdk_seat_get_pointer (seat));
  gtk_widget_event (widget, event);
  gdk_event_free (event);
  wp_test_iterate ();
}

/* A window short enough for its sidebar to scroll. */
static WpWindow *
short_window (void)
{
  WpWindow *window = g_object_ref_sink (g_object_new (WP_TYPE_WINDOW, NULL));

  gtk_window_resize (GTK_WINDOW (window), 1100, 480);
  gtk_widget_show (GTK_WIDGET (window));
  wp_test_iterate_for (200);
  return window;
}

static void
test_unfocused (void)
{
  g_autoptr (WpWindowTest) window = short_window ();
  WpPlannerModel *model = wp_window_get_model (window);
  GtkAdjustment *scroll = gtk_scrolled_window_get_vadjustment (wp_test_child (window, "controls_scroller"));
  static const char * const controls[] = {
    "ram_scale", "ram_spin", "max_user_port_scale", "max_user_port_spin",
    "max_connections_spin", "platform_combo",
  };
  guint64 ram = wp_planner_model_get_ram_mb (model);
  guint max_user_port = wp_planner_model_get_max_user_port (model);
  guint max_connections = wp_planner_model_get_max_connections (model);
  WpPlatform platform = wp_planner_model_get_selected_platform (model);

  g_assert_cmpfloat (gtk_adjustment_get_upper (scroll) - gtk_adjustment_get_page_size (scroll),
                     >, 0);

  for (gsize i = 0; i < G_N_ELEMENTS (controls); i++)
    {
      GtkWidget *control = wp_test_child (window, controls[i]);

      g_test_message ("%s", controls[i]);
      gtk_window_set_focus (GTK_WINDOW (window), NULL);
      gtk_adjustment_set_value (scroll, gtk_adjustment_get_lower (scroll));
      send_wheel (control, GDK_SCROLL_DOWN);
      send_wheel (control, GDK_SCROLL_DOWN);

      /* The panel scrolled, and no figure moved. */
      g_assert_cmpfloat (gtk_adjustment_get_value (scroll), >, gtk_adjustment_get_lower (scroll));
      g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, ram);
      g_assert_cmpuint (wp_planner_model_get_max_user_port (model), ==, max_user_port);
      g_assert_cmpuint (wp_planner_model_get_max_connections (model), ==, max_connections);
      g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, platform);
    }
}

static void
test_focused (void)
{
  g_autoptr (WpWindowTest) window = short_window ();
  WpPlannerModel *model = wp_window_get_model (window);
  GtkWidget *spin = wp_test_child (window, "max_connections_spin");
  guint max_connections = wp_planner_model_get_max_connections (model);

  gtk_widget_grab_focus (spin);
  send_wheel (spin, GDK_SCROLL_UP);
  g_assert_cmpuint (wp_planner_model_get_max_connections (model), >, max_connections);
}

/* Right to left as left to right: the summary's sentences are selectable
 * but never take the window's first focus, which would select their whole
 * text (issue 14, defect 14). */
static void
test_summary_not_selected (void)
{
  g_autoptr (WpWindowTest) window = NULL;
  static const char * const labels[] = { "server_readout", "client_readout" };

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  window = short_window ();
  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      WpReadoutLabel *label = wp_test_child (window, labels[i]);
      int start, end;

      g_test_message ("%s", labels[i]);
      g_assert_false (gtk_widget_get_can_focus (GTK_WIDGET (label)));
      g_assert_false (wp_readout_label_get_selection_bounds (label, NULL, NULL));
      /* A double click selects a word of it: the first, "Windows" or "Clients" */
      wp_test_double_click (GTK_WIDGET (label), 3, 3);
      g_assert_true (wp_readout_label_get_selection_bounds (label, &start, &end));
      g_assert_cmpint (start, ==, 0);
      g_assert_cmpint (end, ==, 7);
    }
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
type_into (GtkSpinButton *spin,
           const char    *text)
{
  gtk_entry_set_text (GTK_ENTRY (spin), text);
  gtk_spin_button_update (spin);
  wp_test_iterate ();
}

/* Beyond the slider's first 4 GB, as on the command line: the slider
 * widens rather than the value being clamped or dropped. */
static void
test_ram_typed (void)
{
  static const struct
  {
    const char *text;
    guint64     mb;
  } cases[] = {
    { "8192", 8192 },
    { "1.5G", 1536 },                       /* 1.5 * 1024 */
    { "64 GB", 64 * 1024 },
    { "16T", 16ull * 1024 * 1024 },         /* the command line's end */
    { "1", 1 },
  };
  g_autoptr (WpWindowTest) window = short_window ();
  WpPlannerModel *model = wp_window_get_model (window);
  GtkSpinButton *spin = wp_test_child (window, "ram_spin");

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("“%s”", cases[i].text);
      type_into (spin, cases[i].text);
      g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, cases[i].mb);
    }

  /* Past 16 TB, or no size: refused, the value kept. */
  type_into (spin, "17T");
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 1);
  type_into (spin, "abc");
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 1);
}

static GtkLabel *
input_error (GtkSpinButton *spin)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (spin), "wp-input-error");

  g_assert_nonnull (label);
  return label;
}

/* Bad text gets one clear message under its spin button and changes
 * nothing; the next value taken, typed or slid, answers it. */
static void
test_typed_error (void)
{
  g_autoptr (WpWindowTest) window = short_window ();
  WpPlannerModel *model = wp_window_get_model (window);
  GtkSpinButton *ram = wp_test_child (window, "ram_spin");
  GtkSpinButton *port = wp_test_child (window, "max_user_port_spin");

  /* The tests before stored other values (in memory). */
  wp_planner_model_set_ram_mb (model, 2048);
  wp_planner_model_set_max_user_port (model, 5000);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (input_error (ram))));

  type_into (ram, "abc");
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 2048);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (input_error (ram))));
  g_assert_cmpstr (gtk_label_get_text (input_error (ram)), ==, "“abc” is not a number");

  type_into (ram, "1536K");
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 2048);
  g_assert_cmpstr (gtk_label_get_text (input_error (ram)), ==,
                   "“1536K” is not a whole number of megabytes");

  type_into (ram, "1G");
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 1024);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (input_error (ram))));

  type_into (port, "70000");
  g_assert_cmpuint (wp_planner_model_get_max_user_port (model), ==, 5000);
  g_assert_cmpstr (gtk_label_get_text (input_error (port)), ==,
                   "70000 is out of range: valid values are 5000 to 65534");
  wp_planner_model_set_max_user_port (model, 6000);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (input_error (port))));
}

/* The headings beside the values keep their place while the values change
 * (issue 14: nothing jumps while a slider moves). */
static void
test_no_jumps (void)
{
  static const char * const headings[] = { "ram_label", "max_user_port_label", "time_wait_label" };
  g_autoptr (WpWindowTest) window = short_window ();
  WpPlannerModel *model = wp_window_get_model (window);
  GtkAllocation before[G_N_ELEMENTS (headings)];

  wp_planner_model_set_ram_mb (model, 2048);
  wp_planner_model_set_max_user_port (model, 5000);
  wp_planner_model_set_time_wait_delay (model, 30);
  wp_test_iterate_for (100);
  for (gsize i = 0; i < G_N_ELEMENTS (headings); i++)
    gtk_widget_get_allocation (wp_test_child (window, headings[i]), &before[i]);

  wp_planner_model_set_ram_mb (model, 2047);
  wp_planner_model_set_max_user_port (model, 65534);
  wp_planner_model_set_time_wait_delay (model, 300);
  wp_test_iterate_for (100);
  for (gsize i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      GtkAllocation after;

      gtk_widget_get_allocation (wp_test_child (window, headings[i]), &after);
      g_test_message ("%s", headings[i]);
      g_assert_cmpint (after.width, ==, before[i].width);
      g_assert_cmpint (after.height, ==, before[i].height);
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  g_test_add_func ("/window/wheel/unfocused", test_unfocused);
  g_test_add_func ("/window/wheel/focused", test_focused);
  g_test_add_func ("/window/summary/not-selected", test_summary_not_selected);
  g_test_add_func ("/window/input/ram-typed", test_ram_typed);
  g_test_add_func ("/window/input/typed-error", test_typed_error);
  g_test_add_func ("/window/input/no-jumps", test_no_jumps);

  return g_test_run ();
}
