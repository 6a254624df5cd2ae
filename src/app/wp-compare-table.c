/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-compare-table"

#include "config.h"

#include "chart/wp-chart-compare.h"
#include "report/wp-compare.h"
#include "ui/wp-resources.h"
#include "wp-compare-table.h"

struct _WpCompareTable
{
  GtkBox    parent_instance;

  /* Template children */
  GtkGrid  *grid;
  GtkLabel *note;
};

G_DEFINE_FINAL_TYPE (WpCompareTable, wp_compare_table, GTK_TYPE_BOX)

/* The grid's columns: the mark, the titles, then the scenarios. */
enum
{
  COLUMN_MARK,
  COLUMN_TITLE,
  COLUMN_FIRST,
};

/* A cell; in bold where the row differs (with its "≠": not by weight
 * alone), numbers and names at the start of their column. */
static void
add_cell (WpCompareTable *self,
          guint           column,
          guint           row,
          const char     *text,
          gboolean        bold)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (bold)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);

      gtk_label_set_markup (GTK_LABEL (label), markup);
    }
  else
    gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_selectable (GTK_LABEL (label), column >= COLUMN_FIRST && row > 0);
  gtk_widget_set_can_focus (label, FALSE);
  if (column == COLUMN_TITLE || row == 0)
    gtk_style_context_add_class (gtk_widget_get_style_context (label), "dim-label");
  gtk_widget_show (label);
  gtk_grid_attach (self->grid, label, (int) column, (int) row, 1, 1);
}

/* Each scenario's heading: its mark on the chart, then its name. */
static void
add_headings (WpCompareTable     *self,
              const WpNamedInput *entries,
              guint               n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *heading = g_strdup_printf ("%s %s", wp_chart_compare_shape_glyph (i),
                                                  entries[i].name);

      add_cell (self, COLUMN_FIRST + i, 0, heading, TRUE);
    }
}

static void
clear_grid (WpCompareTable *self)
{
  g_autoptr (GList) children = gtk_container_get_children (GTK_CONTAINER (self->grid));

  for (GList *l = children; l != NULL; l = l->next)
    gtk_widget_destroy (l->data);
}

static void
wp_compare_table_class_init (WpCompareTableClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  (void) wp_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/wp-compare-table.ui");
  gtk_widget_class_bind_template_child (widget_class, WpCompareTable, grid);
  gtk_widget_class_bind_template_child (widget_class, WpCompareTable, note);
}

static void
wp_compare_table_init (WpCompareTable *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
wp_compare_table_new (void)
{
  return g_object_new (WP_TYPE_COMPARE_TABLE, NULL);
}

void
wp_compare_table_set_entries (WpCompareTable     *self,
                              const WpNamedInput *entries,
                              guint               n)
{
  g_return_if_fail (WP_IS_COMPARE_TABLE (self));
  g_return_if_fail (n <= WP_COMPARE_MAX && (n == 0 || entries != NULL));

  clear_grid (self);
  add_headings (self, entries, n);
  for (guint r = 0, row = 1; r < WP_COMPARE_N_ROWS; r++)
    {
      gboolean differs = wp_compare_row_differs (entries, n, r);

      if (!wp_compare_row_shown (entries, n, r))
        continue;
      add_cell (self, COLUMN_MARK, row, differs ? WP_COMPARE_DIFFERS_MARK : "", differs);
      add_cell (self, COLUMN_TITLE, row, wp_compare_row_title (r), FALSE);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *cell = wp_compare_cell (&entries[i], r);

          add_cell (self, COLUMN_FIRST + i, row, cell, differs);
        }
      row++;
    }
  gtk_label_set_text (self->note, n > 1 ? wp_compare_differs_note () : "");
}

GtkLabel *
wp_compare_table_get_cell (WpCompareTable *self,
                           guint           column,
                           guint           row)
{
  GtkWidget *child;

  g_return_val_if_fail (WP_IS_COMPARE_TABLE (self), NULL);

  child = gtk_grid_get_child_at (self->grid, (int) column, (int) row);
  return GTK_IS_LABEL (child) ? GTK_LABEL (child) : NULL;
}
