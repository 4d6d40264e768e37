/*
 * The "SLA" tab of a process instance: the deadline of its dossier (business key = dossier id).
 */

import { loadProcedureNames, procedureName } from './api.js';
import { communeLabel } from './dashboard.js';
import { clear, errorBox, h, hashHref, langToggle, loadingBox } from './dom.js';
import { clockLabel, fmtDateTime, fmtInt, lang, t, tCode } from './i18n.js';
import { View } from './view.js';

/** Dossier statuses; a timeline event named like one is a change to that status. */
const STATUSES = ['RECEIVED', 'WAITING_FOR_DOCUMENTS', 'AWAITING_PAYMENT', 'IN_REVIEW', 'AWAITING_SIGNATURE', 'COMPLETED', 'REFUSED', 'NOT_ACCEPTED'];

/** The one-word state of a dossier's deadline: what a supervisor looks at first. */
export function deadlineState(dossier, now = Date.now()) {
  if (dossier.finishedAt) {
    return dossier.onTime === false ? 'finishedLate' : 'finishedOnTime';
  }
  if (dossier.clockState === 'NOT_STARTED') {
    return 'notStarted';
  }
  if (dossier.clockState === 'PAUSED') {
    return 'paused';
  }
  if (dossier.dueDate && Date.parse(dossier.dueDate) < now) {
    return 'overdue';
  }
  if (dossier.warnedAt) {
    return 'dueSoon';
  }
  return 'onTrack';
}

class InstanceTabView extends View {
  /**
   * mode "tab": the process instance tab (context.processInstanceId). mode "page": the
   * #/sla/dossier/{dossierId} route (context.dossierId), which also shows finished dossiers:
   * Cockpit CE shows no page for a process instance that has ended.
   */
  constructor(node, context, mode) {
    super(node, context);
    this.mode = mode || 'tab';
    this.processInstanceId = context && context.processInstanceId;
    this.dossierId = context && context.dossierId;
    this.loading = true;
    this.error = null;
    this.noDossier = false;
    this.dossier = null;
  }

  /** The business key, from the running instance or, once it has ended, from history. */
  async businessKey() {
    const id = encodeURIComponent(this.processInstanceId);
    try {
      const instance = await this.client.engine('/process-instance/' + id);
      return instance.businessKey;
    } catch (e) {
      if (e && e.status === 404) {
        const historic = await this.client.engine('/history/process-instance/' + id);
        return historic.businessKey;
      }
      throw e;
    }
  }

  async load() {
    try {
      const key = this.dossierId || (await this.businessKey());
      if (this.destroyed) {
        return;
      }
      if (!key) {
        this.noDossier = true;
      } else {
        const dossier = this.client.dossier(key);
        const [names, answer] = await Promise.all([loadProcedureNames(this.api), dossier]);
        this.names = names || {};
        this.dossier = answer;
      }
    } catch (e) {
      if (this.destroyed || (e && e.name === 'AbortError')) {
        return;
      }
      this.error = e;
    }
    this.loading = false;
    this.render();
  }

  render() {
    if (this.destroyed) {
      return;
    }
    const d = this.dossier;
    const state = d ? deadlineState(d) : null;
    const root = h(
      'div',
      {
        class: 'dvc-sla dvc-sla-instance' + (this.mode === 'page' ? ' dvc-sla-dossier-page' : ''),
        lang: lang(),
        'data-testid': this.mode === 'page' ? 'sla-dossier-detail' : 'sla-instance-tab',
        'data-loading': this.loading ? 'true' : 'false',
        'data-state': state || ''
      },
      h(
        'div',
        { class: 'dvc-sla-head' },
        h(
          'div',
          { class: 'dvc-sla-titles' },
          this.mode === 'page'
            ? h(
                'a',
                {
                  class: 'dvc-sla-back',
                  'data-testid': 'sla-back',
                  href: '#/sla',
                  onClick: (e) => {
                    if (window.history.length > 1) {
                      e.preventDefault();
                      window.history.back();
                    }
                  }
                },
                t('list.back')
              )
            : null,
          h(
            this.mode === 'page' ? 'h1' : 'h3',
            { class: 'dvc-sla-title' },
            d ? t('instance.title', { id: d.dossierId }) : t('app.title'),
            state ? [' ', h('span', { class: 'dvc-sla-badge dvc-sla-badge-' + state, 'data-testid': 'sla-instance-badge', 'data-state': state }, t('badge.' + state))] : null
          )
        ),
        h(
          'div',
          { class: 'dvc-sla-actions' },
          d && this.mode === 'page' && d.processInstanceId && !d.finishedAt
            ? h(
                'a',
                {
                  class: 'btn btn-default btn-sm',
                  href: '#/process-instance/' + encodeURIComponent(d.processInstanceId) + '/runtime',
                  'data-testid': 'sla-open-instance'
                },
                t('list.openInCockpit')
              )
            : null,
          d
            ? h(
                'a',
                {
                  class: 'btn btn-default btn-sm',
                  href: hashHref('/sla', { procedure: d.procedure, communeCode: d.communeCode }),
                  'data-testid': 'sla-open-dashboard'
                },
                t('instance.openDashboard')
              )
            : null,
          langToggle()
        )
      ),
      this.error ? errorBox(this.error) : null,
      this.loading ? loadingBox() : null,
      this.noDossier ? h('p', { class: 'dvc-sla-empty', 'data-testid': 'sla-instance-no-dossier' }, t('instance.noDossier')) : null,
      d ? this.renderDossier(d) : null
    );
    clear(this.node);
    this.node.appendChild(root);
  }

  renderDossier(d) {
    const language = lang();
    const fact = (labelKey, testid, value, cls) => [
      h('dt', null, t(labelKey)),
      h('dd', { 'data-testid': testid, class: cls || null }, value)
    ];
    const paused = [
      t('instance.pausedDays', { n: fmtInt(d.pausedWorkingDays || 0) }),
      d.pausedAt ? ' · ' + t('instance.pausedSince', { time: fmtDateTime(d.pausedAt) }) : null
    ];
    const outcome = d.finishedAt
      ? d.onTime === false
        ? t('figure.finishedLate')
        : t('figure.finishedOnTime')
      : t('instance.notFinished');
    const state = deadlineState(d);
    const facts = h(
      'dl',
      { class: 'dvc-sla-facts' },
      fact('instance.dossierId', 'sla-instance-dossier', d.dossierId),
      fact('col.procedure', 'sla-instance-procedure', procedureName(this.names, d.procedure, language)),
      fact('col.commune', 'sla-instance-commune', communeLabel(d)),
      fact('instance.status', 'sla-instance-status', tCode('status', d.status)),
      fact('instance.clockState', 'sla-instance-clock', clockLabel(d)),
      fact('instance.dueDate', 'sla-instance-due', fmtDateTime(d.dueDate), state === 'overdue' ? 'dvc-sla-bad' : null),
      fact('instance.startedAt', 'sla-instance-started', fmtDateTime(d.startedAt)),
      fact('instance.paused', 'sla-instance-paused', paused),
      fact('instance.warnedAt', 'sla-instance-warned', fmtDateTime(d.warnedAt)),
      fact('instance.escalatedAt', 'sla-instance-escalated', fmtDateTime(d.escalatedAt)),
      fact('instance.finishedAt', 'sla-instance-finished', fmtDateTime(d.finishedAt)),
      fact(
        'instance.onTime',
        'sla-instance-on-time',
        outcome,
        d.finishedAt ? (d.onTime === false ? 'dvc-sla-bad' : 'dvc-sla-good') : null
      ),
      fact(
        'instance.processingDays',
        'sla-instance-processing-days',
        d.processingWorkingDays == null ? t('value.none') : t('unit.days', { n: fmtInt(d.processingWorkingDays) })
      )
    );

    const issues = Array.isArray(d.dataIssues) ? d.dataIssues : [];
    const issuesSection = h(
      'section',
      { class: 'dvc-sla-section', 'data-testid': 'sla-instance-issues', 'data-count': String(issues.length) },
      h('h4', null, t('instance.dataIssues')),
      issues.length
        ? h(
            'table',
            { class: 'table table-condensed dvc-sla-table' },
            h('thead', null, h('tr', null, h('th', null, t('instance.issueKind')), h('th', null, t('instance.issuePin')), h('th', null, t('instance.issueMessage')))),
            h(
              'tbody',
              null,
              issues.map((issue) =>
                h(
                  'tr',
                  { 'data-testid': 'sla-instance-issue', 'data-kind': issue.kind || '' },
                  h('td', null, tCode('issue', issue.kind)),
                  h('td', { class: 'dvc-sla-mono' }, issue.pin || t('value.none')),
                  h('td', null, issue.message || '')
                )
              )
            )
          )
        : h('p', { class: 'dvc-sla-muted' }, t('instance.noIssues'))
    );

    const events = Array.isArray(d.timeline) ? d.timeline : [];
    const timeline = h(
      'section',
      { class: 'dvc-sla-section', 'data-testid': 'sla-instance-timeline', 'data-count': String(events.length) },
      h('h4', null, t('instance.timeline')),
      events.length
        ? h(
            'ol',
            { class: 'dvc-sla-timeline' },
            events.map((e) =>
              h(
                'li',
                { 'data-testid': 'sla-timeline-event', 'data-event': e.event || '', class: 'dvc-sla-event-' + String(e.event || '').toLowerCase() },
                h('time', { datetime: e.at || '' }, fmtDateTime(e.at)),
                h('span', { class: 'dvc-sla-event-name' }, tCode(STATUSES.includes(e.event) ? 'status' : 'event', e.event)),
                e.detail ? h('span', { class: 'dvc-sla-event-detail' }, e.detail) : null
              )
            )
          )
        : h('p', { class: 'dvc-sla-muted' }, t('instance.noTimeline'))
    );

    return h('div', { class: 'dvc-sla-instance-body' }, h('div', { class: 'dvc-sla-instance-left' }, facts, issuesSection), h('div', { class: 'dvc-sla-instance-right' }, timeline));
  }
}

export function mountInstanceTab(node, context) {
  const view = new InstanceTabView(node, context, 'tab');
  view.start();
  return view;
}

/** #/sla/dossier/{dossierId}. */
export function mountDossierPage(node, context) {
  const match = /^#\/sla\/dossier\/([^?]+)/.exec(window.location.hash || '');
  const dossierId = match ? decodeURIComponent(match[1]) : '';
  const view = new InstanceTabView(node, Object.assign({}, context, { dossierId }), 'page');
  view.start();
  return view;
}
