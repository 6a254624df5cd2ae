/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-i18n"

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "wp-i18n.h"

/* Whether @path lies inside the build tree, whose po/ is BUILD_LOCALEDIR.
 * A program started from there (./dev run, the tests) reads the catalogues
 * the build just compiled rather than those of an older installation. */
static gboolean
is_in_build_tree (const char *path)
{
  g_autofree char *build_root = g_path_get_dirname (BUILD_LOCALEDIR);
  g_autofree char *prefix = g_strconcat (build_root, G_DIR_SEPARATOR_S, NULL);

  return path != NULL && g_str_has_prefix (path, prefix);
}

/* The directory holding our message catalogues: the build tree's when this
 * program was built there and still runs from it, the installed one else. */
const char *
wp_i18n_locale_dir (void)
{
  g_autofree char *executable = g_file_read_link ("/proc/self/exe", NULL);

  if (is_in_build_tree (executable) &&
      g_file_test (BUILD_LOCALEDIR, G_FILE_TEST_IS_DIR))
    return BUILD_LOCALEDIR;

  return LOCALEDIR;
}

/* The user's locale and our message catalogue. */
void
wp_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, wp_i18n_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
