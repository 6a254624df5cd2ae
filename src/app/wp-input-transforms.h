/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How the input panel's controls show the model's values and take them
 * back: binding transforms, and the spin buttons' text. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Adjustments hold doubles, the model whole numbers (either way). */
gboolean wp_transform_number                  (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
/* The RAM slider: its position is log2 of the megabytes; its moves stop
 * at 2^n and 1.5 x 2^n MB.  snap() gives the stop for a move of @scroll to
 * @position from @ram_mb (a key moves at least to the next stop). */
#define WP_RAM_SLIDER_N_STOPS 49
guint    wp_ram_slider_stops                  (guint64        stops[WP_RAM_SLIDER_N_STOPS]);
double   wp_ram_slider_position               (guint64        ram_mb);
guint64  wp_ram_slider_snap                   (double         position,
                                               guint64        ram_mb,
                                               GtkScrollType  scroll);
gboolean wp_transform_ram_to_position         (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
gboolean wp_transform_position_to_ram         (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
/* time-wait-delay <-> the TIME_WAIT slider and its "default" check;
 * default_check_to_time_wait's @user_data is the slider's adjustment. */
gboolean wp_transform_time_wait_to_adjustment (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
gboolean wp_transform_time_wait_to_check      (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
gboolean wp_transform_check_to_time_wait      (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
/* selected-platform <-> the combo's active-id. */
gboolean wp_transform_platform_to_id          (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
gboolean wp_transform_id_to_platform          (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
/* selected-platform -> a "Compare" check; @user_data is its platform. */
gboolean wp_transform_selected_to_sensitive   (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
gboolean wp_transform_selected_to_tooltip     (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
/* visible-platforms <-> one platform's check; @user_data is its bit. */
gboolean wp_transform_visible_to_check        (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
gboolean wp_transform_check_to_visible        (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
/* The values over the sliders: "1.5 GB", "5,000", "240 s". */
gboolean wp_transform_ram_to_text             (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
gboolean wp_transform_count_to_text           (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);
gboolean wp_transform_seconds_to_text         (GBinding     *binding,
                                               const GValue *from,
                                               GValue       *to,
                                               gpointer      user_data);

/* GtkSpinButton::output handler: whole numbers grouped in the locale. */
gboolean wp_spin_output_cb                    (GtkSpinButton *spin,
                                               gpointer       user_data);

G_END_DECLS
