/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Vista and later set their client ports with netsh, not MaxUserPort
 * (Microsoft KB 929851: "netsh int ipv4 set dynamicport tcp start=N num=M").
 * The .cmd script is the .reg file's counterpart: the range, and every
 * registry value the plan changes (reg add) or leaves at its default
 * (reg delete, as the .reg file's "name"=-).
 */
#define G_LOG_DOMAIN "wp-registry"

#include "config.h"

#include "limits/wp-workload.h"
#include "wp-registry.h"

gboolean
wp_registry_has_netsh (WpPlatform platform)
{
  const WpPlatformInfo *info = wp_platform_info (platform);

  g_return_val_if_fail (info != NULL, FALSE);

  return info->family == WP_FAMILY_NT6;
}

/* Not translated: a command (wp-workload.h formats it). */
char *
wp_registry_netsh_command (const WpLimitsInput *input)
{
  WpPortRange range;

  g_return_val_if_fail (input != NULL, NULL);

  range = (WpPortRange) { input->port_start, input->port_count };
  return wp_port_range_format_netsh (&range);
}

/* reg.exe takes the hive's short name. */
static const char *
short_key (const char *key)
{
  static const char hklm[] = "HKEY_LOCAL_MACHINE";

  return g_str_has_prefix (key, hklm) ? key + sizeof hklm - 1 : key;
}

static void
append_value (GString               *cmd,
              const WpRegistryValue *value)
{
  if (value->is_default)
    {
      g_string_append_printf (cmd, "rem %s is at its default (%u): deleted, so that Windows "
                              "uses its built-in default\r\n", value->name, value->value);
      /* Absent already is fine: 2>nul, and the script goes on. */
      g_string_append_printf (cmd, "reg delete \"HKLM%s\" /v %s /f 2>nul\r\n",
                              short_key (value->key), value->name);
    }
  else
    g_string_append_printf (cmd, "reg add \"HKLM%s\" /v %s /t %s /d %u /f\r\n",
                            short_key (value->key), value->name,
                            wp_registry_type_name (value->type), value->value);
}

/* A batch script for cmd.exe (CRLF, plain ASCII, run as administrator). */
char *
wp_registry_format_cmd (WpPlatform           platform,
                        const WpLimitsInput *input)
{
  return wp_registry_format_cmd_with_heading (platform, input, NULL);
}

/* The heading's "rem" lines come after "@echo off", so they are not shown. */
char *
wp_registry_format_cmd_with_heading (WpPlatform           platform,
                                     const WpLimitsInput *input,
                                     const WpFileHeading *heading)
{
  WpRegistryValue values[WP_REGISTRY_MAX_VALUES];
  g_autoptr (GString) cmd = g_string_new ("@echo off\r\n");
  g_autofree char *netsh = NULL;
  guint n;

  g_return_val_if_fail (wp_registry_has_netsh (platform), NULL);
  g_return_val_if_fail (input != NULL, NULL);

  wp_file_heading_append (cmd, heading, WP_FILE_HEADING_CMD);
  netsh = wp_registry_netsh_command (input);
  g_string_append (cmd, "rem Client ports: the dynamic port range (Microsoft KB 929851); "
                        "run as administrator, then restart\r\n");
  g_string_append_printf (cmd, "%s\r\n", netsh);
  n = wp_registry_values (platform, input, values);
  for (guint i = 0; i < n; i++)
    append_value (cmd, &values[i]);

  return g_string_free (g_steal_pointer (&cmd), FALSE);
}
