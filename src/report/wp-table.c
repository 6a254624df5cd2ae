/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-table"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "limits/wp-headroom.h"
#include "limits/wp-target.h"
#include "wp-sources.h"
#include "wp-table.h"

static const struct
{
  const char *title;
  gboolean    numeric;   /* numbers align right */
  int         figure;    /* a WpSourcesFigure, or -1: the source below */
  const char *source;
} columns[WP_TABLE_N_COLUMNS] = {
  [WP_TABLE_PLATFORM]     = { N_("Platform"),          FALSE, -1,
    N_("The Windows versions the specification covers.\nSource: Catalyst KB 100072") },
  [WP_TABLE_POOL]         = { N_("Non-paged pool"),    TRUE, WP_SOURCES_FIGURE_POOL, NULL },
  [WP_TABLE_PRACTICAL]    = { N_("Practical sockets"), TRUE, WP_SOURCES_FIGURE_PRACTICAL, NULL },
  [WP_TABLE_THEORETICAL]  = { N_("Theoretical"),       TRUE, WP_SOURCES_FIGURE_THEORETICAL, NULL },
  [WP_TABLE_CLIENT_LIMIT] = { N_("Client limit"),      TRUE, WP_SOURCES_FIGURE_CLIENT_LIMIT, NULL },
  [WP_TABLE_RATE]         = { N_("New conn./s"),       TRUE, WP_SOURCES_FIGURE_RATE, NULL },
  [WP_TABLE_SERVER_LIMIT] = { N_("Server limit"),      TRUE, WP_SOURCES_FIGURE_SERVER_LIMIT, NULL },
  [WP_TABLE_LIMITED_BY]   = { N_("Limited by"),        FALSE, -1,
    N_("What binds the server limit: the non-paged pool (NT), MaxConnections (9x) or "
       "SocketWrench 3.6’s 1,000 per process.\nSource: Catalyst KB 100072") },
  [WP_TABLE_VERDICT]      = { N_("Target"),            FALSE, -1,
    N_("Whether the version meets the target (the server limit against the connections, "
       "the sustained rate against the new connections per second) and, where it fails, "
       "the least RAM, the least MaxUserPort or the longest TIME_WAIT that would meet it.\n"
       "Source: Catalyst KB 100072") },
  [WP_TABLE_IN_USE]       = { N_("Ports in use"),      TRUE, -1,
    N_("Client ports the target’s new connections keep in use at steady state: rate × "
       "(connection life + TIME_WAIT), of the client limit. Ports are counted system-wide: "
       "no source says Windows reuses a port per remote address.\nSource: Catalyst KB 100072; "
       "Microsoft KB 149532") },
  [WP_TABLE_HEADROOM]     = { N_("Headroom"),          TRUE, -1,
    N_("The share of the client limit left at the target rate; below zero the ports run "
       "out. From 80 % in use, a warning.\nSource: Catalyst KB 100072; Microsoft KB 149532") },
  [WP_TABLE_EXHAUSTION]   = { N_("Exhaustion"),        TRUE, -1,
    N_("Where the ports run out: the time from an empty range until none is left at the "
       "target rate (client limit ÷ rate); “never” where they hold.\nSource: Catalyst KB 100072; "
       "Microsoft KB 149532") },
};

/* The column's title, translated. */
const char *
wp_table_column_title (WpTableColumn column)
{
  g_return_val_if_fail (column < WP_TABLE_N_COLUMNS, NULL);

  return _(columns[column].title);
}

/* The column's rule in brief and the document it comes from (a tooltip),
 * translated. */
const char *
wp_table_column_source (WpTableColumn column)
{
  g_return_val_if_fail (column < WP_TABLE_N_COLUMNS, NULL);

  if (columns[column].figure >= 0)
    return wp_sources_figure_summary (columns[column].figure);
  return _(columns[column].source);
}

gboolean
wp_table_column_numeric (WpTableColumn column)
{
  g_return_val_if_fail (column < WP_TABLE_N_COLUMNS, FALSE);

  return columns[column].numeric;
}

/* The columns a row holds: the verdict only with a target, the headroom
 * only with a rate. */
guint
wp_table_n_columns (const WpLimitsInput *input)
{
  g_return_val_if_fail (input != NULL, WP_TABLE_VERDICT);

  if (input->need_rate > 0)
    return WP_TABLE_N_COLUMNS;
  return wp_target_given (input) ? WP_TABLE_VERDICT + 1 : WP_TABLE_VERDICT;
}

static void
add_headroom_cells (GPtrArray           *cells,
                    WpPlatform           platform,
                    const WpLimitsInput *input)
{
  char *in_use, *headroom, *exhaustion;

  wp_headroom_format_cells (platform, input, &in_use, &headroom, &exhaustion);
  g_ptr_array_add (cells, in_use);
  g_ptr_array_add (cells, headroom);
  g_ptr_array_add (cells, exhaustion);
}

/* Every cell, row by row, wp_table_n_columns() to a row; the first row
 * holds the titles.  A figure that does not apply to a platform is "—". */
GPtrArray *
wp_table_cells (const WpLimitsInput *input,
                guint                platforms)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (input != NULL, cells);

  for (guint c = 0; c < wp_table_n_columns (input); c++)
    g_ptr_array_add (cells, g_strdup (wp_table_column_title (c)));

  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    {
      WpLimits limits;
      gboolean nt;

      if (!(platforms & WP_PLATFORM_BIT (p)))
        continue;

      wp_limits_compute (p, input, &limits);
      nt = limits.has_pool;
      g_ptr_array_add (cells, g_strdup (wp_platform_name (p)));
      g_ptr_array_add (cells, nt ? wp_format_pool_mb (limits.nonpaged_pool_mb) : g_strdup ("—"));
      g_ptr_array_add (cells, nt ? wp_format_count (limits.practical_sockets) : g_strdup ("—"));
      g_ptr_array_add (cells, nt && limits.family == WP_FAMILY_NT
                              ? wp_format_count (limits.theoretical_sockets) : g_strdup ("—"));
      g_ptr_array_add (cells, wp_format_count (limits.client_limit));
      g_ptr_array_add (cells, wp_format_rate (&limits));
      g_ptr_array_add (cells, limits.has_server_limit ? wp_format_count (limits.server_limit)
                                                      : g_strdup ("—"));
      g_ptr_array_add (cells, limits.has_server_limit
                              ? g_strdup (wp_limiting_factor_label (limits.server_limited_by))
                              : g_strdup ("—"));
      if (wp_target_given (input))
        {
          WpTargetVerdict verdict;

          wp_target_verdict (p, input, &verdict);
          g_ptr_array_add (cells, wp_target_format_verdict (&verdict));
        }
      if (input->need_rate > 0)
        add_headroom_cells (cells, p, input);
    }

  return cells;
}

/* The row of @platform in wp_table_cells() of @platforms (1 for the first
 * after the titles), or 0 when it is not among them. */
guint
wp_table_row_of (guint platforms,
                 int   platform)
{
  guint row = 0;

  if (!wp_platform_is_valid (platform) || !(platforms & WP_PLATFORM_BIT (platform)))
    return 0;
  for (int p = 0; p <= platform; p++)
    row += (platforms & WP_PLATFORM_BIT (p)) != 0;
  return row;
}
