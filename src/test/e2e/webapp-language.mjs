// Step: Cockpit speaks Vietnamese even to a browser that prefers English (run it with
// --browser-locale=en-GB), the SLA plugin with it; the language switch at the bottom right of the
// page turns both to English, and back to Vietnamese.
//
// node webapp-language.mjs --base-url=… --user=… --password=… --shots=<dir> --shot=<NN-step>
//   [--browser-locale=en-GB] [--now=<instant>]
//
// Prints `RESULT {"languages": ["vi", "en", "vi"]}`, the languages seen in turn.

import { log, parseArgs, required, result, signIn, step } from './lib.mjs';

/** A label of Cockpit (COCKPIT_PROCESSES of its locales) and the SLA plugin's page title. */
const TEXTS = {
  vi: { processes: 'Quy trình', sla: 'Theo dõi hạn giải quyết hồ sơ' },
  en: { processes: 'Processes', sla: 'Dossier deadlines' },
};

const args = parseArgs();
required(args, 'user', 'password');

async function expectLanguage(page, language) {
  const texts = TEXTS[language];
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  await page.locator(`nav.dvc-language[data-lang="${language}"]`).waitFor();
  await page.getByRole('link', { name: texts.processes, exact: true }).first().waitFor();
  await page.locator('h1.dvc-sla-title', { hasText: texts.sla }).waitFor();
  log(`Cockpit and the SLA page in ${language}: "${texts.processes}", "${texts.sla}"`);
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
  for (const language of ['vi', 'en', 'vi']) {
    if (seen.length > 0) {
      await switchTo(page, language);
    }
    await expectLanguage(page, language);
    await shoot(language);
    seen.push(language);
  }
  result({ languages: seen });
});
