/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What wp-scenario.c and its wp-scenario-*.c files share: the file as
 * read, kept for its unknown groups, keys and comments; its keys. */
#pragma once

#include "wp-scenario.h"

G_BEGIN_DECLS

GKeyFile *wp_scenario_peek_kept (WpScenario *self);
void      wp_scenario_take_kept (WpScenario *self,
                                 GKeyFile   *kept);

/* The file's keys (docs/scenario-format.md), read by wp-scenario-file.c
 * and written by wp-scenario-file-write.c. */
#define WP_SCENARIO_KEY_FORMAT   "Format"
#define WP_SCENARIO_KEY_NAME     "Name"
#define WP_SCENARIO_KEY_CUSTOMER "Customer"
#define WP_SCENARIO_KEY_NOTES    "Notes"
#define WP_SCENARIO_KEY_SELECTED "Selected"
#define WP_SCENARIO_KEY_PLATFORM "platform"
#define WP_SCENARIO_TIME_WAIT_PLATFORM "default"
#define WP_SCENARIO_KEEP_ALL (G_KEY_FILE_KEEP_COMMENTS | G_KEY_FILE_KEEP_TRANSLATIONS)

typedef enum
{
  WP_SCENARIO_FIELD_RAM,        /* wp_parse_ram_mb: 2048, 512M, 1.5G */
  WP_SCENARIO_FIELD_UINT,       /* wp_parse_uint, as --max-user-port */
  WP_SCENARIO_FIELD_COUNT,      /* wp_parse_count, as --port-start */
  WP_SCENARIO_FIELD_TIME_WAIT,  /* "default" or wp_parse_uint */
  WP_SCENARIO_FIELD_LIFE,       /* wp_parse_seconds_ms, as --connection-life */
  WP_SCENARIO_FIELD_BOOL,
} WpScenarioFieldKind;

/* An [Inputs] key and the WpLimitsInput field it holds. */
typedef struct
{
  const char          *key;
  WpScenarioFieldKind  kind;
  gsize                offset;
  guint64              min;
  guint64              max;
} WpScenarioField;

extern const WpScenarioField wp_scenario_fields[];
extern const gsize           wp_scenario_n_fields;

/* wp-scenario-file.c: the format version checked (the minor one read); a
 * string value, its escapes checked; a parser's message as
 * "[group] key: why" (takes @cause). */
gboolean wp_scenario_file_check_format (GKeyFile *file,
                                        guint    *out_minor,
                                        GError  **error);
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
