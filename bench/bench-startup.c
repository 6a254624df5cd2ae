/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Start-up: from process start to the first painted frame of the main
 * window (with the chart drawn in it), beside a bare GtkApplicationWindow
 * of the same size started by the same binary, alternately, many runs.
 * Prints the medians of both, of their peak resident memory, and the
 * ratios; fails when a ratio misses its target.
 *
 * The parent spawns this program again with --child=app or --child=bare
 * and takes the time just before the spawn; the child runs the real
 * WpApplication (or a bare GtkApplication), waits for the first frame
 * clock "after-paint" in which the window, and for the app the chart,
 * drew, syncs with the X server and prints the monotonic time.  The
 * product needs no hook for it.  Peak memory is the child's ru_maxrss.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "app/wp-application.h"
#include "chart/wp-chart.h"
#include "bench-util.h"

#define DEFAULT_RUNS   30
#define WARM_UP        3
/* Issue 13's targets: GTK's own work for a real window is most of what it
 * adds over a bare one, so the app may take at most these multiples. */
#define MAX_TIME_RATIO 2.10
#define MAX_RSS_RATIO  1.45
/* The size the app opens at by default (the schema's window-width and
 * window-height), so that both paint as many pixels. */
#define WIDTH          1200
#define HEIGHT         700

typedef enum
{
  KIND_APP,
  KIND_BARE,
  N_KINDS
} Kind;

static const char * const kind_names[N_KINDS] = { "app", "bare" };

/* The moments each child reports, in order: they split the start-up into
 * phases (the last one is the first painted frame). */
typedef enum
{
  MOMENT_MAIN,      /* main() entered: the process is loaded and linked */
  MOMENT_STARTUP,   /* GApplication "startup" done: GTK and the display are up */
  MOMENT_WINDOW,    /* the main window is built */
  MOMENT_FRAME,     /* its first frame is painted */
  N_MOMENTS
} Moment;

static const char * const phase_names[N_MOMENTS] = {
  "process start to main()",
  "main() to startup done",
  "startup to window built",
  "window built to first frame",
};

/* Child side */

static gint64 moments[N_MOMENTS];

static void
first_frame_cb (GtkWidget *window,
                gpointer   user_data)
{
  moments[MOMENT_FRAME] = g_get_monotonic_time ();
  for (Moment m = 0; m < N_MOMENTS; m++)
    printf ("%" G_GINT64_FORMAT "\n", moments[m]);
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
startup_cb (GApplication *application)
{
  moments[MOMENT_STARTUP] = g_get_monotonic_time ();
}

/* The app's window must draw its chart too. */
static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  Kind kind = GPOINTER_TO_INT (user_data);
  GtkWidget *chart = NULL;

  moments[MOMENT_WINDOW] = g_get_monotonic_time ();
  if (kind == KIND_APP && (chart = bench_find_widget (GTK_WIDGET (window), WP_TYPE_CHART)) == NULL)
    g_error ("The main window has no chart");
  bench_on_first_frame (GTK_WIDGET (window), chart, first_frame_cb, NULL);
}

static void
bare_activate_cb (GtkApplication *application)
{
  GtkWidget *window = gtk_application_window_new (application);

  gtk_window_set_title (GTK_WINDOW (window), "Bare");
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_present (GTK_WINDOW (window));
}

/* Starts as the program does (src/main.c), or as a bare application. */
static int
run_child (Kind  kind,
           char *argv0)
{
  char *argv[] = { argv0, NULL };
  g_autoptr (GApplication) application = NULL;

  if (kind == KIND_APP)
    application = G_APPLICATION (wp_application_new ());
  else
    {
      application = G_APPLICATION (gtk_application_new ("io.github.winsockplanner.BenchBare",
                                                        G_APPLICATION_DEFAULT_FLAGS));
      g_signal_connect (application, "activate", G_CALLBACK (bare_activate_cb), NULL);
    }
  g_signal_connect (application, "startup", G_CALLBACK (startup_cb), NULL);
  g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb),
                    GINT_TO_POINTER (kind));

  return g_application_run (application, 1, argv);
}

/* Parent side */

/* One start-up of @kind: the microseconds from the spawn to each moment,
 * the peak RSS (KiB) and the CPU time (user and system, until it exited). */
static void
measure (const char *self,
         Kind        kind,
         double      out_us[N_MOMENTS],
         double     *out_rss_kib,
         double     *out_cpu_us)
{
  g_autofree char *child_arg = g_strdup_printf ("--child=%s", kind_names[kind]);
  char *argv[] = { (char *) self, child_arg, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GString) output = g_string_new (NULL);
  g_auto (GStrv) lines = NULL;
  struct rusage usage;
  GPid pid;
  gint64 start;
  int out_fd, status;
  char buffer[256];
  ssize_t n;

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                 &pid, NULL, &out_fd, NULL, &error))
    g_error ("Cannot start %s: %s", self, error->message);

  while ((n = read (out_fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        g_error ("Cannot read the child's output: %s", g_strerror (errno));
      g_string_append_len (output, buffer, n);
    }
  close (out_fd);

  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      g_error ("wait4: %s", g_strerror (errno));

  lines = g_strsplit (g_strstrip (output->str), "\n", -1);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0 || g_strv_length (lines) != N_MOMENTS)
    g_error ("The %s child failed (status %d, output “%s”)", kind_names[kind], status,
             output->str);
  for (Moment m = 0; m < N_MOMENTS; m++)
    {
      gint64 moment;

      if (!g_ascii_string_to_signed (lines[m], 10, start, G_MAXINT64, &moment, NULL))
        g_error ("The %s child printed “%s”", kind_names[kind], lines[m]);
      out_us[m] = (double) (moment - start);
    }
  *out_rss_kib = (double) usage.ru_maxrss;
  *out_cpu_us = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6 +
                usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

/* One kind's samples, each phase and the whole start-up (at N_MOMENTS),
 * sorted once measured, and their medians. */
typedef struct
{
  double *us[N_MOMENTS + 1];
  double *rss;
  double *cpu;
  double  median_us[N_MOMENTS + 1];
  double  median_rss;
  double  median_cpu;
} Samples;

/* Alternates the two kinds, so that both see the same machine; the first
 * rounds fill the page and font caches. */
static void
measure_all (const char *self,
             guint       runs,
             Samples     samples[N_KINDS])
{
  for (guint i = 0; i < WARM_UP + runs; i++)
    for (Kind k = 0; k < N_KINDS; k++)
      {
        double at[N_MOMENTS], peak, cpu_time;

        measure (self, k, at, &peak, &cpu_time);
        if (i < WARM_UP)
          continue;
        for (Moment m = 0; m < N_MOMENTS; m++)
          samples[k].us[m][i - WARM_UP] = m == 0 ? at[m] : at[m] - at[m - 1];
        samples[k].us[N_MOMENTS][i - WARM_UP] = at[MOMENT_FRAME];
        samples[k].rss[i - WARM_UP] = peak;
        samples[k].cpu[i - WARM_UP] = cpu_time;
      }
}

static double
sorted_median (double *values,
               guint   n)
{
  bench_sort (values, n);
  return bench_quantile (values, n, 0.5);
}

static void
report (const Samples samples[N_KINDS],
        guint         runs)
{
  const Samples *app = &samples[KIND_APP], *bare = &samples[KIND_BARE];

  printf ("start-up, process start to the first painted frame, %u runs each:\n", runs);
  printf ("  %-28s %9s %9s\n", "median, ms", "app", "bare");
  for (Moment m = 0; m < N_MOMENTS; m++)
    printf ("  %-28s %9.1f %9.1f\n", phase_names[m], app->median_us[m] / 1000,
            bare->median_us[m] / 1000);
  printf ("  %-28s %9.1f %9.1f  (min %.1f / %.1f, max %.1f / %.1f)\n", "whole start-up",
          app->median_us[N_MOMENTS] / 1000, bare->median_us[N_MOMENTS] / 1000,
          app->us[N_MOMENTS][0] / 1000, bare->us[N_MOMENTS][0] / 1000,
          app->us[N_MOMENTS][runs - 1] / 1000, bare->us[N_MOMENTS][runs - 1] / 1000);
  printf ("  %-28s %9.1f %9.1f\n", "CPU time of the process", app->median_cpu / 1000,
          bare->median_cpu / 1000);
  printf ("  %-28s %9.1f %9.1f\n", "peak RSS, MiB", app->median_rss / 1024,
          bare->median_rss / 1024);
}

int
main (int argc, char *argv[])
{
  g_autofree char *self = NULL;
  guint runs = DEFAULT_RUNS;
  Samples samples[N_KINDS];
  double time_ratio, rss_ratio;

  moments[MOMENT_MAIN] = g_get_monotonic_time ();

  if (argc == 2 && g_str_has_prefix (argv[1], "--child="))
    {
      for (Kind k = 0; k < N_KINDS; k++)
        if (g_str_equal (argv[1] + strlen ("--child="), kind_names[k]))
          return run_child (k, argv[0]);
      g_error ("Unknown child %s", argv[1]);
    }
  if (argc == 2 && g_str_has_prefix (argv[1], "--runs="))
    runs = MAX (atoi (argv[1] + strlen ("--runs=")), 1);
  else if (argc != 1)
    {
      g_printerr ("Usage: %s [--runs=N]\n", argv[0]);
      return 2;
    }
  /* Stay connected to the X server for the whole run, as a desktop session
   * does.  Otherwise the server resets whenever its last client leaves, and
   * every child would start as the first GTK program of a session: waiting
   * for the reset, then probing OpenGL (GLX), whose result GDK keeps on the
   * root window for the programs after it.  That is two thirds of a bare
   * window's start-up on Xvfb, and the same for both. */
  if (!gtk_init_check (NULL, NULL))
    g_error ("Cannot open the display");

  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self == NULL)
    self = g_strdup (argv[0]);

  for (Kind k = 0; k < N_KINDS; k++)
    {
      for (Moment m = 0; m <= N_MOMENTS; m++)
        samples[k].us[m] = g_new (double, runs);
      samples[k].rss = g_new (double, runs);
      samples[k].cpu = g_new (double, runs);
    }
  measure_all (self, runs, samples);
  for (Kind k = 0; k < N_KINDS; k++)
    {
      for (Moment m = 0; m <= N_MOMENTS; m++)
        samples[k].median_us[m] = sorted_median (samples[k].us[m], runs);
      samples[k].median_rss = sorted_median (samples[k].rss, runs);
      samples[k].median_cpu = sorted_median (samples[k].cpu, runs);
    }

  report (samples, runs);
  time_ratio = samples[KIND_APP].median_us[N_MOMENTS] / samples[KIND_BARE].median_us[N_MOMENTS];
  rss_ratio = samples[KIND_APP].median_rss / samples[KIND_BARE].median_rss;
  printf ("ratio start-up app / bare: %.2f (target <= %.2f)\n", time_ratio, MAX_TIME_RATIO);
  printf ("ratio CPU time app / bare: %.2f\n",
          samples[KIND_APP].median_cpu / samples[KIND_BARE].median_cpu);
  printf ("ratio peak RSS app / bare: %.2f (target <= %.2f)\n", rss_ratio, MAX_RSS_RATIO);

  for (Kind k = 0; k < N_KINDS; k++)
    {
      for (Moment m = 0; m <= N_MOMENTS; m++)
        g_free (samples[k].us[m]);
      g_free (samples[k].rss);
      g_free (samples[k].cpu);
    }
  return time_ratio <= MAX_TIME_RATIO && rss_ratio <= MAX_RSS_RATIO ? EXIT_SUCCESS : EXIT_FAILURE;
}
