/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bad input on the command line, a row each: the built winsock-planner runs
 * with no display in an empty directory, with HOME and the XDG directories
 * inside it.  Every row asserts the one message on stderr, the exit status,
 * an empty stdout and that no file anywhere in that directory was created,
 * changed or removed. */
#include "config.h"

#include <string.h>
#include <sys/resource.h>
#include <signal.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "wp-test-util.h"

#define PROGRAM "winsock-planner: "
#define PLATFORM_IDS "win95, win98, winme, nt4, win2000, winxp, win2003, vista-x86, " \
  "vista-x64, win7-x86, win7-x64, win81-x86, win81-x64, win10-x86, win10-x64 or all"
#define ANY_STATUS (-1)   /* GLib's own option errors: some failure status */

typedef struct
{
  const char *args[4];
  const char *message;  /* the whole of stderr; "%s" stands for the directory */
  int         status;
  gboolean    disk_full; /* files may not grow past FILE_SIZE_LIMIT */
} BadInput;

/* Every directory starts with these, and must end with them unchanged. */
#define EXISTING_CHART    "existing.png"
#define EXISTING_CONTENTS "the chart exported last week\n"
#define A_FILE            "notes.txt"
#define A_DIRECTORY       "folder.png"
#define FILE_SIZE_LIMIT   4096   /* bytes: far less than any chart */
#define CANNOT_COMBINE    PROGRAM "--table, --csv, --export, --reg and --report cannot be combined: choose one\n"
#define ONE_PLATFORM      PROGRAM "--reg needs exactly one platform: add --platform=ID, with ID one of " \
                          "win95, win98, winme, nt4, win2000, winxp, win2003, vista-x86, vista-x64, " \
                          "win7-x86, win7-x64, win81-x86, win81-x64, win10-x86, win10-x64\n"
#define CANNOT_TELL(name) PROGRAM "Cannot tell the image type of “%s/" name "”: " \
                          "the name must end in .png, .svg or .pdf\n"

static const BadInput bad_inputs[] = {
  /* Empty */
  { { "--csv", "--ram=" }, PROGRAM "--ram: no value was given\n", 2 },
  { { "--csv", "--ram=   " }, PROGRAM "--ram: no value was given\n", 2 },
  { { "--table", "--max-user-port=" }, PROGRAM "--max-user-port: no value was given\n", 2 },
  { { "--csv", "--time-wait=" }, PROGRAM "--time-wait: no value was given\n", 2 },
  { { "--csv", "--max-connections= " }, PROGRAM "--max-connections: no value was given\n", 2 },
  { { "--csv", "--platform=" }, PROGRAM "--platform: no value was given\n", 2 },
  { { "--export=chart.png", "--size=" }, PROGRAM "--size: “” is not a size: use WIDTHxHEIGHT, for example 1600x900\n", 2 },

  /* Negative */
  { { "--csv", "--ram=-1G" }, PROGRAM "--ram: “-1G” is negative\n", 2 },
  { { "--csv", "--max-user-port=-5000" }, PROGRAM "--max-user-port: “-5000” is negative\n", 2 },
  { { "--csv", "--time-wait=-30" }, PROGRAM "--time-wait: “-30” is negative\n", 2 },
  { { "--csv", "--max-connections=-1" }, PROGRAM "--max-connections: “-1” is negative\n", 2 },
  { { "--export=chart.png", "--size=-1600x900" }, PROGRAM "--size: “-1600” is negative\n", 2 },

  /* Not a number */
  { { "--csv", "--ram=abc" }, PROGRAM "--ram: “abc” is not a number\n", 2 },
  { { "--csv", "--ram=nan" }, PROGRAM "--ram: “nan” is not a number\n", 2 },
  { { "--csv", "--ram=inf" }, PROGRAM "--ram: “inf” is not a number\n", 2 },
  { { "--csv", "--ram=1.2.3G" }, PROGRAM "--ram: “1.2.3G” is not a number\n", 2 },
  { { "--csv", "--max-user-port=five" }, PROGRAM "--max-user-port: “five” is not a number\n", 2 },
  { { "--csv", "--time-wait=+30" }, PROGRAM "--time-wait: “+30” is not a number\n", 2 },
  { { "--csv", "--max-connections=0x64" }, PROGRAM "--max-connections: “0x64” is not a whole number\n", 2 },
  { { "--export=chart.png", "--size=big" }, PROGRAM "--size: “big” is not a size: use WIDTHxHEIGHT, for example 1600x900\n", 2 },
  { { "--export=chart.png", "--size=x900" }, PROGRAM "--size: “x900” is not a size: use WIDTHxHEIGHT, for example 1600x900\n", 2 },
  { { "--export=chart.png", "--size=1600x" }, PROGRAM "--size: “1600x” is not a size: use WIDTHxHEIGHT, for example 1600x900\n", 2 },
  { { "--export=chart.png", "--size=1600x900x2" }, PROGRAM "--size: “1600x900x2” is not a size: use WIDTHxHEIGHT, for example 1600x900\n", 2 },

  /* Overflowing */
  { { "--csv", "--ram=99999999999999999999" }, PROGRAM "--ram: 99999999999999999999 is out of range: valid sizes are 1 MB to 16 TB\n", 2 },
  { { "--csv", "--ram=99999999999999999999T" }, PROGRAM "--ram: 99999999999999999999T is out of range: valid sizes are 1 MB to 16 TB\n", 2 },
  { { "--csv", "--max-user-port=99999999999999999999" }, PROGRAM "--max-user-port: 99999999999999999999 is out of range: valid values are 5000 to 65534\n", 2 },
  { { "--csv", "--time-wait=99999999999999999999" }, PROGRAM "--time-wait: 99999999999999999999 is out of range: valid values are 30 to 300\n", 2 },
  { { "--csv", "--max-connections=99999999999999999999" }, PROGRAM "--max-connections: 99999999999999999999 is out of range: valid values are 1 to 4294967295\n", 2 },
  { { "--csv", "--max-connections=4294967296" }, PROGRAM "--max-connections: 4294967296 is out of range: valid values are 1 to 4294967295\n", 2 },
  { { "--export=chart.png", "--size=99999999999999999999x900" }, PROGRAM "--size: 99999999999999999999 is out of range: valid values are 1 to 10000\n", 2 },

  /* Out of range */
  { { "--csv", "--ram=0" }, PROGRAM "--ram: 0 is out of range: valid sizes are 1 MB to 16 TB\n", 2 },
  { { "--csv", "--ram=0.4M" }, PROGRAM "--ram: 0.4M is out of range: valid sizes are 1 MB to 16 TB\n", 2 },
  { { "--csv", "--ram=17T" }, PROGRAM "--ram: 17T is out of range: valid sizes are 1 MB to 16 TB\n", 2 },
  { { "--csv", "--max-user-port=4999" }, PROGRAM "--max-user-port: 4999 is out of range: valid values are 5000 to 65534\n", 2 },
  { { "--csv", "--max-user-port=65535" }, PROGRAM "--max-user-port: 65535 is out of range: valid values are 5000 to 65534\n", 2 },
  { { "--csv", "--time-wait=29" }, PROGRAM "--time-wait: 29 is out of range: valid values are 30 to 300\n", 2 },
  { { "--csv", "--time-wait=301" }, PROGRAM "--time-wait: 301 is out of range: valid values are 30 to 300\n", 2 },
  { { "--csv", "--max-connections=0" }, PROGRAM "--max-connections: 0 is out of range: valid values are 1 to 4294967295\n", 2 },
  { { "--export=chart.png", "--size=0x900" }, PROGRAM "--size: 0 is out of range: valid values are 1 to 10000\n", 2 },
  { { "--export=chart.png", "--size=1600x10001" }, PROGRAM "--size: 10001 is out of range: valid values are 1 to 10000\n", 2 },

  /* A fraction where a whole number is needed */
  { { "--csv", "--max-user-port=5000.5" }, PROGRAM "--max-user-port: “5000.5” is not a whole number\n", 2 },
  { { "--csv", "--time-wait=30.0" }, PROGRAM "--time-wait: “30.0” is not a whole number\n", 2 },
  { { "--csv", "--max-connections=1.5" }, PROGRAM "--max-connections: “1.5” is not a whole number\n", 2 },
  { { "--export=chart.png", "--size=1600.5x900" }, PROGRAM "--size: “1600.5” is not a whole number\n", 2 },

  /* Unknown unit */
  { { "--csv", "--ram=2 parsecs" }, PROGRAM "--ram: “2 parsecs” has an unknown unit: use MB, GB or TB, for example 512M or 1.5G\n", 2 },
  { { "--csv", "--ram=512Q" }, PROGRAM "--ram: “512Q” has an unknown unit: use MB, GB or TB, for example 512M or 1.5G\n", 2 },
  { { "--csv", "--ram=1e3" }, PROGRAM "--ram: “1e3” has an unknown unit: use MB, GB or TB, for example 512M or 1.5G\n", 2 },
  { { "--csv", "--max-user-port=5000K" }, PROGRAM "--max-user-port: “5000K” is not a whole number\n", 2 },
  { { "--csv", "--time-wait=30s" }, PROGRAM "--time-wait: “30s” is not a whole number\n", 2 },

  /* Unknown platform id */
  { { "--csv", "--platform=win7" }, PROGRAM "--platform: unknown platform “win7”: use " PLATFORM_IDS "\n", 2 },
  { { "--table", "--platform=nt4,WIN2000,nt5" }, PROGRAM "--platform: unknown platform “nt5”: use " PLATFORM_IDS "\n", 2 },
  { { "--csv", "--platform=nt4,,win2000" }, PROGRAM "--platform: unknown platform “”: use " PLATFORM_IDS "\n", 2 },

  /* Conflicting options */
  { { "--table", "--csv" }, CANNOT_COMBINE, 2 },
  { { "--csv", "--export=chart.png" }, CANNOT_COMBINE, 2 },
  { { "--table", "--export=chart.svg" }, CANNOT_COMBINE, 2 },
  { { "--csv", "--reg=values.reg", "--platform=nt4" }, CANNOT_COMBINE, 2 },
  { { "--export=chart.png", "--reg=values.reg", "--platform=nt4" }, CANNOT_COMBINE, 2 },
  { { "--csv", "--size=800x600" }, PROGRAM "--size only applies to --export\n", 2 },
  { { "--no-footnote" }, PROGRAM "--no-footnote only applies to --export\n", 2 },
  { { "--table", "--no-footnote", "--ram=1G" }, PROGRAM "--no-footnote only applies to --export\n", 2 },

  /* Only the first bad option is named: one message. */
  { { "--csv", "--ram=abc", "--max-user-port=1" }, PROGRAM "--ram: “abc” is not a number\n", 2 },

  /* Export: nothing is written, and the chart already there is kept. */
  { { "--export=missing/chart.png" }, PROGRAM "Error opening file “%s/missing/chart.png”: No such file or directory\n", 2 },
  { { "--export=" A_FILE "/chart.png" }, PROGRAM "Error opening file “%s/" A_FILE "/chart.png”: Not a directory\n", 2 },
  { { "--export=" A_DIRECTORY }, PROGRAM "Error opening file “%s/" A_DIRECTORY "”: Is a directory\n", 2 },
  /* Read-only: the tests run as root, whom file modes do not stop, so the
   * directory is one no one may create files in: sysfs. */
  { { "--export=/sys/winsock-planner-chart.png" }, PROGRAM "Error opening file “/sys/winsock-planner-chart.png”: Permission denied\n", 2 },
  { { "--export=chart.bmp" }, CANNOT_TELL ("chart.bmp"), 2 },
  { { "--export=chart" }, CANNOT_TELL ("chart"), 2 },
  { { "--export=.png" }, CANNOT_TELL (".png"), 2 },
  { { "--export=existing.png.txt" }, CANNOT_TELL ("existing.png.txt"), 2 },
  { { "--export=" EXISTING_CHART, "--size=0x900" }, PROGRAM "--size: 0 is out of range: valid values are 1 to 10000\n", 2 },
  /* The disk fills up half-way through: the old chart must survive. */
  { { "--export=" EXISTING_CHART }, PROGRAM "Error writing to file: File too large\n", 2, TRUE },
  { { "--export=new.svg" }, PROGRAM "Error writing to file: File too large\n", 2, TRUE },

  /* .reg: exactly one platform, and nothing written when it cannot be. */
  { { "--reg=values.reg" }, ONE_PLATFORM, 2 },
  { { "--reg=values.reg", "--platform=nt4,win2000" }, ONE_PLATFORM, 2 },
  { { "--reg=values.reg", "--platform=all" }, ONE_PLATFORM, 2 },
  { { "--reg=values.reg", "--platform=win95,all", "--max-connections=300" }, ONE_PLATFORM, 2 },
  { { "--reg=", "--platform=nt4" }, PROGRAM "--reg: no value was given\n", 2 },
  { { "--reg=values.reg", "--platform=nt4", "--size=800x600" }, PROGRAM "--size only applies to --export\n", 2 },
  { { "--reg=values.reg", "--platform=vista" }, PROGRAM "--platform: unknown platform “vista”: use " PLATFORM_IDS "\n", 2 },
  { { "--reg=values.reg", "--platform=win2000", "--max-user-port=65535" }, PROGRAM "--max-user-port: 65535 is out of range: valid values are 5000 to 65534\n", 2 },
  { { "--reg=missing/values.reg", "--platform=nt4" }, PROGRAM "Error opening file “%s/missing/values.reg”: No such file or directory\n", 2 },
  { { "--reg=" A_FILE "/values.reg", "--platform=win98" }, PROGRAM "Error opening file “%s/" A_FILE "/values.reg”: Not a directory\n", 2 },
  { { "--reg=" A_DIRECTORY, "--platform=win2000" }, PROGRAM "Error opening file “%s/" A_DIRECTORY "”: Is a directory\n", 2 },
  { { "--reg=/sys/winsock-planner-chart.png", "--platform=nt4" }, PROGRAM "Error opening file “/sys/winsock-planner-chart.png”: Permission denied\n", 2 },

  /* Caught by GLib's option parser before ours: its message, its status. */
  { { "--csv", "--ram" }, "Missing argument for --ram\n", ANY_STATUS },
  { { "--csv", "--no-such-option" }, "Unknown option --no-such-option\n", ANY_STATUS },
  { { "--csv", "--ram=\xff" }, "Invalid byte sequence in conversion input\n", ANY_STATUS },
};

/* A directory the program runs in, and a record of what it holds. */
typedef struct
{
  char *path;
} Sandbox;

static void
sandbox_clear (Sandbox *box)
{
  if (box->path != NULL)
    wp_test_remove_tree (box->path);
  g_free (box->path);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Sandbox, sandbox_clear)

static void
sandbox_init (Sandbox *box)
{
  static const char *const dirs[] = { "home", "config", "data", "cache", "runtime" };
  g_autoptr (GError) error = NULL;
  char *fixture_path;

  box->path = g_dir_make_tmp ("wp-robust-XXXXXX", &error);
  g_assert_no_error (error);
  for (gsize i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (box->path, dirs[i], NULL);
      g_assert_no_errno (g_mkdir (dir, 0700));
    }

  fixture_path = g_build_filename (box->path, EXISTING_CHART, NULL);
  g_file_set_contents (fixture_path, EXISTING_CONTENTS, -1, &error);
  g_assert_no_error (error);
  g_free (fixture_path);
  fixture_path = g_build_filename (box->path, A_FILE, NULL);
  g_file_set_contents (fixture_path, "", -1, &error);
  g_assert_no_error (error);
  g_free (fixture_path);
  fixture_path = g_build_filename (box->path, A_DIRECTORY, NULL);
  g_assert_no_errno (g_mkdir (fixture_path, 0700));
  g_free (fixture_path);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Every path under @path with a checksum of its content, sorted: equal
 * snapshots mean nothing was created, changed or removed. */
static void
snapshot_dir (GString    *out,
              const char *path,
              const char *relative)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *child_name = g_ptr_array_index (names, i);
      g_autofree char *child = g_build_filename (path, child_name, NULL);
      g_autofree char *child_relative = g_build_filename (relative, child_name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        g_string_append_printf (out, "%s -> link\n", child_relative);
      else if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          g_string_append_printf (out, "%s/\n", child_relative);
          snapshot_dir (out, child, child_relative);
        }
      else
        {
          g_autofree char *contents = NULL;
          g_autofree char *sum = NULL;
          gsize length;

          g_file_get_contents (child, &contents, &length, &error);
          g_assert_no_error (error);
          sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
          g_string_append_printf (out, "%s %s\n", child_relative, sum);
        }
    }
}

static char *
sandbox_snapshot (const Sandbox *box)
{
  GString *out = g_string_new (NULL);

  snapshot_dir (out, box->path, ".");
  return g_string_free (out, FALSE);
}

/* Runs winsock-planner in @box with no display, in the C locale. */
static void
run_in_sandbox (WpTestRun           *run,
                const Sandbox       *box,
                const char *const   *args,
                gsize                n_args,
                GSpawnChildSetupFunc child_setup)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) envp = wp_test_environ ("DBUS_SESSION_BUS_ADDRESS", NULL,
                                         "LC_ALL", "C.UTF-8", "LANGUAGE", "", NULL);
  static const struct { const char *variable, *dir; } xdg[] = {
    { "HOME", "home" }, { "XDG_CONFIG_HOME", "config" }, { "XDG_DATA_HOME", "data" },
    { "XDG_CACHE_HOME", "cache" }, { "XDG_RUNTIME_DIR", "runtime" },
  };

  g_ptr_array_add (argv, (char *) g_getenv ("WP_BINARY"));
  for (gsize i = 0; i < n_args && args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (xdg); i++)
    {
      g_autofree char *dir = g_build_filename (box->path, xdg[i].dir, NULL);
      envp = g_environ_setenv (envp, xdg[i].variable, dir, TRUE);
    }

  wp_test_run_full (run, box->path, (const char * const *) envp,
                    (const char * const *) argv->pdata, child_setup);
  if (run->status < 0)
    g_error ("%s was killed by signal %d; it printed: %s", args[0], run->signal, run->err);
}

/* In the child: the disk is "full" past FILE_SIZE_LIMIT bytes.  SIGXFSZ
 * is ignored so that write() fails with EFBIG, as on a full disk (ENOSPC),
 * instead of killing the program. */
static void
limit_file_size (gpointer user_data)
{
  struct rlimit limit = { FILE_SIZE_LIMIT, FILE_SIZE_LIMIT };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* Runs one row; FALSE when the program left the directory changed. */
static gboolean
run_row (const BadInput *row,
         gsize           index)
{
  g_autofree char *joined = g_strjoinv (" ", (char **) row->args);
  g_autofree char *args = g_strescape (joined, "“”");
  g_auto (Sandbox) box = { NULL };
  g_auto (WpTestRun) run;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr (GString) message = NULL;

  g_test_message ("row %" G_GSIZE_FORMAT ": %s", index, args);
  sandbox_init (&box);
  before = sandbox_snapshot (&box);
  run_in_sandbox (&run, &box, row->args, G_N_ELEMENTS (row->args),
                  row->disk_full ? limit_file_size : NULL);
  after = sandbox_snapshot (&box);
  message = g_string_new (row->message);
  g_string_replace (message, "%s", box.path, 0);

  g_assert_cmpstr (run.err, ==, message->str);
  g_assert_cmpstr (run.out, ==, "");
  if (row->status == ANY_STATUS)
    g_assert_cmpint (run.status, !=, 0);
  else
    g_assert_cmpint (run.status, ==, row->status);
  g_assert_false (g_file_test ("/sys/winsock-planner-chart.png", G_FILE_TEST_EXISTS));

  if (g_strcmp0 (after, before) != 0)
    g_test_message ("before:\n%safter:\n%s", before, after);
  return g_strcmp0 (after, before) == 0;
}

static void
test_bad_input (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    if (!bad_inputs[i].disk_full)
      g_assert_true (run_row (&bad_inputs[i], i));
}

/* A write that fails half-way must leave the old file as it was, and no
 * new file behind (wp_file_replace_contents()). */
static void
test_disk_full (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    if (bad_inputs[i].disk_full)
      g_assert_true (run_row (&bad_inputs[i], i));
}

/* The good cases beside them write to stdout only, and nothing else. */
static void
test_good_input_writes_nothing (void)
{
  static const char *const good[][3] = {
    { "--csv" },
    { "--table", "--ram=1.5G", "--platform=nt4,win2000" },
    { "--csv", "--max-user-port=65534", "--socketwrench-3" },
    { "--version" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_auto (Sandbox) box = { NULL };
      g_auto (WpTestRun) run;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      sandbox_init (&box);
      before = sandbox_snapshot (&box);
      run_in_sandbox (&run, &box, good[i], G_N_ELEMENTS (good[i]), NULL);
      after = sandbox_snapshot (&box);

      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpuint (strlen (run.out), >, 0);
      g_assert_cmpstr (after, ==, before);
    }
}

/* And a good export replaces the old chart whole, leaving nothing else. */
static void
test_export_replaces (void)
{
  static const char *const args[] = { "--export=" EXISTING_CHART, "--size=320x200" };
  g_auto (Sandbox) box = { NULL };
  g_auto (WpTestRun) run;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;

  sandbox_init (&box);
  before = sandbox_snapshot (&box);
  run_in_sandbox (&run, &box, args, G_N_ELEMENTS (args), NULL);
  after = sandbox_snapshot (&box);

  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  path = g_build_filename (box.path, EXISTING_CHART, NULL);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  /* Only the chart's line of the listing changed. */
  g_assert_cmpuint (strlen (after), ==, strlen (before));
  g_assert_cmpstr (after, !=, before);
}

/* A good --reg writes its file and nothing else. */
static void
test_reg_writes_one_file (void)
{
  static const char *const args[] = { "--reg=values.reg", "--platform=win98",
                                      "--max-connections=300" };
  g_auto (Sandbox) box = { NULL };
  g_auto (WpTestRun) run;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;

  sandbox_init (&box);
  before = sandbox_snapshot (&box);
  run_in_sandbox (&run, &box, args, G_N_ELEMENTS (args), NULL);

  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  path = g_build_filename (box.path, "values.reg", NULL);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==,
                   "REGEDIT4\r\n\r\n"
                   "[HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\VxD\\MSTCP]\r\n"
                   "\"MaxConnections\"=\"300\"\r\n\r\n");
  /* Without it, the directory is as it was. */
  g_assert_no_errno (g_unlink (path));
  after = sandbox_snapshot (&box);
  g_assert_cmpstr (after, ==, before);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/robust/cli/bad-input", test_bad_input);
  g_test_add_func ("/robust/cli/export-disk-full", test_disk_full);
  g_test_add_func ("/robust/cli/good-input-writes-nothing", test_good_input_writes_nothing);
  g_test_add_func ("/robust/cli/export-replaces", test_export_replaces);
  g_test_add_func ("/robust/cli/reg-writes-one-file", test_reg_writes_one_file);

  return g_test_run ();
}
