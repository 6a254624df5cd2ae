/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A scenario file (docs/scenario-format.md): any bytes.  Refused with one
 * message, or read; what is read is written and read back the same, and
 * so is what that writes.  (The text itself need not come back byte for
 * byte: GKeyFile drops one carriage return of a kept comment line each
 * time it reads one.) */
#include "config.h"

#include <string.h>

#include "scenario/wp-scenario.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (WpScenario) scenario = NULL;
  g_autoptr (WpScenario) back = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  gsize length;

  scenario = wp_scenario_new_from_data ((const char *) data, size, &error);
  if (scenario == NULL)
    {
      g_assert_nonnull (error);
      g_assert_nonnull (error->message);
      return 0;
    }
  g_assert_null (error);
  g_assert_true (wp_limits_input_is_valid (wp_scenario_peek_input (scenario)));
  g_assert_true (wp_scenario_get_visible_platforms (scenario) &
                 WP_PLATFORM_BIT (wp_scenario_get_selected_platform (scenario)));

  text = wp_scenario_to_data (scenario, &length);
  back = wp_scenario_new_from_data (text, length, &error);
  g_assert_no_error (error);
  g_assert_true (wp_scenario_equal (back, scenario));
  again = wp_scenario_to_data (back, &length);
  g_clear_object (&back);
  back = wp_scenario_new_from_data (again, length, &error);
  g_assert_no_error (error);
  g_assert_true (wp_scenario_equal (back, scenario));
  return 0;
}
