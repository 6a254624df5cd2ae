/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-comparison-table"

#include "config.h"

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "wp-comparison-rows.h"

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
void
wp_comparison_set_row (GtkListStore          *store,
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
