/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The headless command line: options shared with the window (--ram, …) and
 * the outputs that need no display (--table, --csv, --export, --reg,
 * --sources). */
#pragma once

#include <gio/gio.h>

#include "chart/wp-chart-export.h"
#include "import/wp-measurement.h"
#include "limits/wp-limits.h"
#include "report/wp-file-heading.h"

G_BEGIN_DECLS

#define WP_CLI_EXIT_USAGE 2

typedef struct
{
  WpLimitsInput input;
  guint         platforms;      /* WP_PLATFORM_BIT mask */
  gboolean      inputs_given;   /* any of --ram, --max-user-port, … */
  gboolean      platforms_given;
  gboolean      table;
  gboolean      csv;
  gboolean      sources;        /* --sources: the rules and their documents */
  char         *export_path;
  WpChartExportOptions export;  /* --size, --text-scale, --theme, --scale,
                                 * --no-footnote */
  char         *reg_path;       /* --reg: needs exactly one platform */
  char         *import_path;    /* --import: a netstat, CSV or netsh file */
  gboolean      port_range_given; /* --port-start or --port-count: netsh's range does not apply */
  char         *name;           /* --name, --customer, --notes: the --reg */
  char         *customer;       /* file's heading (wp-cli-heading.c), */
  char         *notes;          /* any text, NULL if not given */
} WpCliOptions;

void  wp_cli_options_init   (WpCliOptions *options);
void  wp_cli_options_clear  (WpCliOptions *options);

void  wp_cli_add_options    (GApplication *application);
gboolean wp_cli_parse       (GVariantDict  *dict,
                             WpCliOptions  *options,
                             GError       **error);
int   wp_cli_run            (const WpCliOptions *options);

/* --port-start, --port-count, --connection-cost (wp-cli-nt6.c). */
gboolean wp_cli_parse_nt6   (GVariantDict  *dict,
                             WpLimitsInput *input,
                             gboolean      *given,
                             GError       **error);

/* --name, --customer, --notes (wp-cli-heading.c): their entries, their
 * parser (after reg_path is set), and the heading they make, which points
 * into options. */
void     wp_cli_add_heading_options (GApplication *application);
gboolean wp_cli_parse_heading   (GVariantDict  *dict,
                                 WpCliOptions  *options,
                                 GError       **error);
void     wp_cli_options_heading (const WpCliOptions *options,
                                 WpFileHeading      *heading);

/* Reads options->import_path (wp-cli-import.c) in chunks: its measurement,
 * and in *input the netsh range it held unless --port-start or
 * --port-count were given.  NULL with @error set ("--import: …"). */
WpMeasurement *wp_cli_read_import (const WpCliOptions *options,
                                   WpLimitsInput      *input,
                                   GError            **error);

/* An import's figures for the chart: the connections; the client ports in
 * use where the chosen platforms share one client range (wp-cli-import.c). */
void           wp_cli_chart_measured (const WpMeasurement *measurement,
                                      const WpLimitsInput *input,
                                      guint                platforms,
                                      WpChartMeasured     *out);

/* Writes the chart to options->export_path (PNG, SVG or PDF by extension),
 * with the measured point of @measurement (NULL: none);
 * implemented by the chart layer. */
gboolean wp_cli_export      (const WpCliOptions  *options,
                             const WpMeasurement *measurement,
                             GError             **error);

/* Writes the one chosen platform's registry values to options->reg_path,
 * as the window's "Export .reg File" does (wp-cli-reg.c). */
gboolean wp_cli_write_reg   (const WpCliOptions *options,
                             GError            **error);

G_END_DECLS
