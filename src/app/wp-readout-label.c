/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-readout-label"

#include "config.h"

#include <glib/gi18n.h>

#include "wp-readout-label.h"
#include "wp-readout-label-private.h"

/* A GtkLabel's width-chars, which the summary's labels had. */
#define MIN_WIDTH_CHARS 20

G_DEFINE_FINAL_TYPE (WpReadoutLabel, wp_readout_label, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* The CSS padding and border around the text. */
GtkBorder
wp_readout_label_frame (GtkWidget *widget)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GtkStateFlags state = gtk_style_context_get_state (context);
  GtkBorder padding, border;

  gtk_style_context_get_padding (context, state, &padding);
  gtk_style_context_get_border (context, state, &border);
  return (GtkBorder) { padding.left + border.left, padding.right + border.right,
                       padding.top + border.top, padding.bottom + border.bottom };
}

/* The text laid out at @width pixels (the one layout, shaped again only
 * when the text or the width changes). */
PangoLayout *
wp_readout_label_layout_at (WpReadoutLabel *self,
           int             width)
{
  width = MAX (width, 1);
  if (self->layout == NULL)
    {
      gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      /* As the summary measures the height it reserves */
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (self->layout, rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      self->layout_width = -1;
    }
  if (self->layout_width != width)
    {
      pango_layout_set_width (self->layout, width * PANGO_SCALE);
      self->layout_width = width;
    }
  return self->layout;
}

static int
text_height_at (WpReadoutLabel *self,
                int             width)
{
  GtkBorder frame = wp_readout_label_frame (GTK_WIDGET (self));
  int height;

  pango_layout_get_pixel_size (wp_readout_label_layout_at (self, width - frame.left - frame.right), NULL, &height);
  return height + frame.top + frame.bottom;
}

int
wp_readout_label_content_width (WpReadoutLabel *self)
{
  GtkBorder frame = wp_readout_label_frame (GTK_WIDGET (self));

  return gtk_widget_get_allocated_width (GTK_WIDGET (self)) - frame.left - frame.right;
}

static void
forget_layout (WpReadoutLabel *self)
{
  g_clear_object (&self->layout);
  g_clear_object (&self->selection_style);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Callbacks */

static gboolean
resize_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  WP_READOUT_LABEL (widget)->resize_tick = 0;
  gtk_widget_queue_resize (widget);
  return G_SOURCE_REMOVE;
}

/* GtkWidget overrides */

static GtkSizeRequestMode
wp_readout_label_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* As a wrapping GtkLabel with width-chars: the natural width is the
 * minimum too, so that it does not change with the text. */
static void
wp_readout_label_get_preferred_width (GtkWidget *widget,
                                      int       *minimum,
                                      int       *natural)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  PangoFontMetrics *metrics =
    pango_context_get_metrics (context, pango_context_get_font_description (context),
                               pango_context_get_language (context));
  GtkBorder frame = wp_readout_label_frame (widget);
  int char_width = pango_font_metrics_get_approximate_char_width (metrics);

  *minimum = *natural = PANGO_PIXELS_CEIL (MIN_WIDTH_CHARS * char_width) + frame.left + frame.right;
  pango_font_metrics_unref (metrics);
}

static void
wp_readout_label_get_preferred_height_for_width (GtkWidget *widget,
                                                 int        width,
                                                 int       *minimum,
                                                 int       *natural)
{
  *minimum = *natural = text_height_at (WP_READOUT_LABEL (widget), width);
}

static void
wp_readout_label_get_preferred_height (GtkWidget *widget,
                                       int       *minimum,
                                       int       *natural)
{
  int width, unused;

  wp_readout_label_get_preferred_width (widget, &width, &unused);
  wp_readout_label_get_preferred_height_for_width (widget, width, minimum, natural);
}

static void
wp_readout_label_get_preferred_width_for_height (GtkWidget *widget,
                                                 int        height,
                                                 int       *minimum,
                                                 int       *natural)
{
  wp_readout_label_get_preferred_width (widget, minimum, natural);
}

static void
wp_readout_label_size_allocate (GtkWidget     *widget,
                                GtkAllocation *allocation)
{
  WpReadoutLabel *self = WP_READOUT_LABEL (widget);

  gtk_widget_set_allocation (widget, allocation);
  if (self->event_window != NULL)
    gdk_window_move_resize (self->event_window, allocation->x, allocation->y,
                            allocation->width, allocation->height);
  /* A text set since the last measuring left GTK's heights for other
   * widths stale: at a new width, the window lays out again if the text
   * does not fit (a resize queued while allocating is lost: at the next
   * frame). */
  if (self->requests_stale && allocation->width != self->stale_width)
    {
      self->requests_stale = FALSE;
      if (text_height_at (self, allocation->width) != allocation->height && self->resize_tick == 0)
        self->resize_tick = gtk_widget_add_tick_callback (widget, resize_tick_cb, NULL, NULL);
    }
}

static gboolean
wp_readout_label_draw (GtkWidget *widget,
                       cairo_t   *cr)
{
  WpReadoutLabel *self = WP_READOUT_LABEL (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GtkBorder frame = wp_readout_label_frame (widget);
  int width = gtk_widget_get_allocated_width (widget);
  int height = gtk_widget_get_allocated_height (widget);
  PangoLayout *layout = wp_readout_label_layout_at (self, width - frame.left - frame.right);

  gtk_render_background (context, cr, 0, 0, width, height);
  gtk_render_frame (context, cr, 0, 0, width, height);
  gtk_render_layout (context, cr, frame.left, frame.top, layout);

  if (self->sel_anchor != self->sel_bound)
    wp_readout_label_draw_selection (self, cr, layout, &frame);
  return GDK_EVENT_PROPAGATE;
}

static void
wp_readout_label_realize (GtkWidget *widget)
{
  WpReadoutLabel *self = WP_READOUT_LABEL (widget);
  GdkWindow *parent = gtk_widget_get_parent_window (widget);
  GtkAllocation allocation;
  GdkWindowAttr attributes = { 0 };

  gtk_widget_get_allocation (widget, &allocation);
  gtk_widget_set_realized (widget, TRUE);
  gtk_widget_set_window (widget, g_object_ref (parent));

  attributes.window_type = GDK_WINDOW_CHILD;
  attributes.wclass = GDK_INPUT_ONLY;
  attributes.x = allocation.x;
  attributes.y = allocation.y;
  attributes.width = allocation.width;
  attributes.height = allocation.height;
  attributes.event_mask = gtk_widget_get_events (widget) | GDK_BUTTON_PRESS_MASK |
                          GDK_BUTTON_RELEASE_MASK | GDK_BUTTON1_MOTION_MASK;
  attributes.cursor = gdk_cursor_new_from_name (gtk_widget_get_display (widget), "text");
  self->event_window = gdk_window_new (parent, &attributes,
                                       GDK_WA_X | GDK_WA_Y | (attributes.cursor ? GDK_WA_CURSOR : 0));
  g_clear_object (&attributes.cursor);
  gtk_widget_register_window (widget, self->event_window);
}

static void
wp_readout_label_unrealize (GtkWidget *widget)
{
  WpReadoutLabel *self = WP_READOUT_LABEL (widget);

  if (self->resize_tick != 0)
    gtk_widget_remove_tick_callback (widget, self->resize_tick);
  self->resize_tick = 0;
  gtk_widget_unregister_window (widget, self->event_window);
  g_clear_pointer (&self->event_window, gdk_window_destroy);
  GTK_WIDGET_CLASS (wp_readout_label_parent_class)->unrealize (widget);
}

static void
wp_readout_label_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (wp_readout_label_parent_class)->map (widget);
  gdk_window_show (WP_READOUT_LABEL (widget)->event_window);
}

static void
wp_readout_label_unmap (GtkWidget *widget)
{
  gdk_window_hide (WP_READOUT_LABEL (widget)->event_window);
  GTK_WIDGET_CLASS (wp_readout_label_parent_class)->unmap (widget);
}

static void
wp_readout_label_style_updated (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (wp_readout_label_parent_class)->style_updated (widget);
  forget_layout (WP_READOUT_LABEL (widget));   /* another font */
}

static void
wp_readout_label_direction_changed (GtkWidget        *widget,
                                    GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (wp_readout_label_parent_class)->direction_changed (widget, previous);
  forget_layout (WP_READOUT_LABEL (widget));   /* another alignment */
}

/* Screen readers read the text as the label's name. */
static AtkObject *
wp_readout_label_get_accessible (GtkWidget *widget)
{
  WpReadoutLabel *self = WP_READOUT_LABEL (widget);
  AtkObject *accessible = GTK_WIDGET_CLASS (wp_readout_label_parent_class)->get_accessible (widget);

  if (self->accessible == NULL)
    {
      self->accessible = accessible;
      atk_object_set_name (accessible, self->text);
    }
  return accessible;
}

/* GObject overrides */

static void
wp_readout_label_dispose (GObject *object)
{
  WpReadoutLabel *self = WP_READOUT_LABEL (object);

  g_clear_pointer (&self->menu, gtk_widget_destroy);
  g_clear_object (&self->layout);
  g_clear_object (&self->selection_style);

  G_OBJECT_CLASS (wp_readout_label_parent_class)->dispose (object);
}

static void
wp_readout_label_finalize (GObject *object)
{
  g_free (WP_READOUT_LABEL (object)->text);

  G_OBJECT_CLASS (wp_readout_label_parent_class)->finalize (object);
}

static void
wp_readout_label_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, WP_READOUT_LABEL (object)->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_readout_label_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_TEXT:
      wp_readout_label_set_text (WP_READOUT_LABEL (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wp_readout_label_class_init (WpReadoutLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_readout_label_dispose;
  object_class->finalize = wp_readout_label_finalize;
  object_class->get_property = wp_readout_label_get_property;
  object_class->set_property = wp_readout_label_set_property;

  widget_class->get_request_mode = wp_readout_label_get_request_mode;
  widget_class->get_preferred_width = wp_readout_label_get_preferred_width;
  widget_class->get_preferred_height = wp_readout_label_get_preferred_height;
  widget_class->get_preferred_height_for_width = wp_readout_label_get_preferred_height_for_width;
  widget_class->get_preferred_width_for_height = wp_readout_label_get_preferred_width_for_height;
  widget_class->size_allocate = wp_readout_label_size_allocate;
  widget_class->draw = wp_readout_label_draw;
  widget_class->realize = wp_readout_label_realize;
  widget_class->unrealize = wp_readout_label_unrealize;
  widget_class->map = wp_readout_label_map;
  widget_class->unmap = wp_readout_label_unmap;
  widget_class->button_press_event = wp_readout_label_button_press_event;
  widget_class->motion_notify_event = wp_readout_label_motion_notify_event;
  widget_class->button_release_event = wp_readout_label_button_release_event;
  widget_class->style_updated = wp_readout_label_style_updated;
  widget_class->direction_changed = wp_readout_label_direction_changed;
  widget_class->get_accessible = wp_readout_label_get_accessible;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Styled as a label, its selection too ("label selection"). */
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, ATK_ROLE_LABEL);
}

static void
wp_readout_label_init (WpReadoutLabel *self)
{
  gtk_widget_set_has_window (GTK_WIDGET (self), FALSE);
  self->text = g_strdup ("");
}

/* Public API */

GtkWidget *
wp_readout_label_new (void)
{
  return g_object_new (WP_TYPE_READOUT_LABEL, NULL);
}

const char *
wp_readout_label_get_text (WpReadoutLabel *self)
{
  g_return_val_if_fail (WP_IS_READOUT_LABEL (self), NULL);

  return self->text;
}

/* A new text keeps the window's layout when it is as high at the width
 * the label has: it is drawn again, not measured again. */
void
wp_readout_label_set_text (WpReadoutLabel *self,
                           const char     *text)
{
  GtkWidget *widget = (GtkWidget *) self;
  int allocated;

  g_return_if_fail (WP_IS_READOUT_LABEL (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  self->sel_anchor = self->sel_bound = 0;
  if (self->accessible != NULL)
    atk_object_set_name (self->accessible, text);

  allocated = gtk_widget_get_allocated_height (widget);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, text, -1);
  if (self->layout != NULL && gtk_widget_get_mapped (widget) &&
      text_height_at (self, gtk_widget_get_allocated_width (widget)) == allocated)
    {
      if (!self->requests_stale)
        self->stale_width = gtk_widget_get_allocated_width (widget);
      self->requests_stale = TRUE;
      gtk_widget_queue_draw (widget);
    }
  else
    {
      self->requests_stale = FALSE;
      gtk_widget_queue_resize (widget);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
