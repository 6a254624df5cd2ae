/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-comparison-table"

#include "config.h"

#include "report/wp-sources.h"
#include "report/wp-table.h"
#include "ui/wp-resources.h"
#include "wp-comparison-rows.h"
#include "wp-comparison-table.h"
#include "wp-comparison-widths.h"

struct _WpComparisonTable
{
  GtkScrolledWindow  parent_instance;

  WpPlannerModel    *model;
  gboolean           filling_table;   /* selection changes are ours */

  /* Template children */
  GtkListStore      *platform_store;
  GtkTreeView       *platform_view;
  GtkTreeSelection  *platform_selection;
  GtkTreeViewColumn *verdict_column;
  GtkTreeViewColumn *needs_column;
  GtkTreeViewColumn *in_use_column;
  GtkTreeViewColumn *headroom_column;
  GtkTreeViewColumn *exhaustion_column;

  char              *needs_texts;     /* "To pass" as last measured */
  int                needs_width;     /* its width then, -1: measure */
  gboolean           widths_pending;  /* to reserve once in a window */
};

G_DEFINE_FINAL_TYPE (WpComparisonTable, wp_comparison_table, GTK_TYPE_SCROLLED_WINDOW)

enum
{
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* The selected platform's row is bold and selected; the others not. */
static void
mark_selected_row (WpComparisonTable *self)
{
  GtkTreeModel *model = GTK_TREE_MODEL (self->platform_store);
  WpPlatform selected = wp_planner_model_get_selected_platform (self->model);
  GtkTreeIter iter;
  gboolean found = FALSE;

  self->filling_table = TRUE;
  if (gtk_tree_model_get_iter_first (model, &iter))
    do
      {
        int platform, weight, shown_weight;

        gtk_tree_model_get (model, &iter, COLUMN_PLATFORM, &platform,
                            COLUMN_WEIGHT, &shown_weight, -1);
        weight = platform == (int) selected ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL;
        if (weight != shown_weight)
          gtk_list_store_set (self->platform_store, &iter, COLUMN_WEIGHT, weight, -1);
        if (platform == (int) selected)
          {
            gtk_tree_selection_select_iter (self->platform_selection, &iter);
            found = TRUE;
          }
      }
    while (gtk_tree_model_iter_next (model, &iter));

  /* A hidden platform can still be the one the readouts describe. */
  if (!found)
    gtk_tree_selection_unselect_all (self->platform_selection);
  self->filling_table = FALSE;
}

static void fit_needs_column (WpComparisonTable *self);

/* One row per visible platform.  The rows stay and change in place: the
 * view keeps what it measured of them. */
static void
fill_table (WpComparisonTable *self)
{
  GtkTreeModel *model = GTK_TREE_MODEL (self->platform_store);
  GtkTreeIter iter;
  gboolean valid = gtk_tree_model_get_iter_first (model, &iter);
  gboolean target = wp_planner_model_get_need_connections (self->model) > 0 ||
                    wp_planner_model_get_need_rate (self->model) > 0;
  GtkTreeViewColumn *headroom_columns[] = {
    self->in_use_column, self->headroom_column, self->exhaustion_column,
  };
  WpLimitsInput input;

  gtk_tree_view_column_set_visible (self->verdict_column, target);
  gtk_tree_view_column_set_visible (self->needs_column, target);
  wp_planner_model_get_input (self->model, &input);
  for (guint i = 0; i < G_N_ELEMENTS (headroom_columns); i++)
    gtk_tree_view_column_set_visible (headroom_columns[i], input.need_rate > 0);
  self->filling_table = TRUE;
  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    {
      WpTargetVerdict verdict;

      if (!wp_planner_model_is_platform_visible (self->model, p))
        continue;

      wp_planner_model_get_verdict (self->model, p, &verdict);
      if (!valid)
        gtk_list_store_append (self->platform_store, &iter);
      wp_comparison_set_row (self->platform_store, &iter,
                             wp_planner_model_peek_limits (self->model, p), &verdict, &input);
      valid = gtk_tree_model_iter_next (model, &iter);
    }
  while (valid)
    valid = gtk_list_store_remove (self->platform_store, &iter);
  self->filling_table = FALSE;

  mark_selected_row (self);
  fit_needs_column (self);
}

/* The view's columns, in their order (ui/wp-comparison-table.ui), as the
 * table's; -1: the client limit, a figure --table does not show.  The
 * verdict's word comes second, what would pass last. */
static const int view_columns[] = {
  WP_TABLE_PLATFORM, WP_TABLE_VERDICT, WP_TABLE_POOL, WP_TABLE_PRACTICAL,
  WP_TABLE_THEORETICAL, WP_TABLE_SERVER_LIMIT, WP_TABLE_LIMITED_BY, -1, WP_TABLE_RATE,
  WP_TABLE_IN_USE, WP_TABLE_HEADROOM, WP_TABLE_EXHAUSTION,
  WP_TABLE_VERDICT,
};

/* Each column header names its rule and source. */
static void
set_column_tooltips (WpComparisonTable *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (view_columns); i++)
    {
      GtkTreeViewColumn *column = gtk_tree_view_get_column (self->platform_view, i);
      const char *source = view_columns[i] >= 0 ?
        wp_table_column_source (view_columns[i]) :
        wp_sources_figure_summary (WP_SOURCES_FIGURE_CLIENT_LIMIT);

      gtk_widget_set_tooltip_text (gtk_tree_view_column_get_button (column), source);
    }
}

/* Measured once the table is in a window: its header buttons and text
 * take their style from there (its "style-updated" comes then), and
 * measuring them before was work done twice (a table gets its model
 * before it is added to the window). */
static gboolean
widths_measurable (WpComparisonTable *self)
{
  if (gtk_widget_is_toplevel (gtk_widget_get_toplevel (GTK_WIDGET (self->platform_view))))
    return TRUE;
  self->widths_pending = TRUE;
  return FALSE;
}

/* The view measures no cell of a changed row (fixed-height mode): the
 * "To pass" column, whose text is not known in advance, is sized here to
 * its widest text, measured again only when one changes. */
static void
fit_needs_column (WpComparisonTable *self)
{
  GtkTreeModel *model = GTK_TREE_MODEL (self->platform_store);
  g_autoptr (GString) joined = g_string_new (NULL);
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  GtkTreeIter iter;

  if (!gtk_tree_view_column_get_visible (self->needs_column) || !widths_measurable (self))
    return;
  for (gboolean valid = gtk_tree_model_get_iter_first (model, &iter); valid;
       valid = gtk_tree_model_iter_next (model, &iter))
    {
      char *text = NULL;

      gtk_tree_model_get (model, &iter, COLUMN_NEEDS, &text, -1);
      g_string_append_printf (joined, "%s\n", text);
      g_ptr_array_add (texts, text);
    }
  if (self->needs_width >= 0 && g_strcmp0 (joined->str, self->needs_texts) == 0)
    return;

  g_free (self->needs_texts);
  self->needs_texts = g_strdup (joined->str);
  self->needs_width = wp_comparison_fit_texts (self->platform_view, self->needs_column,
                                               (const char * const *) texts->pdata, texts->len);
}

/* Each column takes the width of its widest figure in bold from the start
 * (wp-comparison-widths.h). */
static void
reserve_column_widths (WpComparisonTable *self)
{
  WpLimitsInput input;
  guint platforms = WP_PLATFORMS_ALL;

  if (!widths_measurable (self))
    return;
  self->widths_pending = FALSE;
  wp_limits_input_init (&input);
  if (self->model != NULL)
    {
      wp_planner_model_get_input (self->model, &input);
      platforms = wp_planner_model_get_visible_platforms (self->model) |
                  WP_PLATFORM_BIT (wp_planner_model_get_selected_platform (self->model));
    }

  /* The view's last column only takes the spare width */
  g_assert (gtk_tree_view_get_n_columns (self->platform_view) == G_N_ELEMENTS (view_columns) + 1);
  wp_comparison_reserve_widths (self->platform_view, view_columns, G_N_ELEMENTS (view_columns),
                                self->verdict_column, &input, platforms);
  self->needs_width = -1;   /* measured again with its texts */
  fit_needs_column (self);
}

/* Callbacks */

static void
view_style_updated_cb (WpComparisonTable *self)
{
  reserve_column_widths (self);
}

/* Realized still unmeasured (added to a window without a change of
 * style): measured before its first frame all the same. */
static void
view_realize_cb (WpComparisonTable *self)
{
  if (self->widths_pending)
    reserve_column_widths (self);
}

static void
model_changed_cb (WpComparisonTable *self)
{
  fill_table (self);
}

static void
model_selected_platform_notify_cb (WpComparisonTable *self)
{
  mark_selected_row (self);
}

static void
platform_selection_changed_cb (GtkTreeSelection  *selection,
                               WpComparisonTable *self)
{
  GtkTreeModel *model;
  GtkTreeIter iter;
  int platform;

  if (self->filling_table || self->model == NULL ||
      !gtk_tree_selection_get_selected (selection, &model, &iter))
    return;

  gtk_tree_model_get (model, &iter, COLUMN_PLATFORM, &platform, -1);
  wp_planner_model_set_selected_platform (self->model, platform);
}

/* GObject overrides */

static void
wp_comparison_table_dispose (GObject *object)
{
  WpComparisonTable *self = WP_COMPARISON_TABLE (object);

  wp_planner_model_replace (self, &self->model, NULL);
  g_clear_pointer (&self->needs_texts, g_free);

  G_OBJECT_CLASS (wp_comparison_table_parent_class)->dispose (object);
}

static void
wp_comparison_table_class_init (WpComparisonTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_comparison_table_dispose;

  properties[PROP_MODEL] =
    wp_model_view_class_install (klass, PROP_MODEL, G_STRUCT_OFFSET (WpComparisonTable, model),
                                 (WpModelViewSetModel) wp_comparison_table_set_model);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) wp_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/wp-comparison-table.ui");
  gtk_widget_class_bind_template_child (widget_class, WpComparisonTable, platform_store);
  gtk_widget_class_bind_template_child (widget_class, WpComparisonTable, platform_view);
  gtk_widget_class_bind_template_child (widget_class, WpComparisonTable, platform_selection);
  gtk_widget_class_bind_template_child (widget_class, WpComparisonTable, verdict_column);
  gtk_widget_class_bind_template_child (widget_class, WpComparisonTable, needs_column);
  gtk_widget_class_bind_template_child (widget_class, WpComparisonTable, in_use_column);
  gtk_widget_class_bind_template_child (widget_class, WpComparisonTable, headroom_column);
  gtk_widget_class_bind_template_child (widget_class, WpComparisonTable, exhaustion_column);
  gtk_widget_class_bind_template_callback (widget_class, platform_selection_changed_cb);
}

static void
wp_comparison_table_init (WpComparisonTable *self)
{
  /* The template makes every column of a fixed width and every row as
   * high (a slider's move changes a few rows each step). */
  gtk_widget_init_template (GTK_WIDGET (self));
  self->needs_width = -1;
  set_column_tooltips (self);
  g_signal_connect_swapped (self->platform_view, "style-updated",
                            G_CALLBACK (view_style_updated_cb), self);
  g_signal_connect_swapped (self->platform_view, "realize", G_CALLBACK (view_realize_cb), self);
}

/* Public API */

GtkWidget *
wp_comparison_table_new (WpPlannerModel *model)
{
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), NULL);

  return g_object_new (WP_TYPE_COMPARISON_TABLE, "model", model, NULL);
}

WpPlannerModel *
wp_comparison_table_get_model (WpComparisonTable *self)
{
  g_return_val_if_fail (WP_IS_COMPARISON_TABLE (self), NULL);

  return self->model;
}

void
wp_comparison_table_set_model (WpComparisonTable *self,
                               WpPlannerModel    *model)
{
  g_return_if_fail (WP_IS_COMPARISON_TABLE (self));
  g_return_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model));

  if (!wp_planner_model_replace (self, &self->model, model))
    return;

  if (model != NULL)
    {
      g_signal_connect_swapped (model, "changed", G_CALLBACK (model_changed_cb), self);
      g_signal_connect_swapped (model, "notify::selected-platform",
                                G_CALLBACK (model_selected_platform_notify_cb), self);
      g_signal_connect_swapped (model, "notify::socketwrench-legacy",
                                G_CALLBACK (reserve_column_widths), self);
      g_signal_connect_swapped (model, "notify::need-rate",
                                G_CALLBACK (reserve_column_widths), self);
      g_signal_connect_swapped (model, "notify::visible-platforms",
                                G_CALLBACK (reserve_column_widths), self);
      g_signal_connect_swapped (model, "notify::connection-life-ms",
                                G_CALLBACK (reserve_column_widths), self);
      reserve_column_widths (self);
      fill_table (self);
    }
  else
    {
      self->filling_table = TRUE;
      gtk_list_store_clear (self->platform_store);
      self->filling_table = FALSE;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
