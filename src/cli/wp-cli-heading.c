/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * --name, --customer, --notes: text that says whose plan a file is, written
 * at the top of the --reg file (.reg or .cmd) as comment lines that no
 * character of it can leave (report/wp-file-heading.h).  The one place
 * these options are declared and parsed.
 */
#define G_LOG_DOMAIN "wp-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-cli.h"

static const GOptionEntry heading_entries[] = {
  { "name", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Name of the plan, written at the top of the --reg file"), N_("TEXT") },
  { "customer", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Customer of the plan, written at the top of the --reg file"), N_("TEXT") },
  { "notes", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Notes, written at the top of the --reg file, one comment line per line"), N_("TEXT") },
  { NULL }
};

void
wp_cli_add_heading_options (GApplication *application)
{
  g_application_add_main_option_entries (application, heading_entries);
}

/* Only --reg writes them for now: anywhere else they would be lost. */
gboolean
wp_cli_parse_heading (GVariantDict  *dict,
                      WpCliOptions  *options,
                      GError       **error)
{
  char **fields[] = { &options->name, &options->customer, &options->notes };

  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *option = heading_entries[i].long_name;

      if (!g_variant_dict_lookup (dict, option, "s", fields[i]))
        continue;
      if (options->reg_path == NULL)
        {
          /* Translators: %s is an option's name, such as customer */
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                       _("--%s only applies to --reg"), option);
          return FALSE;
        }
    }
  return TRUE;
}

void
wp_cli_options_heading (const WpCliOptions *options,
                        WpFileHeading      *heading)
{
  *heading = (WpFileHeading) { options->name, options->customer, options->notes };
}
