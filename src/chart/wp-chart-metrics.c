/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include "wp-chart-metrics.h"

static const WpChartMetrics metrics = {
  /* 27 px at 1080, 18 at 720: the rows of a slide; 4:3 and narrower
   * charts by their width. */
  .body_per_height = 1.0 / 40,
  .body_per_width = 1.0 / 64,
  .small_text = 0.9,
  .title_text = 1.3,
  .y_low_ticks = 3.0,
  .axis_line = 1.0,
  .grid_line = 1.0,
  .marker_line = 1.5,
  .outline = 1.0,
  .value_dot_min = 2.0,
  .value_box_alpha = 0.9,
  .axis_alpha = 0.85,
  .marker_alpha = 0.75,
  .tag_alpha = 0.85,
  .subtitle_alpha = 0.8,
  .label_share = 0.3,
  .label_min_alpha = 0.6,
  .leader_line = 1.0,
  .ems = {
    .pad = 0.9,
    .tick = 0.4,
    .x_label_gap = 0.2,
    .y_label_gap = 0.3,
    .axis_title_gap = 0.3,
    .y_title_gap = 0.6,
    .right_gap = 1.5,
    .title_gap = 0.2,
    .subtitle_gap = 0.5,
    .tag_room = 0.8,
    .tag_gap = 0.5,
    .tag_pad_x = 0.4,
    .tag_pad_y = 0.15,
    .legend_row_gap = 0.5,
    .legend_column_gap = 1.5,
    .legend_gap = 0.8,
    .swatch = 2.6,
    .swatch_gap = 0.5,
    .band_swatch = 0.45,
    .x_tick_space = 6.0,
    .x_label_air = 2.5,
    .y_tick_space = 3.5,
    .y_tick_space_low = 2.0,
    .bare_margin = 0.5,
    .value_gap = 0.2,
    .value_pad_x = 0.35,
    .value_pad_y = 0.1,
    .value_dot = 0.28,
    .value_offset = 0.5,
    .value_leader = 1.4,
    .label_gap = 0.9,
    .label_leader_gap = 0.2,
    .label_spacing = 0.15,
    .label_min_wrap = 5.0,
    .leader_min_move = 0.2,
    .zero_gap = 0.4,
  },
};

G_STATIC_ASSERT (sizeof (WpChartLengths) % sizeof (double) == 0);

const WpChartMetrics *
wp_chart_metrics_default (void)
{
  return &metrics;
}

/* Every length times @em: in user units. */
void
wp_chart_lengths_scale (const WpChartLengths *ems,
                        double                em,
                        WpChartLengths       *out)
{
  const double *in = (const double *) ems;
  double *to = (double *) out;

  for (gsize i = 0; i < sizeof *ems / sizeof (double); i++)
    to[i] = in[i] * em;
}
