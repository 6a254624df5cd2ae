/* SPDX-License-Identifier: GPL-3.0-or-later */
/* wp_cli_parse(): the whole command line, over a GVariantDict like the one
 * GApplication builds.  Input: one option a line, "name=value" or "name";
 * the name is any of ours (or not), with the type GLib would give it. */
#include "config.h"

#include <string.h>

#include "cli/wp-cli.h"
#include "report/wp-registry.h"
#include "report/wp-report.h"
#include "fuzz-common.h"

static const struct
{
  const char *name;
  const char *type;   /* "s" string, "ay" filename, "b" flag */
} option_types[] = {
  { "ram", "s" }, { "max-user-port", "s" }, { "time-wait", "s" },
  { "max-connections", "s" }, { "platform", "s" }, { "size", "s" },
  { "need-connections", "s" }, { "need-rate", "s" },
  { "text-scale", "s" }, { "theme", "s" },
  { "name", "s" }, { "customer", "s" }, { "notes", "s" },
  { "export", "ay" }, { "reg", "ay" }, { "import", "ay" },
  { "socketwrench-3", "b" }, { "table", "b" }, { "csv", "b" }, { "version", "b" },
};

static GVariant *
option_value (const char *name,
              const char *value)
{
  for (gsize i = 0; i < G_N_ELEMENTS (option_types); i++)
    {
      if (strcmp (name, option_types[i].name) != 0)
        continue;
      if (strcmp (option_types[i].type, "b") == 0)
        return g_variant_new_boolean (TRUE);
      if (strcmp (option_types[i].type, "ay") == 0)
        return g_variant_new_bytestring (value ? value : "");
      /* GLib converts strings to UTF-8 before we see them. */
      return g_variant_new_take_string (g_utf8_make_valid (value ? value : "", -1));
    }

  /* Not ours: GLib would have refused it; wp_cli_parse must ignore it. */
  return g_variant_new_take_string (g_utf8_make_valid (value ? value : "", -1));
}

static void
assert_untouched (const WpCliOptions *options)
{
  WpCliOptions fresh;

  wp_cli_options_init (&fresh);
  g_assert_true (memcmp (options, &fresh, sizeof fresh) == 0);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_string (data, size);
  g_auto (GStrv) lines = g_strsplit (text, "\n", 32);
  g_autoptr (GVariantDict) dict = g_variant_dict_new (NULL);
  g_autoptr (GError) error = NULL;
  WpCliOptions parsed;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) pair = g_strsplit (lines[i], "=", 2);
      g_autofree char *name = NULL;

      if (pair[0] == NULL)
        continue;
      name = g_utf8_make_valid (pair[0], -1);
      g_variant_dict_insert_value (dict, name, option_value (name, pair[1]));
    }

  wp_cli_options_init (&parsed);
  if (wp_cli_parse (dict, &parsed, &error))
    {
      int outputs = (parsed.table ? 1 : 0) + (parsed.csv ? 1 : 0) +
                    (parsed.export_path != NULL ? 1 : 0) + (parsed.reg_path != NULL ? 1 : 0);

      g_assert_no_error (error);
      g_assert_true (wp_limits_input_is_valid (&parsed.input));
      g_assert_cmpuint (parsed.platforms, !=, 0);
      g_assert_cmpuint (parsed.platforms & ~WP_PLATFORMS_ALL, ==, 0);
      g_assert_cmpint (outputs, <=, 1);
      g_assert_cmpuint (parsed.export.width, >=, 1);
      g_assert_cmpuint (parsed.export.width, <=, WP_EXPORT_SIDE_MAX);
      g_assert_cmpuint (parsed.export.height, >=, 1);
      g_assert_cmpuint (parsed.export.height, <=, WP_EXPORT_SIDE_MAX);
      g_assert_cmpfloat (parsed.export.text_scale, >=, 0.5);
      g_assert_cmpfloat (parsed.export.text_scale, <=, 3.0);

      /* --reg is accepted with exactly one platform, and makes a file. */
      if (parsed.reg_path != NULL)
        {
          g_autofree char *reg = NULL;
          WpFileHeading heading;

          g_assert_true (parsed.platforms_given);
          g_assert_cmpint (g_bit_nth_lsf (parsed.platforms, -1), ==,
                           g_bit_nth_msf (parsed.platforms, -1));
          wp_cli_options_heading (&parsed, &heading);
          reg = wp_registry_format_reg_with_heading (g_bit_nth_lsf (parsed.platforms, -1),
                                                     &parsed.input, &heading);
          g_assert_true (g_str_has_prefix (reg, wp_file_heading_is_empty (&heading)
                                                ? "REGEDIT4\r\n\r\n[" : "REGEDIT4\r\n\r\n; "));
        }

      /* What --csv and --table would print, for any accepted input. */
      if (parsed.csv || parsed.table)
        {
          g_autofree char *out = parsed.csv
            ? wp_report_format_csv (&parsed.input, parsed.platforms)
            : wp_report_format_table (&parsed.input, parsed.platforms);

          g_assert_true (g_utf8_validate (out, -1, NULL));
          g_assert_true (g_str_has_suffix (out, "\n"));
        }
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_nonnull (error->message);
      assert_untouched (&parsed);
    }

  wp_cli_options_clear (&parsed);
  return 0;
}
