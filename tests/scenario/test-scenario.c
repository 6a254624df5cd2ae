/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The scenario and its file: every input there and back, unknown groups
 * and keys kept, a newer format refused, bad values refused with one
 * message naming the key. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "limits/wp-target.h"
#include "limits/wp-workload.h"
#include "scenario/wp-scenario.h"
#include "wp-test-util.h"

static WpScenario *
reload (WpScenario *scenario,
        char      **out_data)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  WpScenario *back;
  gsize length;

  data = wp_scenario_to_data (scenario, &length);
  back = wp_scenario_new_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  if (out_data != NULL)
    *out_data = g_steal_pointer (&data);
  return back;
}

static void
test_defaults (void)
{
  g_autoptr (WpScenario) scenario = wp_scenario_new ();
  g_autoptr (WpScenario) back = NULL;
  WpLimitsInput expected, input;

  wp_limits_input_init (&expected);
  wp_scenario_get_input (scenario, &input);
  g_assert_cmpuint (input.ram_mb, ==, WP_RAM_MB_DEFAULT);
  g_assert_cmpuint (input.port_count, ==, expected.port_count);
  g_assert_cmpuint (wp_scenario_get_visible_platforms (scenario), ==, WP_PLATFORMS_SOURCE);
  g_assert_cmpint (wp_scenario_get_selected_platform (scenario), ==, WP_PLATFORM_WIN2000);
  g_assert_cmpstr (wp_scenario_get_name (scenario), ==, "");

  back = reload (scenario, NULL);
  g_assert_true (wp_scenario_equal (scenario, back));
}

/* One input set away from its default, and the line the file must hold. */
typedef struct
{
  const char *line;
  void      (*set) (WpLimitsInput *input);
} InputCase;

static void set_ram (WpLimitsInput *i) { i->ram_mb = 3 * 1024 + 512; }
static void set_ram_max (WpLimitsInput *i) { i->ram_mb = WP_RAM_MB_MAX; }
static void set_port (WpLimitsInput *i) { i->max_user_port = WP_MAX_USER_PORT_MAX; }
static void set_wait (WpLimitsInput *i) { i->time_wait_s = WP_TIME_WAIT_MIN; }
static void set_conns (WpLimitsInput *i) { i->max_connections = WP_MAX_CONNECTIONS_MAX; }
static void set_legacy (WpLimitsInput *i) { i->socketwrench_legacy = TRUE; }
static void set_need (WpLimitsInput *i) { i->need_connections = 122500; }
static void set_need_max (WpLimitsInput *i) { i->need_connections = WP_NEED_MAX; }
static void set_rate (WpLimitsInput *i) { i->need_rate = 250; }
static void set_life (WpLimitsInput *i) { i->connection_life_ms = 250; }
static void set_life_whole (WpLimitsInput *i) { i->connection_life_ms = 5000; }
static void set_life_max (WpLimitsInput *i) { i->connection_life_ms = WP_CONNECTION_LIFE_MS_MAX; }
static void set_start (WpLimitsInput *i) { i->port_start = WP_PORT_RANGE_START_MIN; }
static void set_count (WpLimitsInput *i)
{
  i->port_start = WP_PORT_RANGE_START_MIN;
  i->port_count = WP_PORT_RANGE_END_MAX - WP_PORT_RANGE_START_MIN + 1;
}
static void set_cost (WpLimitsInput *i) { i->connection_cost_kb = WP_CONNECTION_COST_KB_MAX; }

static const InputCase input_cases[] = {
  { "ram=3584", set_ram },
  { "ram=16777216", set_ram_max },
  { "max-user-port=65534", set_port },
  { "time-wait=30", set_wait },
  { "max-connections=4294967295", set_conns },
  { "socketwrench-3=true", set_legacy },
  { "need-connections=122500", set_need },
  { "need-connections=4294967295", set_need_max },
  { "need-rate=250", set_rate },
  { "connection-life=0.25", set_life },
  { "connection-life=5", set_life_whole },
  { "connection-life=3600", set_life_max },
  { "port-start=1025", set_start },
  { "port-count=64511", set_count },
  { "connection-cost=65536", set_cost },
};

static void
assert_same_input (const WpLimitsInput *a,
                   const WpLimitsInput *b)
{
  g_assert_cmpuint (a->ram_mb, ==, b->ram_mb);
  g_assert_cmpuint (a->max_user_port, ==, b->max_user_port);
  g_assert_cmpuint (a->time_wait_s, ==, b->time_wait_s);
  g_assert_cmpuint (a->max_connections, ==, b->max_connections);
  g_assert_cmpint (!a->socketwrench_legacy, ==, !b->socketwrench_legacy);
  g_assert_cmpuint (a->need_connections, ==, b->need_connections);
  g_assert_cmpuint (a->need_rate, ==, b->need_rate);
  g_assert_cmpuint (a->connection_life_ms, ==, b->connection_life_ms);
  g_assert_cmpuint (a->port_start, ==, b->port_start);
  g_assert_cmpuint (a->port_count, ==, b->port_count);
  g_assert_cmpuint (a->connection_cost_kb, ==, b->connection_cost_kb);
}

static void
test_round_trip (void)
{
  for (gsize c = 0; c < G_N_ELEMENTS (input_cases); c++)
    {
      g_autoptr (WpScenario) scenario = wp_scenario_new ();
      g_autoptr (WpScenario) back = NULL;
      g_autofree char *data = NULL;
      g_autofree char *line = g_strconcat ("\n", input_cases[c].line, "\n", NULL);
      g_autoptr (WpScenario) plain = wp_scenario_new ();
      WpLimitsInput input, read;

      g_test_message ("%s", input_cases[c].line);
      wp_limits_input_init (&input);
      input_cases[c].set (&input);
      wp_scenario_set_input (scenario, &input);

      back = reload (scenario, &data);
      g_assert_nonnull (strstr (data, line));
      wp_scenario_get_input (back, &read);
      assert_same_input (&read, &input);
      /* The case really moved an input off its default. */
      g_assert_false (wp_scenario_equal (back, plain));
    }
}

static void
test_texts (void)
{
  static const char * const texts[] = {
    "Server 2022 — Contoso", "  leading and trailing spaces  ", "two\nlines\n",
    "a [group] = and # and ; and \\", "",
  };

  for (gsize t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr (WpScenario) scenario = wp_scenario_new ();
      g_autoptr (WpScenario) back = NULL;

      wp_scenario_set_name (scenario, texts[t]);
      wp_scenario_set_customer (scenario, texts[(t + 1) % G_N_ELEMENTS (texts)]);
      wp_scenario_set_notes (scenario, texts[(t + 2) % G_N_ELEMENTS (texts)]);
      back = reload (scenario, NULL);
      g_assert_cmpstr (wp_scenario_get_name (back), ==, texts[t]);
      g_assert_cmpstr (wp_scenario_get_customer (back), ==, texts[(t + 1) % G_N_ELEMENTS (texts)]);
      g_assert_cmpstr (wp_scenario_get_notes (back), ==, texts[(t + 2) % G_N_ELEMENTS (texts)]);
    }
}

static void
test_platforms (void)
{
  g_autoptr (WpScenario) scenario = wp_scenario_new ();
  g_autoptr (WpScenario) back = NULL;
  g_autofree char *data = NULL;
  guint visible = WP_PLATFORM_BIT (WP_PLATFORM_WIN95) | WP_PLATFORM_BIT (WP_PLATFORM_WIN10_X64);

  wp_scenario_set_selected_platform (scenario, WP_PLATFORM_WIN10_X64);
  wp_scenario_set_visible_platforms (scenario, visible);
  back = reload (scenario, &data);
  g_assert_nonnull (strstr (data, "\nSelected=win10-x64\n"));
  g_assert_nonnull (strstr (data, "\nplatform=win95,win10-x64\n"));
  g_assert_cmpint (wp_scenario_get_selected_platform (back), ==, WP_PLATFORM_WIN10_X64);
  g_assert_cmpuint (wp_scenario_get_visible_platforms (back), ==, visible);

  /* The selected version is always shown, as in the model. */
  wp_scenario_set_visible_platforms (scenario, WP_PLATFORM_BIT (WP_PLATFORM_NT4));
  g_assert_cmpuint (wp_scenario_get_visible_platforms (scenario), ==,
                    WP_PLATFORM_BIT (WP_PLATFORM_NT4) | WP_PLATFORM_BIT (WP_PLATFORM_WIN10_X64));
}

static const char kept_file[] =
  "# written by hand\n"
  "[Scenario]\n"
  "Format=1.4\n"
  "Name=Contoso\n"
  "Name[de]=Contoso GmbH\n"
  "Future=a key of format 1.4\n"
  "\n"
  "[Inputs]\n"
  "ram=1G\n"
  "# a comment of the inputs\n"
  "queue-depth=12\n"
  "\n"
  "[Measured]\n"
  "Established=1234\n"
  "\n"
  "[Another]\n"
  "x=y\n";

static void
test_unknown_kept (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WpScenario) scenario = wp_scenario_new_from_data (kept_file, -1, &error);
  g_autoptr (WpScenario) back = NULL;
  g_autofree char *data = NULL;
  g_autofree char *measured = NULL;
  WpLimitsInput input;

  g_assert_no_error (error);
  measured = wp_scenario_get_kept_value (scenario, WP_SCENARIO_GROUP_MEASURED, "Established");
  g_assert_cmpstr (measured, ==, "1234");

  wp_scenario_get_input (scenario, &input);
  g_assert_cmpuint (input.ram_mb, ==, 1024);
  input.ram_mb = 4096;
  wp_scenario_set_input (scenario, &input);
  wp_scenario_set_name (scenario, "Fabrikam");

  back = reload (scenario, &data);
  for (const char * const *kept = (const char * const[]) {
         "# written by hand\n", "\nFormat=1.4\n", "\nName[de]=Contoso GmbH\n",
         "\nFuture=a key of format 1.4\n", "# a comment of the inputs\nqueue-depth=12\n",
         "\n[Measured]\nEstablished=1234\n", "\n[Another]\nx=y\n",
         "\nName=Fabrikam\n", "\nram=4096\n", NULL };
       *kept != NULL; kept++)
    if (strstr (data, *kept) == NULL)
      g_error ("“%s” is not in the file written:\n%s", *kept, data);
  g_assert_cmpstr (wp_scenario_get_name (back), ==, "Fabrikam");

  /* A copy keeps them too. */
  {
    g_autoptr (WpScenario) copy = wp_scenario_copy (scenario);
    g_autofree char *copied = wp_scenario_to_data (copy, NULL);

    g_assert_cmpstr (copied, ==, data);
    g_assert_true (wp_scenario_equal (copy, scenario));
  }
}

static void
assert_refused (const char      *data,
                int              code,
                const char      *message)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (WpScenario) scenario = wp_scenario_new_from_data (data, -1, &error);

  g_assert_null (scenario);
  g_assert_error (error, WP_SCENARIO_ERROR, code);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message);
  /* One message: one line. */
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_newer_refused (void)
{
  g_autofree char *newer = g_strdup_printf ("[Scenario]\nFormat=%u.0\n[Inputs]\nram=1G\n",
                                            WP_SCENARIO_FORMAT_MAJOR + 1);
  g_autofree char *ours = g_strdup_printf ("[Scenario]\nFormat=%u.99\n",
                                           WP_SCENARIO_FORMAT_MAJOR);
  g_autoptr (WpScenario) scenario = NULL;

  assert_refused (newer, WP_SCENARIO_ERROR_NEWER, "newer Winsock Planner");
  scenario = wp_scenario_new_from_data (ours, -1, NULL);
  g_assert_nonnull (scenario);
  assert_refused ("[Scenario]\nName=x\n", WP_SCENARIO_ERROR_NOT_SCENARIO, "[Scenario] Format");
  assert_refused ("ram=1G\n", WP_SCENARIO_ERROR_NOT_SCENARIO, "not a Winsock Planner scenario");
  assert_refused ("[Scenario]\nFormat=one\n", WP_SCENARIO_ERROR_INVALID, "[Scenario] Format:");
  assert_refused ("[Scenario]\nFormat=0.9\n", WP_SCENARIO_ERROR_INVALID, "[Scenario] Format:");
}

/* Each bad value, the key the message must name. */
static const struct
{
  const char *group;
  const char *line;
  const char *named;
} bad_cases[] = {
  { "Inputs", "ram=0", "[Inputs] ram: " },
  { "Inputs", "ram=17T", "[Inputs] ram: " },
  { "Inputs", "ram=lots", "[Inputs] ram: " },
  { "Inputs", "max-user-port=4999", "[Inputs] max-user-port: " },
  { "Inputs", "max-user-port=65535", "[Inputs] max-user-port: " },
  { "Inputs", "time-wait=29", "[Inputs] time-wait: " },
  { "Inputs", "time-wait=301", "[Inputs] time-wait: " },
  { "Inputs", "max-connections=0", "[Inputs] max-connections: " },
  { "Inputs", "socketwrench-3=perhaps", "[Inputs] socketwrench-3: " },
  { "Inputs", "port-start=1024", "[Inputs] port-start: " },
  { "Inputs", "port-count=254", "[Inputs] port-count: " },
  { "Inputs", "port-start=65000", "[Inputs] port-count: " },
  { "Inputs", "connection-cost=0", "[Inputs] connection-cost: " },
  { "Inputs", "connection-cost=65537", "[Inputs] connection-cost: " },
  { "Inputs", "need-connections=-1", "[Inputs] need-connections: " },
  { "Inputs", "need-rate=4294967296", "[Inputs] need-rate: " },
  { "Inputs", "connection-life=3600.001", "[Inputs] connection-life: " },
  { "Inputs", "connection-life=0.0001", "[Inputs] connection-life: " },
  { "Inputs", "platform=win3", "[Inputs] platform: " },
  { "Scenario", "Selected=win3", "[Scenario] Selected: " },
  { "Scenario", "Selected=all", "[Scenario] Selected: " },
  /* A bad escape: GKeyFile's own error (it returns the text too). */
  { "Inputs", "ram=1\\&G", "[Inputs] ram: " },
  { "Inputs", "platform=nt4\\&", "[Inputs] platform: " },
  { "Scenario", "Name=a\\&b", "[Scenario] Name: " },
};

static void
test_bad_values (void)
{
  for (gsize c = 0; c < G_N_ELEMENTS (bad_cases); c++)
    {
      g_autofree char *data = NULL;

      g_test_message ("%s", bad_cases[c].line);
      if (g_str_equal (bad_cases[c].group, "Inputs"))
        data = g_strdup_printf ("[Scenario]\nFormat=1.0\n[Inputs]\n%s\n", bad_cases[c].line);
      else
        data = g_strdup_printf ("[Scenario]\nFormat=1.0\n%s\n", bad_cases[c].line);
      assert_refused (data, WP_SCENARIO_ERROR_INVALID, bad_cases[c].named);
    }
}

/* Saved and opened through a file; a refused file stays as it was, and
 * the message names it. */
static void
test_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("wp-scenario-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "a" WP_SCENARIO_SUFFIX, NULL);
  g_autofree char *bad_path = g_build_filename (dir, "bad" WP_SCENARIO_SUFFIX, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr (WpScenario) scenario = wp_scenario_new ();
  g_autoptr (WpScenario) back = NULL;
  g_autoptr (GError) error = NULL;
  static const char bad_text[] = "[Scenario]\nFormat=1.0\n[Inputs]\nram=0\n";
  g_autofree char *after = NULL;
  WpLimitsInput input;

  wp_limits_input_init (&input);
  input.ram_mb = 8192;
  wp_scenario_set_input (scenario, &input);
  wp_scenario_set_name (scenario, "Eight gigabytes");
  g_assert_true (wp_scenario_save (scenario, file, &error));
  g_assert_no_error (error);
  back = wp_scenario_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_true (wp_scenario_equal (back, scenario));

  g_assert_true (g_file_set_contents (bad_path, bad_text, -1, NULL));
  g_assert_null (wp_scenario_new_from_file (bad, &error));
  g_assert_error (error, WP_SCENARIO_ERROR, WP_SCENARIO_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, bad_path));
  g_assert_true (g_file_get_contents (bad_path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, bad_text);

  wp_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario/defaults", test_defaults);
  g_test_add_func ("/scenario/round-trip", test_round_trip);
  g_test_add_func ("/scenario/texts", test_texts);
  g_test_add_func ("/scenario/platforms", test_platforms);
  g_test_add_func ("/scenario/unknown-kept", test_unknown_kept);
  g_test_add_func ("/scenario/newer-refused", test_newer_refused);
  g_test_add_func ("/scenario/bad-values", test_bad_values);
  g_test_add_func ("/scenario/file", test_file);

  return g_test_run ();
}
