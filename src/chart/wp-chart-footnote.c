/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wp-chart-footnote.h"
#include "wp-chart-memory.h"

/* A document's number stays on the line of its name: a no-break space. */
#define KB "KB\u00a0"
/* The specification: every socket figure and the SocketWrench cap.  Its
 * practical and theoretical NT lines are planning estimates. */
#define SPECIFICATION "Catalyst " KB "100072"

/* One line naming the source of each kind of line on the chart, or NULL
 * when no line is drawn:
 *   socket lines (NT, 9x) and the SocketWrench cap: the specification
 *   the client-port line: Microsoft KB 196271 (ports above 5000) and
 *     KB 929851 (the 1025..5000 range, 3,976 ports)
 *   the 9x MaxConnections line: Microsoft KB 158474 (the registry value) */
char *
wp_chart_footnote (const WpLimitsInput *input,
                   guint                platforms)
{
  WpChartData data;

  g_return_val_if_fail (input != NULL, NULL);

  wp_chart_data_init (&data, input, platforms);
  return wp_chart_footnote_for_data (&data);
}

/* The same, for the figures of the memory view. */
char *
wp_chart_footnote_for_data (const WpChartData *data)
{
  g_autoptr (GPtrArray) microsoft = g_ptr_array_new ();   /* KB numbers */
  g_autofree char *specification = NULL;
  g_autofree char *documents = NULL;
  gboolean any_nt = FALSE, any_9x = FALSE, any_nt6 = FALSE;

  g_return_val_if_fail (data != NULL, NULL);

  for (guint s = 0; s < data->n_series; s++)
    {
      any_nt |= data->series[s].has_pool;
      any_9x |= !data->series[s].has_pool && !data->series[s].nt6;
      any_nt6 |= data->series[s].nt6;
    }
  if (data->n_series == 0)
    return NULL;

  specification = any_nt
                  /* Translators: %s names a document, "Catalyst KB 100072"; the
                   * chart's figures from it are planning estimates */
                  ? g_strdup_printf (_("%s (estimates)"), SPECIFICATION)
                  : g_strdup (SPECIFICATION);
  if (data->has_client_ports)
    {
      g_ptr_array_add (microsoft, "196271");
      g_ptr_array_add (microsoft, "929851");
    }
  if (any_9x)
    g_ptr_array_add (microsoft, "158474");

  if (microsoft->len > 0)
    {
      g_autofree char *numbers = NULL;
      g_autofree char *list = NULL;

      g_ptr_array_add (microsoft, NULL);
      numbers = g_strjoinv (", " KB, (char **) microsoft->pdata);
      list = g_strconcat ("Microsoft " KB, numbers, NULL);
      /* Translators: the chart's footnote joins the documents of two
       * publishers: "Catalyst KB 100072 (estimates)", then
       * "Microsoft KB 196271, KB 929851" */
      documents = g_strdup_printf (_("%s; %s"), specification, list);
    }
  else
    documents = g_steal_pointer (&specification);
  if (any_nt6)
    {
      g_autofree char *before = g_steal_pointer (&documents);

      /* Vista and later's pool ceilings: the document's title, as the
       * Sources view gives it. */
      documents = g_strdup_printf (_("%s; %s"), before,
                                   "Microsoft, Memory Limits for Windows and Windows Server "
                                   "Releases");
    }

  /* Translators: the footnote under an exported or printed chart; %s lists
   * the documents its figures come from */
  return g_strdup_printf (_("Source: %s"), documents);
}
