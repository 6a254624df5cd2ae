/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the tests share, GLib only (headless tests link it): running a
 * program and capturing what it printed, its environment, the lists in po/. */
#pragma once

#include <stdarg.h>
#include <glib.h>

G_BEGIN_DECLS

/* What a program printed and how it ended. */
typedef struct
{
  char *out;
  char *err;
  int   status;   /* the exit status, or -1 when it did not exit normally */
  int   signal;   /* the signal that killed it, or 0 */
} WpTestRun;

void wp_test_run_clear (WpTestRun *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (WpTestRun, wp_test_run_clear)

void wp_test_run_full   (WpTestRun            *run,
                         const char           *working_dir,
                         const char * const   *envp,
                         const char * const   *argv,
                         GSpawnChildSetupFunc  child_setup);

void wp_test_run_argv   (WpTestRun            *run,
                         const char * const   *envp,
                         const char * const   *argv);

void wp_test_run_valist (WpTestRun            *run,
                         const char * const   *envp,
                         const char           *program,
                         const char           *first_arg,
                         va_list               args);

void wp_test_run        (WpTestRun            *run,
                         const char * const   *envp,
                         const char           *program,
                         ...) G_GNUC_NULL_TERMINATED;

char **wp_test_environ (const char *first_name,
                        ...) G_GNUC_NULL_TERMINATED;

const char *wp_test_getenv_or_skip (const char *name);

char **wp_test_read_po_list (const char *name);

void wp_test_remove_tree (const char *path);

/* A test's fixture: a temporary folder of its own, removed with all it
 * holds after the test (g_test_add's set-up and tear-down). */
typedef struct
{
  char *dir;
} WpTestTmpDir;

void wp_test_tmp_dir_set_up    (WpTestTmpDir  *fixture,
                                gconstpointer  data);
void wp_test_tmp_dir_tear_down (WpTestTmpDir  *fixture,
                                gconstpointer  data);

gboolean wp_test_have_locale (const char *name);

/* The program with the arguments (NULL-terminated), in C.UTF-8. */
void   wp_test_run_c   (WpTestRun  *run,
                        const char *first_arg,
                        ...) G_GNUC_NULL_TERMINATED;
void   wp_test_run_c_valist (WpTestRun  *run,
                             const char *first_arg,
                             va_list     args);
char  *wp_test_run_ok  (const char *first_arg,
                        ...) G_GNUC_NULL_TERMINATED;
/* Runs the program in C.UTF-8 with the arguments and asserts it refused
 * them: status 2, nothing on stdout, one line on stderr ending in @message. */
void   wp_test_run_refused (const char *message,
                            const char *first_arg,
                            ...) G_GNUC_NULL_TERMINATED;
char **wp_test_csv_row (const char *csv,
                        const char *prefix);

/* A "notify" handler that counts: the guint at @counter, plus one. */
void   wp_test_count_notify (gpointer object,
                             gpointer pspec,
                             gpointer counter);

G_END_DECLS
