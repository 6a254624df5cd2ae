/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Scenarios on the command line: --scenario=FILE gives the inputs, the
 * versions shown and the selected one before the other options change
 * them (its measurement unless --import gives one); --save-scenario=FILE
 * writes what the options make, with --import's measurement
 * (docs/scenario-format.md).
 */
#define G_LOG_DOMAIN "wp-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-cli.h"

static gboolean
empty_path_error (GError    **error,
                  const char *option)
{
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--%s: %s", option,
               _("no value was given"));
  return FALSE;
}

/* --scenario=FILE, or the one FILE given without an option. */
static gboolean
scenario_path (GVariantDict  *dict,
               char         **out_path,
               GError       **error)
{
  g_auto (GStrv) files = NULL;

  g_variant_dict_lookup (dict, "scenario", "^ay", out_path);
  if (!g_variant_dict_lookup (dict, G_OPTION_REMAINING, "^aay", &files) || files[0] == NULL)
    return TRUE;
  if (*out_path != NULL || files[1] != NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("one scenario at a time: give one file"));
      return FALSE;
    }
  *out_path = g_strdup (files[0]);
  /* The primary instance sees it as --scenario. */
  g_variant_dict_remove (dict, G_OPTION_REMAINING);
  return TRUE;
}

gboolean
wp_cli_parse_scenario (GVariantDict  *dict,
                       WpCliOptions  *options,
                       GError       **error)
{
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  GError *cause = NULL;

  if (g_variant_dict_lookup (dict, "save-scenario", "^ay", &options->save_scenario_path) &&
      *options->save_scenario_path == '\0')
    return empty_path_error (error, "save-scenario");

  if (!scenario_path (dict, &path, error))
    return FALSE;
  if (path == NULL)
    return TRUE;
  if (*path == '\0')
    return empty_path_error (error, "scenario");

  file = g_file_new_for_commandline_arg (path);
  options->scenario = wp_scenario_new_from_file (file, &cause);
  if (options->scenario == NULL)
    {
      g_set_error (error, cause->domain, cause->code, "--scenario: %s", cause->message);
      g_error_free (cause);
      return FALSE;
    }
  options->scenario_path = g_file_get_path (file);
  if (options->scenario_path == NULL)
    options->scenario_path = g_file_get_uri (file);
  g_variant_dict_insert (dict, "scenario", "^ay", options->scenario_path);

  wp_scenario_get_input (options->scenario, &options->input);
  options->platforms = wp_scenario_get_visible_platforms (options->scenario);
  options->selected = wp_scenario_get_selected_platform (options->scenario);
  return TRUE;
}

void
wp_cli_select_platform (WpCliOptions *options)
{
  if (!(options->platforms & WP_PLATFORM_BIT (options->selected)))
    options->selected = g_bit_nth_lsf (options->platforms, -1);
  /* A scenario's .reg is its selected version's. */
  if (options->reg_path != NULL && options->scenario != NULL && !options->platforms_given)
    {
      options->platforms = WP_PLATFORM_BIT (options->selected);
      options->platforms_given = TRUE;
    }
}

gboolean
wp_cli_save_scenario (const WpCliOptions *options,
                      WpMeasurement      *measurement,
                      GError            **error)
{
  g_autoptr (WpScenario) scenario = NULL;
  g_autoptr (GFile) file = g_file_new_for_commandline_arg (options->save_scenario_path);

  /* From the one read: its name, notes and kept keys stay. */
  scenario = options->scenario != NULL ? wp_scenario_copy (options->scenario)
                                       : wp_scenario_new ();
  /* --name, --customer, --notes (wp-cli-heading.c) */
  if (options->name != NULL)
    wp_scenario_set_name (scenario, options->name);
  if (options->customer != NULL)
    wp_scenario_set_customer (scenario, options->customer);
  if (options->notes != NULL)
    wp_scenario_set_notes (scenario, options->notes);
  wp_scenario_set_input (scenario, &options->input);
  wp_scenario_set_selected_platform (scenario, options->selected);
  wp_scenario_set_visible_platforms (scenario, options->platforms);
  /* --import's, else the one read with --scenario */
  wp_scenario_set_measurement (scenario, measurement);
  return wp_scenario_save (scenario, file, error);
}
