/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpPlannerModel's inputs for Vista and later: the dynamic port range and
 * the assumed cost of a connection, as properties (limits.md). */
#include "config.h"

#include "model/wp-planner-model.h"
#include "wp-test-util.h"

static void
test_defaults (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  guint start, count, cost;

  g_object_get (model, "port-start", &start, "port-count", &count,
                "connection-cost-kb", &cost, NULL);
  g_assert_cmpuint (start, ==, 49152);          /* KB 929851 */
  g_assert_cmpuint (count, ==, 65535 - 49152 + 1);
  g_assert_cmpuint (cost, ==, 16);              /* 64 MB / 4,000, the source's ~16 KB */
}

/* The selected version's figures follow; a property notifies only when
 * it changes. */
static void
test_figures_follow (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  guint notified = 0, server, ports;

  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN10_X64);
  wp_planner_model_set_ram_mb (model, 8192);
  g_signal_connect (model, "notify::connection-cost-kb", G_CALLBACK (wp_test_count_notify), &notified);

  g_object_set (model, "connection-cost-kb", 8u, NULL);
  g_object_get (model, "server-limit", &server, NULL);
  g_assert_cmpuint (server, ==, 8192u * 1024 / 8);   /* 8 GB of pool / 8 KB */
  g_object_set (model, "connection-cost-kb", 8u, NULL);
  g_assert_cmpuint (notified, ==, 1);

  g_object_set (model, "port-start", 1025u, "port-count", 64511u, NULL);
  g_object_get (model, "client-ports", &ports, NULL);
  g_assert_cmpuint (ports, ==, 64511);
}

/* A range that would pass 65535 is cut to end there. */
static void
test_clamped (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  WpLimitsInput input;

  wp_planner_model_set_port_start (model, 60000);
  g_assert_cmpuint (wp_planner_model_get_port_count (model), ==, 65535 - 60000 + 1);
  wp_planner_model_set_port_start (model, 0);
  g_assert_cmpuint (wp_planner_model_get_port_start (model), ==, 1025);
  wp_planner_model_set_connection_cost_kb (model, 0);
  g_assert_cmpuint (wp_planner_model_get_connection_cost_kb (model), ==, 1);

  /* All at once, too. */
  wp_limits_input_init (&input);
  input.port_count = 10;
  wp_planner_model_set_input (model, &input);
  g_assert_cmpuint (wp_planner_model_get_port_count (model), ==, 255);
  g_assert_cmpuint (wp_planner_model_get_port_start (model), ==, 49152);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/nt6/defaults", test_defaults);
  g_test_add_func ("/model/nt6/figures-follow", test_figures_follow);
  g_test_add_func ("/model/nt6/clamped", test_clamped);

  return g_test_run ();
}
