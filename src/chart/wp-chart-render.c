/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "limits/wp-format.h"
#include "wp-chart-footnote.h"
#include "wp-chart-render.h"

/* The chart's parts, from the top:
 *   title, subtitle (the inputs)          — when style->show_title
 *   the RAM marker's tag
 *   plot (grid, band, levels, series, marker, value labels) | legend
 *   x tick labels, x axis title
 *                                           [legend, when it does not fit
 *                                            to the right]
 *   ------------------------------------- — when style->show_footnote:
 *   the source footnote, in a band of its    files and paper, never the
 *   own, at most two lines                   widget
 * Every size is in ems of the body font, so the same layout serves a
 * 300-pixel widget and a 10000-pixel export.  What does not fit is left
 * out whole, never cut (compute_layout(), WpChartParts).  The footnote's
 * band is cut off the bottom of the surface first: above it the chart is
 * laid out as on a surface ending there, the same to the pixel. */

#define MAX_LEGEND_ENTRIES (WP_N_PLATFORMS + 4)
#define MAX_VALUE_LABELS   (2 * WP_N_PLATFORMS)
#define LEGEND_WRAP_EMS    17.0

typedef enum
{
  KEY_SERIES,
  KEY_PRACTICAL,
  KEY_THEORETICAL,
  KEY_CLIENT_PORTS,
  KEY_PROCESS_CAP,
} KeyKind;

typedef struct
{
  KeyKind              kind;
  const WpChartSeries *series;   /* KEY_SERIES */
  char                *text;
  double               width;    /* text */
  double               height;
  double               x;        /* the entry's top left */
  double               y;
} LegendEntry;

typedef struct
{
  const WpChartSeries *series;
  char                *text;
  double               dot_y;
  double               top;
  double               width;
} ValueLabel;

typedef struct
{
  cairo_t              *cr;
  const WpChartStyle   *style;
  WpChartTextCache     *texts;     /* the style's, or own_texts */
  WpChartTextCache     *own_texts;
  PangoLayout          *layout;    /* the text set last */
  PangoFontDescription *body;
  PangoFontDescription *small;
  PangoFontDescription *title;
  double                width;
  double                height;          /* the chart's, above the footnote */
  double                surface_height;
  double                em;       /* body line height */
  double                lw;       /* data line width */

  WpChartData           data;
  WpChartLayout         geo;
  gboolean              plot_visible;

  LegendEntry           legend[MAX_LEGEND_ENTRIES];
  guint                 n_legend;
  gboolean              legend_right;
  WpChartParts          parts;          /* what there is room for */
  double                legend_width;
  double                legend_wrap;    /* the width its texts wrap at, or -1 */
  double                legend_height;
  double                title_height;
  double                subtitle_height;

  PangoFontDescription *footnote_font;
  char                 *footnote_text;  /* NULL: no footnote */
  double                footnote_wrap;
  WpChartRect           footnote;       /* the text's box */
  double                footnote_band;  /* whole units, under the chart */
} Renderer;

/* Helpers */

static void
set_color (cairo_t            *cr,
           const WpChartColor *color,
           double              alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* Sets the layout's text and font; returns its logical size. */
static void
set_text (Renderer                   *r,
          const PangoFontDescription *font,
          const char                 *text,
          double                      wrap_width,
          double                     *out_width,
          double                     *out_height)
{
  int wrap = wrap_width > 0 ? (int) (wrap_width * PANGO_SCALE) : -1;
  PangoRectangle logical;

  r->layout = wp_chart_text_cache_layout (r->texts, font, wrap, text);
  pango_layout_get_pixel_extents (r->layout, NULL, &logical);
  if (out_width)
    *out_width = logical.width;
  if (out_height)
    *out_height = logical.height;
}

/* Shows the layout with its logical top left at x, y. */
static void
show_text (Renderer *r,
           double    x,
           double    y)
{
  PangoRectangle logical;

  pango_layout_get_pixel_extents (r->layout, NULL, &logical);
  cairo_move_to (r->cr, x - logical.x, y - logical.y);
  /* The context follows the cr (wp_chart_text_cache_begin()): no
   * pango_cairo_update_layout(), which would lay every text out again. */
  pango_cairo_show_layout (r->cr, r->layout);
}

/* Moves a coordinate to the centre of a device pixel (odd line widths) or
 * its edge (even ones), so that axis and grid lines stay crisp at any scale. */
static double
snap (cairo_t *cr,
      double   value,
      gboolean is_x,
      double   line_width)
{
  double x = is_x ? value : 0, y = is_x ? 0 : value;
  double dx = is_x ? line_width : 0, dy = is_x ? 0 : line_width;
  double device_width;
  double *d = is_x ? &x : &y;

  cairo_user_to_device_distance (cr, &dx, &dy);
  device_width = MAX (1.0, round (fabs (is_x ? dx : dy)));
  cairo_user_to_device (cr, &x, &y);
  *d = ((long) device_width % 2) ? floor (*d) + 0.5 : round (*d);
  cairo_device_to_user (cr, &x, &y);
  return *d;
}

/* With @split, each segment is a sub-path of its own: a dash pattern
 * restarts on each, so a dashed line always shows its knees. */
static void
polyline_path (Renderer              *r,
               const WpChartPolyline *line,
               gboolean               split)
{
  for (guint i = 0; i < line->n; i++)
    {
      double x, y;

      wp_chart_layout_to_pixel (&r->geo, line->v[i].x, line->v[i].y, &x, &y);
      if (i > 0)
        cairo_line_to (r->cr, x, y);
      if (i == 0 || (split && i + 1 < line->n))
        cairo_move_to (r->cr, x, y);
    }
}

/* The y of a level line; off the scale, at the plot's top edge. */
static double
level_y (Renderer *r,
         double    value)
{
  double y;

  wp_chart_layout_to_pixel (&r->geo, 0, MIN (value, r->geo.y_ticks.hi), NULL, &y);
  return y;
}

/* Where two NT series share a segment (NT 4.0 and 2000 below 1 GB), the
 * one drawn first is wider, so both colours stay visible. */
static double
series_line_width (Renderer            *r,
                   const WpChartSeries *series)
{
  guint above = 0;

  if (!series->has_pool)
    return r->lw;
  for (guint s = 0; s < r->data.n_series; s++)
    if (r->data.series[s].has_pool && r->data.series[s].leader < series->leader)
      above++;
  return r->lw * (1.0 + above);
}

static void
set_dash (Renderer *r,
          KeyKind   kind)
{
  double lw = r->lw;

  switch (kind)
    {
    case KEY_THEORETICAL:
      {
        double dashes[] = { 6.0 * lw, 3.5 * lw };
        cairo_set_dash (r->cr, dashes, G_N_ELEMENTS (dashes), 0);
      }
      break;
    case KEY_CLIENT_PORTS:
      {
        /* Short dashes: round dots cost Cairo a polygon each. */
        double dashes[] = { 1.5 * lw, 1.5 * lw };
        cairo_set_dash (r->cr, dashes, G_N_ELEMENTS (dashes), 0);
      }
      break;
    case KEY_PROCESS_CAP:
      {
        double dashes[] = { 6.0 * lw, 2.0 * lw, 1.2 * lw, 2.0 * lw };
        cairo_set_dash (r->cr, dashes, G_N_ELEMENTS (dashes), 0);
      }
      break;
    case KEY_SERIES:
    case KEY_PRACTICAL:
    default:
      cairo_set_dash (r->cr, NULL, 0, 0);
      break;
    }
}

/* Strings */

char *
wp_chart_title (void)
{
  return g_strdup (_("Socket connections by physical memory"));
}

/* The inputs the chart was drawn for, in one line: only the settings that
 * change a version drawn (MaxUserPort and TcpTimedWaitDelay are the NT
 * family's, MaxConnections the 9x family's). */
char *
wp_chart_subtitle (const WpLimitsInput *input,
                   guint                platforms)
{
  g_autofree char *ram = wp_format_ram_mb (input->ram_mb);
  GString *text = g_string_new (NULL);
  gboolean any_nt = FALSE, any_9x = FALSE;

  for (guint p = 0; p < WP_N_PLATFORMS; p++)
    if (platforms & WP_PLATFORM_BIT (p))
      {
        any_nt |= wp_platform_info (p)->family == WP_FAMILY_NT;
        any_9x |= wp_platform_info (p)->family == WP_FAMILY_9X;
      }

  /* Translators: the chart's inputs, first the RAM */
  g_string_append_printf (text, _("RAM %s"), ram);
  if (any_nt)
    {
      g_autofree char *max_user_port = wp_format_count (input->max_user_port);
      g_autofree char *time_wait = NULL;

      time_wait = wp_format_time_wait_input (input->time_wait_s);

      /* Translators: appended to the chart's inputs: MaxUserPort, TIME_WAIT */
      g_string_append_printf (text, _(" · MaxUserPort %s · TIME_WAIT %s"),
                              max_user_port, time_wait);
    }
  if (any_9x)
    {
      g_autofree char *max_connections = wp_format_count (input->max_connections);

      /* Translators: appended to the chart's inputs */
      g_string_append_printf (text, _(" · MaxConnections %s"), max_connections);
    }
  if (input->socketwrench_legacy)
    /* Translators: appended to the chart's inputs */
    g_string_append (text, _(" · SocketWrench 3.6 or earlier"));

  return g_string_free (text, FALSE);
}

/* The client-port line's name: the NT family's (Windows 95's 3,976 are
 * not drawn: its MaxConnections line stays below them or is capped). */
char *
wp_chart_client_ports_label (guint client_ports)
{
  g_autofree char *ports = wp_format_count (client_ports);

  /* Translators: a chart line: the client ports of NT 4.0, 2000, XP, 2003 */
  return g_strdup_printf (_("Client ports, NT family (MaxUserPort − 1024): %s"), ports);
}

const char *
wp_chart_x_axis_title (void)
{
  return _("Physical memory (RAM)");
}

const char *
wp_chart_y_axis_title (void)
{
  return _("Socket connections");
}

/* Legend */

static void
legend_add (Renderer            *r,
            KeyKind              kind,
            const WpChartSeries *series,
            char                *text)
{
  LegendEntry *entry;

  g_assert (r->n_legend < MAX_LEGEND_ENTRIES);
  entry = &r->legend[r->n_legend++];
  entry->kind = kind;
  entry->series = series;
  entry->text = text;
}

static void
legend_build (Renderer *r)
{
  gboolean any_nt = FALSE;

  for (guint s = 0; s < r->data.n_series; s++)
    {
      const WpChartSeries *series = &r->data.series[s];
      g_autofree char *name = wp_chart_series_name (series);

      if (series->has_pool)
        {
          any_nt = TRUE;
          legend_add (r, KEY_SERIES, series, g_steal_pointer (&name));
        }
      else
        {
          g_autofree char *level = wp_format_count ((guint64) series->practical.v[0].y);

          legend_add (r, KEY_SERIES, series,
                      series->off_scale
                      /* Translators: a chart series: platforms, then the setting */
                      ? g_strdup_printf (_("%s: MaxConnections %s (above the scale)"), name, level)
                      /* Translators: a chart series: platforms, then the setting */
                      : g_strdup_printf (_("%s: MaxConnections %s"), name, level));
        }
    }

  if (any_nt)
    {
      g_autofree char *per = wp_format_count (WP_PRACTICAL_SOCKETS_PER_STEP);
      g_autofree char *ram = wp_format_ram_mb ((guint64) WP_PRACTICAL_POOL_STEP_MB *
                                               WP_POOL_RAM_DIVISOR);

      /* Translators: legend of the solid lines: "about 4,000 per 512 MB" */
      legend_add (r, KEY_PRACTICAL, NULL, g_strdup_printf (_("Practical limit (about %s per %s)"),
                                                           per, ram));
      legend_add (r, KEY_THEORETICAL, NULL, g_strdup (_("Theoretical maximum")));
    }
  if (r->data.has_client_ports)
    {
      legend_add (r, KEY_CLIENT_PORTS, NULL,
                  wp_chart_client_ports_label ((guint) r->data.client_ports));
    }
  if (r->data.has_process_cap)
    {
      g_autofree char *cap = wp_format_count ((guint64) r->data.process_cap);

      legend_add (r, KEY_PROCESS_CAP, NULL,
                  g_strdup_printf (_("SocketWrench 3.6 and earlier: %s per process"), cap));
    }
}

static double
legend_swatch_width (Renderer *r)
{
  return 2.6 * r->em;
}

/* Measures the legend as a column (wrapped at @wrap) or as a grid of equal
 * columns across @row_width. */
static void
legend_measure (Renderer *r,
                double    wrap,
                gboolean  column,
                double    row_width)
{
  double gap = 0.5 * r->em, swatch = legend_swatch_width (r) + 0.5 * r->em;
  double widest = 0, cell, y = 0, row_height = 0;
  guint columns = 1;

  for (guint i = 0; i < r->n_legend; i++)
    {
      LegendEntry *entry = &r->legend[i];

      set_text (r, r->small, entry->text, wrap, &entry->width, &entry->height);
      widest = MAX (widest, swatch + entry->width);
    }

  cell = widest + 1.5 * r->em;
  if (!column)
    columns = (guint) CLAMP ((row_width + 1.5 * r->em) / cell, 1, MAX (1, r->n_legend));

  for (guint i = 0; i < r->n_legend; i++)
    {
      LegendEntry *entry = &r->legend[i];

      if (i > 0 && i % columns == 0)
        {
          y += row_height + gap;
          row_height = 0;
        }
      entry->x = (i % columns) * cell;
      entry->y = y;
      row_height = MAX (row_height, entry->height);
    }

  r->legend_wrap = wrap;
  r->legend_width = columns == 1 ? widest : columns * cell - 1.5 * r->em;
  r->legend_height = r->n_legend == 0 ? 0 : y + row_height;
}

/* Layout */

static guint
count_fitting_x_ticks (Renderer *r,
                       double    plot_width)
{
  guint max_ticks = (guint) CLAMP (plot_width / (6.0 * r->em) + 1, 2, WP_CHART_MAX_TICKS);

  /* Fewer ticks until every label fits its slot with air between. */
  for (; max_ticks > 2; max_ticks--)
    {
      WpChartTicks ticks;
      double widest = 0, slot;

      wp_chart_ram_ticks (0.0, r->data.ram_hi, max_ticks, &ticks);
      for (guint i = 0; i < ticks.n; i++)
        {
          g_autofree char *label = wp_chart_format_ram_tick (wp_chart_ticks_value (&ticks, i));
          double w;

          set_text (r, r->body, label, -1, &w, NULL);
          widest = MAX (widest, w);
        }
      slot = plot_width * ticks.step / (ticks.hi - ticks.lo);
      if (slot >= widest + 2.5 * r->em)
        break;
    }

  return max_ticks;
}

static double
widest_y_label (Renderer *r,
                double    plot_height,
                guint    *out_max_ticks)
{
  WpChartTicks ticks;
  double widest = 0;

  /* A label every 3.5 ems; on a low plot up to four, closer, so that the
   * 1-2-5 steps do not leave half of it empty above the curves. */
  *out_max_ticks = (guint) CLAMP (MAX (plot_height / (3.5 * r->em),
                                       MIN (3.0, plot_height / (2.0 * r->em))) + 1,
                                  2, WP_CHART_MAX_TICKS);
  wp_chart_nice_ticks (0.0, r->data.value_hi * 1.05, *out_max_ticks, 1.0, &ticks);
  for (guint i = 0; i < ticks.n; i++)
    {
      g_autofree char *label = wp_chart_format_count_tick (wp_chart_ticks_value (&ticks, i));
      double w;

      set_text (r, r->body, label, -1, &w, NULL);
      widest = MAX (widest, w);
    }

  return widest;
}

/* Cuts the footnote's band off the bottom of the surface.  Its text wraps
 * across the width, to at most two lines; needing more, it has no room. */
static gboolean
footnote_measure (Renderer *r,
                  double    pad)
{
  double w, h;

  r->footnote_wrap = r->width - 2 * pad;
  set_text (r, r->footnote_font, r->footnote_text, r->footnote_wrap, &w, &h);
  r->footnote = (WpChartRect) { pad, r->surface_height - pad - h, w, h };
  /* Whole units: the chart above lies on the same pixels as on a surface
   * that ends there.  Its own bottom margin is the gap over the text. */
  r->footnote_band = ceil (pad + h);
  return r->footnote_wrap > 0 && w <= r->footnote_wrap &&
         pango_layout_get_line_count (r->layout) <= 2;
}

/* Lays the chart out with the parts in r->parts.  Whether the plot keeps
 * @min_width × @min_height ems and every part lies within the surface. */
static gboolean
try_layout (Renderer *r,
            double    min_width,
            double    min_height)
{
  double pad = 0.9 * r->em, tick = 0.4 * r->em;
  double top, bottom, left, right, small_h, y_label_w = 0;
  double wrap = LEGEND_WRAP_EMS * r->em;
  guint max_x = 2, max_y = 2;
  gboolean fits = TRUE;
  WpChartRect plot;

  r->legend_right = FALSE;
  r->legend_width = r->legend_height = 0;
  r->footnote_band = 0;
  if (r->parts & WP_CHART_PART_FOOTNOTE)
    fits = footnote_measure (r, pad);
  r->height = r->surface_height - r->footnote_band;
  set_text (r, r->small, "0", -1, NULL, &small_h);

  if (!(r->parts & WP_CHART_PART_TICK_LABELS))
    {
      /* The plot alone, over the whole surface but a thin margin. */
      double margin = MIN (0.5 * r->em, floor (MIN (r->width, r->height) / 10.0));

      top = left = bottom = right = margin;
      /* Grid lines without labels: as for a low plot below. */
      max_y = (guint) CLAMP ((r->height - 2 * margin) / (2.0 * r->em) + 1, 2, 4);
    }
  else
    {
      top = pad;
      if (r->parts & WP_CHART_PART_TITLE)
        {
          g_autofree char *title = wp_chart_title ();
          g_autofree char *subtitle = wp_chart_subtitle (&r->data.input, r->data.platforms);

          set_text (r, r->title, title, r->width - 2 * pad, NULL, &r->title_height);
          set_text (r, r->small, subtitle, r->width - 2 * pad, NULL, &r->subtitle_height);
          top += r->title_height + 0.2 * r->em + r->subtitle_height + 0.5 * r->em;
        }
      if (r->parts & WP_CHART_PART_MARKER_TAG)
        top += small_h + 0.8 * r->em;

      bottom = pad + tick + 0.2 * r->em + r->em;
      left = pad + tick + 0.3 * r->em;
      if (r->parts & WP_CHART_PART_AXIS_TITLES)
        {
          bottom += 0.3 * r->em + r->em;
          left += r->em + 0.6 * r->em;
        }
      right = pad + 1.5 * r->em;

      /* The legend goes to the right when the plot keeps most of the
       * width and the legend's height fits beside it, else in rows under
       * the axis title: never over the data. */
      if (r->parts & WP_CHART_PART_LEGEND)
        {
          legend_measure (r, wrap, TRUE, 0);
          r->legend_right = r->width - r->legend_width - 1.5 * r->em >= 32.0 * r->em + left &&
                            ceil (top) + r->legend_height + pad <= r->height;
          if (r->legend_right)
            right = pad + r->legend_width + 1.5 * r->em;
          else
            {
              double row = r->width - 2 * pad, swatch = legend_swatch_width (r) + 0.5 * r->em;

              legend_measure (r, -1, FALSE, row);
              /* Narrower than its widest entry: one column, wrapped. */
              if (r->legend_width > row)
                legend_measure (r, MAX (r->em, row - swatch), TRUE, 0);
              fits = fits && r->legend_width <= row;
              bottom += r->legend_height + 0.8 * r->em;
            }
        }

      y_label_w = widest_y_label (r, r->height - top - bottom, &max_y);
      left += y_label_w;
    }

  /* Whole units: the plot's clip then covers whole pixels, which Cairo
   * applies as a region rather than through a mask on every layer. */
  plot.x = MIN (ceil (left), floor (r->width));
  plot.y = MIN (ceil (top), floor (r->height));
  plot.width = MAX (0.0, floor (r->width - right) - plot.x);
  plot.height = MAX (0.0, floor (r->height - bottom) - plot.y);
  r->plot_visible = plot.width >= 1.0 && plot.height >= 1.0;
  fits = fits && plot.width >= min_width * r->em && plot.height >= min_height * r->em;

  if (r->parts & WP_CHART_PART_TICK_LABELS)
    {
      double w;

      if (r->parts & WP_CHART_PART_AXIS_TITLES)
        {
          /* The y title runs along the plot, centred on it. */
          set_text (r, r->body, wp_chart_y_axis_title (), -1, &w, NULL);
          fits = fits && w <= plot.height + 2 * MIN (plot.y, r->height - plot.y - plot.height);
          set_text (r, r->body, wp_chart_x_axis_title (), -1, &w, NULL);
          fits = fits && w <= r->width;
        }
      if (r->plot_visible)
        max_x = count_fitting_x_ticks (r, plot.width);
    }

  wp_chart_layout_init (&r->geo, &r->data, &plot, max_x, max_y);
  return fits;
}

/* Whether the boxes of the values at the marker, stacked, fit the plot's
 * height. */
static gboolean
marker_values_fit (Renderer *r)
{
  double label_h;
  guint n = 0;

  for (guint s = 0; s < r->data.n_series; s++)
    n += r->data.series[s].has_pool ? 2 : 1;
  set_text (r, r->small, "0", -1, NULL, &label_h);
  return n * (label_h + 0.2 * r->em + 0.2 * r->em) <= r->geo.plot.height;
}

/* The plot comes first: on a small surface the footnote goes, then the
 * title, the legend, then the axis titles, before the plot gets too small
 * to read; smaller still, the plot alone fills the surface. */
static void
compute_layout (Renderer *r)
{
  static const struct
  {
    WpChartParts drop;
    double       min_width;    /* ems */
    double       min_height;
  } steps[] = {
    { 0, 10, 6 },
    { WP_CHART_PART_FOOTNOTE, 10, 6 },
    { WP_CHART_PART_FOOTNOTE | WP_CHART_PART_TITLE, 10, 6 },
    { WP_CHART_PART_FOOTNOTE | WP_CHART_PART_TITLE | WP_CHART_PART_LEGEND, 10, 6 },
    { WP_CHART_PART_FOOTNOTE | WP_CHART_PART_TITLE | WP_CHART_PART_LEGEND |
      WP_CHART_PART_AXIS_TITLES, 6, 3 },
  };
  WpChartParts all = WP_CHART_PART_TITLE | WP_CHART_PART_LEGEND | WP_CHART_PART_AXIS_TITLES |
                     WP_CHART_PART_TICK_LABELS | WP_CHART_PART_MARKER_TAG |
                     WP_CHART_PART_MARKER_VALUES | WP_CHART_PART_FOOTNOTE;
  gboolean fits = FALSE;

  if (!r->style->show_title)
    all &= ~WP_CHART_PART_TITLE;
  if (r->footnote_text == NULL)
    all &= ~WP_CHART_PART_FOOTNOTE;
  if (r->n_legend == 0)
    all &= ~WP_CHART_PART_LEGEND;

  for (gsize i = 0; i < G_N_ELEMENTS (steps) && !fits; i++)
    {
      r->parts = all & ~steps[i].drop;
      fits = try_layout (r, steps[i].min_width, steps[i].min_height);
    }
  if (!fits)
    {
      r->parts = 0;
      try_layout (r, 0, 0);
    }

  if ((r->parts & WP_CHART_PART_MARKER_VALUES) && !marker_values_fit (r))
    r->parts &= ~WP_CHART_PART_MARKER_VALUES;

  r->geo.parts = r->parts;
  if (r->parts & WP_CHART_PART_FOOTNOTE)
    r->geo.footnote = (WpChartRect) { 0, r->height, r->width, r->footnote_band };
  if (r->parts & WP_CHART_PART_LEGEND)
    {
      r->geo.legend.width = r->legend_width;
      r->geo.legend.height = r->legend_height;
      if (r->legend_right)
        {
          r->geo.legend.x = r->width - 0.9 * r->em - r->legend_width;
          r->geo.legend.y = r->geo.plot.y;
        }
      else
        {
          r->geo.legend.x = 0.9 * r->em;
          r->geo.legend.y = r->height - 0.9 * r->em - r->legend_height;
        }
    }
}

/* Layers */

static void
draw_grid (Renderer *r)
{
  cairo_t *cr = r->cr;
  const WpChartRect *plot = &r->geo.plot;

  cairo_save (cr);
  set_color (cr, &r->style->grid, 1.0);
  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i < r->geo.y_ticks.n; i++)
    {
      double y;

      wp_chart_layout_to_pixel (&r->geo, 0, wp_chart_ticks_value (&r->geo.y_ticks, i), NULL, &y);
      y = snap (cr, y, FALSE, 1.0);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
    }
  for (guint i = 0; i < r->geo.x_ticks.n; i++)
    {
      double x;

      wp_chart_layout_to_pixel (&r->geo, wp_chart_ticks_value (&r->geo.x_ticks, i), 0, &x, NULL);
      x = snap (cr, x, TRUE, 1.0);
      cairo_move_to (cr, x, plot->y);
      cairo_line_to (cr, x, plot->y + plot->height);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The band between each NT series' practical and theoretical lines, in
 * the series colour mixed into the background: opaque, so Cairo fills it
 * at the speed of a paint; the smaller band (NT 4.0) drawn last, over the
 * larger.  Its edges lie under the lines drawn later: no antialiasing. */
static void
draw_bands (Renderer *r)
{
  cairo_t *cr = r->cr;
  const WpChartColor *bg = &r->style->background;
  double a = r->style->band_alpha;

  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  for (guint s = r->data.n_series; s-- > 0;)
    {
      const WpChartSeries *series = &r->data.series[s];
      const WpChartColor *color = &r->style->series[series->color_index];

      if (!series->has_pool)
        continue;

      polyline_path (r, &series->practical, FALSE);
      for (guint i = series->theoretical.n; i-- > 0;)
        {
          double x, y;

          wp_chart_layout_to_pixel (&r->geo, series->theoretical.v[i].x,
                                    series->theoretical.v[i].y, &x, &y);
          cairo_line_to (cr, x, y);
        }
      cairo_close_path (cr);
      cairo_set_source_rgb (cr, bg->red + (color->red - bg->red) * a,
                            bg->green + (color->green - bg->green) * a,
                            bg->blue + (color->blue - bg->blue) * a);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

static void
draw_level (Renderer           *r,
            double              value,
            const WpChartColor *color,
            KeyKind             kind,
            double              width)
{
  cairo_t *cr = r->cr;
  double y = snap (cr, level_y (r, value), FALSE, width);

  cairo_save (cr);
  set_dash (r, kind);
  cairo_set_line_width (cr, width);
  set_color (cr, color, 1.0);
  cairo_move_to (cr, r->geo.plot.x, y);
  cairo_line_to (cr, r->geo.plot.x + r->geo.plot.width, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_levels (Renderer *r)
{
  if (r->data.has_client_ports)
    draw_level (r, r->data.client_ports, &r->style->client_ports, KEY_CLIENT_PORTS, r->lw);
  if (r->data.has_process_cap)
    draw_level (r, r->data.process_cap, &r->style->process_cap, KEY_PROCESS_CAP, r->lw);
}

/* One line of a series: each segment stroked on its own, so that a dash
 * pattern restarts at the knee and a flat segment, on whole pixels, takes
 * Cairo's fast path for straight lines; a dot covers each solid knee. */
static void
stroke_polyline (Renderer              *r,
                 const WpChartPolyline *line,
                 double                 width,
                 gboolean               dashed)
{
  cairo_t *cr = r->cr;

  cairo_set_line_width (cr, width);
  for (guint i = 0; i + 1 < line->n; i++)
    {
      double x0, y0, x1, y1;

      wp_chart_layout_to_pixel (&r->geo, line->v[i].x, line->v[i].y, &x0, &y0);
      wp_chart_layout_to_pixel (&r->geo, line->v[i + 1].x, line->v[i + 1].y, &x1, &y1);
      if (line->v[i].y == line->v[i + 1].y)
        y0 = y1 = snap (cr, y0, FALSE, width);
      cairo_move_to (cr, x0, y0);
      cairo_line_to (cr, x1, y1);
      cairo_stroke (cr);

      if (!dashed && i > 0)
        {
          cairo_arc (cr, x0, y0, width / 2, 0, 2 * G_PI);
          cairo_fill (cr);
        }
    }
}

/* Theoretical (dashed) first, practical (solid) over it; the widest first. */
static void
draw_series (Renderer *r)
{
  cairo_t *cr = r->cr;

  cairo_save (cr);
  for (int pass = 0; pass < 2; pass++)
    {
      for (guint s = r->data.n_series; s-- > 0;)
        {
          const WpChartSeries *series = &r->data.series[s];
          const WpChartColor *color = &r->style->series[series->color_index];

          if (!series->has_pool)
            {
              if (pass == 1)
                draw_level (r, series->practical.v[0].y, color, KEY_SERIES, r->lw);
              continue;
            }

          set_dash (r, pass == 0 ? KEY_THEORETICAL : KEY_PRACTICAL);
          set_color (cr, color, 1.0);
          stroke_polyline (r, pass == 0 ? &series->theoretical : &series->practical,
                           series_line_width (r, series), pass == 0);
        }
    }
  cairo_restore (cr);
}

static double
marker_x (Renderer *r)
{
  double x;

  wp_chart_layout_to_pixel (&r->geo, r->data.marker_ram, 0, &x, NULL);
  return x;
}

static void
draw_marker (Renderer *r)
{
  cairo_t *cr = r->cr;
  double x = snap (cr, marker_x (r), TRUE, 1.5);

  cairo_save (cr);
  set_color (cr, &r->style->foreground, 0.75);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, x, r->geo.plot.y);
  cairo_line_to (cr, x, r->geo.plot.y + r->geo.plot.height);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static int
compare_value_labels (gconstpointer a,
                      gconstpointer b)
{
  const ValueLabel *la = a, *lb = b;

  return (la->dot_y > lb->dot_y) - (la->dot_y < lb->dot_y);
}

static void
value_label_add (Renderer            *r,
                 ValueLabel          *labels,
                 guint               *n,
                 const WpChartSeries *series,
                 guint                value)
{
  ValueLabel *label = &labels[(*n)++];

  label->series = series;
  label->text = wp_format_count (value);
  label->dot_y = level_y (r, value);
}

/* A dot where each series crosses the marker, and its value in a box
 * beside it; boxes are moved apart vertically so that none overlap. */
static void
draw_marker_values (Renderer *r)
{
  cairo_t *cr = r->cr;
  ValueLabel labels[MAX_VALUE_LABELS];
  guint n = 0;
  double x = marker_x (r), label_h, gap = 0.2 * r->em, pad_x = 0.35 * r->em;
  double plot_bottom = r->geo.plot.y + r->geo.plot.height;
  double radius = MAX (2.0, 0.28 * r->em);

  for (guint s = 0; s < r->data.n_series; s++)
    {
      const WpChartSeries *series = &r->data.series[s];
      guint practical, theoretical;

      wp_chart_series_values_at (series, &r->data.input, r->data.marker_ram, &practical,
                                 &theoretical);
      if (series->has_pool)
        value_label_add (r, labels, &n, series, theoretical);
      value_label_add (r, labels, &n, series, practical);
    }
  if (n == 0)
    return;

  set_text (r, r->small, "0", -1, NULL, &label_h);
  label_h += 0.2 * r->em;
  qsort (labels, n, sizeof labels[0], compare_value_labels);
  for (guint i = 0; i < n; i++)
    {
      labels[i].top = labels[i].dot_y - label_h / 2;
      if (i > 0)
        labels[i].top = MAX (labels[i].top, labels[i - 1].top + label_h + gap);
    }
  for (guint i = n; i-- > 0;)
    {
      double limit = i + 1 < n ? labels[i + 1].top - label_h - gap : plot_bottom - label_h;

      labels[i].top = MIN (labels[i].top, limit);
    }

  cairo_save (cr);
  for (guint i = 0; i < n; i++)
    {
      const WpChartColor *color = &r->style->series[labels[i].series->color_index];
      double w, bx;

      cairo_new_path (cr);
      cairo_arc (cr, x, labels[i].dot_y, radius, 0, 2 * G_PI);
      set_color (cr, color, 1.0);
      cairo_fill_preserve (cr);
      set_color (cr, &r->style->background, 1.0);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);

      set_text (r, r->small, labels[i].text, -1, &w, NULL);
      bx = x + radius + 0.5 * r->em;
      if (bx + w + 2 * pad_x > r->geo.plot.x + r->geo.plot.width)
        bx = x - radius - 0.5 * r->em - w - 2 * pad_x;

      /* On whole pixels: crisp, and cheap for Cairo. */
      bx = round (bx);
      labels[i].top = round (labels[i].top);
      cairo_rectangle (cr, bx, labels[i].top, round (w + 2 * pad_x), round (label_h));
      set_color (cr, &r->style->background, 0.9);
      cairo_fill (cr);
      cairo_rectangle (cr, bx + 0.5, labels[i].top + 0.5, round (w + 2 * pad_x) - 1,
                       round (label_h) - 1);
      set_color (cr, color, 1.0);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);

      set_color (cr, &r->style->foreground, 1.0);
      show_text (r, bx + pad_x, labels[i].top + 0.1 * r->em);
      g_free (labels[i].text);
    }
  cairo_restore (cr);
}

static void
draw_marker_tag (Renderer *r)
{
  cairo_t *cr = r->cr;
  g_autofree char *ram = wp_format_ram_mb (r->data.input.ram_mb);
  g_autofree char *text = r->data.marker_off_scale
                          /* Translators: the RAM marker's tag when the RAM is
                           * beyond the end of the axis */
                          ? g_strdup_printf (_("%s →"), ram)
                          : g_strdup (ram);
  double w, h, x = marker_x (r), pad_x = 0.4 * r->em, top;

  set_text (r, r->small, text, -1, &w, &h);
  top = r->geo.plot.y - h - 0.5 * r->em;
  x = CLAMP (x - w / 2 - pad_x, 0, MAX (0, r->width - w - 2 * pad_x));

  cairo_save (cr);
  x = round (x);
  top = round (top);
  cairo_rectangle (cr, x, top, round (w + 2 * pad_x), round (h + 0.3 * r->em));
  set_color (cr, &r->style->foreground, 0.85);
  cairo_fill (cr);
  set_color (cr, &r->style->background, 1.0);
  show_text (r, x + pad_x, top + 0.15 * r->em);
  cairo_restore (cr);
}

static void
draw_axes (Renderer *r)
{
  cairo_t *cr = r->cr;
  const WpChartRect *plot = &r->geo.plot;
  double tick = 0.4 * r->em;
  double left = snap (cr, plot->x, TRUE, 1.0);
  double bottom = snap (cr, plot->y + plot->height, FALSE, 1.0);

  cairo_save (cr);
  set_color (cr, &r->style->foreground, 0.85);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, left, plot->y);
  cairo_line_to (cr, left, bottom);
  cairo_line_to (cr, plot->x + plot->width, bottom);
  if (!(r->parts & WP_CHART_PART_TICK_LABELS))
    {
      /* The plot alone: no room for ticks outside it. */
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }

  for (guint i = 0; i < r->geo.x_ticks.n; i++)
    {
      double x;

      wp_chart_layout_to_pixel (&r->geo, wp_chart_ticks_value (&r->geo.x_ticks, i), 0, &x, NULL);
      x = snap (cr, x, TRUE, 1.0);
      cairo_move_to (cr, x, bottom);
      cairo_line_to (cr, x, bottom + tick);
    }
  for (guint i = 0; i < r->geo.y_ticks.n; i++)
    {
      double y;

      wp_chart_layout_to_pixel (&r->geo, 0, wp_chart_ticks_value (&r->geo.y_ticks, i), NULL, &y);
      y = snap (cr, y, FALSE, 1.0);
      cairo_move_to (cr, left - tick, y);
      cairo_line_to (cr, left, y);
    }
  cairo_stroke (cr);

  /* Tick labels */
  set_color (cr, &r->style->foreground, 1.0);
  for (guint i = 0; i < r->geo.x_ticks.n; i++)
    {
      double value = wp_chart_ticks_value (&r->geo.x_ticks, i), x, w;
      g_autofree char *label = wp_chart_format_ram_tick (value);

      wp_chart_layout_to_pixel (&r->geo, value, 0, &x, NULL);
      set_text (r, r->body, label, -1, &w, NULL);
      show_text (r, x - w / 2, bottom + tick + 0.2 * r->em);
    }
  for (guint i = 0; i < r->geo.y_ticks.n; i++)
    {
      double value = wp_chart_ticks_value (&r->geo.y_ticks, i), y, w, h;
      g_autofree char *label = wp_chart_format_count_tick (value);

      wp_chart_layout_to_pixel (&r->geo, 0, value, NULL, &y);
      set_text (r, r->body, label, -1, &w, &h);
      show_text (r, left - tick - 0.3 * r->em - w, y - h / 2);
    }
  cairo_restore (cr);
}

static void
draw_axis_titles (Renderer *r)
{
  cairo_t *cr = r->cr;
  const WpChartRect *plot = &r->geo.plot;
  double w, h;

  cairo_save (cr);
  set_color (cr, &r->style->foreground, 1.0);

  set_text (r, r->body, wp_chart_x_axis_title (), -1, &w, &h);
  show_text (r, plot->x + (plot->width - w) / 2,
             plot->y + plot->height + 0.4 * r->em + 0.2 * r->em + r->em + 0.3 * r->em);

  set_text (r, r->body, wp_chart_y_axis_title (), -1, &w, &h);
  cairo_translate (cr, 0.9 * r->em, plot->y + (plot->height + w) / 2);
  cairo_rotate (cr, -G_PI / 2);
  {
    /* A layout of its own: rotating the shared context would have Pango
     * lay every cached text out again. */
    PangoLayout *rotated = pango_cairo_create_layout (cr);
    PangoRectangle logical;

    pango_layout_set_font_description (rotated, r->body);
    pango_layout_set_text (rotated, wp_chart_y_axis_title (), -1);
    pango_layout_get_pixel_extents (rotated, NULL, &logical);
    cairo_move_to (cr, -logical.x, -logical.y);
    pango_cairo_show_layout (cr, rotated);
    g_object_unref (rotated);
  }
  cairo_restore (cr);
}

static void
draw_legend_swatch (Renderer          *r,
                    const LegendEntry *entry,
                    double             x,
                    double             y)
{
  cairo_t *cr = r->cr;
  double w = legend_swatch_width (r);
  const WpChartColor *fg = &r->style->foreground;

  cairo_save (cr);
  cairo_set_line_width (cr, r->lw);
  switch (entry->kind)
    {
    case KEY_SERIES:
      set_color (cr, &r->style->series[entry->series->color_index], 1.0);
      cairo_set_line_width (cr, series_line_width (r, entry->series));
      break;
    case KEY_PRACTICAL:
    case KEY_THEORETICAL:
      set_color (cr, fg, 0.85);
      if (entry->kind == KEY_THEORETICAL)
        {
          cairo_rectangle (cr, x, y - 0.45 * r->em, w, 0.45 * r->em);
          set_color (cr, fg, r->style->band_alpha);
          cairo_fill (cr);
          set_color (cr, fg, 0.85);
        }
      break;
    case KEY_CLIENT_PORTS:
      set_color (cr, &r->style->client_ports, 1.0);
      break;
    case KEY_PROCESS_CAP:
      set_color (cr, &r->style->process_cap, 1.0);
      break;
    default:
      g_assert_not_reached ();
    }
  set_dash (r, entry->kind);
  y = snap (cr, y, FALSE, r->lw);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + w, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_legend (Renderer *r)
{
  double x0, y0, line_h;

  if (!(r->parts & WP_CHART_PART_LEGEND))
    return;

  /* compute_layout() measured the legend last in the arrangement chosen. */
  x0 = r->geo.legend.x;
  y0 = r->geo.legend.y;

  set_text (r, r->small, "0", -1, NULL, &line_h);
  for (guint i = 0; i < r->n_legend; i++)
    {
      const LegendEntry *entry = &r->legend[i];
      double x = x0 + entry->x, y = y0 + entry->y;

      draw_legend_swatch (r, entry, x, y + line_h / 2);
      set_text (r, r->small, entry->text, r->legend_wrap,
                NULL, NULL);
      set_color (r->cr, &r->style->foreground, 1.0);
      show_text (r, x + legend_swatch_width (r) + 0.5 * r->em, y);
    }
}

static void
draw_titles (Renderer *r)
{
  g_autofree char *title = wp_chart_title ();
  g_autofree char *subtitle = wp_chart_subtitle (&r->data.input, r->data.platforms);
  double pad = 0.9 * r->em, w;

  if (!(r->parts & WP_CHART_PART_TITLE))
    return;

  set_color (r->cr, &r->style->foreground, 1.0);
  set_text (r, r->title, title, r->width - 2 * pad, &w, NULL);
  show_text (r, pad, pad);
  set_text (r, r->small, subtitle, r->width - 2 * pad, &w, NULL);
  set_color (r->cr, &r->style->foreground, 0.8);
  show_text (r, pad, pad + r->title_height + 0.2 * r->em);
}

static void
draw_footnote (Renderer *r)
{
  if (!(r->parts & WP_CHART_PART_FOOTNOTE))
    return;

  set_text (r, r->footnote_font, r->footnote_text, r->footnote_wrap, NULL, NULL);
  set_color (r->cr, &r->style->footnote, 1.0);
  show_text (r, r->footnote.x, r->footnote.y);
}

static void
draw_empty_message (Renderer *r)
{
  double w, h;

  set_text (r, r->body, _("No Windows version selected"), -1, &w, &h);
  set_color (r->cr, &r->style->foreground, 0.7);
  show_text (r, r->geo.plot.x + (r->geo.plot.width - w) / 2,
             r->geo.plot.y + (r->geo.plot.height - h) / 2);
}

static void
renderer_init (Renderer            *r,
               cairo_t             *cr,
               double               width,
               double               height,
               const WpChartStyle  *style,
               const WpLimitsInput *input,
               guint                platforms)
{
  double size;

  memset (r, 0, sizeof *r);
  r->cr = cr;
  r->style = style;
  r->width = width;
  r->height = r->surface_height = height;
  r->lw = style->line_width;
  r->texts = style->text_cache;
  if (r->texts == NULL)
    r->texts = r->own_texts = wp_chart_text_cache_new ();
  wp_chart_text_cache_begin (r->texts, cr);

  r->body = pango_font_description_copy (style->font);
  if (pango_font_description_get_size (r->body) <= 0)
    pango_font_description_set_size (r->body, 10 * PANGO_SCALE);
  size = pango_font_description_get_size (r->body);
  r->small = pango_font_description_copy (r->body);
  pango_font_description_set_size (r->small, (int) (size * 0.9));
  r->title = pango_font_description_copy (r->body);
  pango_font_description_set_size (r->title, (int) (size * 1.3));
  pango_font_description_set_weight (r->title, PANGO_WEIGHT_BOLD);

  r->footnote_font = pango_font_description_copy (r->body);
  pango_font_description_set_size (r->footnote_font, (int) (size * style->footnote_scale));
  if (style->show_footnote)
    r->footnote_text = wp_chart_footnote (input, platforms);

  set_text (r, r->body, "0", -1, NULL, &r->em);
  r->em = MAX (r->em, 1.0);

  wp_chart_data_init (&r->data, input, platforms);
  legend_build (r);
}

/* Saves the context and clips it to the plot area: restore it after. */
static void
clip_to_plot (Renderer *r)
{
  cairo_save (r->cr);
  cairo_rectangle (r->cr, r->geo.plot.x, r->geo.plot.y, r->geo.plot.width, r->geo.plot.height);
  cairo_clip (r->cr);
}

static void
renderer_clear (Renderer *r)
{
  for (guint i = 0; i < r->n_legend; i++)
    g_free (r->legend[i].text);
  g_clear_pointer (&r->own_texts, wp_chart_text_cache_free);
  pango_font_description_free (r->body);
  pango_font_description_free (r->small);
  pango_font_description_free (r->title);
  pango_font_description_free (r->footnote_font);
  g_free (r->footnote_text);
}

/* Public API */

void
wp_chart_render_layers (cairo_t             *cr,
                        double               width,
                        double               height,
                        const WpChartStyle  *style,
                        const WpLimitsInput *input,
                        guint                platforms,
                        WpChartLayers        layers,
                        WpChartLayout       *out_layout)
{
  Renderer r;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL && style->font != NULL);
  g_return_if_fail (input != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  if (layers & WP_CHART_LAYER_BASE)
    {
      set_color (cr, &style->background, 1.0);
      cairo_fill_preserve (cr);
    }
  cairo_clip (cr);

  renderer_init (&r, cr, width, height, style, input, platforms);
  compute_layout (&r);

  if (r.plot_visible && (layers & WP_CHART_LAYER_BASE))
    {
      clip_to_plot (&r);
      draw_bands (&r);
      draw_grid (&r);
      draw_levels (&r);
      draw_series (&r);
      if (r.data.n_series == 0)
        draw_empty_message (&r);
      cairo_restore (cr);

      draw_axes (&r);
      draw_legend (&r);
      draw_titles (&r);
      draw_footnote (&r);
      /* Last: its rotation changes the context every layout shares. */
      if (r.parts & WP_CHART_PART_AXIS_TITLES)
        draw_axis_titles (&r);
    }

  /* Over the base, and over nothing of it but the plot and the room for
   * the tag above it: the widget keeps the base and redraws only this. */
  if (r.plot_visible && (layers & WP_CHART_LAYER_MARKER))
    {
      clip_to_plot (&r);
      draw_marker (&r);
      cairo_restore (cr);

      if (r.parts & WP_CHART_PART_MARKER_VALUES)
        draw_marker_values (&r);
      if (r.parts & WP_CHART_PART_MARKER_TAG)
        draw_marker_tag (&r);
    }

  if (out_layout)
    *out_layout = r.geo;

  renderer_clear (&r);
  cairo_restore (cr);
}

void
wp_chart_render (cairo_t             *cr,
                 double               width,
                 double               height,
                 const WpChartStyle  *style,
                 const WpLimitsInput *input,
                 guint                platforms,
                 WpChartLayout       *out_layout)
{
  wp_chart_render_layers (cr, width, height, style, input, platforms, WP_CHART_LAYERS_ALL,
                          out_layout);
}
