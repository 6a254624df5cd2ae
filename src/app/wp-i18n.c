/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-i18n"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-i18n.h"

/* The directory holding our message catalogues: the installed one, or
 * $WINSOCK_PLANNER_LOCALEDIR where the environment names another (./dev run
 * and the tests, through meson devenv, name the build tree's po/).  The
 * program holds no path of the build tree. */
const char *
wp_i18n_locale_dir (void)
{
  const char *dir = g_getenv ("WINSOCK_PLANNER_LOCALEDIR");

  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

/* Our message catalogue; main() has set the locale. */
void
wp_i18n_init (void)
{
  bindtextdomain (GETTEXT_PACKAGE, wp_i18n_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
