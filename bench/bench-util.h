/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the benchmarks share: the first painted frame of a window, finding
 * the chart in it, the statistics they print and the CPU time they take. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*BenchFrameFunc) (GtkWidget *window,
                                gpointer   user_data);

void       bench_on_first_frame (GtkWidget      *window,
                                 GtkWidget      *content,
                                 BenchFrameFunc  func,
                                 gpointer        user_data);
GtkWidget *bench_find_widget    (GtkWidget      *root,
                                 GType           type);

void       bench_sort           (double         *values,
                                 guint           n);
double     bench_quantile       (const double   *sorted,
                                 guint           n,
                                 double          q);
double     bench_thread_cpu_us  (void);

G_END_DECLS
