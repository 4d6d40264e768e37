/*
 * Cockpit configuration of dvc-workflow. This file replaces the (all commented-out) default
 * app/cockpit/scripts/config.js of the Camunda 7.24 webjar: the Spring Boot starter serves the
 * webapps from classpath:/META-INF/resources/webjars/camunda/, and the application's own
 * resources come first on that classpath. Every Cockpit option not set here keeps its default.
 *
 * customScripts: ES modules whose default export is a plugin or an array of plugins
 * (https://docs.camunda.org/manual/7.24/webapps/cockpit/extend/plugins/). Each path is relative
 * to app/cockpit/ and Cockpit appends ".js".
 */
import { webappLocales } from '../../dvc-language.js';

export default {
  // Vietnamese whatever the browser prefers; English once chosen with the language switch at the
  // bottom right of the page. Why Camunda's own `locales` cannot do that: ../../dvc-language.js.
  locales: webappLocales(),

  customScripts: [
    // The supervisors' SLA page (#/sla), the dossier lists behind its figures (#/sla/dossiers),
    // one dossier's deadline (#/sla/dossier/{id}) and the "SLA" tabs on process definitions and
    // process instances.
    'sla-plugin/plugin'
  ],

  // Read by the SLA plugin only; Cockpit ignores it.
  slaPlugin: {
    // Take the procedures' Vietnamese and English names from /api/v1/procedures, which the
    // server lets the Cockpit login session read (as /api/v1/sla/**). Off, or should it fail,
    // the names come from the deployed process definitions ("Tên (Name)").
    procedureCatalogue: true
  }
};
