/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart's options: which lines it draws and the top of its value axis,
 * in a popover on the chart (a right click, the Menu key, or
 * wp_chart_options_popup()); remembered in @settings when there are any. */
#pragma once

#include <gtk/gtk.h>

#include "chart/wp-chart.h"

G_BEGIN_DECLS

void        wp_chart_options_attach      (WpChart   *chart,
                                          GSettings *settings);
void        wp_chart_options_popup       (WpChart   *chart);
GtkPopover *wp_chart_options_get_popover (WpChart   *chart);

G_END_DECLS
