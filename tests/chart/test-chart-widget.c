/* SPDX-License-Identifier: GPL-3.0-or-later */
/* WpChart under a display (Xvfb): drawing from the model, dragging and
 * keys moving the model's RAM, redraws on notify, clipboard, printing. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "chart/wp-chart.h"
#include "chart/wp-chart-print.h"
#include "chart/wp-chart-memory.h"
#include "chart/wp-chart-private.h"
#include "wp-test-gtk.h"
#include "wp-test-pixels.h"

typedef struct
{
  WpPlannerModel *model;
  GtkWidget      *window;
  GtkWidget      *chart;
  WpChartLayout   layout;
} Fixture;

/* An offscreen window of @width × @height, shown, holding a new chart of
 * @model (in @out_chart). */
static GtkWidget *
chart_window_new (WpPlannerModel *model,
                  int             width,
                  int             height,
                  GtkWidget     **out_chart)
{
  GtkWidget *window = gtk_offscreen_window_new ();

  *out_chart = wp_chart_new (model);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_container_add (GTK_CONTAINER (window), *out_chart);
  gtk_widget_show_all (window);
  wp_test_iterate ();
  return window;
}

/* @chart drawn into an image surface of its size, as the screen would. */
static cairo_surface_t *
draw_chart (GtkWidget *chart)
{
  cairo_surface_t *surface =
    cairo_image_surface_create (CAIRO_FORMAT_RGB24, gtk_widget_get_allocated_width (chart),
                                gtk_widget_get_allocated_height (chart));
  cairo_t *cr = cairo_create (surface);

  gtk_widget_draw (chart, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  f->model = wp_planner_model_new ();
  f->window = chart_window_new (f->model, 900, 560, &f->chart);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  gtk_widget_destroy (f->window);
  g_object_unref (f->model);
}

/* Draws the widget into an image surface, as the screen would. */
static cairo_surface_t *
draw_widget (Fixture *f)
{
  int width = gtk_widget_get_allocated_width (f->chart);
  int height = gtk_widget_get_allocated_height (f->chart);
  cairo_surface_t *surface = draw_chart (f->chart);
  WpChartStyle style;
  WpLimitsInput input;

  /* The layout the widget drew with: the renderer's, at its size. */
  wp_chart_style_init (&style, FALSE);
  style.show_title = FALSE;
  /* The selected version's name is in bold: as wide as the widget's. */
  style.emphasis = wp_planner_model_get_selected_platform (f->model);
  {
    GtkStyleContext *context = gtk_widget_get_style_context (f->chart);
    PangoFontDescription *font = NULL;
    cairo_surface_t *scratch = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
    cairo_t *scratch_cr = cairo_create (scratch);

    gtk_style_context_get (context, gtk_style_context_get_state (context),
                           GTK_STYLE_PROPERTY_FONT, &font, NULL);
    wp_chart_style_set_font (&style, font);
    pango_font_description_free (font);
    wp_planner_model_get_input (f->model, &input);
    wp_chart_render (scratch_cr, width, height, &style, &input,
                     wp_planner_model_get_visible_platforms (f->model), &f->layout);
    cairo_destroy (scratch_cr);
    cairo_surface_destroy (scratch);
  }
  wp_chart_style_clear (&style);

  if (g_getenv ("WP_CHART_DUMP") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("WP_CHART_DUMP"), "widget.png", NULL);
      cairo_surface_write_to_png (surface, path);
    }
  return surface;
}

/* Delivers @event to the chart as if it came from @device, and frees it. */
static void
send_event (Fixture   *f,
            GdkEvent  *event,
            GdkDevice *device)
{
  event->any.window = g_object_ref (gtk_widget_get_window (f->chart));
  gdk_event_set_device (event, device);
  gtk_widget_event (f->chart, event);
  gdk_event_free (event);
}

static GdkSeat *
default_seat (void)
{
  return gdk_display_get_default_seat (gdk_display_get_default ());
}

/* The widget draws the model: the 2000 knee in the series colour, in the
 * theme's background. */
static void
test_draws_model (Fixture       *f,
                  gconstpointer  user_data)
{
  cairo_surface_t *surface;
  WpChartStyle style;
  double x, y;

  g_assert_true (wp_chart_get_model (WP_CHART (f->chart)) == f->model);
  wp_planner_model_set_ram_mb (f->model, 3072);
  surface = draw_widget (f);
  wp_chart_style_init (&style, FALSE);

  wp_chart_layout_to_pixel (&f->layout, 2048, 16000, &x, &y);
  g_assert_true (wp_test_color_near (surface, x, y,
                                     &style.series[wp_chart_series_color_index (WP_PLATFORM_WIN2000)]));
  /* NT 4.0 past its knee, where no other line runs: faint while 2000 is
   * the selected version, in its full colour once NT 4.0 is (issue 14:
   * the chart shows which version the summary describes). */
  wp_chart_layout_to_pixel (&f->layout, 2560, 8000, &x, &y);
  g_assert_false (wp_test_color_near (surface, x, y,
                                      &style.series[wp_chart_series_color_index (WP_PLATFORM_NT4)]));
  wp_planner_model_set_selected_platform (f->model, WP_PLATFORM_NT4);
  cairo_surface_destroy (surface);
  surface = draw_widget (f);
  g_assert_true (wp_test_color_near (surface, x, y,
                                     &style.series[wp_chart_series_color_index (WP_PLATFORM_NT4)]));
  wp_chart_layout_to_pixel (&f->layout, 1024, 8000, &x, &y);
  g_assert_true (wp_test_color_near (surface, x, y,
                                     &style.series[wp_chart_series_color_index (WP_PLATFORM_NT4)]));

  /* Hiding the NT family removes its colour: the widget redrew from the
   * model (a 9x version selected: the selected one is always drawn). */
  wp_planner_model_set_selected_platform (f->model, WP_PLATFORM_WIN95);
  wp_planner_model_set_visible_platforms (f->model, WP_PLATFORM_BIT (WP_PLATFORM_WIN95));
  cairo_surface_destroy (surface);
  surface = draw_widget (f);
  wp_chart_layout_to_pixel (&f->layout, 2048, 10, &x, &y);
  g_assert_false (wp_test_color_near (surface, x, f->layout.plot.y + f->layout.plot.height / 3,
                                      &style.series[wp_chart_series_color_index (WP_PLATFORM_WIN2000)]));

  wp_chart_style_clear (&style);
  cairo_surface_destroy (surface);
}

/* The window names every line at its end, at its default size and at a
 * small one (issue 14: the legend used to vanish): text in each name's
 * box, and each curve's colour among the names. */
#define SOURCE_COLORS 3u

static void
test_line_names (Fixture       *f,
                 gconstpointer  user_data)
{
  static const int sizes[][2] = { { 900, 560 }, { 480, 270 } };
  WpChartStyle style;

  wp_chart_style_init (&style, FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface;
      guint colors = 0;

      if (i > 0)
        {
          gtk_widget_destroy (f->window);
          f->window = chart_window_new (f->model, sizes[i][0], sizes[i][1], &f->chart);
        }
      surface = draw_widget (f);
      g_test_message ("chart %d×%d, plot %g×%g", gtk_widget_get_allocated_width (f->chart),
                      gtk_widget_get_allocated_height (f->chart), f->layout.plot.width,
                      f->layout.plot.height);
      g_assert_true (f->layout.parts & WP_CHART_PART_LINE_LABELS);
      /* 95/98/ME, NT 4.0, 2000/XP/2003 and the client ports. */
      g_assert_cmpuint (f->layout.n_labels, ==, 4);
      /* The source's three groups take the palette's first three colours. */
      for (guint c = 0; c < SOURCE_COLORS; c++)
        {
          guint hits = 0;

          for (guint l = 0; l < f->layout.n_labels; l++)
            {
              const WpChartRect *box = &f->layout.labels[l].box;

              for (int y = (int) box->y; y < (int) (box->y + box->height); y++)
                for (int x = (int) box->x; x < (int) (box->x + box->width); x++)
                  {
                    WpChartColor pixel;

                    wp_test_pixel_at (surface, x, y, &pixel);
                    hits += wp_test_color_close (&pixel, &style.series[c]) ||
                            /* a quietened name: its colour over the background */
                            wp_test_color_close (&pixel, &(WpChartColor) {
                              0.4 * style.background.red + 0.6 * style.series[c].red,
                              0.4 * style.background.green + 0.6 * style.series[c].green,
                              0.4 * style.background.blue + 0.6 * style.series[c].blue, 1 });
                  }
            }
          g_test_message ("%d×%d: colour %u, %u pixels in the names", sizes[i][0], sizes[i][1],
                          c, hits);
          colors += hits >= 3;
        }
      g_assert_cmpuint (colors, ==, SOURCE_COLORS);
      cairo_surface_destroy (surface);
    }
  wp_chart_style_clear (&style);
}

/* A new chart on the same model, of the same size: nothing kept. */
static cairo_surface_t *
draw_new_chart (Fixture *f)
{
  int width = gtk_widget_get_allocated_width (f->chart);
  int height = gtk_widget_get_allocated_height (f->chart);
  GtkWidget *chart;
  GtkWidget *window = chart_window_new (f->model, width, height, &chart);
  cairo_surface_t *surface;

  g_assert_cmpint (gtk_widget_get_allocated_width (chart), ==, width);
  g_assert_cmpint (gtk_widget_get_allocated_height (chart), ==, height);
  surface = draw_chart (chart);
  gtk_widget_destroy (window);
  return surface;
}

/* The widget keeps the chart's base between draws and redraws only the
 * marker over it: after every kind of change its picture is the one it
 * draws from scratch, and a different one than before the change. */
static void
test_kept_base (Fixture       *f,
                gconstpointer  user_data)
{
  static const struct
  {
    const char *property;
    guint64     value;
  } changes[] = {
    { "ram-mb", 1024 },            /* the marker moves, the axis stays */
    { "ram-mb", 1040 },
    { "max-user-port", 20000 },    /* the client-port level moves */
    { "ram-mb", 3072 },
    { "visible-platforms", WP_PLATFORM_BIT (WP_PLATFORM_NT4) | WP_PLATFORM_BIT (WP_PLATFORM_WIN95) },
    { "ram-mb", 16384 },           /* beyond the axis: the axis grows */
    { "socketwrench-legacy", TRUE },
    { "max-connections", 250 },
    { "ram-mb", 256 },
  };
  cairo_surface_t *before = draw_widget (f);

  for (gsize i = 0; i < G_N_ELEMENTS (changes); i++)
    {
      cairo_surface_t *kept, *fresh;
      g_auto (GValue) value = G_VALUE_INIT;

      g_test_message ("%s = %" G_GUINT64_FORMAT, changes[i].property, changes[i].value);
      /* GObject converts it to the property's type. */
      g_value_set_uint64 (g_value_init (&value, G_TYPE_UINT64), changes[i].value);
      g_object_set_property (G_OBJECT (f->model), changes[i].property, &value);

      kept = draw_widget (f);
      g_assert_false (wp_test_same_pixels (kept, before));
      fresh = draw_new_chart (f);
      g_assert_true (wp_test_same_pixels (kept, fresh));

      cairo_surface_destroy (before);
      cairo_surface_destroy (fresh);
      before = kept;
    }
  cairo_surface_destroy (before);
}

/* Pressing and dragging in the plot moves the model's RAM to the pixel. */
static void
test_drag (Fixture       *f,
           gconstpointer  user_data)
{
  cairo_surface_t *surface = draw_widget (f);
  double x, y;

  wp_chart_layout_to_pixel (&f->layout, 1024, 5000, &x, &y);
  wp_test_send_button (f->chart, GDK_BUTTON_PRESS, GDK_BUTTON_PRIMARY, x, y);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (f->model), ==, 1024);

  wp_chart_layout_to_pixel (&f->layout, 3072, 5000, &x, &y);
  wp_test_send_motion (f->chart, x, y);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (f->model), ==, 3072);
  wp_test_send_button (f->chart, GDK_BUTTON_RELEASE, GDK_BUTTON_PRIMARY, x, y);

  /* After the release, motion no longer moves it. */
  wp_chart_layout_to_pixel (&f->layout, 512, 5000, &x, &y);
  wp_test_send_motion (f->chart, x, y);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (f->model), ==, 3072);

  /* Outside the plot, a press does nothing. */
  wp_test_send_button (f->chart, GDK_BUTTON_PRESS, GDK_BUTTON_PRIMARY, 2, 2);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (f->model), ==, 3072);
  cairo_surface_destroy (surface);
}

/* Arrow keys: an eighth of the tick step (64 MB on the 4 GB axis);
 * Page Up/Down a whole one; Home and End the ends. */
static void
test_keys (Fixture       *f,
           gconstpointer  user_data)
{
  cairo_surface_t *surface = draw_widget (f);
  double step = f->layout.x_ticks.step;

  g_assert_cmpuint (wp_planner_model_get_ram_mb (f->model), ==, 2048);
  wp_test_send_key (f->chart, GDK_KEY_Right);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (f->model), ==, 2048 + step / 8);
  wp_test_send_key (f->chart, GDK_KEY_Left);
  wp_test_send_key (f->chart, GDK_KEY_Left);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (f->model), ==, 2048 - step / 8);
  wp_test_send_key (f->chart, GDK_KEY_Page_Up);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (f->model), ==, 2048);
  wp_test_send_key (f->chart, GDK_KEY_End);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (f->model), ==, 4096);
  wp_test_send_key (f->chart, GDK_KEY_Home);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (f->model), ==, 16);
  wp_test_send_key (f->chart, GDK_KEY_Left);
  g_assert_cmpuint (wp_planner_model_get_ram_mb (f->model), ==, WP_RAM_MB_MIN);
  cairo_surface_destroy (surface);
}

/* The accessible name, and a description with the figures that follows
 * the model. */
static void
test_accessible (Fixture       *f,
                 gconstpointer  user_data)
{
  AtkObject *accessible = gtk_widget_get_accessible (f->chart);
  const char *description;

  g_assert_cmpstr (atk_object_get_name (accessible), ==, "Socket connections by physical memory");
  wp_planner_model_set_ram_mb (f->model, 1024);
  description = atk_object_get_description (accessible);
  g_assert_nonnull (description);
  g_assert_nonnull (strstr (description, "1\u00a0GB"));
  g_assert_nonnull (strstr (description, "Windows NT 4.0: 8000 practical, 12000 theoretical"));
  g_assert_nonnull (strstr (description, "Windows 2000, XP, 2003: 8000 practical, 12500 theoretical"));
}

/* Under the pointer, the values are a compact box in the plot (issue 14,
 * defect 14): off the crosshair, where the values it gives are, and off
 * every line where the plot has room for that: with the pointer right of
 * the middle, the top left, above the lines rising from the origin. */
static void
test_readout (Fixture       *f,
              gconstpointer  user_data)
{
  static const double at[] = { 0.9, 0.6, 0.1 };

  wp_planner_model_set_max_user_port (f->model, 65534);
  for (gsize i = 0; i < G_N_ELEMENTS (at); i++)
    {
      const WpChartRect *plot = &f->layout.plot;
      const WpChartRect *box = &WP_CHART (f->chart)->readout;
      WpChartData data;
      WpLimitsInput input;
      double x;

      cairo_surface_destroy (draw_widget (f));
      x = plot->x + plot->width * at[i];
      wp_test_send_motion (f->chart, x, plot->y + plot->height / 2);
      cairo_surface_destroy (draw_widget (f));
      g_test_message ("pointer at %g: box %g,%g %gx%g in plot %g,%g %gx%g", x, box->x, box->y,
                      box->width, box->height, plot->x, plot->y, plot->width, plot->height);

      g_assert_cmpfloat (box->width, >, 0);
      g_assert_true (x < box->x || x > box->x + box->width);
      g_assert_cmpfloat (box->x, >=, plot->x);
      g_assert_cmpfloat (box->x + box->width, <=, plot->x + plot->width);
      g_assert_cmpfloat (box->y, >=, plot->y);
      g_assert_cmpfloat (box->y + box->height, <=, plot->y + plot->height);
      /* Compact: a corner, not a third of the plot */
      g_assert_cmpfloat (box->width * box->height, <, plot->width * plot->height / 6);

      /* No version's line crosses it. */
      if (at[i] < 0.5)
        continue;
      wp_planner_model_get_input (f->model, &input);
      wp_chart_data_init (&data, &input, wp_planner_model_get_visible_platforms (f->model));
      for (double px = box->x; px <= box->x + box->width; px++)
        for (guint s = 0; s < data.n_series; s++)
          {
            double ram, y_practical, y_theoretical;
            guint practical, theoretical;

            wp_chart_layout_from_pixel (&f->layout, px, 0, &ram, NULL);
            wp_chart_series_values_at (&data.series[s], &input, ram, &practical, &theoretical);
            wp_chart_layout_to_pixel (&f->layout, ram, practical, NULL, &y_practical);
            wp_chart_layout_to_pixel (&f->layout, ram, theoretical, NULL, &y_theoretical);
            g_assert_false (y_practical > box->y && y_practical < box->y + box->height);
            if (data.series[s].has_pool)
              g_assert_false (y_theoretical > box->y && y_theoretical < box->y + box->height);
          }
    }

  /* Gone when the pointer leaves. */
  {
    GdkEvent *event = gdk_event_new (GDK_LEAVE_NOTIFY);

    send_event (f, event, gdk_seat_get_pointer (default_seat ()));
    cairo_surface_destroy (draw_widget (f));
    g_assert_cmpfloat (WP_CHART (f->chart)->readout.width, ==, 0);
  }
}

static void
test_clipboard (Fixture       *f,
                gconstpointer  user_data)
{
  GtkClipboard *clipboard = gtk_widget_get_clipboard (f->chart, GDK_SELECTION_CLIPBOARD);
  g_autoptr (GdkPixbuf) image = NULL;

  wp_chart_copy_to_clipboard (WP_CHART (f->chart));
  image = gtk_clipboard_wait_for_image (clipboard);
  g_assert_nonnull (image);
  /* A PNG at twice the chart's size, sharp on a slide (issue 14) */
  g_assert_cmpint (gdk_pixbuf_get_width (image), ==,
                   2 * MAX (gtk_widget_get_allocated_width (f->chart), 360));
  g_assert_cmpint (gdk_pixbuf_get_height (image), ==,
                   2 * MAX (gtk_widget_get_allocated_height (f->chart), 240));
}

/* A page narrower than the table (portrait A5, 420 pt): nothing is cut at
 * the right edge, the table is scaled down instead (issue 14). */
static void
test_print_narrow (void)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  WpLimitsInput input;
  double x, y, width, height;

  wp_limits_input_init (&input);
  wp_chart_print_draw_page (cr, 420, 595, &input, WP_PLATFORMS_SOURCE, WP_PLATFORM_WIN2000);
  cairo_destroy (cr);
  cairo_recording_surface_ink_extents (surface, &x, &y, &width, &height);
  cairo_surface_destroy (surface);
  g_test_message ("ink %g,%g %gx%g", x, y, width, height);
  g_assert_cmpfloat (x, >=, -1);
  g_assert_cmpfloat (x + width, <=, 420 + 1);
  g_assert_cmpfloat (y + height, <=, 595 + 1);
}

/* Printing to a PDF file: one landscape page. */
static void
test_print (Fixture       *f,
            gconstpointer  user_data)
{
  g_autoptr (GtkPrintOperation) operation = wp_chart_print_operation_new (f->model);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wp-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "page.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  GtkPrintOperationResult result;

  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (memmem (contents, length, "/Count 1", 8));
  if (g_getenv ("WP_CHART_DUMP") != NULL)
    {
      g_autofree char *keep = g_build_filename (g_getenv ("WP_CHART_DUMP"), "print.pdf", NULL);
      g_file_set_contents (keep, contents, length, NULL);
    }
  g_unlink (path);
  g_rmdir (dir);
}

/* Closes the preview window, once it is drawn; counts what it found. */
static gboolean
close_preview_cb (gpointer data)
{
  guint *found = data;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (gtk_widget_get_visible (l->data) &&
        g_strcmp0 (gtk_window_get_title (l->data), "Socket connections by physical memory") == 0)
      {
        (*found)++;
        gtk_widget_destroy (l->data);
      }
  g_list_free (toplevels);
  return G_SOURCE_REMOVE;
}

/* Print preview: a window of its own shows the page; closing it ends the
 * preview and wp_chart_print() returns. */
static void
test_print_preview (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr (GError) error = NULL;
  guint found = 0;

  g_timeout_add (500, close_preview_cb, &found);
  /* No parent: the fixture's window is offscreen. */
  g_assert_true (wp_chart_print (NULL, f->model,
                                 GTK_PRINT_OPERATION_ACTION_PREVIEW, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (found, ==, 1);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/chart/widget/draws-model", test_draws_model);
  ADD ("/chart/widget/kept-base", test_kept_base);
  ADD ("/chart/widget/drag", test_drag);
  ADD ("/chart/widget/keys", test_keys);
  ADD ("/chart/widget/accessible", test_accessible);
  ADD ("/chart/widget/readout", test_readout);
  ADD ("/chart/widget/clipboard", test_clipboard);
  ADD ("/chart/widget/print", test_print);
  ADD ("/chart/widget/line-names", test_line_names);
  ADD ("/chart/widget/print-preview", test_print_preview);
  g_test_add_func ("/chart/widget/print-narrow", test_print_narrow);
#undef ADD

  return g_test_run ();
}
