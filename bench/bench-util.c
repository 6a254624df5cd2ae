/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "bench-util.h"

typedef struct
{
  GtkWidget      *window;
  GtkWidget      *content;         /* must have drawn too; may be NULL */
  BenchFrameFunc  func;
  gpointer        user_data;
  gboolean        window_drawn;
  gboolean        content_drawn;
  GdkFrameClock  *clock;
  gulong          after_paint_id;
} FirstFrame;

/* Sets the flag it is given. */
static gboolean
drawn_cb (GtkWidget *widget,
          cairo_t   *cr,
          gboolean  *drawn)
{
  *drawn = TRUE;
  return GDK_EVENT_PROPAGATE;
}

/* The end of a frame: the first one in which the window, and the content
 * inside it, really drew.  The X server has the pixels once it answers. */
static void
after_paint_cb (GdkFrameClock *clock,
                FirstFrame    *frame)
{
  if (!frame->window_drawn || (frame->content != NULL && !frame->content_drawn))
    return;

  gdk_display_sync (gtk_widget_get_display (frame->window));

  g_signal_handler_disconnect (clock, frame->after_paint_id);
  g_signal_handlers_disconnect_by_data (frame->window, frame);
  g_signal_handlers_disconnect_by_data (frame->window, &frame->window_drawn);
  if (frame->content != NULL)
    g_signal_handlers_disconnect_by_data (frame->content, &frame->content_drawn);

  frame->func (frame->window, frame->user_data);
  g_free (frame);
}

static void
window_realize_cb (GtkWidget  *widget,
                   FirstFrame *frame)
{
  frame->clock = gtk_widget_get_frame_clock (widget);
  frame->after_paint_id = g_signal_connect_after (frame->clock, "after-paint",
                                                  G_CALLBACK (after_paint_cb), frame);
}

/* Calls @func at the end of the first frame in which @window (and
 * @content, when given) drew.  Connect before @window is realized. */
void
bench_on_first_frame (GtkWidget      *window,
                      GtkWidget      *content,
                      BenchFrameFunc  func,
                      gpointer        user_data)
{
  FirstFrame *frame = g_new0 (FirstFrame, 1);

  g_return_if_fail (!gtk_widget_get_realized (window));

  frame->window = window;
  frame->content = content;
  frame->func = func;
  frame->user_data = user_data;

  g_signal_connect_after (window, "realize", G_CALLBACK (window_realize_cb), frame);
  g_signal_connect_after (window, "draw", G_CALLBACK (drawn_cb), &frame->window_drawn);
  if (content != NULL)
    g_signal_connect_after (content, "draw", G_CALLBACK (drawn_cb), &frame->content_drawn);
}

static void
find_widget_cb (GtkWidget *widget,
                gpointer   user_data)
{
  GtkWidget **found = user_data;

  if (found[0] == NULL)
    found[0] = bench_find_widget (widget, (GType) GPOINTER_TO_SIZE (found[1]));
}

/* The first widget of @type at or below @root, or NULL. */
GtkWidget *
bench_find_widget (GtkWidget *root,
                   GType      type)
{
  GtkWidget *found[2] = { NULL, GSIZE_TO_POINTER ((gsize) type) };

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  if (GTK_IS_CONTAINER (root))
    gtk_container_forall (GTK_CONTAINER (root), find_widget_cb, found);

  return found[0];
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

void
bench_sort (double *values,
            guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
}

/* The @q quantile (0.5: the median) of @n sorted values, interpolated. */
double
bench_quantile (const double *sorted,
                guint         n,
                double        q)
{
  double position = q * (n - 1);
  guint below = (guint) position;

  g_return_val_if_fail (n > 0, 0.0);

  if (below + 1 >= n)
    return sorted[n - 1];
  return sorted[below] + (position - below) * (sorted[below + 1] - sorted[below]);
}

/* This thread's CPU time, in microseconds: what the work cost, whatever
 * else the machine was doing. */
double
bench_thread_cpu_us (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e6 + now.tv_nsec / 1e3;
}
