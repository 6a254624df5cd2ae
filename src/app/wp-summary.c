/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-summary"

#include "config.h"

#include "ui/wp-resources.h"
#include "wp-label.h"
#include "limits/wp-target.h"
#include "report/wp-readout.h"
#include "wp-summary.h"

struct _WpSummary
{
  GtkBox          parent_instance;

  WpPlannerModel *model;

  /* Template children */
  GtkLabel       *server_readout;
  GtkLabel       *client_readout;
  GtkLabel       *target_readout;
};

G_DEFINE_FINAL_TYPE (WpSummary, wp_summary, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
update_readouts (WpSummary *self)
{
  WpPlatform platform = wp_planner_model_get_selected_platform (self->model);
  const WpLimits *limits = wp_planner_model_peek_limits (self->model, platform);
  WpLimitsInput input;
  g_autofree char *server = NULL;
  g_autofree char *client = NULL;
  g_autofree char *target = NULL;

  wp_planner_model_get_input (self->model, &input);

  server = wp_readout_server (limits, input.ram_mb);
  client = wp_readout_client (limits);
  wp_label_set_text (self->server_readout, server);
  wp_label_set_text (self->client_readout, client);

  /* The selected version's verdict, with a target only. */
  target = wp_target_format_sentence (platform, &input);
  if (target != NULL)
    wp_label_set_text (self->target_readout, target);
  gtk_widget_set_visible (GTK_WIDGET (self->target_readout), target != NULL);
}

/* Callbacks */

static void
model_notify_cb (WpSummary *self)
{
  update_readouts (self);
}

/* GObject overrides */

static void
wp_summary_dispose (GObject *object)
{
  WpSummary *self = WP_SUMMARY (object);

  wp_planner_model_replace (self, &self->model, NULL);

  G_OBJECT_CLASS (wp_summary_parent_class)->dispose (object);
}

static void
wp_summary_class_init (WpSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_summary_dispose;

  properties[PROP_MODEL] =
    wp_model_view_class_install (klass, PROP_MODEL, G_STRUCT_OFFSET (WpSummary, model),
                                 (WpModelViewSetModel) wp_summary_set_model);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) wp_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/wp-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, WpSummary, server_readout);
  gtk_widget_class_bind_template_child (widget_class, WpSummary, client_readout);
  gtk_widget_class_bind_template_child (widget_class, WpSummary, target_readout);
}

static void
wp_summary_init (WpSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
wp_summary_new (WpPlannerModel *model)
{
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), NULL);

  return g_object_new (WP_TYPE_SUMMARY, "model", model, NULL);
}

WpPlannerModel *
wp_summary_get_model (WpSummary *self)
{
  g_return_val_if_fail (WP_IS_SUMMARY (self), NULL);

  return self->model;
}

void
wp_summary_set_model (WpSummary      *self,
                      WpPlannerModel *model)
{
  g_return_if_fail (WP_IS_SUMMARY (self));
  g_return_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model));

  if (!wp_planner_model_replace (self, &self->model, model))
    return;

  if (model != NULL)
    {
      g_signal_connect_swapped (model, "notify", G_CALLBACK (model_notify_cb), self);
      update_readouts (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
