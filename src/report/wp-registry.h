/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The registry values that set the figures, and REGEDIT4 files holding them. */
#pragma once

#include "limits/wp-limits.h"
#include "wp-file-heading.h"

G_BEGIN_DECLS

#define WP_REGISTRY_KEY_NT "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters"
#define WP_REGISTRY_KEY_9X "HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\VxD\\MSTCP"
#define WP_REGISTRY_MAX_VALUES 2

/* One value the plan sets.  A value at its platform's default is not
 * written but deleted, so that Windows falls back to its built-in default
 * (shared/domain/limits.md, "How the figures combine"). */
typedef struct
{
  const char *key;
  const char *name;
  WpRegType   type;
  guint       value;
  guint       default_value;
  gboolean    is_default;    /* value == default_value */
} WpRegistryValue;

guint       wp_registry_values     (WpPlatform           platform,
                                    const WpLimitsInput *input,
                                    WpRegistryValue      out[WP_REGISTRY_MAX_VALUES]);
const char *wp_registry_type_name  (WpRegType            type);
char       *wp_registry_format_reg (WpPlatform           platform,
                                    const WpLimitsInput *input);
/* The same, with the heading's text as "; " comment lines after the
 * REGEDIT4 line (wp-file-heading.h); heading may be NULL. */
char       *wp_registry_format_reg_with_heading (WpPlatform           platform,
                                                 const WpLimitsInput *input,
                                                 const WpFileHeading *heading);

/* Vista and later (wp-netsh.c): the dynamic port range as a netsh command,
 * and a .cmd script that sets it and the registry values. */
gboolean    wp_registry_has_netsh  (WpPlatform           platform);
char       *wp_registry_netsh_command (const WpLimitsInput *input);
char       *wp_registry_format_cmd (WpPlatform           platform,
                                    const WpLimitsInput *input);
/* The same, with the heading's text as "rem " lines after "@echo off". */
char       *wp_registry_format_cmd_with_heading (WpPlatform           platform,
                                                 const WpLimitsInput *input,
                                                 const WpFileHeading *heading);

G_END_DECLS
