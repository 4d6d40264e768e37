/*
 * Tiny DOM helpers. Text always goes in as text nodes, never as HTML, so data from the server
 * cannot inject markup.
 */

import { LANGS, lang, setLang, t } from './i18n.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttributes(el, attrs) {
  if (!attrs) {
    return;
  }
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false || name === 'value') {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class' && el.namespaceURI !== SVG_NS) {
      el.className = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

function appendChildren(el, children) {
  for (const child of children) {
    if (child == null || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      appendChildren(el, child);
    } else if (child instanceof Node) {
      el.appendChild(child);
    } else {
      el.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** An HTML element: h('a', {href: '#/x', class: 'y'}, 'text', otherNode, [more]). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  appendChildren(el, children);
  // A select's or an input's value can only be set once its options exist.
  if (attrs && attrs.value != null) {
    el.value = attrs.value;
  }
  return el;
}

/** An SVG element. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attrs);
  appendChildren(el, children);
  return el;
}

export function clear(node) {
  while (node.firstChild) {
    node.removeChild(node.firstChild);
  }
}

/** The query of a Cockpit hash route ("#/sla/dossiers?figure=overdue&…") as an object. */
export function hashQuery() {
  const hash = window.location.hash || '';
  const i = hash.indexOf('?');
  const params = new URLSearchParams(i < 0 ? '' : hash.slice(i + 1));
  const query = {};
  params.forEach((value, key) => {
    query[key] = value;
  });
  return query;
}

/** "#/path?a=1&b=2" leaving out empty values. */
export function hashHref(path, query) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query || {})) {
    if (value != null && value !== '') {
      params.append(key, value);
    }
  }
  const qs = params.toString();
  return '#' + path + (qs ? '?' + qs : '');
}

/** data-testid values may only hold letters, digits, "-" and "_". */
export function testId(...parts) {
  return parts
    .map((p) => (p == null || p === '' ? 'all' : String(p)))
    .join('-')
    .replace(/[^A-Za-z0-9_-]/g, '_');
}

/** The VI/EN toggle: one button, switching to the other language. */
export function langToggle() {
  const currentLang = lang();
  const next = LANGS[(LANGS.indexOf(currentLang) + 1) % LANGS.length];
  return h(
    'button',
    {
      type: 'button',
      class: 'btn btn-default btn-sm dvc-sla-lang',
      'data-testid': 'sla-lang-toggle',
      'data-lang': currentLang,
      title: t('lang.toggle'),
      'aria-label': t('lang.toggle'),
      onClick: () => setLang(next)
    },
    LANGS.map((code, i) => [
      i > 0 ? h('span', { class: 'dvc-sla-lang-sep', 'aria-hidden': 'true' }, '|') : null,
      h('span', { class: code === currentLang ? 'dvc-sla-lang-on' : 'dvc-sla-lang-off', lang: code }, code.toUpperCase())
    ])
  );
}

export function errorBox(error) {
  return h(
    'div',
    { class: 'alert alert-danger dvc-sla-error', role: 'alert', 'data-testid': 'sla-error' },
    h('strong', null, t('error.load')),
    ': ',
    h('span', { 'data-testid': 'sla-error-detail' }, error && error.message ? error.message : String(error))
  );
}

export function loadingBox() {
  return h('div', { class: 'dvc-sla-loading', 'data-testid': 'sla-loading', role: 'status' }, t('state.loading'));
}
