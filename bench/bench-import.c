/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The importer (src/import) on a large netstat -ano: a generated file of
 * about 100 MB read by this program as a child process, beside awk
 * counting the same file's states ('{ n[$4]++ }'), alternately, several
 * runs.  Prints the medians of both — wall time, CPU time (user and
 * system) and peak resident memory — and their ratios; fails when the
 * importer takes more than half awk's time or twice its memory (issue
 * 16's targets).  The file is made with a fixed seed, so every run reads
 * the same bytes.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "import/wp-import.h"

#define DEFAULT_RUNS      9     /* the machine may be shared with other work */
#define DEFAULT_MEGABYTES 100
#define MAX_TIME_RATIO    0.5
#define MAX_RSS_RATIO     2.0
#define CHUNK_BYTES       (64 * 1024)

typedef enum
{
  KIND_IMPORT,
  KIND_AWK,
  N_KINDS
} Kind;

static const char * const kind_names[N_KINDS] = { "import", "awk" };

/* The states of a busy client, roughly as often as such a machine shows
 * them: mostly ESTABLISHED and TIME_WAIT. */
static const char * const states[] = {
  "ESTABLISHED", "ESTABLISHED", "ESTABLISHED", "ESTABLISHED", "ESTABLISHED", "ESTABLISHED",
  "TIME_WAIT", "TIME_WAIT", "TIME_WAIT", "CLOSE_WAIT", "LISTENING", "SYN_SENT",
};

static void
write_netstat (const char *path,
               guint       megabytes)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (1);
  FILE *file = fopen (path, "w");
  long size = 0;

  if (file == NULL)
    g_error ("Cannot write %s: %s", path, g_strerror (errno));
  fputs ("\nActive Connections\n\n"
         "  Proto  Local Address          Foreign Address        State           PID\n", file);
  while (size < (long) megabytes * 1024 * 1024)
    {
      int n = fprintf (file, "  TCP    10.0.%d.%d:%d        93.184.%d.%d:443      %-15s %d\n",
                       g_rand_int_range (rand, 0, 256), g_rand_int_range (rand, 0, 256),
                       g_rand_int_range (rand, 1025, 65536), g_rand_int_range (rand, 0, 256),
                       g_rand_int_range (rand, 0, 256),
                       states[g_rand_int_range (rand, 0, G_N_ELEMENTS (states))],
                       g_rand_int_range (rand, 1, 20000) * 4);
      if (n < 0)
        g_error ("Cannot write %s: %s", path, g_strerror (errno));
      size += n;
    }
  if (fclose (file) != 0)
    g_error ("Cannot write %s: %s", path, g_strerror (errno));
}

/* The child: the file through the importer, a chunk at a time, as the
 * window will read it. */
static int
run_import (const char *path)
{
  g_autoptr (WpImport) import = wp_import_new ();
  static guint8 chunk[CHUNK_BYTES];
  FILE *file = fopen (path, "rb");
  size_t n;

  if (file == NULL)
    g_error ("Cannot read %s: %s", path, g_strerror (errno));
  while ((n = fread (chunk, 1, sizeof chunk, file)) > 0)
    wp_import_feed (import, chunk, n);
  fclose (file);
  wp_import_finish (import);
  printf ("%" G_GUINT64_FORMAT " connections\n", wp_import_get_counts (import)->connections);
  return 0;
}

/* One run of @kind: wall and CPU time (µs) and peak RSS (KiB). */
static void
measure (char       *argv[],
         double     *out_wall_us,
         double     *out_cpu_us,
         double     *out_rss_kib)
{
  g_autoptr (GError) error = NULL;
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  GPid pid;
  int status;

  if (!g_spawn_async (NULL, argv, NULL,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                      &pid, &error))
    g_error ("Cannot start %s: %s", argv[0], error->message);
  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      g_error ("wait4: %s", g_strerror (errno));
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s failed (status %d)", argv[0], status);

  *out_wall_us = (double) (g_get_monotonic_time () - start);
  *out_cpu_us = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6 +
                usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
  *out_rss_kib = (double) usage.ru_maxrss;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *awk = g_find_program_in_path ("awk");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  guint runs = DEFAULT_RUNS, megabytes = DEFAULT_MEGABYTES;
  double wall[N_KINDS][64], cpu[N_KINDS][64], rss[N_KINDS][64], med[3][N_KINDS];
  gboolean met;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_import (argv[2]);
  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--runs="))
        runs = CLAMP ((guint) atoi (argv[i] + strlen ("--runs=")), 1, G_N_ELEMENTS (wall[0]));
      else if (g_str_has_prefix (argv[i], "--megabytes="))
        megabytes = MAX ((guint) atoi (argv[i] + strlen ("--megabytes=")), 1);
    }
  if (awk == NULL)
    {
      printf ("SKIP: no awk\n");
      return 77;
    }

  dir = g_dir_make_tmp ("wp-bench-import-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "netstat.txt", NULL);
  write_netstat (path, megabytes);

  for (guint r = 0; r < runs; r++)
    for (Kind k = 0; k < N_KINDS; k++)
      {
        char *import_argv[] = { argv[0], "--child", path, NULL };
        char *awk_argv[] = { awk, "{ n[$4]++ } END { for (s in n) print s, n[s] }", path, NULL };

        measure (k == KIND_IMPORT ? import_argv : awk_argv, &wall[k][r], &cpu[k][r], &rss[k][r]);
      }
  g_unlink (path);
  g_rmdir (dir);

  for (Kind k = 0; k < N_KINDS; k++)
    {
      med[0][k] = median (wall[k], runs);
      med[1][k] = median (cpu[k], runs);
      med[2][k] = median (rss[k], runs);
      printf ("%-6s wall %8.1f ms  CPU %8.1f ms  peak RSS %7.1f MiB\n", kind_names[k],
              med[0][k] / 1000, med[1][k] / 1000, med[2][k] / 1024);
    }
  printf ("import / awk: wall %.2f×, CPU %.2f× (target ≤ %.2f×); memory %.2f× (target ≤ %.2f×)"
          " — %u MB, %u runs, medians\n",
          med[0][KIND_IMPORT] / med[0][KIND_AWK], med[1][KIND_IMPORT] / med[1][KIND_AWK],
          MAX_TIME_RATIO, med[2][KIND_IMPORT] / med[2][KIND_AWK], MAX_RSS_RATIO, megabytes, runs);
  met = med[0][KIND_IMPORT] <= MAX_TIME_RATIO * med[0][KIND_AWK] &&
        med[2][KIND_IMPORT] <= MAX_RSS_RATIO * med[2][KIND_AWK];
  return met ? 0 : 1;
}
