/*
 * The language of the Camunda webapps of dvc-workflow (Tasklist, Cockpit, Admin, Welcome):
 * Vietnamese, unless this browser's user chose English with the switch this module puts in the
 * footer of every page of the four webapps ("Tiếng Việt | English", before "Powered by Camunda"). Each webapp's scripts/config.js imports
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
  // Inline, so that no webapp needs a stylesheet of ours. In the footer's flow, never over a page's
  // content (a switch floating at the bottom right covered Tasklist's Complete button).
  nav.style.cssText = 'display:inline-block;margin-right:1.5em;';
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
      'border:0;background:none;padding:0 2px;cursor:pointer;color:inherit;' +
      (code === current ? 'font-weight:bold;' : 'text-decoration:underline;');
    button.addEventListener('click', () => chooseLanguage(code));
    nav.appendChild(button);
  });
  return nav;
}

/** Puts the switch in the footer's "Powered by" column, once AngularJS has drawn the footer. */
function placeSwitch() {
  const column = document.querySelector('footer[cam-widget-footer] .row > .col-xs-6:last-child');
  if (column && !column.querySelector('nav.dvc-language')) {
    column.insertBefore(switchNode(), column.firstChild);
  }
}

function install() {
  // index.html of every webapp says lang="en": screen readers and the browser's "translate this
  // page" offer should know the page is Vietnamese.
  document.documentElement.lang = chosenLanguage();
  placeSwitch();
  // The footer is drawn after this module runs (AngularJS bootstraps later), and drawn again
  // should a webapp redraw it: watch for it.
  new MutationObserver(placeSwitch).observe(document.body, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', install);
  } else {
    install();
  }
}
