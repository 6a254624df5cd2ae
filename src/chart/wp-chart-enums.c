/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart's enumerations as GTypes, for the widget's properties and the
 * settings bound to them. */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include "wp-chart.h"
#include "wp-chart-style.h"

GType
wp_chart_axis_scale_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    {
      static const GEnumValue values[] = {
        { WP_CHART_AXIS_SCALE_AUTO, "WP_CHART_AXIS_SCALE_AUTO", "auto" },
        { WP_CHART_AXIS_SCALE_LINEAR, "WP_CHART_AXIS_SCALE_LINEAR", "linear" },
        { WP_CHART_AXIS_SCALE_LOG, "WP_CHART_AXIS_SCALE_LOG", "log" },
        { 0, NULL, NULL },
      };

      g_once_init_leave (&type, g_enum_register_static ("WpChartAxisScale", values));
    }
  return type;
}

GType
wp_chart_view_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    {
      static const GEnumValue values[] = {
        { WP_CHART_VIEW_MEMORY, "WP_CHART_VIEW_MEMORY", "memory" },
        { WP_CHART_VIEW_RATE, "WP_CHART_VIEW_RATE", "rate" },
        { 0, NULL, NULL },
      };

      g_once_init_leave (&type, g_enum_register_static ("WpChartView", values));
    }
  return type;
}
