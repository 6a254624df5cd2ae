/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What wp-scenario-file.c shares with wp-scenario.c: the file as read, kept
 * for its unknown groups, keys and comments. */
#pragma once

#include "wp-scenario.h"

G_BEGIN_DECLS

GKeyFile *wp_scenario_peek_kept (WpScenario *self);
void      wp_scenario_take_kept (WpScenario *self,
                                 GKeyFile   *kept);

/* wp-scenario-file.c: a string value, its escapes checked; a parser's
 * message as "[group] key: why" (takes @cause). */
gboolean wp_scenario_file_get_text  (GKeyFile   *file,
                                     const char *group,
                                     const char *key,
                                     char      **out,
                                     GError    **error);
gboolean wp_scenario_file_key_error (GError    **error,
                                     const char *group,
                                     const char *key,
                                     GError     *cause);

/* wp-scenario-measured.c: the [Measured] group.  Reading: *out NULL when
 * the file has no such group; FALSE on the first bad value. */
gboolean wp_scenario_read_measured  (GKeyFile       *file,
                                     WpMeasurement **out,
                                     GError        **error);
/* Writes @measurement's keys over the group's (NULL: removes the group). */
void     wp_scenario_write_measured (GKeyFile            *file,
                                     const WpMeasurement *measurement);

G_END_DECLS
