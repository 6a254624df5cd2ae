/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-registry"

#include "config.h"

#include "wp-registry.h"

/* Keys and value names: Microsoft KB 158474 (9x), Windows 2000 Registry
 * Reference (NT); see shared/domain/limits.md. */
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
      out[0] = (WpRegistryValue) {
        WP_REGISTRY_KEY_9X, "MaxConnections", info->max_connections_type,
        MAX (input->max_connections, WP_MAX_CONNECTIONS_MIN),
      };
      return 1;
    }

  out[0] = (WpRegistryValue) {
    WP_REGISTRY_KEY_NT, "MaxUserPort", WP_REG_DWORD,
    CLAMP (input->max_user_port, WP_MAX_USER_PORT_MIN, WP_MAX_USER_PORT_MAX),
  };
  out[1] = (WpRegistryValue) {
    WP_REGISTRY_KEY_NT, "TcpTimedWaitDelay", WP_REG_DWORD,
    wp_limits_time_wait (platform, input->time_wait_s),
  };
  return 2;
}

const char *
wp_registry_type_name (WpRegType type)
{
  return type == WP_REG_SZ ? "REG_SZ" : "REG_DWORD";
}

/* A REGEDIT4 file (what 95/98/ME and NT 4.0 regedit read, and later
 * versions still do): CRLF line ends, a blank line after every key. */
char *
wp_registry_format_reg (WpPlatform           platform,
                        const WpLimitsInput *input)
{
  WpRegistryValue values[WP_REGISTRY_MAX_VALUES];
  g_autoptr (GString) reg = g_string_new ("REGEDIT4\r\n\r\n");
  guint n;

  n = wp_registry_values (platform, input, values);
  g_return_val_if_fail (n > 0, NULL);

  g_string_append_printf (reg, "[%s]\r\n", values[0].key);
  for (guint i = 0; i < n; i++)
    {
      if (values[i].type == WP_REG_SZ)
        g_string_append_printf (reg, "\"%s\"=\"%u\"\r\n", values[i].name, values[i].value);
      else
        g_string_append_printf (reg, "\"%s\"=dword:%08x\r\n", values[i].name, values[i].value);
    }
  g_string_append (reg, "\r\n");

  return g_string_free (g_steal_pointer (&reg), FALSE);
}
