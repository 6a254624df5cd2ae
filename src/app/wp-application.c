/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cli/wp-cli.h"
#include "wp-application.h"
#include "wp-i18n.h"

struct _WpApplication
{
  GtkApplication parent_instance;

  WpCliOptions   options;   /* what the command line asked for */
};

G_DEFINE_FINAL_TYPE (WpApplication, wp_application, GTK_TYPE_APPLICATION)

/* Runs before GTK is initialised: --table, --csv and --export need no
 * display.  Returns an exit status, or -1 to go on to the window. */
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
wp_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      window = GTK_WINDOW (gtk_application_window_new (GTK_APPLICATION (application)));
      gtk_window_set_title (window, _("Winsock Planner"));
      gtk_window_set_default_size (window, 1000, 700);
    }

  gtk_window_present (window);
}

static void
wp_application_finalize (GObject *object)
{
  WpApplication *self = WP_APPLICATION (object);

  wp_cli_options_clear (&self->options);

  G_OBJECT_CLASS (wp_application_parent_class)->finalize (object);
}

static void
wp_application_class_init (WpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = wp_application_finalize;

  application_class->handle_local_options = wp_application_handle_local_options;
  application_class->activate = wp_application_activate;
}

static void
wp_application_init (WpApplication *self)
{
  wp_cli_options_init (&self->options);
  wp_cli_add_options (G_APPLICATION (self));
}

WpApplication *
wp_application_new (void)
{
  wp_i18n_init ();

  g_set_application_name (_("Winsock Planner"));

  return g_object_new (WP_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}
