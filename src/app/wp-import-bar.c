/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-import-bar"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "ui/wp-resources.h"
#include "wp-import-bar.h"
#include "wp-import-job.h"
#include "wp-process-table.h"

/* The progress bar follows the worker at this pace: the main loop polls
 * one integer, the worker never waits for it. */
#define PROGRESS_INTERVAL_MS 50

struct _WpImportBar
{
  GtkInfoBar      parent_instance;

  WpPlannerModel *model;
  GTask          *task;            /* the import running, or NULL */
  GCancellable   *cancellable;
  guint           progress_id;
  char           *shown_lines;     /* the first lines not understood */
  WpMeasurement  *measurement;     /* what the last import read */
  char           *name;            /* … and from where */

  /* Built when first opened */
  GtkWidget      *lines_popover;
  GtkLabel       *lines_label;
  GtkWidget      *processes_popover;

  /* Template children */
  GtkWidget      *error_icon;
  GtkLabel       *status_label;
  GtkProgressBar *progress_bar;
  GtkWidget      *lines_button;
  GtkWidget      *processes_button;
  GtkWidget      *cancel_button;
};

G_DEFINE_FINAL_TYPE (WpImportBar, wp_import_bar, GTK_TYPE_INFO_BAR)

enum
{
  PROP_0,
  PROP_MODEL,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* The count as ngettext takes it (larger counts use the "many" form). */
static gulong
plural_n (guint64 count)
{
  return count > G_MAXULONG ? G_MAXULONG : (gulong) count;
}

/* Running or not: which of the bar's parts show. */
static void
set_running (WpImportBar *self,
             gboolean     running)
{
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), running);
  gtk_widget_set_visible (self->cancel_button, running);
  gtk_info_bar_set_show_close_button (GTK_INFO_BAR (self), !running);
  if (running)
    {
      gtk_widget_hide (self->lines_button);
      gtk_widget_hide (self->processes_button);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void
stop_progress (WpImportBar *self)
{
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->task);
  g_clear_object (&self->cancellable);
}

static void
show_message (WpImportBar    *self,
              GtkMessageType  type,
              const char     *text)
{
  gtk_info_bar_set_message_type (GTK_INFO_BAR (self), type);
  gtk_widget_set_visible (self->error_icon, type == GTK_MESSAGE_ERROR);
  gtk_label_set_text (self->status_label, text);
  gtk_info_bar_set_revealed (GTK_INFO_BAR (self), TRUE);
}

/* The measurement, and netsh's range when it held one (checked in the
 * worker), in one change of the inputs. */
static void
apply_measurement (WpPlannerModel *model,
                   WpMeasurement  *measurement)
{
  WpPortRange range;

  if (wp_measurement_get_port_range (measurement, &range))
    {
      WpLimitsInput input;

      wp_planner_model_get_input (model, &input);
      input.port_start = range.start;
      input.port_count = range.count;
      wp_planner_model_set_input (model, &input);
    }
  wp_planner_model_set_measurement (model, measurement);
}

/* "Imported “netstat.txt”: 9,912 connections …", and the buttons for what
 * else it read. */
static void
show_result (WpImportBar *self,
             const char  *name)
{
  const WpImportCounts *counts = wp_measurement_get_counts (self->measurement);
  g_autofree char *connections = wp_format_count (counts->connections);
  g_autofree char *time_wait = wp_format_count (counts->by_state[WP_TCP_TIME_WAIT]);
  g_autofree char *lines = wp_format_count (counts->lines);
  g_autofree char *text = NULL;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
    /* Translators: "Imported “netstat.txt”: 9,912 connections (not
     * listening), 7,000 of them in TIME_WAIT, from 10,250 lines."  The
     * first %s is a file's name in quotes, or "the pasted text". */
    "Imported %s: %s connection (not listening), %s of them in TIME_WAIT, from %s lines.",
    "Imported %s: %s connections (not listening), %s of them in TIME_WAIT, from %s lines.",
    plural_n (counts->connections)), name, connections, time_wait, lines);
  show_message (self, GTK_MESSAGE_INFO, text);

  if (counts->not_understood > 0)
    {
      g_autofree char *n = wp_format_count (counts->not_understood);
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%s line not understood",
                                                             "%s lines not understood",
                                                             plural_n (counts->not_understood)),
                                                n);

      gtk_button_set_label (GTK_BUTTON (self->lines_button), label);
      g_free (self->shown_lines);
      self->shown_lines = g_strjoinv ("\n",
                                     (char **) wp_measurement_get_shown_lines (self->measurement));
    }
  gtk_widget_set_visible (self->lines_button, counts->not_understood > 0);
  gtk_widget_set_visible (self->processes_button, counts->connections > 0);
}

/* Callbacks */

/* Another measurement (or none) in the model: what the bar said of its
 * import no longer holds. */
static void
measurement_notify_cb (WpImportBar *self)
{
  if (self->task == NULL &&
      wp_planner_model_get_measurement (self->model) != self->measurement)
    gtk_info_bar_set_revealed (GTK_INFO_BAR (self), FALSE);
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  WpImportBar *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, wp_import_job_fraction (self->task));
  return G_SOURCE_CONTINUE;
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  WpImportBar *self = WP_IMPORT_BAR (source);
  g_autofree char *name = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (WpMeasurement) measurement = wp_import_job_finish (result, &error);

  /* An import that another replaced, or the bar gone with its window */
  if (G_TASK (result) != self->task)
    return;
  stop_progress (self);
  set_running (self, FALSE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    gtk_info_bar_set_revealed (GTK_INFO_BAR (self), FALSE);
  else if (measurement == NULL)
    show_message (self, GTK_MESSAGE_ERROR, error->message);
  else
    {
      g_clear_pointer (&self->measurement, wp_measurement_unref);
      self->measurement = g_steal_pointer (&measurement);
      g_free (self->name);
      self->name = g_steal_pointer (&name);
      if (self->model != NULL)
        apply_measurement (self->model, self->measurement);
      show_result (self, self->name);
    }
}

static void
response_cb (GtkInfoBar *bar,
             int         response)
{
  if (response == GTK_RESPONSE_CLOSE)
    gtk_info_bar_set_revealed (bar, FALSE);
}

static void
cancel_clicked_cb (WpImportBar *self)
{
  wp_import_bar_cancel (self);
}

/* The first lines not understood, as they were read. */
static void
lines_clicked_cb (WpImportBar *self)
{
  if (self->lines_popover == NULL)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *heading = gtk_label_new (_("The first lines not understood:"));

      self->lines_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_label_set_xalign (self->lines_label, 0);
      gtk_label_set_selectable (self->lines_label, TRUE);
      /* Not focused (and all of it selected) when the popover opens */
      gtk_widget_set_can_focus (GTK_WIDGET (self->lines_label), FALSE);
      gtk_label_set_max_width_chars (self->lines_label, 80);
      gtk_label_set_ellipsize (self->lines_label, PANGO_ELLIPSIZE_END);
      gtk_style_context_add_class (gtk_widget_get_style_context (GTK_WIDGET (self->lines_label)),
                                   "wp-registry");
      gtk_container_add (GTK_CONTAINER (box), heading);
      gtk_container_add (GTK_CONTAINER (box), GTK_WIDGET (self->lines_label));
      g_object_set (box, "margin", 12, NULL);
      gtk_widget_show_all (box);
      self->lines_popover = gtk_popover_new (self->lines_button);
      gtk_container_add (GTK_CONTAINER (self->lines_popover), box);
    }
  gtk_label_set_text (self->lines_label, self->shown_lines);
  gtk_popover_popup (GTK_POPOVER (self->lines_popover));
}

/* The top processes, in a table built when first asked for. */
static void
processes_clicked_cb (WpImportBar *self)
{
  if (self->processes_popover == NULL)
    {
      GtkWidget *table = wp_process_table_new (self->model);

      g_object_bind_property (self, "model", table, "model", G_BINDING_DEFAULT);
      g_object_set (table, "margin", 12, NULL);
      self->processes_popover = gtk_popover_new (self->processes_button);
      gtk_container_add (GTK_CONTAINER (self->processes_popover), table);
    }
  gtk_popover_popup (GTK_POPOVER (self->processes_popover));
}

/* GObject overrides */

static void
wp_import_bar_dispose (GObject *object)
{
  WpImportBar *self = WP_IMPORT_BAR (object);

  /* The worker stops; its result, when it comes, finds no task of ours */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  stop_progress (self);
  wp_planner_model_replace (self, &self->model, NULL);

  G_OBJECT_CLASS (wp_import_bar_parent_class)->dispose (object);
}

static void
wp_import_bar_finalize (GObject *object)
{
  WpImportBar *self = WP_IMPORT_BAR (object);

  g_free (self->shown_lines);
  g_free (self->name);
  g_clear_pointer (&self->measurement, wp_measurement_unref);

  G_OBJECT_CLASS (wp_import_bar_parent_class)->finalize (object);
}

static void
wp_import_bar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WpImportBar *self = WP_IMPORT_BAR (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->task != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_import_bar_class_init (WpImportBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_import_bar_dispose;
  object_class->finalize = wp_import_bar_finalize;
  object_class->get_property = wp_import_bar_get_property;

  properties[PROP_MODEL] =
    wp_model_view_class_install (klass, PROP_MODEL, G_STRUCT_OFFSET (WpImportBar, model),
                                 (WpModelViewSetModel) wp_import_bar_set_model);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) wp_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/wp-import-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, WpImportBar, error_icon);
  gtk_widget_class_bind_template_child (widget_class, WpImportBar, status_label);
  gtk_widget_class_bind_template_child (widget_class, WpImportBar, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, WpImportBar, lines_button);
  gtk_widget_class_bind_template_child (widget_class, WpImportBar, processes_button);
  gtk_widget_class_bind_template_child (widget_class, WpImportBar, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, response_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, lines_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, processes_clicked_cb);
}

static void
wp_import_bar_init (WpImportBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
wp_import_bar_new (WpPlannerModel *model)
{
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), NULL);

  return g_object_new (WP_TYPE_IMPORT_BAR, "model", model, NULL);
}

WpPlannerModel *
wp_import_bar_get_model (WpImportBar *self)
{
  g_return_val_if_fail (WP_IS_IMPORT_BAR (self), NULL);

  return self->model;
}

void
wp_import_bar_set_model (WpImportBar    *self,
                         WpPlannerModel *model)
{
  g_return_if_fail (WP_IS_IMPORT_BAR (self));
  g_return_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model));

  if (!wp_planner_model_replace (self, &self->model, model))
    return;
  if (model != NULL)
    g_signal_connect_swapped (model, "notify::measurement",
                              G_CALLBACK (measurement_notify_cb), self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

void
wp_import_bar_start (WpImportBar *self,
                     GFile       *file,
                     GBytes      *text,
                     const char  *name)
{
  g_autofree char *status = NULL;

  g_return_if_fail (WP_IS_IMPORT_BAR (self));
  g_return_if_fail ((file != NULL) != (text != NULL) && name != NULL);

  wp_import_bar_cancel (self);
  self->cancellable = g_cancellable_new ();
  self->task = wp_import_job_start (self, file, text, name, self->cancellable,
                                    import_done_cb, g_strdup (name));
  self->progress_id = g_timeout_add (PROGRESS_INTERVAL_MS, progress_tick_cb, self);

  /* Translators: %s is a file's name in quotes, or "the pasted text" */
  status = g_strdup_printf (_("Reading %s…"), name);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  show_message (self, GTK_MESSAGE_INFO, status);
  set_running (self, TRUE);
}

/* The model stays as it was. */
void
wp_import_bar_cancel (WpImportBar *self)
{
  g_return_if_fail (WP_IS_IMPORT_BAR (self));

  if (self->task == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  stop_progress (self);
  set_running (self, FALSE);
  gtk_info_bar_set_revealed (GTK_INFO_BAR (self), FALSE);
}

gboolean
wp_import_bar_get_running (WpImportBar *self)
{
  g_return_val_if_fail (WP_IS_IMPORT_BAR (self), FALSE);

  return self->task != NULL;
}

void
wp_import_bar_show_error (WpImportBar *self,
                          const char  *message)
{
  g_return_if_fail (WP_IS_IMPORT_BAR (self));

  wp_import_bar_cancel (self);
  gtk_widget_hide (self->lines_button);
  gtk_widget_hide (self->processes_button);
  show_message (self, GTK_MESSAGE_ERROR, message);
}

/* What the last import read, again, with its top processes: while the
 * model's measurement is still that import's (FALSE, nothing shown, when
 * it is not). */
gboolean
wp_import_bar_show_processes (WpImportBar *self)
{
  g_return_val_if_fail (WP_IS_IMPORT_BAR (self), FALSE);

  if (self->measurement == NULL || self->task != NULL || self->model == NULL ||
      wp_planner_model_get_measurement (self->model) != self->measurement)
    return FALSE;
  show_result (self, self->name);
  processes_clicked_cb (self);
  return TRUE;
}
