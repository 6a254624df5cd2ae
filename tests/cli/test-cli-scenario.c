/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Scenarios on the command line: --save-scenario writes what the options
 * make, --scenario gives them back before the other options change them,
 * for --csv and --reg; a bad or newer file is refused with one message and
 * stays as it was (docs/scenario-format.md). */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "wp-test-util.h"

typedef WpTestTmpDir Fixture;
#define fixture_set_up    wp_test_tmp_dir_set_up
#define fixture_tear_down wp_test_tmp_dir_tear_down

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* The options written and read back give the CSV the options give. */
static void
test_save_and_load (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "a.wpscenario");
  g_autofree char *save = g_strconcat ("--save-scenario=", path, NULL);
  g_autofree char *load = g_strconcat ("--scenario=", path, NULL);
  g_autofree char *direct = NULL, *through = NULL, *text = NULL;
  g_auto (WpTestRun) run;

  wp_test_run_c (&run, "--ram=4G", "--need-rate=500", "--connection-life=0.25",
                 "--platform=nt4,win10-x64", "--port-start=1025", "--port-count=20000", save,
                 NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  text = read_text (path);
  /* The file holds the options as typed, in the command line's units. */
  for (const char * const *line = (const char * const[]) {
         "\nram=4096\n", "\nneed-rate=500\n", "\nconnection-life=0.25\n",
         "\nplatform=nt4,win10-x64\n", "\nport-start=1025\n", "\nport-count=20000\n",
         "\nSelected=nt4\n", "\nFormat=1.0\n", NULL };
       *line != NULL; line++)
    if (strstr (text, *line) == NULL)
      g_error ("“%s” is not in:\n%s", *line, text);

  direct = wp_test_run_ok ("--csv", "--ram=4G", "--need-rate=500", "--connection-life=0.25",
                           "--platform=nt4,win10-x64", "--port-start=1025", "--port-count=20000",
                           NULL);
  through = wp_test_run_ok ("--csv", load, NULL);
  g_assert_cmpstr (through, ==, direct);

  /* The file alone, as a desktop opens it (Exec=winsock-planner %f). */
  g_free (through);
  through = wp_test_run_ok ("--csv", path, NULL);
  g_assert_cmpstr (through, ==, direct);
  wp_test_run_refused ("one scenario at a time: give one file\n", "--csv", path, path, NULL);
  wp_test_run_refused ("one scenario at a time: give one file\n", "--csv", load, path, NULL);
}

/* Options given beside --scenario change it; the rest stays the file's. */
static void
test_options_override (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "b.wpscenario");
  g_autofree char *load = g_strconcat ("--scenario=", path, NULL);
  g_autofree char *csv = NULL;
  g_auto (GStrv) row = NULL;
  g_auto (GStrv) header = NULL;
  g_auto (GStrv) lines = NULL;
  guint ram = 0, port = 0;

  g_assert_true (g_file_set_contents (path, "[Scenario]\nFormat=1.0\n[Inputs]\nram=4G\n"
                                      "max-user-port=10000\nplatform=nt4\n", -1, NULL));
  csv = wp_test_run_ok ("--csv", load, "--ram=1G", NULL);
  header = wp_test_csv_row (csv, "platform,");
  row = wp_test_csv_row (csv, "nt4,");
  for (guint i = 0; header[i] != NULL; i++)
    {
      if (g_str_equal (header[i], "ram_mb"))
        ram = i;
      if (g_str_equal (header[i], "max_user_port"))
        port = i;
    }
  g_assert_cmpuint (ram, >, 0);
  g_assert_cmpstr (row[ram], ==, "1024");
  g_assert_cmpstr (row[port], ==, "10000");
  /* platform=nt4: one row of figures under the header. */
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
}

/* --reg of a scenario is its selected version's, as --platform=ID. */
static void
test_reg_selected (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "c.wpscenario");
  g_autofree char *reg = path_in (fixture, "c.reg");
  g_autofree char *reg_direct = path_in (fixture, "direct.reg");
  g_autofree char *load = g_strconcat ("--scenario=", path, NULL);
  g_autofree char *out = g_strconcat ("--reg=", reg, NULL);
  g_autofree char *out_direct = g_strconcat ("--reg=", reg_direct, NULL);
  g_autofree char *a = NULL, *b = NULL, *ignored = NULL;

  g_assert_true (g_file_set_contents (path, "[Scenario]\nFormat=1.0\nSelected=nt4\n[Inputs]\n"
                                      "max-user-port=65534\ntime-wait=30\n", -1, NULL));
  ignored = wp_test_run_ok (load, out, NULL);
  g_free (ignored);
  ignored = wp_test_run_ok ("--platform=nt4", "--max-user-port=65534", "--time-wait=30",
                            out_direct, NULL);
  a = read_text (reg);
  b = read_text (reg_direct);
  g_assert_cmpstr (a, ==, b);
  g_assert_nonnull (strstr (a, "\"MaxUserPort\"=dword:0000fffe"));
}

/* Keys this version does not know, in the file read, are in the file written. */
static void
test_unknown_kept (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "d.wpscenario");
  g_autofree char *copy = path_in (fixture, "e.wpscenario");
  g_autofree char *load = g_strconcat ("--scenario=", path, NULL);
  g_autofree char *save = g_strconcat ("--save-scenario=", copy, NULL);
  g_autofree char *text = NULL, *ignored = NULL;

  g_assert_true (g_file_set_contents (path, "[Scenario]\nFormat=1.0\nName=Contoso\n"
                                      "[Measured]\nEstablished=12\n", -1, NULL));
  ignored = wp_test_run_ok (load, "--ram=8G", save, NULL);
  text = read_text (copy);
  g_assert_nonnull (strstr (text, "\nName=Contoso\n"));
  g_assert_nonnull (strstr (text, "\n[Measured]\nEstablished=12\n"));
  g_assert_nonnull (strstr (text, "\nram=8192\n"));
}

/* A bad value, a newer format, a missing file: one message, status 2,
 * the file as it was. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct
  {
    const char *text;
    const char *message;
  } cases[] = {
    { "[Scenario]\nFormat=1.0\n[Inputs]\nmax-user-port=70000\n",
      "[Inputs] max-user-port: 70000 is out of range: valid values are 5000 to 65534\n" },
    { "[Scenario]\nFormat=2.0\n",
      "written by a newer Winsock Planner (scenario format 2.0; this version reads format 1): "
      "open it with a newer version\n" },
    { "[Inputs]\nram=1G\n", "not a Winsock Planner scenario: it has no [Scenario] Format\n" },
  };
  g_autofree char *path = path_in (fixture, "bad.wpscenario");
  g_autofree char *load = g_strconcat ("--scenario=", path, NULL);
  g_autofree char *out = path_in (fixture, "out.wpscenario");
  g_autofree char *save = g_strconcat ("--save-scenario=", out, NULL);

  for (gsize c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *after = NULL;

      g_assert_true (g_file_set_contents (path, cases[c].text, -1, NULL));
      wp_test_run_refused (cases[c].message, "--csv", load, NULL);
      wp_test_run_refused (cases[c].message, load, save, NULL);
      after = read_text (path);
      g_assert_cmpstr (after, ==, cases[c].text);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
  wp_test_run_refused ("--save-scenario: no value was given\n", "--save-scenario=", NULL);
  wp_test_run_refused ("--scenario: no value was given\n", "--scenario=", "--csv", NULL);
  g_remove (path);
  wp_test_run_refused ("No such file or directory\n", "--csv", load, NULL);
}

/* --name, --customer, --notes go into the scenario saved; its own are the
 * heading of its --reg file where the options give none. */
static void
test_texts (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "f.wpscenario");
  g_autofree char *reg = path_in (fixture, "f.reg");
  g_autofree char *save = g_strconcat ("--save-scenario=", path, NULL);
  g_autofree char *load = g_strconcat ("--scenario=", path, NULL);
  g_autofree char *out = g_strconcat ("--reg=", reg, NULL);
  g_autofree char *text = NULL, *written = NULL, *ignored = NULL;

  ignored = wp_test_run_ok ("--name=Web farm", "--customer=Contoso", "--notes=one\ntwo",
                            "--platform=win2000", save, NULL);
  text = read_text (path);
  g_assert_nonnull (strstr (text, "\nName=Web farm\n"));
  g_assert_nonnull (strstr (text, "\nCustomer=Contoso\n"));
  g_assert_nonnull (strstr (text, "\nNotes=one\\ntwo\n"));

  g_free (ignored);
  ignored = wp_test_run_ok (load, "--customer=Fabrikam", out, NULL);
  written = read_text (reg);
  g_assert_nonnull (strstr (written, "; Plan: Web farm\r\n"));
  g_assert_nonnull (strstr (written, "; Customer: Fabrikam\r\n"));
  g_assert_nonnull (strstr (written, "; Notes: one\r\n; Notes: two\r\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/scenario/save-and-load", Fixture, NULL, fixture_set_up, test_save_and_load,
              fixture_tear_down);
  g_test_add ("/cli/scenario/options-override", Fixture, NULL, fixture_set_up,
              test_options_override, fixture_tear_down);
  g_test_add ("/cli/scenario/reg-selected", Fixture, NULL, fixture_set_up, test_reg_selected,
              fixture_tear_down);
  g_test_add ("/cli/scenario/unknown-kept", Fixture, NULL, fixture_set_up, test_unknown_kept,
              fixture_tear_down);
  g_test_add ("/cli/scenario/texts", Fixture, NULL, fixture_set_up, test_texts,
              fixture_tear_down);
  g_test_add ("/cli/scenario/refused", Fixture, NULL, fixture_set_up, test_refused,
              fixture_tear_down);

  return g_test_run ();
}
