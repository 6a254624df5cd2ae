/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart's layout metrics, in one place: what the layout measures and
 * what the drawing then uses are the same numbers.  Lengths are in ems of
 * the body font (its line height), so the same layout serves a 300-pixel
 * widget and a 10000-pixel export; text sizes are multiples of the body
 * size; thin lines are in user units. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Only doubles: wp_chart_lengths_scale() scales each. */
typedef struct
{
  double pad;               /* around the chart */
  double tick;              /* a tick mark's length */
  double x_label_gap;       /* tick mark to x tick label */
  double y_label_gap;       /* tick mark to y tick label */
  double axis_title_gap;    /* x tick labels to the x axis title */
  double y_title_gap;       /* the y axis title to the y tick labels */
  double right_gap;         /* the plot's right edge to the surface's, without names */
  double title_gap;         /* title to subtitle */
  double subtitle_gap;      /* subtitle to what follows */
  double tag_room;          /* above the plot for the marker tag, beyond a line */
  double tag_gap;           /* the tag's box to the plot */
  double tag_pad_x;         /* inside the tag's box */
  double tag_pad_y;
  double legend_row_gap;
  double legend_column_gap;
  double legend_gap;        /* the x axis title to a legend below */
  double swatch;            /* a legend line's length */
  double swatch_gap;        /* swatch to text */
  double band_swatch;       /* the height of a band's swatch */
  double x_tick_space;      /* an x tick label at least every this many */
  double x_label_air;       /* between two x tick labels */
  double y_tick_space;      /* a y tick label every this many */
  double y_tick_space_low;  /* … on a low plot */
  double bare_margin;       /* around a plot with nothing else */
  double value_gap;         /* between two value boxes at the marker */
  double value_pad_x;       /* inside a value box */
  double value_pad_y;
  double value_dot;         /* the radius of a dot at the marker */
  double value_offset;      /* the dot to its box */
  double value_leader;      /* … when the box had to move: room for a leader */
  double label_gap;         /* a line's end to its name, room for a leader */
  double label_leader_gap;  /* a leader's end to the name */
  double label_spacing;     /* between two names */
  double label_min_wrap;    /* a name wraps at no less than this */
  double leader_min_move;   /* a text moved less than this has no leader */
  double zero_gap;          /* the data's low end above the x axis */
} WpChartLengths;

typedef struct
{
  double         body_per_height; /* the body size: × the chart's height… */
  double         body_per_width;  /* … or × its width, the smaller */
  double         small_text;     /* legend, subtitle, tag, values: × body size */
  double         title_text;
  double         y_low_ticks;    /* y tick labels a low plot gets at most, beyond 0 */
  double         axis_line;      /* user units */
  double         grid_line;
  double         marker_line;
  double         outline;        /* around a value's dot and box */
  double         value_dot_min;  /* the smallest radius of a dot */
  double         value_box_alpha;
  double         axis_alpha;     /* of the foreground, for axes and ticks */
  double         marker_alpha;
  double         tag_alpha;
  double         subtitle_alpha;
  double         label_share;    /* of the width the lines' names may take, at
                                  * most, before they wrap */
  double         label_min_alpha; /* a quietened line's name stays readable */
  double         leader_line;    /* user units */
  WpChartLengths ems;
} WpChartMetrics;

const WpChartMetrics *wp_chart_metrics_default (void);
void                  wp_chart_lengths_scale   (const WpChartLengths *ems,
                                                double                em,
                                                WpChartLengths       *out);

G_END_DECLS
