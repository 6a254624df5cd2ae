/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The command line's inputs for Windows Vista and later: the dynamic port
 * range (--port-start, --port-count: KB 929851, at least 255 ports, start
 * 1025 or more, end 65535 at most) and the non-paged pool one connection
 * takes (--connection-cost, in KB: an assumption, default 16).
 */
#define G_LOG_DOMAIN "wp-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-parse.h"
#include "limits/wp-workload.h"
#include "wp-cli.h"

/* One option's whole number in min..max; FALSE with "--name: why". */
static gboolean
parse_option (GVariantDict *dict,
              const char   *option,
              guint         min,
              guint         max,
              guint        *out,
              gboolean     *given,
              GError      **error)
{
  const char *text;
  GError *cause = NULL;
  guint64 value;

  if (!g_variant_dict_lookup (dict, option, "&s", &text))
    return TRUE;
  if (!wp_parse_count (text, min, max, &value, &cause))
    {
      g_set_error (error, cause->domain, cause->code, "--%s: %s", option, cause->message);
      g_error_free (cause);
      return FALSE;
    }
  *out = (guint) value;
  *given = TRUE;
  return TRUE;
}

gboolean
wp_cli_parse_nt6 (GVariantDict  *dict,
                  WpLimitsInput *input,
                  gboolean      *given,
                  GError       **error)
{
  WpPortRange range;

  if (!parse_option (dict, "port-start", WP_PORT_RANGE_START_MIN, WP_PORT_RANGE_END_MAX,
                     &input->port_start, given, error) ||
      !parse_option (dict, "port-count", WP_PORT_RANGE_COUNT_MIN,
                     WP_PORT_RANGE_END_MAX - WP_PORT_RANGE_START_MIN + 1,
                     &input->port_count, given, error) ||
      !parse_option (dict, "connection-cost", WP_CONNECTION_COST_KB_MIN,
                     WP_CONNECTION_COST_KB_MAX, &input->connection_cost_kb, given, error))
    return FALSE;

  range = (WpPortRange) { input->port_start, input->port_count };
  if (wp_port_range_check (&range) == WP_PORT_RANGE_PAST_END)
    {
      /* Translators: "--port-count: 20000 ports from 49152 would end past
       * 65535: at most 16384 from there" */
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--port-count: %u ports from %u would end past %u: at most %u from there"),
                   input->port_count, input->port_start, WP_PORT_RANGE_END_MAX,
                   WP_PORT_RANGE_END_MAX - input->port_start + 1);
      return FALSE;
    }
  return TRUE;
}
