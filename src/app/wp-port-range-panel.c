/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-port-range-panel"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-workload.h"
#include "report/wp-registry.h"
#include "ui/wp-resources.h"
#include "wp-input-transforms.h"
#include "wp-port-range-panel.h"

struct _WpPortRangePanel
{
  GtkBox          parent_instance;

  WpPlannerModel *model;
  GBindingGroup  *bindings;

  /* Template children */
  GtkAdjustment  *port_start_adjustment;
  GtkAdjustment  *port_count_adjustment;
  GtkAdjustment  *cost_adjustment;
  GtkLabel       *range_note;
  GtkLabel       *cost_note;
};

G_DEFINE_FINAL_TYPE (WpPortRangePanel, wp_port_range_panel, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* Shown only where the inputs apply: Vista and later. */
static gboolean
transform_selected_to_visible (GBinding     *binding,
                               const GValue *from,
                               GValue       *to,
                               gpointer      user_data)
{
  const WpPlatformInfo *info = wp_platform_info (g_value_get_enum (from));

  g_value_set_boolean (to, info != NULL && info->family == WP_FAMILY_NT6);
  return TRUE;
}

/* Callbacks */

/* The range's ports and its netsh command; the number of ports cannot
 * take the range past 65535. */
static void
range_notify_cb (WpPortRangePanel *self)
{
  WpLimitsInput input;
  g_autofree char *command = NULL;
  g_autofree char *note = NULL;

  wp_planner_model_get_input (self->model, &input);
  gtk_adjustment_set_upper (self->port_count_adjustment,
                            WP_PORT_RANGE_END_MAX - input.port_start + 1);
  command = wp_registry_netsh_command (&input);
  /* Translators: "Ports 49152 to 65535, set as administrator with:" and,
   * on the next line, the netsh command (not translated) */
  note = g_strdup_printf (_("Ports %u to %u, set as administrator with:\n%s"),
                          input.port_start, input.port_start + input.port_count - 1, command);
  gtk_label_set_text (self->range_note, note);
}

static void
cost_notify_cb (WpPortRangePanel *self)
{
  g_autofree char *note = NULL;

  note = g_strdup_printf (
    /* Translators: under the pool per connection; %u is the cost in KB the
     * figures assume.  The measurements are the published ones, with their
     * sources (the Sources view lists them in full). */
    _("An assumption: no vendor gives the pool one connection takes. The figures assume "
      "%u KB (default 16, the specification’s practical 64 MB per 4,000 sockets). Published: "
      "456 bytes (winwoes blog, 2008), about 7 KB and about 2.4 KB (Len Holgate, 2005), "
      "about 10.5 to 10.9 KB in theory (Catalyst KB 100072)."),
    wp_planner_model_get_connection_cost_kb (self->model));
  gtk_label_set_text (self->cost_note, note);
}

/* GObject overrides */

static void
wp_port_range_panel_dispose (GObject *object)
{
  WpPortRangePanel *self = WP_PORT_RANGE_PANEL (object);

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->bindings);
  wp_planner_model_replace (self, &self->model, NULL);

  G_OBJECT_CLASS (wp_port_range_panel_parent_class)->dispose (object);
}

static void
wp_port_range_panel_class_init (WpPortRangePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  /* Reachable by name (gtk_widget_get_template_child, for the tests). */
  static const char * const named_children[] = {
    "port_start_spin", "port_count_spin", "cost_spin",
  };

  object_class->dispose = wp_port_range_panel_dispose;

  properties[PROP_MODEL] =
    wp_model_view_class_install (klass, PROP_MODEL, G_STRUCT_OFFSET (WpPortRangePanel, model),
                                 (WpModelViewSetModel) wp_port_range_panel_set_model);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) wp_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/wp-port-range-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, WpPortRangePanel, port_start_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WpPortRangePanel, port_count_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WpPortRangePanel, cost_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WpPortRangePanel, range_note);
  gtk_widget_class_bind_template_child (widget_class, WpPortRangePanel, cost_note);
  for (gsize i = 0; i < G_N_ELEMENTS (named_children); i++)
    gtk_widget_class_bind_template_child_full (widget_class, named_children[i], FALSE, 0);
}

static void
wp_port_range_panel_init (WpPortRangePanel *self)
{
  const GBindingFlags both = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_binding_group_new ();
  g_binding_group_bind_full (self->bindings, "port-start", self->port_start_adjustment, "value",
                             both, wp_transform_number, wp_transform_number, NULL, NULL);
  g_binding_group_bind_full (self->bindings, "port-count", self->port_count_adjustment, "value",
                             both, wp_transform_number, wp_transform_number, NULL, NULL);
  g_binding_group_bind_full (self->bindings, "connection-cost-kb", self->cost_adjustment,
                             "value", both, wp_transform_number, wp_transform_number,
                             NULL, NULL);
  g_binding_group_bind_full (self->bindings, "selected-platform", self, "visible",
                             G_BINDING_SYNC_CREATE, transform_selected_to_visible, NULL,
                             NULL, NULL);
}

/* Public API */

GtkWidget *
wp_port_range_panel_new (WpPlannerModel *model)
{
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), NULL);

  return g_object_new (WP_TYPE_PORT_RANGE_PANEL, "model", model, NULL);
}

WpPlannerModel *
wp_port_range_panel_get_model (WpPortRangePanel *self)
{
  g_return_val_if_fail (WP_IS_PORT_RANGE_PANEL (self), NULL);

  return self->model;
}

void
wp_port_range_panel_set_model (WpPortRangePanel *self,
                               WpPlannerModel   *model)
{
  g_return_if_fail (WP_IS_PORT_RANGE_PANEL (self));
  g_return_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model));

  if (!wp_planner_model_replace (self, &self->model, model))
    return;

  g_binding_group_set_source (self->bindings, model);
  if (model != NULL)
    {
      g_signal_connect_swapped (model, "notify::port-start", G_CALLBACK (range_notify_cb), self);
      g_signal_connect_swapped (model, "notify::port-count", G_CALLBACK (range_notify_cb), self);
      g_signal_connect_swapped (model, "notify::connection-cost-kb",
                                G_CALLBACK (cost_notify_cb), self);
      range_notify_cb (self);
      cost_notify_cb (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
