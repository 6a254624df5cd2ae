/* SPDX-License-Identifier: GPL-3.0-or-later */
/* --reg=FILE --platform=ID: the platform's registry values as a REGEDIT4
 * file, the same bytes as the window's "Export .reg File"; --name,
 * --customer and --notes as comment lines at its top. */
#define G_LOG_DOMAIN "wp-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "report/wp-registry.h"
#include "util/wp-file.h"
#include "wp-cli.h"

gboolean
wp_cli_write_reg (const WpCliOptions *options,
                  GError            **error)
{
  g_autoptr (GFile) file = NULL;
  g_autofree char *reg = NULL;
  g_autofree char *lower = NULL;
  WpFileHeading heading;
  int platform;

  g_return_val_if_fail (options != NULL && options->reg_path != NULL, FALSE);
  platform = g_bit_nth_lsf (options->platforms, -1);
  g_return_val_if_fail (wp_platform_is_valid (platform), FALSE);

  wp_cli_options_heading (options, &heading);
  /* FILE.cmd: the script with the netsh command (Vista and later). */
  lower = g_ascii_strdown (options->reg_path, -1);
  if (g_str_has_suffix (lower, ".cmd"))
    {
      if (!wp_registry_has_netsh (platform))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                       _("--reg: a .cmd script sets the dynamic port range of Windows Vista "
                         "and later; for %s, write a .reg file"), wp_platform_name (platform));
          return FALSE;
        }
      reg = wp_registry_format_cmd_with_heading (platform, &options->input, &heading);
    }
  else
    reg = wp_registry_format_reg_with_heading (platform, &options->input, &heading);
  file = g_file_new_for_commandline_arg (options->reg_path);
  return wp_file_replace_contents (file, reg, strlen (reg), error);
}
