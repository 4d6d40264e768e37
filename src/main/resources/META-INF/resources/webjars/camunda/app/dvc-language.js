/*
 * The language of the Camunda webapps of dvc-workflow (Tasklist, Cockpit, Admin, Welcome):
 * Vietnamese, unless this browser's user chose English with the switch this module puts in the
 * bottom right corner of every page of the four webapps. Each webapp's scripts/config.js imports
 * it; the Cockpit SLA plugin reads the same choice.
 *
 * Why a choice of our own: Camunda 7.24 has no language switcher and keeps no language choice.
 * At start each webapp takes the browser's first preferred language (navigator.languages[0],
 * the part before "-") if it is one of `locales.availableLocales` of its config.js, else
 * `locales.fallbackLocale` (camunda-commons-ui, `$translateProvider.determinePreferredLanguage`);
 * it then loads app/<webapp>/locales/<language>.json. Listing both 'vi' and 'en' there would show
 * English to everyone whose browser prefers English, and Vietnamese only to those whose browser
 * prefers Vietnamese. So config.js offers one language, the chosen one, as both: whatever the
 * browser prefers, the webapp shows Vietnamese until English is chosen here.
 *
 * The choice is kept per browser in localStorage (one origin: the four webapps share it) and
 * takes effect by reloading the page, since config.js is read once at start.
 */

/** The languages the webapps have texts for (app/<webapp>/locales/<code>.json), default first. */
export const LANGUAGES = ['vi', 'en'];

export const DEFAULT_LANGUAGE = 'vi';

const STORAGE_KEY = 'dvc-webapp-language';

/** Each language's name in itself, as the switch shows it. */
const NAMES = { vi: 'Tiếng Việt', en: 'English' };

/** The language chosen in this browser, or Vietnamese. */
export function chosenLanguage() {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (LANGUAGES.includes(stored)) {
      return stored;
    }
  } catch (e) {
    // storage disabled (private mode, policy): Vietnamese
  }
  return DEFAULT_LANGUAGE;
}

/** Keeps `language` as this browser's choice and reloads the page in it. */
export function chooseLanguage(language) {
  if (!LANGUAGES.includes(language) || language === chosenLanguage()) {
    return;
  }
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch (e) {
    // Without storage no choice can outlive the page: say so rather than reload for nothing.
    window.console.warn('dvc-workflow: the language cannot be kept (localStorage unavailable)');
    return;
  }
  window.location.reload();
}

/** The `locales` option of a webapp's config.js: the chosen language only (see above). */
export function webappLocales() {
  const language = chosenLanguage();
  return { availableLocales: [language], fallbackLocale: language };
}

function switchNode() {
  const current = chosenLanguage();
  const nav = document.createElement('nav');
  nav.className = 'dvc-language';
  nav.setAttribute('data-testid', 'webapp-language');
  nav.setAttribute('data-lang', current);
  nav.setAttribute('aria-label', current === 'vi' ? 'Ngôn ngữ' : 'Language');
  // Inline, so that no webapp needs a stylesheet of ours: above Camunda's footer, out of the way
  // of the task form's buttons.
  nav.style.cssText =
    'position:fixed;right:8px;bottom:28px;z-index:1050;padding:2px 6px;font-size:12px;' +
    'background:rgba(255,255,255,.92);border:1px solid #ccc;border-radius:3px;';
  LANGUAGES.forEach((code, i) => {
    if (i > 0) {
      const sep = document.createElement('span');
      sep.setAttribute('aria-hidden', 'true');
      sep.textContent = ' | ';
      nav.appendChild(sep);
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.lang = code;
    button.textContent = NAMES[code];
    button.setAttribute('data-lang', code);
    button.setAttribute('aria-pressed', String(code === current));
    button.style.cssText =
      'border:0;background:none;padding:0 2px;cursor:pointer;' +
      (code === current ? 'font-weight:bold;text-decoration:underline;' : 'color:#337ab7;');
    button.addEventListener('click', () => chooseLanguage(code));
    nav.appendChild(button);
  });
  return nav;
}

function install() {
  // index.html of every webapp says lang="en": screen readers and the browser's "translate this
  // page" offer should know the page is Vietnamese.
  document.documentElement.lang = chosenLanguage();
  if (!document.querySelector('nav.dvc-language')) {
    document.body.appendChild(switchNode());
  }
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', install);
  } else {
    install();
  }
}
