/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-process-table"

#include "config.h"

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "ui/wp-resources.h"
#include "wp-process-table.h"

enum
{
  COLUMN_PID,
  COLUMN_PORTS,
  COLUMN_CONNECTIONS,
  COLUMN_SHARE,
};

struct _WpProcessTable
{
  GtkBox          parent_instance;

  WpPlannerModel *model;

  /* Template children */
  GtkListStore   *process_store;
};

G_DEFINE_FINAL_TYPE (WpProcessTable, wp_process_table, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
add_row (WpProcessTable *self,
         const char     *pid,
         const char     *ports,
         const char     *connections,
         const char     *share)
{
  gtk_list_store_insert_with_values (self->process_store, NULL, -1,
                                     COLUMN_PID, pid, COLUMN_PORTS, ports,
                                     COLUMN_CONNECTIONS, connections, COLUMN_SHARE, share, -1);
}

static void
add_process (WpProcessTable        *self,
             const WpImportProcess *process,
             guint                  ports_in_use)
{
  g_autofree char *pid = g_strdup_printf ("%u", process->pid);
  g_autofree char *ports = wp_format_count (process->ports);
  g_autofree char *connections = wp_format_count (process->connections);
  g_autofree char *share = wp_headroom_format_pct (ports_in_use > 0
                                                   ? (gint64) process->ports * 100 / ports_in_use
                                                   : 0);

  add_row (self, pid, ports, connections, share);
}

static void
update_rows (WpProcessTable *self)
{
  WpMeasurement *measurement = self->model != NULL
                               ? wp_planner_model_get_measurement (self->model) : NULL;
  const WpImportProcess *processes = NULL;
  guint n = 0, ports_in_use;

  gtk_list_store_clear (self->process_store);
  if (measurement != NULL)
    n = wp_measurement_get_top_processes (measurement, &processes);
  if (n == 0)
    {
      add_row (self, "—", "—", "—", "—");
      return;
    }
  /* Every port in use has one owner: the shares add up to 100 % */
  ports_in_use = wp_measurement_client_ports (measurement, 0, G_MAXUINT16);
  for (guint i = 0; i < n; i++)
    add_process (self, &processes[i], ports_in_use);
}

/* GObject overrides */

static void
wp_process_table_dispose (GObject *object)
{
  WpProcessTable *self = WP_PROCESS_TABLE (object);

  wp_planner_model_replace (self, &self->model, NULL);

  G_OBJECT_CLASS (wp_process_table_parent_class)->dispose (object);
}

static void
wp_process_table_class_init (WpProcessTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_process_table_dispose;

  properties[PROP_MODEL] =
    wp_model_view_class_install (klass, PROP_MODEL, G_STRUCT_OFFSET (WpProcessTable, model),
                                 (WpModelViewSetModel) wp_process_table_set_model);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) wp_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/wp-process-table.ui");
  gtk_widget_class_bind_template_child (widget_class, WpProcessTable, process_store);
}

static void
wp_process_table_init (WpProcessTable *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_rows (self);
}

/* Public API */

GtkWidget *
wp_process_table_new (WpPlannerModel *model)
{
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), NULL);

  return g_object_new (WP_TYPE_PROCESS_TABLE, "model", model, NULL);
}

WpPlannerModel *
wp_process_table_get_model (WpProcessTable *self)
{
  g_return_val_if_fail (WP_IS_PROCESS_TABLE (self), NULL);

  return self->model;
}

void
wp_process_table_set_model (WpProcessTable *self,
                            WpPlannerModel *model)
{
  g_return_if_fail (WP_IS_PROCESS_TABLE (self));
  g_return_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model));

  if (!wp_planner_model_replace (self, &self->model, model))
    return;
  if (model != NULL)
    g_signal_connect_swapped (model, "notify::measurement", G_CALLBACK (update_rows), self);
  update_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
