/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the window's files share. */
#pragma once

#include "chart/wp-chart-export.h"
#include "chart/wp-chart.h"
#include "wp-window.h"

G_BEGIN_DECLS

/* wp-window-save-dialog.c: the save flow, from the file chooser (with the
 * chart's or the report's choices) to the error dialog. */
typedef gboolean (*WpWindowSaveFunc) (WpWindow *self,
                                      GFile    *file,
                                      GError  **error);
typedef enum
{
  WP_SAVE_CHOICES_NONE,
  WP_SAVE_CHOICES_CHART,   /* the chart export dialog's choices */
  WP_SAVE_CHOICES_REPORT,  /* the report's paper */
} WpSaveChoices;

void     wp_window_choose_save_file    (WpWindow         *self,
                                        const char       *title,
                                        const char       *suggested_name,
                                        WpSaveChoices     choices,
                                        WpWindowSaveFunc  save,
                                        ...) G_GNUC_NULL_TERMINATED;
void     wp_window_fit_chooser         (WpWindow   *self);
void     wp_window_show_error          (WpWindow   *self,
                                        const char *primary,
                                        const char *secondary);

/* wp-window-export.c: the export actions: what each offers and writes. */
void     wp_window_export_chart        (WpWindow   *self);
void     wp_window_export_csv          (WpWindow   *self);
void     wp_window_export_reg          (WpWindow   *self);
void     wp_window_export_report       (WpWindow   *self);
void     wp_window_export_comparison   (WpWindow           *self,
                                        const WpNamedInput *entries,
                                        guint               n);
void     wp_window_export_comparison_report (WpWindow           *self,
                                             const WpNamedInput *entries,
                                             guint               n);
gboolean wp_window_save_comparison     (WpWindow           *self,
                                        GFile              *file,
                                        const WpNamedInput *entries,
                                        guint               n,
                                        GError            **error);

/* The chart export dialog's choices, as the command line's --size,
 * --text-scale, --theme and --no-footnote. */
#define WP_EXPORT_SIZE_WINDOW "window"   /* as large as the chart in the window */

typedef struct
{
  char     size[16];     /* "1920x1080", "1280x720", "1024x768" or WP_EXPORT_SIZE_WINDOW */
  double   text_scale;
  gboolean dark;
  gboolean footnote;
} WpExportChoices;

/* wp-window-chart-choices.c: the choices from the settings (or their
 * defaults, without them); in the export dialog and back; what they make
 * of the file. */
void     wp_export_choices_load        (WpExportChoices      *choices,
                                        GSettings            *settings);
void     wp_window_add_chart_choices   (WpWindow             *self,
                                        GtkFileChooser       *chooser);
void     wp_window_take_chart_choices  (WpWindow             *self,
                                        GtkFileChooser       *chooser);
void     wp_window_get_export_options  (WpWindow             *self,
                                        WpChartExportOptions *options);
/* … and win.chart-view, which of @chart's views it shows and exports */
void     wp_window_add_chart_view      (WpWindow             *self,
                                        WpChart              *chart);

/* wp-window-import.c: win.import, win.paste-netstat and drops; the
 * import bar's place (wp-window.c). */
void       wp_window_import_setup      (WpWindow *self);
GtkWidget *wp_window_get_import_place  (WpWindow *self);

/* wp-window-actions.c: win.export-*, win.copy-*, win.print,
 * win.chart-options, win.show-help-overlay, win.compare-scenarios. */
void     wp_window_add_actions         (WpWindow   *self);

/* wp-window.c: the chart widget; the last choices (remembered in the settings, when there
 * are any: wp-window-export.c stores them), the settings (or NULL), and
 * the chart's size. */
WpChart         *wp_window_get_chart          (WpWindow *self);
WpExportChoices *wp_window_get_export_choices (WpWindow *self);
GSettings       *wp_window_get_settings       (WpWindow *self);
void             wp_window_get_chart_size     (WpWindow *self,
                                               guint    *width,
                                               guint    *height);

/* wp-window-report.c: the report's paper choice in the file chooser
 * (wp_window_save_report() writes on the paper last chosen), and the
 * comparison's report on the same paper. */
gboolean wp_window_save_comparison_report (WpWindow           *self,
                                           GFile              *file,
                                           const WpNamedInput *entries,
                                           guint               n,
                                           GError            **error);
void     wp_window_add_report_choices  (WpWindow             *self,
                                        GtkFileChooser       *chooser);
void     wp_window_take_report_choices (WpWindow             *self,
                                        GtkFileChooser       *chooser);

G_END_DECLS
