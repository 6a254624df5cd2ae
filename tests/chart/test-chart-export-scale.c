/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `winsock-planner --export --scale=auto|linear|log` (or x,y: the RAM's,
 * then the sockets'): the file is the chart drawn on those scales, the
 * default the automatic scale (linear on today's axes); a bad value is one
 * line, status 2 and no file. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "chart/wp-chart-export.h"
#include "wp-test-util.h"

/* The PNG that --export writes with @args, read back. */
static GBytes *
export_cli (const char *binary,
            const char *png,
            const char *scale)
{
  g_autofree char *arg_png = g_strconcat ("--export=", png, NULL);
  g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "C.UTF-8", NULL);
  g_auto (WpTestRun) run;
  g_autoptr (GError) error = NULL;
  char *contents;
  gsize length;

  wp_test_run (&run, (const char * const *) envp, binary, arg_png, "--size=800x450",
               "--ram=16G", scale, NULL);
  g_test_message ("%s: %s", scale ? scale : "(default)", run.err);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_get_contents (png, &contents, &length, &error));
  g_unlink (png);
  return g_bytes_new_take (contents, length);
}

/* The same chart exported in this process, on @x and @y. */
static GBytes *
export_here (WpChartAxisScale x,
             WpChartAxisScale y)
{
  WpChartExportOptions options;
  WpLimitsInput input;
  g_autoptr (GError) error = NULL;
  GBytes *bytes;

  wp_limits_input_init (&input);
  input.ram_mb = 16384;
  wp_chart_export_options_init (&options);
  options.width = 800;
  options.height = 450;
  options.x_scale = x;
  options.y_scale = y;
  bytes = wp_chart_export_bytes_with_options (WP_CHART_FORMAT_PNG, &options, &input,
                                              WP_PLATFORMS_SOURCE, &error);
  g_assert_no_error (error);
  return bytes;
}

static void
test_scale (void)
{
  static const struct
  {
    const char       *arg;
    WpChartAxisScale  x;
    WpChartAxisScale  y;
  } good[] = {
    { NULL, WP_CHART_AXIS_SCALE_AUTO, WP_CHART_AXIS_SCALE_AUTO },
    { "--scale=log", WP_CHART_AXIS_SCALE_LOG, WP_CHART_AXIS_SCALE_LOG },
    { "--scale=linear", WP_CHART_AXIS_SCALE_LINEAR, WP_CHART_AXIS_SCALE_LINEAR },
    { "--scale=log,linear", WP_CHART_AXIS_SCALE_LOG, WP_CHART_AXIS_SCALE_LINEAR },
    { "--scale=auto,log", WP_CHART_AXIS_SCALE_AUTO, WP_CHART_AXIS_SCALE_LOG },
  };
  static const char * const bad[] = { "--scale=logarithmic", "--scale=Log", "--scale=",
                                      "--scale=log,log,log", "--scale=log,", };
  const char *binary = wp_test_getenv_or_skip ("WP_BINARY");
  g_autofree char *dir = NULL;
  g_autofree char *png = NULL;
  g_autoptr (GBytes) linear = NULL;
  g_autoptr (GBytes) log = NULL;

  if (binary == NULL)
    return;
  dir = g_dir_make_tmp ("wp-scale-XXXXXX", NULL);
  png = g_build_filename (dir, "scale.png", NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr (GBytes) file = export_cli (binary, png, good[i].arg);
      g_autoptr (GBytes) here = export_here (good[i].x, good[i].y);

      g_assert_true (g_bytes_equal (file, here));
    }
  /* Automatic is linear on today's axes, from 0; log is another picture. */
  linear = export_here (WP_CHART_AXIS_SCALE_LINEAR, WP_CHART_AXIS_SCALE_LINEAR);
  log = export_here (WP_CHART_AXIS_SCALE_LOG, WP_CHART_AXIS_SCALE_LOG);
  {
    g_autoptr (GBytes) automatic = export_here (WP_CHART_AXIS_SCALE_AUTO,
                                                WP_CHART_AXIS_SCALE_AUTO);

    g_assert_true (g_bytes_equal (automatic, linear));
    g_assert_false (g_bytes_equal (log, linear));
  }

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *arg_png = g_strconcat ("--export=", png, NULL);
      g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "C.UTF-8", NULL);
      g_autofree char *message = g_strdup_printf ("winsock-planner: --scale: “%s” is not auto, "
                                                  "linear or log, or two of them for RAM and "
                                                  "sockets, as log,linear\n",
                                                  bad[i] + strlen ("--scale="));
      g_auto (WpTestRun) run;

      wp_test_run (&run, (const char * const *) envp, binary, arg_png, bad[i], NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, message);
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    }
  /* Only with --export. */
  {
    g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "C.UTF-8", NULL);
    g_auto (WpTestRun) run;

    wp_test_run (&run, (const char * const *) envp, binary, "--table", "--scale=log", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpstr (run.err, ==, "winsock-planner: --scale only applies to --export\n");
  }
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/export/cli-scale", test_scale);

  return g_test_run ();
}
