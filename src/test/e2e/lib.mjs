// Shared by the journey scripts: argument parsing, the browser (Debian's Chromium, never a
// downloaded one), signing in to the Camunda webapps, screenshots, and waiting helpers built on
// Playwright's auto-waiting. BrowserJourneyIT runs each script with `node <script> --key=value …`
// and treats any exit code but 0 as a failed step.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.DVC_E2E_CHROMIUM || '/usr/bin/chromium';

/** How long any single wait may take; Tasklist and Cockpit answer in well under a second here. */
export const TIMEOUT = Number(process.env.DVC_E2E_TIMEOUT_MS || 30_000);

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** `--base-url=http://… --user=officer.badinh` → `{ baseUrl: 'http://…', user: '…' }`. */
export function parseArgs(argv = process.argv.slice(2)) {
  const args = {};
  for (const arg of argv) {
    const match = /^--([^=]+)=(.*)$/s.exec(arg);
    if (!match) {
      throw new Error(`Arguments look like --name=value, not ${arg}`);
    }
    args[match[1].replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = match[2];
  }
  return args;
}

export function required(args, ...names) {
  const missing = names.filter((name) => !args[name]);
  if (missing.length > 0) {
    throw new Error(`Missing argument(s): ${missing.join(', ')}`);
  }
}

/** Prints one line the Java side reads back: `RESULT {"…": …}`. */
export function result(value) {
  console.log(`RESULT ${JSON.stringify(value)}`);
}

export function log(message) {
  console.log(`[${new Date().toISOString()}] ${message}`);
}

/**
 * Runs one step in a fresh browser (fresh profile, so no session leaks between users): a page of
 * 1366×768 in Vietnam's time zone and a Vietnamese browser (`--browser-locale` for another), whose clock reads the engine's clock (`--now`, an instant) so
 * that "due in …" agrees with the server. On failure it takes a screenshot `<shot>-FAILED.png`,
 * prints the error and exits with 1.
 */
export async function step(args, body) {
  required(args, 'baseUrl', 'shots', 'shot');
  mkdirSync(args.shots, { recursive: true });
  let browser;
  let page;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: LAUNCH_ARGS,
      timeout: TIMEOUT,
    });
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: args.browserLocale || 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    if (args.now) {
      await context.clock.setSystemTime(new Date(args.now));
    }
    context.setDefaultTimeout(TIMEOUT);
    page = await context.newPage();
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    // Failed calls explain most failures (before sign-in, 404 for the current user is normal).
    page.on('response', (response) => {
      if (response.status() >= 400) {
        log(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
      }
    });
    page.on('requestfailed', (request) => {
      log(`failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
    });
    let shots = 0;
    const shoot = async (what) => {
      shots += 1;
      const file = join(args.shots, `${args.shot}-${shots}-${what}.png`);
      // No tooltip of the last click in the picture.
      await page.mouse.move(0, 0);
      await page.screenshot({ path: file });
      log(`screenshot ${file}`);
    };
    await body(page, shoot);
  } catch (error) {
    console.error(`FAILED: ${plain(error.stack || String(error))}`);
    if (error.cause) {
      console.error(`caused by: ${plain(error.cause.message || String(error.cause))}`);
    }
    if (page) {
      try {
        const file = join(args.shots, `${args.shot}-FAILED.png`);
        await page.screenshot({ path: file, timeout: 5_000 });
        console.error(`screenshot of the failure: ${file}`);
        console.error(`page at the failure: ${page.url()}`);
      } catch (screenshotError) {
        console.error(`no screenshot of the failure: ${screenshotError.message}`);
      }
    }
    process.exitCode = 1;
  } finally {
    if (browser) {
      await browser.close();
    }
  }
}

/** Without the terminal colours Playwright puts in its call logs. */
function plain(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/**
 * The texts of the webapps' login form, from locales/vi.json of Tasklist and Cockpit
 * (PAGE_LOGIN_USERNAME, PAGE_LOGIN_PASSWORD, PAGE_LOGIN_SIGN_IN_ACTION) and Camunda's en.json.
 */
export const LOGIN = {
  vi: { user: 'Tên đăng nhập', password: 'Mật khẩu', button: 'Đăng nhập' },
  en: { user: 'Username', password: 'Password', button: 'Log in' },
};

/**
 * Signs in through the webapp's own login form (`app`: tasklist, cockpit), which is in
 * Vietnamese unless `language` says the webapp was switched to English.
 */
export async function signIn(page, baseUrl, app, user, password, language = 'vi') {
  const texts = LOGIN[language];
  await page.goto(`${baseUrl}/camunda/app/${app}/default/`);
  await page.getByPlaceholder(texts.user, { exact: true }).fill(user);
  await page.getByPlaceholder(texts.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: texts.button, exact: true }).click();
  // The signed-in user's menu replaces the login form.
  await page.locator('form[name="signinForm"]').waitFor({ state: 'detached' });
  await page.locator('.navbar .account, [cam-widget-header] .account').first().waitFor();
  log(`${user} signed in to ${app}`);
}

/**
 * Waits until `predicate(arg)` is true in the page. On timeout it fails with `message`, or with
 * what `message()` returns then (so that it can describe the page as it was at the end).
 */
export async function until(page, message, predicate, arg) {
  try {
    await page.waitForFunction(predicate, arg, { timeout: TIMEOUT });
  } catch (error) {
    const text = typeof message === 'function' ? await message() : message;
    throw new Error(`${text} (waited ${TIMEOUT} ms)`, { cause: error });
  }
}

/** The value of the form field whose label reads exactly `label` (form-js renders label[for]). */
export async function fieldValue(page, label) {
  return page.evaluate(fieldByLabel, { text: label, wanted: null });
}

/** Waits until the form field labelled `label` holds every one of `parts`. */
export async function untilFieldContains(page, label, parts) {
  await until(
    page,
    async () =>
      `The field "${label}" should contain ${parts.join(' and ')}, ` +
      `but it holds: ${JSON.stringify(await fieldValue(page, label))}`,
    fieldByLabel,
    { text: label, wanted: parts },
  );
  return fieldValue(page, label);
}

/**
 * Runs in the page: with `wanted` null, the value of the field labelled `text`; otherwise whether
 * that field holds every part of `wanted`.
 */
function fieldByLabel({ text, wanted }) {
  const label = [...document.querySelectorAll('label[for]')].find(
    (l) => l.textContent.trim() === text,
  );
  const field = label && document.getElementById(label.htmlFor);
  if (wanted === null) {
    return field ? field.value : null;
  }
  return !!field && wanted.every((part) => field.value.includes(part));
}
