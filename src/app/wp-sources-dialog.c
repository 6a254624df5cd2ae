/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-sources-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "report/wp-sources.h"
#include "ui/wp-resources.h"
#include "wp-sources-dialog.h"

struct _WpSourcesDialog
{
  GtkDialog       parent_instance;

  WpPlannerModel *model;

  /* Template children */
  GtkLabel       *figures_heading;
  GtkGrid        *figures_grid;
  GtkGrid        *pool_grid;
  GtkGrid        *rules_grid;
  GtkBox         *documents_box;
};

enum
{
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

/* Columns of figures_grid. */
enum
{
  FIGURE_NAME,
  FIGURE_VALUE,
  FIGURE_RULES,
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (WpSourcesDialog, wp_sources_dialog, GTK_TYPE_DIALOG)

/* Helpers */

/* A label of the page: @wrap ones (sentences) at most about 60 characters
 * wide, so the page keeps to a small screen; numbers align right. */
static GtkWidget *
new_label (const char *text,
           gboolean    wrap,
           gboolean    numeric,
           const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  if (wrap)
    {
      gtk_label_set_line_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
      gtk_widget_set_hexpand (label, TRUE);
    }
  if (numeric)
    gtk_style_context_add_class (gtk_widget_get_style_context (label), "wp-value");
  if (style_class != NULL)
    gtk_style_context_add_class (gtk_widget_get_style_context (label), style_class);
  gtk_widget_show (label);
  return label;
}

/* Sets the text of the label at @column, @row of figures_grid, adding it
 * when the row is new; the same text is not set again. */
static void
set_figure_cell (WpSourcesDialog *self,
                 int              column,
                 int              row,
                 const char      *text)
{
  GtkWidget *label = gtk_grid_get_child_at (self->figures_grid, column, row);

  if (label == NULL)
    {
      label = new_label (text, column == FIGURE_RULES, column == FIGURE_VALUE, NULL);
      gtk_grid_attach (self->figures_grid, label, column, row, 1, 1);
    }
  else if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) != 0)
    gtk_label_set_text (GTK_LABEL (label), text);
}

/* The selected version's figures, a row each; the rows stay and change in
 * place (a 9x version has fewer). */
static void
update_figures (WpSourcesDialog *self)
{
  WpPlatform platform;
  WpLimitsInput input;
  g_autoptr (GPtrArray) entries = NULL;
  g_autofree char *ram = NULL;
  g_autofree char *heading = NULL;
  guint i;

  if (self->model == NULL)
    return;

  platform = wp_planner_model_get_selected_platform (self->model);
  wp_planner_model_get_input (self->model, &input);
  ram = wp_format_ram_mb (input.ram_mb);
  /* Translators: "Windows 2000 with 2 GB of RAM: …" */
  heading = g_strdup_printf (_("%s with %s of RAM: each figure and the rules that produced it"),
                             wp_platform_name (platform), ram);
  if (g_strcmp0 (gtk_label_get_text (self->figures_heading), heading) != 0)
    gtk_label_set_text (self->figures_heading, heading);

  entries = wp_sources_for_limits (wp_planner_model_peek_limits (self->model, platform));
  for (i = 0; i < entries->len; i++)
    {
      const WpSourcesEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *rule_ids = g_strjoinv (", ", (char **) entry->rules);
      g_autofree char *documents = wp_sources_entry_documents (entry);
      /* Translators: the ids of the rules behind a figure (untranslated),
       * then the documents they come from */
      g_autofree char *rules = g_strdup_printf (_("Rules: %s\nDocuments: %s"),
                                                rule_ids, documents);

      set_figure_cell (self, FIGURE_NAME, i, wp_sources_figure_label (entry->figure));
      set_figure_cell (self, FIGURE_VALUE, i, entry->value);
      set_figure_cell (self, FIGURE_RULES, i, rules);
      gtk_widget_set_tooltip_text (gtk_grid_get_child_at (self->figures_grid, FIGURE_NAME, i),
                                   wp_sources_figure_summary (entry->figure));
    }
  while (gtk_grid_get_child_at (self->figures_grid, FIGURE_NAME, i) != NULL)
    gtk_grid_remove_row (self->figures_grid, i);
}

/* AskPerf's measurements under the template's header row, beside the
 * specification's RAM / 8 (the same on 2000 and Server 2003 there). */
static void
fill_pool (WpSourcesDialog *self)
{
  for (guint i = 0; i < WP_SOURCES_N_MEASURED; i++)
    {
      const WpSourcesMeasuredPool *row = wp_sources_measured_pool (i);
      char *cells[4] = {
        wp_format_ram_mb (row->ram_mb),
        wp_format_pool_mb (wp_limits_nonpaged_pool_mb (WP_PLATFORM_WIN2000, row->ram_mb)),
        wp_format_pool_mb (row->win2000_mb),
        wp_format_pool_mb (row->win2003_sp1_mb),
      };

      for (int c = 0; c < 4; c++)
        gtk_grid_attach (self->pool_grid, new_label (cells[c], FALSE, TRUE, NULL),
                         c, i + 1, 1, 1);
      for (int c = 0; c < 4; c++)
        g_free (cells[c]);
    }
}

/* Every rule: its id, its text and, below, its documents. */
static void
fill_rules (WpSourcesDialog *self)
{
  for (guint i = 0; i < wp_sources_n_rules (); i++)
    {
      const WpSourceRule *rule = wp_sources_rule (i);
      g_autofree char *documents = wp_sources_rule_documents (rule);

      gtk_grid_attach (self->rules_grid, new_label (rule->id, FALSE, FALSE, "wp-heading"),
                       0, 2 * i, 1, 1);
      gtk_grid_attach (self->rules_grid,
                       new_label (wp_sources_rule_text (rule), TRUE, FALSE, NULL),
                       1, 2 * i, 1, 1);
      gtk_grid_attach (self->rules_grid, new_label (documents, TRUE, FALSE, "dim-label"),
                       1, 2 * i + 1, 1, 1);
    }
}

static void
fill_documents (WpSourcesDialog *self)
{
  for (guint i = 0; i < wp_sources_n_documents (); i++)
    {
      const WpSourceDocument *document = wp_sources_document (i);
      g_autofree char *label = wp_sources_document_label (document);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      gtk_container_add (GTK_CONTAINER (box), new_label (label, TRUE, FALSE, NULL));
      const char *address = wp_sources_document_address (document);

      gtk_container_add (GTK_CONTAINER (box),
                         new_label (_(document->note), TRUE, FALSE, "dim-label"));
      if (address != NULL)
        {
          GtkWidget *link = new_label (address, TRUE, FALSE, "dim-label");

          gtk_label_set_selectable (GTK_LABEL (link), TRUE);
          gtk_container_add (GTK_CONTAINER (box), link);
        }
      gtk_widget_show (box);
      gtk_container_add (GTK_CONTAINER (self->documents_box), box);
    }
}

/* Overrides */

static void
wp_sources_dialog_dispose (GObject *object)
{
  WpSourcesDialog *self = WP_SOURCES_DIALOG (object);

  wp_sources_dialog_set_model (self, NULL);

  G_OBJECT_CLASS (wp_sources_dialog_parent_class)->dispose (object);
}

static void
wp_sources_dialog_class_init (WpSourcesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_sources_dialog_dispose;

  properties[PROP_MODEL] =
    wp_model_view_class_install (klass, PROP_MODEL, G_STRUCT_OFFSET (WpSourcesDialog, model),
                                 (WpModelViewSetModel) wp_sources_dialog_set_model);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) wp_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/wp-sources-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WpSourcesDialog, figures_heading);
  gtk_widget_class_bind_template_child (widget_class, WpSourcesDialog, figures_grid);
  gtk_widget_class_bind_template_child (widget_class, WpSourcesDialog, pool_grid);
  gtk_widget_class_bind_template_child (widget_class, WpSourcesDialog, rules_grid);
  gtk_widget_class_bind_template_child (widget_class, WpSourcesDialog, documents_box);
}

static void
wp_sources_dialog_init (WpSourcesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  fill_pool (self);
  fill_rules (self);
  fill_documents (self);
}

/* Public API */

/* A dialog over @parent, with a header bar, following @model. */
GtkWidget *
wp_sources_dialog_new (GtkWindow      *parent,
                       WpPlannerModel *model)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), NULL);

  return g_object_new (WP_TYPE_SOURCES_DIALOG,
                       "use-header-bar", TRUE,
                       "transient-for", parent,
                       "model", model,
                       NULL);
}

WpPlannerModel *
wp_sources_dialog_get_model (WpSourcesDialog *self)
{
  g_return_val_if_fail (WP_IS_SOURCES_DIALOG (self), NULL);

  return self->model;
}

void
wp_sources_dialog_set_model (WpSourcesDialog *self,
                             WpPlannerModel  *model)
{
  g_return_if_fail (WP_IS_SOURCES_DIALOG (self));
  g_return_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model));

  if (!wp_planner_model_replace (self, &self->model, model))
    return;

  if (model != NULL)
    {
      g_signal_connect_swapped (model, "changed", G_CALLBACK (update_figures), self);
      g_signal_connect_swapped (model, "notify::selected-platform",
                                G_CALLBACK (update_figures), self);
      update_figures (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
