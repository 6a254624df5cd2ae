/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's save and export flows: a file chooser, the extension its
 * filter adds, a confirmation before replacing, then an atomic write. */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "chart/wp-chart-export.h"
#include "report/wp-report.h"
#include "report/wp-registry.h"
#include "util/wp-file.h"
#include "wp-window-private.h"
#include "wp-window-scenario.h"

/* What a save dialog writes once the user has chosen a file. */
typedef gboolean (*SaveFunc) (WpWindow *self,
                              GFile    *file,
                              GError  **error);

typedef struct
{
  SaveFunc save;
} SaveRequest;

static gboolean save_comparison (WpWindow  *self,
                                 GFile     *file,
                                 GError   **error);
static gboolean save_comparison_report (WpWindow  *self,
                                        GFile     *file,
                                        GError   **error);

/* Whether @save writes a chart: the export dialog offers its choices. */
static gboolean
saves_chart (SaveFunc save)
{
  return save == wp_window_save_chart || save == save_comparison;
}

/* Whether @save writes a report: the dialog offers the paper. */
static gboolean
saves_report (SaveFunc save)
{
  return save == wp_window_save_report || save == save_comparison_report;
}

/* Helpers */

static gboolean
replace_contents (GFile       *file,
                  const char  *contents,
                  GError     **error)
{
  return wp_file_replace_contents (file, contents, strlen (contents), error);
}

/* A name typed without an extension gets the chosen filter's ("*.png"):
 * the chart's format follows the extension. */
static GFile *
chosen_file (GtkFileChooser *chooser)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (chooser);
  g_autofree char *basename = g_file_get_basename (file);
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  const char *pattern = filter ? g_object_get_data (G_OBJECT (filter), "wp-pattern") : NULL;
  g_autoptr (GFile) parent = NULL;
  g_autofree char *with_extension = NULL;

  if (pattern == NULL || strchr (basename, '.') != NULL)
    return g_steal_pointer (&file);

  parent = g_file_get_parent (file);
  with_extension = g_strconcat (basename, pattern + 1, NULL);
  return g_file_get_child (parent, with_extension);
}

static void
save_to_file (WpWindow *self,
              SaveFunc  save,
              GFile    *file)
{
  g_autoptr (GError) error = NULL;

  if (!save (self, file, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      /* Translators: %s is a file name */
      g_autofree char *primary = g_strdup_printf (_("Could not save “%s”"), name);

      wp_window_show_error (self, primary, error->message);
    }
}

static void
replace_dialog_response_cb (GtkDialog *dialog,
                            int        response,
                            WpWindow  *self)
{
  SaveRequest *request = g_object_get_data (G_OBJECT (dialog), "wp-save-request");
  GFile *file = g_object_get_data (G_OBJECT (dialog), "wp-file");

  if (response == GTK_RESPONSE_ACCEPT)
    save_to_file (self, request->save, file);

  gtk_widget_destroy (GTK_WIDGET (dialog));
}

/* The chooser confirmed overwriting the name as typed; when we added the
 * extension, the file it names may exist too: ask before replacing it. */
static void
confirm_replace (WpWindow *self,
                 SaveFunc  save,
                 GFile    *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  SaveRequest *request;
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   /* Translators: %s is a file name */
                                   _("A file named “%s” already exists. Do you want to replace it?"),
                                   basename);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("Replacing it will overwrite its contents."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Replace"), GTK_RESPONSE_ACCEPT,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);

  request = g_new0 (SaveRequest, 1);
  request->save = save;
  g_object_set_data_full (G_OBJECT (dialog), "wp-save-request", request, g_free);
  g_object_set_data_full (G_OBJECT (dialog), "wp-file", g_object_ref (file), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (replace_dialog_response_cb), self);
  gtk_widget_show (dialog);
}

static void
save_dialog_response_cb (GtkNativeDialog *dialog,
                         int              response,
                         WpWindow        *self)
{
  SaveRequest *request = g_object_get_data (G_OBJECT (dialog), "wp-save-request");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) typed = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GFile) file = chosen_file (GTK_FILE_CHOOSER (dialog));

      if (saves_chart (request->save))
        wp_window_take_chart_choices (self, GTK_FILE_CHOOSER (dialog));
      else if (saves_report (request->save))
        wp_window_take_report_choices (self, GTK_FILE_CHOOSER (dialog));

      if (!g_file_equal (typed, file) &&
          g_file_query_exists (file, NULL))
        confirm_replace (self, request->save, file);
      else
        save_to_file (self, request->save, file);
    }

  g_object_unref (dialog);
}

/* GTK's own chooser (without a portal) opens taller than a 1366×768
 * screen's work area, its name field and Save button above the top edge:
 * it is kept within nine tenths of the work area of the window's monitor,
 * centred.  A portal's chooser is the desktop's to place. */
void
wp_window_fit_chooser (WpWindow *self)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      GtkWindow *dialog = l->data;
      GdkWindow *window = gtk_widget_get_window (GTK_WIDGET (dialog));
      GdkRectangle area;
      int width, height;

      if (!GTK_IS_FILE_CHOOSER_DIALOG (dialog) || window == NULL ||
          gtk_window_get_transient_for (dialog) != GTK_WINDOW (self))
        continue;

      gdk_monitor_get_workarea (gdk_display_get_monitor_at_window (gdk_window_get_display (window),
                                                                   window), &area);
      gtk_window_get_size (dialog, &width, &height);
      if (width <= area.width * 9 / 10 && height <= area.height * 9 / 10)
        continue;
      width = MIN (width, area.width * 9 / 10);
      height = MIN (height, area.height * 9 / 10);
      gtk_window_resize (dialog, width, height);
      gtk_window_move (dialog, area.x + (area.width - width) / 2,
                       area.y + (area.height - height) / 2);
    }
  g_list_free (toplevels);
}

/* Asks for a file to save to, then calls @save with it.  @filters is a
 * NULL-terminated list of name, pattern pairs. */
static void
choose_save_file (WpWindow   *self,
                  const char *title,
                  const char *suggested_name,
                  SaveFunc    save,
                  ...)
{
  GtkFileChooserNative *dialog;
  SaveRequest *request;
  const char *name;
  va_list args;

  dialog = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_do_overwrite_confirmation (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested_name);

  va_start (args, save);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();
      const char *pattern = va_arg (args, const char *);

      gtk_file_filter_set_name (filter, name);
      gtk_file_filter_add_pattern (filter, pattern);
      g_object_set_data_full (G_OBJECT (filter), "wp-pattern", g_strdup (pattern), g_free);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
    }
  va_end (args);

  if (saves_chart (save))
    wp_window_add_chart_choices (self, GTK_FILE_CHOOSER (dialog));
  else if (saves_report (save))
    wp_window_add_report_choices (self, GTK_FILE_CHOOSER (dialog));

  request = g_new0 (SaveRequest, 1);
  request->save = save;
  g_object_set_data_full (G_OBJECT (dialog), "wp-save-request", request, g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (save_dialog_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
  wp_window_fit_chooser (self);
}

/* Public API (wp-window-private.h) */

void
wp_window_export_chart (WpWindow *self)
{
  choose_save_file (self, _("Export Chart"), _("socket-limits.png"),
                    wp_window_save_chart,
                    _("PNG images"), "*.png",
                    _("SVG images"), "*.svg",
                    _("PDF documents"), "*.pdf",
                    NULL);
}

/* The scenarios the comparison window exports, kept on the window while
 * its file chooser is open (names and customers owned). */
typedef struct
{
  guint        n;
  WpNamedInput entries[WP_COMPARE_MAX];
} Comparison;

static void
comparison_free (Comparison *comparison)
{
  for (guint i = 0; i < comparison->n; i++)
    {
      g_free ((char *) comparison->entries[i].name);
      g_free ((char *) comparison->entries[i].customer);
    }
  g_free (comparison);
}

/* Keeps @entries on the window while the chooser is open. */
static void
keep_comparison (WpWindow           *self,
                 const WpNamedInput *entries,
                 guint               n)
{
  Comparison *comparison = g_new0 (Comparison, 1);

  comparison->n = n;
  for (guint i = 0; i < n; i++)
    {
      comparison->entries[i] = entries[i];
      comparison->entries[i].name = g_strdup (entries[i].name);
      comparison->entries[i].customer = g_strdup (entries[i].customer);
    }
  g_object_set_data_full (G_OBJECT (self), "wp-comparison", comparison,
                          (GDestroyNotify) comparison_free);
}

/* The comparison's chart (wp-compare-dialog.c), as Export Chart: the same
 * choices and flow, the scenarios drawn. */
void
wp_window_export_comparison (WpWindow           *self,
                             const WpNamedInput *entries,
                             guint               n)
{
  g_return_if_fail (n > 0 && n <= WP_COMPARE_MAX);

  keep_comparison (self, entries, n);
  choose_save_file (self, _("Export Chart"), _("scenarios-compared.png"),
                    save_comparison,
                    _("PNG images"), "*.png",
                    _("SVG images"), "*.svg",
                    _("PDF documents"), "*.pdf",
                    NULL);
}

/* The comparison's one-page report, as Export Report: the paper chosen
 * in the same chooser. */
void
wp_window_export_comparison_report (WpWindow           *self,
                                    const WpNamedInput *entries,
                                    guint               n)
{
  g_return_if_fail (n > 0 && n <= WP_COMPARE_MAX);

  keep_comparison (self, entries, n);
  choose_save_file (self, _("Export Report"), _("scenarios-compared.pdf"),
                    save_comparison_report,
                    _("PDF documents"), "*.pdf",
                    NULL);
}

void
wp_window_export_csv (WpWindow *self)
{
  choose_save_file (self, _("Export Data as CSV"), _("socket-limits.csv"),
                    wp_window_save_csv,
                    _("CSV files"), "*.csv",
                    NULL);
}

void
wp_window_export_reg (WpWindow *self)
{
  WpPlatform platform = wp_planner_model_get_selected_platform (wp_window_get_model (self));
  /* Translators: a file name; %s is a platform id such as "win2000" */
  g_autofree char *name = g_strdup_printf (_("socket-limits-%s.reg"),
                                           wp_platform_info (platform)->id);

  /* Vista and later: first the script with the netsh command. */
  if (wp_registry_has_netsh (platform))
    {
      g_autofree char *script = g_strdup_printf ("%.*s.cmd", (int) strlen (name) - 4, name);

      choose_save_file (self, _("Export .reg File"), script,
                        wp_window_save_reg,
                        _("Command scripts (netsh and reg)"), "*.cmd",
                        _("Registry files"), "*.reg",
                        NULL);
      return;
    }
  choose_save_file (self, _("Export .reg File"), name,
                    wp_window_save_reg,
                    _("Registry files"), "*.reg",
                    NULL);
}

void
wp_window_export_report (WpWindow *self)
{
  choose_save_file (self, _("Export Report"), _("socket-plan.pdf"),
                    wp_window_save_report,
                    _("PDF documents"), "*.pdf",
                    NULL);
}

void
wp_window_show_error (WpWindow   *self,
                      const char *primary,
                      const char *secondary)
{
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_widget_destroy), NULL);
  gtk_widget_show (dialog);
}

/* Public API (wp-window.h) */

gboolean
wp_window_save_chart (WpWindow  *self,
                      GFile     *file,
                      GError   **error)
{
  WpChartExportOptions options;
  WpPlannerModel *model;
  WpLimitsInput input;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  wp_window_get_export_options (self, &options);
  model = wp_window_get_model (self);
  wp_planner_model_get_input (model, &input);
  wp_chart_measured_from_model (model, &options.measured);
  return wp_chart_export_file_with_options (file, &options, &input,
                                            wp_planner_model_get_visible_platforms (model),
                                            error);
}

static gboolean
save_comparison (WpWindow  *self,
                 GFile     *file,
                 GError   **error)
{
  Comparison *comparison = g_object_get_data (G_OBJECT (self), "wp-comparison");

  g_return_val_if_fail (comparison != NULL, FALSE);
  return wp_window_save_comparison (self, file, comparison->entries, comparison->n, error);
}

static gboolean
save_comparison_report (WpWindow  *self,
                        GFile     *file,
                        GError   **error)
{
  Comparison *comparison = g_object_get_data (G_OBJECT (self), "wp-comparison");

  g_return_val_if_fail (comparison != NULL, FALSE);
  return wp_window_save_comparison_report (self, file, comparison->entries, comparison->n,
                                           error);
}

/* The comparison chart of @entries with the export dialog's choices. */
gboolean
wp_window_save_comparison (WpWindow           *self,
                           GFile              *file,
                           const WpNamedInput *entries,
                           guint               n,
                           GError            **error)
{
  WpChartExportOptions options;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (n > 0 && n <= WP_COMPARE_MAX && entries != NULL, FALSE);

  wp_window_get_export_options (self, &options);
  options.compare = entries;
  options.n_compare = n;
  return wp_chart_export_file_with_options (file, &options, &entries[0].input,
                                            WP_PLATFORM_BIT (entries[0].platform), error);
}

gboolean
wp_window_save_csv (WpWindow  *self,
                    GFile     *file,
                    GError   **error)
{
  WpPlannerModel *model;
  WpLimitsInput input;
  g_autofree char *csv = NULL;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  model = wp_window_get_model (self);
  wp_planner_model_get_input (model, &input);
  csv = wp_report_format_csv (&input, wp_planner_model_get_visible_platforms (model));

  return replace_contents (file, csv, error);
}

gboolean
wp_window_save_reg (WpWindow  *self,
                    GFile     *file,
                    GError   **error)
{
  WpPlannerModel *model;
  WpLimitsInput input;
  WpPlatform platform;
  g_autofree char *reg = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *lower = NULL;
  WpScenario *scenario;
  WpFileHeading heading;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  model = wp_window_get_model (self);
  wp_planner_model_get_input (model, &input);
  platform = wp_planner_model_get_selected_platform (model);
  basename = g_file_get_basename (file);
  lower = g_ascii_strdown (basename != NULL ? basename : "", -1);
  /* FILE.cmd on Vista and later: the script, as --reg=FILE.cmd writes it. */
  /* The scenario's name, customer and notes head it, as --name… do. */
  scenario = wp_window_scenario_doc (self)->scenario;
  heading = (WpFileHeading) { wp_scenario_get_name (scenario), wp_scenario_get_customer (scenario),
                              wp_scenario_get_notes (scenario) };
  if (wp_registry_has_netsh (platform) && g_str_has_suffix (lower, ".cmd"))
    reg = wp_registry_format_cmd_with_heading (platform, &input, &heading);
  else
    reg = wp_registry_format_reg_with_heading (platform, &input, &heading);

  return replace_contents (file, reg, error);
}
