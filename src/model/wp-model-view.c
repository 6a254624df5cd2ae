/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every view of the model (the window's parts, the chart, the Sources
 * dialog) does with its "model" property, written once: the class says
 * where its instance keeps the model and which function sets it. */
#define G_LOG_DOMAIN "wp-planner-model"

#include "config.h"

#include "wp-planner-model.h"

/* Kept on the view's type: where the model is, how to set it, and the
 * class's own accessors for its other properties. */
typedef struct
{
  guint                  prop_id;
  gsize                  offset;
  WpModelViewSetModel    set_model;
  GObjectGetPropertyFunc get_other;
  GObjectSetPropertyFunc set_other;
} ModelViewClass;

static GQuark
model_view_quark (void)
{
  return g_quark_from_static_string ("wp-model-view-class");
}

/* The data of the class that installed the property (or of an ancestor). */
static const ModelViewClass *
model_view_class (GObject *object)
{
  for (GType type = G_OBJECT_TYPE (object); type != 0; type = g_type_parent (type))
    {
      const ModelViewClass *view = g_type_get_qdata (type, model_view_quark ());

      if (view != NULL)
        return view;
    }
  g_assert_not_reached ();
}

static void
model_view_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  const ModelViewClass *view = model_view_class (object);

  if (prop_id == view->prop_id)
    g_value_set_object (value, G_STRUCT_MEMBER (WpPlannerModel *, object, view->offset));
  else if (view->get_other != NULL)
    view->get_other (object, prop_id, value, pspec);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
model_view_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  const ModelViewClass *view = model_view_class (object);

  if (prop_id == view->prop_id)
    view->set_model (object, g_value_get_object (value));
  else if (view->set_other != NULL)
    view->set_other (object, prop_id, value, pspec);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

GParamSpec *
wp_model_view_class_install (gpointer            klass,
                             guint               prop_id,
                             gsize               model_offset,
                             WpModelViewSetModel set_model)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ModelViewClass *view;

  g_return_val_if_fail (prop_id > 0 && set_model != NULL, NULL);
  g_return_val_if_fail (object_class->get_property != model_view_get_property, NULL);

  view = g_new0 (ModelViewClass, 1);   /* lives as long as the type */
  view->prop_id = prop_id;
  view->offset = model_offset;
  view->set_model = set_model;
  view->get_other = object_class->get_property;
  view->set_other = object_class->set_property;
  g_type_set_qdata (G_OBJECT_CLASS_TYPE (object_class), model_view_quark (), view);

  object_class->get_property = model_view_get_property;
  object_class->set_property = model_view_set_property;

  return g_param_spec_object ("model", NULL, NULL, WP_TYPE_PLANNER_MODEL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                              G_PARAM_STATIC_STRINGS);
}

gboolean
wp_planner_model_replace (gpointer         owner,
                          WpPlannerModel **slot,
                          WpPlannerModel  *model)
{
  g_return_val_if_fail (slot != NULL, FALSE);
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), FALSE);

  if (*slot == model)
    return FALSE;

  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, owner);
  g_set_object (slot, model);
  return TRUE;
}
