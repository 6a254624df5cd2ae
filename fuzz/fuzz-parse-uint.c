/* SPDX-License-Identifier: GPL-3.0-or-later */
/* wp_parse_uint(): --max-user-port, --time-wait, --max-connections and the
 * settings behind them.  The first byte picks the range. */
#include "config.h"

#include "limits/wp-limits.h"
#include "limits/wp-parse.h"
#include "fuzz-common.h"

static const struct { guint64 min, max; } ranges[] = {
  { WP_MAX_USER_PORT_MIN, WP_MAX_USER_PORT_MAX },
  { WP_TIME_WAIT_MIN, WP_TIME_WAIT_MAX },
  { WP_MAX_CONNECTIONS_MIN, WP_MAX_CONNECTIONS_MAX },
  { 1, 10000 },
  { 0, G_MAXUINT64 },
  { 0, 0 },
};

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  guint64 min, max, value = 7;

  if (size < 1)
    return 0;
  min = ranges[data[0] % G_N_ELEMENTS (ranges)].min;
  max = ranges[data[0] % G_N_ELEMENTS (ranges)].max;
  text = fuzz_string (data + 1, size - 1);

  if (wp_parse_uint (text, min, max, &value, &error))
    {
      g_assert_no_error (error);
      g_assert_cmpuint (value, >=, min);
      g_assert_cmpuint (value, <=, max);
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_cmpuint (error->domain, ==, WP_PARSE_ERROR);
      g_assert_cmpuint (value, ==, 7);
    }

  return 0;
}
