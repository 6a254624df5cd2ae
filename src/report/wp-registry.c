/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-registry"

#include "config.h"

#include "wp-registry.h"

static WpRegistryValue
registry_value (const char *key,
                const char *name,
                WpRegType   type,
                guint       value,
                guint       default_value)
{
  return (WpRegistryValue) { key, name, type, value, default_value, value == default_value };
}

/* Keys and value names: Microsoft KB 158474 (9x), Windows 2000 Registry
 * Reference (NT); see shared/domain/limits.md.  The defaults come from the
 * platform table, never from here. */
guint
wp_registry_values (WpPlatform           platform,
                    const WpLimitsInput *input,
                    WpRegistryValue      out[WP_REGISTRY_MAX_VALUES])
{
  const WpPlatformInfo *info = wp_platform_info (platform);

  g_return_val_if_fail (info != NULL, 0);
  g_return_val_if_fail (input != NULL, 0);

  if (info->family == WP_FAMILY_9X)
    {
      out[0] = registry_value (WP_REGISTRY_KEY_9X, "MaxConnections", info->max_connections_type,
                               MAX (input->max_connections, WP_MAX_CONNECTIONS_MIN),
                               WP_MAX_CONNECTIONS_DEFAULT);
      return 1;
    }
  if (info->family == WP_FAMILY_NT6)
    {
      /* MaxUserPort is legacy there: the netsh range sets the client ports
       * (wp_registry_netsh_command()). */
      out[0] = registry_value (WP_REGISTRY_KEY_NT, "TcpTimedWaitDelay", WP_REG_DWORD,
                               wp_limits_time_wait (platform, input->time_wait_s),
                               info->time_wait_default_s);
      return 1;
    }

  out[0] = registry_value (WP_REGISTRY_KEY_NT, "MaxUserPort", WP_REG_DWORD,
                           CLAMP (input->max_user_port, WP_MAX_USER_PORT_MIN,
                                  WP_MAX_USER_PORT_MAX),
                           WP_MAX_USER_PORT_DEFAULT);
  /* WP_TIME_WAIT_PLATFORM reads as the platform's default: at default too. */
  out[1] = registry_value (WP_REGISTRY_KEY_NT, "TcpTimedWaitDelay", WP_REG_DWORD,
                           wp_limits_time_wait (platform, input->time_wait_s),
                           info->time_wait_default_s);
  return 2;
}

const char *
wp_registry_type_name (WpRegType type)
{
  return type == WP_REG_SZ ? "REG_SZ" : "REG_DWORD";
}

/* A quoted REGEDIT4 string: \ and " escaped with a backslash.  Names and
 * data are the program's own (value names, digits), but a string is never
 * written any other way. */
static void
append_reg_string (GString    *reg,
                   const char *text)
{
  g_string_append_c (reg, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == '"')
        g_string_append_c (reg, '\\');
      g_string_append_c (reg, *p);
    }
  g_string_append_c (reg, '"');
}

static void
append_value (GString               *reg,
              const WpRegistryValue *value)
{
  /* Not translated, and plain ASCII: REGEDIT4 files are read in the
   * machine's ANSI code page, whatever language wrote them. */
  if (value->is_default)
    g_string_append_printf (reg, "; %s is at its default (%u): deleted, so that Windows "
                            "uses its built-in default\r\n", value->name, value->value);
  append_reg_string (reg, value->name);
  if (value->is_default)
    g_string_append (reg, "=-\r\n");
  else if (value->type == WP_REG_SZ)
    {
      /* MaxConnections on 98/ME: the number as a string value. */
      char digits[16];

      g_snprintf (digits, sizeof digits, "%u", value->value);
      g_string_append_c (reg, '=');
      append_reg_string (reg, digits);
      g_string_append (reg, "\r\n");
    }
  else
    g_string_append_printf (reg, "=dword:%08x\r\n", value->value);
}

/* A REGEDIT4 file (what 95/98/ME and NT 4.0 regedit read, and later
 * versions still do): CRLF line ends, a blank line after every key.  A
 * value the plan changes is written; one at its default is deleted
 * ("name"=-, Microsoft KB 310516) rather than written, so that importing
 * the file never sets a default that might be wrong for that machine. */
char *
wp_registry_format_reg (WpPlatform           platform,
                        const WpLimitsInput *input)
{
  return wp_registry_format_reg_with_heading (platform, input, NULL);
}

/* The heading's comment lines come after the REGEDIT4 line (which must be
 * the first) and a blank line, and before the key. */
char *
wp_registry_format_reg_with_heading (WpPlatform           platform,
                                     const WpLimitsInput *input,
                                     const WpFileHeading *heading)
{
  WpRegistryValue values[WP_REGISTRY_MAX_VALUES];
  g_autoptr (GString) reg = g_string_new ("REGEDIT4\r\n\r\n");
  guint n;

  n = wp_registry_values (platform, input, values);
  g_return_val_if_fail (n > 0, NULL);

  if (wp_file_heading_append (reg, heading, WP_FILE_HEADING_REG))
    g_string_append (reg, "\r\n");

  g_string_append_printf (reg, "[%s]\r\n", values[0].key);
  for (guint i = 0; i < n; i++)
    append_value (reg, &values[i]);
  g_string_append (reg, "\r\n");

  return g_string_free (g_steal_pointer (&reg), FALSE);
}
