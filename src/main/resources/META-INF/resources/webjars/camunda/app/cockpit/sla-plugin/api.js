/*
 * Calls to the dossier SLA API (/api/v1/sla/**, same origin, authenticated by the Cockpit login
 * session) and to the engine REST API that Cockpit itself uses (api.engineApi).
 */

import config from '../scripts/config.js';
import { t } from './i18n.js';

const settings = (config && config.slaPlugin) || {};

/** How long any call may take before the view says so (a lost session can leave one pending). */
const REQUEST_TIMEOUT_MS = 20000;

/**
 * The application's /api/v1. Cockpit's <base app-root> is the context path plus the webapps'
 * application path (camunda.bpm.webapp.application-path, one segment: "/camunda"); the API
 * lives at the context path. window.DVC_SLA_API_BASE overrides this.
 */
export function apiBase() {
  if (typeof window.DVC_SLA_API_BASE === 'string') {
    return window.DVC_SLA_API_BASE.replace(/\/$/, '');
  }
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/$/, '').replace(/\/[^/]*$/, '') + '/api/v1';
}

export class ApiError extends Error {
  constructor(status, message, problem) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || null;
  }
}

function cookie(name) {
  const match = document.cookie.match(new RegExp('(?:^|;\\s*)' + name + '=([^;]*)'));
  return match ? decodeURIComponent(match[1]) : null;
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value != null && value !== '') {
      search.append(key, value);
    }
  }
  const qs = search.toString();
  return qs ? '?' + qs : '';
}

/** The problem+json "detail" (or an engine error's "message") of a failed response. */
async function failure(response) {
  let body = null;
  const type = response.headers.get('content-type') || '';
  if (type.includes('json')) {
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
  }
  if (response.status === 401) {
    return new ApiError(401, (body && body.detail) || t('error.session'), body);
  }
  const message =
    (body && (body.detail || body.message || body.title)) ||
    `${response.status} ${response.statusText || ''}`.trim();
  return new ApiError(response.status, message, body);
}

/** A client bound to one view: abort() cancels whatever it still has under way. */
export class Client {
  constructor(api) {
    this.api = api || {};
    this.controller = new AbortController();
  }

  abort() {
    this.controller.abort();
  }

  headers() {
    const headers = {
      Accept: 'application/json, application/problem+json',
      // Marks the webapp's own call: the server answers 401 without a Basic challenge, which
      // would make the browser ask for a password.
      'X-Requested-With': 'XMLHttpRequest'
    };
    const token = this.api.CSRFToken || cookie('XSRF-TOKEN');
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
    return headers;
  }

  /** timeoutMs: give up after that long (an ApiError with status 0), e.g. on a pending challenge. */
  async getJson(url, timeoutMs) {
    if (this.controller.signal.aborted) {
      throw new DOMException('The view has gone', 'AbortError');
    }
    const own = new AbortController();
    this.controller.signal.addEventListener('abort', () => own.abort());
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      own.abort();
    }, timeoutMs || REQUEST_TIMEOUT_MS);
    const signal = own.signal;
    let response;
    try {
      response = await fetch(url, {
        method: 'GET',
        credentials: 'same-origin',
        headers: this.headers(),
        signal
      });
    } catch (e) {
      if (e && e.name === 'AbortError' && !timedOut) {
        throw e;
      }
      throw new ApiError(0, timedOut ? t('error.timeout') : t('error.network'));
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) {
      throw await failure(response);
    }
    return response.json();
  }

  /** GET /api/v1/{path}?{params}. */
  get(path, params, timeoutMs) {
    return this.getJson(apiBase() + path + query(params), timeoutMs);
  }

  /** GET {engineApi}/{path}: the engine REST API as Cockpit's session sees it. */
  engine(path, params) {
    const engineApi = (this.api.engineApi || '/camunda/api/engine/engine/default').replace(/\/$/, '');
    return this.getJson(engineApi + path + query(params));
  }

  kpis(params) {
    return this.get('/sla/kpis', params);
  }

  trend(params) {
    return this.get('/sla/trend', params);
  }

  dossiers(params) {
    return this.get('/sla/dossiers', params);
  }

  dossier(dossierId) {
    return this.get('/sla/dossiers/' + encodeURIComponent(dossierId));
  }
}

/** How long the catalogue may take, where it is switched on (config.js, slaPlugin). */
const CATALOGUE_TIMEOUT_MS = 5000;
/** How long a view waits for the catalogue before it shows the engine's names instead. */
const NAMES_WAIT_MS = 600;

const procedureNames = { names: {}, source: 'none', ready: null, listeners: new Set() };

function setNames(source, names) {
  procedureNames.names = names;
  procedureNames.source = source;
  procedureNames.listeners.forEach((listener) => listener(names));
}

/** "Đăng ký khai sinh (Birth registration)" → {vi: "Đăng ký khai sinh", en: "Birth registration"}. */
export function splitName(name) {
  const match = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(name || '');
  return match ? { vi: match[1], en: match[2] } : { vi: name, en: name };
}

/**
 * Procedure names {key: {vi, en}}, loaded once per page by a client of its own that no view
 * aborts: the names of the deployed process definitions (keyed like the procedures and named
 * "Tên (Name)"); where switched on in config.js, the catalogue's (/api/v1/procedures) once it
 * answers. With neither, the keys are shown. The promise resolves with the names good enough to
 * show first; a better set arriving later is announced to onProcedureNames listeners.
 */
export function loadProcedureNames(api) {
  if (!procedureNames.ready) {
    const client = new Client(api);
    const engine = client
      .engine('/process-definition', { latestVersion: true })
      .then((definitions) => {
        if (procedureNames.source !== 'catalogue') {
          const names = {};
          for (const d of Array.isArray(definitions) ? definitions : []) {
            if (d && d.key && d.name) {
              names[d.key] = splitName(d.name);
            }
          }
          setNames('engine', names);
        }
      })
      .catch(() => null);
    if (settings.procedureCatalogue) {
      const catalogue = client
        .get('/procedures', null, CATALOGUE_TIMEOUT_MS)
        .then((procedures) => {
          const names = {};
          for (const p of Array.isArray(procedures) ? procedures : []) {
            if (p && p.key) {
              names[p.key] = typeof p.name === 'string' ? splitName(p.name) : p.name || {};
            }
          }
          setNames('catalogue', names);
        })
        .catch(() => null);
      const wait = new Promise((resolve) => setTimeout(resolve, NAMES_WAIT_MS));
      procedureNames.ready = Promise.race([catalogue, wait.then(() => engine)]).then(() => undefined);
    } else {
      procedureNames.ready = engine.then(() => undefined);
    }
  }
  return procedureNames.ready.then(() => procedureNames.names);
}

/** Calls listener(names) whenever better names arrive; returns the function that stops it. */
export function onProcedureNames(listener) {
  procedureNames.listeners.add(listener);
  return () => procedureNames.listeners.delete(listener);
}

export function procedureName(names, key, language) {
  if (!key) {
    return t('filter.allProcedures');
  }
  const name = names && names[key];
  return (name && (name[language] || name.vi || name.en)) || key;
}
