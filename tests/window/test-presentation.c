/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Presentation mode under Xvfb (1920×1080, no window manager: full screen
 * is asked for but never granted, so the tests look at the action's state
 * and at which parts are shown): the view is built when first entered,
 * hides the sidebar, the table and the header bar, and its chart fills the
 * window; Esc leaves; Page Up/Down switch the version, the arrows step the
 * RAM; the large numbers are the readouts' and at least 28 px; the
 * controls wait for the pointer. */
#include "config.h"

#include <gtk/gtk.h>

#include "app/wp-window.h"
#include "chart/wp-chart.h"
#include "report/wp-readout.h"
#include "ui/wp-resources.h"
#include "wp-test-gtk.h"

/* The projector's smallest text (issue 14), in pixels at 1080p. */
#define PROJECTOR_MIN_PX 28.0

static const char * const figure_names[WP_READOUT_N_FIGURES] = {
  [WP_READOUT_FIGURE_SERVER] = "server_value",
  [WP_READOUT_FIGURE_THEORETICAL] = "theoretical_value",
  [WP_READOUT_FIGURE_CLIENTS] = "clients_value",
  [WP_READOUT_FIGURE_RATE] = "rate_value",
};

/* Helpers */

/* A 1920×1080 window on the defaults, shown. */
static WpWindow *
window_new (void)
{
  wp_test_reset_settings ();
  return wp_test_window_shown (1920, 1080);
}

static gboolean
presenting (WpWindow *window)
{
  g_autoptr (GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window),
                                                                "presentation");

  return g_variant_get_boolean (state);
}

/* What F11 does (its accelerator is the application's: test-application). */
static void
enter (WpWindow *window)
{
  g_action_group_activate_action (G_ACTION_GROUP (window), "presentation", NULL);
  wp_test_iterate_for (100);
}

static GtkWidget *
presentation_of (WpWindow *window)
{
  GtkWidget *w = wp_test_child (window, "heading");

  while (w != NULL && !g_str_equal (G_OBJECT_TYPE_NAME (w), "WpPresentation"))
    w = gtk_widget_get_parent (w);
  g_assert_nonnull (w);
  return w;
}

static GtkWidget *
first_child (gpointer container)
{
  g_autoptr (GList) children = gtk_container_get_children (GTK_CONTAINER (container));

  g_assert_nonnull (children);
  return children->data;
}

/* The view's chart (the window's chart_box is another). */
static GtkWidget *
presentation_chart (WpWindow *window)
{
  GtkWidget *view = presentation_of (window);
  GtkWidget *chart = first_child (gtk_widget_get_template_child (view, G_OBJECT_TYPE (view),
                                                                 "chart_box"));

  g_assert_true (WP_IS_CHART (chart));
  return chart;
}

/* The header bar's button for presentation mode. */
static GtkWidget *
presentation_button (WpWindow *window)
{
  g_autoptr (GList) children =
    gtk_container_get_children (GTK_CONTAINER (gtk_window_get_titlebar (GTK_WINDOW (window))));

  for (GList *l = children; l != NULL; l = l->next)
    if (GTK_IS_ACTIONABLE (l->data) &&
        g_strcmp0 (gtk_actionable_get_action_name (l->data), "win.presentation") == 0)
      return l->data;

  g_assert_not_reached ();
}

/* The smallest text a label shows, in pixels: each run's font as Pango
 * shapes it (the CSS size, and the half size of the words around a
 * number). */
static double
smallest_text_px (GtkLabel *label)
{
  PangoLayoutIter *iter = pango_layout_get_iter (gtk_label_get_layout (label));
  double smallest = G_MAXDOUBLE;

  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      PangoFontDescription *font;

      if (run == NULL)
        continue;
      font = pango_font_describe_with_absolute_size (run->item->analysis.font);
      smallest = MIN (smallest, pango_font_description_get_size (font) / (double) PANGO_SCALE);
      pango_font_description_free (font);
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);

  return smallest;
}

/* Each large number is the readouts' figure of the selected version. */
static void
assert_figures (WpWindow *window)
{
  WpPlannerModel *model = wp_window_get_model (window);
  WpLimits limits;

  wp_planner_model_get_limits (model, wp_planner_model_get_selected_platform (model), &limits);
  for (guint i = 0; i < WP_READOUT_N_FIGURES; i++)
    {
      g_autofree char *figure = wp_readout_figure (&limits, i);

      g_assert_cmpstr (gtk_label_get_text (wp_test_child (window, figure_names[i])), ==, figure);
    }
}

/* Tests */

/* Built when first entered; the planner's parts hidden, the chart filling
 * the window; Esc leaves and the planner is back as it was. */
static void
test_enter_leave (void)
{
  g_autoptr (WpWindowTest) window = window_new ();
  GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));
  GtkWidget *chart;
  GtkAllocation area, allocation;
  g_autofree char *tooltip = NULL;

  g_assert_false (presenting (window));
  g_assert_null (wp_test_window_child (window, "heading"));
  g_assert_true (gtk_widget_is_drawable (wp_test_child (window, "controls_scroller")));

  enter (window);
  g_assert_true (presenting (window));
  g_assert_false (gtk_widget_get_visible (titlebar));
  g_assert_false (gtk_widget_is_drawable (wp_test_child (window, "controls_scroller")));
  g_assert_false (gtk_widget_is_drawable (wp_test_child (window, "notebook")));
  g_assert_false (gtk_widget_is_drawable (wp_test_child (window, "server_readout")));
  chart = presentation_chart (window);
  g_assert_true (gtk_widget_is_drawable (chart));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == chart);

  /* The chart spans the window but for the view's margins, and takes
   * more than half of its height (the figures have the rest). */
  gtk_widget_get_allocation (GTK_WIDGET (window), &area);
  gtk_widget_get_allocation (chart, &allocation);
  g_test_message ("window %d×%d, chart %d×%d", area.width, area.height,
                  allocation.width, allocation.height);
  g_assert_cmpint (allocation.width, >=, area.width - 2 * 48);
  g_assert_cmpint (allocation.height, >=, area.height / 2);

  wp_test_send_key (GTK_WIDGET (window), GDK_KEY_Escape);
  wp_test_iterate_for (100);
  g_assert_false (presenting (window));
  g_assert_true (gtk_widget_get_visible (titlebar));
  g_assert_true (gtk_widget_is_drawable (wp_test_child (window, "controls_scroller")));
  g_assert_true (gtk_widget_is_drawable (wp_test_child (window, "notebook")));
  g_assert_false (gtk_widget_is_drawable (chart));

  /* Esc outside presentation mode does not enter it; the header bar's
   * button shows the view built the first time. */
  wp_test_send_key (GTK_WIDGET (window), GDK_KEY_Escape);
  g_assert_false (presenting (window));
  tooltip = gtk_widget_get_tooltip_text (presentation_button (window));
  g_assert_cmpstr (tooltip, ==, "Presentation Mode (F11)");
  gtk_button_clicked (GTK_BUTTON (presentation_button (window)));
  wp_test_iterate_for (100);
  g_assert_true (presenting (window));
  g_assert_true (presentation_chart (window) == chart);
  g_assert_true (gtk_widget_is_drawable (chart));
}

/* Page Down and Page Up: the next and previous version among those drawn
 * (enum order, as in the table), staying at the ends; the arrows step the
 * RAM as on the window's chart. */
static void
test_keys (void)
{
  g_autoptr (WpWindowTest) window = window_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  GtkWidget *widget = GTK_WIDGET (window);

  wp_planner_model_set_visible_platforms (model, WP_PLATFORMS_SOURCE & ~WP_PLATFORM_BIT (WP_PLATFORM_WINXP));
  enter (window);
  g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_PLATFORM_WIN2000);

  wp_test_send_key (widget, GDK_KEY_Page_Down);  /* XP is not drawn */
  g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_PLATFORM_WIN2003);
  assert_figures (window);
  wp_test_send_key (widget, GDK_KEY_Page_Down);  /* the last */
  g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_PLATFORM_WIN2003);
  wp_test_send_key (widget, GDK_KEY_Page_Up);
  g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_PLATFORM_WIN2000);
  wp_test_send_key (widget, GDK_KEY_Page_Up);
  g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_PLATFORM_NT4);
  assert_figures (window);
  g_assert_cmpuint (wp_planner_model_get_visible_platforms (model), ==,
                    WP_PLATFORMS_SOURCE & ~WP_PLATFORM_BIT (WP_PLATFORM_WINXP));

  /* Right, then Left: up a step from 2 GB and back (the chart's own
   * stepping, tested in test-chart-widget). */
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 2048);
  wp_test_send_key (widget, GDK_KEY_Right);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), >, 2048);
  assert_figures (window);
  wp_test_send_key (widget, GDK_KEY_Left);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 2048);
  wp_test_send_key (widget, GDK_KEY_Down);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), <, 2048);
  wp_test_send_key (widget, GDK_KEY_Up);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (model), ==, 2048);
}

/* The large numbers and their titles are the readouts', for each version,
 * and follow the model. */
static void
test_figures (void)
{
  g_autoptr (WpWindowTest) window = window_new ();
  WpPlannerModel *model = wp_window_get_model (window);

  enter (window);
  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    {
      wp_planner_model_set_selected_platform (model, p);
      assert_figures (window);
    }
  wp_planner_model_set_ram_mb (model, 512);
  wp_planner_model_set_socketwrench_legacy (model, TRUE);
  assert_figures (window);
  g_assert_cmpstr (gtk_label_get_text (wp_test_child (window, "rate_title")), ==,
                   wp_readout_figure_title (WP_READOUT_FIGURE_RATE));
  g_assert_cmpstr (gtk_label_get_text (wp_test_child (window, "server_title")), ==,
                   wp_readout_figure_title (WP_READOUT_FIGURE_SERVER));
}

/* With the application's style sheet: every text of the view at least
 * 28 px on the 1920×1080 screen, the numbers twice that; the chart's
 * text larger than in the window. */
static void
test_text_size (void)
{
  g_autoptr (WpWindowTest) window = window_new ();
  g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();
  static const char * const texts[] = {
    "heading", "server_title", "theoretical_title", "clients_title", "rate_title",
  };
  PangoFontDescription *window_font = NULL, *chart_font = NULL;
  GtkWidget *window_chart;
  GdkRectangle screen;

  gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_screen (gdk_screen_get_default (), GTK_STYLE_PROVIDER (css),
                                             GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  enter (window);
  gdk_monitor_get_geometry (gdk_display_get_monitor (gdk_display_get_default (), 0), &screen);
  g_assert_cmpint (screen.height, ==, 1080);

  for (guint i = 0; i < WP_READOUT_N_FIGURES; i++)
    {
      GtkLabel *label = wp_test_child (window, figure_names[i]);

      g_test_message ("%s: %s, smallest text %.1f px", figure_names[i],
                      gtk_label_get_text (label), smallest_text_px (label));
      g_assert_cmpfloat (smallest_text_px (label), >=, PROJECTOR_MIN_PX);
    }
  /* "about 16000": the number at twice the words' size. */
  g_assert_cmpfloat (smallest_text_px (wp_test_child (window, "clients_value")), >=, 2 * PROJECTOR_MIN_PX);
  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    g_assert_cmpfloat (smallest_text_px (wp_test_child (window, texts[i])), >=, PROJECTOR_MIN_PX);

  window_chart = first_child (wp_test_child (window, "chart_box"));
  g_assert_true (window_chart != presentation_chart (window));
  gtk_style_context_get (gtk_widget_get_style_context (window_chart), GTK_STATE_FLAG_NORMAL,
                         GTK_STYLE_PROPERTY_FONT, &window_font, NULL);
  gtk_style_context_get (gtk_widget_get_style_context (presentation_chart (window)),
                         GTK_STATE_FLAG_NORMAL, GTK_STYLE_PROPERTY_FONT, &chart_font, NULL);
  g_assert_cmpint (pango_font_description_get_size (chart_font), >,
                   pango_font_description_get_size (window_font));
  pango_font_description_free (window_font);
  pango_font_description_free (chart_font);

  gtk_style_context_remove_provider_for_screen (gdk_screen_get_default (),
                                                GTK_STYLE_PROVIDER (css));
}

/* The controls: hidden on entering, shown when the pointer moves, hidden
 * again after a few seconds; their leave button leaves. */
static void
test_controls (void)
{
  g_autoptr (WpWindowTest) window = window_new ();
  GtkRevealer *revealer;
  GtkWidget *view;
  g_autoptr (GList) buttons = NULL;

  enter (window);
  revealer = wp_test_child (window, "controls_revealer");
  view = presentation_of (window);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  wp_test_send_motion (view, 200, 200);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  wp_test_iterate_for (500);
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  /* Three seconds after the pointer stopped; a slow machine (valgrind,
   * sanitizers) gets more. */
  for (guint i = 0; i < 100 && gtk_revealer_get_reveal_child (revealer); i++)
    wp_test_iterate_for (100);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  /* Previous, next, leave. */
  buttons = gtk_container_get_children (wp_test_child (window, "controls_box"));
  g_assert_cmpuint (g_list_length (buttons), ==, 3);
  gtk_button_clicked (g_list_nth_data (buttons, 1));
  g_assert_cmpint (wp_planner_model_get_selected_platform (wp_window_get_model (window)), ==,
                   WP_PLATFORM_WINXP);
  gtk_button_clicked (g_list_nth_data (buttons, 0));
  g_assert_cmpint (wp_planner_model_get_selected_platform (wp_window_get_model (window)), ==,
                   WP_PLATFORM_WIN2000);
  gtk_button_clicked (g_list_nth_data (buttons, 2));
  g_assert_false (presenting (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* GTK warnings (allocation, size requests) fail the test. */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  g_test_add_func ("/presentation/enter-leave", test_enter_leave);
  g_test_add_func ("/presentation/keys", test_keys);
  g_test_add_func ("/presentation/figures", test_figures);
  g_test_add_func ("/presentation/text-size", test_text_size);
  g_test_add_func ("/presentation/controls", test_controls);

  return g_test_run ();
}
