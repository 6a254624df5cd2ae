/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-input-panel"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "ui/wp-resources.h"
#include "wp-input-panel.h"
#include "wp-input-transforms.h"
#include "wp-input-typed.h"
#include "report/wp-readout.h"

struct _WpInputPanel
{
  GtkBox           parent_instance;

  WpPlannerModel  *model;
  GBindingGroup   *bindings;        /* every binding to the model */

  /* Template children */
  GtkAdjustment   *ram_adjustment;
  GtkAdjustment   *ram_scale_adjustment;  /* log2 of the megabytes */
  GtkAdjustment   *max_user_port_adjustment;
  GtkAdjustment   *time_wait_adjustment;
  GtkAdjustment   *max_connections_adjustment;
  GtkComboBoxText *platform_combo;
  GtkScale        *ram_scale;
  GtkSpinButton   *ram_spin;
  GtkSpinButton   *max_user_port_spin;
  GtkSpinButton   *time_wait_spin;
  GtkSpinButton   *max_connections_spin;
  GtkLabel        *ram_value;
  GtkLabel        *max_user_port_value;
  GtkLabel        *time_wait_value;
  GtkScale        *max_user_port_scale;
  GtkScale        *time_wait_scale;
  GtkToggleButton *time_wait_default_check;
  GtkWidget       *time_wait_box;
  GtkWidget       *max_connections_warning;
  GtkSwitch       *socketwrench_switch;
  GtkLabel        *socketwrench_note;
  GtkFlowBox      *visible_box;

  GtkToggleButton *visible_checks[WP_N_PLATFORMS];
};

G_DEFINE_FINAL_TYPE (WpInputPanel, wp_input_panel, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* A tick at each octave of the RAM slider, labelled every fifth from
 * 16 MB: 16 MB, 512 MB (the span of NT 4.0's machines), 16 GB, 512 GB and
 * 16 TB, the command line's end, as far apart as the panel needs them. */
static void
add_ram_marks (WpInputPanel *self)
{
  for (guint octave = 0; (1ull << octave) <= WP_RAM_MB_MAX; octave++)
    {
      g_autofree char *label = NULL;

      if (octave >= 4 && (octave - 4) % 5 == 0)
        label = wp_format_ram_mb (1ull << octave);
      gtk_scale_add_mark (self->ram_scale, octave, GTK_POS_BOTTOM, label);
    }
}

/* GTK 3 orders a scale's marks by the "inverted" property alone, and lays
 * their labels out in that order: on a scale flipped right to left the
 * labels end up under the wrong ticks.  Right to left, the scale is
 * inverted instead of flipped; the slider moves and reads the same. */
static void
mirror_scale (GtkRange *scale)
{
  gtk_range_set_flippable (scale, FALSE);
  gtk_range_set_inverted (scale, gtk_widget_get_direction (GTK_WIDGET (scale)) == GTK_TEXT_DIR_RTL);
}

/* A mark at each default TIME_WAIT of the NT family, whose
 * TcpTimedWaitDelay the slider sets (240 s on every version). */
static void
add_time_wait_marks (WpInputPanel *self)
{
  guint marked[WP_N_PLATFORMS];
  guint n_marked = 0;

  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    {
      const WpPlatformInfo *info = wp_platform_info (p);
      g_autofree char *label = NULL;
      gboolean seen = FALSE;

      for (guint i = 0; i < n_marked; i++)
        seen |= marked[i] == info->time_wait_default_s;
      if (info->family != WP_FAMILY_NT || seen)
        continue;
      marked[n_marked++] = info->time_wait_default_s;
      label = wp_format_count (info->time_wait_default_s);
      gtk_scale_add_mark (self->time_wait_scale, info->time_wait_default_s, GTK_POS_BOTTOM, label);
    }
}

/* The controls that the template cannot hold: the platform choices come
 * from the calculator's table. */
static void
add_platform_controls (WpInputPanel *self)
{
  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    {
      /* Short names ("NT 4.0") under the "Compare" heading keep the
       * panel narrow; the full name is the tooltip and accessible name. */
      GtkWidget *check = gtk_check_button_new_with_label (_(wp_platform_info (p)->short_name));

      gtk_widget_set_tooltip_text (check, wp_platform_name (p));
      atk_object_set_name (gtk_widget_get_accessible (check), wp_platform_name (p));
      gtk_widget_show (check);
      gtk_container_add (GTK_CONTAINER (self->visible_box), check);
      /* The flow box's child should not take focus itself: the check does. */
      gtk_widget_set_can_focus (gtk_widget_get_parent (check), FALSE);
      self->visible_checks[p] = GTK_TOGGLE_BUTTON (check);

      gtk_combo_box_text_append (self->platform_combo, wp_platform_info (p)->id,
                                 wp_platform_name (p));
    }
}

static void
bind_adjustment (WpInputPanel  *self,
                 const char    *property,
                 GtkAdjustment *adjustment)
{
  g_binding_group_bind_full (self->bindings, property, adjustment, "value",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             wp_transform_number, wp_transform_number, NULL, NULL);
}

/* Bound while the group has a model as its source. */
static void
bind_controls (WpInputPanel *self)
{
  const GBindingFlags both = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  bind_adjustment (self, "ram-mb", self->ram_adjustment);
  g_binding_group_bind_full (self->bindings, "ram-mb", self->ram_scale_adjustment, "value", both,
                             wp_transform_ram_to_position, wp_transform_position_to_ram,
                             NULL, NULL);
  /* A screen reader reads the slider's size, not its logarithm. */
  g_binding_group_bind_full (self->bindings, "ram-mb",
                             gtk_widget_get_accessible (GTK_WIDGET (self->ram_scale)),
                             "accessible-description", G_BINDING_SYNC_CREATE,
                             wp_transform_ram_to_text, NULL, NULL, NULL);
  bind_adjustment (self, "max-user-port", self->max_user_port_adjustment);
  bind_adjustment (self, "max-connections", self->max_connections_adjustment);

  g_binding_group_bind_full (self->bindings, "time-wait-delay",
                             self->time_wait_adjustment, "value", both,
                             wp_transform_time_wait_to_adjustment, wp_transform_number,
                             NULL, NULL);
  g_binding_group_bind_full (self->bindings, "time-wait-delay",
                             self->time_wait_default_check, "active", both,
                             wp_transform_time_wait_to_check, wp_transform_check_to_time_wait,
                             self->time_wait_adjustment, NULL);

  g_binding_group_bind_full (self->bindings, "ram-mb", self->ram_value, "label",
                             G_BINDING_SYNC_CREATE, wp_transform_ram_to_text, NULL, NULL, NULL);
  g_binding_group_bind_full (self->bindings, "max-user-port", self->max_user_port_value, "label",
                             G_BINDING_SYNC_CREATE, wp_transform_count_to_text, NULL, NULL, NULL);
  g_binding_group_bind_full (self->bindings, "time-wait-s", self->time_wait_value, "label",
                             G_BINDING_SYNC_CREATE, wp_transform_seconds_to_text, NULL, NULL, NULL);

  g_binding_group_bind (self->bindings, "socketwrench-legacy",
                        self->socketwrench_switch, "active", both);
  g_binding_group_bind (self->bindings, "max-connections-unstable",
                        self->max_connections_warning, "visible", G_BINDING_SYNC_CREATE);
  g_binding_group_bind_full (self->bindings, "selected-platform",
                             self->platform_combo, "active-id", both,
                             wp_transform_platform_to_id, wp_transform_id_to_platform, NULL, NULL);

  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    {
      g_binding_group_bind_full (self->bindings, "visible-platforms",
                                 self->visible_checks[p], "active", both,
                                 wp_transform_visible_to_check, wp_transform_check_to_visible,
                                 GUINT_TO_POINTER (WP_PLATFORM_BIT (p)), NULL);
      g_binding_group_bind_full (self->bindings, "selected-platform",
                                 self->visible_checks[p], "sensitive", G_BINDING_SYNC_CREATE,
                                 wp_transform_selected_to_sensitive, NULL,
                                 GINT_TO_POINTER (p), NULL);
      g_binding_group_bind_full (self->bindings, "selected-platform",
                                 self->visible_checks[p], "tooltip-text", G_BINDING_SYNC_CREATE,
                                 wp_transform_selected_to_tooltip, NULL,
                                 GINT_TO_POINTER (p), NULL);
    }
}

/* Callbacks */

/* The slider stops at a size memory comes in (wp_ram_slider_snap()); a
 * typed value, set through the model, stays exact. */
static gboolean
ram_scale_change_value_cb (GtkRange      *scale,
                           GtkScrollType  scroll,
                           double         value,
                           WpInputPanel  *self)
{
  guint64 ram_mb;

  if (self->model == NULL)
    return GDK_EVENT_STOP;

  ram_mb = wp_ram_slider_snap (value, wp_planner_model_get_ram_mb (self->model), scroll);
  wp_planner_model_set_ram_mb (self->model, ram_mb);
  return GDK_EVENT_STOP;
}

static void
scale_direction_changed_cb (GtkWidget        *scale,
                            GtkTextDirection  previous_direction,
                            gpointer          user_data)
{
  mirror_scale (GTK_RANGE (scale));
}

/* GObject overrides */

static void
wp_input_panel_dispose (GObject *object)
{
  WpInputPanel *self = WP_INPUT_PANEL (object);

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->bindings);
  wp_planner_model_replace (self, &self->model, NULL);

  G_OBJECT_CLASS (wp_input_panel_parent_class)->dispose (object);
}

static void
wp_input_panel_class_init (WpInputPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  /* Reachable by name (gtk_widget_get_template_child, for the tests);
   * the code itself needs no pointer to them. */
  static const char * const named_children[] = {
    "platform_label", "ram_label", "max_user_port_label", "time_wait_label",
    "max_connections_label", "socketwrench_label",
  };

  object_class->dispose = wp_input_panel_dispose;

  properties[PROP_MODEL] =
    wp_model_view_class_install (klass, PROP_MODEL, G_STRUCT_OFFSET (WpInputPanel, model),
                                 (WpModelViewSetModel) wp_input_panel_set_model);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) wp_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/wp-input-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, ram_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, ram_scale_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, max_user_port_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, time_wait_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, max_connections_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, platform_combo);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, ram_scale);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, ram_spin);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, max_user_port_spin);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, time_wait_spin);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, max_connections_spin);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, ram_value);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, max_user_port_value);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, time_wait_value);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, max_user_port_scale);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, time_wait_scale);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, time_wait_default_check);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, time_wait_box);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, max_connections_warning);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, socketwrench_switch);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, socketwrench_note);
  gtk_widget_class_bind_template_child (widget_class, WpInputPanel, visible_box);
  for (gsize i = 0; i < G_N_ELEMENTS (named_children); i++)
    gtk_widget_class_bind_template_child_full (widget_class, named_children[i], FALSE, 0);
  gtk_widget_class_bind_template_callback_full (widget_class, "spin_input_cb",
                                                G_CALLBACK (wp_spin_input_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "ram_spin_input_cb",
                                                G_CALLBACK (wp_ram_spin_input_cb));
  gtk_widget_class_bind_template_callback (widget_class, ram_scale_change_value_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "spin_output_cb",
                                                G_CALLBACK (wp_spin_output_cb));
}

static void
wp_input_panel_init (WpInputPanel *self)
{
  GtkScale *scales[2];
  g_autofree char *note = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The RAM slider runs left to right in every direction, as the chart's
   * RAM axis does: the two move together. */
  gtk_range_set_flippable (GTK_RANGE (self->ram_scale), FALSE);
  scales[0] = self->max_user_port_scale;
  scales[1] = self->time_wait_scale;
  for (gsize i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      mirror_scale (GTK_RANGE (scales[i]));
      g_signal_connect (scales[i], "direction-changed",
                        G_CALLBACK (scale_direction_changed_cb), NULL);
    }
  add_ram_marks (self);
  gtk_scale_add_mark (self->max_user_port_scale, WP_MAX_USER_PORT_DEFAULT, GTK_POS_BOTTOM,
                      /* Translators: the mark at MaxUserPort's default, 5000 */
                      _("default"));
  add_time_wait_marks (self);
  add_platform_controls (self);

  /* Its figure comes from the calculator, in the user's locale. */
  note = wp_readout_socketwrench ();
  gtk_label_set_text (self->socketwrench_note, note);

  {
    GtkSpinButton *spins[] = {
      self->ram_spin, self->max_user_port_spin, self->time_wait_spin, self->max_connections_spin,
    };

    /* Their text was set before the template connected spin_output_cb. */
    for (gsize i = 0; i < G_N_ELEMENTS (spins); i++)
      {
        wp_spin_output_cb (spins[i], NULL);
        wp_spin_add_error_label (spins[i]);
      }
  }

  {
    GtkWidget *wheeled[] = {
      GTK_WIDGET (self->platform_combo), GTK_WIDGET (self->ram_scale),
      GTK_WIDGET (self->max_user_port_scale), GTK_WIDGET (self->time_wait_scale),
      GTK_WIDGET (self->ram_spin), GTK_WIDGET (self->max_user_port_spin),
      GTK_WIDGET (self->time_wait_spin), GTK_WIDGET (self->max_connections_spin),
    };

    for (gsize i = 0; i < G_N_ELEMENTS (wheeled); i++)
      g_signal_connect (wheeled[i], "scroll-event", G_CALLBACK (wp_unfocused_scroll_cb), NULL);
  }

  g_object_bind_property (self->time_wait_default_check, "active",
                          self->time_wait_box, "sensitive",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  self->bindings = g_binding_group_new ();
  bind_controls (self);
}

/* Public API */

GtkWidget *
wp_input_panel_new (WpPlannerModel *model)
{
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), NULL);

  return g_object_new (WP_TYPE_INPUT_PANEL, "model", model, NULL);
}

WpPlannerModel *
wp_input_panel_get_model (WpInputPanel *self)
{
  g_return_val_if_fail (WP_IS_INPUT_PANEL (self), NULL);

  return self->model;
}

void
wp_input_panel_set_model (WpInputPanel   *self,
                          WpPlannerModel *model)
{
  g_return_if_fail (WP_IS_INPUT_PANEL (self));
  g_return_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model));

  if (!wp_planner_model_replace (self, &self->model, model))
    return;

  g_binding_group_set_source (self->bindings, model);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
