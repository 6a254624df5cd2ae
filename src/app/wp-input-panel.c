/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-input-panel"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "limits/wp-parse.h"
#include "ui/wp-resources.h"
#include "wp-input-panel.h"
#include "wp-input-transforms.h"
#include "report/wp-readout.h"

struct _WpInputPanel
{
  GtkBox           parent_instance;

  WpPlannerModel  *model;
  GBindingGroup   *bindings;        /* every binding to the model */

  /* Template children */
  GtkAdjustment   *ram_adjustment;
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

/* Marks at the powers of two that have room: the upper sixteenth of the
 * range and above; labelled from the upper quarter. */
static void
update_ram_marks (WpInputPanel *self)
{
  double upper = gtk_adjustment_get_upper (self->ram_adjustment);
  double lower = gtk_adjustment_get_lower (self->ram_adjustment);

  gtk_scale_clear_marks (self->ram_scale);
  for (guint64 mb = 1; mb <= upper; mb *= 2)
    {
      g_autofree char *label = NULL;

      if (mb < lower || mb < upper / 16)
        continue;
      if (mb >= upper / 4)
        label = wp_format_ram_mb (mb);
      gtk_scale_add_mark (self->ram_scale, mb, GTK_POS_BOTTOM, label);
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

/* The RAM slider covers 16 MB to 4 GB at first; a value beyond, from the
 * command line, the settings or typed in, widens it: the end doubles until
 * it holds the value. */
static void
widen_ram_range (WpInputPanel *self,
                 double        ram_mb)
{
  double lower = gtk_adjustment_get_lower (self->ram_adjustment);
  double upper = gtk_adjustment_get_upper (self->ram_adjustment);

  if (ram_mb >= lower && ram_mb <= upper)
    return;

  if (ram_mb < lower)
    gtk_adjustment_set_lower (self->ram_adjustment, ram_mb);
  while (upper < ram_mb)
    upper *= 2;
  gtk_adjustment_set_upper (self->ram_adjustment, upper);
  update_ram_marks (self);
}

static void
fit_ram_range (WpInputPanel *self)
{
  widen_ram_range (self, (double) wp_planner_model_get_ram_mb (self->model));
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

static void
model_ram_mb_notify_cb (WpInputPanel *self)
{
  fit_ram_range (self);
}

/* Under each spin button, the message of the text it last refused, shown
 * until it takes a value: a typed value is never dropped silently. */
static void
report_input (GtkSpinButton *spin,
              const GError  *error)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (spin), "wp-input-error");

  if (label == NULL)
    return;
  gtk_label_set_text (label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
}

/* A whole number as the spin buttons show it ("5,000") or plain, within
 * the adjustment's range. */
static int
spin_input_cb (GtkSpinButton *spin,
               double        *new_value,
               WpInputPanel  *self)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  g_autoptr (GError) error = NULL;
  guint64 value;

  if (!wp_parse_count (gtk_entry_get_text (GTK_ENTRY (spin)),
                       (guint64) ceil (MAX (0.0, gtk_adjustment_get_lower (adjustment))),
                       (guint64) floor (MAX (0.0, gtk_adjustment_get_upper (adjustment))),
                       &value, &error))
    {
      report_input (spin, error);
      return GTK_INPUT_ERROR;
    }

  report_input (spin, NULL);
  *new_value = (double) value;
  return TRUE;
}

/* The RAM typed in: a count ("8,192") or a size with a unit ("1.5G", "1,5
 * GB" in German), over the command line's whole range (1 MB to 16 TB): the
 * slider widens to hold it rather than clamping it. */
static int
ram_spin_input_cb (GtkSpinButton *spin,
                   double        *new_value,
                   WpInputPanel  *self)
{
  const char *text = gtk_entry_get_text (GTK_ENTRY (spin));
  g_autoptr (GError) error = NULL;
  guint64 mb;

  if (!wp_parse_count (text, WP_RAM_MB_MIN, WP_RAM_MB_MAX, &mb, NULL) &&
      !wp_parse_ram_mb (text, &mb, &error))
    {
      report_input (spin, error);
      return GTK_INPUT_ERROR;
    }

  report_input (spin, NULL);
  widen_ram_range (self, (double) mb);
  *new_value = (double) mb;
  return TRUE;
}

/* The label report_input() fills, under the spin button's row. */
static void
add_input_error_label (GtkSpinButton *spin)
{
  GtkWidget *row = GTK_WIDGET (spin);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *box;
  int position;

  while (!GTK_IS_BOX (gtk_widget_get_parent (row)) ||
         gtk_orientable_get_orientation (GTK_ORIENTABLE (gtk_widget_get_parent (row))) !=
         GTK_ORIENTATION_VERTICAL)
    row = gtk_widget_get_parent (row);
  box = gtk_widget_get_parent (row);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_style_context_add_class (gtk_widget_get_style_context (label), "wp-input-error");
  gtk_widget_set_no_show_all (label, TRUE);
  gtk_container_child_get (GTK_CONTAINER (box), row, "position", &position, NULL);
  gtk_box_pack_start (GTK_BOX (box), label, FALSE, FALSE, 0);
  gtk_box_reorder_child (GTK_BOX (box), label, position + 1);
  g_object_set_data (G_OBJECT (spin), "wp-input-error", label);
  /* A value set otherwise (the slider, the model) answers the message. */
  g_signal_connect_object (gtk_spin_button_get_adjustment (spin), "value-changed",
                           G_CALLBACK (gtk_widget_hide), label, G_CONNECT_SWAPPED);
}

/* A wheel over a control that does not have the keyboard focus scrolls the
 * panel around it, not the control's value: scrolling down the sidebar
 * must not change a figure on the way. */
static gboolean
unfocused_scroll_cb (GtkWidget      *control,
                     GdkEventScroll *event,
                     gpointer        user_data)
{
  GtkWidget *toplevel = gtk_widget_get_toplevel (control);
  GtkWidget *focus = GTK_IS_WINDOW (toplevel) ? gtk_window_get_focus (GTK_WINDOW (toplevel))
                                              : NULL;
  GtkWidget *scroller;

  if (focus != NULL && (focus == control || gtk_widget_is_ancestor (focus, control)))
    return GDK_EVENT_PROPAGATE;

  scroller = gtk_widget_get_ancestor (control, GTK_TYPE_SCROLLED_WINDOW);
  if (scroller != NULL)
    gtk_widget_event (scroller, (GdkEvent *) event);
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
  gtk_widget_class_bind_template_callback (widget_class, spin_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, ram_spin_input_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "spin_output_cb",
                                                G_CALLBACK (wp_spin_output_cb));
}

static void
wp_input_panel_init (WpInputPanel *self)
{
  GtkScale *scales[3];
  g_autofree char *note = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  scales[0] = self->ram_scale;
  scales[1] = self->max_user_port_scale;
  scales[2] = self->time_wait_scale;
  for (gsize i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      mirror_scale (GTK_RANGE (scales[i]));
      g_signal_connect (scales[i], "direction-changed",
                        G_CALLBACK (scale_direction_changed_cb), NULL);
    }
  update_ram_marks (self);
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
        add_input_error_label (spins[i]);
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
      g_signal_connect (wheeled[i], "scroll-event", G_CALLBACK (unfocused_scroll_cb), NULL);
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

  if (model != NULL)
    {
      /* Before the bindings: widen the RAM range first, then let them
       * sync; and on each change, before the binding moves the slider. */
      fit_ram_range (self);
      g_signal_connect_swapped (model, "notify::ram-mb",
                                G_CALLBACK (model_ram_mb_notify_cb), self);
    }
  g_binding_group_set_source (self->bindings, model);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
