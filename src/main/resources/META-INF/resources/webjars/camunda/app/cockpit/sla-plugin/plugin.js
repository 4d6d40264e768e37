/*
 * dvc-workflow's SLA plugin for Camunda 7.24 Cockpit, loaded as a custom script
 * (scripts/config.js → customScripts). The default export is the array of plugins:
 *
 *   cockpit.route        #/sla            the supervisors' dashboard
 *   cockpit.route        #/sla/dossiers   the dossiers behind one figure
 *   cockpit.route        #/sla/dossier/{id}  one dossier's deadline (also once it has ended)
 *   cockpit.navigation   "SLA" in Cockpit's header
 *   cockpit.processDefinition.runtime.tab   "SLA": the dashboard fixed to that procedure
 *   cockpit.processInstance.runtime.tab     "SLA": the deadline of that instance's dossier
 *
 * Plain ES2020 modules and CSS, no build step, no library; the charts are drawn as SVG.
 */

import { mountDashboardPage, mountDefinitionTab } from './dashboard.js';
import { INSTANCE_TAB_ID, mountDossierList } from './dossier-list.js';
import { h } from './dom.js';
import { lang, t } from './i18n.js';
import { mountDossierPage, mountInstanceTab } from './instance-tab.js';

const STYLESHEET_ID = 'dvc-sla-styles';

function ensureStyles() {
  if (!document.getElementById(STYLESHEET_ID)) {
    document.head.appendChild(
      h('link', { id: STYLESHEET_ID, rel: 'stylesheet', type: 'text/css', href: new URL('./sla.css', import.meta.url).href })
    );
  }
}

/**
 * A plugin whose render mounts a view ({destroy()}). Cockpit calls render(node, context, scope)
 * with the AngularJS scope of the plugin's place as a third argument: its $destroy ends the view
 * precisely (Cockpit may render a route's new view before it destroys the old one). unmount()
 * (which Cockpit calls without saying which view) only ends views already out of the page.
 */
function viewPlugin(id, pluginPoint, priority, properties, mount) {
  const views = new Set();
  const end = (view) => {
    if (views.delete(view)) {
      view.destroy();
    }
  };
  return {
    id,
    pluginPoint,
    priority,
    properties,
    render(node, context, scope) {
      ensureStyles();
      const view = mount(node, context || {});
      view.node = view.node || node;
      views.add(view);
      if (scope && typeof scope.$on === 'function') {
        scope.$on('$destroy', () => end(view));
      }
    },
    unmount() {
      Array.from(views)
        .filter((view) => !view.node || !view.node.isConnected)
        .forEach(end);
    }
  };
}

/** The header entry: a link, with the label in Cockpit's language. */
function mountNavigation(node) {
  const link = h('a', { href: '#/sla', 'data-testid': 'sla-nav-link', class: 'dvc-sla-nav', lang: lang() });
  link.textContent = t('nav.label');
  node.appendChild(link);
  return { node, destroy: () => link.remove() };
}

const isSlaPage = (url) => /#\/sla(?:[/?]|$)/.test(url);

export default [
  viewPlugin('dvc-sla-dashboard', 'cockpit.route', 0, { path: '/sla' }, mountDashboardPage),
  viewPlugin('dvc-sla-dossiers', 'cockpit.route', 0, { path: '/sla/dossiers' }, mountDossierList),
  viewPlugin('dvc-sla-dossier', 'cockpit.route', 0, { path: '/sla/dossier/:dossierId' }, mountDossierPage),
  Object.assign(
    viewPlugin(
      'dvc-sla-navigation',
      'cockpit.navigation',
      // After Cockpit's own entries (Processes 10 … Batches); a negative one would hide it in "More".
      1,
      { path: '#/sla', label: 'SLA', pagePath: '#/sla' },
      mountNavigation
    ),
    // Cockpit's header highlights the entry whose checkActive(url) is true.
    { checkActive: isSlaPage }
  ),
  viewPlugin('dvc-sla-definition-tab', 'cockpit.processDefinition.runtime.tab', 5, { label: 'SLA' }, mountDefinitionTab),
  viewPlugin(INSTANCE_TAB_ID, 'cockpit.processInstance.runtime.tab', 5, { label: 'SLA' }, mountInstanceTab)
];
