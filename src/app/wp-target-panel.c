/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-target-panel"

#include "config.h"

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "limits/wp-parse.h"
#include "limits/wp-target.h"
#include "ui/wp-resources.h"
#include "wp-target-panel.h"

struct _WpTargetPanel
{
  GtkBox          parent_instance;

  WpPlannerModel *model;

  /* Template children */
  GtkEntry       *connections_entry;
  GtkLabel       *connections_error;
  GtkEntry       *rate_entry;
  GtkLabel       *rate_error;
  GtkEntry       *life_entry;
  GtkLabel       *life_error;
};

G_DEFINE_FINAL_TYPE (WpTargetPanel, wp_target_panel, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* The model property an entry edits, and the label for its message. */
static const char *
entry_property (WpTargetPanel *self,
                GtkEntry      *entry,
                GtkLabel     **out_error)
{
  gboolean rate = entry == self->rate_entry;

  *out_error = rate ? self->rate_error : self->connections_error;
  return rate ? "need-rate" : "need-connections";
}

/* Shows the model's value in @entry unless the entry already says it
 * (as typed: "20000" and "20,000" both stay as they are). */
static void
show_need (WpTargetPanel *self,
           GtkEntry      *entry)
{
  GtkLabel *error;
  const char *property = entry_property (self, entry, &error);
  g_autofree char *text = NULL;
  guint need = 0, shown;

  g_object_get (self->model, property, &need, NULL);
  if (wp_target_parse_need (gtk_entry_get_text (entry), &shown, NULL) && shown == need)
    return;
  if (need == 0 && *gtk_entry_get_text (entry) == '\0')
    return;

  text = need > 0 ? wp_format_count (need) : g_strdup ("");
  gtk_entry_set_text (entry, text);
}

/* Callbacks */

/* What is typed goes through the command line's parser: empty is no
 * target, a refused value keeps the model as it was and says why. */
static void
entry_changed_cb (GtkEntry      *entry,
                  WpTargetPanel *self)
{
  GtkLabel *error_label;
  const char *property = entry_property (self, entry, &error_label);
  g_autofree char *typed = g_strstrip (g_strdup (gtk_entry_get_text (entry)));
  g_autoptr (GError) error = NULL;
  guint need = 0;

  if (self->model == NULL)
    return;

  if (*typed != '\0' && !wp_target_parse_need (typed, &need, &error))
    {
      gtk_label_set_text (error_label, error->message);
      gtk_widget_show (GTK_WIDGET (error_label));
      gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (entry)), "error");
      return;
    }

  gtk_widget_hide (GTK_WIDGET (error_label));
  gtk_style_context_remove_class (gtk_widget_get_style_context (GTK_WIDGET (entry)), "error");
  g_object_set (self->model, property, need, NULL);
}

/* Shows @error under @entry, or clears it: TRUE when there was none. */
static gboolean
show_error (GtkEntry *entry,
            GtkLabel *label,
            GError   *error)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (entry));

  gtk_label_set_text (label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), error != NULL);
  if (error != NULL)
    gtk_style_context_add_class (context, "error");
  else
    gtk_style_context_remove_class (context, "error");
  return error == NULL;
}

/* The connection life as the command line's --connection-life takes it:
 * seconds to the millisecond, empty for none. */
static void
life_changed_cb (GtkEntry      *entry,
                 WpTargetPanel *self)
{
  g_autofree char *typed = g_strstrip (g_strdup (gtk_entry_get_text (entry)));
  g_autoptr (GError) error = NULL;
  guint64 life_ms = 0;

  if (self->model == NULL)
    return;

  if (*typed != '\0')
    wp_parse_seconds_ms (typed, WP_CONNECTION_LIFE_MS_MAX, &life_ms, &error);
  if (show_error (entry, self->life_error, error))
    wp_planner_model_set_connection_life_ms (self->model, life_ms);
}

/* The model's life in the entry, unless the entry already says it. */
static void
model_life_notify_cb (WpTargetPanel *self)
{
  guint64 life_ms = wp_planner_model_get_connection_life_ms (self->model), shown;
  const char *text = gtk_entry_get_text (self->life_entry);
  g_autofree char *formatted = NULL;

  if (wp_parse_seconds_ms (text, WP_CONNECTION_LIFE_MS_MAX, &shown, NULL) && shown == life_ms)
    return;
  if (life_ms == 0 && *text == '\0')
    return;

  formatted = life_ms > 0 ? wp_headroom_format_life (life_ms) : g_strdup ("");
  gtk_entry_set_text (self->life_entry, formatted);
}

static void
model_need_notify_cb (WpTargetPanel *self)
{
  show_need (self, self->connections_entry);
  show_need (self, self->rate_entry);
}

/* GObject overrides */

static void
wp_target_panel_dispose (GObject *object)
{
  WpTargetPanel *self = WP_TARGET_PANEL (object);

  wp_planner_model_replace (self, &self->model, NULL);

  G_OBJECT_CLASS (wp_target_panel_parent_class)->dispose (object);
}

static void
wp_target_panel_class_init (WpTargetPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_target_panel_dispose;

  properties[PROP_MODEL] =
    wp_model_view_class_install (klass, PROP_MODEL, G_STRUCT_OFFSET (WpTargetPanel, model),
                                 (WpModelViewSetModel) wp_target_panel_set_model);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) wp_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/wp-target-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, WpTargetPanel, connections_entry);
  gtk_widget_class_bind_template_child (widget_class, WpTargetPanel, connections_error);
  gtk_widget_class_bind_template_child (widget_class, WpTargetPanel, rate_entry);
  gtk_widget_class_bind_template_child (widget_class, WpTargetPanel, rate_error);
  gtk_widget_class_bind_template_child (widget_class, WpTargetPanel, life_entry);
  gtk_widget_class_bind_template_child (widget_class, WpTargetPanel, life_error);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, life_changed_cb);
}

static void
wp_target_panel_init (WpTargetPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
wp_target_panel_new (WpPlannerModel *model)
{
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), NULL);

  return g_object_new (WP_TYPE_TARGET_PANEL, "model", model, NULL);
}

WpPlannerModel *
wp_target_panel_get_model (WpTargetPanel *self)
{
  g_return_val_if_fail (WP_IS_TARGET_PANEL (self), NULL);

  return self->model;
}

void
wp_target_panel_set_model (WpTargetPanel  *self,
                           WpPlannerModel *model)
{
  g_return_if_fail (WP_IS_TARGET_PANEL (self));
  g_return_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model));

  if (!wp_planner_model_replace (self, &self->model, model))
    return;

  if (model != NULL)
    {
      g_signal_connect_swapped (model, "notify::need-connections",
                                G_CALLBACK (model_need_notify_cb), self);
      g_signal_connect_swapped (model, "notify::need-rate",
                                G_CALLBACK (model_need_notify_cb), self);
      g_signal_connect_swapped (model, "notify::connection-life-ms",
                                G_CALLBACK (model_life_notify_cb), self);
      model_need_notify_cb (self);
      model_life_notify_cb (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
