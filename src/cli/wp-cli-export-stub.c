/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Placeholder until the chart layer lands: the chart export replaces this. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-cli.h"

gboolean
wp_cli_export (const WpCliOptions *options,
               GError            **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("exporting the chart is not available yet"));
  return FALSE;
}
