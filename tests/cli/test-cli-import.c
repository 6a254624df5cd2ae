/* SPDX-License-Identifier: GPL-3.0-or-later */
/* --import=FILE with --csv and --table: the measured columns at the end of
 * every row (measured_connections, measured_time_wait,
 * measured_client_ports, measured_client_pct, lines_not_understood), and
 * netsh's range, which --port-start/--port-count override.  Each sample's
 * figures are counted by hand in the comment above it.  Client ranges:
 * NT 1025..MaxUserPort (5000 by default), Vista and later the dynamic
 * port range (49152 + 16,384 by default, KB 929851); none on 9x. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "wp-test-util.h"

#define MEASURED_COLUMNS 5

/* netstat -ano in English, CRLF, then three lines not understood:
 *   11 TCP lines, 2 LISTENING (135, 49664)  -> 9 connections
 *   TIME_WAIT: 1041, 4999, 5001, 50000       -> 4
 *   local ports in use: 1040, 1041 (twice), 4999, 5001, 49152, 50000,
 *     65535, 445                              -> 8 distinct
 *   in 1025..5000: 1040, 1041, 4999           -> 3 (3 × 100 / 3976 = 0.08: 1 %,
 *                                                 shares in use rounded up)
 *   in 49152..65535: 49152, 50000, 65535      -> 3 (3 × 100 / 16384: 1 %)
 *   in 1025..65534 (MaxUserPort 65534): 1040, 1041, 4999, 5001, 49152,
 *     50000                                   -> 6 (600 / 64510: 1 %)
 *   "garbage", "Proto?" and "TCP 1.2.3.4"     -> 3 not understood */
#define SAMPLE_ENGLISH \
  "\r\nActive Connections\r\n\r\n" \
  "  Proto  Local Address          Foreign Address        State           PID\r\n" \
  "  TCP    0.0.0.0:135            0.0.0.0:0              LISTENING       1036\r\n" \
  "  TCP    0.0.0.0:49664          0.0.0.0:0              LISTENING       700\r\n" \
  "  TCP    10.0.0.5:1040          10.0.0.9:443           ESTABLISHED     3312\r\n" \
  "  TCP    10.0.0.5:1041          10.0.0.9:443           TIME_WAIT       0\r\n" \
  "  TCP    10.0.0.5:1041          10.0.0.7:80            ESTABLISHED     3312\r\n" \
  "garbage\r\n" \
  "  TCP    10.0.0.5:4999          10.0.0.9:443           TIME_WAIT       0\r\n" \
  "  TCP    10.0.0.5:5001          10.0.0.9:443           TIME_WAIT       0\r\n" \
  "  TCP    10.0.0.5:49152         10.0.0.9:443           ESTABLISHED     5120\r\n" \
  "Proto?\r\n" \
  "  TCP    10.0.0.5:50000         10.0.0.9:443           TIME_WAIT       0\r\n" \
  "  TCP    10.0.0.5:65535         10.0.0.9:443           CLOSE_WAIT      5120\r\n" \
  "  TCP    10.0.0.5:445           10.0.0.20:52100        ESTABLISHED     4\r\n" \
  "  UDP    0.0.0.0:123            *:*                                    1300\r\n" \
  "TCP 1.2.3.4\r\n"

/* netstat -an in German: ABHÖREN is listening (its foreign port is 0), the
 * other names are not English: "other", counted as connections, none as
 * TIME_WAIT.  Connections 1030, 1031, 50010 -> 3; in 1025..5000: 2; in
 * 49152..65535: 1 (49664 listens); each 1 % rounded up. */
#define SAMPLE_GERMAN \
  "\nAktive Verbindungen\n\n" \
  "  Proto  Lokale Adresse         Remoteadresse          Status\n" \
  "  TCP    0.0.0.0:135            0.0.0.0:0              ABHÖREN\n" \
  "  TCP    0.0.0.0:49664          0.0.0.0:0              ABHÖREN\n" \
  "  TCP    192.168.0.2:1030       192.168.0.1:80         HERGESTELLT\n" \
  "  TCP    192.168.0.2:1031       192.168.0.1:80         WARTEND\n" \
  "  TCP    192.168.0.2:50010      192.168.0.1:80         HERGESTELLT\n"

typedef WpTestTmpDir Fixture;
#define fixture_set_up    wp_test_tmp_dir_set_up
#define fixture_tear_down wp_test_tmp_dir_tear_down

/* "--import=DIR/NAME" of a file holding @length bytes of @contents. */
static char *
write_sample (Fixture    *fixture,
              const char *name,
              const char *contents,
              gssize      length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return g_strconcat ("--import=", path, NULL);
}

/* The last five fields of @platform's row, comma-joined. */
static char *
measured_fields (const char *csv,
                 const char *platform)
{
  g_autofree char *prefix = g_strconcat (platform, ",", NULL);
  g_auto (GStrv) row = wp_test_csv_row (csv, prefix);
  guint n = g_strv_length (row);

  g_assert_cmpuint (n, >, MEASURED_COLUMNS);
  return g_strjoinv (",", row + n - MEASURED_COLUMNS);
}

static void
assert_measured (const char *csv,
                 const char *platform,
                 const char *expected)
{
  g_autofree char *fields = measured_fields (csv, platform);

  g_assert_cmpstr (fields, ==, expected);
}

static void
test_english (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *arg = write_sample (fixture, "ano.txt", SAMPLE_ENGLISH, -1);
  g_autofree char *csv = wp_test_run_ok ("--csv", "--platform=all", arg, NULL);
  g_autofree char *wide = wp_test_run_ok ("--csv", "--platform=win2003", "--max-user-port=65534",
                                          arg, NULL);
  g_auto (GStrv) header = wp_test_csv_row (csv, "platform,");
  guint n = g_strv_length (header);

  g_assert_cmpstr (header[n - 5], ==, "measured_connections");
  g_assert_cmpstr (header[n - 4], ==, "measured_time_wait");
  g_assert_cmpstr (header[n - 3], ==, "measured_client_ports");
  g_assert_cmpstr (header[n - 2], ==, "measured_client_pct");
  g_assert_cmpstr (header[n - 1], ==, "lines_not_understood");
  assert_measured (csv, "win2000", "9,4,3,1,3");
  assert_measured (csv, "nt4", "9,4,3,1,3");
  assert_measured (csv, "win7-x64", "9,4,3,1,3");
  /* 9x: no range, no ports */
  assert_measured (csv, "win95", "9,4,,,3");
  assert_measured (wide, "win2003", "9,4,6,1,3");
}

/* PowerShell's ">" writes UTF-16LE with a byte-order mark: the same figures
 * as the UTF-8 file's. */
static void
test_utf16 (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  glong n_units = 0;
  g_autofree gunichar2 *units = g_utf8_to_utf16 (SAMPLE_ENGLISH, -1, NULL, &n_units, NULL);
  g_autofree char *utf8 = write_sample (fixture, "utf8.txt", SAMPLE_ENGLISH, -1);
  g_autofree char *utf16 = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *csv = NULL;

  g_byte_array_append (bytes, (const guint8 *) "\377\376", 2);
  for (glong i = 0; i < n_units; i++)
    {
      guint8 le[2] = { units[i] & 0xff, units[i] >> 8 };

      g_byte_array_append (bytes, le, 2);
    }
  utf16 = write_sample (fixture, "utf16.txt", (const char *) bytes->data, bytes->len);
  expected = wp_test_run_ok ("--csv", "--platform=all", utf8, NULL);
  csv = wp_test_run_ok ("--csv", "--platform=all", utf16, NULL);
  g_assert_cmpstr (csv, ==, expected);
  assert_measured (csv, "win2000", "9,4,3,1,3");
}

static void
test_german (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *arg = write_sample (fixture, "an.txt", SAMPLE_GERMAN, -1);
  g_autofree char *csv = wp_test_run_ok ("--csv", "--platform=all", arg, NULL);

  assert_measured (csv, "win2000", "3,0,2,1,0");
  assert_measured (csv, "win10-x64", "3,0,1,1,0");
}

/* netsh's range, then 200 ports in TIME_WAIT from 60000 and 10 ESTABLISHED
 * after them: the range 60000 + 255 holds all 210, 210 × 100 / 255 = 82.4:
 * 83 % (rounded up).  With --port-start the options win: 49152 + 16,384,
 * 210 × 100 / 16384 = 1.3: 2 %. */
static void
test_netsh_range (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr (GString) text = g_string_new ("Protocol tcp Dynamic Port Range\n"
                                           "---------------------------------\n"
                                           "Start Port      : 60000\n"
                                           "Number of Ports : 255\n\n");
  g_autofree char *arg = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *typed = NULL;
  g_auto (GStrv) row = NULL;
  g_auto (GStrv) typed_row = NULL;

  for (guint i = 0; i < 210; i++)
    g_string_append_printf (text, "  TCP    10.0.0.5:%u   10.0.0.9:443   %s   %u\n", 60000 + i,
                            i < 200 ? "TIME_WAIT" : "ESTABLISHED", i < 200 ? 0 : 77);
  arg = write_sample (fixture, "range.txt", text->str, -1);
  csv = wp_test_run_ok ("--csv", "--platform=win10-x64", arg, NULL);
  typed = wp_test_run_ok ("--csv", "--platform=win10-x64", "--port-start=49152", arg, NULL);

  assert_measured (csv, "win10-x64", "210,200,210,83,0");
  assert_measured (typed, "win10-x64", "210,200,210,2,0");
  /* client_ports, the ninth column: the range's size */
  row = wp_test_csv_row (csv, "platform,");
  g_assert_cmpstr (row[8], ==, "client_ports");
  g_strfreev (row);
  row = wp_test_csv_row (csv, "win10-x64,");
  typed_row = wp_test_csv_row (typed, "win10-x64,");
  /* the name "Windows 10, 11, Server 2016+ x64" is quoted: two more fields */
  g_assert_cmpstr (row[8 + 2], ==, "255");
  g_assert_cmpstr (typed_row[8 + 2], ==, "16384");
}

/* --table: the measured columns after the others. */
static void
test_table (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *arg = write_sample (fixture, "ano.txt", SAMPLE_ENGLISH, -1);
  g_autofree char *table = wp_test_run_ok ("--table", "--platform=win2000,win95", arg, NULL);
  g_auto (GStrv) lines = g_strsplit (table, "\n", -1);
  g_auto (GStrv) w2k = NULL;
  g_auto (GStrv) w95 = NULL;
  guint n;

  g_assert_nonnull (strstr (lines[2], "Measured conn."));
  g_assert_true (g_str_has_suffix (lines[2], "Not understood"));
  w2k = g_regex_split_simple ("  +", lines[4], 0, 0);
  n = g_strv_length (w2k);
  g_assert_cmpstr (w2k[0], ==, "Windows 2000");
  /* 9, 4, 3, 1 %, 3 */
  g_assert_cmpstr (w2k[n - 5], ==, "9");
  g_assert_cmpstr (w2k[n - 4], ==, "4");
  g_assert_cmpstr (w2k[n - 3], ==, "3");
  g_assert_cmpstr (w2k[n - 2], ==, "1\302\240%");   /* a no-break space */
  g_assert_cmpstr (w2k[n - 1], ==, "3");
  w95 = g_regex_split_simple ("  +", lines[3], 0, 0);
  n = g_strv_length (w95);
  g_assert_cmpstr (w95[n - 3], ==, "—");
  g_assert_cmpstr (w95[n - 2], ==, "—");
}

/* The bytes of an --export (PNG: the same chart, the same bytes). */
static GBytes *
export_bytes (Fixture    *fixture,
              const char *name,
              const char *import_arg,
              const char *view)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *arg = g_strconcat ("--export=", path, NULL);
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (import_arg != NULL)
    out = wp_test_run_ok (arg, "--size=640x360", view, "--platform=win2000", import_arg, NULL);
  else
    out = wp_test_run_ok (arg, "--size=640x360", view, "--platform=win2000", NULL);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* --export with --import draws the measured figures: the memory view's
 * point, the rate view's level (Windows 2000 alone: one client range);
 * without, the same chart as before. */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *arg = write_sample (fixture, "ano.txt", SAMPLE_ENGLISH, -1);
  g_autoptr (GBytes) plain = export_bytes (fixture, "plain.png", NULL, "--view=memory");
  g_autoptr (GBytes) again = export_bytes (fixture, "again.png", NULL, "--view=memory");
  g_autoptr (GBytes) measured = export_bytes (fixture, "measured.png", arg, "--view=memory");
  g_autoptr (GBytes) plain_rate = export_bytes (fixture, "plain-rate.png", NULL, "--view=rate");
  g_autoptr (GBytes) measured_rate = export_bytes (fixture, "measured-rate.png", arg,
                                                   "--view=rate");

  g_assert_true (g_bytes_equal (plain, again));
  g_assert_false (g_bytes_equal (plain, measured));
  g_assert_false (g_bytes_equal (plain_rate, measured_rate));
}

/* A file that is not there, is no report, or holds a range Windows would
 * not take: one message, exit 2, nothing printed or written. */
static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.txt", NULL);
  g_autofree char *missing_arg = g_strconcat ("--import=", missing, NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "chart.png", NULL);
  g_autofree char *export_arg = g_strconcat ("--export=", png, NULL);
  g_autofree char *prose = write_sample (fixture, "letter.txt", "Dear customer,\nhere:\n", -1);
  g_autofree char *bad_range = write_sample (fixture, "netsh.txt",
                                             "Start Port      : 100\nNumber of Ports : 20\n", -1);

  wp_test_run_refused ("No such file or directory\n", missing_arg, "--csv", NULL);
  wp_test_run_refused ("No such file or directory\n", missing_arg, export_arg, NULL);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  wp_test_run_refused ("holds no line of netstat, of Get-NetTCPConnection’s CSV or of netsh’s "
                       "dynamic port range\n", prose, "--table", NULL);
  wp_test_run_refused ("ends at 65535 at most\n", bad_range, "--csv", NULL);
  wp_test_run_refused ("--import: no value was given\n", "--import=", "--csv", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/import/english", test_english);
  ADD ("/cli/import/utf16", test_utf16);
  ADD ("/cli/import/german", test_german);
  ADD ("/cli/import/netsh-range", test_netsh_range);
  ADD ("/cli/import/table", test_table);
  ADD ("/cli/import/export", test_export);
  ADD ("/cli/import/refused", test_refused);
#undef ADD
  return g_test_run ();
}
