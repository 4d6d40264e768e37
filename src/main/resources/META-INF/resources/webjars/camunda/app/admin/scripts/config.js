/*
 * Admin configuration of dvc-workflow. This file replaces the (all commented-out) default
 * app/admin/scripts/config.js of the Camunda 7.24 webjar, as app/cockpit/scripts/config.js does;
 * every Admin option not set here keeps its default.
 */
import { webappLocales } from '../../dvc-language.js';

export default {
  // Vietnamese whatever the browser prefers; English once chosen with the language switch at the
  // bottom right of the page. Why Camunda's own `locales` cannot do that: ../../dvc-language.js.
  locales: webappLocales()
};
