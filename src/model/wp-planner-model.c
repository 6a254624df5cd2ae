/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpPlannerModel: the type, its property specs and "changed", and what a
 * new input or platform notifies.  The inputs' setters are in
 * wp-planner-model-input.c, the platforms' in wp-planner-model-platforms.c,
 * the properties by id in wp-planner-model-properties.c. */
#define G_LOG_DOMAIN "wp-planner-model"

#include "config.h"

#include <string.h>

#include "wp-planner-model-private.h"

enum
{
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (WpPlannerModel, wp_planner_model, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers */

static void
compute_all (const WpLimitsInput *input,
             WpLimits             out[WP_N_PLATFORMS])
{
  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    wp_limits_compute (p, input, &out[p]);
}

static void
notify_if (WpPlannerModel *self,
           gboolean        changed,
           guint           prop)
{
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* Notifies every derived property whose value differs between @before and
 * @after (two figure sets of the selected platform). */
static void
notify_derived (WpPlannerModel *self,
                const WpLimits *before,
                const WpLimits *after)
{
  notify_if (self, before->nonpaged_pool_mb != after->nonpaged_pool_mb, PROP_NONPAGED_POOL_MB);
  notify_if (self, before->practical_sockets != after->practical_sockets, PROP_PRACTICAL_SOCKETS);
  notify_if (self, before->theoretical_sockets != after->theoretical_sockets,
             PROP_THEORETICAL_SOCKETS);
  notify_if (self, before->client_ports != after->client_ports, PROP_CLIENT_PORTS);
  notify_if (self, before->time_wait_s != after->time_wait_s, PROP_TIME_WAIT_S);
  notify_if (self, before->connections_per_s != after->connections_per_s,
             PROP_CONNECTIONS_PER_SECOND);
  notify_if (self, before->server_limit != after->server_limit, PROP_SERVER_LIMIT);
  notify_if (self, before->client_limit != after->client_limit, PROP_CLIENT_LIMIT);
  notify_if (self, before->server_limited_by != after->server_limited_by, PROP_LIMITED_BY);
  notify_if (self, before->client_limited_by != after->client_limited_by,
             PROP_CLIENT_LIMITED_BY);
}

/* Internal: whether @platform meets the target of @input (FALSE without
 * one). */
gboolean
wp_planner_model_meets_target (const WpLimitsInput *input,
                               WpPlatform           platform)
{
  WpTargetVerdict verdict;

  wp_target_verdict (platform, input, &verdict);
  return verdict.meets;
}

/* Internal: takes a new (already clamped) input: recomputes every platform,
 * notifies the inputs and derived figures that changed, and emits "changed"
 * once if any platform's figures did. */
void
wp_planner_model_apply_input (WpPlannerModel      *self,
                              const WpLimitsInput *input)
{
  WpLimitsInput old = self->input;
  WpLimits before[WP_N_PLATFORMS];
  gboolean figures_changed, target_changed;

  if (memcmp (&old, input, sizeof old) == 0)
    return;

  memcpy (before, self->limits, sizeof before);
  self->input = *input;
  compute_all (&self->input, self->limits);
  /* wp_limits_compute() clears each struct first, so padding compares.
   * Only the versions shown count: hidden ones (Vista and later by
   * default) are read again when shown. */
  figures_changed = FALSE;
  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    if ((self->visible_platforms | WP_PLATFORM_BIT (self->selected_platform)) &
        WP_PLATFORM_BIT (p))
      figures_changed |= memcmp (&before[p], &self->limits[p], sizeof before[p]) != 0;
  target_changed = old.need_connections != input->need_connections ||
                   old.need_rate != input->need_rate ||
                   old.connection_life_ms != input->connection_life_ms;

  g_object_freeze_notify (G_OBJECT (self));
  notify_if (self, old.ram_mb != input->ram_mb, PROP_RAM_MB);
  notify_if (self, old.max_user_port != input->max_user_port, PROP_MAX_USER_PORT);
  notify_if (self, old.time_wait_s != input->time_wait_s, PROP_TIME_WAIT_DELAY);
  notify_if (self, old.max_connections != input->max_connections, PROP_MAX_CONNECTIONS);
  notify_if (self, old.socketwrench_legacy != input->socketwrench_legacy,
             PROP_SOCKETWRENCH_LEGACY);
  notify_if (self,
             (old.max_connections > WP_MAX_CONNECTIONS_STABLE) !=
             (input->max_connections > WP_MAX_CONNECTIONS_STABLE),
             PROP_MAX_CONNECTIONS_UNSTABLE);
  notify_if (self, old.need_connections != input->need_connections, PROP_NEED_CONNECTIONS);
  notify_if (self, old.need_rate != input->need_rate, PROP_NEED_RATE);
  notify_if (self, old.connection_life_ms != input->connection_life_ms, PROP_CONNECTION_LIFE_MS);
  notify_if (self, old.port_start != input->port_start, PROP_PORT_START);
  notify_if (self, old.port_count != input->port_count, PROP_PORT_COUNT);
  notify_if (self, old.connection_cost_kb != input->connection_cost_kb, PROP_CONNECTION_COST_KB);
  notify_if (self, wp_planner_model_meets_target (&old, self->selected_platform) !=
                   wp_planner_model_meets_target (input, self->selected_platform),
             PROP_MEETS_TARGET);
  notify_derived (self, &before[self->selected_platform], &self->limits[self->selected_platform]);
  wp_planner_model_update_measured (self);
  g_object_thaw_notify (G_OBJECT (self));

  /* The verdicts and the chart's target line change with the target. */
  if (figures_changed || target_changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

/* GObject overrides */

static void
wp_planner_model_dispose (GObject *object)
{
  wp_planner_model_measurement_dispose (WP_PLANNER_MODEL (object));
  G_OBJECT_CLASS (wp_planner_model_parent_class)->dispose (object);
}

/* The derived figures' specs: read-only, of the selected platform. */
static void
init_derived_specs (void)
{
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  properties[PROP_NONPAGED_POOL_MB] =
    g_param_spec_double ("nonpaged-pool-mb", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0, ro);
  properties[PROP_PRACTICAL_SOCKETS] =
    g_param_spec_uint ("practical-sockets", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_THEORETICAL_SOCKETS] =
    g_param_spec_uint ("theoretical-sockets", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_CLIENT_PORTS] =
    g_param_spec_uint ("client-ports", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_TIME_WAIT_S] =
    g_param_spec_uint ("time-wait-s", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_CONNECTIONS_PER_SECOND] =
    g_param_spec_double ("connections-per-second", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0, ro);
  properties[PROP_SERVER_LIMIT] =
    g_param_spec_uint ("server-limit", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_CLIENT_LIMIT] =
    g_param_spec_uint ("client-limit", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_LIMITED_BY] =
    g_param_spec_enum ("limited-by", NULL, NULL,
                       WP_TYPE_LIMITING_FACTOR, WP_LIMITED_BY_MEMORY, ro);
  properties[PROP_CLIENT_LIMITED_BY] =
    g_param_spec_enum ("client-limited-by", NULL, NULL,
                       WP_TYPE_LIMITING_FACTOR, WP_LIMITED_BY_PORTS, ro);
  properties[PROP_MAX_CONNECTIONS_UNSTABLE] =
    g_param_spec_boolean ("max-connections-unstable", NULL, NULL, FALSE, ro);
  properties[PROP_MEETS_TARGET] =
    g_param_spec_boolean ("meets-target", NULL, NULL, FALSE, ro);
}

static void
wp_planner_model_class_init (WpPlannerModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = wp_planner_model_get_property;
  object_class->set_property = wp_planner_model_set_property;
  object_class->dispose = wp_planner_model_dispose;

  properties[PROP_RAM_MB] =
    g_param_spec_uint64 ("ram-mb", NULL, NULL,
                         WP_RAM_MB_MIN, WP_RAM_MB_MAX, WP_RAM_MB_DEFAULT, rw);
  properties[PROP_MAX_USER_PORT] =
    g_param_spec_uint ("max-user-port", NULL, NULL,
                       WP_MAX_USER_PORT_MIN, WP_MAX_USER_PORT_MAX,
                       WP_MAX_USER_PORT_DEFAULT, rw);
  /* 0 is "each platform's default", so the range starts there. */
  properties[PROP_TIME_WAIT_DELAY] =
    g_param_spec_uint ("time-wait-delay", NULL, NULL,
                       WP_TIME_WAIT_PLATFORM, WP_TIME_WAIT_MAX, WP_TIME_WAIT_PLATFORM, rw);
  properties[PROP_MAX_CONNECTIONS] =
    g_param_spec_uint ("max-connections", NULL, NULL,
                       WP_MAX_CONNECTIONS_MIN, WP_MAX_CONNECTIONS_MAX,
                       WP_MAX_CONNECTIONS_DEFAULT, rw);
  properties[PROP_SOCKETWRENCH_LEGACY] =
    g_param_spec_boolean ("socketwrench-legacy", NULL, NULL, FALSE, rw);
  properties[PROP_VISIBLE_PLATFORMS] =
    g_param_spec_uint ("visible-platforms", NULL, NULL,
                       0, WP_PLATFORMS_ALL, WP_PLATFORMS_SOURCE, rw);
  properties[PROP_SELECTED_PLATFORM] =
    g_param_spec_enum ("selected-platform", NULL, NULL,
                       WP_TYPE_PLATFORM, WP_PLATFORM_WIN2000, rw);

  /* The target: 0 is none. */
  properties[PROP_NEED_CONNECTIONS] =
    g_param_spec_uint ("need-connections", NULL, NULL, 0, WP_NEED_MAX, 0, rw);
  properties[PROP_NEED_RATE] =
    g_param_spec_uint ("need-rate", NULL, NULL, 0, WP_NEED_MAX, 0, rw);
  properties[PROP_CONNECTION_LIFE_MS] =
    g_param_spec_uint64 ("connection-life-ms", NULL, NULL, 0, WP_CONNECTION_LIFE_MS_MAX, 0, rw);
  /* Vista and later: the dynamic port range (KB 929851) and the assumed
   * non-paged pool of one connection. */
  properties[PROP_PORT_START] =
    g_param_spec_uint ("port-start", NULL, NULL, WP_PORT_RANGE_START_MIN,
                       WP_PORT_RANGE_END_MAX - WP_PORT_RANGE_COUNT_MIN + 1,
                       WP_PORT_RANGE_START_DEFAULT, rw);
  properties[PROP_PORT_COUNT] =
    g_param_spec_uint ("port-count", NULL, NULL, WP_PORT_RANGE_COUNT_MIN,
                       WP_PORT_RANGE_END_MAX - WP_PORT_RANGE_START_MIN + 1,
                       WP_PORT_RANGE_COUNT_DEFAULT, rw);
  properties[PROP_CONNECTION_COST_KB] =
    g_param_spec_uint ("connection-cost-kb", NULL, NULL, WP_CONNECTION_COST_KB_MIN,
                       WP_CONNECTION_COST_KB_MAX, WP_CONNECTION_COST_KB_DEFAULT, rw);

  init_derived_specs ();
  g_object_class_install_properties (object_class, N_PROPS, properties);
  wp_planner_model_measurement_class_init (object_class, N_PROPS);

  /**
   * WpPlannerModel::changed:
   *
   * Emitted once after a change that alters any platform's figures, the
   * target or the set of visible platforms.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
wp_planner_model_init (WpPlannerModel *self)
{
  wp_limits_input_init (&self->input);
  /* The specification's versions, as the window has always shown them. */
  self->visible_platforms = WP_PLATFORMS_SOURCE;
  self->selected_platform = WP_PLATFORM_WIN2000;
  compute_all (&self->input, self->limits);
}

/* Public API */

WpPlannerModel *
wp_planner_model_new (void)
{
  return g_object_new (WP_TYPE_PLANNER_MODEL, NULL);
}

/* Internal: notifies the selected platform and what differs between the
 * figures of @old and of the one now selected. */
void
wp_planner_model_selected_changed (WpPlannerModel *self,
                                   WpPlatform      old)
{
  WpPlatform platform = self->selected_platform;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_PLATFORM]);
  notify_derived (self, &self->limits[old], &self->limits[platform]);
  notify_if (self, wp_planner_model_meets_target (&self->input, old) !=
                   wp_planner_model_meets_target (&self->input, platform),
             PROP_MEETS_TARGET);
}

/* Internal: the set of platforms drawn changed. */
void
wp_planner_model_visible_changed (WpPlannerModel *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_PLATFORMS]);
  g_signal_emit (self, signals[CHANGED], 0);
}
