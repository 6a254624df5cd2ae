/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "wp-input-panel"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "limits/wp-parse.h"
#include "model/wp-planner-model.h"
#include "wp-input-transforms.h"

static double
value_as_double (const GValue *value)
{
  switch (G_VALUE_TYPE (value))
    {
    case G_TYPE_DOUBLE:
      return g_value_get_double (value);
    case G_TYPE_UINT:
      return g_value_get_uint (value);
    case G_TYPE_UINT64:
      return (double) g_value_get_uint64 (value);
    case G_TYPE_INT:
      return g_value_get_int (value);
    default:
      g_return_val_if_reached (0.0);
    }
}

/* Adjustments hold doubles, the model whole numbers: round, and keep the
 * value within the target type (the model clamps to its own range). */
gboolean
wp_transform_number (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  double number = round (value_as_double (from));

  if (!isfinite (number))
    return FALSE;

  switch (G_VALUE_TYPE (to))
    {
    case G_TYPE_DOUBLE:
      g_value_set_double (to, number);
      return TRUE;
    case G_TYPE_UINT:
      g_value_set_uint (to, (guint) CLAMP (number, 0.0, (double) G_MAXUINT));
      return TRUE;
    case G_TYPE_UINT64:
      g_value_set_uint64 (to, (guint64) CLAMP (number, 0.0, 18446744073709549568.0));
      return TRUE;
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* The RAM slider's position is log2 of the megabytes, over the command
 * line's whole range: 16 MB to 512 MB, every NT 4.0 machine, gets five of
 * its 24 octaves instead of an eighth of a linear 4 GB.  It stops at the
 * sizes memory comes in, 2^n MB and 1.5 x 2^n MB (16, 24, 32, 48 MB…). */
#define RAM_STOPS_MAX WP_RAM_SLIDER_N_STOPS

guint
wp_ram_slider_stops (guint64 stops[WP_RAM_SLIDER_N_STOPS])
{
  guint n = 0;

  for (guint64 mb = WP_RAM_MB_MIN; mb <= WP_RAM_MB_MAX; mb *= 2)
    {
      stops[n++] = mb;
      if (mb >= 2 && mb / 2 * 3 <= WP_RAM_MB_MAX)
        stops[n++] = mb / 2 * 3;
    }
  return n;
}

double
wp_ram_slider_position (guint64 ram_mb)
{
  return log2 ((double) CLAMP (ram_mb, WP_RAM_MB_MIN, WP_RAM_MB_MAX));
}

guint64
wp_ram_slider_snap (double          position,
                    guint64         ram_mb,
                    GtkScrollType   scroll)
{
  guint64 stops[RAM_STOPS_MAX];
  guint n = wp_ram_slider_stops (stops);
  double from = wp_ram_slider_position (ram_mb);
  guint nearest = 0;
  gboolean step = scroll == GTK_SCROLL_STEP_BACKWARD || scroll == GTK_SCROLL_STEP_FORWARD ||
                  scroll == GTK_SCROLL_STEP_LEFT || scroll == GTK_SCROLL_STEP_RIGHT ||
                  scroll == GTK_SCROLL_STEP_UP || scroll == GTK_SCROLL_STEP_DOWN;
  gboolean page = scroll == GTK_SCROLL_PAGE_BACKWARD || scroll == GTK_SCROLL_PAGE_FORWARD ||
                  scroll == GTK_SCROLL_PAGE_LEFT || scroll == GTK_SCROLL_PAGE_RIGHT ||
                  scroll == GTK_SCROLL_PAGE_UP || scroll == GTK_SCROLL_PAGE_DOWN;

  /* stops[] is ascending: 1, 2, 3, 4, 6, 8… */
  for (guint i = 1; i < n; i++)
    if (fabs (log2 ((double) stops[i]) - position) < fabs (log2 ((double) stops[nearest]) - position))
      nearest = i;

  /* A key moves to the next stop that way at least (a step: exactly), so
   * it never stays put, nor skips the stop just past a typed value. */
  if ((step || page) && position != from)
    {
      gboolean up = position > from;
      guint next = up ? 0 : n - 1;

      while (up ? (next < n - 1 && stops[next] <= ram_mb) : (next > 0 && stops[next] >= ram_mb))
        next += up ? 1 : -1;
      if (step || (up ? stops[nearest] <= ram_mb : stops[nearest] >= ram_mb))
        nearest = next;
    }

  return stops[nearest];
}

gboolean
wp_transform_ram_to_position (GBinding     *binding,
                              const GValue *from,
                              GValue       *to,
                              gpointer      user_data)
{
  g_value_set_double (to, wp_ram_slider_position (g_value_get_uint64 (from)));
  return TRUE;
}

/* The slider's own moves are snapped to a stop (its change-value handler);
 * this gives back the exact megabytes of the position it was set to. */
gboolean
wp_transform_position_to_ram (GBinding     *binding,
                              const GValue *from,
                              GValue       *to,
                              gpointer      user_data)
{
  double position = g_value_get_double (from);

  if (!isfinite (position))
    return FALSE;
  g_value_set_uint64 (to, (guint64) CLAMP (round (exp2 (position)), (double) WP_RAM_MB_MIN,
                                           (double) WP_RAM_MB_MAX));
  return TRUE;
}

/* TIME_WAIT: the model's 0 ("each platform's default") shows as the
 * default in force on the selected platform; the check button decides. */
gboolean
wp_transform_time_wait_to_adjustment (GBinding     *binding,
                                      const GValue *from,
                                      GValue       *to,
                                      gpointer      user_data)
{
  g_autoptr (GObject) model = g_binding_dup_source (binding);
  guint time_wait_s = g_value_get_uint (from);

  if (model == NULL)
    return FALSE;

  if (time_wait_s == WP_TIME_WAIT_PLATFORM)
    time_wait_s = wp_limits_time_wait (wp_planner_model_get_selected_platform (WP_PLANNER_MODEL (model)),
                                       WP_TIME_WAIT_PLATFORM);
  /* 98 and ME have none: the slider keeps what it shows */
  if (time_wait_s == 0)
    return FALSE;

  g_value_set_double (to, time_wait_s);
  return TRUE;
}

gboolean
wp_transform_time_wait_to_check (GBinding     *binding,
                                 const GValue *from,
                                 GValue       *to,
                                 gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_uint (from) == WP_TIME_WAIT_PLATFORM);
  return TRUE;
}

/* Unchecking "default" takes the value the slider shows. */
gboolean
wp_transform_check_to_time_wait (GBinding     *binding,
                                 const GValue *from,
                                 GValue       *to,
                                 gpointer      user_data)
{
  GtkAdjustment *time_wait_adjustment = user_data;

  if (g_value_get_boolean (from))
    g_value_set_uint (to, WP_TIME_WAIT_PLATFORM);
  else
    g_value_set_uint (to, (guint) round (gtk_adjustment_get_value (time_wait_adjustment)));

  return TRUE;
}

/* The platform combo's rows carry the platform ids: bound by id, not by
 * row index. */
gboolean
wp_transform_platform_to_id (GBinding     *binding,
                             const GValue *from,
                             GValue       *to,
                             gpointer      user_data)
{
  g_value_set_string (to, wp_platform_info (g_value_get_enum (from))->id);
  return TRUE;
}

gboolean
wp_transform_id_to_platform (GBinding     *binding,
                             const GValue *from,
                             GValue       *to,
                             gpointer      user_data)
{
  const char *id = g_value_get_string (from);
  WpPlatform platform;

  if (id == NULL || !wp_platform_from_id (id, &platform))
    return FALSE;

  g_value_set_enum (to, platform);
  return TRUE;
}

/* A platform's check button <-> its bit in visible-platforms. */
gboolean
wp_transform_visible_to_check (GBinding     *binding,
                               const GValue *from,
                               GValue       *to,
                               gpointer      user_data)
{
  guint bit = GPOINTER_TO_UINT (user_data);

  g_value_set_boolean (to, (g_value_get_uint (from) & bit) != 0);
  return TRUE;
}

/* The selected version's "Compare" check cannot be cleared (the model
 * keeps it drawn): insensitive, and its tooltip says why.  @user_data is
 * the check's platform. */
gboolean
wp_transform_selected_to_sensitive (GBinding     *binding,
                                    const GValue *from,
                                    GValue       *to,
                                    gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_enum (from) != GPOINTER_TO_INT (user_data));
  return TRUE;
}

gboolean
wp_transform_selected_to_tooltip (GBinding     *binding,
                                  const GValue *from,
                                  GValue       *to,
                                  gpointer      user_data)
{
  WpPlatform platform = GPOINTER_TO_INT (user_data);

  if (g_value_get_enum (from) != (int) platform)
    g_value_set_string (to, wp_platform_name (platform));
  else
    /* Translators: the tooltip of the selected version's "Compare" check;
     * %s is the version's name */
    g_value_take_string (to, g_strdup_printf (_("%s: the selected version, always drawn"),
                                              wp_platform_name (platform)));
  return TRUE;
}

gboolean
wp_transform_check_to_visible (GBinding     *binding,
                               const GValue *from,
                               GValue       *to,
                               gpointer      user_data)
{
  g_autoptr (GObject) model = g_binding_dup_source (binding);
  guint bit = GPOINTER_TO_UINT (user_data);
  guint mask;

  if (model == NULL)
    return FALSE;

  mask = wp_planner_model_get_visible_platforms (WP_PLANNER_MODEL (model));
  if (g_value_get_boolean (from))
    mask |= bit;
  else
    mask &= ~bit;

  g_value_set_uint (to, mask);
  return TRUE;
}

/* The values over the sliders, as people read them: "1.5 GB", "5,000",
 * "240 s" (the delay in force on the selected platform). */
gboolean
wp_transform_ram_to_text (GBinding     *binding,
                          const GValue *from,
                          GValue       *to,
                          gpointer      user_data)
{
  g_value_take_string (to, wp_format_ram_mb (g_value_get_uint64 (from)));
  return TRUE;
}

gboolean
wp_transform_count_to_text (GBinding     *binding,
                            const GValue *from,
                            GValue       *to,
                            gpointer      user_data)
{
  g_value_take_string (to, wp_format_count (g_value_get_uint (from)));
  return TRUE;
}

gboolean
wp_transform_seconds_to_text (GBinding     *binding,
                              const GValue *from,
                              GValue       *to,
                              gpointer      user_data)
{
  /* "—" for 0: no source gives the selected version (98, ME) a TIME_WAIT */
  g_value_take_string (to, wp_format_time_wait (g_value_get_uint (from)));
  return TRUE;
}

/* The spin buttons show their whole numbers as the rest of the window does,
 * grouped in the user's locale ("5,000"), and take them typed either way;
 * other text is refused and the value stays. */
gboolean
wp_spin_output_cb (GtkSpinButton *spin,
                   gpointer       user_data)
{
  double value = gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  g_autofree char *text = wp_format_count ((guint64) MAX (0.0, round (value)));

  if (g_strcmp0 (gtk_entry_get_text (GTK_ENTRY (spin)), text) != 0)
    gtk_entry_set_text (GTK_ENTRY (spin), text);
  return TRUE;
}
