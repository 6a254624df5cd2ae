/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The target's verdict in words: what would make a version meet it, the
 * verdict in a word and a sentence, the target itself. */
#define G_LOG_DOMAIN "wp-target"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-format.h"
#include "wp-target.h"
#include "wp-target-private.h"

/* The value of a need found, formatted, or NULL.  Each need's name and
 * value below are joined by a no-break space: a wrapped line never parts
 * them. */
static char *
need_value (const WpNeed *need,
            char       *(*format_value) (guint64))
{
  return need->status == WP_NEED_FOUND ? format_value (need->value) : NULL;
}

static char *
format_seconds (guint64 seconds)
{
  return wp_format_time_wait ((guint) seconds);
}

static void
add_part (GPtrArray *parts,
          char      *part)
{
  if (part != NULL)
    g_ptr_array_add (parts, part);
}

/* "@first or @second", either of them, or the one given, or NULL. */
static char *
join_or (const char *first,
         const char *second)
{
  if (first != NULL && second != NULL)
    /* Translators: two changes, either of which meets the target */
    return g_strdup_printf (_("%s or %s"), first, second);

  return g_strdup (first != NULL ? first : second);
}

/* What the rate part needs on the NT family: "MaxUserPort 13,024 or
 * TIME_WAIT 60 s", either of them, or NULL; Vista and later the netsh
 * command in place of MaxUserPort. */
static char *
format_rate_needs (const WpTargetVerdict *verdict)
{
  g_autofree char *port_value = need_value (&verdict->max_user_port, wp_format_count);
  g_autofree char *wait_value = need_value (&verdict->time_wait_s, format_seconds);
  g_autofree char *range = wp_target_format_port_needs (verdict);
  g_autofree char *port = NULL;
  g_autofree char *wait = NULL;
  g_autofree char *ports = NULL;

  if (port_value != NULL)
    /* Translators: a MaxUserPort that would meet the target */
    port = g_strdup_printf (_("MaxUserPort %s"), port_value);
  if (wait_value != NULL)
    /* Translators: a TIME_WAIT that would meet the target, "TIME_WAIT 60 s" */
    wait = g_strdup_printf (_("TIME_WAIT %s"), wait_value);

  ports = join_or (port, range);
  return join_or (ports, wait);
}

/* What would make a failing version meet the target, its parts joined:
 * "RAM 4 GB; MaxUserPort 13,024 or TIME_WAIT 60 s", or "not reachable on
 * this version".  NULL where it meets the target or there is none. */
char *
wp_target_format_needs (const WpTargetVerdict *verdict)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *ram = NULL;
  g_autofree char *max_connections = NULL;
  gboolean conn_out, rate_out;

  g_return_val_if_fail (verdict != NULL, NULL);

  if (!verdict->has_target || verdict->meets)
    return NULL;

  ram = need_value (&verdict->ram_mb, wp_format_ram_mb);
  if (!verdict->meets_connections && ram != NULL)
    /* Translators: the RAM that would meet the target, "RAM 4 GB" */
    add_part (parts, g_strdup_printf (_("RAM %s"), ram));
  max_connections = need_value (&verdict->max_connections, wp_format_count);
  if (max_connections != NULL &&
      (!verdict->meets_connections || (!verdict->meets_rate && !verdict->rate_unsourced)))
    /* Translators: the MaxConnections (9x) that would meet the target */
    add_part (parts, g_strdup_printf (_("MaxConnections %s"), max_connections));
  /* Vista and later: the port range (netsh) in place of MaxUserPort. */
  if (!verdict->meets_rate && (verdict->max_user_port.status != WP_NEED_NONE ||
                               verdict->time_wait_s.status != WP_NEED_NONE ||
                               verdict->port_count.status != WP_NEED_NONE))
    add_part (parts, format_rate_needs (verdict));
  if (verdict->rate_unsourced)
    add_part (parts, g_strdup (_("no sourced rate on this version")));

  /* A part not met and nothing found for it is out of reach; name the
   * part when the other one is not. */
  conn_out = !verdict->meets_connections && verdict->ram_mb.status != WP_NEED_FOUND &&
             verdict->max_connections.status != WP_NEED_FOUND;
  rate_out = !verdict->meets_rate && !verdict->rate_unsourced &&
             verdict->max_user_port.status != WP_NEED_FOUND &&
             verdict->time_wait_s.status != WP_NEED_FOUND &&
             verdict->max_connections.status != WP_NEED_FOUND &&
             verdict->port_count.status != WP_NEED_FOUND &&
             verdict->port_time_wait_s.status != WP_NEED_FOUND;
  if (conn_out && !rate_out && parts->len > 0)
    g_ptr_array_add (parts, g_strdup (_("connections not reachable on this version")));
  else if (rate_out && !conn_out && parts->len > 0)
    g_ptr_array_add (parts, g_strdup (_("rate not reachable on this version")));
  else if (conn_out || rate_out)
    g_ptr_array_add (parts, g_strdup (_("not reachable on this version")));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("; ", (char **) parts->pdata);
}

/* The verdict in a word with its icon, never colour alone: "✓ Meets" or
 * "✗ Fails"; "" without a target. */
const char *
wp_target_format_word (const WpTargetVerdict *verdict)
{
  g_return_val_if_fail (verdict != NULL, NULL);

  if (!verdict->has_target)
    return "";
  /* Translators: the verdict of a version that meets the target */
  return verdict->meets ? _("✓ Meets")
                        /* Translators: the verdict of a version that fails the target */
                        : _("✗ Fails");
}

/* The verdict and what would pass: "✓ Meets", or "✗ Fails: RAM 4 GB";
 * "" without a target. */
char *
wp_target_format_verdict (const WpTargetVerdict *verdict)
{
  g_autofree char *needs = NULL;

  g_return_val_if_fail (verdict != NULL, NULL);

  if (!verdict->has_target)
    return g_strdup ("");
  if (verdict->meets)
    return g_strdup (wp_target_format_word (verdict));

  needs = wp_target_format_needs (verdict);
  /* Translators: the verdict of a version that fails the target, and what
   * it would need, "✗ Fails: RAM 4 GB" */
  return g_strdup_printf (_("✗ Fails: %s"), needs);
}

/* The target in words, "20,000 connections, 50 new connections/s"; NULL
 * without one. */
char *
wp_target_format_target (const WpLimitsInput *input)
{
  g_autofree char *connections = NULL;
  g_autofree char *rate = NULL;

  g_return_val_if_fail (input != NULL, NULL);

  if (input->need_connections > 0)
    {
      g_autofree char *count = wp_format_count (input->need_connections);

      /* Translators: the connections target, "20,000 connections" */
      connections = g_strdup_printf (_("%s connections"), count);
    }
  if (input->need_rate > 0)
    {
      g_autofree char *count = wp_format_count (input->need_rate);

      /* Translators: the rate target, "50 new connections/s" */
      rate = g_strdup_printf (_("%s new connections/s"), count);
    }

  if (connections != NULL && rate != NULL)
    /* Translators: both parts of the target */
    return g_strdup_printf (_("%s, %s"), connections, rate);
  return g_strdup (connections != NULL ? connections : rate);
}

/* The verdict of @platform as a sentence, for the summary: "✓ Windows 2000
 * meets the target of 10,000 connections." or "✗ … fails the target of …
 * — to pass: RAM 1,280 MB."; NULL without a target. */
char *
wp_target_format_sentence (WpPlatform           platform,
                           const WpLimitsInput *input)
{
  WpTargetVerdict verdict;
  g_autofree char *target = NULL;
  g_autofree char *needs = NULL;

  g_return_val_if_fail (input != NULL, NULL);

  wp_target_verdict (platform, input, &verdict);
  if (!verdict.has_target)
    return NULL;

  target = wp_target_format_target (input);
  if (verdict.meets)
    /* Translators: a version and the target, "✓ Windows 2000 meets the
     * target of 10,000 connections." */
    return g_strdup_printf (_("✓ %s meets the target of %s."), wp_platform_name (platform),
                            target);

  if (verdict.ram_mb.status != WP_NEED_FOUND && verdict.max_user_port.status != WP_NEED_FOUND &&
      verdict.time_wait_s.status != WP_NEED_FOUND &&
      verdict.max_connections.status != WP_NEED_FOUND &&
      verdict.port_count.status != WP_NEED_FOUND &&
      verdict.port_time_wait_s.status != WP_NEED_FOUND && !verdict.rate_unsourced)
    /* Translators: a version and the target no input of it can meet */
    return g_strdup_printf (_("✗ %s fails the target of %s: not reachable on this version."),
                            wp_platform_name (platform), target);

  needs = wp_target_format_needs (&verdict);
  /* Translators: a version, the target and what would meet it, "✗ Windows
   * NT 4.0 fails the target of 10,000 connections — to pass: RAM 2 GB." */
  return g_strdup_printf (_("✗ %s fails the target of %s — to pass: %s."),
                          wp_platform_name (platform), target, needs);
}
