/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "limits/wp-registry.h"

static void
test_nt_values (void)
{
  WpRegistryValue values[WP_REGISTRY_MAX_VALUES];
  WpLimitsInput input;

  wp_limits_input_init (&input);
  input.max_user_port = 65534;
  g_assert_cmpuint (wp_registry_values (WP_PLATFORM_WIN2003, &input, values), ==, 2);
  g_assert_cmpstr (values[0].key, ==,
                   "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters");
  g_assert_cmpstr (values[0].name, ==, "MaxUserPort");
  g_assert_cmpint (values[0].type, ==, WP_REG_DWORD);
  g_assert_cmpuint (values[0].value, ==, 65534);
  g_assert_cmpstr (values[1].name, ==, "TcpTimedWaitDelay");
  g_assert_cmpuint (values[1].value, ==, 240);   /* limits.md: Server 2003, 240 s */
}

static void
test_9x_values (void)
{
  WpRegistryValue values[WP_REGISTRY_MAX_VALUES];
  WpLimitsInput input;

  wp_limits_input_init (&input);
  g_assert_cmpuint (wp_registry_values (WP_PLATFORM_WIN95, &input, values), ==, 1);
  g_assert_cmpstr (values[0].key, ==,
                   "HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\VxD\\MSTCP");
  g_assert_cmpstr (values[0].name, ==, "MaxConnections");
  g_assert_cmpint (values[0].type, ==, WP_REG_DWORD);
  g_assert_cmpuint (values[0].value, ==, 100);
  g_assert_cmpstr (wp_registry_type_name (values[0].type), ==, "REG_DWORD");

  wp_registry_values (WP_PLATFORM_WINME, &input, values);
  g_assert_cmpint (values[0].type, ==, WP_REG_SZ);
  g_assert_cmpstr (wp_registry_type_name (values[0].type), ==, "REG_SZ");
}

static void
test_reg_files (void)
{
  WpLimitsInput input;
  g_autofree char *nt = NULL;
  g_autofree char *w95 = NULL;
  g_autofree char *w98 = NULL;

  wp_limits_input_init (&input);
  input.max_user_port = 65534;
  input.time_wait_s = 30;
  input.max_connections = 300;

  nt = wp_registry_format_reg (WP_PLATFORM_WINXP, &input);
  g_assert_cmpstr (nt, ==,
                   "REGEDIT4\r\n\r\n"
                   "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters]\r\n"
                   "\"MaxUserPort\"=dword:0000fffe\r\n"
                   "\"TcpTimedWaitDelay\"=dword:0000001e\r\n"
                   "\r\n");

  w95 = wp_registry_format_reg (WP_PLATFORM_WIN95, &input);
  g_assert_cmpstr (w95, ==,
                   "REGEDIT4\r\n\r\n"
                   "[HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\VxD\\MSTCP]\r\n"
                   "\"MaxConnections\"=dword:0000012c\r\n"
                   "\r\n");

  w98 = wp_registry_format_reg (WP_PLATFORM_WIN98, &input);
  g_assert_cmpstr (w98, ==,
                   "REGEDIT4\r\n\r\n"
                   "[HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\VxD\\MSTCP]\r\n"
                   "\"MaxConnections\"=\"300\"\r\n"
                   "\r\n");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/registry/nt/values", test_nt_values);
  g_test_add_func ("/registry/9x/values", test_9x_values);
  g_test_add_func ("/registry/reg-files", test_reg_files);

  return g_test_run ();
}
