/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include "chart/wp-chart.h"
#include "ui/wp-resources.h"
#include "wp-comparison-table.h"
#include "wp-input-panel.h"
#include "wp-port-range-panel.h"
#include "wp-presentation.h"
#include "wp-registry-page.h"
#include "wp-settings.h"
#include "wp-chart-options.h"
#include "wp-sources-dialog.h"
#include "wp-summary.h"
#include "wp-target-panel.h"
#include "wp-window-private.h"
#include "wp-window-scenario.h"

/* The window holds the model and wires its parts to it: the input panel,
 * the summary, the chart, the comparison table and the registry page,
 * each a widget of its own; presentation mode's view, built when first
 * entered; the remembered size.  The actions on what it shows are in
 * wp-window-actions.c, the save and export flows in wp-window-export.c. */
struct _WpWindow
{
  GtkApplicationWindow parent_instance;

  WpPlannerModel  *model;
  GSettings       *settings;        /* NULL when the schema is missing */
  GtkWidget       *sources_dialog;  /* built when first asked for */

  /* The parts, added from code so the template stays loadable in Glade */
  WpInputPanel      *input_panel;
  WpSummary         *summary;
  WpChart           *chart;
  WpComparisonTable *comparison_table;
  WpRegistryPage    *registry;
  WpPresentation    *presentation;  /* built when first entered */

  /* Template children: the places of the parts */
  GtkWidget       *header_bar;
  GtkMenuButton   *primary_menu_button;
  GtkStack        *view_stack;
  GtkWidget       *controls_scroller;
  GtkBox          *main_box;
  GtkWidget       *import_place;    /* the import bar, from the first import */
  GtkBox          *chart_box;
  GtkNotebook     *notebook;
  GtkBox          *comparison_page;
  GtkWidget       *registry_page;

  /* The size to remember: the last one while not maximized. */
  int              width;
  int              height;
  gboolean         maximized;
  gboolean         fullscreen;
  gboolean         presenting;

  WpExportChoices  export_choices;  /* the chart export's last choices */
};

G_DEFINE_FINAL_TYPE (WpWindow, wp_window, GTK_TYPE_APPLICATION_WINDOW)

/* Helpers */

/* Shrinks a size to the work area of the monitor the window opens on (the
 * primary one): on a 1366×768 laptop the panel must not push the bottom
 * of the window off the screen.  The default size leaves out the header
 * bar and the decoration's shadow, so a tenth of the area stays for them. */
static void
fit_to_workarea (int *width,
                 int *height)
{
  GdkDisplay *display = gdk_display_get_default ();
  GdkMonitor *monitor = NULL;
  GdkRectangle area;

  if (display != NULL)
    monitor = gdk_display_get_primary_monitor (display);
  if (monitor == NULL && display != NULL && gdk_display_get_n_monitors (display) > 0)
    monitor = gdk_display_get_monitor (display, 0);
  if (monitor == NULL)
    return;

  gdk_monitor_get_workarea (monitor, &area);
  *width = MIN (*width, area.width * 9 / 10);
  *height = MIN (*height, area.height * 9 / 10);
}

static void
restore_size (WpWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  self->width = g_settings_get_int (self->settings, "window-width");
  self->height = g_settings_get_int (self->settings, "window-height");
  self->maximized = g_settings_get_boolean (self->settings, "window-maximized");

  width = self->width;
  height = self->height;
  fit_to_workarea (&width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (self->maximized)
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_size (WpWindow *self)
{
  if (self->settings == NULL || self->width <= 0 || self->height <= 0)
    return;

  /* The schema's ranges: a tiny allocation is not worth remembering. */
  g_settings_set_int (self->settings, "window-width", MAX (self->width, 320));
  g_settings_set_int (self->settings, "window-height", MAX (self->height, 240));
  g_settings_set_boolean (self->settings, "window-maximized", self->maximized);
}

/* The parts, in the window's places; each follows the model itself. */
static void
add_parts (WpWindow *self)
{
  self->chart = WP_CHART (wp_chart_new (self->model));
  gtk_widget_set_hexpand (GTK_WIDGET (self->chart), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->chart), TRUE);
  gtk_widget_show (GTK_WIDGET (self->chart));
  gtk_container_add (GTK_CONTAINER (self->chart_box), GTK_WIDGET (self->chart));
  wp_chart_options_attach (self->chart, self->settings);
  wp_window_add_chart_view (self, self->chart);

  self->input_panel = WP_INPUT_PANEL (wp_input_panel_new (self->model));
  gtk_container_add (GTK_CONTAINER (self->controls_scroller), GTK_WIDGET (self->input_panel));
  /* The target closes the sidebar, inside the input panel's column. */
  gtk_box_pack_end (GTK_BOX (self->input_panel), wp_target_panel_new (self->model),
                    FALSE, TRUE, 0);
  /* Vista and later's inputs, shown while such a version is selected,
   * above the target (packed from the end). */
  gtk_box_pack_end (GTK_BOX (self->input_panel), wp_port_range_panel_new (self->model),
                    FALSE, TRUE, 0);

  self->summary = WP_SUMMARY (wp_summary_new (self->model));
  gtk_box_pack_start (self->main_box, GTK_WIDGET (self->summary), FALSE, TRUE, 0);
  gtk_box_reorder_child (self->main_box, GTK_WIDGET (self->summary), 0);

  self->comparison_table = WP_COMPARISON_TABLE (wp_comparison_table_new (self->model));
  gtk_box_pack_start (self->comparison_page, GTK_WIDGET (self->comparison_table), TRUE, TRUE, 0);

  self->registry = WP_REGISTRY_PAGE (wp_registry_page_new (self->model));
  gtk_container_add (GTK_CONTAINER (self->registry_page), GTK_WIDGET (self->registry));
}

/* Callbacks */

/* After the notebook has switched: the Registry tab fills itself while it
 * is the one shown. */
static void
notebook_switch_page_cb (WpWindow *self)
{
  GtkWidget *current;

  if (self->registry == NULL)
    return;

  current = gtk_notebook_get_nth_page (self->notebook, gtk_notebook_get_current_page (self->notebook));
  wp_registry_page_set_active (self->registry, current == self->registry_page);
}

/* Presentation mode (F11; Esc in the view leaves): the chart and the key
 * figures full screen, in a view of their own built when first entered. */
static void
presentation_change_state (GSimpleAction *action,
                           GVariant      *state,
                           gpointer       user_data)
{
  WpWindow *self = user_data;
  gboolean presenting = g_variant_get_boolean (state);

  if (presenting == self->presenting)
    return;
  self->presenting = presenting;
  g_simple_action_set_state (action, state);

  if (presenting && self->presentation == NULL)
    {
      self->presentation = WP_PRESENTATION (wp_presentation_new (self->model));
      /* It presents the chart the window shows, memory or rate */
      g_object_bind_property (self->chart, "view", wp_presentation_get_chart (self->presentation),
                              "view", G_BINDING_SYNC_CREATE);
      gtk_stack_add_named (self->view_stack, GTK_WIDGET (self->presentation), "presentation");
    }
  gtk_widget_set_visible (self->header_bar, !presenting);
  gtk_stack_set_visible_child_name (self->view_stack, presenting ? "presentation" : "planner");
  if (presenting)
    {
      gtk_window_fullscreen (GTK_WINDOW (self));
      wp_presentation_start (self->presentation);
    }
  else
    {
      gtk_window_unfullscreen (GTK_WINDOW (self));
      gtk_widget_grab_focus (GTK_WIDGET (self->chart));
    }
}

/* Built the first time it is asked for, not with the window. */
static void
sources_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  WpWindow *self = user_data;

  if (self->sources_dialog == NULL)
    {
      self->sources_dialog = wp_sources_dialog_new (GTK_WINDOW (self), self->model);
      g_object_add_weak_pointer (G_OBJECT (self->sources_dialog),
                                 (gpointer *) &self->sources_dialog);
    }
  gtk_window_present (GTK_WINDOW (self->sources_dialog));
}

/* The window's own actions; the others are in wp-window-actions.c. */
static const GActionEntry win_entries[] = {
  { "sources", sources_activated },
  { "presentation", NULL, NULL, "false", presentation_change_state },
};

/* GObject overrides */

static void
wp_window_size_allocate (GtkWidget     *widget,
                         GtkAllocation *allocation)
{
  WpWindow *self = WP_WINDOW (widget);

  GTK_WIDGET_CLASS (wp_window_parent_class)->size_allocate (widget, allocation);

  /* Not the screen's size while presenting. */
  if (!self->maximized && !self->presenting)
    gtk_window_get_size (GTK_WINDOW (self), &self->width, &self->height);
}

static gboolean
wp_window_window_state_event (GtkWidget           *widget,
                              GdkEventWindowState *event)
{
  WpWindow *self = WP_WINDOW (widget);
  gboolean was_fullscreen = self->fullscreen;

  self->fullscreen = (event->new_window_state & GDK_WINDOW_STATE_FULLSCREEN) != 0;
  /* What to remember is the state under full screen. */
  if (!self->fullscreen)
  self->maximized = (event->new_window_state & GDK_WINDOW_STATE_MAXIMIZED) != 0;
  /* The window manager's own way out of full screen leaves presentation
   * mode too. */
  if (was_fullscreen && !self->fullscreen && self->presenting)
    g_action_group_change_action_state (G_ACTION_GROUP (self), "presentation",
                                        g_variant_new_boolean (FALSE));

  return GTK_WIDGET_CLASS (wp_window_parent_class)->window_state_event (widget, event);
}

static void
wp_window_dispose (GObject *object)
{
  WpWindow *self = WP_WINDOW (object);

  if (self->settings != NULL)
    {
      save_size (self);
      g_clear_object (&self->settings);
    }

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);

  if (self->sources_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->sources_dialog),
                                    (gpointer *) &self->sources_dialog);
      gtk_widget_destroy (g_steal_pointer (&self->sources_dialog));
    }

  G_OBJECT_CLASS (wp_window_parent_class)->dispose (object);
}

static void
wp_window_finalize (GObject *object)
{
  WpWindow *self = WP_WINDOW (object);

  g_clear_object (&self->model);

  G_OBJECT_CLASS (wp_window_parent_class)->finalize (object);
}


static void
wp_window_class_init (WpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_window_dispose;
  object_class->finalize = wp_window_finalize;

  widget_class->size_allocate = wp_window_size_allocate;
  widget_class->window_state_event = wp_window_window_state_event;

  /* The resources live in a static library: referencing them keeps the
   * linker from dropping their (self-registering) object file. */
  (void) wp_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/wp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WpWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, controls_scroller);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, main_box);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, import_place);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, chart_box);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, notebook);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, comparison_page);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, registry_page);
  gtk_widget_class_bind_template_callback (widget_class, notebook_switch_page_cb);
}

static void
wp_window_init (WpWindow *self)
{
  g_autoptr (GPropertyAction) show_primary_menu = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries,
                                   G_N_ELEMENTS (win_entries), self);
  wp_window_add_actions (self);
  /* F10 toggles the main menu: the button's "active" is the state. */
  show_primary_menu = g_property_action_new ("show-primary-menu",
                                             self->primary_menu_button, "active");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (show_primary_menu));

  self->model = wp_planner_model_new ();
  self->settings = wp_settings_new ();
  wp_export_choices_load (&self->export_choices, self->settings);
  if (self->settings != NULL)
    wp_settings_bind_model (self->settings, self->model);
  restore_size (self);

  add_parts (self);
  wp_window_scenario_init (self);
  wp_window_import_setup (self);
}

/* Public API */

WpWindow *
wp_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (WP_TYPE_WINDOW, "application", application, NULL);
}

WpPlannerModel *
wp_window_get_model (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return self->model;
}

/* Private API (wp-window-private.h) */

WpExportChoices *
wp_window_get_export_choices (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return &self->export_choices;
}

GSettings *
wp_window_get_settings (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return self->settings;
}

WpChart *
wp_window_get_chart (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return self->chart;
}

GtkWidget *
wp_window_get_import_place (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return self->import_place;
}

/* As drawn now; at least one pixel each way (a chart not shown yet). */
void
wp_window_get_chart_size (WpWindow *self,
                          guint    *width,
                          guint    *height)
{
  g_return_if_fail (WP_IS_WINDOW (self));

  *width = (guint) MAX (gtk_widget_get_allocated_width (GTK_WIDGET (self->chart)), 1);
  *height = (guint) MAX (gtk_widget_get_allocated_height (GTK_WIDGET (self->chart)), 1);
}
