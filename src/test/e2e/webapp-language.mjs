// Step: Cockpit speaks Vietnamese even to a browser that prefers English (run it with
// --browser-locale=en-GB), the SLA plugin with it; the language switch in the footer turns both to
// English; Welcome then speaks English too (one choice for the four webapps), and its switch turns
// it back to Vietnamese, Cockpit with it.
//
// node webapp-language.mjs --base-url=… --user=… --password=… --shots=<dir> --shot=<NN-step>
//   [--browser-locale=en-GB] [--now=<instant>]
//
// Prints `RESULT {"languages": ["cockpit:vi", "cockpit:en", "welcome:en", "welcome:vi",
// "cockpit:vi"]}`, the webapps and languages seen in turn.

import { log, parseArgs, required, result, signIn, step } from './lib.mjs';

/**
 * A label of Cockpit (COCKPIT_PROCESSES of its locales), the SLA plugin's page title and a heading
 * of Welcome (APPLICATIONS).
 */
const TEXTS = {
  vi: { processes: 'Quy trình', sla: 'Theo dõi hạn giải quyết hồ sơ', applications: 'Ứng dụng' },
  en: { processes: 'Processes', sla: 'Dossier deadlines', applications: 'Applications' },
};

const args = parseArgs();
required(args, 'user', 'password');

async function expectLanguage(page, webapp, language) {
  const texts = TEXTS[language];
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  await page.locator(`footer nav.dvc-language[data-lang="${language}"]`).waitFor();
  if (webapp === 'cockpit') {
    await page.getByRole('link', { name: texts.processes, exact: true }).first().waitFor();
    await page.locator('h1.dvc-sla-title', { hasText: texts.sla }).waitFor();
    log(`Cockpit and the SLA page in ${language}: "${texts.processes}", "${texts.sla}"`);
  } else {
    await page.locator('h3.section-title', { hasText: texts.applications }).waitFor();
    log(`Welcome in ${language}: "${texts.applications}"`);
  }
  return `${webapp}:${language}`;
}

async function switchTo(page, language) {
  // The switch keeps the choice and reloads the page (Cockpit reads its language once, at start).
  await Promise.all([
    page.waitForEvent('load'),
    page.locator(`nav.dvc-language button[data-lang="${language}"]`).click(),
  ]);
  log(`switched to ${language}`);
}

await step(args, async (page, shoot) => {
  const preferred = await page.evaluate(() => navigator.languages.join(', '));
  log(`the browser prefers ${preferred}`);
  // With the Vietnamese login form: this fails if Cockpit came up in the browser's language.
  await signIn(page, args.baseUrl, 'cockpit', args.user, args.password, 'vi');
  await page.locator('[data-testid="sla-nav-link"]').click();
  await page.waitForURL(/#\/sla(?:[?/]|$)/);
  const seen = [];
  seen.push(await expectLanguage(page, 'cockpit', 'vi'));
  await shoot('cockpit-vi');
  await switchTo(page, 'en');
  seen.push(await expectLanguage(page, 'cockpit', 'en'));
  await shoot('cockpit-en');

  await page.goto(`${args.baseUrl}/camunda/app/welcome/default/`);
  seen.push(await expectLanguage(page, 'welcome', 'en'));
  await shoot('welcome-en');
  await switchTo(page, 'vi');
  seen.push(await expectLanguage(page, 'welcome', 'vi'));
  await shoot('welcome-vi');

  await page.goto(`${args.baseUrl}/camunda/app/cockpit/default/#/sla`);
  seen.push(await expectLanguage(page, 'cockpit', 'vi'));
  result({ languages: seen });
});
