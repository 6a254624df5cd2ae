/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The headless command line: options shared with the window (--ram, …) and
 * the outputs that need no display (--table, --csv, --export, --reg,
 * --sources). */
#pragma once

#include <gio/gio.h>

#include "chart/wp-chart-export.h"
#include "import/wp-measurement.h"
#include "limits/wp-limits.h"
#include "scenario/wp-scenario.h"
#include "report/wp-file-heading.h"
#include "page/wp-page.h"

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
  WpPlatform    selected;       /* the scenario's, or the first of --platform */
  WpScenario   *scenario;       /* --scenario, read before the other options */
  char         *scenario_path;  /* …and its file, absolute */
  char         *save_scenario_path;  /* --save-scenario */
  char         *import_path;    /* --import: a netstat, CSV or netsh file */
  gboolean      port_range_given; /* --port-start or --port-count: netsh's range does not apply */
  char         *name;           /* --name, --customer, --notes: the --reg */
  char         *customer;       /* file's heading (wp-cli-heading.c), */
  char         *notes;          /* any text, NULL if not given */
  char         *report_path;    /* --report: the one-page PDF */
  WpPagePaper   paper;          /* --paper, or the locale's */
  GPtrArray    *compare;        /* --compare: 2..WP_COMPARE_MAX WpScenario, or NULL */
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

/* --scenario: reads the file into @options before the other options
 * (wp-cli-scenario.c), and names it by its absolute path in @dict, for a
 * primary instance with another working directory. */
gboolean wp_cli_parse_scenario (GVariantDict  *dict,
                                WpCliOptions  *options,
                                GError       **error);
/* The version selected once --platform is read: the scenario's while it
 * is among them, else the first of them; a scenario's --reg is for it. */
void     wp_cli_select_platform (WpCliOptions *options);
/* --save-scenario: the scenario of the options given, with @measurement
 * (NULL: none), all or nothing. */
gboolean wp_cli_save_scenario  (const WpCliOptions *options,
                                WpMeasurement      *measurement,
                                GError            **error);
/* --name, --customer, --notes (wp-cli-heading.c): their entries, their
 * parser (after reg_path is set), and the heading they make, which points
 * into options. */
void     wp_cli_add_heading_options (GApplication *application);
gboolean wp_cli_parse_heading   (GVariantDict  *dict,
                                 WpCliOptions  *options,
                                 GError       **error);
void     wp_cli_options_heading (const WpCliOptions *options,
                                 WpFileHeading      *heading);

/* --compare=FILE,FILE[,…]: the scenarios side by side (wp-cli-compare.c). */
gboolean wp_cli_parse_compare (GVariantDict  *dict,
                               WpCliOptions  *options,
                               GError       **error);
int      wp_cli_run_compare   (const WpCliOptions *options);

/* Reads options->import_path (wp-cli-import.c) in chunks: its measurement,
 * and in *input the netsh range it held unless --port-start or
 * --port-count were given.  NULL with @error set ("--import: …"). */
WpMeasurement *wp_cli_read_import (const WpCliOptions *options,
                                   WpLimitsInput      *input,
                                   GError            **error);

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

/* --report and --paper (wp-cli-report.c): the one-page PDF report. */
void     wp_cli_add_report_options (GApplication *application);
gboolean wp_cli_parse_report (GVariantDict  *dict,
                              WpCliOptions  *parsed,
                              GError       **error);
gboolean wp_cli_write_report (const WpCliOptions  *options,
                              const WpMeasurement *measurement,
                              GError             **error);

/* Inside the layer: a parser's message prefixed with its option
 * ("--ram: …"), FALSE; and how --export draws (wp-cli-draw-options.c). */
gboolean wp_cli_option_error (GError    **error,
                              const char *option,
                              GError     *cause);
gboolean wp_cli_parse_export (GVariantDict         *dict,
                              WpChartExportOptions *export,
                              GError              **error);

G_END_DECLS
