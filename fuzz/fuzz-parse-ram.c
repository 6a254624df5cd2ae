/* SPDX-License-Identifier: GPL-3.0-or-later */
/* wp_parse_ram_mb(): --ram and the RAM setting ("1.5G", "512 MB"). */
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
  guint64 mb = 7;

  if (wp_parse_ram_mb (text, &mb, &error))
    {
      g_assert_no_error (error);
      g_assert_cmpuint (mb, >=, WP_RAM_MB_MIN);
      g_assert_cmpuint (mb, <=, WP_RAM_MB_MAX);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_cmpuint (error->domain, ==, WP_PARSE_ERROR);
      g_assert_nonnull (error->message);
      g_assert_cmpuint (mb, ==, 7);   /* untouched */
    }

  return 0;
}
