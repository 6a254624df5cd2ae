/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * WpScenario: one planning case, saved and opened — a name, the customer
 * (or plan) it is for, notes, the selected version and every input of the
 * planner (WpLimitsInput and the versions shown).  No model, no GTK: the
 * window and the command line convert.
 *
 * The file (.wpscenario, docs/scenario-format.md) is a GKeyFile; groups and
 * keys this version does not know, comments too, are kept and written back.
 */
#pragma once

#include <gio/gio.h>

#include "import/wp-measurement.h"
#include "limits/wp-limits.h"
#include "limits/wp-named-input.h"

G_BEGIN_DECLS

/* The format written: a file of a higher major version is refused, a
 * higher minor one read (its unknown keys kept). */
#define WP_SCENARIO_FORMAT_MAJOR 1
#define WP_SCENARIO_FORMAT_MINOR 0
#define WP_SCENARIO_SUFFIX       ".wpscenario"
#define WP_SCENARIO_MIME_TYPE    "application/x-winsock-planner-scenario"

/* Groups of the file. */
#define WP_SCENARIO_GROUP          "Scenario"
#define WP_SCENARIO_GROUP_INPUTS   "Inputs"
#define WP_SCENARIO_GROUP_MEASURED "Measured"   /* the imported measurement */

#define WP_SCENARIO_ERROR (wp_scenario_error_quark ())

typedef enum
{
  WP_SCENARIO_ERROR_NOT_SCENARIO,  /* no [Scenario] Format */
  WP_SCENARIO_ERROR_NEWER,         /* a major version above ours */
  WP_SCENARIO_ERROR_INVALID,       /* a value out of range or malformed */
} WpScenarioError;

GQuark wp_scenario_error_quark (void);

#define WP_TYPE_SCENARIO (wp_scenario_get_type ())
G_DECLARE_FINAL_TYPE (WpScenario, wp_scenario, WP, SCENARIO, GObject)

/* The planner's defaults (wp_limits_input_init, the specification's seven
 * versions shown, Windows 2000 selected), no name. */
WpScenario  *wp_scenario_new                  (void);
WpScenario  *wp_scenario_copy                 (WpScenario          *self);

const char  *wp_scenario_get_name             (WpScenario          *self);
void         wp_scenario_set_name             (WpScenario          *self,
                                               const char          *name);
const char  *wp_scenario_get_customer         (WpScenario          *self);
void         wp_scenario_set_customer         (WpScenario          *self,
                                               const char          *customer);
const char  *wp_scenario_get_notes            (WpScenario          *self);
void         wp_scenario_set_notes            (WpScenario          *self,
                                               const char          *notes);

void         wp_scenario_get_input            (WpScenario          *self,
                                               WpLimitsInput       *out_input);
void         wp_scenario_set_input            (WpScenario          *self,
                                               const WpLimitsInput *input);
const WpLimitsInput *wp_scenario_peek_input   (WpScenario          *self);
/* WP_PLATFORM_BIT mask; it always holds the selected version. */
guint        wp_scenario_get_visible_platforms (WpScenario         *self);
void         wp_scenario_set_visible_platforms (WpScenario         *self,
                                                guint               platforms);
WpPlatform   wp_scenario_get_selected_platform (WpScenario         *self);
void         wp_scenario_set_selected_platform (WpScenario         *self,
                                                WpPlatform          platform);

/* The measurement imported from the customer's machine (transfer none),
 * or NULL; set takes a reference (NULL removes it). */
WpMeasurement *wp_scenario_get_measurement    (WpScenario          *self);
void         wp_scenario_set_measurement      (WpScenario          *self,
                                               WpMeasurement       *measurement);

/* The scenario as a comparison takes it (names borrowed from it, NULL
 * when it has none): name, customer, version, inputs and the connections
 * its measurement counted. */
void         wp_scenario_get_named_input      (WpScenario          *self,
                                               WpNamedInput        *out);

/* Same name, customer, notes, version, inputs and measurement (the kept
 * unknown keys aside). */
gboolean     wp_scenario_equal                (WpScenario          *a,
                                               WpScenario          *b);

/* wp-scenario-file.c reads, wp-scenario-file-write.c writes.  Loading
 * checks every value with the command line's parsers and ranges: on the
 * first bad one, NULL and one message naming the file, group and key. */
WpScenario  *wp_scenario_new_from_data        (const char          *data,
                                               gsize                length,
                                               GError             **error);
WpScenario  *wp_scenario_new_from_file        (GFile               *file,
                                               GError             **error);
char        *wp_scenario_to_data              (WpScenario          *self,
                                               gsize               *out_length);
/* All or nothing (wp_file_replace_contents). */
gboolean     wp_scenario_save                 (WpScenario          *self,
                                               GFile               *file,
                                               GError             **error);
/* The file's own text for a group and key this version does not read
 * (a newer minor version's keys), or NULL. */
char        *wp_scenario_get_kept_value       (WpScenario          *self,
                                               const char          *group,
                                               const char          *key);
/* Sets such a value (written back as it is), or removes it with NULL. */
void         wp_scenario_set_kept_value       (WpScenario          *self,
                                               const char          *group,
                                               const char          *key,
                                               const char          *value);

G_END_DECLS
