/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The renderer's style from a widget's theme: its text colour, the view
 * background, its font at the desktop's text scaling. */
#pragma once

#include <gtk/gtk.h>

#include "wp-chart-style.h"

G_BEGIN_DECLS

void wp_chart_style_from_widget (WpChartStyle *style,
                                 GtkWidget    *widget);

G_END_DECLS
