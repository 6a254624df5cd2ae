/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-i18n"

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "wp-i18n.h"

/* The user's locale and our message catalogue. */
void
wp_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
