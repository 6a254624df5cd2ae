/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-window"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "chart/wp-chart.h"
#include "chart/wp-chart-export.h"
#include "chart/wp-chart-print.h"
#include "limits/wp-format.h"
#include "limits/wp-parse.h"
#include "report/wp-readout.h"
#include "report/wp-registry.h"
#include "report/wp-report.h"
#include "report/wp-sources.h"
#include "report/wp-table.h"
#include "ui/wp-resources.h"
#include "util/wp-file.h"
#include "wp-settings.h"
#include "wp-sources-dialog.h"
#include "wp-window.h"

struct _WpWindow
{
  GtkApplicationWindow parent_instance;

  WpPlannerModel  *model;
  GSettings       *settings;        /* NULL when the schema is missing */
  WpChart         *chart;           /* in chart_box, added from code */
  GtkWidget       *sources_dialog;  /* built when first asked for */

  /* Template children */
  GtkAdjustment   *ram_adjustment;
  GtkAdjustment   *max_user_port_adjustment;
  GtkAdjustment   *time_wait_adjustment;
  GtkAdjustment   *max_connections_adjustment;
  GtkListStore    *platform_store;
  GtkMenuButton   *primary_menu_button;
  GtkComboBoxText *platform_combo;
  GtkScale        *ram_scale;
  GtkSpinButton   *ram_spin;
  GtkSpinButton   *max_user_port_spin;
  GtkSpinButton   *time_wait_spin;
  GtkSpinButton   *max_connections_spin;
  GtkLabel        *ram_value;
  GtkLabel        *max_user_port_value;
  GtkLabel        *time_wait_value;
  GtkScale        *max_user_port_scale;
  GtkScale        *time_wait_scale;
  GtkToggleButton *time_wait_default_check;
  GtkWidget       *time_wait_box;
  GtkWidget       *max_connections_warning;
  GtkSwitch       *socketwrench_switch;
  GtkLabel        *socketwrench_note;
  GtkFlowBox      *visible_box;
  GtkLabel        *server_readout;
  GtkLabel        *client_readout;
  GtkBox          *chart_box;
  GtkTreeView     *platform_view;
  GtkTreeSelection *platform_selection;
  GtkLabel        *registry_intro;
  GtkLabel        *registry_values;
  GtkWidget       *registry_page;

  GtkToggleButton *visible_checks[WP_N_PLATFORMS];

  /* The size to remember: the last one while not maximized. */
  int              width;
  int              height;
  gboolean         maximized;

  gboolean         filling_table;   /* selection changes are ours */
  gboolean         export_footnote; /* the chart export's last choice */
};

/* Columns of platform_store (ui/wp-window.ui). */
enum
{
  COLUMN_PLATFORM,
  COLUMN_NAME,
  COLUMN_POOL,
  COLUMN_PRACTICAL,
  COLUMN_THEORETICAL,
  COLUMN_SERVER_LIMIT,
  COLUMN_CLIENT_LIMIT,
  COLUMN_RATE,
  COLUMN_LIMITED_BY,
  COLUMN_WEIGHT,
  N_COLUMNS
};

/* What a save dialog writes once the user has chosen a file. */
typedef gboolean (*SaveFunc) (WpWindow *self,
                              GFile    *file,
                              GError  **error);

typedef struct
{
  SaveFunc save;
} SaveRequest;

/* The chart export dialog's check box: a choice, which native choosers
 * (the portal's included) can hold where an extra widget cannot. */
#define FOOTNOTE_CHOICE "footnote"

G_DEFINE_FINAL_TYPE (WpWindow, wp_window, GTK_TYPE_APPLICATION_WINDOW)

/* Helpers */

static double
value_as_double (const GValue *value)
{
  switch (G_VALUE_TYPE (value))
    {
    case G_TYPE_DOUBLE:
      return g_value_get_double (value);
    case G_TYPE_UINT:
      return g_value_get_uint (value);
    case G_TYPE_UINT64:
      return (double) g_value_get_uint64 (value);
    case G_TYPE_INT:
      return g_value_get_int (value);
    default:
      g_return_val_if_reached (0.0);
    }
}

/* Adjustments hold doubles, the model whole numbers: round, and keep the
 * value within the target type (the model clamps to its own range). */
static gboolean
transform_number (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  double number = round (value_as_double (from));

  if (!isfinite (number))
    return FALSE;

  switch (G_VALUE_TYPE (to))
    {
    case G_TYPE_DOUBLE:
      g_value_set_double (to, number);
      return TRUE;
    case G_TYPE_UINT:
      g_value_set_uint (to, (guint) CLAMP (number, 0.0, (double) G_MAXUINT));
      return TRUE;
    case G_TYPE_UINT64:
      g_value_set_uint64 (to, (guint64) CLAMP (number, 0.0, 18446744073709549568.0));
      return TRUE;
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* TIME_WAIT: the model's 0 ("each platform's default") shows as the
 * default in force on the selected platform; the check button decides. */
static gboolean
time_wait_to_adjustment (GBinding     *binding,
                         const GValue *from,
                         GValue       *to,
                         gpointer      user_data)
{
  WpWindow *self = user_data;
  guint time_wait_s = g_value_get_uint (from);

  if (time_wait_s == WP_TIME_WAIT_PLATFORM)
    time_wait_s = wp_limits_time_wait (wp_planner_model_get_selected_platform (self->model),
                                       WP_TIME_WAIT_PLATFORM);
  /* 98 and ME have none: the slider keeps what it shows */
  if (time_wait_s == 0)
    return FALSE;

  g_value_set_double (to, time_wait_s);
  return TRUE;
}

static gboolean
time_wait_to_default_check (GBinding     *binding,
                            const GValue *from,
                            GValue       *to,
                            gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_uint (from) == WP_TIME_WAIT_PLATFORM);
  return TRUE;
}

/* Unchecking "default" takes the value the slider shows. */
static gboolean
default_check_to_time_wait (GBinding     *binding,
                            const GValue *from,
                            GValue       *to,
                            gpointer      user_data)
{
  WpWindow *self = user_data;

  if (g_value_get_boolean (from))
    g_value_set_uint (to, WP_TIME_WAIT_PLATFORM);
  else
    g_value_set_uint (to, (guint) round (gtk_adjustment_get_value (self->time_wait_adjustment)));

  return TRUE;
}

/* The platform combo's rows carry the platform ids: bound by id, not by
 * row index. */
static gboolean
platform_to_id (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  g_value_set_string (to, wp_platform_info (g_value_get_enum (from))->id);
  return TRUE;
}

static gboolean
id_to_platform (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *id = g_value_get_string (from);
  WpPlatform platform;

  if (id == NULL || !wp_platform_from_id (id, &platform))
    return FALSE;

  g_value_set_enum (to, platform);
  return TRUE;
}

/* A platform's check button <-> its bit in visible-platforms. */
static gboolean
visible_to_check (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint bit = GPOINTER_TO_UINT (user_data);

  g_value_set_boolean (to, (g_value_get_uint (from) & bit) != 0);
  return TRUE;
}

static gboolean
check_to_visible (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_autoptr (GObject) model = g_binding_dup_source (binding);
  guint bit = GPOINTER_TO_UINT (user_data);
  guint mask;

  if (model == NULL)
    return FALSE;

  mask = wp_planner_model_get_visible_platforms (WP_PLANNER_MODEL (model));
  if (g_value_get_boolean (from))
    mask |= bit;
  else
    mask &= ~bit;

  g_value_set_uint (to, mask);
  return TRUE;
}

/* The values over the sliders, as people read them: "1.5 GB", "5,000",
 * "240 s" (the delay in force on the selected platform). */
static gboolean
ram_to_text (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  g_value_take_string (to, wp_format_ram_mb (g_value_get_uint64 (from)));
  return TRUE;
}

static gboolean
count_to_text (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_value_take_string (to, wp_format_count (g_value_get_uint (from)));
  return TRUE;
}

static gboolean
seconds_to_text (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  g_value_take_string (to, wp_format_time_wait (g_value_get_uint (from)));
  return TRUE;
}

static void
bind_adjustment (WpWindow      *self,
                 const char    *property,
                 GtkAdjustment *adjustment)
{
  g_object_bind_property_full (self->model, property, adjustment, "value",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               transform_number, transform_number, NULL, NULL);
}

/* Marks at the powers of two that have room: the upper sixteenth of the
 * range and above; labelled from the upper quarter. */
static void
update_ram_marks (WpWindow *self)
{
  double upper = gtk_adjustment_get_upper (self->ram_adjustment);
  double lower = gtk_adjustment_get_lower (self->ram_adjustment);

  gtk_scale_clear_marks (self->ram_scale);
  for (guint64 mb = 1; mb <= upper; mb *= 2)
    {
      g_autofree char *label = NULL;

      if (mb < lower || mb < upper / 16)
        continue;
      if (mb >= upper / 4)
        label = wp_format_ram_mb (mb);
      gtk_scale_add_mark (self->ram_scale, mb, GTK_POS_BOTTOM, label);
    }
}

/* GTK 3 orders a scale's marks by the "inverted" property alone, and lays
 * their labels out in that order: on a scale flipped right to left the
 * labels end up under the wrong ticks.  Right to left, the scale is
 * inverted instead of flipped; the slider moves and reads the same. */
static void
mirror_scale (GtkRange *scale)
{
  gtk_range_set_flippable (scale, FALSE);
  gtk_range_set_inverted (scale, gtk_widget_get_direction (GTK_WIDGET (scale)) == GTK_TEXT_DIR_RTL);
}

/* The RAM slider covers 16 MB to 4 GB; a value from the command line or
 * the settings beyond that widens it rather than being cut to fit. */
static void
fit_ram_range (WpWindow *self)
{
  double ram_mb = (double) wp_planner_model_get_ram_mb (self->model);
  double lower = gtk_adjustment_get_lower (self->ram_adjustment);
  double upper = gtk_adjustment_get_upper (self->ram_adjustment);

  if (ram_mb >= lower && ram_mb <= upper)
    return;

  if (ram_mb < lower)
    gtk_adjustment_set_lower (self->ram_adjustment, ram_mb);
  while (upper < ram_mb)
    upper *= 2;
  gtk_adjustment_set_upper (self->ram_adjustment, upper);
  update_ram_marks (self);
}

/* Setting a label's text, even the same text, makes it measure itself
 * again and the window lay out again: only when the text changes. */
static void
set_label_text (GtkLabel   *label,
                const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (label), text) != 0)
    gtk_label_set_text (label, text);
}

/* The Registry tab's text, only while the tab is shown: a notebook measures
 * every page, and at start-up this one would load the monospace font (even
 * empty, a label measures a line; hence it stays hidden until filled). */
static void
update_registry (WpWindow *self)
{
  WpPlatform platform = wp_planner_model_get_selected_platform (self->model);
  GtkNotebook *notebook = GTK_NOTEBOOK (gtk_widget_get_parent (self->registry_page));
  WpLimitsInput input;
  g_autofree char *intro = NULL;
  g_autofree char *registry = NULL;

  if (gtk_notebook_get_nth_page (notebook, gtk_notebook_get_current_page (notebook)) !=
      self->registry_page)
    return;

  wp_planner_model_get_input (self->model, &input);
  /* Translators: %s is a Windows version, "Windows 2000" */
  intro = g_strdup_printf (_("Registry values that set these figures on %s, with their key and type:"),
                           wp_platform_name (platform));
  registry = wp_readout_registry (platform, &input);
  set_label_text (self->registry_intro, intro);
  set_label_text (self->registry_values, registry);
  gtk_widget_show (GTK_WIDGET (self->registry_values));
}

static void
update_readouts (WpWindow *self)
{
  WpPlatform platform = wp_planner_model_get_selected_platform (self->model);
  const WpLimits *limits = wp_planner_model_peek_limits (self->model, platform);
  WpLimitsInput input;
  g_autofree char *server = NULL;
  g_autofree char *client = NULL;

  wp_planner_model_get_input (self->model, &input);

  server = wp_readout_server (limits, input.ram_mb);
  client = wp_readout_client (limits);
  set_label_text (self->server_readout, server);
  set_label_text (self->client_readout, client);
  update_registry (self);
}

/* Whether the row already shows @texts (by column). */
static gboolean
row_shows (GtkTreeModel      *model,
           GtkTreeIter       *iter,
           const char * const texts[N_COLUMNS])
{
  for (int column = COLUMN_NAME; column <= COLUMN_LIMITED_BY; column++)
    {
      g_autofree char *shown = NULL;

      gtk_tree_model_get (model, iter, column, &shown, -1);
      if (g_strcmp0 (shown, texts[column]) != 0)
        return FALSE;
    }

  return TRUE;
}

/* A changed row is measured and drawn again: set it only when its text
 * changes (a RAM change leaves the 9x rows, and every row past the pool's
 * cap, as they are). */
static void
set_row (GtkListStore   *store,
         GtkTreeIter    *iter,
         const WpLimits *limits)
{
  const char *none = "—";
  g_autofree char *pool = NULL;
  g_autofree char *practical = NULL;
  g_autofree char *theoretical = NULL;
  g_autofree char *server_limit = wp_format_count (limits->server_limit);
  g_autofree char *client_limit = wp_format_count (limits->client_limit);
  g_autofree char *rate = wp_format_rate (limits);
  const char *texts[N_COLUMNS] = { NULL };

  if (limits->has_pool)
    {
      pool = wp_format_pool_mb (limits->nonpaged_pool_mb);
      practical = wp_format_count (limits->practical_sockets);
      theoretical = wp_format_count (limits->theoretical_sockets);
    }

  texts[COLUMN_NAME] = wp_platform_name (limits->platform);
  texts[COLUMN_POOL] = pool ? pool : none;
  texts[COLUMN_PRACTICAL] = practical ? practical : none;
  texts[COLUMN_THEORETICAL] = theoretical ? theoretical : none;
  texts[COLUMN_SERVER_LIMIT] = server_limit;
  texts[COLUMN_CLIENT_LIMIT] = client_limit;
  texts[COLUMN_RATE] = rate;
  texts[COLUMN_LIMITED_BY] = wp_limiting_factor_label (limits->server_limited_by);
  if (row_shows (GTK_TREE_MODEL (store), iter, texts))
    return;

  gtk_list_store_set (store, iter,
                      COLUMN_PLATFORM, limits->platform,
                      COLUMN_NAME, texts[COLUMN_NAME],
                      COLUMN_POOL, texts[COLUMN_POOL],
                      COLUMN_PRACTICAL, texts[COLUMN_PRACTICAL],
                      COLUMN_THEORETICAL, texts[COLUMN_THEORETICAL],
                      COLUMN_SERVER_LIMIT, texts[COLUMN_SERVER_LIMIT],
                      COLUMN_CLIENT_LIMIT, texts[COLUMN_CLIENT_LIMIT],
                      COLUMN_RATE, texts[COLUMN_RATE],
                      COLUMN_LIMITED_BY, texts[COLUMN_LIMITED_BY],
                      -1);
}

/* The selected platform's row is bold and selected; the others not. */
static void
mark_selected_row (WpWindow *self)
{
  GtkTreeModel *model = GTK_TREE_MODEL (self->platform_store);
  WpPlatform selected = wp_planner_model_get_selected_platform (self->model);
  GtkTreeIter iter;
  gboolean found = FALSE;

  self->filling_table = TRUE;
  if (gtk_tree_model_get_iter_first (model, &iter))
    do
      {
        int platform, weight, shown_weight;

        gtk_tree_model_get (model, &iter, COLUMN_PLATFORM, &platform,
                            COLUMN_WEIGHT, &shown_weight, -1);
        weight = platform == (int) selected ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL;
        if (weight != shown_weight)
          gtk_list_store_set (self->platform_store, &iter, COLUMN_WEIGHT, weight, -1);
        if (platform == (int) selected)
          {
            gtk_tree_selection_select_iter (self->platform_selection, &iter);
            found = TRUE;
          }
      }
    while (gtk_tree_model_iter_next (model, &iter));

  /* A hidden platform can still be the one the readouts describe. */
  if (!found)
    gtk_tree_selection_unselect_all (self->platform_selection);
  self->filling_table = FALSE;
}

/* One row per visible platform.  The rows stay and change in place: the
 * view keeps what it measured of them. */
static void
fill_table (WpWindow *self)
{
  GtkTreeModel *model = GTK_TREE_MODEL (self->platform_store);
  GtkTreeIter iter;
  gboolean valid = gtk_tree_model_get_iter_first (model, &iter);

  self->filling_table = TRUE;
  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    {
      if (!wp_planner_model_is_platform_visible (self->model, p))
        continue;

      if (!valid)
        gtk_list_store_append (self->platform_store, &iter);
      set_row (self->platform_store, &iter, wp_planner_model_peek_limits (self->model, p));
      valid = gtk_tree_model_iter_next (model, &iter);
    }
  while (valid)
    valid = gtk_list_store_remove (self->platform_store, &iter);
  self->filling_table = FALSE;

  mark_selected_row (self);
}

static void
show_error (WpWindow   *self,
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

      show_error (self, primary, error->message);
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

      if (request->save == wp_window_save_chart)
        self->export_footnote =
          g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), FOOTNOTE_CHOICE),
                     "true") == 0;

      if (!g_file_equal (typed, file) &&
          g_file_query_exists (file, NULL))
        confirm_replace (self, request->save, file);
      else
        save_to_file (self, request->save, file);
    }

  g_object_unref (dialog);
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

  if (save == wp_window_save_chart)
    {
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), FOOTNOTE_CHOICE,
                                   _("Source footnote"), NULL, NULL);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), FOOTNOTE_CHOICE,
                                   self->export_footnote ? "true" : "false");
    }

  request = g_new0 (SaveRequest, 1);
  request->save = save;
  g_object_set_data_full (G_OBJECT (dialog), "wp-save-request", request, g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (save_dialog_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
restore_size (WpWindow *self)
{
  if (self->settings == NULL)
    return;

  self->width = g_settings_get_int (self->settings, "window-width");
  self->height = g_settings_get_int (self->settings, "window-height");
  self->maximized = g_settings_get_boolean (self->settings, "window-maximized");

  gtk_window_set_default_size (GTK_WINDOW (self), self->width, self->height);
  if (self->maximized)
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_size (WpWindow *self)
{
  if (self->settings == NULL || self->width <= 0 || self->height <= 0)
    return;

  /* The schema's ranges: a tiny allocation is not worth remembering. */
  g_settings_set_int (self->settings, "window-width", MAX (self->width, 320));
  g_settings_set_int (self->settings, "window-height", MAX (self->height, 240));
  g_settings_set_boolean (self->settings, "window-maximized", self->maximized);
}

/* Each column header of the table names its rule and source.  The view's
 * columns, in their order (ui/wp-window.ui), as the table's; -1: the
 * client limit, a figure --table does not show. */
static void
set_column_tooltips (WpWindow *self)
{
  static const int table_columns[] = {
    WP_TABLE_PLATFORM, WP_TABLE_POOL, WP_TABLE_PRACTICAL, WP_TABLE_THEORETICAL,
    WP_TABLE_SERVER_LIMIT, WP_TABLE_LIMITED_BY, -1, WP_TABLE_RATE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (table_columns); i++)
    {
      GtkTreeViewColumn *column = gtk_tree_view_get_column (self->platform_view, i);
      const char *source = table_columns[i] >= 0 ?
        wp_table_column_source (table_columns[i]) :
        wp_sources_figure_summary (WP_SOURCES_FIGURE_CLIENT_LIMIT);

      gtk_widget_set_tooltip_text (gtk_tree_view_column_get_button (column), source);
    }
}

/* The controls that the template cannot hold: the platform choices come
 * from the calculator's table. */
/* A mark at each default TIME_WAIT of the NT family, whose
 * TcpTimedWaitDelay the slider sets (240 s on every version). */
static void
add_time_wait_marks (WpWindow *self)
{
  guint marked[WP_N_PLATFORMS];
  guint n_marked = 0;

  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    {
      const WpPlatformInfo *info = wp_platform_info (p);
      g_autofree char *label = NULL;
      gboolean seen = FALSE;

      for (guint i = 0; i < n_marked; i++)
        seen |= marked[i] == info->time_wait_default_s;
      if (info->family != WP_FAMILY_NT || seen)
        continue;
      marked[n_marked++] = info->time_wait_default_s;
      label = wp_format_count (info->time_wait_default_s);
      gtk_scale_add_mark (self->time_wait_scale, info->time_wait_default_s, GTK_POS_BOTTOM, label);
    }
}

static void
add_platform_controls (WpWindow *self)
{
  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    {
      /* Short names ("NT 4.0") under the "Compare" heading keep the
       * panel narrow; the full name is the tooltip and accessible name. */
      GtkWidget *check = gtk_check_button_new_with_label (_(wp_platform_info (p)->short_name));

      gtk_widget_set_tooltip_text (check, wp_platform_name (p));
      atk_object_set_name (gtk_widget_get_accessible (check), wp_platform_name (p));
      gtk_widget_show (check);
      gtk_container_add (GTK_CONTAINER (self->visible_box), check);
      /* The flow box's child should not take focus itself: the check does. */
      gtk_widget_set_can_focus (gtk_widget_get_parent (check), FALSE);
      self->visible_checks[p] = GTK_TOGGLE_BUTTON (check);

      gtk_combo_box_text_append (self->platform_combo, wp_platform_info (p)->id,
                                 wp_platform_name (p));
    }
}

static void
bind_controls (WpWindow *self)
{
  bind_adjustment (self, "ram-mb", self->ram_adjustment);
  bind_adjustment (self, "max-user-port", self->max_user_port_adjustment);
  bind_adjustment (self, "max-connections", self->max_connections_adjustment);

  g_object_bind_property_full (self->model, "time-wait-delay",
                               self->time_wait_adjustment, "value",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               time_wait_to_adjustment, transform_number, self, NULL);
  g_object_bind_property_full (self->model, "time-wait-delay",
                               self->time_wait_default_check, "active",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               time_wait_to_default_check, default_check_to_time_wait,
                               self, NULL);
  g_object_bind_property (self->time_wait_default_check, "active",
                          self->time_wait_box, "sensitive",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);

  g_object_bind_property_full (self->model, "ram-mb", self->ram_value, "label",
                               G_BINDING_SYNC_CREATE, ram_to_text, NULL, NULL, NULL);
  g_object_bind_property_full (self->model, "max-user-port", self->max_user_port_value, "label",
                               G_BINDING_SYNC_CREATE, count_to_text, NULL, NULL, NULL);
  g_object_bind_property_full (self->model, "time-wait-s", self->time_wait_value, "label",
                               G_BINDING_SYNC_CREATE, seconds_to_text, NULL, NULL, NULL);

  g_object_bind_property (self->model, "socketwrench-legacy",
                          self->socketwrench_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->model, "max-connections-unstable",
                          self->max_connections_warning, "visible",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (self->model, "selected-platform",
                               self->platform_combo, "active-id",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               platform_to_id, id_to_platform, NULL, NULL);

  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    g_object_bind_property_full (self->model, "visible-platforms",
                                 self->visible_checks[p], "active",
                                 G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                 visible_to_check, check_to_visible,
                                 GUINT_TO_POINTER (WP_PLATFORM_BIT (p)), NULL);
}

/* Callbacks */

/* After the notebook has switched: the Registry tab fills itself. */
static void
notebook_switch_page_cb (WpWindow *self)
{
  update_registry (self);
}

static void
model_notify_cb (WpWindow *self)
{
  update_readouts (self);
}

static void
model_changed_cb (WpWindow *self)
{
  fill_table (self);
}

static void
model_selected_platform_notify_cb (WpWindow *self)
{
  mark_selected_row (self);
}

static void
model_ram_mb_notify_cb (WpWindow *self)
{
  fit_ram_range (self);
}

/* The spin buttons show their whole numbers as the rest of the window does,
 * grouped in the user's locale ("5,000"), and take them typed either way;
 * other text is refused and the value stays. */
static gboolean
spin_output_cb (GtkSpinButton *spin,
                gpointer       user_data)
{
  double value = gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  g_autofree char *text = wp_format_count ((guint64) MAX (0.0, round (value)));

  if (g_strcmp0 (gtk_entry_get_text (GTK_ENTRY (spin)), text) != 0)
    gtk_entry_set_text (GTK_ENTRY (spin), text);
  return TRUE;
}

static int
spin_input_cb (GtkSpinButton *spin,
               double        *new_value,
               gpointer       user_data)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  guint64 value;

  if (!wp_parse_count (gtk_entry_get_text (GTK_ENTRY (spin)),
                       (guint64) ceil (MAX (0.0, gtk_adjustment_get_lower (adjustment))),
                       (guint64) floor (MAX (0.0, gtk_adjustment_get_upper (adjustment))),
                       &value, NULL))
    return GTK_INPUT_ERROR;

  *new_value = (double) value;
  return TRUE;
}

/* The RAM in MB as a count ("2,048"), or as a size with a unit in the
 * locale's decimal mark or '.' ("1,5 GB" in German): what the program
 * prints, it takes back. */
static int
ram_spin_input_cb (GtkSpinButton *spin,
                   double        *new_value,
                   gpointer       user_data)
{
  const char *text = gtk_entry_get_text (GTK_ENTRY (spin));
  guint64 mb;

  if (spin_input_cb (spin, new_value, user_data) == TRUE)
    return TRUE;
  if (!wp_parse_ram_mb (text, &mb, NULL))
    return GTK_INPUT_ERROR;

  *new_value = (double) mb;
  return TRUE;
}

static void
scale_direction_changed_cb (GtkWidget        *scale,
                            GtkTextDirection  previous_direction,
                            gpointer          user_data)
{
  mirror_scale (GTK_RANGE (scale));
}

static void
platform_selection_changed_cb (GtkTreeSelection *selection,
                               WpWindow         *self)
{
  GtkTreeModel *model;
  GtkTreeIter iter;
  int platform;

  if (self->filling_table || !gtk_tree_selection_get_selected (selection, &model, &iter))
    return;

  gtk_tree_model_get (model, &iter, COLUMN_PLATFORM, &platform, -1);
  wp_planner_model_set_selected_platform (self->model, platform);
}

static void
export_csv_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  WpWindow *self = user_data;

  choose_save_file (self, _("Export Data as CSV"), _("socket-limits.csv"),
                    wp_window_save_csv,
                    _("CSV files"), "*.csv",
                    NULL);
}

static void
export_reg_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  WpWindow *self = user_data;
  WpPlatform platform = wp_planner_model_get_selected_platform (self->model);
  /* Translators: a file name; %s is a platform id such as "win2000" */
  g_autofree char *name = g_strdup_printf (_("socket-limits-%s.reg"),
                                           wp_platform_info (platform)->id);

  choose_save_file (self, _("Export .reg File"), name,
                    wp_window_save_reg,
                    _("Registry files"), "*.reg",
                    NULL);
}

static void
show_primary_menu_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  WpWindow *self = user_data;
  GtkToggleButton *button = GTK_TOGGLE_BUTTON (self->primary_menu_button);

  gtk_toggle_button_set_active (button, !gtk_toggle_button_get_active (button));
}

static void
export_chart_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  WpWindow *self = user_data;

  choose_save_file (self, _("Export Chart"), _("socket-limits.png"),
                    wp_window_save_chart,
                    _("PNG images"), "*.png",
                    _("SVG images"), "*.svg",
                    _("PDF documents"), "*.pdf",
                    NULL);
}

/* Ctrl+C copies the chart, unless text is selected in an entry or a label
 * that has the focus: then it copies that text, as everywhere else. */
static void
copy_chart_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  WpWindow *self = user_data;
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));

  if (GTK_IS_EDITABLE (focus) &&
      gtk_editable_get_selection_bounds (GTK_EDITABLE (focus), NULL, NULL))
    {
      gtk_editable_copy_clipboard (GTK_EDITABLE (focus));
      return;
    }
  if (GTK_IS_LABEL (focus) && gtk_label_get_selection_bounds (GTK_LABEL (focus), NULL, NULL))
    {
      g_signal_emit_by_name (focus, "copy-clipboard");
      return;
    }

  wp_chart_copy_to_clipboard (self->chart);
}

static void
print_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  WpWindow *self = user_data;
  g_autoptr (GError) error = NULL;

  if (!wp_chart_print (GTK_WINDOW (self), self->model,
                       GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, &error))
    show_error (self, _("Could not print the chart"), error->message);
}

/* Built the first time it is asked for, not with the window: GtkApplication
 * would build gtk/help-overlay.ui at start-up.  GtkApplicationWindow then
 * keeps this action and the shortcuts window. */
static void
show_help_overlay_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr (GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PATH "/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_widget_show (GTK_WIDGET (overlay));
}

/* Built the first time it is asked for, not with the window. */
static void
sources_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  WpWindow *self = user_data;

  if (self->sources_dialog == NULL)
    {
      self->sources_dialog = wp_sources_dialog_new (GTK_WINDOW (self), self->model);
      g_object_add_weak_pointer (G_OBJECT (self->sources_dialog),
                                 (gpointer *) &self->sources_dialog);
    }
  gtk_window_present (GTK_WINDOW (self->sources_dialog));
}

static const GActionEntry win_entries[] = {
  { "export-chart", export_chart_activated },
  { "export-csv", export_csv_activated },
  { "export-reg", export_reg_activated },
  { "copy-chart", copy_chart_activated },
  { "print", print_activated },
  { "show-primary-menu", show_primary_menu_activated },
  { "show-help-overlay", show_help_overlay_activated },
  { "sources", sources_activated },
};

/* Overrides */

static void
wp_window_size_allocate (GtkWidget     *widget,
                         GtkAllocation *allocation)
{
  WpWindow *self = WP_WINDOW (widget);

  GTK_WIDGET_CLASS (wp_window_parent_class)->size_allocate (widget, allocation);

  if (!self->maximized)
    gtk_window_get_size (GTK_WINDOW (self), &self->width, &self->height);
}

static gboolean
wp_window_window_state_event (GtkWidget           *widget,
                              GdkEventWindowState *event)
{
  WpWindow *self = WP_WINDOW (widget);

  self->maximized = (event->new_window_state & GDK_WINDOW_STATE_MAXIMIZED) != 0;

  return GTK_WIDGET_CLASS (wp_window_parent_class)->window_state_event (widget, event);
}

static void
wp_window_dispose (GObject *object)
{
  WpWindow *self = WP_WINDOW (object);

  if (self->settings != NULL)
    {
      save_size (self);
      g_clear_object (&self->settings);
    }

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);

  if (self->sources_dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->sources_dialog),
                                    (gpointer *) &self->sources_dialog);
      gtk_widget_destroy (g_steal_pointer (&self->sources_dialog));
    }

  G_OBJECT_CLASS (wp_window_parent_class)->dispose (object);
}

static void
wp_window_finalize (GObject *object)
{
  WpWindow *self = WP_WINDOW (object);

  g_clear_object (&self->model);

  G_OBJECT_CLASS (wp_window_parent_class)->finalize (object);
}

static void
wp_window_class_init (WpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  /* Reachable by name (gtk_widget_get_template_child, for the tests);
   * the code itself needs no pointer to them. */
  static const char * const named_children[] = {
    "platform_label", "ram_label", "max_user_port_label", "time_wait_label",
    "max_connections_label", "socketwrench_label",
  };

  object_class->dispose = wp_window_dispose;
  object_class->finalize = wp_window_finalize;

  widget_class->size_allocate = wp_window_size_allocate;
  widget_class->window_state_event = wp_window_window_state_event;

  /* The resources live in a static library: referencing them keeps the
   * linker from dropping their (self-registering) object file. */
  (void) wp_get_resource ();

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/wp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WpWindow, ram_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, max_user_port_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, time_wait_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, max_connections_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, platform_store);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, platform_combo);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, ram_scale);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, ram_spin);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, max_user_port_spin);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, time_wait_spin);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, max_connections_spin);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, ram_value);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, max_user_port_value);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, time_wait_value);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, max_user_port_scale);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, time_wait_scale);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, time_wait_default_check);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, time_wait_box);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, max_connections_warning);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, socketwrench_switch);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, socketwrench_note);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, visible_box);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, server_readout);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, client_readout);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, chart_box);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, platform_view);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, platform_selection);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, registry_intro);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, registry_values);
  gtk_widget_class_bind_template_child (widget_class, WpWindow, registry_page);
  for (gsize i = 0; i < G_N_ELEMENTS (named_children); i++)
    gtk_widget_class_bind_template_child_full (widget_class, named_children[i], FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, notebook_switch_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, platform_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, ram_spin_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, spin_output_cb);
}

static void
wp_window_init (WpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries,
                                   G_N_ELEMENTS (win_entries), self);

  self->export_footnote = TRUE;
  self->model = wp_planner_model_new ();
  self->settings = wp_settings_new ();
  if (self->settings != NULL)
    wp_settings_bind_model (self->settings, self->model);
  restore_size (self);

  {
    GtkScale *scales[] = { self->ram_scale, self->max_user_port_scale, self->time_wait_scale };

    for (gsize i = 0; i < G_N_ELEMENTS (scales); i++)
      {
        mirror_scale (GTK_RANGE (scales[i]));
        g_signal_connect (scales[i], "direction-changed",
                          G_CALLBACK (scale_direction_changed_cb), NULL);
      }
  }
  update_ram_marks (self);
  gtk_scale_add_mark (self->max_user_port_scale, WP_MAX_USER_PORT_DEFAULT, GTK_POS_BOTTOM,
                      /* Translators: the mark at MaxUserPort's default, 5000 */
                      _("default"));
  add_time_wait_marks (self);

  add_platform_controls (self);
  set_column_tooltips (self);
  {
    /* Its figure comes from the calculator, in the user's locale. */
    g_autofree char *note = wp_readout_socketwrench ();

    gtk_label_set_text (self->socketwrench_note, note);
  }

  /* Our own widget, so the template stays loadable in Glade. */
  self->chart = WP_CHART (wp_chart_new (self->model));
  gtk_widget_set_hexpand (GTK_WIDGET (self->chart), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->chart), TRUE);
  gtk_widget_show (GTK_WIDGET (self->chart));
  gtk_container_add (GTK_CONTAINER (self->chart_box), GTK_WIDGET (self->chart));

  /* Before the bindings: widen the RAM range first, then let them sync. */
  fit_ram_range (self);
  g_signal_connect_swapped (self->model, "notify::ram-mb",
                            G_CALLBACK (model_ram_mb_notify_cb), self);
  bind_controls (self);
  {
    GtkSpinButton *spins[] = {
      self->ram_spin, self->max_user_port_spin, self->time_wait_spin, self->max_connections_spin,
    };

    /* Their text was set before the template connected spin_output_cb. */
    for (gsize i = 0; i < G_N_ELEMENTS (spins); i++)
      spin_output_cb (spins[i], NULL);
  }

  g_signal_connect_swapped (self->model, "notify", G_CALLBACK (model_notify_cb), self);
  g_signal_connect_swapped (self->model, "changed", G_CALLBACK (model_changed_cb), self);
  g_signal_connect_swapped (self->model, "notify::selected-platform",
                            G_CALLBACK (model_selected_platform_notify_cb), self);
  update_readouts (self);
  fill_table (self);
}

/* Public API */

WpWindow *
wp_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (WP_TYPE_WINDOW, "application", application, NULL);
}

WpPlannerModel *
wp_window_get_model (WpWindow *self)
{
  g_return_val_if_fail (WP_IS_WINDOW (self), NULL);

  return self->model;
}

gboolean
wp_window_save_chart (WpWindow  *self,
                      GFile     *file,
                      GError   **error)
{
  WpLimitsInput input;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  wp_planner_model_get_input (self->model, &input);
  return wp_chart_export_file (file, WP_EXPORT_WIDTH_DEFAULT, WP_EXPORT_HEIGHT_DEFAULT, &input,
                               wp_planner_model_get_visible_platforms (self->model),
                               self->export_footnote ? WP_CHART_EXPORT_FOOTNOTE
                                                     : WP_CHART_EXPORT_PLAIN,
                               error);
}

gboolean
wp_window_save_csv (WpWindow  *self,
                    GFile     *file,
                    GError   **error)
{
  WpLimitsInput input;
  g_autofree char *csv = NULL;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  wp_planner_model_get_input (self->model, &input);
  csv = wp_report_format_csv (&input, wp_planner_model_get_visible_platforms (self->model));

  return replace_contents (file, csv, error);
}

gboolean
wp_window_save_reg (WpWindow  *self,
                    GFile     *file,
                    GError   **error)
{
  WpLimitsInput input;
  g_autofree char *reg = NULL;

  g_return_val_if_fail (WP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  wp_planner_model_get_input (self->model, &input);
  reg = wp_registry_format_reg (wp_planner_model_get_selected_platform (self->model), &input);

  return replace_contents (file, reg, error);
}
