/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-compare-dialog"

#include "config.h"

#include "chart/wp-chart.h"
#include "ui/wp-resources.h"
#include "wp-compare-dialog.h"
#include "wp-compare-table.h"
#include "wp-window-private.h"

struct _WpCompareDialog
{
  GtkWindow     parent_instance;

  WpWindow     *parent;     /* not owned: the dialog goes with it */
  guint         n;
  WpNamedInput  entries[WP_COMPARE_MAX];   /* names and customers owned */
  GtkWidget    *chart;
  GtkWidget    *table;

  /* Template children */
  GtkBox       *chart_box;
  GtkBox       *table_box;
  GtkButton    *report_button;
};

G_DEFINE_FINAL_TYPE (WpCompareDialog, wp_compare_dialog, GTK_TYPE_WINDOW)

static void
clear_entries (WpCompareDialog *self)
{
  for (guint i = 0; i < self->n; i++)
    {
      g_free ((char *) self->entries[i].name);
      g_free ((char *) self->entries[i].customer);
    }
  self->n = 0;
}

/* Template callbacks */

static void
export_clicked_cb (WpCompareDialog *self)
{
  if (self->parent != NULL && self->n > 0)
    wp_window_export_comparison (self->parent, self->entries, self->n);
}

static void
report_clicked_cb (WpCompareDialog *self)
{
  if (self->parent != NULL && self->n > 0)
    wp_window_export_comparison_report (self->parent, self->entries, self->n);
}

/* GtkWidget overrides */

/* Escape closes it, as it does a dialog. */
static gboolean
wp_compare_dialog_key_press_event (GtkWidget   *widget,
                                   GdkEventKey *event)
{
  if (event->keyval == GDK_KEY_Escape &&
      (event->state & gtk_accelerator_get_default_mod_mask ()) == 0)
    {
      gtk_window_close (GTK_WINDOW (widget));
      return GDK_EVENT_STOP;
    }
  return GTK_WIDGET_CLASS (wp_compare_dialog_parent_class)->key_press_event (widget, event);
}

/* GObject overrides */

static void
wp_compare_dialog_finalize (GObject *object)
{
  WpCompareDialog *self = WP_COMPARE_DIALOG (object);

  clear_entries (self);
  if (self->parent != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->parent), (gpointer *) &self->parent);

  G_OBJECT_CLASS (wp_compare_dialog_parent_class)->finalize (object);
}

static void
wp_compare_dialog_class_init (WpCompareDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = wp_compare_dialog_finalize;
  widget_class->key_press_event = wp_compare_dialog_key_press_event;

  (void) wp_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/wp-compare-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WpCompareDialog, chart_box);
  gtk_widget_class_bind_template_child (widget_class, WpCompareDialog, table_box);
  gtk_widget_class_bind_template_child (widget_class, WpCompareDialog, report_button);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, report_clicked_cb);
}

static void
wp_compare_dialog_init (WpCompareDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->chart = wp_chart_new (NULL);
  gtk_widget_set_vexpand (self->chart, TRUE);
  gtk_widget_show (self->chart);
  gtk_container_add (GTK_CONTAINER (self->chart_box), self->chart);

  self->table = wp_compare_table_new ();
  gtk_container_add (GTK_CONTAINER (self->table_box), self->table);
}

/* Public API */

GtkWidget *
wp_compare_dialog_new (WpWindow *parent)
{
  WpCompareDialog *self;

  g_return_val_if_fail (WP_IS_WINDOW (parent), NULL);

  self = g_object_new (WP_TYPE_COMPARE_DIALOG, "transient-for", parent, NULL);
  self->parent = parent;
  g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &self->parent);
  return GTK_WIDGET (self);
}

void
wp_compare_dialog_set_entries (WpCompareDialog    *self,
                               const WpNamedInput *entries,
                               guint               n)
{
  g_return_if_fail (WP_IS_COMPARE_DIALOG (self));
  g_return_if_fail (n <= WP_COMPARE_MAX && (n == 0 || entries != NULL));

  clear_entries (self);
  for (guint i = 0; i < n; i++)
    {
      self->entries[i] = entries[i];
      self->entries[i].name = g_strdup (entries[i].name);
      self->entries[i].customer = g_strdup (entries[i].customer);
    }
  self->n = n;
  wp_chart_set_comparison (WP_CHART (self->chart), self->entries, n);
  wp_compare_table_set_entries (WP_COMPARE_TABLE (self->table), self->entries, n);
}

guint
wp_compare_dialog_get_entries (WpCompareDialog     *self,
                               const WpNamedInput **out_entries)
{
  g_return_val_if_fail (WP_IS_COMPARE_DIALOG (self), 0);

  if (out_entries != NULL)
    *out_entries = self->entries;
  return self->n;
}

GtkWidget *
wp_compare_dialog_get_chart (WpCompareDialog *self)
{
  g_return_val_if_fail (WP_IS_COMPARE_DIALOG (self), NULL);

  return self->chart;
}

GtkWidget *
wp_compare_dialog_get_table (WpCompareDialog *self)
{
  g_return_val_if_fail (WP_IS_COMPARE_DIALOG (self), NULL);

  return self->table;
}
