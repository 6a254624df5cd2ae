/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart's options (issue 14, defect 5), in a popover on the chart: the
 * lines it draws, a check each (the versions are the model's visible
 * platforms; the selected one is always drawn, its check insensitive),
 * each axis' scale (issue 15), and the top of its value axis, "Automatic"
 * or a number typed as the spin buttons take them.  The reference lines,
 * the scales and the top are remembered in the settings. */
#define G_LOG_DOMAIN "wp-chart-options"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "limits/wp-format.h"
#include "limits/wp-parse.h"
#include "wp-chart-options.h"

#define OPTIONS_KEY "wp-chart-options"

typedef struct
{
  WpChart            *chart;     /* not owned: the popover is its child */
  WpPlannerModel     *model;
  GSimpleActionGroup *actions;
  GtkPopover         *popover;
  GtkEntry           *top_entry;
  GtkLabel           *top_error;
} Options;

static void
options_free (Options *options)
{
  if (options->model != NULL)
    g_signal_handlers_disconnect_by_data (options->model, options);
  g_clear_object (&options->model);
  g_clear_object (&options->actions);
  g_free (options);
}

static char *
version_action_name (WpPlatform platform)
{
  return g_strdup_printf ("show-%s", wp_platform_info (platform)->id);
}

/* The version checks follow the model: visible and selected. */
static void
sync_versions (Options *options)
{
  guint visible = wp_planner_model_get_visible_platforms (options->model);
  WpPlatform selected = wp_planner_model_get_selected_platform (options->model);

  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    {
      g_autofree char *name = version_action_name (p);
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (options->actions), name);
      gboolean shown = (visible & WP_PLATFORM_BIT (p)) != 0;

      g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (shown));
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), p != selected);
    }
}

static void
version_change_state_cb (GSimpleAction *action,
                         GVariant      *state,
                         Options       *options)
{
  WpPlatform platform = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (action), "wp-platform"));
  guint visible = wp_planner_model_get_visible_platforms (options->model);

  if (g_variant_get_boolean (state))
    visible |= WP_PLATFORM_BIT (platform);
  else
    visible &= ~WP_PLATFORM_BIT (platform);
  /* The model keeps the selected version; sync_versions() says what it did. */
  wp_planner_model_set_visible_platforms (options->model, visible);
  sync_versions (options);
}

static void
add_actions (Options *options)
{
  static const char * const lines[] = { "show-client-ports", "show-process-cap" };

  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    {
      g_autofree char *name = version_action_name (p);
      GSimpleAction *action = g_simple_action_new_stateful (name, NULL,
                                                            g_variant_new_boolean (TRUE));

      g_object_set_data (G_OBJECT (action), "wp-platform", GINT_TO_POINTER (p));
      g_signal_connect (action, "change-state", G_CALLBACK (version_change_state_cb), options);
      g_action_map_add_action (G_ACTION_MAP (options->actions), G_ACTION (action));
      g_object_unref (action);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr (GPropertyAction) action = g_property_action_new (lines[i], options->chart, lines[i]);

      g_action_map_add_action (G_ACTION_MAP (options->actions), G_ACTION (action));
    }
  gtk_widget_insert_action_group (GTK_WIDGET (options->chart), "chart",
                                  G_ACTION_GROUP (options->actions));
}

/* The entry shows the chart's top: empty (its placeholder says
 * "Automatic") for 0. */
static void
show_top (Options *options)
{
  guint top;
  g_autofree char *text = NULL;

  g_object_get (options->chart, "value-max", &top, NULL);
  text = top > 0 ? wp_format_count (top) : g_strdup ("");
  gtk_entry_set_text (options->top_entry, text);
}

/* Empty for automatic, else a whole number as the spin buttons take it;
 * refused text changes nothing and says why under the entry. */
static void
top_activate_cb (GtkEntry *entry,
                 Options  *options)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_entry_get_text (entry)));
  g_autoptr (GError) error = NULL;
  guint64 top = 0;

  if (*text != '\0' && !wp_parse_count (text, 1, G_MAXUINT, &top, &error))
    {
      gtk_label_set_text (options->top_error, error->message);
      gtk_widget_show (GTK_WIDGET (options->top_error));
      return;
    }
  gtk_widget_hide (GTK_WIDGET (options->top_error));
  g_object_set (options->chart, "value-max", (guint) top, NULL);
  show_top (options);
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_style_context_add_class (gtk_widget_get_style_context (label), "wp-heading");
  return label;
}

static void
add_check (GtkBox     *box,
           const char *action,
           const char *text)
{
  GtkWidget *button = gtk_model_button_new ();

  g_object_set (button, "action-name", action, "text", text, NULL);
  gtk_box_pack_start (box, button, FALSE, FALSE, 0);
}

/* The scale combos show the chart's x-scale and y-scale by their nicks. */
static gboolean
scale_to_id (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (WP_TYPE_CHART_AXIS_SCALE);
  GEnumValue *value = g_enum_get_value (klass, g_value_get_enum (from));

  g_value_set_string (to, value != NULL ? value->value_nick : NULL);
  return value != NULL;
}

static gboolean
id_to_scale (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (WP_TYPE_CHART_AXIS_SCALE);
  const char *id = g_value_get_string (from);
  GEnumValue *value = id != NULL ? g_enum_get_value_by_nick (klass, id) : NULL;

  if (value != NULL)
    g_value_set_enum (to, value->value);
  return value != NULL;
}

/* "RAM axis: [Automatic ▾]": a row of the scale's grid. */
static void
add_scale_row (Options    *options,
               GtkGrid    *grid,
               int         row,
               const char *text,
               const char *property)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);
  GtkWidget *combo = gtk_combo_box_text_new ();

  /* Translators: a chart axis' scale: chosen by the range it spans */
  gtk_combo_box_text_append (GTK_COMBO_BOX_TEXT (combo), "auto", _("Automatic"));
  gtk_combo_box_text_append (GTK_COMBO_BOX_TEXT (combo), "linear", _("Linear"));
  gtk_combo_box_text_append (GTK_COMBO_BOX_TEXT (combo), "log", _("Logarithmic"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), combo);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (combo, TRUE);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, combo, 1, row, 1, 1);
  g_object_bind_property_full (options->chart, property, combo, "active-id",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               scale_to_id, id_to_scale, NULL, NULL);
}

/* Linear, logarithmic, or chosen by the range (log past two decades). */
static void
add_scales (Options *options,
            GtkBox  *box)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());

  gtk_grid_set_row_spacing (grid, 4);
  gtk_grid_set_column_spacing (grid, 8);
  /* Translators: the heading of the chart options' axis scales */
  gtk_box_pack_start (box, heading (_("Scale")), FALSE, FALSE, 0);
  /* Translators: the chart's x axis, whose scale the combo beside sets */
  add_scale_row (options, grid, 0, _("_RAM axis"), "x-scale");
  /* Translators: the chart's y axis, whose scale the combo beside sets */
  add_scale_row (options, grid, 1, _("_Socket axis"), "y-scale");
  gtk_box_pack_start (box, GTK_WIDGET (grid), FALSE, FALSE, 2);
}

static void
build_popover (Options *options)
{
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *error = gtk_label_new (NULL);

  g_object_set (box, "margin", 10, NULL);
  /* Translators: the heading of the chart options' line checks */
  gtk_box_pack_start (box, heading (_("Lines")), FALSE, FALSE, 0);
  for (WpPlatform p = 0; p < WP_N_PLATFORMS; p++)
    {
      g_autofree char *name = version_action_name (p);
      g_autofree char *action = g_strconcat ("chart.", name, NULL);

      add_check (box, action, wp_platform_name (p));
    }
  add_check (box, "chart.show-client-ports", _("Client ports"));
  add_check (box, "chart.show-process-cap", _("SocketWrench 3.6 or earlier"));

  gtk_box_pack_start (box, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), FALSE, FALSE, 6);
  add_scales (options, box);
  gtk_box_pack_start (box, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), FALSE, FALSE, 6);
  /* Translators: the heading of the chart options' entry for the top of the y axis */
  gtk_box_pack_start (box, heading (_("Top of the socket axis")), FALSE, FALSE, 0);
  /* Translators: the placeholder of the entry for the y axis' top: empty is automatic */
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Automatic"));
  gtk_entry_set_width_chars (GTK_ENTRY (entry), 12);
  atk_object_set_name (gtk_widget_get_accessible (entry), _("Top of the socket axis"));
  g_signal_connect (entry, "activate", G_CALLBACK (top_activate_cb), options);
  gtk_box_pack_start (box, entry, FALSE, FALSE, 0);
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  gtk_label_set_line_wrap (GTK_LABEL (error), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (error), 30);
  gtk_style_context_add_class (gtk_widget_get_style_context (error), "wp-input-error");
  gtk_widget_set_no_show_all (error, TRUE);
  gtk_box_pack_start (box, error, FALSE, FALSE, 0);

  options->top_entry = GTK_ENTRY (entry);
  options->top_error = GTK_LABEL (error);
  options->popover = GTK_POPOVER (gtk_popover_new (GTK_WIDGET (options->chart)));
  gtk_widget_show_all (GTK_WIDGET (box));
  gtk_container_add (GTK_CONTAINER (options->popover), GTK_WIDGET (box));
}

/* The popover is built the first time it is asked for, not at start-up. */
static GtkPopover *
ensure_popover (Options *options)
{
  if (options->popover == NULL)
    build_popover (options);
  return options->popover;
}

static void
popup_at (Options *options,
          double   x,
          double   y)
{
  GdkRectangle at = { (int) x, (int) y, 1, 1 };

  ensure_popover (options);
  sync_versions (options);
  show_top (options);
  gtk_widget_hide (GTK_WIDGET (options->top_error));
  gtk_popover_set_pointing_to (options->popover, &at);
  gtk_popover_popup (options->popover);
}

static gboolean
chart_button_press_cb (GtkWidget      *chart,
                       GdkEventButton *event,
                       Options        *options)
{
  if (!gdk_event_triggers_context_menu ((GdkEvent *) event))
    return GDK_EVENT_PROPAGATE;
  popup_at (options, event->x, event->y);
  return GDK_EVENT_STOP;
}

/* The Menu key or Shift+F10, and the window's menu item. */
static gboolean
chart_popup_menu_cb (GtkWidget *chart,
                     Options   *options)
{
  popup_at (options, gtk_widget_get_allocated_width (chart) - 24, 12);
  return TRUE;
}

/* Public API */

void
wp_chart_options_attach (WpChart   *chart,
                         GSettings *settings)
{
  Options *options = g_new0 (Options, 1);

  g_return_if_fail (WP_IS_CHART (chart) && wp_chart_get_model (chart) != NULL);

  options->chart = chart;
  options->model = g_object_ref (wp_chart_get_model (chart));
  options->actions = g_simple_action_group_new ();
  add_actions (options);
  sync_versions (options);
  g_signal_connect_swapped (options->model, "notify::visible-platforms",
                            G_CALLBACK (sync_versions), options);
  g_signal_connect_swapped (options->model, "notify::selected-platform",
                            G_CALLBACK (sync_versions), options);
  g_signal_connect (chart, "button-press-event", G_CALLBACK (chart_button_press_cb), options);
  g_signal_connect (chart, "popup-menu", G_CALLBACK (chart_popup_menu_cb), options);
  g_object_set_data_full (G_OBJECT (chart), OPTIONS_KEY, options, (GDestroyNotify) options_free);

  if (settings != NULL)
    {
      g_settings_bind (settings, "chart-show-client-ports", chart, "show-client-ports",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "chart-show-process-cap", chart, "show-process-cap",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "chart-value-max", chart, "value-max", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "chart-x-scale", chart, "x-scale", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "chart-y-scale", chart, "y-scale", G_SETTINGS_BIND_DEFAULT);
    }
}

void
wp_chart_options_popup (WpChart *chart)
{
  Options *options = g_object_get_data (G_OBJECT (chart), OPTIONS_KEY);

  g_return_if_fail (options != NULL);
  chart_popup_menu_cb (GTK_WIDGET (chart), options);
}

GtkPopover *
wp_chart_options_get_popover (WpChart *chart)
{
  Options *options = g_object_get_data (G_OBJECT (chart), OPTIONS_KEY);

  return options != NULL ? ensure_popover (options) : NULL;
}
