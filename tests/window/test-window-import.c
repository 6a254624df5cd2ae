/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A customer's netstat in the window (issue 16): a generated `netstat -ano`
 * imported the way win.import, a drop and win.paste-netstat do it
 * (wp_window_import_file/uris/text), its figures in the model; Cancel, an
 * unreadable file and a drop of two files change nothing; the main loop
 * keeps running while a large file is read. */
#include "config.h"

#include <stdio.h>
#include <time.h>
#include <string.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "app/wp-import-bar.h"
#include "app/wp-window.h"
#include "limits/wp-format.h"
#include "wp-test-gtk.h"

#define IMPORT_TIMEOUT_S 120

/* A `netstat -ano` of @n connections on local ports 1025 + i, i < n
 * (inside Windows 2000's client range, 1025..5000, for n ≤ 3,976): in
 * TIME_WAIT (no process: PID 0) when i % 4 == 0, else ESTABLISHED, owned
 * by PID 4000 when i % 4 is 1 or 2 and by 4004 when it is 3; one LISTENING
 * socket; then @garbage lines no parser understands.  The connections
 * repeated @copies times (the same ports: a large file of few distinct
 * ones). */
static char *
write_netstat (guint n,
               guint garbage,
               guint copies)
{
  g_autoptr (GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("wp-import-XXXXXX.txt", &path, &error);
  FILE *file;

  g_assert_no_error (error);
  file = fdopen (fd, "w");
  g_assert_nonnull (file);
  fputs ("\r\nActive Connections\r\n\r\n"
         "  Proto  Local Address          Foreign Address        State           PID\r\n"
         "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1036\r\n", file);
  for (guint copy = 0; copy < copies; copy++)
    for (guint i = 0; i < n; i++)
      fprintf (file, "  TCP    10.0.0.5:%u         10.0.0.9:443           %-15s %u\r\n",
               1025 + i, i % 4 == 0 ? "TIME_WAIT" : "ESTABLISHED",
               i % 4 == 0 ? 0 : i % 4 == 3 ? 4004 : 4000);
  for (guint i = 0; i < garbage; i++)
    fprintf (file, "garbage line %u\r\n", i + 1);
  g_assert_cmpint (fclose (file), ==, 0);
  return path;
}

/* The window's import bar (built by the first import) after the import
 * has ended. */
static WpImportBar *
wait_import (WpWindow *window)
{
  WpImportBar *bar = wp_window_get_import_bar (window);
  gint64 end = g_get_monotonic_time () + IMPORT_TIMEOUT_S * G_USEC_PER_SEC;

  while (wp_import_bar_get_running (bar))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
  wp_test_iterate ();
  return bar;
}

static const char *
status (WpWindow *window)
{
  return gtk_label_get_text (wp_test_child (window, "status_label"));
}

static void
import_path (WpWindow   *window,
             const char *path)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);

  wp_window_import_file (window, file);
}

/* The cell of @column in the process table's row @row. */
static char *
process_cell (WpWindow *window,
              int       row,
              int       column)
{
  GtkTreeModel *store = wp_test_child (window, "process_store");
  GtkTreeIter iter;
  char *text = NULL;

  g_assert_true (gtk_tree_model_iter_nth_child (store, &iter, NULL, row));
  gtk_tree_model_get (store, &iter, column, &text, -1);
  return text;
}

static void
assert_process (WpWindow   *window,
                int         row,
                const char *pid,
                guint       ports,
                guint       share_pct)
{
  g_autofree char *shown_pid = process_cell (window, row, 0);
  g_autofree char *shown_ports = process_cell (window, row, 1);
  g_autofree char *shown_connections = process_cell (window, row, 2);
  g_autofree char *shown_share = process_cell (window, row, 3);
  g_autofree char *expected_ports = wp_format_count (ports);
  g_autofree char *expected_share = g_strdup_printf ("%u\u00a0%%", share_pct);

  g_assert_cmpstr (shown_pid, ==, pid);
  g_assert_cmpstr (shown_ports, ==, expected_ports);
  /* One connection a port in the generated file */
  g_assert_cmpstr (shown_connections, ==, expected_ports);
  g_assert_cmpstr (shown_share, ==, expected_share);
}

/* A file of 300 connections (75 in TIME_WAIT: i = 0, 4, …, 296) and 3
 * lines not understood: the model's measurement, the bar's sentence, the
 * lines and the top processes (PID 4000: 150 ports, 50 %; PID 0 and 4004:
 * 75 each, 25 %; equal ones by PID). */
static void
test_import_file (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  WpPlannerModel *model = wp_window_get_model (window);
  g_autofree char *path = write_netstat (300, 3, 1);
  g_autofree char *connections = wp_format_count (300);
  g_autofree char *time_wait = wp_format_count (300 / 4);
  g_autofree char *expected = NULL;
  g_autofree char *none = NULL;
  WpMeasuredPorts ports;
  WpImportBar *bar;
  GtkButton *lines;

  g_assert_null (wp_planner_model_get_measurement (model));
  import_path (window, path);
  bar = wait_import (window);

  g_assert_nonnull (wp_planner_model_get_measurement (model));
  g_assert_cmpuint (wp_measurement_get_connections (wp_planner_model_get_measurement (model)),
                    ==, 300);
  g_assert_true (wp_planner_model_get_measured_ports (model, WP_PLATFORM_WIN2000, &ports));
  g_assert_cmpuint (ports.range.count, ==, 5000 - 1024);
  g_assert_cmpuint (ports.in_use, ==, 300);
  /* Rounded up, as the workload's ports in use */
  g_assert_cmpuint (ports.in_use_pct, ==, (300 * 100 + (5000 - 1024) - 1) / (5000 - 1024));
  g_assert_cmpuint (ports.time_wait, ==, 300 / 4);

  expected = g_strdup_printf ("%s connections (not listening), %s of them in TIME_WAIT",
                              connections, time_wait);
  g_assert_nonnull (strstr (status (window), expected));
  g_assert_cmpint (gtk_info_bar_get_message_type (GTK_INFO_BAR (bar)), ==, GTK_MESSAGE_INFO);
  g_assert_false (gtk_widget_get_visible (wp_test_child (window, "error_icon")));
  lines = wp_test_child (window, "lines_button");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (lines)));
  g_assert_cmpstr (gtk_button_get_label (lines), ==, "3 lines not understood");
  g_assert_false (gtk_widget_get_visible (wp_test_child (window, "progress_bar")));
  g_assert_false (gtk_widget_get_visible (wp_test_child (window, "cancel_button")));

  /* The lines, as read, in a popover */
  gtk_button_clicked (lines);
  wp_test_iterate ();

  /* The table, built when first asked for */
  g_assert_null (wp_test_window_child (window, "process_store"));
  gtk_button_clicked (wp_test_child (window, "processes_button"));
  wp_test_iterate ();
  assert_process (window, 0, "4000", 150, 50);
  assert_process (window, 1, "0", 75, 25);
  assert_process (window, 2, "4004", 75, 25);
  g_assert_cmpint (gtk_tree_model_iter_n_children (wp_test_child (window, "process_store"),
                                                   NULL), ==, 3);

  /* Closed, the bar comes back with the table from the main menu */
  gtk_info_bar_response (GTK_INFO_BAR (bar), GTK_RESPONSE_CLOSE);
  g_assert_false (gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "top-processes"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "top-processes", NULL);
  wp_test_iterate ();
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)));
  g_assert_nonnull (strstr (status (window), expected));

  /* The measurement gone, the table says so, the bar goes */
  wp_planner_model_set_measurement (model, NULL);
  wp_test_iterate ();
  none = process_cell (window, 0, 0);
  g_assert_cmpstr (none, ==, "—");
  g_assert_false (gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "top-processes"));

  g_unlink (path);
}

/* Cancel: the bar goes, the measurement imported before stays. */
static void
test_cancel (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  WpPlannerModel *model = wp_window_get_model (window);
  g_autofree char *before = write_netstat (10, 0, 1);
  g_autofree char *path = write_netstat (3000, 0, 10);
  WpMeasurement *measurement;
  WpImportBar *bar;

  import_path (window, before);
  wait_import (window);
  measurement = wp_planner_model_get_measurement (model);
  g_assert_nonnull (measurement);

  import_path (window, path);
  bar = wp_window_get_import_bar (window);
  g_assert_true (wp_import_bar_get_running (bar));
  g_assert_true (gtk_widget_get_visible (wp_test_child (window, "cancel_button")));
  gtk_button_clicked (wp_test_child (window, "cancel_button"));
  g_assert_false (wp_import_bar_get_running (bar));
  /* The worker's end, whenever it comes, changes nothing either */
  wp_test_iterate_for (200);
  g_assert_false (gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)));
  g_assert_true (wp_planner_model_get_measurement (model) == measurement);
  g_assert_cmpuint (wp_measurement_get_connections (measurement), ==, 10);

  g_unlink (before);
  g_unlink (path);
}

/* A file that is not there, and one with nothing to read: one message
 * each, naming the file, nothing changed. */
static void
test_unreadable (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  g_autofree char *dir = g_dir_make_tmp ("wp-import-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autofree char *letter = g_build_filename (dir, "letter.txt", NULL);
  WpPlannerModel *model = wp_window_get_model (window);
  WpImportBar *bar;

  import_path (window, missing);
  bar = wait_import (window);
  g_assert_cmpint (gtk_info_bar_get_message_type (GTK_INFO_BAR (bar)), ==, GTK_MESSAGE_ERROR);
  g_assert_true (g_str_has_prefix (status (window), "Could not read “missing.txt”: "));
  /* Not by the bar's colour alone */
  g_assert_true (gtk_widget_get_visible (wp_test_child (window, "error_icon")));
  g_assert_false (gtk_widget_get_visible (wp_test_child (window, "processes_button")));

  g_assert_true (g_file_set_contents (letter, "Dear customer,\nplease run netstat.\n", -1, NULL));
  import_path (window, letter);
  bar = wait_import (window);
  g_assert_cmpint (gtk_info_bar_get_message_type (GTK_INFO_BAR (bar)), ==, GTK_MESSAGE_ERROR);
  g_assert_cmpstr (status (window), ==, "Nothing in “letter.txt” reads as the output of "
                   "netstat, Get-NetTCPConnection or netsh");
  g_assert_null (wp_planner_model_get_measurement (model));

  g_unlink (letter);
  g_rmdir (dir);
}

/* A drop of one file's URI imports it; of two, nothing and a message. */
static void
test_drop (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  g_autofree char *path = write_netstat (30, 0, 1);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  const char *one[] = { uri, NULL };
  const char *two[] = { uri, uri, NULL };
  g_autofree char *expected = g_strdup_printf ("%d connections", 30);
  WpMeasurement *measurement;
  WpImportBar *bar;

  wp_window_import_uris (window, one);
  bar = wait_import (window);
  g_assert_nonnull (strstr (status (window), expected));
  g_assert_false (gtk_widget_get_visible (wp_test_child (window, "lines_button")));
  measurement = wp_planner_model_get_measurement (wp_window_get_model (window));
  g_assert_cmpuint (wp_measurement_get_connections (measurement), ==, 30);

  wp_window_import_uris (window, two);
  g_assert_false (wp_import_bar_get_running (bar));
  g_assert_cmpint (gtk_info_bar_get_message_type (GTK_INFO_BAR (bar)), ==, GTK_MESSAGE_ERROR);
  g_assert_cmpstr (status (window), ==, "Drop one file at a time: 2 were dropped");
  g_assert_true (wp_planner_model_get_measurement (wp_window_get_model (window)) == measurement);

  g_unlink (path);
}

/* netsh's dynamic port range sets the model's (with the measurement);
 * one Windows would not take (KB 929851: from 1025, at least 255 ports,
 * up to 65535) is refused, the range and measurement as they were. */
static void
test_netsh_range (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  WpPlannerModel *model = wp_window_get_model (window);
  g_autofree char *dir = g_dir_make_tmp ("wp-import-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "netsh.txt", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.txt", NULL);
  static const char netsh[] = "\nProtocol tcp Dynamic Port Range\n"
                              "---------------------------------\n"
                              "Start Port      : %u\nNumber of Ports : %u\n";
  g_autofree char *good_text = g_strdup_printf (netsh, 10000u, 20000u);
  g_autofree char *bad_text = g_strdup_printf (netsh, 100u, 20u);
  WpMeasurement *measurement;

  g_assert_cmpuint (wp_planner_model_get_port_start (model), !=, 10000);
  g_assert_true (g_file_set_contents (good, good_text, -1, NULL));
  g_assert_true (g_file_set_contents (bad, bad_text, -1, NULL));

  import_path (window, good);
  wait_import (window);
  g_assert_cmpuint (wp_planner_model_get_port_start (model), ==, 10000);
  g_assert_cmpuint (wp_planner_model_get_port_count (model), ==, 20000);
  measurement = wp_planner_model_get_measurement (model);
  g_assert_nonnull (measurement);

  import_path (window, bad);
  wait_import (window);
  g_assert_cmpstr (status (window), ==, "The dynamic port range in “bad.txt” (start 100, 20 "
                   "ports) is not one Windows takes: it starts at 1025 or above, holds at least "
                   "255 ports and ends at 65535 at most");
  g_assert_cmpuint (wp_planner_model_get_port_start (model), ==, 10000);
  g_assert_cmpuint (wp_planner_model_get_port_count (model), ==, 20000);
  g_assert_true (wp_planner_model_get_measurement (model) == measurement);

  g_unlink (good);
  g_unlink (bad);
  g_rmdir (dir);
}

/* win.paste-netstat (Ctrl+V) imports the clipboard's text, except while an
 * entry has the focus: then it pastes into the entry, as everywhere. */
static void
test_paste (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  GtkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window),
                                                      GDK_SELECTION_CLIPBOARD);
  GtkEntry *entry = wp_test_child (window, "rate_entry");
  const char *text = "  TCP    10.0.0.5:1030   10.0.0.9:443   ESTABLISHED   4\n"
                     "  TCP    10.0.0.5:1031   10.0.0.9:443   TIME_WAIT     0\n";
  WpMeasurement *measurement;

  gtk_clipboard_set_text (clipboard, text, -1);
  wp_test_iterate ();
  g_action_group_activate_action (G_ACTION_GROUP (window), "paste-netstat", NULL);
  wp_test_iterate_for (100);
  wait_import (window);
  g_assert_true (g_str_has_prefix (status (window), "Imported the pasted text: 2 connections"));
  measurement = wp_planner_model_get_measurement (wp_window_get_model (window));
  g_assert_cmpuint (wp_measurement_get_time_wait (measurement), ==, 1);

  gtk_clipboard_set_text (clipboard, "12", -1);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_entry_set_text (entry, "");
  g_action_group_activate_action (G_ACTION_GROUP (window), "paste-netstat", NULL);
  wp_test_iterate_for (100);
  g_assert_cmpstr (gtk_entry_get_text (entry), ==, "12");
  g_assert_true (wp_planner_model_get_measurement (wp_window_get_model (window)) == measurement);
}

/* The main thread's CPU time so far, in µs. */
static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  g_assert_cmpint (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts), ==, 0);
  return ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

typedef struct
{
  double wall_ms;   /* the longest wall-clock time between two iterations */
  double cpu_ms;    /* the most CPU time the main thread spent in one */
} Gaps;

/* The main loop's iterations while @running (or for @ms without): a
 * 5 ms timeout keeps it waking. */
static Gaps
measure_gaps (WpImportBar *running,
              guint        ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;
  gint64 last = g_get_monotonic_time (), last_cpu = thread_cpu_us ();
  Gaps gaps = { 0, 0 };

  while (running != NULL ? wp_import_bar_get_running (running) : g_get_monotonic_time () < end)
    {
      gint64 now, cpu;

      g_main_context_iteration (NULL, TRUE);
      now = g_get_monotonic_time ();
      cpu = thread_cpu_us ();
      gaps.wall_ms = MAX (gaps.wall_ms, (now - last) / 1000.0);
      gaps.cpu_ms = MAX (gaps.cpu_ms, (cpu - last_cpu) / 1000.0);
      last = now;
      last_cpu = cpu;
    }
  return gaps;
}

static gboolean
tick_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* A 20 MB file (about a tenth of a second's reading) imported while the
 * main loop runs: no iteration works 50 ms or more (the main thread's CPU
 * time), and none waits that long (wall-clock) unless the machine is too
 * busy to tell: the same loop without an import, as long, already waited
 * 25 ms. */
static void
test_responsive (void)
{
  g_autoptr (WpWindowTest) window = wp_test_window_shown (1200, 700);
  guint copies = 20 * 1024 * 1024 / (3000 * 80);   /* lines of about 80 bytes */
  g_autofree char *path = write_netstat (3000, 0, copies);
  g_autofree char *connections = wp_format_count (3000 * copies);
  guint tick = g_timeout_add (5, tick_cb, NULL);
  gint64 start = g_get_monotonic_time ();
  double import_ms;
  Gaps gaps, idle;
  GStatBuf st;

  import_path (window, path);
  gaps = measure_gaps (wp_window_get_import_bar (window), 0);
  import_ms = (g_get_monotonic_time () - start) / 1000.0;
  idle = measure_gaps (NULL, (guint) import_ms + 1);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_test_message ("%.1f MB read in %.0f ms; longest main-loop gap %.1f ms (%.1f ms of CPU; "
                  "%.1f ms without an import)", st.st_size / 1048576.0, import_ms,
                  gaps.wall_ms, gaps.cpu_ms, idle.wall_ms);
  g_source_remove (tick);

  /* All of it read */
  g_assert_nonnull (strstr (status (window), connections));
  g_assert_cmpfloat (gaps.cpu_ms, <, 50.0);
  if (idle.wall_ms < 25.0)
    g_assert_cmpfloat (gaps.wall_ms, <, 50.0);
  else
    g_test_message ("wall-clock gaps not checked: the machine is too busy");

  g_unlink (path);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window/import/file", test_import_file);
  g_test_add_func ("/window/import/cancel", test_cancel);
  g_test_add_func ("/window/import/unreadable", test_unreadable);
  g_test_add_func ("/window/import/drop", test_drop);
  g_test_add_func ("/window/import/netsh", test_netsh_range);
  g_test_add_func ("/window/import/paste", test_paste);
  g_test_add_func ("/window/import/responsive", test_responsive);

  return g_test_run ();
}
