/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The importer (src/import/wp-import.h) on what Windows machines print
 * (wp-import-samples.h).  The expected counts are read off the samples'
 * lines, named in each case; the client range is KB 929851's default,
 * 49152..65535, or NT's 1025..MaxUserPort 5000. */
#include "config.h"

#include <string.h>

#include "import/wp-import.h"
#include "wp-import-samples.h"

#define DEFAULT_FIRST 49152
#define DEFAULT_LAST  65535

static WpImport *
import_text (const char *text,
             gsize       length)
{
  WpImport *import = wp_import_new ();

  wp_import_feed (import, (const guint8 *) text, length);
  wp_import_finish (import);
  return import;
}

static WpImport *
import_string (const char *text)
{
  return import_text (text, strlen (text));
}

/* The sample's lines: LISTENING on 135, 445 and [::]:135; ESTABLISHED
 * 49670 (pid 3312), 445 (pid 4), [::1]:49672 (pid 5120); TIME_WAIT 49671
 * (pid 0); CLOSE_WAIT 50000 (pid 3312); SYN_SENT 49673 (pid 5120); two UDP. */
static void
assert_netstat_ano (WpImport *import)
{
  const WpImportCounts *counts = wp_import_get_counts (import);
  WpImportProcess top[8];

  g_assert_cmpuint (counts->by_state[WP_TCP_LISTENING], ==, 3);
  g_assert_cmpuint (counts->by_state[WP_TCP_ESTABLISHED], ==, 3);
  g_assert_cmpuint (counts->by_state[WP_TCP_TIME_WAIT], ==, 1);
  g_assert_cmpuint (counts->by_state[WP_TCP_CLOSE_WAIT], ==, 1);
  g_assert_cmpuint (counts->by_state[WP_TCP_SYN_SENT], ==, 1);
  g_assert_cmpuint (counts->by_state[WP_TCP_OTHER], ==, 0);
  g_assert_cmpuint (counts->connections, ==, 9 - 3);
  g_assert_cmpuint (counts->udp, ==, 2);
  g_assert_cmpuint (counts->not_understood, ==, 0);
  g_assert_false (counts->has_port_range);
  /* 49670, 49671, 50000, 49672, 49673; not 445 */
  g_assert_cmpuint (wp_import_client_ports (import, DEFAULT_FIRST, DEFAULT_LAST), ==, 5);
  g_assert_cmpuint (wp_import_client_ports (import, 1025, 5000), ==, 0);
  g_assert_cmpuint (wp_import_client_ports (import, 0, 65535), ==, 6);

  g_assert_cmpuint (wp_import_top_processes (import, G_N_ELEMENTS (top), top), ==, 4);
  g_assert_cmpuint (top[0].pid, ==, 3312);
  g_assert_cmpuint (top[0].connections, ==, 2);
  g_assert_cmpuint (top[1].pid, ==, 5120);
  g_assert_cmpuint (top[1].connections, ==, 2);
  g_assert_cmpuint (top[2].pid, ==, 0);
  g_assert_cmpuint (top[3].pid, ==, 4);
  g_assert_cmpuint (wp_import_top_processes (import, 1, top), ==, 1);
  g_assert_cmpuint (top[0].pid, ==, 3312);
}

static void
test_netstat_ano (void)
{
  g_autoptr (WpImport) import = import_string (SAMPLE_NETSTAT_ANO);

  assert_netstat_ano (import);
}

/* Every line break as CRLF. */
static void
test_crlf (void)
{
  g_autoptr (GString) text = g_string_new (SAMPLE_NETSTAT_ANO);
  g_autoptr (WpImport) import = NULL;

  g_string_replace (text, "\n", "\r\n", 0);
  import = import_text (text->str, text->len);
  assert_netstat_ano (import);
}

/* PowerShell's ">" writes UTF-16LE with a byte-order mark; without one
 * the zero bytes tell; a UTF-8 mark is skipped. */
static void
test_encodings (void)
{
  static const char *const crlf_and_lf[] = { "\n", "\r\n" };

  for (gsize bom = 0; bom <= 2; bom++)
    for (gsize eol = 0; eol < G_N_ELEMENTS (crlf_and_lf); eol++)
      {
        g_autoptr (GString) text = g_string_new (SAMPLE_NETSTAT_ANO);
        g_autoptr (GByteArray) bytes = g_byte_array_new ();
        g_autofree gunichar2 *utf16 = NULL;
        glong n_units = 0;
        g_autoptr (WpImport) import = NULL;

        g_string_replace (text, "\n", crlf_and_lf[eol], 0);
        if (bom == 2)
          {
            g_byte_array_append (bytes, (const guint8 *) "\357\273\277", 3);
            g_byte_array_append (bytes, (const guint8 *) text->str, (guint) text->len);
          }
        else
          {
            utf16 = g_utf8_to_utf16 (text->str, -1, NULL, &n_units, NULL);
            if (bom == 1)
              g_byte_array_append (bytes, (const guint8 *) "\377\376", 2);
            for (glong i = 0; i < n_units; i++)
              {
                guint8 le[2] = { utf16[i] & 0xff, utf16[i] >> 8 };

                g_byte_array_append (bytes, le, 2);
              }
          }
        import = import_text ((const char *) bytes->data, bytes->len);
        assert_netstat_ano (import);
      }
}

/* Any chunks give what the whole gives: here a byte at a time. */
static void
test_chunks (void)
{
  g_autoptr (WpImport) import = wp_import_new ();
  const char *text = SAMPLE_NETSTAT_ANO;

  for (gsize i = 0; text[i] != '\0'; i++)
    wp_import_feed (import, (const guint8 *) text + i, 1);
  wp_import_finish (import);
  assert_netstat_ano (import);
}

/* Headings and state names in German: the states are "other" (only the
 * English names are known) but ABHÖREN's, listening (its foreign port is
 * 0); the ports still count: 1030, 1031 in 1025..5000. */
static void
test_other_language (void)
{
  g_autoptr (WpImport) import = import_string (SAMPLE_NETSTAT_AN_GERMAN);
  const WpImportCounts *counts = wp_import_get_counts (import);

  g_assert_cmpuint (counts->by_state[WP_TCP_OTHER], ==, 2);
  g_assert_cmpuint (counts->by_state[WP_TCP_LISTENING], ==, 1);
  g_assert_cmpuint (counts->connections, ==, 2);
  g_assert_cmpuint (counts->not_understood, ==, 0);
  g_assert_cmpuint (wp_import_client_ports (import, 1025, 5000), ==, 2);
  g_assert_cmpuint (wp_import_top_processes (import, 0, NULL), ==, 0);
}

/* Export-Csv's rows: Established 49670 (3312), TimeWait 49671 (0), Listen
 * 135 (1036), Bound 49680 (5120). */
static void
test_csv (void)
{
  g_autoptr (WpImport) import = import_string (SAMPLE_CSV);
  const WpImportCounts *counts = wp_import_get_counts (import);

  g_assert_cmpuint (counts->by_state[WP_TCP_ESTABLISHED], ==, 1);
  g_assert_cmpuint (counts->by_state[WP_TCP_TIME_WAIT], ==, 1);
  g_assert_cmpuint (counts->by_state[WP_TCP_LISTENING], ==, 1);
  g_assert_cmpuint (counts->by_state[WP_TCP_BOUND], ==, 1);
  g_assert_cmpuint (counts->connections, ==, 4 - 1);
  g_assert_cmpuint (counts->not_understood, ==, 0);
  g_assert_cmpuint (wp_import_client_ports (import, DEFAULT_FIRST, DEFAULT_LAST), ==, 3);
}

static void
test_netsh (void)
{
  g_autoptr (WpImport) import = import_string (SAMPLE_NETSH);
  const WpImportCounts *counts = wp_import_get_counts (import);

  g_assert_true (counts->has_port_range);
  g_assert_cmpuint (counts->port_range.start, ==, 1025);
  g_assert_cmpuint (counts->port_range.count, ==, 64511);
  g_assert_cmpuint (counts->not_understood, ==, 0);
  g_assert_cmpuint (counts->connections, ==, 0);
}

/* After the data, lines not understood are counted and the first three
 * kept (one too long to keep shows as "…"); the last line needs no break. */
static void
test_not_understood (void)
{
  g_autofree char *long_line = g_strnfill (WP_IMPORT_MAX_LINE_BYTES + 1, 'x');
  g_autofree char *text = g_strconcat (SAMPLE_NETSTAT_ANO, long_line, "\nfirst\nsecond\n",
                                       "third\n  TCP    10.0.0.5:60000   10.0.0.9:443   "
                                       "ESTABLISHED   77", NULL);
  g_autoptr (WpImport) import = import_string (text);
  const WpImportCounts *counts = wp_import_get_counts (import);
  const char * const *shown = wp_import_get_shown_lines (import);

  g_assert_cmpuint (counts->not_understood, ==, 4);
  g_assert_cmpuint (g_strv_length ((char **) shown), ==, WP_IMPORT_SHOWN_LINES);
  g_assert_cmpstr (shown[0], ==, "…");
  g_assert_cmpstr (shown[1], ==, "first");
  g_assert_cmpstr (shown[2], ==, "second");
  g_assert_cmpuint (counts->by_state[WP_TCP_ESTABLISHED], ==, 3 + 1);
  g_assert_cmpuint (wp_import_client_ports (import, DEFAULT_FIRST, DEFAULT_LAST), ==, 5 + 1);
}

static void
test_state_ids (void)
{
  g_assert_cmpstr (wp_tcp_state_id (WP_TCP_TIME_WAIT), ==, "TIME_WAIT");
  g_assert_cmpstr (wp_tcp_state_id (WP_TCP_OTHER), ==, "OTHER");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/netstat/ano", test_netstat_ano);
  g_test_add_func ("/import/netstat/crlf", test_crlf);
  g_test_add_func ("/import/netstat/encodings", test_encodings);
  g_test_add_func ("/import/netstat/chunks", test_chunks);
  g_test_add_func ("/import/netstat/other-language", test_other_language);
  g_test_add_func ("/import/csv", test_csv);
  g_test_add_func ("/import/netsh", test_netsh);
  g_test_add_func ("/import/not-understood", test_not_understood);
  g_test_add_func ("/import/state-ids", test_state_ids);
  return g_test_run ();
}
