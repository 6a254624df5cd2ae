/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's "Export .reg File" and the command line's --reg write the
 * same bytes for the same plan, and the Registry tab says which values the
 * file deletes.  Runs under a display (the window) and starts the built
 * winsock-planner (WP_BINARY) for --reg. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "app/wp-window.h"
#include "wp-test-gtk.h"
#include "wp-test-util.h"

#define KEY_NT "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters]\r\n"
#define KEY_9X "[HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\VxD\\MSTCP]\r\n"
#define DELETED(name, value) \
  "; " name " is at its default (" value "): deleted, so that Windows uses its built-in default\r\n" \
  "\"" name "\"=-\r\n"

typedef struct
{
  WpPlatform  platform;
  guint       max_user_port;
  guint       time_wait_s;      /* 0: the platform's default */
  guint       max_connections;
  const char *args[3];          /* the same plan on the command line */
  const char *expected;         /* the whole file */
  const char *tab_line;         /* a line the Registry tab shows */
} RegCase;

static const RegCase cases[] = {
  { WP_PLATFORM_NT4, 5000, 0, 100, { "--platform=nt4" },
    "REGEDIT4\r\n\r\n" KEY_NT DELETED ("MaxUserPort", "5000")
    DELETED ("TcpTimedWaitDelay", "240") "\r\n",
    "    MaxUserPort        REG_DWORD  5000 (default: not set)\n"
    "    TcpTimedWaitDelay  REG_DWORD  240 (default: not set)" },
  { WP_PLATFORM_WIN2000, 65534, 30, 100,
    { "--platform=win2000", "--max-user-port=65534", "--time-wait=30" },
    "REGEDIT4\r\n\r\n" KEY_NT "\"MaxUserPort\"=dword:0000fffe\r\n"
    "\"TcpTimedWaitDelay\"=dword:0000001e\r\n\r\n",
    "    MaxUserPort        REG_DWORD  65534\n"
    "    TcpTimedWaitDelay  REG_DWORD  30" },
  { WP_PLATFORM_WIN95, 5000, 0, 300, { "--platform=win95", "--max-connections=300" },
    "REGEDIT4\r\n\r\n" KEY_9X "\"MaxConnections\"=dword:0000012c\r\n\r\n",
    "    MaxConnections     REG_DWORD  300" },
  { WP_PLATFORM_WIN98, 5000, 0, 300, { "--platform=win98", "--max-connections=300" },
    "REGEDIT4\r\n\r\n" KEY_9X "\"MaxConnections\"=\"300\"\r\n\r\n",
    "    MaxConnections     REG_SZ     300" },
  { WP_PLATFORM_WIN98, 5000, 0, 100, { "--platform=win98" },
    "REGEDIT4\r\n\r\n" KEY_9X DELETED ("MaxConnections", "100") "\r\n",
    "    MaxConnections     REG_SZ     100 (default: not set)" },
};

/* The Registry tab's values, which it fills while it is shown. */
static const char *
registry_values (WpWindow *window)
{
  GtkWidget *page = GTK_WIDGET (wp_test_window_child (window, "registry_page"));
  GtkNotebook *notebook = GTK_NOTEBOOK (gtk_widget_get_parent (page));

  gtk_notebook_set_current_page (notebook, gtk_notebook_page_num (notebook, page));
  return gtk_label_get_text (GTK_LABEL (wp_test_window_child (window, "registry_values")));
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* What --reg=@path writes for @row. */
static void
run_cli (const RegCase *row,
         const char    *path)
{
  g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "C.UTF-8", "LANGUAGE", "", NULL);
  g_autofree char *option = g_strconcat ("--reg=", path, NULL);
  g_auto (WpTestRun) run;

  wp_test_run (&run, (const char * const *) envp, g_getenv ("WP_BINARY"), option,
               row->args[0], row->args[1], row->args[2], NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
}

static void
test_same_bytes (gconstpointer data)
{
  const RegCase *row = data;
  g_autoptr (WpWindowTest) window = wp_test_window_new ();
  WpPlannerModel *model = wp_window_get_model (window);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wp-window-reg-XXXXXX", &error);
  g_autofree char *window_path = g_build_filename (dir, "window.reg", NULL);
  g_autofree char *cli_path = g_build_filename (dir, "cli.reg", NULL);
  g_autoptr (GFile) window_file = g_file_new_for_path (window_path);
  g_autofree char *from_window = NULL;
  g_autofree char *from_cli = NULL;
  gsize window_length, cli_length;

  g_assert_no_error (error);
  wp_planner_model_set_selected_platform (model, row->platform);
  wp_planner_model_set_max_user_port (model, row->max_user_port);
  wp_planner_model_set_time_wait_delay (model, row->time_wait_s);
  wp_planner_model_set_max_connections (model, row->max_connections);

  g_assert_true (wp_window_save_reg (window, window_file, &error));
  g_assert_no_error (error);
  run_cli (row, cli_path);

  from_window = read_file (window_path, &window_length);
  from_cli = read_file (cli_path, &cli_length);
  g_assert_cmpstr (from_window, ==, row->expected);
  g_assert_cmpmem (from_cli, cli_length, from_window, window_length);

  /* The tab agrees with the file: "(default: not set)" where it deletes. */
  g_assert_nonnull (strstr (registry_values (window), row->tab_line));

  g_assert_no_errno (g_unlink (window_path));
  g_assert_no_errno (g_unlink (cli_path));
  g_assert_no_errno (g_rmdir (dir));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/window/reg/same-as-cli/%" G_GSIZE_FORMAT, i);

      g_test_add_data_func (path, &cases[i], test_same_bytes);
    }

  return g_test_run ();
}
