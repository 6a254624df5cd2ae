/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-presentation"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "chart/wp-chart.h"
#include "limits/wp-format.h"
#include "report/wp-readout.h"
#include "ui/wp-resources.h"
#include "wp-label.h"
#include "wp-presentation.h"

/* How long the controls stay after the pointer stops. */
#define CONTROLS_TIMEOUT_S 3

struct _WpPresentation
{
  GtkEventBox     parent_instance;

  WpPlannerModel *model;
  WpChart        *chart;             /* added from code: see the .ui */
  guint           hide_controls_id;

  /* Template children */
  GtkLabel       *heading;
  GtkLabel       *values[WP_READOUT_N_FIGURES];
  GtkLabel       *titles[WP_READOUT_N_FIGURES];
  GtkBox         *chart_box;
  GtkRevealer    *controls_revealer;
  GtkContainer   *controls_box;
};

G_DEFINE_FINAL_TYPE (WpPresentation, wp_presentation, GTK_TYPE_EVENT_BOX)

enum
{
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The template's names of the figures' labels, by WpReadoutFigure. */
static const char * const figure_names[WP_READOUT_N_FIGURES] = {
  [WP_READOUT_FIGURE_SERVER] = "server",
  [WP_READOUT_FIGURE_THEORETICAL] = "theoretical",
  [WP_READOUT_FIGURE_CLIENTS] = "clients",
  [WP_READOUT_FIGURE_RATE] = "rate",
};

/* Helpers */

/* The version and, where memory counts (the NT family), the RAM: as the
 * readouts name them. */
static char *
heading_text (const WpLimits *limits,
              guint64         ram_mb)
{
  g_autofree char *ram = NULL;

  if (!limits->has_pool)
    return g_strdup (wp_platform_name (limits->platform));

  ram = wp_format_ram_mb (ram_mb);
  /* Translators: presentation mode's heading, "Windows 2000 with 2 GB" */
  return g_strdup_printf (_("%s with %s"), wp_platform_name (limits->platform), ram);
}

/* The number at the figure's size, the words around it ("about") at half
 * of it: the number is what the room reads. */
static void
set_figure (GtkLabel   *label,
            const char *text)
{
  g_autoptr (PangoAttrList) attrs = pango_attr_list_new ();
  const char *first = strpbrk (text, "0123456789");
  const char *last = first;

  if (g_strcmp0 (gtk_label_get_text (label), text) == 0)
    return;

  for (const char *p = first; p != NULL && *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      last = p;
  if (first != NULL)
    {
      PangoAttribute *before = pango_attr_scale_new (0.5);
      PangoAttribute *after = pango_attr_scale_new (0.5);

      before->start_index = 0;
      before->end_index = (guint) (first - text);
      after->start_index = (guint) (last + 1 - text);
      pango_attr_list_insert (attrs, before);
      pango_attr_list_insert (attrs, after);
    }
  gtk_label_set_attributes (label, attrs);
  gtk_label_set_text (label, text);
}

static void
update_figures (WpPresentation *self)
{
  WpPlatform platform = wp_planner_model_get_selected_platform (self->model);
  const WpLimits *limits = wp_planner_model_peek_limits (self->model, platform);
  g_autofree char *heading = heading_text (limits, wp_planner_model_get_ram_mb (self->model));

  wp_label_set_text (self->heading, heading);
  for (guint i = 0; i < WP_READOUT_N_FIGURES; i++)
    {
      g_autofree char *value = wp_readout_figure (limits, i);

      set_figure (self->values[i], value);
    }
}

/* The next (@direction 1) or previous (-1) version among those drawn;
 * the first and the last stay where they are. */
static void
step_version (WpPresentation *self,
              int             direction)
{
  guint visible = wp_planner_model_get_visible_platforms (self->model);
  int platform = (int) wp_planner_model_get_selected_platform (self->model);

  for (int p = platform + direction; p >= 0 && p < WP_N_PLATFORMS; p += direction)
    if (visible & WP_PLATFORM_BIT (p))
      {
        wp_planner_model_set_selected_platform (self->model, (WpPlatform) p);
        return;
      }
}

/* Esc leaves: the window's action says whether it is presenting. */
static void
leave (WpPresentation *self)
{
  GActionGroup *group = gtk_widget_get_action_group (GTK_WIDGET (self), "win");

  if (group != NULL && g_action_group_has_action (group, "presentation"))
    g_action_group_change_action_state (group, "presentation", g_variant_new_boolean (FALSE));
}

/* The keys of presentation mode the chart does not have, before the chart
 * sees them (it would step the RAM a whole tick on Page Up/Page Down); the
 * view keeps the focus on the chart (wp_presentation_start()). */
static gboolean
handle_key (WpPresentation *self,
            GdkEventKey    *event)
{
  if (self->model == NULL)
    return GDK_EVENT_PROPAGATE;

  switch (event->keyval)
    {
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      step_version (self, -1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      step_version (self, 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Escape:
      leave (self);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static gboolean
pointer_on_controls (WpPresentation *self)
{
  g_autoptr (GList) buttons = gtk_container_get_children (self->controls_box);

  for (GList *l = buttons; l != NULL; l = l->next)
    if (gtk_widget_get_state_flags (l->data) & GTK_STATE_FLAG_PRELIGHT)
      return TRUE;
  return FALSE;
}

/* Callbacks */

static gboolean
hide_controls_cb (gpointer user_data)
{
  WpPresentation *self = user_data;

  /* Not from under the pointer that is about to click them. */
  if (pointer_on_controls (self))
    return G_SOURCE_CONTINUE;

  self->hide_controls_id = 0;
  gtk_revealer_set_reveal_child (self->controls_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

static gboolean
motion_notify_cb (WpPresentation *self,
                  GdkEventMotion *event)
{
  gtk_revealer_set_reveal_child (self->controls_revealer, TRUE);
  g_clear_handle_id (&self->hide_controls_id, g_source_remove);
  self->hide_controls_id = g_timeout_add_seconds (CONTROLS_TIMEOUT_S, hide_controls_cb, self);
  return GDK_EVENT_PROPAGATE;
}

static gboolean
chart_key_press_cb (WpPresentation *self,
                    GdkEventKey    *event)
{
  return handle_key (self, event);
}

static void
previous_clicked_cb (WpPresentation *self)
{
  if (self->model != NULL)
    step_version (self, -1);
}

static void
next_clicked_cb (WpPresentation *self)
{
  if (self->model != NULL)
    step_version (self, 1);
}

static void
model_notify_cb (WpPresentation *self)
{
  update_figures (self);
}

/* GObject overrides */

static void
wp_presentation_dispose (GObject *object)
{
  WpPresentation *self = WP_PRESENTATION (object);

  g_clear_handle_id (&self->hide_controls_id, g_source_remove);
  wp_planner_model_replace (self, &self->model, NULL);

  G_OBJECT_CLASS (wp_presentation_parent_class)->dispose (object);
}

static void
wp_presentation_class_init (WpPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_presentation_dispose;

  properties[PROP_MODEL] =
    wp_model_view_class_install (klass, PROP_MODEL, G_STRUCT_OFFSET (WpPresentation, model),
                                 (WpModelViewSetModel) wp_presentation_set_model);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) wp_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/wp-presentation.ui");
  gtk_widget_class_bind_template_child (widget_class, WpPresentation, heading);
  for (guint i = 0; i < WP_READOUT_N_FIGURES; i++)
    {
      g_autofree char *value = g_strconcat (figure_names[i], "_value", NULL);
      g_autofree char *title = g_strconcat (figure_names[i], "_title", NULL);

      gtk_widget_class_bind_template_child_full (widget_class, value, FALSE,
        G_STRUCT_OFFSET (WpPresentation, values) + i * sizeof (GtkLabel *));
      gtk_widget_class_bind_template_child_full (widget_class, title, FALSE,
        G_STRUCT_OFFSET (WpPresentation, titles) + i * sizeof (GtkLabel *));
    }
  gtk_widget_class_bind_template_child (widget_class, WpPresentation, chart_box);
  gtk_widget_class_bind_template_child (widget_class, WpPresentation, controls_revealer);
  gtk_widget_class_bind_template_child (widget_class, WpPresentation, controls_box);
  gtk_widget_class_bind_template_callback (widget_class, motion_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
}

static void
wp_presentation_init (WpPresentation *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < WP_READOUT_N_FIGURES; i++)
    gtk_label_set_text (self->titles[i], wp_readout_figure_title (i));

  /* A chart of its own on the same model: the window's stays in place. */
  self->chart = WP_CHART (wp_chart_new (NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->chart), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->chart), TRUE);
  gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self->chart)),
                               "wp-presentation-chart");
  g_signal_connect_object (self->chart, "key-press-event", G_CALLBACK (chart_key_press_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_show (GTK_WIDGET (self->chart));
  gtk_container_add (GTK_CONTAINER (self->chart_box), GTK_WIDGET (self->chart));
}

/* Public API */

GtkWidget *
wp_presentation_new (WpPlannerModel *model)
{
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), NULL);

  return g_object_new (WP_TYPE_PRESENTATION, "model", model, NULL);
}

WpPlannerModel *
wp_presentation_get_model (WpPresentation *self)
{
  g_return_val_if_fail (WP_IS_PRESENTATION (self), NULL);

  return self->model;
}

void
wp_presentation_set_model (WpPresentation *self,
                           WpPlannerModel *model)
{
  g_return_if_fail (WP_IS_PRESENTATION (self));
  g_return_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model));

  if (!wp_planner_model_replace (self, &self->model, model))
    return;

  wp_chart_set_model (self->chart, model);
  if (model != NULL)
    {
      g_signal_connect_swapped (model, "notify", G_CALLBACK (model_notify_cb), self);
      update_figures (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

void
wp_presentation_start (WpPresentation *self)
{
  g_return_if_fail (WP_IS_PRESENTATION (self));

  g_clear_handle_id (&self->hide_controls_id, g_source_remove);
  gtk_revealer_set_reveal_child (self->controls_revealer, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->chart));
}

GtkWidget *
wp_presentation_get_chart (WpPresentation *self)
{
  g_return_val_if_fail (WP_IS_PRESENTATION (self), NULL);

  return GTK_WIDGET (self->chart);
}
