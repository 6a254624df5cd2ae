/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The layers of src/ (src/meson.build), as their #include lines show them:
 * each file includes only its own layer and the layers below it, and only
 * the application and the chart's widget and printing include GTK.  The
 * build enforces most of it (a layer's library lacks what it may not use);
 * this catches what the shared include path would let through, such as a
 * chart file including the model's header. */
#include "config.h"

#include <string.h>

#include "wp-test-util.h"

typedef struct
{
  const char *layer;      /* a directory of src/ */
  const char *file;       /* a file of it with more rights, or NULL */
  const char *may_use;    /* layers it may include, space-separated */
  gboolean    gtk;        /* whether it may include GTK or GDK */
} LayerRule;

/* The first rule that names the file wins, then its layer's. */
static const LayerRule rules[] = {
  { "chart", "wp-chart.c", "chart import limits model report util", TRUE },
  { "chart", "wp-chart.h", "chart import limits model report util", TRUE },
  { "chart", "wp-chart-print.c", "chart import limits model report util", TRUE },
  { "chart", "wp-chart-print.h", "chart import limits model report util", TRUE },
  { "chart", "wp-chart-theme.c", "chart import limits model report util", TRUE },
  { "chart", "wp-chart-input.c", "chart import limits model report util", TRUE },
  { "chart", "wp-chart-private.h", "chart import limits model report util", TRUE },
  { "chart", "wp-chart-theme.h", "chart import limits model report util", TRUE },
  { "util", NULL, "util", FALSE },
  { "limits", NULL, "limits", FALSE },
  { "import", NULL, "import limits", FALSE },
  { "model", NULL, "model import limits", FALSE },
  { "report", NULL, "report import limits", FALSE },
  { "chart", NULL, "chart limits util", FALSE },
  { "cli", NULL, "cli chart import limits report util", FALSE },
  { "app", NULL, "app chart cli import limits model report ui util", TRUE },
};

static const LayerRule *
rule_for (const char *layer,
          const char *file)
{
  for (gsize i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp (rules[i].layer, layer) == 0 &&
        (rules[i].file == NULL || strcmp (rules[i].file, file) == 0))
      return &rules[i];
  return NULL;
}

/* The layer an include names ("limits" of "limits/wp-limits.h"), or NULL
 * for a file of the same directory ("wp-limits.h") or config.h. */
static char *
included_layer (const char *line)
{
  const char *name = line + strlen ("#include \"");
  const char *slash = strchr (name, '/');
  const char *quote = strchr (name, '"');

  if (slash == NULL || quote == NULL || slash > quote)
    return NULL;
  return g_strndup (name, slash - name);
}

static void
check_file (const char      *path,
            const char      *layer,
            const LayerRule *rule,
            GString         *wrong)
{
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) allowed = g_strsplit (rule->may_use, " ", -1);

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *used = NULL;

      if (g_str_has_prefix (lines[i], "#include <gtk/") ||
          g_str_has_prefix (lines[i], "#include <gdk/"))
        {
          if (!rule->gtk)
            g_string_append_printf (wrong, "\n  %s: %s", path, lines[i]);
          continue;
        }
      if (!g_str_has_prefix (lines[i], "#include \""))
        continue;
      used = included_layer (lines[i]);
      if (used != NULL && !g_strv_contains ((const char * const *) allowed, used))
        g_string_append_printf (wrong, "\n  %s (%s): %s", path, layer, lines[i]);
    }
}

static void
test_layers (void)
{
  const char *root = wp_test_getenv_or_skip ("WP_SOURCE_ROOT");
  g_autoptr (GString) wrong = g_string_new (NULL);
  guint checked = 0;

  if (root == NULL)
    return;

  for (gsize l = 0; l < G_N_ELEMENTS (rules); l++)
    {
      g_autofree char *dir_path = NULL;
      g_autoptr (GDir) dir = NULL;
      const char *name;

      if (rules[l].file != NULL)
        continue;
      dir_path = g_build_filename (root, "src", rules[l].layer, NULL);
      dir = g_dir_open (dir_path, 0, NULL);
      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir_path, name, NULL);

          if (!g_str_has_suffix (name, ".c") && !g_str_has_suffix (name, ".h"))
            continue;
          check_file (path, rules[l].layer, rule_for (rules[l].layer, name), wrong);
          checked++;
        }
    }

  g_test_message ("%u files checked", checked);
  g_assert_cmpuint (checked, >, 30);
  if (wrong->len > 0)
    g_error ("includes across the layers:%s", wrong->str);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layers/includes", test_layers);

  return g_test_run ();
}
