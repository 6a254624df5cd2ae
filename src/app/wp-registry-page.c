/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-registry-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ui/wp-resources.h"
#include "wp-label.h"
#include "report/wp-readout.h"
#include "wp-registry-page.h"

struct _WpRegistryPage
{
  GtkBox          parent_instance;

  WpPlannerModel *model;
  gboolean        active;

  /* Template children */
  GtkLabel       *registry_intro;
  GtkLabel       *registry_values;
};

G_DEFINE_FINAL_TYPE (WpRegistryPage, wp_registry_page, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_MODEL,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* The text, only while the page is shown: a notebook measures every page,
 * and at start-up this one would load the monospace font (even empty, a
 * label measures a line; hence it stays hidden until filled). */
static void
update_registry (WpRegistryPage *self)
{
  WpPlatform platform;
  WpLimitsInput input;
  g_autofree char *intro = NULL;
  g_autofree char *registry = NULL;

  if (!self->active || self->model == NULL)
    return;

  platform = wp_planner_model_get_selected_platform (self->model);
  wp_planner_model_get_input (self->model, &input);
  /* Translators: %s is a Windows version, "Windows 2000" */
  intro = g_strdup_printf (_("Registry values that set these figures on %s, with their key and type:"),
                           wp_platform_name (platform));
  registry = wp_readout_registry (platform, &input);
  wp_label_set_text (self->registry_intro, intro);
  wp_label_set_text (self->registry_values, registry);
  gtk_widget_show (GTK_WIDGET (self->registry_values));
}

/* Callbacks */

static void
model_notify_cb (WpRegistryPage *self)
{
  update_registry (self);
}

/* GObject overrides */

static void
wp_registry_page_dispose (GObject *object)
{
  WpRegistryPage *self = WP_REGISTRY_PAGE (object);

  wp_planner_model_replace (self, &self->model, NULL);

  G_OBJECT_CLASS (wp_registry_page_parent_class)->dispose (object);
}

static void
wp_registry_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WpRegistryPage *self = WP_REGISTRY_PAGE (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_registry_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  WpRegistryPage *self = WP_REGISTRY_PAGE (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      wp_registry_page_set_active (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_registry_page_class_init (WpRegistryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_registry_page_dispose;
  object_class->get_property = wp_registry_page_get_property;
  object_class->set_property = wp_registry_page_set_property;

  properties[PROP_MODEL] =
    wp_model_view_class_install (klass, PROP_MODEL, G_STRUCT_OFFSET (WpRegistryPage, model),
                                 (WpModelViewSetModel) wp_registry_page_set_model);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) wp_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/wp-registry-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WpRegistryPage, registry_intro);
  gtk_widget_class_bind_template_child (widget_class, WpRegistryPage, registry_values);
}

static void
wp_registry_page_init (WpRegistryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
wp_registry_page_new (WpPlannerModel *model)
{
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), NULL);

  return g_object_new (WP_TYPE_REGISTRY_PAGE, "model", model, NULL);
}

WpPlannerModel *
wp_registry_page_get_model (WpRegistryPage *self)
{
  g_return_val_if_fail (WP_IS_REGISTRY_PAGE (self), NULL);

  return self->model;
}

void
wp_registry_page_set_model (WpRegistryPage *self,
                            WpPlannerModel *model)
{
  g_return_if_fail (WP_IS_REGISTRY_PAGE (self));
  g_return_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model));

  if (!wp_planner_model_replace (self, &self->model, model))
    return;

  if (model != NULL)
    g_signal_connect_swapped (model, "notify", G_CALLBACK (model_notify_cb), self);
  update_registry (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

gboolean
wp_registry_page_get_active (WpRegistryPage *self)
{
  g_return_val_if_fail (WP_IS_REGISTRY_PAGE (self), FALSE);

  return self->active;
}

void
wp_registry_page_set_active (WpRegistryPage *self,
                             gboolean        active)
{
  g_return_if_fail (WP_IS_REGISTRY_PAGE (self));

  active = !!active;
  if (self->active == active)
    return;

  self->active = active;
  update_registry (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}
