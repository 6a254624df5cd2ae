/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A named set of inputs: a scenario as the chart's comparison view and the
 * report's comparison table see it (plain data; the scenario file's type
 * fills it).  Up to WP_COMPARE_MAX are compared side by side. */
#pragma once

#include "wp-limits.h"

G_BEGIN_DECLS

#define WP_COMPARE_MAX 4u

typedef struct
{
  const char   *name;      /* not owned */
  WpPlatform    platform;
  WpLimitsInput input;
  const char   *customer;  /* optional, not owned: who the scenario is for (the report's) */
  /* What an import measured on the machine, with one: its TCP connections
   * (not LISTENING), the figure the memory view marks with a diamond */
  gboolean      measured;
  guint64       measured_connections;
} WpNamedInput;

G_END_DECLS
