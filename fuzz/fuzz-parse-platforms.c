/* SPDX-License-Identifier: GPL-3.0-or-later */
/* wp_parse_platforms(): --platform and the visible-platforms setting. */
#include "config.h"

#include "limits/wp-limits.h"
#include "limits/wp-parse.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_string (data, size);
  g_autoptr (GError) error = NULL;
  guint mask = 1u << 31;

  if (wp_parse_platforms (text, &mask, &error))
    {
      g_assert_no_error (error);
      g_assert_cmpuint (mask, !=, 0);
      g_assert_cmpuint (mask & ~WP_PLATFORMS_ALL, ==, 0);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_cmpuint (error->domain, ==, WP_PARSE_ERROR);
      g_assert_cmpuint (mask, ==, 1u << 31);
    }

  return 0;
}
