/*
 * The two charts, drawn as plain SVG: the weekly on-time rate (line) and the overdue dossiers
 * by commune (horizontal bars). Every point and bar is a link to the dossiers behind it.
 */

import { fmtDate, fmtInt, fmtRate, lang, t } from './i18n.js';
import { h, s, testId } from './dom.js';

function percentTick(value) {
  return new Intl.NumberFormat(lang() === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0
  }).format(value);
}

/**
 * weeks: [{weekStart, finishedOnTime, finishedLate, onTimeRate}] oldest first;
 * hrefFor(week): the link of a week's point.
 */
export function trendChart(weeks, hrefFor) {
  const W = 560;
  const H = 200;
  const m = { left: 46, right: 14, top: 20, bottom: 28 };
  const plotW = W - m.left - m.right;
  const plotH = H - m.top - m.bottom;
  const n = Math.max(weeks.length, 1);
  const x = (i) => m.left + ((i + 0.5) * plotW) / n;
  const y = (rate) => m.top + (1 - rate) * plotH;

  const grid = [0, 0.25, 0.5, 0.75, 1].map((v) =>
    s(
      'g',
      { class: 'dvc-sla-grid' },
      s('line', { x1: m.left, x2: W - m.right, y1: y(v), y2: y(v) }),
      s('text', { x: m.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, percentTick(v))
    )
  );

  // The line, broken where a week has no finished dossier.
  const segments = [];
  let segment = [];
  weeks.forEach((week, i) => {
    if (week.onTimeRate == null) {
      if (segment.length) {
        segments.push(segment);
      }
      segment = [];
    } else {
      segment.push([x(i), y(week.onTimeRate)]);
    }
  });
  if (segment.length) {
    segments.push(segment);
  }
  const paths = segments
    .filter((seg) => seg.length > 1)
    .map((seg) =>
      s('path', {
        class: 'dvc-sla-line',
        d: seg.map(([px, py], i) => (i ? 'L' : 'M') + px.toFixed(1) + ' ' + py.toFixed(1)).join(' ')
      })
    );

  const points = weeks.map((week, i) => {
    const label = fmtDate(week.weekStart);
    if (week.onTimeRate == null) {
      return s(
        'g',
        { class: 'dvc-sla-point-empty', 'data-testid': testId('sla-trend-point', week.weekStart), 'data-rate': '' },
        s('title', null, t('chart.trend.empty', { week: label })),
        s('text', { x: x(i), y: y(0) - 6, 'text-anchor': 'middle' }, '–')
      );
    }
    const title = t('chart.trend.point', {
      week: label,
      rate: fmtRate(week.onTimeRate),
      onTime: fmtInt(week.finishedOnTime),
      late: fmtInt(week.finishedLate)
    });
    const labelY = week.onTimeRate > 0.9 ? y(week.onTimeRate) + 18 : y(week.onTimeRate) - 9;
    return s(
      'a',
      {
        href: hrefFor(week),
        class: 'dvc-sla-point',
        'data-testid': testId('sla-trend-point', week.weekStart),
        'data-rate': String(week.onTimeRate),
        'aria-label': title
      },
      s('title', null, title),
      s('circle', { cx: x(i), cy: y(week.onTimeRate), r: 4.5 }),
      s('circle', { class: 'dvc-sla-hit', cx: x(i), cy: y(week.onTimeRate), r: 12 }),
      s('text', { x: x(i), y: labelY, 'text-anchor': 'middle' }, fmtRate(week.onTimeRate))
    );
  });

  const xLabels = weeks.map((week, i) =>
    s('text', { class: 'dvc-sla-xlabel', x: x(i), y: H - m.bottom + 18, 'text-anchor': 'middle' }, fmtDate(week.weekStart, false))
  );

  return s(
    'svg',
    {
      class: 'dvc-sla-svg',
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-label': t('chart.trend.title'),
      preserveAspectRatio: 'xMidYMid meet'
    },
    grid,
    s('line', { class: 'dvc-sla-axis', x1: m.left, x2: W - m.right, y1: y(0), y2: y(0) }),
    xLabels,
    paths,
    points
  );
}

/**
 * items: [{code, label, value}] with value > 0, largest first; the first `max` are drawn.
 * hrefFor(item): the link of a bar. selected: the commune chosen in the filter, if any.
 */
export function overdueChart(items, hrefFor, selected, max = 10) {
  if (!items.length) {
    return s(
      'svg',
      { class: 'dvc-sla-svg', viewBox: '0 0 560 60', role: 'img', 'aria-label': t('chart.overdue.none') },
      s('line', { class: 'dvc-sla-axis', x1: 150, x2: 150, y1: 8, y2: 52 }),
      s('text', { class: 'dvc-sla-chart-empty-text', x: 280, y: 35, 'text-anchor': 'middle' }, t('chart.overdue.none'))
    );
  }
  const shown = items.slice(0, max);
  const W = 560;
  const rowH = 24;
  const m = { left: 150, right: 46, top: 8, bottom: 8 };
  const H = m.top + m.bottom + rowH * shown.length;
  const plotW = W - m.left - m.right;
  const top = Math.max(1, ...shown.map((item) => item.value));
  const short = (text) => (text.length > 22 ? text.slice(0, 21) + '…' : text);

  const bars = shown.map((item, i) => {
    const y0 = m.top + i * rowH;
    const width = Math.max(2, (item.value / top) * plotW);
    const title = t('chart.overdue.bar', { commune: item.label, n: fmtInt(item.value) });
    return s(
      'a',
      {
        href: hrefFor(item),
        class: 'dvc-sla-bar' + (selected && selected === item.code ? ' dvc-sla-bar-selected' : ''),
        'data-testid': testId('sla-overdue-bar', item.code),
        'data-value': String(item.value),
        'aria-label': title
      },
      s('title', null, title),
      s('rect', { class: 'dvc-sla-bar-hit', x: 0, y: y0, width: W, height: rowH }),
      s('text', { class: 'dvc-sla-bar-label', x: m.left - 8, y: y0 + rowH / 2 + 4, 'text-anchor': 'end' }, short(item.label)),
      s('rect', { class: 'dvc-sla-bar-fill', x: m.left, y: y0 + 4, width: width.toFixed(1), height: rowH - 8, rx: 2 }),
      s('text', { class: 'dvc-sla-bar-value', x: m.left + width + 6, y: y0 + rowH / 2 + 4 }, fmtInt(item.value))
    );
  });

  const svg = s(
    'svg',
    {
      class: 'dvc-sla-svg',
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-label': t('chart.overdue.title'),
      preserveAspectRatio: 'xMidYMin meet'
    },
    s('line', { class: 'dvc-sla-axis', x1: m.left, x2: m.left, y1: m.top, y2: H - m.bottom }),
    bars
  );
  const more = items.length - shown.length;
  return [svg, more > 0 ? h('p', { class: 'dvc-sla-chart-note' }, t('chart.overdue.more', { n: fmtInt(more) })) : null];
}
