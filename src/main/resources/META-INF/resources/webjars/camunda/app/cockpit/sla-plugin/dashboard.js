/*
 * The SLA dashboard: filters, totals, the weekly on-time trend, overdue dossiers by commune and
 * the table per procedure and commune. Shown as the #/sla page (filters in the URL) and, fixed
 * to one procedure, in the "SLA" tab of a process definition (filters kept in the tab).
 */

import { loadProcedureNames, procedureName } from './api.js';
import { overdueChart, trendChart } from './charts.js';
import { clear, errorBox, h, hashHref, hashQuery, langToggle, loadingBox, testId } from './dom.js';
import {
  addDays,
  fmtDate,
  fmtDateTime,
  fmtDecimal,
  fmtInt,
  fmtRate,
  lang,
  t,
  todayInVietnam
} from './i18n.js';
import { View } from './view.js';

/** Figures as of now, then figures of the period; rate and average link to all finished. */
const COUNT_FIGURES = ['open', 'dueSoon', 'overdue', 'finishedOnTime', 'finishedLate'];
const NOW_FIGURES = ['open', 'dueSoon', 'overdue'];
const PERIOD_FIGURES = ['finishedOnTime', 'finishedLate', 'onTimeRate', 'averageProcessingWorkingDays'];
const ALL_FIGURES = NOW_FIGURES.concat(PERIOD_FIGURES);

export function defaultPeriod() {
  const today = todayInVietnam();
  return { from: today.slice(0, 8) + '01', to: today };
}

/** The #/sla/dossiers link listing the dossiers behind a figure. */
export function listHref(figure, query) {
  const listFigure = figure === 'onTimeRate' || figure === 'averageProcessingWorkingDays' ? 'finished' : figure;
  return hashHref('/sla/dossiers', {
    figure: listFigure,
    procedure: query.procedure,
    communeCode: query.communeCode,
    from: query.from,
    to: query.to
  });
}

export function communeLabel(row) {
  if (!row || !row.communeCode) {
    return t('value.none');
  }
  return row.communeName ? `${row.communeName} (${row.communeCode})` : row.communeCode;
}

/** Sums of the counted figures; the rate and the average weighted by finished dossiers. */
export function totalOf(rows) {
  const total = { open: 0, dueSoon: 0, overdue: 0, finishedOnTime: 0, finishedLate: 0 };
  let days = 0;
  let daysFinished = 0;
  for (const row of rows) {
    for (const figure of COUNT_FIGURES) {
      total[figure] += Number(row[figure]) || 0;
    }
    const finished = (Number(row.finishedOnTime) || 0) + (Number(row.finishedLate) || 0);
    if (row.averageProcessingWorkingDays != null && finished > 0) {
      days += row.averageProcessingWorkingDays * finished;
      daysFinished += finished;
    }
  }
  const finished = total.finishedOnTime + total.finishedLate;
  total.onTimeRate = finished ? total.finishedOnTime / finished : null;
  total.averageProcessingWorkingDays = daysFinished ? days / daysFinished : null;
  return total;
}

/** Rows per procedure and commune summed up per commune. */
function byCommuneOf(rows) {
  const groups = new Map();
  for (const row of Array.isArray(rows) ? rows : []) {
    const key = row.communeCode || '';
    if (!groups.has(key)) {
      groups.set(key, []);
    }
    groups.get(key).push(row);
  }
  return Array.from(groups.entries()).map(([code, group]) =>
    Object.assign(totalOf(group), {
      procedure: null,
      communeCode: code || null,
      communeName: group[0].communeName,
      provinceCode: group[0].provinceCode
    })
  );
}

function display(figure, value) {
  if (figure === 'onTimeRate') {
    return fmtRate(value);
  }
  if (figure === 'averageProcessingWorkingDays') {
    return fmtDecimal(value, 1);
  }
  return fmtInt(value);
}

function figureClass(figure, value) {
  const classes = ['dvc-sla-num'];
  if (value == null || value === 0) {
    classes.push('dvc-sla-zero');
  } else if (figure === 'overdue' || figure === 'finishedLate') {
    classes.push('dvc-sla-bad');
  } else if (figure === 'dueSoon') {
    classes.push('dvc-sla-warn');
  } else if (figure === 'onTimeRate') {
    classes.push(value >= 0.9 ? 'dvc-sla-good' : value >= 0.7 ? 'dvc-sla-warn' : 'dvc-sla-bad');
  }
  return classes.join(' ');
}

function figureLink(figure, value, query, id) {
  return h(
    'a',
    {
      href: listHref(figure, query),
      class: figureClass(figure, value),
      'data-testid': id,
      'data-value': value == null ? '' : String(value)
    },
    display(figure, value)
  );
}

class DashboardView extends View {
  /**
   * mode "page": the #/sla route, state in the URL. mode "definition": the process definition
   * tab, fixed to that definition's key.
   */
  constructor(node, context, mode) {
    super(node, context);
    this.mode = mode;
    this.processDefinitionId = context && context.processDefinitionId;
    this.generation = 0;
    this.loading = true;
    this.error = null;
    this.data = null;
    this.definition = null;
    const period = defaultPeriod();
    const query = mode === 'page' ? hashQuery() : {};
    this.state = {
      procedure: query.procedure || '',
      communeCode: query.communeCode || '',
      from: query.from || period.from,
      to: query.to || period.to
    };
  }

  /** The definition tab first asks for the definition: its key is the procedure. */
  start() {
    if (this.mode === 'definition') {
      this.render();
      this.client
        .engine('/process-definition/' + encodeURIComponent(this.processDefinitionId))
        .then((definition) => {
          this.definition = definition;
          this.state.procedure = definition.key;
          return this.load();
        })
        .catch((e) => this.fail(e));
    } else {
      super.start();
    }
  }

  fail(e) {
    if (this.destroyed || (e && e.name === 'AbortError')) {
      return;
    }
    this.error = e;
    this.loading = false;
    this.render();
  }

  /** A filter changed: on the page, through the URL (so it can be shared and go back). */
  navigate(next) {
    if (this.mode === 'page') {
      const period = defaultPeriod();
      window.location.hash = hashHref('/sla', {
        procedure: next.procedure,
        communeCode: next.communeCode,
        from: next.from && next.from !== period.from ? next.from : '',
        to: next.to && next.to !== period.to ? next.to : ''
      });
    } else {
      this.state = next;
      this.load();
    }
  }

  async load() {
    const generation = ++this.generation;
    this.loading = true;
    this.error = null;
    this.render();
    const { procedure, communeCode, from, to } = this.state;
    try {
      const table = this.client.kpis({ procedure, communeCode, from, to, groupBy: 'procedure,commune' });
      // The figures per commune (chart, commune filter): without a commune filter, the table's
      // rows summed up; with one, asked for (the table then holds that commune only).
      const byCommune = communeCode
        ? this.client.kpis({ procedure, from, to, groupBy: 'commune' })
        : table.then((report) => ({ figures: byCommuneOf(report.figures) }));
      const trend = this.client.trend({ weeks: 8, procedure, communeCode });
      const [tableReport, communeReport, trendReport, names] = await Promise.all([
        table,
        byCommune,
        trend,
        loadProcedureNames(this.api)
      ]);
      if (this.destroyed || generation !== this.generation) {
        return;
      }
      this.names = names || {};
      this.data = {
        asOf: tableReport.asOf,
        from: tableReport.from || from,
        to: tableReport.to || to,
        rows: Array.isArray(tableReport.figures) ? tableReport.figures : [],
        communes: Array.isArray(communeReport.figures) ? communeReport.figures : [],
        weeks: Array.isArray(trendReport.weeks) ? trendReport.weeks : []
      };
      this.loading = false;
      this.render();
    } catch (e) {
      if (generation === this.generation) {
        this.fail(e);
      }
    }
  }

  /** The query behind the figures on screen (for links). */
  linkQuery(extra) {
    const base = {
      procedure: this.state.procedure,
      communeCode: this.state.communeCode,
      from: (this.data && this.data.from) || this.state.from,
      to: (this.data && this.data.to) || this.state.to
    };
    return Object.assign(base, extra || {});
  }

  render() {
    if (this.destroyed) {
      return;
    }
    const language = lang();
    const root = h(
      'div',
      {
        class: 'dvc-sla dvc-sla-dashboard dvc-sla-' + this.mode,
        lang: language,
        'data-testid': this.mode === 'page' ? 'sla-dashboard' : 'sla-definition-tab',
        'data-loading': this.loading ? 'true' : 'false'
      },
      this.renderHead(),
      this.renderFilters(),
      this.error ? errorBox(this.error) : null,
      this.loading ? loadingBox() : null,
      this.data && !this.error ? this.renderBody() : null
    );
    clear(this.node);
    this.node.appendChild(root);
  }

  renderHead() {
    const procedureTitle =
      this.mode === 'definition'
        ? t('definition.title', {
            name: this.state.procedure
              ? procedureName(this.names, this.state.procedure, lang())
              : (this.definition && this.definition.name) || this.processDefinitionId
          })
        : t('app.title');
    const meta = this.data
      ? [
          h('span', { 'data-testid': 'sla-as-of' }, t('state.asOf', { time: fmtDateTime(this.data.asOf) })),
          ' · ',
          h('span', { 'data-testid': 'sla-period' }, t('state.period', { from: fmtDate(this.data.from), to: fmtDate(this.data.to) }))
        ]
      : t('app.subtitle');
    return h(
      'div',
      { class: 'dvc-sla-head' },
      h(
        'div',
        { class: 'dvc-sla-titles' },
        h(this.mode === 'page' ? 'h1' : 'h3', { class: 'dvc-sla-title' }, procedureTitle),
        h('p', { class: 'dvc-sla-meta' }, meta)
      ),
      h(
        'div',
        { class: 'dvc-sla-actions' },
        this.mode === 'definition' && this.state.procedure
          ? h(
              'a',
              {
                class: 'btn btn-default btn-sm',
                href: hashHref('/sla', { procedure: this.state.procedure }),
                'data-testid': 'sla-open-dashboard'
              },
              t('definition.openDashboard')
            )
          : null,
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-default btn-sm',
            'data-testid': 'sla-refresh',
            disabled: this.loading || (this.mode === 'definition' && !this.state.procedure),
            onClick: () => this.load()
          },
          t('action.refresh')
        ),
        langToggle()
      )
    );
  }

  renderFilters() {
    const language = lang();
    const state = this.state;
    const change = (patch) => this.navigate(Object.assign({}, state, patch));

    const procedureKeys = new Set(Object.keys(this.names));
    if (this.data) {
      this.data.rows.forEach((row) => row.procedure && procedureKeys.add(row.procedure));
    }
    if (state.procedure) {
      procedureKeys.add(state.procedure);
    }
    const procedures = Array.from(procedureKeys)
      .map((key) => ({ key, name: procedureName(this.names, key, language) }))
      .sort((a, b) => a.name.localeCompare(b.name, language));

    const communes = new Map();
    if (this.data) {
      this.data.communes.forEach((row) => row.communeCode && communes.set(row.communeCode, communeLabel(row)));
    }
    if (state.communeCode && !communes.has(state.communeCode)) {
      communes.set(state.communeCode, state.communeCode);
    }
    const communeOptions = Array.from(communes.entries()).sort((a, b) => a[0].localeCompare(b[0]));

    const field = (label, control) => h('label', { class: 'dvc-sla-field' }, h('span', null, label), control);
    return h(
      'form',
      { class: 'dvc-sla-filters', onSubmit: (e) => e.preventDefault() },
      this.mode === 'page'
        ? field(
            t('filter.procedure'),
            h(
              'select',
              {
                class: 'form-control input-sm',
                'data-testid': 'sla-filter-procedure',
                value: state.procedure,
                onChange: (e) => change({ procedure: e.target.value, communeCode: '' })
              },
              h('option', { value: '' }, t('filter.allProcedures')),
              procedures.map((p) => h('option', { value: p.key }, p.name))
            )
          )
        : null,
      field(
        t('filter.commune'),
        h(
          'select',
          {
            class: 'form-control input-sm',
            'data-testid': 'sla-filter-commune',
            value: state.communeCode,
            onChange: (e) => change({ communeCode: e.target.value })
          },
          h('option', { value: '' }, t('filter.allCommunes')),
          communeOptions.map(([code, label]) => h('option', { value: code }, label))
        )
      ),
      field(
        t('filter.from'),
        h('input', {
          type: 'date',
          class: 'form-control input-sm',
          'data-testid': 'sla-filter-from',
          value: state.from,
          max: state.to || null,
          required: true,
          onChange: (e) => e.target.value && change({ from: e.target.value })
        })
      ),
      field(
        t('filter.to'),
        h('input', {
          type: 'date',
          class: 'form-control input-sm',
          'data-testid': 'sla-filter-to',
          value: state.to,
          min: state.from || null,
          required: true,
          onChange: (e) => e.target.value && change({ to: e.target.value })
        })
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-link btn-sm dvc-sla-reset',
          'data-testid': 'sla-filter-reset',
          onClick: () => {
            const period = defaultPeriod();
            this.navigate({
              procedure: this.mode === 'definition' ? state.procedure : '',
              communeCode: '',
              from: period.from,
              to: period.to
            });
          }
        },
        t('filter.reset')
      )
    );
  }

  renderBody() {
    return [this.renderTotals(), this.renderCharts(), this.renderTable()];
  }

  renderTotals() {
    const total = totalOf(this.data.rows);
    const query = this.linkQuery();
    return h(
      'div',
      { class: 'dvc-sla-totals', 'data-testid': 'sla-totals' },
      ALL_FIGURES.map((figure) =>
        h(
          'div',
          {
            class: 'dvc-sla-card' + (NOW_FIGURES.includes(figure) ? ' dvc-sla-card-now' : ' dvc-sla-card-period'),
            title: NOW_FIGURES.includes(figure) ? t('figure.hint.open') : t('figure.hint.period')
          },
          h('div', { class: 'dvc-sla-card-label' }, t('figure.' + figure)),
          h('div', { class: 'dvc-sla-card-value' }, figureLink(figure, total[figure], query, testId('sla-total', figure)))
        )
      )
    );
  }

  renderCharts() {
    const weeks = this.data.weeks;
    const trendQuery = this.linkQuery();
    const trendHref = (week) =>
      listHref('finished', Object.assign({}, trendQuery, { from: week.weekStart, to: addDays(week.weekStart, 6) }));
    const anyFinished = weeks.some((w) => w.onTimeRate != null);

    const items = this.data.communes
      .filter((row) => Number(row.overdue) > 0)
      .map((row) => ({ code: row.communeCode || '', label: communeLabel(row), value: Number(row.overdue) }))
      .sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
    const overdueQuery = this.linkQuery();
    const barHref = (item) => listHref('overdue', Object.assign({}, overdueQuery, { communeCode: item.code }));

    return h(
      'div',
      { class: 'dvc-sla-charts' },
      h(
        'figure',
        { class: 'dvc-sla-chart', 'data-testid': 'sla-chart-trend' },
        h('figcaption', null, t('chart.trend.title')),
        trendChart(weeks, trendHref),
        anyFinished ? null : h('p', { class: 'dvc-sla-chart-note' }, t('chart.trend.none'))
      ),
      h(
        'figure',
        { class: 'dvc-sla-chart', 'data-testid': 'sla-chart-overdue' },
        h('figcaption', null, t('chart.overdue.title')),
        overdueChart(items, barHref, this.state.communeCode)
      )
    );
  }

  renderTable() {
    const language = lang();
    const rows = this.data.rows.slice().sort((a, b) => {
      const pa = procedureName(this.names, a.procedure, language);
      const pb = procedureName(this.names, b.procedure, language);
      return pa.localeCompare(pb, language) || String(a.communeCode).localeCompare(String(b.communeCode));
    });
    if (!rows.length) {
      return h('p', { class: 'dvc-sla-empty', 'data-testid': 'sla-no-data' }, t('state.noData'));
    }
    const showProcedure = this.mode === 'page';
    const base = { from: this.data.from, to: this.data.to };

    const head = h(
      'thead',
      null,
      h(
        'tr',
        { class: 'dvc-sla-group-row' },
        h('th', { colspan: showProcedure ? 2 : 1 }),
        h('th', { colspan: NOW_FIGURES.length, class: 'dvc-sla-group' }, t('group.now')),
        h('th', { colspan: PERIOD_FIGURES.length, class: 'dvc-sla-group' }, t('state.period', { from: fmtDate(this.data.from), to: fmtDate(this.data.to) }))
      ),
      h(
        'tr',
        null,
        showProcedure ? h('th', { scope: 'col' }, t('col.procedure')) : null,
        h('th', { scope: 'col' }, t('col.commune')),
        ALL_FIGURES.map((figure) => h('th', { scope: 'col', class: 'dvc-sla-numcol' }, t('figure.' + figure)))
      )
    );

    const body = h(
      'tbody',
      null,
      rows.map((row) => {
        const query = Object.assign({ procedure: row.procedure, communeCode: row.communeCode }, base);
        return h(
          'tr',
          { 'data-testid': testId('sla-row', row.procedure, row.communeCode) },
          showProcedure
            ? h('th', { scope: 'row', class: 'dvc-sla-procedure' }, procedureName(this.names, row.procedure, language))
            : null,
          h(showProcedure ? 'td' : 'th', showProcedure ? null : { scope: 'row' }, communeLabel(row)),
          ALL_FIGURES.map((figure) =>
            h(
              'td',
              { class: 'dvc-sla-numcol' },
              figureLink(figure, row[figure], query, testId('sla-figure', figure, row.procedure, row.communeCode))
            )
          )
        );
      })
    );

    let foot = null;
    if (rows.length > 1) {
      const total = totalOf(rows);
      const query = this.linkQuery();
      foot = h(
        'tfoot',
        null,
        h(
          'tr',
          { 'data-testid': 'sla-row-total' },
          h('th', { scope: 'row', colspan: showProcedure ? 2 : 1 }, t('row.total')),
          ALL_FIGURES.map((figure) =>
            h('td', { class: 'dvc-sla-numcol' }, figureLink(figure, total[figure], query, testId('sla-table-total', figure)))
          )
        )
      );
    }
    return h(
      'div',
      { class: 'dvc-sla-table-wrap' },
      h('table', { class: 'table table-condensed dvc-sla-table', 'data-testid': 'sla-kpi-table' }, head, body, foot)
    );
  }
}

export function mountDashboardPage(node, context) {
  const view = new DashboardView(node, context, 'page');
  view.start();
  return view;
}

export function mountDefinitionTab(node, context) {
  const view = new DashboardView(node, context, 'definition');
  view.start();
  return view;
}
