/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Runs the programs the tests check: winsock-planner itself, and the
 * validators, gettext and meson install the data and translation tests
 * check with. */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "wp-test-util.h"

void
wp_test_run_clear (WpTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs @argv in @working_dir (NULL: this process's) with @envp (NULL: this
 * process's environment), calling @child_setup (may be NULL) in the child
 * before it starts the program. */
void
wp_test_run_full (WpTestRun            *run,
                  const char           *working_dir,
                  const char * const   *envp,
                  const char * const   *argv,
                  GSpawnChildSetupFunc  child_setup)
{
  g_autoptr (GError) error = NULL;
  int wait_status = 0;

  memset (run, 0, sizeof *run);
  g_spawn_sync (working_dir, (char **) argv, (char **) envp, G_SPAWN_SEARCH_PATH,
                child_setup, NULL, &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  run->signal = WIFSIGNALED (wait_status) ? WTERMSIG (wait_status) : 0;
}

void
wp_test_run_argv (WpTestRun          *run,
                  const char * const *envp,
                  const char * const *argv)
{
  wp_test_run_full (run, NULL, envp, argv, NULL);
}

/* Runs @program with @first_arg and the arguments in @args, up to a NULL
 * (@first_arg may be that NULL). */
void
wp_test_run_valist (WpTestRun          *run,
                    const char * const *envp,
                    const char         *program,
                    const char         *first_arg,
                    va_list             args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (char *) program);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);

  wp_test_run_argv (run, envp, (const char * const *) argv->pdata);
}

/* Runs @program with the arguments that follow (NULL-terminated) in @envp
 * (NULL: this process's environment). */
void
wp_test_run (WpTestRun          *run,
             const char * const *envp,
             const char         *program,
             ...)
{
  const char *first_arg;
  va_list args;

  va_start (args, program);
  first_arg = va_arg (args, const char *);
  wp_test_run_valist (run, envp, program, first_arg, args);
  va_end (args);
}

/* This process's environment with no display and the given NAME, VALUE
 * pairs (NULL-terminated) set; a NULL value unsets. */
char **
wp_test_environ (const char *first_name,
                 ...)
{
  char **envp = g_get_environ ();
  va_list args;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    {
      const char *value = va_arg (args, const char *);

      envp = value != NULL ? g_environ_setenv (envp, name, value, TRUE)
                           : g_environ_unsetenv (envp, name);
    }
  va_end (args);

  return envp;
}

/* The value meson gave the test, or NULL after marking the test skipped
 * (an optional tool that is not installed). */
const char *
wp_test_getenv_or_skip (const char *name)
{
  const char *value = g_getenv (name);

  if (value == NULL || *value == '\0')
    {
      g_test_skip_printf ("%s is not set: the tool was not found at configure time", name);
      return NULL;
    }
  return value;
}

/* The non-comment lines of a list in po/ (LINGUAS, POTFILES.in). */
char **
wp_test_read_po_list (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("WP_SOURCE_ROOT"), "po", name, NULL);
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) lines = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && lines[i][0] != '#')
        g_strv_builder_add (builder, lines[i]);
    }
  return g_strv_builder_end (builder);
}

/* rm -r, without following links, asserting that each entry goes;
 * in-process, so that valgrind does not follow an rm child. */
void
wp_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          wp_test_remove_tree (child);
        }
    }
  g_assert_no_errno (g_remove (path));
}

void
wp_test_tmp_dir_set_up (WpTestTmpDir  *fixture,
                        gconstpointer  data)
{
  g_autoptr (GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("wp-test-XXXXXX", &error);
  g_assert_no_error (error);
}

void
wp_test_tmp_dir_tear_down (WpTestTmpDir  *fixture,
                           gconstpointer  data)
{
  wp_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

/* Whether the C library has the locale @name, for a test to skip without. */
gboolean
wp_test_have_locale (const char *name)
{
  locale_t locale = newlocale (LC_ALL_MASK, name, (locale_t) 0);

  if (locale == (locale_t) 0)
    return FALSE;
  freelocale (locale);
  return TRUE;
}

/* The program with the arguments, in C.UTF-8 and no translation. */
void
wp_test_run_c_valist (WpTestRun  *run,
                      const char *first_arg,
                      va_list     args)
{
  g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "C.UTF-8", "LANGUAGE", "", NULL);

  wp_test_run_valist (run, (const char * const *) envp, g_getenv ("WP_BINARY"), first_arg, args);
}

void
wp_test_run_c (WpTestRun  *run,
               const char *first_arg,
               ...)
{
  va_list args;

  va_start (args, first_arg);
  wp_test_run_c_valist (run, first_arg, args);
  va_end (args);
}

/* What $WP_BINARY printed with the arguments given, in the C locale; it
 * must exit with 0 and print nothing on stderr. */
char *
wp_test_run_ok (const char *first_arg,
                ...)
{
  g_auto (WpTestRun) run;
  va_list args;

  va_start (args, first_arg);
  wp_test_run_c_valist (&run, first_arg, args);
  va_end (args);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  return g_steal_pointer (&run.out);
}

void
wp_test_run_refused (const char *message,
                     const char *first_arg,
                     ...)
{
  g_auto (WpTestRun) run;
  va_list args;

  va_start (args, first_arg);
  wp_test_run_c_valist (&run, first_arg, args);
  va_end (args);
  g_test_message ("%s: %s", first_arg, run.err);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_suffix (run.err, message));
  g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
}

/* The fields of the first line of @csv that starts with @prefix. */
char **
wp_test_csv_row (const char *csv,
                 const char *prefix)
{
  g_auto (GStrv) lines = g_strsplit (csv, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strsplit (lines[i], ",", -1);

  g_assert_not_reached ();
}

void
wp_test_count_notify (gpointer object,
                      gpointer pspec,
                      gpointer counter)
{
  (*(guint *) counter)++;
}
