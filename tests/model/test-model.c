/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpPlannerModel: defaults, clamping, exact notifications and the figures
 * of Catalyst KB 100072 through the model's properties. */
#include "config.h"

#include "model/wp-planner-model.h"

/* Counts "notify::NAME" per property name and "changed". */
typedef struct
{
  GHashTable *notifies;
  guint       changed;
} Counter;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Counter    *counter)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counter->notifies, pspec->name));

  g_hash_table_insert (counter->notifies, (gpointer) pspec->name, GUINT_TO_POINTER (n + 1));
}

static void
changed_cb (WpPlannerModel *model,
            Counter        *counter)
{
  counter->changed++;
}

static void
counter_watch (Counter        *counter,
               WpPlannerModel *model)
{
  counter->notifies = g_hash_table_new (g_str_hash, g_str_equal);
  counter->changed = 0;
  g_signal_connect (model, "notify", G_CALLBACK (notify_cb), counter);
  g_signal_connect (model, "changed", G_CALLBACK (changed_cb), counter);
}

static void
counter_reset (Counter *counter)
{
  g_hash_table_remove_all (counter->notifies);
  counter->changed = 0;
}

static guint
counter_get (Counter    *counter,
             const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counter->notifies, name));
}

/* Asserts the exact set of notified properties: a NULL-terminated list of
 * names, each notified exactly once, and nothing else. */
static void
assert_notified (Counter *counter,
                 ...)
{
  va_list args;
  const char *name;
  guint n = 0;

  va_start (args, counter);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      g_test_message ("expecting notify::%s", name);
      g_assert_cmpuint (counter_get (counter, name), ==, 1);
      n++;
    }
  va_end (args);

  g_assert_cmpuint (g_hash_table_size (counter->notifies), ==, n);
}

static void
counter_clear (Counter *counter)
{
  g_clear_pointer (&counter->notifies, g_hash_table_unref);
}

static void
test_defaults (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  guint64 ram_mb;
  guint max_user_port, time_wait, max_connections, visible, practical, theoretical;
  guint client_ports, time_wait_s, server_limit, client_limit;
  gboolean legacy, unstable;
  int selected, limited_by, client_limited_by;
  double pool_mb, rate;

  g_object_get (model,
                "ram-mb", &ram_mb,
                "max-user-port", &max_user_port,
                "time-wait-delay", &time_wait,
                "max-connections", &max_connections,
                "socketwrench-legacy", &legacy,
                "visible-platforms", &visible,
                "selected-platform", &selected,
                "nonpaged-pool-mb", &pool_mb,
                "practical-sockets", &practical,
                "theoretical-sockets", &theoretical,
                "client-ports", &client_ports,
                "time-wait-s", &time_wait_s,
                "connections-per-second", &rate,
                "server-limit", &server_limit,
                "client-limit", &client_limit,
                "limited-by", &limited_by,
                "client-limited-by", &client_limited_by,
                "max-connections-unstable", &unstable,
                NULL);

  g_assert_cmpuint (ram_mb, ==, 2048);
  g_assert_cmpuint (max_user_port, ==, 5000);
  g_assert_cmpuint (time_wait, ==, 0);
  g_assert_cmpuint (max_connections, ==, 100);
  g_assert_false (legacy);
  g_assert_cmpuint (visible, ==, WP_PLATFORMS_SOURCE);
  g_assert_cmpint (selected, ==, WP_PLATFORM_WIN2000);

  /* Windows 2000 with 2 GB: the source's 16,000 / 25,000, pool at 256 MB. */
  g_assert_cmpfloat_with_epsilon (pool_mb, 256.0, 1e-9);
  g_assert_cmpuint (practical, ==, 16000);
  g_assert_cmpuint (theoretical, ==, 25000);
  g_assert_cmpuint (client_ports, ==, 3976);
  g_assert_cmpuint (time_wait_s, ==, 240);
  g_assert_cmpfloat_with_epsilon (rate, 3976.0 / 240.0, 1e-9);
  g_assert_cmpuint (server_limit, ==, 16000);
  g_assert_cmpuint (client_limit, ==, 3976);
  g_assert_cmpint (limited_by, ==, WP_LIMITED_BY_MEMORY);
  g_assert_cmpint (client_limited_by, ==, WP_LIMITED_BY_PORTS);
  g_assert_false (unstable);
}

/* Setters and g_object_set clamp into the calculator's ranges. */
typedef struct
{
  const char *property;
  guint64     set;
  guint64     expected;
} ClampCase;

static const ClampCase clamp_cases[] = {
  { "ram-mb",          0,                     1 },
  { "ram-mb",          G_MAXUINT64,           16ull * 1024 * 1024 },
  { "max-user-port",   0,                     5000 },
  { "max-user-port",   4999,                  5000 },
  { "max-user-port",   65535,                 65534 },
  { "max-user-port",   G_MAXUINT,             65534 },
  { "time-wait-delay", 0,                     0 },
  { "time-wait-delay", 1,                     30 },
  { "time-wait-delay", 29,                    30 },
  { "time-wait-delay", 301,                   300 },
  { "time-wait-delay", G_MAXUINT,             300 },
  { "max-connections", 0,                     1 },
  { "max-connections", G_MAXUINT32,           G_MAXUINT32 },
};

static void
test_clamping (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (clamp_cases); i++)
    {
      const ClampCase *c = &clamp_cases[i];
      g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
      guint64 got;

      g_test_message ("%s = %" G_GUINT64_FORMAT, c->property, c->set);
      if (g_str_equal (c->property, "ram-mb"))
        {
          wp_planner_model_set_ram_mb (model, c->set);
          got = wp_planner_model_get_ram_mb (model);
        }
      else if (g_str_equal (c->property, "max-user-port"))
        {
          wp_planner_model_set_max_user_port (model, (guint) MIN (c->set, G_MAXUINT));
          got = wp_planner_model_get_max_user_port (model);
        }
      else if (g_str_equal (c->property, "time-wait-delay"))
        {
          wp_planner_model_set_time_wait_delay (model, (guint) MIN (c->set, G_MAXUINT));
          got = wp_planner_model_get_time_wait_delay (model);
        }
      else
        {
          wp_planner_model_set_max_connections (model, (guint) MIN (c->set, G_MAXUINT));
          got = wp_planner_model_get_max_connections (model);
        }
      g_assert_cmpuint (got, ==, c->expected);
    }
}

static void
test_clamping_other (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  WpLimitsInput input = { 0, 1, 7, 0, 42 };
  WpLimitsInput got;
  guint time_wait;

  /* Within the pspec range, the setter still clamps 1..29 to 30. */
  g_object_set (model, "time-wait-delay", 12u, NULL);
  g_object_get (model, "time-wait-delay", &time_wait, NULL);
  g_assert_cmpuint (time_wait, ==, 30);

  wp_planner_model_set_visible_platforms (model, G_MAXUINT);
  g_assert_cmpuint (wp_planner_model_get_visible_platforms (model), ==, WP_PLATFORMS_ALL);

  wp_planner_model_set_selected_platform (model, 99);
  g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_N_PLATFORMS - 1);
  wp_planner_model_set_selected_platform (model, -3);
  g_assert_cmpint (wp_planner_model_get_selected_platform (model), ==, WP_PLATFORM_WIN95);

  wp_planner_model_set_input (model, &input);
  wp_planner_model_get_input (model, &got);
  g_assert_cmpuint (got.ram_mb, ==, 1);
  g_assert_cmpuint (got.max_user_port, ==, 5000);
  g_assert_cmpuint (got.time_wait_s, ==, 30);
  g_assert_cmpuint (got.max_connections, ==, 1);
  g_assert_true (got.socketwrench_legacy);
}

static void
test_pspec_ranges (void)
{
  g_autoptr (GTypeClass) klass = g_type_class_ref (WP_TYPE_PLANNER_MODEL);
  GParamSpec *pspec;

  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "ram-mb");
  g_assert_cmpuint (G_PARAM_SPEC_UINT64 (pspec)->minimum, ==, WP_RAM_MB_MIN);
  g_assert_cmpuint (G_PARAM_SPEC_UINT64 (pspec)->maximum, ==, WP_RAM_MB_MAX);
  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "max-user-port");
  g_assert_cmpuint (G_PARAM_SPEC_UINT (pspec)->minimum, ==, 5000);
  g_assert_cmpuint (G_PARAM_SPEC_UINT (pspec)->maximum, ==, 65534);
  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "time-wait-delay");
  g_assert_cmpuint (G_PARAM_SPEC_UINT (pspec)->maximum, ==, 300);
  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "practical-sockets");
  g_assert_false (pspec->flags & G_PARAM_WRITABLE);
}

/* The enums are registered types whose nicks are the stable ids the
 * command line, the settings and the CSV use. */
static void
test_enum_types (void)
{
  static const char * const platform_ids[WP_N_PLATFORMS] = {
    "win95", "win98", "winme", "nt4", "win2000", "winxp", "win2003",
    "vista-x86", "vista-x64", "win7-x86", "win7-x64",
    "win81-x86", "win81-x64", "win10-x86", "win10-x64",
  };
  static const char * const factor_ids[] = { "memory", "ports", "registry", "process-cap" };
  g_autoptr (GTypeClass) klass = g_type_class_ref (WP_TYPE_PLANNER_MODEL);
  g_autoptr (GEnumClass) platforms = g_type_class_ref (WP_TYPE_PLATFORM);
  g_autoptr (GEnumClass) factors = g_type_class_ref (WP_TYPE_LIMITING_FACTOR);

  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (
    G_OBJECT_CLASS (klass), "selected-platform")) == WP_TYPE_PLATFORM);
  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (g_object_class_find_property (
    G_OBJECT_CLASS (klass), "client-limited-by")) == WP_TYPE_LIMITING_FACTOR);

  g_assert_cmpuint (platforms->n_values, ==, WP_N_PLATFORMS);   /* the count is skipped */
  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    g_assert_cmpstr (g_enum_get_value (platforms, p)->value_nick, ==, platform_ids[p]);
  g_assert_cmpuint (factors->n_values, ==, G_N_ELEMENTS (factor_ids));
  for (guint f = 0; f < G_N_ELEMENTS (factor_ids); f++)
    g_assert_cmpstr (g_enum_get_value (factors, f)->value_nick, ==, factor_ids[f]);
}

/* The selected version is always among the visible ones (issue 14): the
 * readouts describe it, so the chart draws it. */
static void
test_selected_always_visible (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  Counter counter;

  wp_planner_model_set_visible_platforms (model, 0);
  g_assert_cmpuint (wp_planner_model_get_visible_platforms (model), ==,
                    WP_PLATFORM_BIT (WP_PLATFORM_WIN2000));
  wp_planner_model_set_platform_visible (model, WP_PLATFORM_WIN2000, FALSE);
  g_assert_true (wp_planner_model_is_platform_visible (model, WP_PLATFORM_WIN2000));

  /* Selecting a hidden version shows it: one notify, one "changed". */
  counter_watch (&counter, model);
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN98);
  g_assert_cmpuint (wp_planner_model_get_visible_platforms (model), ==,
                    WP_PLATFORM_BIT (WP_PLATFORM_WIN2000) | WP_PLATFORM_BIT (WP_PLATFORM_WIN98));
  g_assert_cmpuint (counter_get (&counter, "visible-platforms"), ==, 1);
  g_assert_cmpuint (counter.changed, ==, 1);
  counter_clear (&counter);
}

/* RAM 3 GB -> 4 GB on Windows 2000: the pool is capped already, so only
 * "ram-mb" notifies and no platform's figures change. */
static void
test_notify_ram_capped (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  Counter counter;

  wp_planner_model_set_ram_mb (model, 3072);
  counter_watch (&counter, model);

  wp_planner_model_set_ram_mb (model, 4096);
  assert_notified (&counter, "ram-mb", NULL);
  g_assert_cmpuint (counter.changed, ==, 0);

  counter_reset (&counter);
  wp_planner_model_set_ram_mb (model, 4096);
  assert_notified (&counter, NULL);
  g_assert_cmpuint (counter.changed, ==, 0);

  counter_clear (&counter);
}

/* 1 GB -> 2 GB on 2000: pool, practical, theoretical and server limit. */
static void
test_notify_ram_below_cap (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  Counter counter;

  wp_planner_model_set_ram_mb (model, 1024);
  g_assert_cmpuint (wp_planner_model_peek_limits (model, WP_PLATFORM_WIN2000)->practical_sockets,
                    ==, 8000);
  counter_watch (&counter, model);

  g_object_set (model, "ram-mb", (guint64) 2048, NULL);
  assert_notified (&counter, "ram-mb", "nonpaged-pool-mb", "practical-sockets",
                   "theoretical-sockets", "server-limit", NULL);
  g_assert_cmpuint (counter.changed, ==, 1);

  /* 2 GB -> 3 GB changes no figure on 2000 or NT 4.0, but the chart's
   * curves do not depend on RAM beyond the knee either: no "changed". */
  counter_reset (&counter);
  wp_planner_model_set_ram_mb (model, 3072);
  assert_notified (&counter, "ram-mb", NULL);
  g_assert_cmpuint (counter.changed, ==, 0);

  counter_clear (&counter);
}

/* On NT 4.0, 1 GB -> 2 GB changes nothing of NT 4.0, but 2000's figures
 * change: "changed" fires, no derived notify does. */
static void
test_notify_other_platform (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  Counter counter;

  wp_planner_model_set_selected_platform (model, WP_PLATFORM_NT4);
  wp_planner_model_set_ram_mb (model, 1024);
  counter_watch (&counter, model);

  wp_planner_model_set_ram_mb (model, 2048);
  assert_notified (&counter, "ram-mb", NULL);
  g_assert_cmpuint (counter.changed, ==, 1);

  counter_clear (&counter);
}

static void
test_notify_max_user_port (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  Counter counter;
  guint client_ports;

  counter_watch (&counter, model);
  wp_planner_model_set_max_user_port (model, 65534);
  /* 65534 - 1024 ports, but 2 GB hold 16,000 sockets: the memory binds */
  assert_notified (&counter, "max-user-port", "client-ports", "connections-per-second",
                   "client-limit", "client-limited-by", NULL);
  g_assert_cmpuint (counter.changed, ==, 1);
  g_object_get (model, "client-ports", &client_ports, NULL);
  g_assert_cmpuint (client_ports, ==, 65534 - 1024);

  /* Clamped to the same value: nothing. */
  counter_reset (&counter);
  wp_planner_model_set_max_user_port (model, 70000);
  assert_notified (&counter, NULL);
  g_assert_cmpuint (counter.changed, ==, 0);

  counter_clear (&counter);
}

/* TIME_WAIT: 0 ("platform default") -> 240 is the same delay in force on
 * every platform (240 s wherever a source gives one, limits.md): the input
 * notifies, no figure changes, no "changed". */
static void
test_notify_time_wait (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  Counter counter;
  double rate;

  counter_watch (&counter, model);
  wp_planner_model_set_time_wait_delay (model, 240);
  assert_notified (&counter, "time-wait-delay", NULL);
  g_assert_cmpuint (counter.changed, ==, 0);

  counter_reset (&counter);
  wp_planner_model_set_time_wait_delay (model, 30);
  assert_notified (&counter, "time-wait-delay", "time-wait-s", "connections-per-second", NULL);
  g_assert_cmpuint (counter.changed, ==, 1);
  g_object_get (model, "connections-per-second", &rate, NULL);
  g_assert_cmpfloat_with_epsilon (rate, 3976.0 / 30.0, 1e-9);

  counter_clear (&counter);
}

static void
test_notify_selected_platform (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  Counter counter;

  counter_watch (&counter, model);

  /* 2000 -> XP: the same figures. */
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WINXP);
  assert_notified (&counter, "selected-platform", NULL);
  g_assert_cmpuint (counter.changed, ==, 0);

  /* XP -> 2003: the same figures too (TIME_WAIT 240 s on both). */
  counter_reset (&counter);
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN2003);
  assert_notified (&counter, "selected-platform", NULL);

  /* 2003 -> 98 at 2 GB: pool, sockets, server limit and its factor, the
   * client limit (100 of MaxConnections) and its factor; 98 has no sourced
   * client ports, TIME_WAIT or rate. */
  counter_reset (&counter);
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN98);
  assert_notified (&counter, "selected-platform", "nonpaged-pool-mb", "practical-sockets",
                   "theoretical-sockets", "client-ports", "time-wait-s",
                   "connections-per-second", "server-limit", "client-limit", "limited-by",
                   "client-limited-by", NULL);
  g_assert_cmpuint (counter.changed, ==, 0);

  counter_clear (&counter);
}

static void
test_notify_max_connections (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  Counter counter;
  guint server_limit;

  counter_watch (&counter, model);

  /* The selected platform is 2000: only the input notifies, 9x changes. */
  wp_planner_model_set_max_connections (model, 200);
  assert_notified (&counter, "max-connections", NULL);
  g_assert_cmpuint (counter.changed, ==, 1);

  counter_reset (&counter);
  wp_planner_model_set_max_connections (model, 301);
  assert_notified (&counter, "max-connections", "max-connections-unstable", NULL);
  g_assert_true (wp_planner_model_get_max_connections_unstable (model));

  counter_reset (&counter);
  wp_planner_model_set_selected_platform (model, WP_PLATFORM_WIN95);
  counter_reset (&counter);
  wp_planner_model_set_max_connections (model, 300);
  /* the rate follows the client limit: 300 / 240 s */
  assert_notified (&counter, "max-connections", "max-connections-unstable",
                   "server-limit", "client-limit", "connections-per-second", NULL);
  g_object_get (model, "server-limit", &server_limit, NULL);
  g_assert_cmpuint (server_limit, ==, 300);

  counter_clear (&counter);
}

static void
test_notify_socketwrench (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  Counter counter;
  guint server_limit, client_limit;
  int limited_by;

  counter_watch (&counter, model);
  wp_planner_model_set_socketwrench_legacy (model, TRUE);
  /* the rate follows the client limit: 1000 / 240 s */
  assert_notified (&counter, "socketwrench-legacy", "server-limit", "client-limit",
                   "limited-by", "client-limited-by", "connections-per-second", NULL);
  g_assert_cmpuint (counter.changed, ==, 1);

  g_object_get (model, "server-limit", &server_limit, "client-limit", &client_limit,
                "limited-by", &limited_by, NULL);
  g_assert_cmpuint (server_limit, ==, 1000);
  g_assert_cmpuint (client_limit, ==, 1000);
  g_assert_cmpint (limited_by, ==, WP_LIMITED_BY_PROCESS_CAP);

  counter_reset (&counter);
  wp_planner_model_set_socketwrench_legacy (model, 2);  /* still TRUE */
  assert_notified (&counter, NULL);

  counter_clear (&counter);
}

static void
test_notify_visible (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  Counter counter;

  counter_watch (&counter, model);
  wp_planner_model_set_platform_visible (model, WP_PLATFORM_WINME, FALSE);
  assert_notified (&counter, "visible-platforms", NULL);
  g_assert_cmpuint (counter.changed, ==, 1);
  g_assert_false (wp_planner_model_is_platform_visible (model, WP_PLATFORM_WINME));
  g_assert_cmpuint (wp_planner_model_get_visible_platforms (model), ==,
                    WP_PLATFORMS_SOURCE & ~WP_PLATFORM_BIT (WP_PLATFORM_WINME));

  counter_reset (&counter);
  wp_planner_model_set_platform_visible (model, WP_PLATFORM_WINME, FALSE);
  assert_notified (&counter, NULL);
  g_assert_cmpuint (counter.changed, ==, 0);

  counter_clear (&counter);
}

/* set_input: every changed input notifies once, "changed" fires once. */
static void
test_set_input (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  WpLimitsInput input;
  Counter counter;

  counter_watch (&counter, model);
  wp_limits_input_init (&input);
  input.ram_mb = 1024;
  input.max_user_port = 10000;
  wp_planner_model_set_input (model, &input);
  /* 10000 - 1024 ports, but 1 GB holds 1024 * 4000 / 512 sockets: the
   * client limit moves to the memory */
  assert_notified (&counter, "ram-mb", "max-user-port", "nonpaged-pool-mb", "practical-sockets",
                   "theoretical-sockets", "server-limit", "client-ports",
                   "connections-per-second", "client-limit", "client-limited-by", NULL);
  g_assert_cmpuint (counter.changed, ==, 1);

  counter_reset (&counter);
  wp_planner_model_set_input (model, &input);
  assert_notified (&counter, NULL);
  g_assert_cmpuint (counter.changed, ==, 0);

  counter_clear (&counter);
}

/* The source's figures for every platform through get_all_limits. */
typedef struct
{
  WpPlatform platform;
  guint64    ram_mb;
  double     pool_mb;
  guint      practical;
  guint      theoretical;
  guint      server_limit;
  guint      client_limit;
} FigureCase;

static const FigureCase figure_cases[] = {
  { WP_PLATFORM_NT4,     512,  64.0,  4000,  6000,  4000,  3976 },
  { WP_PLATFORM_NT4,     1024, 128.0, 8000,  12000, 8000,  3976 },
  { WP_PLATFORM_NT4,     4096, 128.0, 8000,  12000, 8000,  3976 },
  { WP_PLATFORM_WIN2000, 512,  64.0,  4000,  6250,  4000,  3976 },
  { WP_PLATFORM_WIN2000, 1024, 128.0, 8000,  12500, 8000,  3976 },
  { WP_PLATFORM_WINXP,   2048, 256.0, 16000, 25000, 16000, 3976 },
  { WP_PLATFORM_WIN2003, 4096, 256.0, 16000, 25000, 16000, 3976 },
  { WP_PLATFORM_WIN95,   4096, 0.0,   0,     0,     100,   100 },
  { WP_PLATFORM_WIN98,   16,   0.0,   0,     0,     100,   100 },
  { WP_PLATFORM_WINME,   1024, 0.0,   0,     0,     100,   100 },
};

static void
test_figures (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();

  for (gsize i = 0; i < G_N_ELEMENTS (figure_cases); i++)
    {
      const FigureCase *c = &figure_cases[i];
      WpLimits all[WP_N_PLATFORMS];
      WpLimits one;
      double pool_mb;
      guint practical, theoretical, server_limit, client_limit;

      g_test_message ("%s with %" G_GUINT64_FORMAT " MB",
                      wp_platform_info (c->platform)->id, c->ram_mb);
      wp_planner_model_set_ram_mb (model, c->ram_mb);
      wp_planner_model_set_selected_platform (model, c->platform);
      wp_planner_model_get_all_limits (model, all);
      wp_planner_model_get_limits (model, c->platform, &one);
      g_object_get (model,
                    "nonpaged-pool-mb", &pool_mb,
                    "practical-sockets", &practical,
                    "theoretical-sockets", &theoretical,
                    "server-limit", &server_limit,
                    "client-limit", &client_limit,
                    NULL);

      g_assert_cmpfloat_with_epsilon (pool_mb, c->pool_mb, 1e-9);
      g_assert_cmpuint (practical, ==, c->practical);
      g_assert_cmpuint (theoretical, ==, c->theoretical);
      g_assert_cmpuint (server_limit, ==, c->server_limit);
      g_assert_cmpuint (client_limit, ==, c->client_limit);
      g_assert_cmpuint (all[c->platform].practical_sockets, ==, c->practical);
      g_assert_cmpuint (one.server_limit, ==, c->server_limit);
      g_assert_cmpint (all[c->platform].platform, ==, c->platform);
    }
}

/* A binding to a derived property follows it (what the window relies on). */
static void
test_binding (void)
{
  g_autoptr (WpPlannerModel) source = wp_planner_model_new ();
  g_autoptr (WpPlannerModel) target = wp_planner_model_new ();

  g_object_bind_property (source, "ram-mb", target, "ram-mb",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  wp_planner_model_set_ram_mb (target, 512);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (source), ==, 512);
  wp_planner_model_set_ram_mb (source, 0);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (target), ==, 1);
}

/* The target: each part notifies once and redraws ("changed") though no
 * figure changes; "meets-target" follows the selected version.  2000 at
 * 2 GB holds 16,000 (A: 4,000 per 512 MB, at the 256 MB cap); NT 4.0 8,000. */
static void
test_target (void)
{
  g_autoptr (WpPlannerModel) model = wp_planner_model_new ();
  WpTargetVerdict verdict;
  Counter counter;

  counter_watch (&counter, model);
  wp_planner_model_set_need_connections (model, 16000);
  assert_notified (&counter, "need-connections", "meets-target", NULL);
  g_assert_cmpuint (counter.changed, ==, 1);
  counter_reset (&counter);

  wp_planner_model_set_need_connections (model, 16000);
  assert_notified (&counter, NULL);
  g_assert_cmpuint (counter.changed, ==, 0);

  wp_planner_model_set_selected_platform (model, WP_PLATFORM_NT4);
  g_assert_cmpuint (counter_get (&counter, "meets-target"), ==, 1);
  wp_planner_model_get_verdict (model, WP_PLATFORM_NT4, &verdict);
  g_assert_false (verdict.meets);
  g_assert_cmpint (verdict.ram_mb.status, ==, WP_NEED_UNREACHABLE);
  counter_reset (&counter);

  g_object_set (model, "need-rate", 17, NULL);   /* 3976 / 240 = 16 */
  assert_notified (&counter, "need-rate", NULL);
  g_assert_cmpuint (counter.changed, ==, 1);
  wp_planner_model_get_verdict (model, WP_PLATFORM_WIN2000, &verdict);
  g_assert_false (verdict.meets_rate);
  g_assert_cmpuint (verdict.max_user_port.value, ==, 1024 + 17 * 240);

  counter_clear (&counter);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/defaults", test_defaults);
  g_test_add_func ("/model/clamping/setters", test_clamping);
  g_test_add_func ("/model/clamping/other", test_clamping_other);
  g_test_add_func ("/model/clamping/pspec-ranges", test_pspec_ranges);
  g_test_add_func ("/model/notify/ram-capped", test_notify_ram_capped);
  g_test_add_func ("/model/notify/ram-below-cap", test_notify_ram_below_cap);
  g_test_add_func ("/model/notify/other-platform", test_notify_other_platform);
  g_test_add_func ("/model/notify/max-user-port", test_notify_max_user_port);
  g_test_add_func ("/model/notify/time-wait", test_notify_time_wait);
  g_test_add_func ("/model/notify/selected-platform", test_notify_selected_platform);
  g_test_add_func ("/model/notify/max-connections", test_notify_max_connections);
  g_test_add_func ("/model/notify/socketwrench", test_notify_socketwrench);
  g_test_add_func ("/model/enum-types", test_enum_types);
  g_test_add_func ("/model/selected-always-visible", test_selected_always_visible);
  g_test_add_func ("/model/notify/visible", test_notify_visible);
  g_test_add_func ("/model/set-input", test_set_input);
  g_test_add_func ("/model/figures", test_figures);
  g_test_add_func ("/model/binding", test_binding);
  g_test_add_func ("/model/target", test_target);

  return g_test_run ();
}
