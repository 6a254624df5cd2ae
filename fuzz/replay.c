/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Runs a fuzz target over files and directories of inputs, without
 * libFuzzer: every build replays the committed corpus (seeds and the inputs
 * that once crashed) as an ordinary test, under ASan and valgrind too. */
#include "config.h"

#include <stdint.h>
#include <glib.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static char **inputs;

static void
replay_file (const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_test_message ("%s", path);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
}

static void
test_replay (void)
{
  guint n_files = 0;

  for (char **input = inputs; *input != NULL; input++)
    {
      if (g_file_test (*input, G_FILE_TEST_IS_DIR))
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (GDir) dir = g_dir_open (*input, 0, &error);
          const char *name;

          g_assert_no_error (error);
          while ((name = g_dir_read_name (dir)) != NULL)
            {
              g_autofree char *path = g_build_filename (*input, name, NULL);

              replay_file (path);
              n_files++;
            }
        }
      else
        {
          replay_file (*input);
          n_files++;
        }
    }

  /* A corpus that went missing must not pass as "nothing crashed". */
  g_assert_cmpuint (n_files, >, 0);
}

int
main (int argc, char *argv[])
{
  g_autofree char *path = NULL;

  g_test_init (&argc, &argv, NULL);
  LLVMFuzzerInitialize (&argc, &argv);
  inputs = argv + 1;

  path = g_strdup_printf ("/fuzz/%s/corpus", g_get_prgname ());
  g_test_add_func (path, test_replay);

  return g_test_run ();
}
