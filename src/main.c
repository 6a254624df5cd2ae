/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "app/wp-application.h"

int
main (int argc, char *argv[])
{
  g_autoptr (WpApplication) app = NULL;

  setlocale (LC_ALL, "");
  app = wp_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
