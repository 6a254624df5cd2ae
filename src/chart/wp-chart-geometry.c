/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "wp-chart-geometry.h"

/* The plot and both axes' ticks, at most @max_x_ticks and @max_y_ticks. */
void
wp_chart_layout_init_axes (WpChartLayout     *layout,
                           const WpChartRect *plot,
                           const WpChartAxis *x_axis,
                           const WpChartAxis *y_axis,
                           guint              max_x_ticks,
                           guint              max_y_ticks)
{
  g_return_if_fail (layout != NULL && plot != NULL && x_axis != NULL && y_axis != NULL);

  memset (layout, 0, sizeof *layout);
  layout->plot = *plot;
  wp_chart_axis_ticks (x_axis, max_x_ticks, &layout->x_ticks);
  wp_chart_axis_ticks (y_axis, max_y_ticks, &layout->y_ticks);
}

void
wp_chart_layout_to_pixel (const WpChartLayout *layout,
                          double               x_value,
                          double               y_value,
                          double              *out_x,
                          double              *out_y)
{
  const WpChartRect *plot = &layout->plot;
  double height = plot->height - layout->zero_gap;

  if (out_x)
    *out_x = plot->x + wp_chart_ticks_map (&layout->x_ticks, x_value) * plot->width;
  if (out_y)
    *out_y = plot->y + height - wp_chart_ticks_map (&layout->y_ticks, y_value) * height;
}

void
wp_chart_layout_from_pixel (const WpChartLayout *layout,
                            double               px,
                            double               py,
                            double              *out_x_value,
                            double              *out_y_value)
{
  const WpChartRect *plot = &layout->plot;
  double height = plot->height - layout->zero_gap;

  if (out_x_value)
    *out_x_value = plot->width > 0
                   ? wp_chart_ticks_unmap (&layout->x_ticks, (px - plot->x) / plot->width)
                   : wp_chart_ticks_unmap (&layout->x_ticks, 0.0);
  if (out_y_value)
    *out_y_value = height > 0
                   ? wp_chart_ticks_unmap (&layout->y_ticks, (plot->y + height - py) / height)
                   : wp_chart_ticks_unmap (&layout->y_ticks, 0.0);
}

gboolean
wp_chart_layout_contains (const WpChartLayout *layout,
                          double               x,
                          double               y)
{
  const WpChartRect *plot = &layout->plot;

  return x >= plot->x && x <= plot->x + plot->width &&
         y >= plot->y && y <= plot->y + plot->height;
}

static int
compare_want (gconstpointer a,
              gconstpointer b)
{
  const WpChartSpreadItem *ia = a, *ib = b;

  if (ia->want != ib->want)
    return (ia->want > ib->want) - (ia->want < ib->want);
  return (ia->index > ib->index) - (ia->index < ib->index);
}

/* A run of touching items, placed as one: its top is the mean of the
 * tops its members want, within lo..hi. */
typedef struct
{
  guint  first;
  guint  count;
  double height;   /* the members' and the gaps between them */
  double sum;      /* of each member's wanted top less its offset in the run */
  double top;
} Run;

static void
run_place (Run    *run,
           double  lo,
           double  hi)
{
  run->top = MAX (lo, MIN (run->sum / run->count, hi - run->height));
}

/* Places the @n items (sorted by their wanted centre, in place) in a
 * column from @lo to @hi, @gap apart, none over another, each as near its
 * wanted centre as the others let it: the least squares of the moves, in
 * the items' order.  Whether they fit between @lo and @hi (if not, they
 * run on past @hi). */
gboolean
wp_chart_spread (WpChartSpreadItem *items,
                 guint              n,
                 double             lo,
                 double             hi,
                 double             gap)
{
  Run *runs = g_newa (Run, MAX (n, 1));
  guint n_runs = 0;

  if (n > 1)   /* @items may be NULL when there are none */
    qsort (items, n, sizeof items[0], compare_want);
  for (guint i = 0; i < n; i++)
    {
      Run *run = &runs[n_runs++];

      *run = (Run) { i, 1, items[i].size, items[i].want - items[i].size / 2, 0 };
      run_place (run, lo, hi);
      /* Merged with the run above while they would overlap. */
      while (n_runs > 1 && runs[n_runs - 2].top + runs[n_runs - 2].height + gap > run->top)
        {
          Run *above = &runs[n_runs - 2];
          double offset = above->height + gap;

          above->sum += run->sum - run->count * offset;
          above->count += run->count;
          above->height += gap + run->height;
          run_place (above, lo, hi);
          run = above;
          n_runs--;
        }
    }

  for (guint r = 0; r < n_runs; r++)
    {
      double top = runs[r].top;

      for (guint i = runs[r].first; i < runs[r].first + runs[r].count; i++)
        {
          items[i].top = top;
          top += items[i].size + gap;
        }
    }
  return n == 0 || items[n - 1].top + items[n - 1].size <= hi + 1e-9;
}

/* Whether @item was moved off its wanted centre so far that it needs a
 * leader: by more than @min_move and than a quarter of its height (less,
 * and it still lies level with its point). */
gboolean
wp_chart_spread_moved (const WpChartSpreadItem *item,
                       double                   min_move)
{
  return fabs (item->top + item->size / 2 - item->want) > MAX (min_move, item->size / 4);
}
