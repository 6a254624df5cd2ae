/* SPDX-License-Identifier: GPL-3.0-or-later */
/* wp_parse_image_size(): --size WxH.  The first byte picks the largest side. */
#include "config.h"

#include "limits/wp-parse.h"
#include "cli/wp-cli.h"
#include "fuzz-common.h"

static const guint max_sides[] = { WP_EXPORT_SIDE_MAX, 1, G_MAXUINT };

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  guint max_side, width = 7, height = 7;

  if (size < 1)
    return 0;
  max_side = max_sides[data[0] % G_N_ELEMENTS (max_sides)];
  text = fuzz_string (data + 1, size - 1);

  if (wp_parse_image_size (text, max_side, &width, &height, &error))
    {
      g_assert_no_error (error);
      g_assert_cmpuint (width, >=, 1);
      g_assert_cmpuint (width, <=, max_side);
      g_assert_cmpuint (height, >=, 1);
      g_assert_cmpuint (height, <=, max_side);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_cmpuint (error->domain, ==, WP_PARSE_ERROR);
      g_assert_cmpuint (width, ==, 7);
      g_assert_cmpuint (height, ==, 7);
    }

  return 0;
}
