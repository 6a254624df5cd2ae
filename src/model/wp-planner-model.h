/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpPlannerModel: the planner's inputs and the limits derived from them, as
 * GObject properties.  No GTK.  A property notifies only when its value
 * really changes; a derived one only when it changes.
 *
 * Input properties (read-write, clamped to the calculator's ranges):
 *   "ram-mb"              guint64  WP_RAM_MB_MIN..WP_RAM_MB_MAX, default 2048
 *   "max-user-port"       guint    5000..65534, default 5000
 *   "time-wait-delay"     guint    0 (each platform's default) or 30..300,
 *                                  default 0; 1..29 clamp to 30
 *   "max-connections"     guint    1..G_MAXUINT32, default 100
 *   "socketwrench-legacy" gboolean default FALSE
 *   "visible-platforms"   guint    WP_PLATFORM_BIT mask, default WP_PLATFORMS_SOURCE;
 *                                  always holds the selected platform
 *   "selected-platform"   WpPlatform (WP_TYPE_PLATFORM), default WP_PLATFORM_WIN2000
 *   "need-connections"    guint    the target's concurrent connections, 0 = none
 *   "need-rate"           guint    the target's new connections per second, 0 = none
 *   "connection-life-ms"  guint64  their mean life, 0..WP_CONNECTION_LIFE_MS_MAX, default 0
 *   "port-start"          guint    Vista and later: the dynamic port range's first port,
 *                                  1025..65281, default 49152 (KB 929851)
 *   "port-count"          guint    its number of ports, 255..64511, default 16384;
 *                                  cut to end at 65535 at most
 *   "connection-cost-kb"  guint    non-paged pool per connection, an assumption, 1..65536,
 *                                  default 16
 *
 * Derived, read-only, for the selected platform:
 *   "nonpaged-pool-mb"    double   0 for the 9x family
 *   "practical-sockets"   guint
 *   "theoretical-sockets" guint
 *   "client-ports"        guint
 *   "time-wait-s"         guint    the delay in force on that platform
 *   "connections-per-second" double
 *   "server-limit"        guint
 *   "client-limit"        guint
 *   "limited-by"          WpLimitingFactor of the server limit
 *   "client-limited-by"   WpLimitingFactor of the client limit
 *   "meets-target"        gboolean FALSE without a target (wp-target.h)
 *
 * The measurement (wp-planner-model-measurement.c): what an import of a
 * machine's netstat found, and its figures in the selected platform's
 * client port range (wp_limits_client_port_range(); 9x has none):
 *   "measurement"         WpMeasurement (WP_TYPE_MEASUREMENT), read-write, NULL = none
 *   "has-measured-range"  gboolean a measurement and a range to measure it in
 *   "measured-client-ports"    guint distinct local ports in use inside the range
 *   "measured-client-pct"      guint their share of the range, rounded up
 *   "measured-time-wait-ports" guint of those, the ports with a connection in TIME_WAIT
 *   "measured-time-wait-pct"   guint their share of the ports in use, rounded down
 * A new measurement also emits "changed" (the chart's measured point).
 *
 * Derived, read-only, from the inputs alone:
 *   "max-connections-unstable" gboolean  MaxConnections above 300
 *
 * The "changed" signal is emitted once after any input change that alters
 * any platform's figures, the target or the visible set (what a chart redraws on).
 */
#pragma once

#include <glib-object.h>

#include "import/wp-measurement.h"
#include "limits/wp-limits.h"
#include "limits/wp-target.h"
#include "limits/wp-workload.h"
#include "model/wp-enums.h"

G_BEGIN_DECLS

#define WP_TYPE_PLANNER_MODEL (wp_planner_model_get_type ())
G_DECLARE_FINAL_TYPE (WpPlannerModel, wp_planner_model, WP, PLANNER_MODEL, GObject)

WpPlannerModel *wp_planner_model_new                 (void);

guint64         wp_planner_model_get_ram_mb          (WpPlannerModel *self);
void            wp_planner_model_set_ram_mb          (WpPlannerModel *self,
                                                      guint64         ram_mb);
guint           wp_planner_model_get_max_user_port   (WpPlannerModel *self);
void            wp_planner_model_set_max_user_port   (WpPlannerModel *self,
                                                      guint           max_user_port);
guint           wp_planner_model_get_time_wait_delay (WpPlannerModel *self);
void            wp_planner_model_set_time_wait_delay (WpPlannerModel *self,
                                                      guint           time_wait_s);
guint           wp_planner_model_get_max_connections (WpPlannerModel *self);
void            wp_planner_model_set_max_connections (WpPlannerModel *self,
                                                      guint           max_connections);
gboolean        wp_planner_model_get_socketwrench_legacy (WpPlannerModel *self);
void            wp_planner_model_set_socketwrench_legacy (WpPlannerModel *self,
                                                          gboolean        legacy);
guint           wp_planner_model_get_visible_platforms (WpPlannerModel *self);
void            wp_planner_model_set_visible_platforms (WpPlannerModel *self,
                                                        guint           platforms);
WpPlatform      wp_planner_model_get_selected_platform (WpPlannerModel *self);
void            wp_planner_model_set_selected_platform (WpPlannerModel *self,
                                                        WpPlatform      platform);

guint           wp_planner_model_get_need_connections (WpPlannerModel *self);
void            wp_planner_model_set_need_connections (WpPlannerModel *self,
                                                       guint           need);
guint           wp_planner_model_get_need_rate       (WpPlannerModel *self);
void            wp_planner_model_set_need_rate       (WpPlannerModel *self,
                                                      guint           need);
guint64         wp_planner_model_get_connection_life_ms (WpPlannerModel *self);
void            wp_planner_model_set_connection_life_ms (WpPlannerModel *self,
                                                         guint64         life_ms);
/* Vista and later (wp-planner-model-nt6.c). */
guint           wp_planner_model_get_port_start      (WpPlannerModel *self);
void            wp_planner_model_set_port_start      (WpPlannerModel *self,
                                                      guint           start);
guint           wp_planner_model_get_port_count      (WpPlannerModel *self);
void            wp_planner_model_set_port_count      (WpPlannerModel *self,
                                                      guint           count);
guint           wp_planner_model_get_connection_cost_kb (WpPlannerModel *self);
void            wp_planner_model_set_connection_cost_kb (WpPlannerModel *self,
                                                         guint           cost_kb);
void            wp_planner_model_get_verdict         (WpPlannerModel  *self,
                                                      WpPlatform       platform,
                                                      WpTargetVerdict *out_verdict);

gboolean        wp_planner_model_get_max_connections_unstable (WpPlannerModel *self);
gboolean        wp_planner_model_is_platform_visible   (WpPlannerModel *self,
                                                        WpPlatform      platform);
void            wp_planner_model_set_platform_visible  (WpPlannerModel *self,
                                                        WpPlatform      platform,
                                                        gboolean        visible);

/* All inputs at once (for the chart, exports and the command line). */
void            wp_planner_model_get_input           (WpPlannerModel *self,
                                                      WpLimitsInput  *out_input);
void            wp_planner_model_set_input           (WpPlannerModel      *self,
                                                      const WpLimitsInput *input);

/* The figures of one platform, or of every platform (out[WP_N_PLATFORMS]). */
void            wp_planner_model_get_limits          (WpPlannerModel *self,
                                                      WpPlatform      platform,
                                                      WpLimits       *out_limits);
void            wp_planner_model_get_all_limits      (WpPlannerModel *self,
                                                      WpLimits        out_limits[WP_N_PLATFORMS]);
/* For objects with a "model" property: puts @model in *@slot, letting go
 * of the one before and of every handler @owner connected to it; FALSE
 * (nothing done) when it is the same model. */
gboolean        wp_planner_model_replace             (gpointer         owner,
                                                      WpPlannerModel **slot,
                                                      WpPlannerModel  *model);

/* A view of the model: @klass's "model" property, at @prop_id, reads the
 * WpPlannerModel * at @model_offset in the instance and is written through
 * @set_model.  Call it after setting the class's own get_property and
 * set_property (for its other properties, if any); install the returned
 * param spec with them.  Read-write, notified only on a change (by
 * @set_model). */
typedef void  (*WpModelViewSetModel)                 (gpointer         view,
                                                      WpPlannerModel  *model);
GParamSpec     *wp_model_view_class_install          (gpointer            klass,
                                                      guint               prop_id,
                                                      gsize               model_offset,
                                                      WpModelViewSetModel set_model);

/* WpMeasurement as a boxed type (reference-counted). */
#define WP_TYPE_MEASUREMENT (wp_measurement_get_type ())
GType           wp_measurement_get_type              (void) G_GNUC_CONST;

/* The measurement (transfer none; NULL = none) and, for any platform, its
 * figures in that platform's client range: FALSE without a measurement or
 * a range (9x). */
WpMeasurement  *wp_planner_model_get_measurement     (WpPlannerModel  *self);
void            wp_planner_model_set_measurement     (WpPlannerModel  *self,
                                                      WpMeasurement   *measurement);
gboolean        wp_planner_model_get_measured_ports  (WpPlannerModel  *self,
                                                      WpPlatform       platform,
                                                      WpMeasuredPorts *out);

/* The model's own copy, valid until the next input change. */
const WpLimits *wp_planner_model_peek_limits         (WpPlannerModel *self,
                                                      WpPlatform      platform);

G_END_DECLS
