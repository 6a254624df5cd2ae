/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-summary"

#include "config.h"

#include <string.h>

#include "ui/wp-resources.h"
#include "wp-input-transforms.h"
#include "wp-readout-label.h"
#include "limits/wp-headroom.h"
#include "limits/wp-target.h"
#include "report/wp-readout.h"
#include "wp-summary.h"

#define RESERVED_WIDTHS 4

struct _WpSummary
{
  GtkBox          parent_instance;

  WpPlannerModel *model;

  WpReadoutLabel *server_readout;
  WpReadoutLabel *client_readout;

  /* What reserved_height() measures, and for what; the heights it found
   * at the last few widths (a layout asks at more than one) */
  GPtrArray      *reserved_texts[3];  /* server, client, target sentences */
  WpLimitsInput   reserved_input;     /* ram_mb and max_user_port unused */
  WpPlatform      reserved_platform;
  int             reserved_widths[RESERVED_WIDTHS];
  int             reserved[RESERVED_WIDTHS];
  guint           reserved_next;
  WpReadoutLabel *target_readout;
  WpReadoutLabel *measured_readout;  /* with an import only */
};

G_DEFINE_FINAL_TYPE (WpSummary, wp_summary, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

/* The selected version's verdict, with a target only, and with a rate its
 * port headroom (wp-headroom.h) under it; NULL without a target. */
static char *
target_text (WpPlatform           platform,
             const WpLimitsInput *input)
{
  g_autofree char *target = wp_target_format_sentence (platform, input);
  g_autofree char *headroom = wp_headroom_format_sentence (platform, input);

  if (target != NULL && headroom != NULL)
    return g_strconcat (target, "\n", headroom, NULL);
  return g_steal_pointer (&target);
}

static void
update_readouts (WpSummary *self)
{
  WpPlatform platform = wp_planner_model_get_selected_platform (self->model);
  const WpLimits *limits = wp_planner_model_peek_limits (self->model, platform);
  WpLimitsInput input;
  g_autofree char *server = NULL;
  g_autofree char *client = NULL;
  g_autofree char *target = NULL;
  WpMeasurement *measurement;

  wp_planner_model_get_input (self->model, &input);

  server = wp_readout_server (limits, input.ram_mb);
  client = wp_readout_client (limits);
  wp_readout_label_set_text (self->server_readout, server);
  wp_readout_label_set_text (self->client_readout, client);

  target = target_text (platform, &input);
  if (target != NULL)
    wp_readout_label_set_text (self->target_readout, target);
  gtk_widget_set_visible (GTK_WIDGET (self->target_readout), target != NULL);

  measurement = wp_planner_model_get_measurement (self->model);
  if (measurement != NULL)
    {
      g_autofree char *measured = wp_readout_measured (measurement, platform, &input);

      wp_readout_label_set_text (self->measured_readout, measured);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->measured_readout), measurement != NULL);
}

/* The height of @label's tallest text among @texts at @width. */
static int
tallest (WpReadoutLabel *label,
         GPtrArray  *texts,
         int         width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (label), NULL);
  int tallest = 0;

  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  for (guint i = 0; i < texts->len; i++)
    {
      int height;

      pango_layout_set_text (layout, texts->pdata[i], -1);
      pango_layout_get_pixel_size (layout, NULL, &height);
      tallest = MAX (tallest, height);
    }
  g_object_unref (layout);
  return tallest;
}

static void
forget_heights (WpSummary *self)
{
  for (guint i = 0; i < RESERVED_WIDTHS; i++)
    self->reserved_widths[i] = -1;
}

/* How many of a label's sentences are measured at each width the layout
 * asks about: the longest wrap into the most lines (their words differ in
 * their figures, whose digits are all as wide). */
#define RESERVED_LONGEST 4

static int
compare_lengths (gconstpointer a,
                 gconstpointer b)
{
  glong la = g_utf8_strlen (*(char * const *) a, -1);
  glong lb = g_utf8_strlen (*(char * const *) b, -1);

  return (lb > la) - (lb < la);
}

/* Leaves in @texts only its RESERVED_LONGEST longest sentences: a hundred
 * sentences shaped again at every width the layout asks about made the
 * summary most of the window's start-up (784 M instructions of 1,402 M). */
static void
keep_longest (GPtrArray *texts)
{
  g_ptr_array_sort (texts, compare_lengths);
  if (texts->len > RESERVED_LONGEST)
    g_ptr_array_remove_range (texts, RESERVED_LONGEST, texts->len - RESERVED_LONGEST);
}

/* The sentences the sliders can bring: at every stop of the RAM slider,
 * and values typed or dragged to, at both ends of MaxUserPort. */
static void
collect_sentences (WpSummary           *self,
                   WpPlatform           platform,
                   const WpLimitsInput *fixed)
{
  static const guint64 odd_ram[] = { 1000, 2047, 3313, 65535 };
  static const guint ports[] = { WP_MAX_USER_PORT_DEFAULT, 10000, 65534 };
  guint64 ram[WP_RAM_SLIDER_N_STOPS + G_N_ELEMENTS (odd_ram)];
  guint n_ram = wp_ram_slider_stops (ram);
  WpLimitsInput input = *fixed;

  for (guint i = 0; i < G_N_ELEMENTS (self->reserved_texts); i++)
    {
      g_clear_pointer (&self->reserved_texts[i], g_ptr_array_unref);
      self->reserved_texts[i] = g_ptr_array_new_with_free_func (g_free);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (odd_ram); i++)
    ram[n_ram++] = odd_ram[i];
  for (guint r = 0; r < n_ram; r++)
    for (gsize p = 0; p < G_N_ELEMENTS (ports); p++)
      {
        WpLimits limits;

        input.ram_mb = ram[r];
        input.max_user_port = ports[p];
        wp_limits_compute (platform, &input, &limits);
        g_ptr_array_add (self->reserved_texts[0], wp_readout_server (&limits, input.ram_mb));
        g_ptr_array_add (self->reserved_texts[1], wp_readout_client (&limits));
        /* The verdict, with a target: its "to pass" and the headroom
         * change with both. */
        if (wp_target_given (&input))
          g_ptr_array_add (self->reserved_texts[2], target_text (platform, &input));
      }
  for (guint i = 0; i < G_N_ELEMENTS (self->reserved_texts); i++)
    keep_longest (self->reserved_texts[i]);
}

/* Room for the longest sentences the sliders can bring, at @width:
 * nothing under the summary moves while a slider does. */
static int
reserved_height (WpSummary *self,
                 int        width)
{
  WpPlatform platform = wp_planner_model_get_selected_platform (self->model);
  WpLimitsInput input;
  guint slot;

  wp_planner_model_get_input (self->model, &input);
  input.ram_mb = input.max_user_port = 0;
  if (self->reserved_texts[0] == NULL || platform != self->reserved_platform ||
      memcmp (&input, &self->reserved_input, sizeof input) != 0)
    {
      self->reserved_platform = platform;
      self->reserved_input = input;
      collect_sentences (self, platform, &input);
      forget_heights (self);
    }

  for (guint i = 0; i < RESERVED_WIDTHS; i++)
    if (self->reserved_widths[i] == width)
      return self->reserved[i];

  slot = self->reserved_next++ % RESERVED_WIDTHS;
  self->reserved_widths[slot] = width;
  self->reserved[slot] = tallest (self->server_readout, self->reserved_texts[0], width) +
                         gtk_box_get_spacing (GTK_BOX (self)) +
                         tallest (self->client_readout, self->reserved_texts[1], width);
  if (self->reserved_texts[2]->len > 0)
    self->reserved[slot] += gtk_box_get_spacing (GTK_BOX (self)) +
                            tallest (self->target_readout, self->reserved_texts[2], width);
  return self->reserved[slot];
}

/* Whether the height reserved holds the sentences shown: none is longer
 * than the longest it was reserved for (as keep_longest() measures).  The
 * labels have no padding of their own, so then it is their height too. */
static gboolean
reserved_holds (WpSummary *self)
{
  WpReadoutLabel *labels[] = { self->server_readout, self->client_readout, self->target_readout };

  /* An import's sentences are not among those reserved for */
  if (gtk_widget_get_visible (GTK_WIDGET (self->measured_readout)))
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      GPtrArray *texts = self->reserved_texts[i];

      if (!gtk_widget_get_visible (GTK_WIDGET (labels[i])))
        continue;
      if (texts == NULL || texts->len == 0 ||
          g_utf8_strlen (wp_readout_label_get_text (labels[i]), -1) > g_utf8_strlen (texts->pdata[0], -1))
        return FALSE;
    }
  return TRUE;
}

/* Callbacks */

static void
model_notify_cb (WpSummary *self)
{
  update_readouts (self);
}

/* GObject overrides */

static void
wp_summary_dispose (GObject *object)
{
  WpSummary *self = WP_SUMMARY (object);

  wp_planner_model_replace (self, &self->model, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (self->reserved_texts); i++)
    g_clear_pointer (&self->reserved_texts[i], g_ptr_array_unref);

  G_OBJECT_CLASS (wp_summary_parent_class)->dispose (object);
}

static void
wp_summary_get_preferred_height_for_width (GtkWidget *widget,
                                           int        width,
                                           int       *minimum,
                                           int       *natural)
{
  WpSummary *self = WP_SUMMARY (widget);
  int reserved = 0;

  if (self->model != NULL)
    {
      reserved = reserved_height (self, width);
      /* A slider's move: no need to lay the new sentences out to know */
      if (reserved_holds (self))
        {
          *minimum = *natural = reserved;
          return;
        }
    }
  GTK_WIDGET_CLASS (wp_summary_parent_class)->get_preferred_height_for_width (widget, width,
                                                                              minimum, natural);
  *minimum = MAX (*minimum, reserved);
  *natural = MAX (*natural, reserved);
}

static void
wp_summary_style_updated (GtkWidget *widget)
{
  forget_heights (WP_SUMMARY (widget));   /* another font: measure again */
  GTK_WIDGET_CLASS (wp_summary_parent_class)->style_updated (widget);
}

static void
wp_summary_class_init (WpSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wp_summary_dispose;
  widget_class->get_preferred_height_for_width = wp_summary_get_preferred_height_for_width;
  widget_class->style_updated = wp_summary_style_updated;

  properties[PROP_MODEL] =
    wp_model_view_class_install (klass, PROP_MODEL, G_STRUCT_OFFSET (WpSummary, model),
                                 (WpModelViewSetModel) wp_summary_set_model);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  (void) wp_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/wp-summary.ui");
}

/* A sentence, named as a template child would be, with @style_class. */
static WpReadoutLabel *
add_readout (WpSummary  *self,
             const char *name,
             const char *style_class,
             gboolean    shown)
{
  GtkWidget *readout = wp_readout_label_new ();

  gtk_buildable_set_name (GTK_BUILDABLE (readout), name);
  if (style_class != NULL)
    gtk_style_context_add_class (gtk_widget_get_style_context (readout), style_class);
  /* The target's and an import's are shown only with one. */
  gtk_widget_set_no_show_all (readout, !shown);
  gtk_widget_set_visible (readout, shown);
  gtk_container_add (GTK_CONTAINER (self), readout);
  return WP_READOUT_LABEL (readout);
}

static void
wp_summary_init (WpSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->server_readout = add_readout (self, "server_readout", "wp-readout", TRUE);
  self->client_readout = add_readout (self, "client_readout", NULL, TRUE);
  self->target_readout = add_readout (self, "target_readout", "wp-target-verdict", FALSE);
  self->measured_readout = add_readout (self, "measured_readout", NULL, FALSE);
  forget_heights (self);
}

/* Public API */

GtkWidget *
wp_summary_new (WpPlannerModel *model)
{
  g_return_val_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model), NULL);

  return g_object_new (WP_TYPE_SUMMARY, "model", model, NULL);
}

WpPlannerModel *
wp_summary_get_model (WpSummary *self)
{
  g_return_val_if_fail (WP_IS_SUMMARY (self), NULL);

  return self->model;
}

void
wp_summary_set_model (WpSummary      *self,
                      WpPlannerModel *model)
{
  g_return_if_fail (WP_IS_SUMMARY (self));
  g_return_if_fail (model == NULL || WP_IS_PLANNER_MODEL (model));

  if (!wp_planner_model_replace (self, &self->model, model))
    return;

  if (model != NULL)
    {
      g_signal_connect_swapped (model, "notify", G_CALLBACK (model_notify_cb), self);
      update_readouts (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
