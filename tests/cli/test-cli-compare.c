/* SPDX-License-Identifier: GPL-3.0-or-later */
/* --compare=A,B[,C,D]: a CSV row and a table column per scenario, the rows
 * that differ marked "≠", the comparison chart as a file; a fifth file, a
 * single file, an input option beside it and a missing output refused.
 * Figures from Catalyst KB 100072: the pool RAM ÷ 8, about 4,000 sockets
 * per 64 MB of it, 2000's cap 256 MB; client ports MaxUserPort − 1024;
 * TIME_WAIT 240 s (limits.md). */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "wp-test-util.h"

typedef struct
{
  char *dir;
  char *a;   /* NT 4.0, 512 MB, the defaults */
  char *b;   /* 2000, 1.5 GB, MaxUserPort 65534, a target of 10,000 */
} Files;

static char *
write_scenario (const char *dir,
                const char *file,
                const char *text)
{
  char *path = g_build_filename (dir, file, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
files_setup (Files         *files,
             gconstpointer  data)
{
  files->dir = g_dir_make_tmp ("wp-compare-XXXXXX", NULL);
  g_assert_nonnull (files->dir);
  files->a = write_scenario (files->dir, "a.wpscenario",
                             "[Scenario]\nFormat=1.0\nName=Today\nSelected=nt4\n"
                             "[Inputs]\nram=512\n");
  files->b = write_scenario (files->dir, "b.wpscenario",
                             "[Scenario]\nFormat=1.0\nName=Upgrade, tuned\nSelected=win2000\n"
                             "[Inputs]\nram=1.5G\nmax-user-port=65534\n"
                             "need-connections=10000\n");
}

static void
files_teardown (Files         *files,
                gconstpointer  data)
{
  wp_test_remove_tree (files->dir);
  g_free (files->dir);
  g_free (files->a);
  g_free (files->b);
}

static char *
compare_arg (Files *files,
             guint  times)
{
  GString *arg = g_string_new ("--compare=");

  for (guint i = 0; i < times; i++)
    g_string_append_printf (arg, "%s%s,%s", i ? "," : "", files->a, files->b);
  return g_string_free (arg, FALSE);
}

static void
test_csv (Files        *files,
          gconstpointer data)
{
  g_autofree char *arg = compare_arg (files, 1);
  g_autofree char *csv = wp_test_run_ok (arg, "--csv", NULL);
  g_auto (GStrv) header = wp_test_csv_row (csv, "scenario,");
  g_auto (GStrv) a = wp_test_csv_row (csv, "Today,");
  g_auto (GStrv) b = wp_test_csv_row (csv, "\"Upgrade, tuned\",");
  g_autofree char *a_server = g_strdup_printf ("%u", 512 / 8 / 64 * 4000);
  g_autofree char *a_client = g_strdup_printf ("%u", 5000 - 1024);
  g_autofree char *b_server = g_strdup_printf ("%u", 1536 / 8 / 64 * 4000);

  g_assert_cmpstr (header[7], ==, "server_limit");
  g_assert_cmpstr (a[1], ==, "nt4");
  g_assert_cmpstr (a[2], ==, "512");
  g_assert_cmpstr (a[4], ==, "240");
  g_assert_cmpstr (a[7], ==, a_server);
  g_assert_cmpstr (a[8], ==, a_client);
  g_assert_cmpstr (a[10], ==, "");        /* no target */
  /* The name, quoted, holds a comma: wp_test_csv_row() splits it in two,
   * so b's fields are one further on. */
  g_assert_cmpstr (b[1], ==, " tuned\"");
  g_assert_cmpstr (b[2], ==, "win2000");
  g_assert_cmpstr (b[4], ==, "65534");
  g_assert_cmpstr (b[8], ==, b_server);
  /* 64,510 ports: the 12,000 sockets bind the client too */
  g_assert_cmpstr (b[9], ==, b_server);
  g_assert_cmpstr (b[10], ==, "memory");
  /* 12,000 ≥ 10,000 */
  g_assert_cmpstr (b[11], ==, "yes");
}

static void
test_table (Files        *files,
            gconstpointer data)
{
  g_autofree char *arg = compare_arg (files, 1);
  g_autofree char *table = wp_test_run_ok (arg, "--table", NULL);
  g_auto (GStrv) lines = g_strsplit (table, "\n", -1);

  g_assert_nonnull (strstr (lines[0], "Today"));
  g_assert_nonnull (strstr (lines[0], "Upgrade, tuned"));
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      /* Both are limited by their pool: the same; their RAM is not. */
      if (strstr (lines[i], "Limited by") != NULL)
        g_assert_true (g_str_has_prefix (lines[i], "  "));
      if (strstr (lines[i], "RAM") != NULL)
        g_assert_true (g_str_has_prefix (lines[i], "≠ "));
    }
  g_assert_nonnull (strstr (table, "≠ marks the rows where the scenarios differ."));
}

static void
test_export (Files        *files,
             gconstpointer data)
{
  g_autofree char *arg = compare_arg (files, 1);
  g_autofree char *png = g_build_filename (files->dir, "compare.png", NULL);
  g_autofree char *svg = g_build_filename (files->dir, "compare.svg", NULL);
  g_autofree char *png_arg = g_strconcat ("--export=", png, NULL);
  g_autofree char *svg_arg = g_strconcat ("--export=", svg, NULL);
  g_autofree char *out = wp_test_run_ok (arg, png_arg, "--size=640x360", NULL);
  g_autofree char *out_svg = wp_test_run_ok (arg, svg_arg, NULL);
  g_autofree char *bytes = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (png, &bytes, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpint (memcmp (bytes, "\x89PNG", 4), ==, 0);
  g_clear_pointer (&bytes, g_free);
  g_assert_true (g_file_get_contents (svg, &bytes, &length, NULL));
  g_assert_nonnull (strstr (bytes, "<title>Scenarios compared"));
  g_assert_nonnull (strstr (bytes, "Today, Upgrade, tuned"));
}

static void
test_refused (Files        *files,
              gconstpointer data)
{
  g_autofree char *five = NULL;
  g_autofree char *two = compare_arg (files, 1);
  g_autofree char *one = g_strconcat ("--compare=", files->a, NULL);
  g_autofree char *missing = g_strconcat ("--compare=", files->a, ",",
                                          files->dir, "/none.wpscenario", NULL);
  g_autofree char *six = compare_arg (files, 3);
  g_autofree char *scenario = g_strconcat ("--scenario=", files->a, NULL);

  /* a, b, a, b, a */
  five = g_strconcat (six, NULL);
  *strrchr (five, ',') = '\0';
  wp_test_run_refused ("--compare: compares 2 to 4 scenarios; 5 files were given\n",
                       five, "--table", NULL);
  wp_test_run_refused ("--compare: compares 2 to 4 scenarios; 1 file was given\n",
                       one, "--table", NULL);
  wp_test_run_refused ("--compare: the scenario files hold every input: --ram cannot be "
                       "combined with it\n", two, "--table", "--ram=1G", NULL);
  wp_test_run_refused ("--compare: the scenario files hold every input: --scenario cannot be "
                       "combined with it\n", two, "--table", scenario, NULL);
  wp_test_run_refused ("--name only applies to --reg, --report or --save-scenario\n", two, "--table",
                       "--name=Contoso", NULL);
  wp_test_run_refused ("--compare: add --table, --csv, --export=FILE or --report=FILE.pdf\n",
                       two, NULL);
  wp_test_run_refused ("--compare: the comparison is drawn by memory only: leave --view out\n",
                       two, "--export=x.png", "--view=rate", NULL);
  wp_test_run_refused ("none.wpscenario: No such file or directory\n", missing, "--csv", NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli/compare/csv", Files, NULL, files_setup, test_csv, files_teardown);
  g_test_add ("/cli/compare/table", Files, NULL, files_setup, test_table, files_teardown);
  g_test_add ("/cli/compare/export", Files, NULL, files_setup, test_export, files_teardown);
  g_test_add ("/cli/compare/refused", Files, NULL, files_setup, test_refused, files_teardown);
  return g_test_run ();
}
