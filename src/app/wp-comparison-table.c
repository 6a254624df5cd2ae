/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-comparison-table"

#include "config.h"

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "report/wp-sources.h"
#include "report/wp-table.h"
#include "ui/wp-resources.h"
#include "wp-comparison-table.h"

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
};

G_DEFINE_FINAL_TYPE (WpComparisonTable, wp_comparison_table, GTK_TYPE_SCROLLED_WINDOW)

enum
{
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Columns of platform_store (ui/wp-comparison-table.ui). */
enum
{
  COLUMN_PLATFORM,
  COLUMN_NAME,
  COLUMN_POOL,
  COLUMN_PRACTICAL,
  COLUMN_THEORETICAL,
  COLUMN_SERVER_LIMIT,
  COLUMN_CLIENT_LIMIT,
  COLUMN_RATE,
  COLUMN_LIMITED_BY,
  COLUMN_WEIGHT,
  COLUMN_VERDICT,
  COLUMN_NEEDS,
  COLUMN_IN_USE,       /* the target rate's headroom (wp-headroom.h) */
  COLUMN_HEADROOM,
  COLUMN_EXHAUSTION,
  N_COLUMNS
};

/* Helpers */

static gboolean
row_shows_verdict (GtkTreeModel *model,
                   GtkTreeIter  *iter,
                   const char   *verdict,
                   const char   *needs)
{
  g_autofree char *shown = NULL;
  g_autofree char *shown_needs = NULL;

  gtk_tree_model_get (model, iter, COLUMN_VERDICT, &shown, COLUMN_NEEDS, &shown_needs, -1);
  return g_strcmp0 (shown, verdict) == 0 && g_strcmp0 (shown_needs, needs) == 0;
}

/* Whether the row already shows @texts (by column). */
static gboolean
row_shows (GtkTreeModel      *model,
           GtkTreeIter       *iter,
           const char * const texts[N_COLUMNS])
{
  for (int column = COLUMN_NAME; column <= COLUMN_LIMITED_BY; column++)
    {
      g_autofree char *shown = NULL;

      gtk_tree_model_get (model, iter, column, &shown, -1);
      if (g_strcmp0 (shown, texts[column]) != 0)
        return FALSE;
    }

  for (int column = COLUMN_IN_USE; column <= COLUMN_EXHAUSTION; column++)
    {
      g_autofree char *shown = NULL;

      gtk_tree_model_get (model, iter, column, &shown, -1);
      if (g_strcmp0 (shown, texts[column]) != 0)
        return FALSE;
    }

  return row_shows_verdict (model, iter, texts[COLUMN_VERDICT], texts[COLUMN_NEEDS]);
}

/* A changed row is measured and drawn again: set it only when its text
 * changes (a RAM change leaves the 9x rows, and every row past the pool's
 * cap, as they are). */
static void
set_row (GtkListStore          *store,
         GtkTreeIter           *iter,
         const WpLimits        *limits,
         const WpTargetVerdict *verdict,
         const WpLimitsInput   *input)
{
  g_autofree char *in_use = NULL;
  g_autofree char *headroom = NULL;
  g_autofree char *exhaustion = NULL;
  g_autofree char *needs = wp_target_format_needs (verdict);
  const char *none = "—";
  g_autofree char *pool = NULL;
  g_autofree char *practical = NULL;
  g_autofree char *theoretical = NULL;
  g_autofree char *server_limit = wp_format_count (limits->server_limit);
  g_autofree char *client_limit = wp_format_count (limits->client_limit);
  g_autofree char *rate = wp_format_rate (limits);
  const char *texts[N_COLUMNS] = { NULL };

  if (limits->has_pool)
    {
      pool = wp_format_pool_mb (limits->nonpaged_pool_mb);
      practical = wp_format_count (limits->practical_sockets);
      /* Vista and later: no theoretical figure in any source. */
      if (limits->family == WP_FAMILY_NT)
        theoretical = wp_format_count (limits->theoretical_sockets);
    }

  texts[COLUMN_NAME] = wp_platform_name (limits->platform);
  texts[COLUMN_POOL] = pool ? pool : none;
  texts[COLUMN_PRACTICAL] = practical ? practical : none;
  texts[COLUMN_THEORETICAL] = theoretical ? theoretical : none;
  texts[COLUMN_SERVER_LIMIT] = limits->has_server_limit ? server_limit : none;
  texts[COLUMN_CLIENT_LIMIT] = client_limit;
  texts[COLUMN_RATE] = rate;
  texts[COLUMN_LIMITED_BY] = limits->has_server_limit
                             ? wp_limiting_factor_label (limits->server_limited_by) : none;
  texts[COLUMN_VERDICT] = wp_target_format_word (verdict);
  texts[COLUMN_NEEDS] = needs ? needs : "";
  wp_headroom_format_cells (limits->platform, input, &in_use, &headroom, &exhaustion);
  texts[COLUMN_IN_USE] = in_use;
  texts[COLUMN_HEADROOM] = headroom;
  texts[COLUMN_EXHAUSTION] = exhaustion;
  if (row_shows (GTK_TREE_MODEL (store), iter, texts))
    return;

  gtk_list_store_set (store, iter,
                      COLUMN_PLATFORM, limits->platform,
                      COLUMN_NAME, texts[COLUMN_NAME],
                      COLUMN_POOL, texts[COLUMN_POOL],
                      COLUMN_PRACTICAL, texts[COLUMN_PRACTICAL],
                      COLUMN_THEORETICAL, texts[COLUMN_THEORETICAL],
                      COLUMN_SERVER_LIMIT, texts[COLUMN_SERVER_LIMIT],
                      COLUMN_CLIENT_LIMIT, texts[COLUMN_CLIENT_LIMIT],
                      COLUMN_RATE, texts[COLUMN_RATE],
                      COLUMN_LIMITED_BY, texts[COLUMN_LIMITED_BY],
                      COLUMN_VERDICT, texts[COLUMN_VERDICT],
                      COLUMN_NEEDS, texts[COLUMN_NEEDS],
                      COLUMN_IN_USE, texts[COLUMN_IN_USE],
                      COLUMN_HEADROOM, texts[COLUMN_HEADROOM],
                      COLUMN_EXHAUSTION, texts[COLUMN_EXHAUSTION],
                      -1);
}

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
      set_row (self->platform_store, &iter, wp_planner_model_peek_limits (self->model, p),
               &verdict, &input);
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

/* The widest texts a column of the table (WP_TABLE_*, -1: the client
 * limit) can show of those that change as the sliders move: 8s stand for
 * the widest digits; the workload's at the input's rate over the longest
 * TIME_WAIT and one port.  None for the verdict, sized on its own. */
static GPtrArray *
column_candidates (int                  table_column,
                   const WpLimitsInput *input,
                   guint                platforms)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  /* ⌈rate × (life + 300 s)⌉, the most ports a rate keeps in use */
  guint64 in_use = (input->need_rate * (input->connection_life_ms + WP_TIME_WAIT_MAX * 1000ull) +
                    999) / 1000;

  switch (table_column)
    {
    case WP_TABLE_PLATFORM:
      /* the rows shown: a Compare check is a click, not a slider's move */
      for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
        if (platforms & WP_PLATFORM_BIT (p))
          g_ptr_array_add (texts, g_strdup (wp_platform_name (p)));
      break;
    case WP_TABLE_POOL:
      g_ptr_array_add (texts, wp_format_pool_mb (888.888));
      break;
    case WP_TABLE_PRACTICAL: case WP_TABLE_THEORETICAL: case WP_TABLE_SERVER_LIMIT: case -1:
      g_ptr_array_add (texts, wp_format_count (88888));
      break;
    case WP_TABLE_LIMITED_BY:
      /* SocketWrench's cap is a switch away, not a slider's move */
      for (WpLimitingFactor f = WP_LIMITED_BY_MEMORY; f <= WP_LIMITED_BY_PROCESS_CAP; f++)
        if (f != WP_LIMITED_BY_PROCESS_CAP || input->socketwrench_legacy)
          g_ptr_array_add (texts, g_strdup (wp_limiting_factor_label (f)));
      break;
    case WP_TABLE_RATE:
      g_ptr_array_add (texts, wp_format_count (8888));
      break;
    case WP_TABLE_IN_USE:
      g_ptr_array_add (texts, wp_format_count (in_use));
      break;
    case WP_TABLE_HEADROOM:
      g_ptr_array_add (texts, wp_headroom_format_pct (100));
      g_ptr_array_add (texts, wp_headroom_format_pct (-(gint64) (in_use * 100)));
      break;
    case WP_TABLE_EXHAUSTION:
      if (input->need_rate > 0)
        g_ptr_array_add (texts, wp_headroom_format_duration (WP_MAX_USER_PORT_MAX * 1000ull /
                                                             input->need_rate));
      break;
    default:
      break;
    }
  return texts;
}

/* A column's width, fixed (the view is in fixed-height mode): @width, or
 * its header's if wider. */
static void
fit_column (GtkTreeViewColumn *column,
            int                width)
{
  int header = 0;

  gtk_widget_get_preferred_width (gtk_tree_view_column_get_button (column), NULL, &header);
  gtk_tree_view_column_set_fixed_width (column, MAX (width, header));
}

/* The view measures no cell of a changed row (fixed-height mode): the
 * "To pass" column, whose text is not known in advance, is sized here to
 * its widest text, measured again only when one changes. */
static void
fit_needs_column (WpComparisonTable *self)
{
  GtkTreeModel *model = GTK_TREE_MODEL (self->platform_store);
  g_autoptr (GString) texts = g_string_new (NULL);
  g_autoptr (GList) cells = gtk_cell_layout_get_cells (GTK_CELL_LAYOUT (self->needs_column));
  GtkTreeIter iter;
  int separator = 0, focus = 0, widest = 0;

  if (!gtk_tree_view_column_get_visible (self->needs_column) || cells == NULL)
    return;
  for (gboolean valid = gtk_tree_model_get_iter_first (model, &iter); valid;
       valid = gtk_tree_model_iter_next (model, &iter))
    {
      g_autofree char *text = NULL;

      gtk_tree_model_get (model, &iter, COLUMN_NEEDS, &text, -1);
      g_string_append_printf (texts, "%s\n", text);
    }
  if (self->needs_width >= 0 && g_strcmp0 (texts->str, self->needs_texts) == 0)
    return;

  g_free (self->needs_texts);
  self->needs_texts = g_strdup (texts->str);
  gtk_widget_style_get (GTK_WIDGET (self->platform_view), "horizontal-separator", &separator,
                        "focus-line-width", &focus, NULL);
  for (gboolean valid = gtk_tree_model_get_iter_first (model, &iter); valid;
       valid = gtk_tree_model_iter_next (model, &iter))
    {
      g_autofree char *text = NULL;
      int width;

      gtk_tree_model_get (model, &iter, COLUMN_NEEDS, &text, -1);
      g_object_set (cells->data, "text", text, "weight", PANGO_WEIGHT_BOLD, NULL);
      gtk_cell_renderer_get_preferred_width (cells->data, GTK_WIDGET (self->platform_view),
                                             NULL, &width);
      widest = MAX (widest, width);
    }
  self->needs_width = widest + separator + 2 * focus + 2;
  fit_column (self->needs_column, self->needs_width);
}

/* Each column takes the width of its widest figure in bold from the start:
 * neither a value that grows as a slider moves nor the bold selected row
 * widens it later (issue 14: nothing jumps). */
static void
reserve_column_widths (WpComparisonTable *self)
{
  GtkWidget *view = GTK_WIDGET (self->platform_view);
  WpLimitsInput input;
  guint platforms = WP_PLATFORMS_ALL;
  int separator = 0, focus = 0;

  wp_limits_input_init (&input);
  if (self->model != NULL)
    {
      wp_planner_model_get_input (self->model, &input);
      platforms = wp_planner_model_get_visible_platforms (self->model) |
                  WP_PLATFORM_BIT (wp_planner_model_get_selected_platform (self->model));
    }

  gtk_widget_style_get (view, "horizontal-separator", &separator,
                        "focus-line-width", &focus, NULL);
  /* The view's last column only takes the spare width */
  g_assert (gtk_tree_view_get_n_columns (self->platform_view) == G_N_ELEMENTS (view_columns) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (view_columns); i++)
    {
      GtkTreeViewColumn *column = gtk_tree_view_get_column (self->platform_view, i);
      g_autoptr (GList) cells = gtk_cell_layout_get_cells (GTK_CELL_LAYOUT (column));
      g_autoptr (GPtrArray) texts = column_candidates (view_columns[i], &input, platforms);
      int widest = 0;

      if (cells == NULL || !GTK_IS_CELL_RENDERER_TEXT (cells->data) || texts->len == 0)
        {
          fit_column (column, 0);
          continue;
        }
      for (guint t = 0; t < texts->len; t++)
        {
          int width;

          g_object_set (cells->data, "text", texts->pdata[t], "weight", PANGO_WEIGHT_BOLD, NULL);
          gtk_cell_renderer_get_preferred_width (cells->data, view, NULL, &width);
          widest = MAX (widest, width);
        }
      /* What the view adds to a cell, and a pixel or two to spare */
      gtk_tree_view_column_set_min_width (column, widest + separator + 2 * focus + 2);
      fit_column (column, widest + separator + 2 * focus + 2);
    }
  self->needs_width = -1;   /* measured again with its texts */
  fit_needs_column (self);
}

/* The verdict column as wide as its wider word in bold (the selected
 * row's): a verdict that changes with a slider moves no other column.
 * "To pass", whose text changes more, is the last column. */
static void
reserve_verdict_width (GtkWidget         *view,
                       WpComparisonTable *self)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (view, NULL);
  PangoAttrList *bold = pango_attr_list_new ();
  GList *renderers = gtk_cell_layout_get_cells (GTK_CELL_LAYOUT (self->verdict_column));
  int xpad = 0, widest = 0;

  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, bold);
  for (guint meets = 0; meets < 2; meets++)
    {
      WpTargetVerdict verdict = { .has_target = TRUE, .meets = meets };
      int width;

      pango_layout_set_text (layout, wp_target_format_word (&verdict), -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  if (renderers != NULL)
    gtk_cell_renderer_get_padding (renderers->data, &xpad, NULL);
  /* The column's own spacing around its cell: a few pixels each side. */
  gtk_tree_view_column_set_min_width (self->verdict_column, widest + 2 * xpad + 8);

  g_list_free (renderers);
  pango_attr_list_unref (bold);
  g_object_unref (layout);
}

/* Callbacks */

static void
view_style_updated_cb (WpComparisonTable *self)
{
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
  reserve_verdict_width (GTK_WIDGET (self->platform_view), self);
  g_signal_connect (self->platform_view, "style-updated", G_CALLBACK (reserve_verdict_width),
                    self);

  set_column_tooltips (self);
  g_signal_connect_swapped (self->platform_view, "style-updated",
                            G_CALLBACK (view_style_updated_cb), self);
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
