/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The registry values and the .reg file.  From limits.md ("Registry
 * locations"): the keys and value names, MaxConnections a DWORD on 95 and
 * a string on 98/ME, MaxUserPort default 5000, TcpTimedWaitDelay 240 s;
 * "How the figures combine": a value at its default is deleted. */
#include "config.h"

#include "report/wp-registry.h"

#define KEY_NT "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters]\r\n"
#define KEY_9X "[HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\VxD\\MSTCP]\r\n"

static void
test_nt_values (void)
{
  WpRegistryValue values[WP_REGISTRY_MAX_VALUES];
  WpLimitsInput input;

  wp_limits_input_init (&input);
  input.max_user_port = 65534;
  g_assert_cmpuint (wp_registry_values (WP_PLATFORM_WIN2000, &input, values), ==, 2);
  g_assert_cmpstr (values[0].key, ==,
                   "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters");
  g_assert_cmpstr (values[0].name, ==, "MaxUserPort");
  g_assert_cmpint (values[0].type, ==, WP_REG_DWORD);
  g_assert_cmpuint (values[0].value, ==, 65534);
  g_assert_cmpuint (values[0].default_value, ==, 5000);
  g_assert_false (values[0].is_default);
  g_assert_cmpstr (values[1].name, ==, "TcpTimedWaitDelay");
  g_assert_cmpuint (values[1].value, ==, 240);
  g_assert_cmpuint (values[1].default_value, ==, 240);
  g_assert_true (values[1].is_default);

  input.max_user_port = 5000;
  input.time_wait_s = 30;
  wp_registry_values (WP_PLATFORM_WIN2000, &input, values);
  g_assert_true (values[0].is_default);
  g_assert_cmpuint (values[1].value, ==, 30);
  g_assert_false (values[1].is_default);
}

/* TcpTimedWaitDelay is at its default when it is the platform's own,
 * given as "the platform's default" or as the number: whatever the
 * platform table says that is. */
static void
test_nt_time_wait_default (void)
{
  for (WpPlatform p = WP_PLATFORM_NT4; p < WP_N_SOURCE_PLATFORMS; p++)
    {
      guint platform_default = wp_platform_info (p)->time_wait_default_s;
      WpRegistryValue values[WP_REGISTRY_MAX_VALUES];
      WpLimitsInput input;

      wp_limits_input_init (&input);
      g_assert_cmpuint (input.time_wait_s, ==, WP_TIME_WAIT_PLATFORM);
      wp_registry_values (p, &input, values);
      g_assert_cmpuint (values[1].value, ==, platform_default);
      g_assert_cmpuint (values[1].default_value, ==, platform_default);
      g_assert_true (values[1].is_default);

      input.time_wait_s = platform_default;
      wp_registry_values (p, &input, values);
      g_assert_true (values[1].is_default);

      input.time_wait_s = platform_default == 300 ? 299 : platform_default + 1;
      wp_registry_values (p, &input, values);
      g_assert_false (values[1].is_default);
    }
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
  g_assert_cmpuint (values[0].default_value, ==, 100);
  g_assert_true (values[0].is_default);
  g_assert_cmpstr (wp_registry_type_name (values[0].type), ==, "REG_DWORD");

  input.max_connections = 101;
  wp_registry_values (WP_PLATFORM_WINME, &input, values);
  g_assert_cmpint (values[0].type, ==, WP_REG_SZ);
  g_assert_cmpstr (wp_registry_type_name (values[0].type), ==, "REG_SZ");
  g_assert_false (values[0].is_default);
}

/* Values the plan changes are written: DWORDs in hex, 98/ME's string. */
static void
test_reg_written (void)
{
  WpLimitsInput input;
  g_autofree char *w2k = NULL;
  g_autofree char *w95 = NULL;
  g_autofree char *w98 = NULL;

  wp_limits_input_init (&input);
  input.max_user_port = 65534;
  input.time_wait_s = 30;
  input.max_connections = 300;

  w2k = wp_registry_format_reg (WP_PLATFORM_WIN2000, &input);
  g_assert_cmpstr (w2k, ==,
                   "REGEDIT4\r\n\r\n"
                   KEY_NT
                   "\"MaxUserPort\"=dword:0000fffe\r\n"
                   "\"TcpTimedWaitDelay\"=dword:0000001e\r\n"
                   "\r\n");

  w95 = wp_registry_format_reg (WP_PLATFORM_WIN95, &input);
  g_assert_cmpstr (w95, ==,
                   "REGEDIT4\r\n\r\n"
                   KEY_9X
                   "\"MaxConnections\"=dword:0000012c\r\n"
                   "\r\n");

  w98 = wp_registry_format_reg (WP_PLATFORM_WIN98, &input);
  g_assert_cmpstr (w98, ==,
                   "REGEDIT4\r\n\r\n"
                   KEY_9X
                   "\"MaxConnections\"=\"300\"\r\n"
                   "\r\n");
}

/* Values left at their defaults are deleted, each with a comment saying
 * why, so that importing the file never writes a default. */
static void
test_reg_defaults_deleted (void)
{
  WpLimitsInput input;
  g_autofree char *nt4 = NULL;
  g_autofree char *w98 = NULL;
  g_autofree char *w95 = NULL;
  g_autofree char *xp = NULL;

  wp_limits_input_init (&input);
  nt4 = wp_registry_format_reg (WP_PLATFORM_NT4, &input);
  g_assert_cmpstr (nt4, ==,
                   "REGEDIT4\r\n\r\n"
                   KEY_NT
                   "; MaxUserPort is at its default (5000): deleted, so that Windows uses "
                   "its built-in default\r\n"
                   "\"MaxUserPort\"=-\r\n"
                   "; TcpTimedWaitDelay is at its default (240): deleted, so that Windows uses "
                   "its built-in default\r\n"
                   "\"TcpTimedWaitDelay\"=-\r\n"
                   "\r\n");

  w98 = wp_registry_format_reg (WP_PLATFORM_WIN98, &input);
  g_assert_cmpstr (w98, ==,
                   "REGEDIT4\r\n\r\n"
                   KEY_9X
                   "; MaxConnections is at its default (100): deleted, so that Windows uses "
                   "its built-in default\r\n"
                   "\"MaxConnections\"=-\r\n"
                   "\r\n");
  w95 = wp_registry_format_reg (WP_PLATFORM_WIN95, &input);
  g_assert_cmpstr (w95, ==, w98);   /* deleted: the type no longer shows */

  /* One changed, one at its default (240 given as a number). */
  input.max_user_port = 20000;
  input.time_wait_s = 240;
  xp = wp_registry_format_reg (WP_PLATFORM_WINXP, &input);
  g_assert_cmpstr (xp, ==,
                   "REGEDIT4\r\n\r\n"
                   KEY_NT
                   "\"MaxUserPort\"=dword:00004e20\r\n"
                   "; TcpTimedWaitDelay is at its default (240): deleted, so that Windows uses "
                   "its built-in default\r\n"
                   "\"TcpTimedWaitDelay\"=-\r\n"
                   "\r\n");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/registry/nt/values", test_nt_values);
  g_test_add_func ("/registry/nt/time-wait-default", test_nt_time_wait_default);
  g_test_add_func ("/registry/9x/values", test_9x_values);
  g_test_add_func ("/registry/reg/written", test_reg_written);
  g_test_add_func ("/registry/reg/defaults-deleted", test_reg_defaults_deleted);

  return g_test_run ();
}
