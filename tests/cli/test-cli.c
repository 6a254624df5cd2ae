/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Runs the built winsock-planner with no display and checks what it prints. */
#include "config.h"

#include <string.h>
#include <glib.h>

#include "wp-test-util.h"

/* Runs the program with the given arguments (NULL-terminated) and no
 * display, in the C locale; it must exit, not be killed. */
static void
run_program (WpTestRun  *run,
             const char *first,
             ...)
{
  g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "C.UTF-8", "LANGUAGE", "", NULL);
  va_list args;

  va_start (args, first);
  wp_test_run_valist (run, (const char * const *) envp, g_getenv ("WP_BINARY"), first, args);
  va_end (args);
  g_assert_cmpint (run->status, >=, 0);   /* -1: it did not exit */
}

static char **
csv_row (const char *csv,
         const char *platform_id)
{
  g_auto (GStrv) lines = g_strsplit (csv, "\n", -1);
  g_autofree char *prefix = g_strconcat (platform_id, ",", NULL);

  for (guint i = 1; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strsplit (lines[i], ",", -1);

  g_assert_not_reached ();
}

static void
test_csv_defaults (void)
{
  g_auto (WpTestRun) run;
  g_auto (GStrv) lines = NULL;
  g_auto (GStrv) nt4 = NULL;
  g_auto (GStrv) w2k = NULL;
  g_auto (GStrv) w2003 = NULL;
  g_auto (GStrv) w98 = NULL;

  run_program (&run, "--csv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0],
    "platform,name,ram_mb,max_user_port,time_wait_s,nonpaged_pool_mb,practical_sockets,"
    "theoretical_sockets,client_ports,connections_per_s,limited_by"));
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 7 + 1);   /* header, rows, "" */

  /* platform,name,ram_mb,max_user_port,time_wait_s,pool,practical,theoretical,ports,rate,limited_by */
  nt4 = csv_row (run.out, "nt4");
  g_assert_cmpstr (nt4[1], ==, "Windows NT 4.0");
  g_assert_cmpstr (nt4[2], ==, "2048");
  g_assert_cmpstr (nt4[3], ==, "5000");
  g_assert_cmpstr (nt4[4], ==, "240");
  g_assert_cmpstr (nt4[5], ==, "128");
  g_assert_cmpstr (nt4[6], ==, "8000");
  g_assert_cmpstr (nt4[7], ==, "12000");
  g_assert_cmpstr (nt4[8], ==, "3976");
  g_assert_cmpstr (nt4[9], ==, "16.57");
  g_assert_cmpstr (nt4[10], ==, "memory");

  w2k = csv_row (run.out, "win2000");
  g_assert_cmpstr (w2k[5], ==, "256");
  g_assert_cmpstr (w2k[6], ==, "16000");
  g_assert_cmpstr (w2k[7], ==, "25000");

  w2003 = csv_row (run.out, "win2003");
  g_assert_cmpstr (w2003[4], ==, "120");
  g_assert_cmpstr (w2003[9], ==, "33.13");

  w98 = csv_row (run.out, "win98");
  g_assert_cmpstr (w98[3], ==, "");     /* no MaxUserPort on 9x */
  g_assert_cmpstr (w98[5], ==, "");
  g_assert_cmpstr (w98[6], ==, "");
  g_assert_cmpstr (w98[7], ==, "");
  g_assert_cmpstr (w98[8], ==, "3976");
  g_assert_cmpstr (w98[10], ==, "registry");
  g_assert_cmpstr (w98[11], ==, "100");
}

static void
test_csv_inputs (void)
{
  g_auto (WpTestRun) run;
  g_auto (GStrv) nt4 = NULL;
  g_auto (GStrv) xp = NULL;

  run_program (&run, "--csv", "--ram=512M", "--max-user-port=65534", "--time-wait=30",
               "--platform=nt4,winxp", "--socketwrench-3", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.out, "win95"));

  nt4 = csv_row (run.out, "nt4");
  g_assert_cmpstr (nt4[2], ==, "512");
  g_assert_cmpstr (nt4[5], ==, "64");
  g_assert_cmpstr (nt4[6], ==, "4000");
  g_assert_cmpstr (nt4[7], ==, "6000");
  g_assert_cmpstr (nt4[8], ==, "64510");
  g_assert_cmpstr (nt4[10], ==, "process-cap");

  xp = csv_row (run.out, "winxp");
  g_assert_cmpstr (xp[4], ==, "30");
  g_assert_cmpstr (xp[9], ==, "2150.33");
}

static void
test_csv_unstable_warning (void)
{
  g_auto (WpTestRun) run;

  run_program (&run, "--csv", "--max-connections=301", "--platform=win95", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "300"));
  g_assert_nonnull (strstr (run.out, "win95,Windows 95,2048,,240,,,,3976,16.57,registry,301"));
}

static void
test_table (void)
{
  g_auto (WpTestRun) run;
  g_auto (GStrv) lines = NULL;
  const char *header = NULL;

  run_program (&run, "--table", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "RAM 2 GB, MaxUserPort 5000"));

  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], "Platform"))
      header = lines[i];
  g_assert_nonnull (header);

  /* Columns line up: the right-aligned "Server limit" ends, in characters,
   * where every row's figure ends. */
  {
    const char *title = strstr (header, "Server limit");
    glong end = g_utf8_pointer_to_offset (header, title + strlen ("Server limit"));
    guint rows = 0;

    g_assert_nonnull (title);
    for (guint i = 0; lines[i]; i++)
      {
        const char *at;

        if (!g_str_has_prefix (lines[i], "Windows "))
          continue;
        at = g_utf8_offset_to_pointer (lines[i], end);
        g_assert_true (g_ascii_isdigit (at[-1]));
        g_assert_cmpint (at[0], ==, ' ');
        rows++;
      }
    g_assert_cmpuint (rows, ==, 7);
  }

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], "Windows NT 4.0"))
      {
        g_assert_nonnull (strstr (lines[i], "128 MB"));
        g_assert_nonnull (strstr (lines[i], "8000"));
        g_assert_nonnull (strstr (lines[i], "12000"));
        g_assert_nonnull (strstr (lines[i], "non-paged pool"));
      }
  g_assert_nonnull (strstr (run.out, "Windows Server 2003"));
}

typedef struct
{
  const char *args[3];
  const char *message;   /* must appear on stderr */
} BadCase;

static void
test_bad_input (void)
{
  static const BadCase cases[] = {
    { { "--csv", "--ram=abc" }, "--ram: “abc” is not a number" },
    { { "--csv", "--ram=" }, "--ram: no value was given" },
    { { "--csv", "--ram=-1G" }, "--ram: “-1G” is negative" },
    { { "--csv", "--ram=17T" }, "valid sizes are 1 MB to 16 TB" },
    { { "--csv", "--ram=2 parsecs" }, "--ram: “2 parsecs” has an unknown unit" },
    { { "--csv", "--max-user-port=4999" }, "--max-user-port: 4999 is out of range: valid values are 5000 to 65534" },
    { { "--csv", "--max-user-port=65535" }, "valid values are 5000 to 65534" },
    { { "--csv", "--max-user-port=5000.5" }, "--max-user-port: “5000.5” is not a whole number" },
    { { "--csv", "--max-user-port=99999999999999999999" }, "out of range" },
    { { "--table", "--time-wait=29" }, "--time-wait: 29 is out of range: valid values are 30 to 300" },
    { { "--table", "--time-wait=301" }, "valid values are 30 to 300" },
    { { "--table", "--max-connections=0" }, "--max-connections: 0 is out of range" },
    { { "--table", "--platform=vista" }, "--platform: unknown platform “vista”" },
    { { "--table", "--csv" }, "cannot be combined" },
    { { "--table", "--size=100x100" }, "--size only applies to --export" },
    { { "--no-footnote" }, "--no-footnote only applies to --export" },
    { { "--csv", "--no-footnote" }, "--no-footnote only applies to --export" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (WpTestRun) run;

      run_program (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], NULL);
      g_test_message ("%s %s: %s", cases[i].args[0], cases[i].args[1], run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_nonnull (strstr (run.err, cases[i].message));
      /* one line */
      g_assert_true (g_str_has_suffix (run.err, "\n"));
      g_assert_null (strchr (run.err, '\n') + 1 == run.err + strlen (run.err) ? NULL : "more than one line");
    }
}

static void
test_help (void)
{
  g_auto (WpTestRun) run;
  static const char *options[] = {
    "--ram", "--max-user-port", "--time-wait", "--max-connections", "--socketwrench-3",
    "--platform", "--table", "--csv", "--export", "--size", "--no-footnote",
  };

  run_program (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (gsize i = 0; i < G_N_ELEMENTS (options); i++)
    g_assert_nonnull (strstr (run.out, options[i]));
}

static void
test_version (void)
{
  g_auto (WpTestRun) run;

  run_program (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "winsock-planner " PACKAGE_VERSION "\n");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/csv/defaults", test_csv_defaults);
  g_test_add_func ("/cli/csv/inputs", test_csv_inputs);
  g_test_add_func ("/cli/csv/unstable-warning", test_csv_unstable_warning);
  g_test_add_func ("/cli/table", test_table);
  g_test_add_func ("/cli/bad-input", test_bad_input);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/version", test_version);

  return g_test_run ();
}
