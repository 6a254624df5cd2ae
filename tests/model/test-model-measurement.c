/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpPlannerModel's "measurement" and the figures it gives in the selected
 * platform's client range (NT 1025..MaxUserPort, Vista and later the
 * dynamic port range, none on 9x). */
#include "config.h"

#include <string.h>

#include "model/wp-planner-model.h"
#include "wp-test-util.h"

/* Local ports in use: 1030, 1031 (TIME_WAIT) and 1032 in NT's 1025..5000;
 * 50000 and 50001 (TIME_WAIT) in Vista's 49152..65535; 135 LISTENING. */
#define SAMPLE \
  "  TCP    0.0.0.0:135        0.0.0.0:0        LISTENING     1036\n" \
  "  TCP    10.0.0.5:1030      10.0.0.9:443     ESTABLISHED   8\n" \
  "  TCP    10.0.0.5:1031      10.0.0.9:443     TIME_WAIT     0\n" \
  "  TCP    10.0.0.5:1032      10.0.0.9:443     CLOSE_WAIT    8\n" \
  "  TCP    10.0.0.5:50000     10.0.0.9:443     ESTABLISHED   8\n" \
  "  TCP    10.0.0.5:50001     10.0.0.9:443     TIME_WAIT     0\n"

static WpMeasurement *
sample_measurement (void)
{
  g_autoptr (WpImport) import = wp_import_new ();

  wp_import_feed (import, (const guint8 *) SAMPLE, strlen (SAMPLE));
  return wp_import_take_measurement (import);
}

static void
count_changed (WpPlannerModel *model,
               gpointer        data)
{
  (*(guint *) data)++;
}

static void
assert_figures (WpPlannerModel *model,
                gboolean        has_range,
                guint           in_use,
                guint           in_use_pct,
                guint           time_wait,
                guint           time_wait_pct)
{
  gboolean has;
  guint ports, pct, tw, tw_pct;

  g_object_get (model, "has-measured-range", &has, "measured-client-ports", &ports,
                "measured-client-pct", &pct, "measured-time-wait-ports", &tw,
                "measured-time-wait-pct", &tw_pct, NULL);
  g_assert_cmpint (has, ==, has_range);
  g_assert_cmpuint (ports, ==, in_use);
  g_assert_cmpuint (pct, ==, in_use_pct);
  g_assert_cmpuint (tw, ==, time_wait);
  g_assert_cmpuint (tw_pct, ==, time_wait_pct);
}

static void
test_none (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  WpMeasuredPorts ports;

  g_assert_null (wp_planner_model_get_measurement (model));
  g_assert_false (wp_planner_model_get_measured_ports (model, WP_PLATFORM_WIN2000, &ports));
  assert_figures (model, FALSE, 0, 0, 0, 0);
}

/* Each platform's range: 2000's 1025..5000 (3,976 ports), 10's
 * 49152..65535 (16,384), then 50001..65535; 95 none. */
static void
test_figures_by_platform (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  g_autoptr (WpMeasurement) m = sample_measurement ();
  WpMeasuredPorts ports;

  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN2000);
  wp_planner_model_set_measurement (model, m);
  /* the share in use rounded up, the share in TIME_WAIT down */
  assert_figures (model, TRUE, 3, (3 * 100 + 3976 - 1) / 3976, 1, 1 * 100 / 3);

  g_assert_true (wp_planner_model_get_measured_ports (model, WP_PLATFORM_WIN10_X64, &ports));
  g_assert_cmpuint (ports.range.start, ==, 49152);
  g_assert_cmpuint (ports.range.count, ==, 16384);
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN10_X64);
  assert_figures (model, TRUE, 2, (2 * 100 + 16384 - 1) / 16384, 1, 1 * 100 / 2);

  wp_planner_model_set_port_start (model, 50001);
  assert_figures (model, TRUE, 1, (100 + 65535 - 50001) / (65535 - 50001 + 1), 1, 100);

  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN95);
  assert_figures (model, FALSE, 0, 0, 0, 0);
}

/* "measurement" notifies when it changes only, and a new one is a change
 * the chart redraws on; the derived figures notify when they change. */
static void
test_notify (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  g_autoptr (WpMeasurement) m = sample_measurement ();
  g_autoptr (WpMeasurement) read = NULL;
  guint measurement = 0, ports = 0, changed = 0;

  g_signal_connect (model, "notify::measurement", G_CALLBACK (wp_test_count_notify), &measurement);
  g_signal_connect (model, "notify::measured-client-ports", G_CALLBACK (wp_test_count_notify), &ports);
  g_signal_connect (model, "changed", G_CALLBACK (count_changed), &changed);

  g_object_set (model, "measurement", m, NULL);
  g_object_set (model, "measurement", m, NULL);
  g_assert_cmpuint (measurement, ==, 1);
  g_assert_cmpuint (ports, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_object_get (model, "measurement", &read, NULL);
  g_assert_true (read == m);

  /* 2000 to XP: the same range, no figure changes */
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WINXP);
  g_assert_cmpuint (ports, ==, 1);
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN98);
  g_assert_cmpuint (ports, ==, 2);

  wp_planner_model_set_measurement (model, NULL);
  g_assert_cmpuint (measurement, ==, 2);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_null (wp_planner_model_get_measurement (model));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/measurement/none", test_none);
  g_test_add_func ("/model/measurement/by-platform", test_figures_by_platform);
  g_test_add_func ("/model/measurement/notify", test_notify);
  return g_test_run ();
}
