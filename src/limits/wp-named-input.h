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
} WpNamedInput;

G_END_DECLS
