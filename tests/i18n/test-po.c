/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The message catalogues: po/POTFILES.in names every file with marked
 * strings, every language translates every string the sources hold (no
 * fuzzy, no untranslated), registry names stay as Windows spells them, and
 * a program started from the build tree reads the catalogues built there. */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "app/wp-i18n.h"
#include "limits/wp-format.h"
#include "limits/wp-limits.h"
#include "wp-test-catalogue.h"
#include "wp-test-util.h"

/* The xgettext arguments of meson's 'glib' preset (po/meson.build). */
static const char * const xgettext_keywords[] = {
  "--from-code=UTF-8", "--add-comments",
  "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
  "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
  NULL,
};

/* Names Windows gives its registry values and states: never translated. */
static const char * const registry_terms[] = {
  "MaxUserPort", "MaxConnections", "TcpTimedWaitDelay", "TIME_WAIT", NULL,
};

static const char *
source_root (void)
{
  return g_getenv ("WP_SOURCE_ROOT");
}

/* ---- POTFILES.in ---- */

/* Whether the file at @path (relative to the source root) marks strings for
 * translation, judged the way xgettext will read it. */
static gboolean
has_marked_strings (const char *relative)
{
  static GRegex *c_mark, *ui_mark, *schema_mark;
  g_autofree char *path = g_build_filename (source_root (), relative, NULL);
  g_autofree char *text = NULL;

  if (c_mark == NULL)
    {
      c_mark = g_regex_new ("\\b(_|N_|C_|NC_|Q_|ngettext|g_dngettext|g_dpgettext2)\\s*\\(\\s*[\"a-zA-Z]",
                            G_REGEX_OPTIMIZE, 0, NULL);
      ui_mark = g_regex_new ("translatable=\"(yes|true|1)\"", G_REGEX_OPTIMIZE, 0, NULL);
      schema_mark = g_regex_new ("gettext-domain=", G_REGEX_OPTIMIZE, 0, NULL);
    }

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return FALSE;

  if (g_str_has_suffix (relative, ".c") || g_str_has_suffix (relative, ".h"))
    return g_regex_match (c_mark, text, 0, NULL);
  if (g_str_has_suffix (relative, ".ui"))
    return g_regex_match (ui_mark, text, 0, NULL);
  if (g_str_has_suffix (relative, ".gschema.xml"))
    return g_regex_match (schema_mark, text, 0, NULL);
  /* The desktop file and metainfo are translated whole. */
  return g_str_has_suffix (relative, ".desktop.in") ||
         g_str_has_suffix (relative, ".metainfo.xml.in");
}

/* Collects, below @dir (relative), the files xgettext can read. */
static void
collect_sources (const char *dir,
                 GPtrArray  *found)
{
  g_autofree char *path = g_build_filename (source_root (), dir, NULL);
  g_autoptr (GDir) listing = g_dir_open (path, 0, NULL);
  const char *name;

  if (listing == NULL)
    return;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *relative = g_build_filename (dir, name, NULL);
      g_autofree char *full = g_build_filename (source_root (), relative, NULL);

      if (g_file_test (full, G_FILE_TEST_IS_DIR))
        collect_sources (relative, found);
      else if (has_marked_strings (relative))
        g_ptr_array_add (found, g_steal_pointer (&relative));
    }
}

static void
test_potfiles_complete (void)
{
  static const char * const areas[] = { "src", "ui", "data", NULL };
  g_auto (GStrv) listed = wp_test_read_po_list ("POTFILES.in");
  g_autoptr (GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) missing = g_string_new (NULL);

  for (guint i = 0; areas[i] != NULL; i++)
    collect_sources (areas[i], found);
  g_assert_cmpuint (found->len, >, 0);

  for (guint i = 0; i < found->len; i++)
    if (!g_strv_contains ((const char * const *) listed, g_ptr_array_index (found, i)))
      g_string_append_printf (missing, " %s", (char *) g_ptr_array_index (found, i));

  if (missing->len > 0)
    g_error ("files with translatable strings missing from po/POTFILES.in:%s", missing->str);
}

static void
test_potfiles_exist (void)
{
  g_auto (GStrv) listed = wp_test_read_po_list ("POTFILES.in");

  g_assert_cmpuint (g_strv_length (listed), >, 0);
  for (guint i = 0; listed[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (source_root (), listed[i], NULL);

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("po/POTFILES.in lists %s, which does not exist", listed[i]);
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (listed[i], !=, listed[j]);
    }
}

/* ---- the .po files ---- */

static void
test_po_statistics (gconstpointer data)
{
  const char *lang = data;
  const char *msgfmt = wp_test_getenv_or_skip ("MSGFMT");
  g_autofree char *po = g_strdup_printf ("%s/po/%s.po", source_root (), lang);
  g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "C", "LANGUAGE", NULL, NULL);
  g_auto (WpTestRun) run = { 0 };
  g_autofree char *count = NULL;
  guint64 translated = 0;

  if (msgfmt == NULL)
    return;

  wp_test_run (&run, (const char * const *) envp, msgfmt, "--check", "--statistics",
               "-o", "/dev/null", po, NULL);
  g_test_message ("%s", run.err);
  g_assert_cmpint (run.status, ==, 0);
  /* "84 translated messages." and nothing more */
  g_assert_null (strstr (run.err, "fuzzy"));
  g_assert_null (strstr (run.err, "untranslated"));
  g_assert_true (g_str_has_suffix (run.err, " translated messages.\n"));
  count = g_strndup (run.err, strspn (run.err, "0123456789"));
  g_assert_true (g_ascii_string_to_unsigned (count, 10, 1, G_MAXUINT, &translated, NULL));
}

/* Extracts the template from the sources as they are now. */
static char *
make_template (const char *dir)
{
  const char *xgettext = g_getenv ("XGETTEXT");
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *pot = g_build_filename (dir, "current.pot", NULL);
  g_auto (WpTestRun) run = { 0 };

  g_ptr_array_add (argv, g_strdup (xgettext));
  for (guint i = 0; xgettext_keywords[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (xgettext_keywords[i]));
  g_ptr_array_add (argv, g_strdup_printf ("--directory=%s", source_root ()));
  g_ptr_array_add (argv, g_strdup_printf ("--files-from=%s/po/POTFILES.in", source_root ()));
  g_ptr_array_add (argv, g_strdup_printf ("--output=%s", pot));
  g_ptr_array_add (argv, NULL);

  wp_test_run_argv (&run, NULL, (const char * const *) argv->pdata);
  g_assert_cmpint (run.status, ==, 0);
  return g_steal_pointer (&pot);
}

/* Every string in the sources is translated in every language: a new string
 * fails here until po/ is updated (meson compile winsock-planner-update-po,
 * then translate). */
static void
test_po_current (void)
{
  const char *msgcmp = wp_test_getenv_or_skip ("MSGCMP");
  g_auto (GStrv) langs = wp_test_read_po_list ("LINGUAS");
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pot = NULL;
  g_autoptr (GString) failures = g_string_new (NULL);
  g_auto (GStrv) envp = wp_test_environ ("LC_ALL", "C", "LANGUAGE", NULL, NULL);

  if (msgcmp == NULL || wp_test_getenv_or_skip ("XGETTEXT") == NULL)
    return;

  dir = g_dir_make_tmp ("wp-pot-XXXXXX", &error);
  g_assert_no_error (error);
  pot = make_template (dir);

  for (guint i = 0; langs[i] != NULL; i++)
    {
      g_autofree char *po = g_strdup_printf ("%s/po/%s.po", source_root (), langs[i]);
      g_auto (WpTestRun) run = { 0 };

      /* Fuzzy and untranslated entries count as missing. */
      wp_test_run (&run, (const char * const *) envp, msgcmp, po, pot, NULL);
      if (run.status != 0)
        g_string_append_printf (failures, "%s.po:\n%s", langs[i], run.err);
    }

  g_unlink (pot);
  g_rmdir (dir);
  if (failures->len > 0)
    g_error ("strings in the sources that a catalogue does not translate:\n%s", failures->str);
}

/* ---- the compiled catalogues ---- */

/* How often @term occurs in @text. */
static guint
count_term (const char *text,
            const char *term)
{
  guint count = 0;

  for (const char *p = text; (p = strstr (p, term)) != NULL; p += strlen (term))
    count++;
  return count;
}

static void
test_catalogue_registry_terms (gconstpointer data)
{
  const char *lang = data;
  g_autoptr (GPtrArray) messages = wp_test_catalogue_load (lang);
  guint with_terms = 0;

  g_assert_cmpuint (messages->len, >, 1);

  for (guint i = 0; i < messages->len; i++)
    {
      const WpTestMessage *message = g_ptr_array_index (messages, i);
      gboolean has_terms = FALSE;

      /* Each form of the translation (Japanese has one, German two) keeps
       * every registry name the singular has. */
      for (guint t = 0; registry_terms[t] != NULL; t++)
        {
          guint in_original = count_term (message->msgid[0], registry_terms[t]);

          if (in_original == 0)
            continue;
          has_terms = TRUE;
          for (guint f = 0; message->msgstr[f] != NULL; f++)
            if (count_term (message->msgstr[f], registry_terms[t]) < in_original)
              g_error ("%s: “%s” lost %s in “%s”", lang, message->msgid[0], registry_terms[t],
                       message->msgstr[f]);
        }
      with_terms += has_terms;
    }
  /* The option help, the table heading, the warnings… */
  g_assert_cmpuint (with_terms, >=, 5);
}

/* ---- at run time ---- */

static void
test_runtime_locale_dir (void)
{
  /* The tests' environment names the build tree's catalogues, as meson
   * devenv does for ./dev run; without it, the installed ones. */
  g_assert_cmpstr (wp_i18n_locale_dir (), ==, BUILD_LOCALEDIR);
  g_unsetenv ("WINSOCK_PLANNER_LOCALEDIR");
  g_assert_cmpstr (wp_i18n_locale_dir (), ==, LOCALEDIR);
  g_setenv ("WINSOCK_PLANNER_LOCALEDIR", BUILD_LOCALEDIR, TRUE);
}

/* What the calculator's words and numbers look like in each language, in
 * that language's own locale. */
typedef struct
{
  const char *lang;
  const char *locale;
  const char *memory_label;   /* wp_limiting_factor_label (MEMORY) */
  const char *ram_1536;       /* wp_format_ram_mb (1536) */
  const char *count_16000;    /* wp_format_count (16000) */
} RuntimeCase;

static const RuntimeCase runtime_cases[] = {
  { "de",    "de_DE.UTF-8", "nicht ausgelagerter Pool", "1,5\u00a0GB",            "16.000" },
  { "fr",    "fr_FR.UTF-8", "réserve non paginée",      "1,5\u00a0Go",       "16\u202f000" },
  { "es",    "es_ES.UTF-8", "bloque no paginado",       "1,5\u00a0GB",            "16.000" },
  { "pt_BR", "pt_BR.UTF-8", "pool não paginável",       "1,5\u00a0GB",            "16.000" },
  { "ja",    "ja_JP.UTF-8", "非ページプール",           "1.5\u00a0GB",            "16,000" },
};

static void
test_runtime_language (gconstpointer data)
{
  const RuntimeCase *c = data;
  g_autofree char *ram = NULL;
  g_autofree char *count = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  g_setenv ("LC_ALL", c->locale, TRUE);
  g_setenv ("LANGUAGE", c->lang, TRUE);
  if (setlocale (LC_ALL, c->locale) == NULL)
    {
      g_test_skip_printf ("the %s locale is not generated (./dev test generates it)", c->locale);
      return;
    }
  wp_i18n_init ();

  g_assert_cmpstr (wp_limiting_factor_label (WP_LIMITED_BY_MEMORY), ==, c->memory_label);
  ram = wp_format_ram_mb (1536);
  g_assert_cmpstr (ram, ==, c->ram_1536);
  count = wp_format_count (16000);
  g_assert_cmpstr (count, ==, c->count_16000);
  /* Registry names are not translated. */
  g_assert_cmpstr (_("MaxConnections setting"), !=, "MaxConnections setting");
  g_assert_nonnull (strstr (_("MaxConnections setting"), "MaxConnections"));

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, saved);
}

int
main (int argc, char *argv[])
{
  static const char * const langs[] = { "de", "fr", "es", "pt_BR", "ja", NULL };
  g_auto (GStrv) linguas = NULL;

  g_test_init (&argc, &argv, NULL);
  linguas = wp_test_read_po_list ("LINGUAS");

  g_test_add_func ("/i18n/potfiles/complete", test_potfiles_complete);
  g_test_add_func ("/i18n/potfiles/exist", test_potfiles_exist);
  g_test_add_func ("/i18n/po/current", test_po_current);

  /* The five languages the project promises, and any other listed. */
  for (guint i = 0; langs[i] != NULL; i++)
    g_assert_true (g_strv_contains ((const char * const *) linguas, langs[i]));
  for (guint i = 0; linguas[i] != NULL; i++)
    {
      g_autofree char *statistics = g_strdup_printf ("/i18n/po/%s/statistics", linguas[i]);
      g_autofree char *terms = g_strdup_printf ("/i18n/catalogue/%s/registry-terms", linguas[i]);

      g_test_add_data_func_full (statistics, g_strdup (linguas[i]), test_po_statistics, g_free);
      g_test_add_data_func_full (terms, g_strdup (linguas[i]), test_catalogue_registry_terms, g_free);
    }

  g_test_add_func ("/i18n/runtime/locale-dir", test_runtime_locale_dir);
  for (guint i = 0; i < G_N_ELEMENTS (runtime_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/i18n/runtime/%s", runtime_cases[i].lang);

      g_test_add_data_func (path, &runtime_cases[i], test_runtime_language);
    }

  return g_test_run ();
}
