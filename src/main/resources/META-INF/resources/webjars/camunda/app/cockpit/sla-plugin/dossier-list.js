/*
 * #/sla/dossiers?figure=…&procedure=…&communeCode=…&from=…&to=…: the dossiers behind a figure
 * of the dashboard, each linking to Cockpit's page of its process instance. figure=finished
 * (behind the on-time rate and the average) lists finished on time and finished late together.
 */

import { loadProcedureNames, procedureName } from './api.js';
import { communeLabel, defaultPeriod } from './dashboard.js';
import { clear, errorBox, h, hashHref, hashQuery, langToggle, loadingBox, testId } from './dom.js';
import { clockLabel, fmtDate, fmtDateTime, fmtInt, lang, t } from './i18n.js';
import { View } from './view.js';

const OPEN_FIGURES = ['open', 'dueSoon', 'overdue'];

export const INSTANCE_TAB_ID = 'dvc-sla-instance-tab';

/** The plugin's own page of a dossier's deadline. */
export function dossierHref(dossierId) {
  return '#/sla/dossier/' + encodeURIComponent(dossierId);
}

/** Cockpit's page of a process instance; its "tab" parameter selects a tab by plugin id. */
export function instanceHref(processInstanceId) {
  return '#/process-instance/' + encodeURIComponent(processInstanceId) + '/runtime';
}

function byTime(field, ascending) {
  return (a, b) => {
    const ta = a[field] ? Date.parse(a[field]) : null;
    const tb = b[field] ? Date.parse(b[field]) : null;
    if (ta == null || tb == null) {
      return ta == null ? (tb == null ? 0 : 1) : -1; // missing last
    }
    return ascending ? ta - tb : tb - ta;
  };
}

class DossierListView extends View {
  constructor(node, context) {
    super(node, context);
    this.loading = true;
    this.error = null;
    this.dossiers = null;
    const period = defaultPeriod();
    const query = hashQuery();
    this.query = {
      figure: query.figure || 'open',
      procedure: query.procedure || '',
      communeCode: query.communeCode || '',
      from: query.from || period.from,
      to: query.to || period.to
    };
  }

  async load() {
    this.loading = true;
    this.error = null;
    this.render();
    const { figure, procedure, communeCode, from, to } = this.query;
    const params = { procedure, communeCode, from, to };
    try {
      const figures = figure === 'finished' ? ['finishedOnTime', 'finishedLate'] : [figure];
      const lists = figures.map((f) => this.client.dossiers(Object.assign({ figure: f }, params)));
      const [names, ...answers] = await Promise.all([loadProcedureNames(this.api)].concat(lists));
      if (this.destroyed) {
        return;
      }
      this.names = names || {};
      let dossiers = [];
      answers.forEach((list) => {
        dossiers = dossiers.concat(Array.isArray(list.dossiers) ? list.dossiers : []);
      });
      // Open dossiers by their deadline, soonest first; finished ones latest first.
      dossiers.sort(OPEN_FIGURES.includes(figure) ? byTime('dueDate', true) : byTime('finishedAt', false));
      this.dossiers = dossiers;
      this.loading = false;
      this.render();
    } catch (e) {
      if (this.destroyed || (e && e.name === 'AbortError')) {
        return;
      }
      this.error = e;
      this.loading = false;
      this.render();
    }
  }

  render() {
    if (this.destroyed) {
      return;
    }
    const language = lang();
    const q = this.query;
    const figureLabel = t('figure.' + q.figure) || q.figure;
    const scope = [
      [t('filter.procedure'), q.procedure ? procedureName(this.names, q.procedure, language) : t('filter.allProcedures')],
      [t('filter.commune'), q.communeCode || t('filter.allCommunes')],
      OPEN_FIGURES.includes(q.figure)
        ? [t('figure.' + q.figure), t('list.asOfNow')]
        : [t('label.period'), fmtDate(q.from) + ' – ' + fmtDate(q.to)]
    ];
    const root = h(
      'div',
      {
        class: 'dvc-sla dvc-sla-list',
        lang: language,
        'data-testid': 'sla-dossier-list',
        'data-figure': q.figure,
        'data-loading': this.loading ? 'true' : 'false'
      },
      h(
        'div',
        { class: 'dvc-sla-head' },
        h(
          'div',
          { class: 'dvc-sla-titles' },
          h(
            'a',
            {
              class: 'dvc-sla-back',
              'data-testid': 'sla-back',
              href: hashHref('/sla', { procedure: q.procedure, communeCode: q.communeCode, from: q.from, to: q.to })
            },
            t('list.back')
          ),
          h('h1', { class: 'dvc-sla-title' }, t('list.title', { figure: figureLabel })),
          h(
            'p',
            { class: 'dvc-sla-meta' },
            scope.map(([label, value], i) => [i ? ' · ' : null, h('span', null, label + ': '), h('strong', null, value)]),
            this.dossiers
              ? [' · ', h('span', { 'data-testid': 'sla-dossier-count', 'data-count': String(this.dossiers.length) }, t('list.count', { n: fmtInt(this.dossiers.length) }))]
              : null
          )
        ),
        h('div', { class: 'dvc-sla-actions' }, langToggle())
      ),
      this.error ? errorBox(this.error) : null,
      this.loading ? loadingBox() : null,
      this.dossiers && !this.error ? this.renderTable() : null
    );
    clear(this.node);
    this.node.appendChild(root);
  }

  renderTable() {
    if (!this.dossiers.length) {
      return h('p', { class: 'dvc-sla-empty', 'data-testid': 'sla-no-dossiers' }, t('list.empty'));
    }
    const language = lang();
    const now = Date.now();
    return h(
      'div',
      { class: 'dvc-sla-table-wrap' },
      h(
        'table',
        { class: 'table table-condensed dvc-sla-table dvc-sla-dossiers' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['col.dossierId', 'col.procedure', 'col.commune', 'col.clockState', 'col.dueDate', 'col.finishedAt', 'col.onTime', 'col.warnedAt', 'col.escalatedAt'].map(
              (key) => h('th', { scope: 'col' }, t(key))
            )
          )
        ),
        h(
          'tbody',
          null,
          this.dossiers.map((d) => {
            const overdue = !d.finishedAt && d.clockState === 'RUNNING' && d.dueDate && Date.parse(d.dueDate) < now;
            return h(
              'tr',
              { 'data-testid': testId('sla-dossier-row', d.dossierId) },
              h(
                'th',
                { scope: 'row', class: 'dvc-sla-dossier-id' },
                d.processInstanceId
                  ? [
                      h(
                        'a',
                        {
                          href: instanceHref(d.processInstanceId),
                          title: t('list.openInCockpit'),
                          'data-testid': testId('sla-dossier-link', d.dossierId)
                        },
                        d.dossierId
                      ),
                      ' ',
                      h(
                        'a',
                        {
                          class: 'dvc-sla-tab-link',
                          // Cockpit CE has no page for an ended instance: its SLA page then.
                          href: d.finishedAt
                            ? dossierHref(d.dossierId)
                            : instanceHref(d.processInstanceId) + '?tab=' + INSTANCE_TAB_ID,
                          title: t('list.slaDetail'),
                          'data-testid': testId('sla-dossier-sla-link', d.dossierId)
                        },
                        t('list.slaTab')
                      )
                    ]
                  : h('a', { href: dossierHref(d.dossierId), 'data-testid': testId('sla-dossier-link', d.dossierId) }, d.dossierId)
              ),
              h('td', null, procedureName(this.names, d.procedure, language)),
              h('td', null, communeLabel(d)),
              h('td', null, clockLabel(d)),
              h('td', { class: overdue ? 'dvc-sla-bad' : null }, fmtDateTime(d.dueDate)),
              h('td', null, fmtDateTime(d.finishedAt)),
              h(
                'td',
                { class: d.onTime === true ? 'dvc-sla-good' : d.onTime === false ? 'dvc-sla-bad' : null },
                d.onTime == null ? t('value.none') : d.onTime ? t('value.yes') : t('value.no')
              ),
              h('td', null, fmtDateTime(d.warnedAt)),
              h('td', null, fmtDateTime(d.escalatedAt))
            );
          })
        )
      )
    );
  }
}

export function mountDossierList(node, context) {
  const view = new DossierListView(node, context);
  view.start();
  return view;
}
