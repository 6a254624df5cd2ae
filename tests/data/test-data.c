/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The desktop file, the metainfo, the icons and the schema: each passes its
 * validator, says what the program and the build say, and `meson install`
 * puts it where a desktop looks for it. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gdk-pixbuf/gdk-pixbuf.h>

#include "wp-test-util.h"

/* ---- desktop file ---- */

static void
test_desktop_validate (void)
{
  const char *validator = wp_test_getenv_or_skip ("DESKTOP_FILE_VALIDATE");
  g_auto (WpTestRun) run = { 0 };

  if (validator == NULL)
    return;

  wp_test_run (&run, NULL, validator, g_getenv ("WP_DESKTOP_FILE"), NULL);
  g_test_message ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
  /* Warnings and hints go to stdout with status 0: none allowed either. */
  g_assert_cmpstr (run.out, ==, "");
}

static void
test_desktop_contents (void)
{
  g_autoptr (GKeyFile) desktop = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) langs = wp_test_read_po_list ("LINGUAS");
  g_autofree char *exec = NULL;
  g_autofree char *icon = NULL;
  g_autofree char *comment = NULL;
  g_autofree char *english_keywords = NULL;
  g_autofree char *binary = g_path_get_basename (g_getenv ("WP_BINARY"));

  g_key_file_load_from_file (desktop, g_getenv ("WP_DESKTOP_FILE"), G_KEY_FILE_KEEP_TRANSLATIONS,
                             &error);
  g_assert_no_error (error);

  exec = g_key_file_get_string (desktop, G_KEY_FILE_DESKTOP_GROUP, "Exec", &error);
  g_assert_no_error (error);
  /* A scenario file opened from the file manager is its argument. */
  g_assert_true (g_str_has_prefix (exec, binary));
  g_assert_cmpstr (exec + strlen (binary), ==, " %f");
  icon = g_key_file_get_string (desktop, G_KEY_FILE_DESKTOP_GROUP, "Icon", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (icon, ==, APPLICATION_ID);
  comment = g_key_file_get_string (desktop, G_KEY_FILE_DESKTOP_GROUP, "Comment", &error);
  g_assert_no_error (error);
  english_keywords = g_key_file_get_string (desktop, G_KEY_FILE_DESKTOP_GROUP, "Keywords", &error);
  g_assert_no_error (error);

  /* i18n.merge_file put every language in. */
  g_assert_cmpuint (g_strv_length (langs), >=, 5);
  for (guint i = 0; langs[i] != NULL; i++)
    {
      g_autofree char *translated = NULL;
      g_autofree char *keywords = NULL;

      /* These fall back to the English value when a language is missing. */
      translated = g_key_file_get_locale_string (desktop, G_KEY_FILE_DESKTOP_GROUP, "Comment",
                                                 langs[i], &error);
      g_assert_no_error (error);
      g_assert_cmpstr (translated, !=, comment);

      keywords = g_key_file_get_locale_string (desktop, G_KEY_FILE_DESKTOP_GROUP, "Keywords",
                                               langs[i], &error);
      g_assert_no_error (error);
      g_assert_cmpstr (keywords, !=, english_keywords);
      g_assert_true (g_str_has_suffix (keywords, ";"));
      g_assert_nonnull (strstr (keywords, ";MaxUserPort;"));
    }
}

/* ---- metainfo ---- */

/* The parts of the metainfo the tests look at. */
typedef struct
{
  GString   *path;          /* "component/releases/release" */
  GString   *text;          /* text of the element being read */
  char      *lang;          /* its xml:lang, if any */
  char      *id;
  char      *launchable;
  char      *translation;   /* the gettext domain */
  char      *content_rating;
  GPtrArray *release_dates;
  guint      n_releases;
  guint      n_screenshots;
  guint      n_captions;
  GHashTable *summary_langs;
  GPtrArray *images;        /* "WIDTHxHEIGHT URL" of each screenshot image */
  char      *image_size;
  gboolean   has_developer_name;
  gboolean   has_homepage;
} Metainfo;

static void
metainfo_clear (Metainfo *info)
{
  g_string_free (info->path, TRUE);
  g_string_free (info->text, TRUE);
  g_free (info->lang);
  g_free (info->id);
  g_free (info->launchable);
  g_free (info->translation);
  g_free (info->content_rating);
  g_ptr_array_unref (info->release_dates);
  g_hash_table_unref (info->summary_langs);
  g_ptr_array_unref (info->images);
  g_free (info->image_size);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Metainfo, metainfo_clear)

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static void
metainfo_start_cb (GMarkupParseContext *context,
                   const char          *element,
                   const char         **names,
                   const char         **values,
                   gpointer             user_data,
                   GError             **error)
{
  Metainfo *info = user_data;

  if (info->path->len > 0)
    g_string_append_c (info->path, '/');
  g_string_append (info->path, element);
  g_string_truncate (info->text, 0);
  g_clear_pointer (&info->lang, g_free);

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (strcmp (names[i], "xml:lang") == 0)
        info->lang = g_strdup (values[i]);
      else if (strcmp (element, "release") == 0 && strcmp (names[i], "date") == 0)
        g_ptr_array_add (info->release_dates, g_strdup (values[i]));
      else if (strcmp (element, "content_rating") == 0 && strcmp (names[i], "type") == 0)
        info->content_rating = g_strdup (values[i]);
      else if (strcmp (element, "image") == 0 && strcmp (names[i], "width") == 0)
        replace_string (&info->image_size, values[i]);
      else if (strcmp (element, "image") == 0 && strcmp (names[i], "height") == 0)
        {
          g_autofree char *size = g_strdup_printf ("%sx%s", info->image_size, values[i]);

          replace_string (&info->image_size, size);
        }
      else if (strcmp (element, "url") == 0 && strcmp (names[i], "type") == 0 &&
               strcmp (values[i], "homepage") == 0)
        info->has_homepage = TRUE;
    }

  if (strcmp (element, "release") == 0)
    info->n_releases++;
  else if (strcmp (element, "screenshot") == 0)
    info->n_screenshots++;
}

static void
metainfo_text_cb (GMarkupParseContext *context,
                  const char          *text,
                  gsize                len,
                  gpointer             user_data,
                  GError             **error)
{
  Metainfo *info = user_data;

  g_string_append_len (info->text, text, len);
}

static void
metainfo_end_cb (GMarkupParseContext *context,
                 const char          *element,
                 gpointer             user_data,
                 GError             **error)
{
  Metainfo *info = user_data;
  const char *path = info->path->str;
  char *text = g_strstrip (g_strdup (info->text->str));
  const char *slash;

  if (strcmp (path, "component/id") == 0)
    replace_string (&info->id, text);
  else if (strcmp (path, "component/launchable") == 0)
    replace_string (&info->launchable, text);
  else if (strcmp (path, "component/translation") == 0)
    replace_string (&info->translation, text);
  else if (strcmp (path, "component/developer/name") == 0 && *text != '\0')
    info->has_developer_name = TRUE;
  else if (strcmp (path, "component/summary") == 0)
    g_hash_table_add (info->summary_langs, g_strdup (info->lang ? info->lang : "C"));
  else if (strcmp (path, "component/screenshots/screenshot/image") == 0)
    g_ptr_array_add (info->images, g_strdup_printf ("%s %s", info->image_size, text));
  else if (strcmp (path, "component/screenshots/screenshot/caption") == 0 && *text != '\0')
    info->n_captions += info->lang == NULL;

  g_free (text);
  slash = strrchr (path, '/');
  g_string_truncate (info->path, slash ? (gsize) (slash - path) : 0);
  g_clear_pointer (&info->lang, g_free);
}

static void
metainfo_load (Metainfo   *info,
               const char *path)
{
  static const GMarkupParser parser = {
    metainfo_start_cb, metainfo_end_cb, metainfo_text_cb, NULL, NULL,
  };
  g_autoptr (GMarkupParseContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;

  memset (info, 0, sizeof *info);
  info->path = g_string_new (NULL);
  info->text = g_string_new (NULL);
  info->release_dates = g_ptr_array_new_with_free_func (g_free);
  info->summary_langs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  info->images = g_ptr_array_new_with_free_func (g_free);

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  context = g_markup_parse_context_new (&parser, G_MARKUP_DEFAULT_FLAGS, info, NULL);
  g_markup_parse_context_parse (context, text, length, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

/* appstreamcli's findings that are expected, with why. */
static const char * const accepted_findings[] = {
  /* The reverse-DNS ID GNOME uses: io.github.<org>.<App>. */
  "P:cid-contains-uppercase-letter",
  /* <developer id><name> is AppStream 1.0; Debian 12's 0.16 does not know it
   * yet and only says so as information. */
  "I:unknown-tag",
  NULL,
};

static void
test_metainfo_validate (void)
{
  const char *appstreamcli = wp_test_getenv_or_skip ("APPSTREAMCLI");
  g_autoptr (GRegex) finding = NULL;
  g_auto (GStrv) lines = NULL;
  g_auto (WpTestRun) run = { 0 };

  if (appstreamcli == NULL)
    return;

  wp_test_run (&run, NULL, appstreamcli, "validate", "--no-net", "--pedantic",
               g_getenv ("WP_METAINFO_FILE"), NULL);
  g_test_message ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);

  /* "P: io.github…:4: cid-contains-uppercase-letter" */
  finding = g_regex_new ("^([EWIP]): [^ ]+ (\\S+)", 0, 0, NULL);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr (GMatchInfo) match = NULL;
      g_autofree char *severity = NULL;
      g_autofree char *tag = NULL;
      g_autofree char *key = NULL;

      g_strdelimit (lines[i], ":", ' ');
      if (!g_regex_match (finding, lines[i], 0, &match))
        continue;
      severity = g_match_info_fetch (match, 1);
      tag = g_match_info_fetch (match, 2);
      key = g_strdup_printf ("%s:%s", severity, tag);
      if (!g_strv_contains (accepted_findings, key))
        g_error ("appstreamcli: unexpected finding %s", key);
    }
}

static void
test_metainfo_contents (void)
{
  g_auto (Metainfo) info;
  g_auto (GStrv) langs = wp_test_read_po_list ("LINGUAS");
  g_autofree char *desktop_id = g_path_get_basename (g_getenv ("WP_DESKTOP_FILE"));
  g_autoptr (GRegex) iso_date = g_regex_new ("^\\d{4}-\\d{2}-\\d{2}$", 0, 0, NULL);

  metainfo_load (&info, g_getenv ("WP_METAINFO_FILE"));

  g_assert_cmpstr (info.id, ==, APPLICATION_ID);
  g_assert_cmpstr (info.launchable, ==, desktop_id);
  g_assert_cmpstr (info.translation, ==, GETTEXT_PACKAGE);
  g_assert_cmpstr (info.content_rating, ==, "oars-1.1");
  g_assert_true (info.has_developer_name);
  g_assert_true (info.has_homepage);

  g_assert_cmpuint (info.n_releases, >=, 1);
  g_assert_cmpuint (info.release_dates->len, ==, info.n_releases);
  for (guint i = 0; i < info.release_dates->len; i++)
    g_assert_true (g_regex_match (iso_date, g_ptr_array_index (info.release_dates, i), 0, NULL));

  g_assert_cmpuint (info.n_screenshots, >=, 1);
  g_assert_cmpuint (info.n_captions, ==, info.n_screenshots);

  for (guint i = 0; langs[i] != NULL; i++)
    if (!g_hash_table_contains (info.summary_langs, langs[i]))
      g_error ("the metainfo has no summary in %s", langs[i]);

  /* Each screenshot is in the repository (data/screenshots/, which the
   * URL serves from the main branch) at the size the metainfo gives. */
  g_assert_cmpuint (info.images->len, ==, info.n_screenshots);
  for (guint i = 0; i < info.images->len; i++)
    {
      const char *image = g_ptr_array_index (info.images, i);
      const char *relative = strstr (image, "/main/");
      g_autofree char *path = NULL;
      g_autofree char *size = NULL;
      int width = 0, height = 0;

      g_assert_nonnull (relative);
      path = g_build_filename (g_getenv ("WP_SOURCE_ROOT"), relative + strlen ("/main/"), NULL);
      g_assert_nonnull (gdk_pixbuf_get_file_info (path, &width, &height));
      size = g_strdup_printf ("%dx%d ", width, height);
      g_assert_true (g_str_has_prefix (image, size));
    }
}

/* ---- icons ---- */

static GdkPixbuf *
load_icon (const char *relative,
           int         size)
{
  g_autofree char *path = g_build_filename (g_getenv ("WP_SOURCE_ROOT"), "data", "icons",
                                            "hicolor", relative, NULL);
  g_autoptr (GError) error = NULL;
  GdkPixbuf *pixbuf = gdk_pixbuf_new_from_file_at_size (path, size, size, &error);

  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, size);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, size);
  g_assert_true (gdk_pixbuf_get_has_alpha (pixbuf));
  return pixbuf;
}

/* Counts the visible pixels, and those whose colour is not @rgb. */
static void
count_pixels (GdkPixbuf *pixbuf,
              guint32    rgb,
              guint     *visible,
              guint     *other_colour)
{
  const guint8 *pixels = gdk_pixbuf_read_pixels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);

  *visible = *other_colour = 0;
  for (int y = 0; y < gdk_pixbuf_get_height (pixbuf); y++)
    for (int x = 0; x < gdk_pixbuf_get_width (pixbuf); x++)
      {
        const guint8 *p = pixels + y * stride + x * 4;
        guint32 colour = ((guint32) p[0] << 16) | ((guint32) p[1] << 8) | p[2];

        if (p[3] == 0)
          continue;
        (*visible)++;
        /* Anti-aliased edges keep the colour, only alpha fades. */
        if (p[3] == 255 && colour != rgb)
          (*other_colour)++;
      }
}

static void
test_icons_render (void)
{
  g_autofree char *full = g_strconcat ("scalable/apps/", APPLICATION_ID, ".svg", NULL);
  g_autofree char *symbolic = g_strconcat ("symbolic/apps/", APPLICATION_ID, "-symbolic.svg", NULL);
  g_autoptr (GdkPixbuf) colour_icon = load_icon (full, 128);
  g_autoptr (GdkPixbuf) symbolic_icon = load_icon (symbolic, 16);
  guint visible, other;

  /* The full-colour icon fills most of its square, in several colours. */
  count_pixels (colour_icon, 0x2e3436, &visible, &other);
  g_assert_cmpuint (visible, >, 128 * 128 / 2);
  g_assert_cmpuint (other, >, visible / 2);

  /* The symbolic one is drawn in the one colour GTK recolours. */
  count_pixels (symbolic_icon, 0x2e3436, &visible, &other);
  g_assert_cmpuint (visible, >, 16 * 16 / 5);
  g_assert_cmpuint (other, ==, 0);
}

/* ---- schema ---- */

static void
test_schema_compile (void)
{
  const char *compiler = wp_test_getenv_or_skip ("GLIB_COMPILE_SCHEMAS");
  g_autofree char *data_dir = g_build_filename (g_getenv ("WP_SOURCE_ROOT"), "data", NULL);
  g_autofree char *schema = g_build_filename (data_dir, APPLICATION_ID ".gschema.xml", NULL);
  g_auto (WpTestRun) run = { 0 };

  if (compiler == NULL)
    return;
  if (!g_file_test (schema, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no GSettings schema in data/ yet");
      return;
    }

  wp_test_run (&run, NULL, compiler, "--strict", "--dry-run", data_dir, NULL);
  g_test_message ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
}

/* ---- meson install ---- */

static void
assert_installed (const char *root,
                  const char *dir,
                  const char *name,
                  GFileTest   test)
{
  g_autofree char *path = g_build_filename (root, dir, name, NULL);

  if (!g_file_test (path, test))
    g_error ("meson install did not install %s", path);
}

/* The installed program names no path of the source or build tree (not in
 * its code, nor its debugging information): it finds its schema and
 * catalogues where it is installed, or where the environment says. */
static void
assert_no_build_paths (const char *root,
                       const char *dir,
                       const char *name)
{
  g_autofree char *path = g_build_filename (root, dir, name, NULL);
  const char *trees[] = { g_getenv ("WP_SOURCE_ROOT"), g_getenv ("WP_BUILD_ROOT") };
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (gsize i = 0; i < G_N_ELEMENTS (trees); i++)
    {
      g_assert_nonnull (trees[i]);
      g_assert_cmpuint (strlen (trees[i]), >, 1);
      if (memmem (contents, length, trees[i], strlen (trees[i])) != NULL)
        g_error ("%s holds the path %s", path, trees[i]);
    }
}

static void
test_install_destdir (void)
{
  const char *meson = wp_test_getenv_or_skip ("MESON");
  g_autoptr (GError) error = NULL;
  g_autofree char *destdir = g_dir_make_tmp ("wp-install-XXXXXX", &error);
  g_autofree char *root = NULL;
  g_autofree char *mo = g_strconcat (GETTEXT_PACKAGE, ".mo", NULL);
  g_autofree char *source_schema = g_build_filename (g_getenv ("WP_SOURCE_ROOT"), "data",
                                                     APPLICATION_ID ".gschema.xml", NULL);
  const char *datadir = g_getenv ("WP_DATADIR");
  g_auto (GStrv) langs = wp_test_read_po_list ("LINGUAS");
  g_auto (GStrv) envp = wp_test_environ ("DESTDIR", NULL, NULL);
  g_auto (WpTestRun) run = { 0 };

  if (meson == NULL)
    return;
  g_assert_no_error (error);

  wp_test_run (&run, (const char * const *) envp, meson, "install", "--no-rebuild",
               "--quiet", "-C", g_getenv ("WP_BUILD_ROOT"), "--destdir", destdir, NULL);
  g_test_message ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);

  /* DESTDIR is prepended to the absolute prefix. */
  root = g_build_filename (destdir, NULL);
  assert_installed (root, g_getenv ("WP_BINDIR"), "winsock-planner", G_FILE_TEST_IS_EXECUTABLE);
  assert_no_build_paths (root, g_getenv ("WP_BINDIR"), "winsock-planner");
  assert_installed (root, datadir, "applications/" APPLICATION_ID ".desktop", G_FILE_TEST_IS_REGULAR);
  assert_installed (root, datadir, "metainfo/" APPLICATION_ID ".metainfo.xml", G_FILE_TEST_IS_REGULAR);
  assert_installed (root, datadir, "icons/hicolor/scalable/apps/" APPLICATION_ID ".svg",
                    G_FILE_TEST_IS_REGULAR);
  assert_installed (root, datadir, "icons/hicolor/symbolic/apps/" APPLICATION_ID "-symbolic.svg",
                    G_FILE_TEST_IS_REGULAR);
  if (g_file_test (source_schema, G_FILE_TEST_EXISTS))
    assert_installed (root, datadir, "glib-2.0/schemas/" APPLICATION_ID ".gschema.xml",
                      G_FILE_TEST_IS_REGULAR);
  for (guint i = 0; langs[i] != NULL; i++)
    {
      g_autofree char *dir = g_build_filename (g_getenv ("WP_LOCALEDIR"), langs[i],
                                               "LC_MESSAGES", NULL);

      assert_installed (root, dir, mo, G_FILE_TEST_IS_REGULAR);
    }

  wp_test_remove_tree (destdir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/data/desktop/validate", test_desktop_validate);
  g_test_add_func ("/data/desktop/contents", test_desktop_contents);
  g_test_add_func ("/data/metainfo/validate", test_metainfo_validate);
  g_test_add_func ("/data/metainfo/contents", test_metainfo_contents);
  g_test_add_func ("/data/icons/render", test_icons_render);
  g_test_add_func ("/data/schema/compile", test_schema_compile);
  g_test_add_func ("/data/install/destdir", test_install_destdir);

  return g_test_run ();
}
