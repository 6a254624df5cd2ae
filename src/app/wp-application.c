/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-application"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "cli/wp-cli.h"
#include "wp-application.h"
#include "wp-i18n.h"
#include "wp-window.h"
#include "wp-window-scenario.h"

struct _WpApplication
{
  GtkApplication parent_instance;

  WpCliOptions    options;   /* what the command line asked for */
  GtkCssProvider *adwaita;   /* ui/adwaita.css, while the theme is Adwaita */
  gboolean        adwaita_added;
  gboolean        icon_pending;  /* the default window icon, until a first frame */
  gulong          icon_handler;  /* on the first window's frame clock, until then */
};

G_DEFINE_FINAL_TYPE (WpApplication, wp_application, GTK_TYPE_APPLICATION)

/* Helpers */

/* Whether ui/adwaita.css applies: the theme GTK uses is Adwaita ($GTK_THEME,
 * as "name:variant", wins over the setting) and no monitor is scaled. */
static gboolean
adwaita_at_scale_1 (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  const char *env = g_getenv ("GTK_THEME");
  GdkDisplay *display = gdk_display_get_default ();
  g_autofree char *name = NULL;

  if (env != NULL && *env != '\0')
    name = g_strndup (env, strcspn (env, ":"));
  else
    g_object_get (settings, "gtk-theme-name", &name, NULL);
  if (g_strcmp0 (name, "Adwaita") != 0)
    return FALSE;

  for (int i = 0; i < gdk_display_get_n_monitors (display); i++)
    if (gdk_monitor_get_scale_factor (gdk_display_get_monitor (display, i)) != 1)
      return FALSE;
  return TRUE;
}

/* Again whenever the theme or the monitors change; a provider added or
 * removed restyles every widget, so only on a real change. */
static void
update_adwaita_css (WpApplication *self)
{
  GdkScreen *screen = gdk_screen_get_default ();
  gboolean add = adwaita_at_scale_1 ();

  if (add == self->adwaita_added)
    return;
  if (add)
    gtk_style_context_add_provider_for_screen (screen, GTK_STYLE_PROVIDER (self->adwaita),
                                               GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  else
    gtk_style_context_remove_provider_for_screen (screen, GTK_STYLE_PROVIDER (self->adwaita));
  self->adwaita_added = add;
}

/* Callbacks */

/* The window icon is for the window manager's task list, not for the first
 * frame: GTK loads every size of it (six PNGs) and sends them all to the X
 * server, so it is set once the first window has painted. */
static void
first_frame_painted_cb (GdkFrameClock *clock,
                        WpApplication *self)
{
  g_signal_handler_disconnect (clock, self->icon_handler);
  gtk_window_set_default_icon_name (APPLICATION_ID);
  /* GTK gives the default only to windows realized after it. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (gtk_window_get_icon_name (l->data) == NULL)
      gtk_window_set_icon_name (l->data, APPLICATION_ID);
}

/* Each window closes as its close button would: one with unsaved changes
 * asks first.  The application ends with its last window. */
static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_autoptr (GList) windows =
    g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *application = user_data;

  gtk_show_about_dialog (gtk_application_get_active_window (application),
                         "program-name", _("Winsock Planner"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("How many socket connections can this Windows machine "
                                       "hold, and why? Figures from Catalyst KB 100072."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_entries[] = {
  { "quit", quit_activated },
  { "about", about_activated },
};

/* Overrides */

/* Runs in the process started, before GTK is initialised and before it
 * looks for a running instance: --table, --csv, --export, --reg, --sources
 * and --version need no display and print here.  Bad input is refused here
 * too, with one message.  Returns an exit status, or -1 to pass the
 * options on to the primary instance (this one or one already running). */
static int
wp_application_handle_local_options (GApplication *application,
                                     GVariantDict *dict)
{
  WpApplication *self = WP_APPLICATION (application);
  g_autoptr (GError) error = NULL;

  if (g_variant_dict_contains (dict, "version"))
    {
      g_print ("%s %s\n", g_get_prgname (), PACKAGE_VERSION);
      return 0;
    }

  if (!wp_cli_parse (dict, &self->options, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      return WP_CLI_EXIT_USAGE;
    }

  return wp_cli_run (&self->options);
}

static void
wp_application_startup (GApplication *application)
{
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Primary>q", NULL } },
    { "win.show-help-overlay", { "<Primary>question", "F1", NULL } },
    { "win.show-primary-menu", { "F10", NULL } },
    { "win.export-chart", { "<Primary>e", NULL } },
    { "win.copy-chart", { "<Primary>c", NULL } },
    { "win.print", { "<Primary>p", NULL } },
    { "win.presentation", { "F11", NULL } },
    { "win.open", { "<Primary>o", NULL } },
    { "win.save", { "<Primary>s", NULL } },
    { "win.save-as", { "<Primary><Shift>s", NULL } },
    { "win.import", { "<Primary>i", NULL } },
    { "win.paste-netstat", { "<Primary>v", NULL } },
  };
  WpApplication *self = WP_APPLICATION (application);
  g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (wp_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_entries,
                                   G_N_ELEMENTS (app_entries), application);
  for (gsize i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                           accels[i].action, accels[i].accels);

  gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_screen (gdk_screen_get_default (),
                                             GTK_STYLE_PROVIDER (css),
                                             GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  self->adwaita = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (self->adwaita, RESOURCE_PATH "/adwaita.css");
  g_signal_connect_object (gtk_settings_get_default (), "notify::gtk-theme-name",
                           G_CALLBACK (update_adwaita_css), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gdk_screen_get_default (), "monitors-changed",
                           G_CALLBACK (update_adwaita_css), self, G_CONNECT_SWAPPED);
  update_adwaita_css (self);
}

/* In the primary instance: the options of this launch, or of a second
 * one while a window is open (the remote process has checked them already
 * and printed any headless output).  They go to the window on activation:
 * no launch's options are lost. */
static int
wp_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  WpApplication *self = WP_APPLICATION (application);
  GVariantDict *dict = g_application_command_line_get_options_dict (command_line);
  g_autoptr (GError) error = NULL;
  WpCliOptions options;

  if (!wp_cli_parse (dict, &options, &error))
    {
      g_application_command_line_printerr (command_line, "%s: %s\n", g_get_prgname (),
                                           error->message);
      return WP_CLI_EXIT_USAGE;
    }

  wp_cli_options_clear (&self->options);
  self->options = options;
  g_application_activate (application);
  return 0;
}

/* A launch's options into @window: --scenario first, the other options
 * change it.  Applied once: a later activation (the desktop's) only
 * presents. */
static void
apply_options (WpWindow     *window,
               WpCliOptions *options)
{
  WpPlannerModel *model = wp_window_get_model (window);

  if (options->scenario != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (options->scenario_path);

      wp_window_apply_scenario (window, options->scenario, file);
      wp_window_scenario_remember (file);
      g_clear_object (&options->scenario);
    }
  if (options->inputs_given)
    wp_planner_model_set_input (model, &options->input);
  if (options->platforms_given)
    {
      /* The versions asked for, the first of them selected unless the
       * selected one is among them (it is always drawn). */
      if (!(options->platforms & WP_PLATFORM_BIT (wp_planner_model_get_selected_platform (model))))
        wp_planner_model_set_selected_platform (model, g_bit_nth_lsf (options->platforms, -1));
      wp_planner_model_set_visible_platforms (model, options->platforms);
    }
  /* After the inputs: netsh's range in the file sets the window's. */
  if (options->import_path != NULL)
    {
      g_autoptr (GFile) file = g_file_new_for_commandline_arg (options->import_path);

      wp_window_import_file (window, file);
      g_clear_pointer (&options->import_path, g_free);
    }
  options->inputs_given = options->platforms_given = FALSE;
}

static void
apply_pending_options (WpWindow *window,
                       gpointer  data)
{
  apply_options (window, data);
}

static void
free_pending_options (gpointer data)
{
  wp_cli_options_clear (data);
  g_free (data);
}

/* Opens the window, or brings it to the front, with what the command line
 * asked for: it describes a whole machine, as for --table, and is
 * remembered like any change. */
static void
wp_application_activate (GApplication *application)
{
  WpApplication *self = WP_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      window = GTK_WINDOW (wp_window_new (GTK_APPLICATION (application)));
      /* The session's single instance keeps an autosave (a crash's state
       * comes back here, before this launch's options). */
      if (g_application_get_dbus_connection (application) != NULL)
        wp_window_enable_autosave (WP_WINDOW (window));
    }

  /* Another scenario over unsaved changes: asked first (Save, Discard,
   * Cancel), the launch's options kept until then. */
  if (self->options.scenario != NULL && wp_window_get_scenario_modified (WP_WINDOW (window)))
    {
      WpCliOptions *pending = g_new (WpCliOptions, 1);

      *pending = self->options;
      wp_cli_options_init (&self->options);
      wp_window_scenario_confirm (WP_WINDOW (window), apply_pending_options, pending,
                                  free_pending_options);
    }
  else
    apply_options (WP_WINDOW (window), &self->options);

  gtk_window_present (window);

  if (self->icon_pending)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

      self->icon_pending = FALSE;
      if (clock != NULL)
        self->icon_handler = g_signal_connect_object (clock, "after-paint",
                                                      G_CALLBACK (first_frame_painted_cb),
                                                      self, G_CONNECT_AFTER);
      else
        gtk_window_set_default_icon_name (APPLICATION_ID);
    }
}

static void
wp_application_finalize (GObject *object)
{
  WpApplication *self = WP_APPLICATION (object);

  wp_cli_options_clear (&self->options);
  g_clear_object (&self->adwaita);

  G_OBJECT_CLASS (wp_application_parent_class)->finalize (object);
}

static void
wp_application_class_init (WpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = wp_application_finalize;

  application_class->handle_local_options = wp_application_handle_local_options;
  application_class->startup = wp_application_startup;
  application_class->command_line = wp_application_command_line;
  application_class->activate = wp_application_activate;
}

static void
wp_application_init (WpApplication *self)
{
  wp_cli_options_init (&self->options);
  wp_cli_add_options (G_APPLICATION (self));
  self->icon_pending = TRUE;
}

WpApplication *
wp_application_new (void)
{
  static gsize named = 0;

  wp_i18n_init ();

  /* GLib allows one name per process (tests create several apps). */
  if (g_once_init_enter (&named))
    {
      g_set_application_name (_("Winsock Planner"));
      g_once_init_leave (&named, 1);
    }

  return g_object_new (WP_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}
