// Step: the province supervisor opens the SLA dashboard in Cockpit (through Cockpit's navigation)
// and reads the figures of one procedure in one commune; both charts must render as SVG.
//
// node supervisor-dashboard.mjs --base-url=… --user=… --password=…
//   --procedure=birth-registration --commune=01100 --shots=<dir> --shot=<NN-step> [--now=<instant>]
//   [--expect=open:0,finishedOnTime:1]   figures the row must show (waited for)
//   [--overdue-commune=01107]            a commune whose overdue bar must be drawn
//   [--trend-week=2026-11-02 --trend-rate=1]  the on-time rate of that week's point
//                                             ('' for a week without finished dossiers)
//
// Prints `RESULT {"figures": {"open": 1, …}}` with the row's figures as shown.

import { log, parseArgs, required, result, signIn, step, until } from './lib.mjs';

const FIGURES = [
  'open',
  'dueSoon',
  'overdue',
  'finishedOnTime',
  'finishedLate',
  'onTimeRate',
  'averageProcessingWorkingDays',
];

const args = parseArgs();
required(args, 'user', 'password', 'procedure', 'commune');

const byTestId = (id) => `[data-testid="${id}"]`;
const figureId = (figure) => `sla-figure-${figure}-${args.procedure}-${args.commune}`;

function expectations() {
  if (!args.expect) {
    return {};
  }
  return Object.fromEntries(
    args.expect.split(',').map((pair) => {
      const [figure, value] = pair.split(':');
      if (!FIGURES.includes(figure)) {
        throw new Error(`--expect names an unknown figure ${figure}; known: ${FIGURES}`);
      }
      return [figure, value];
    }),
  );
}

async function figures(page) {
  return page.evaluate(
    ({ ids }) =>
      Object.fromEntries(
        Object.entries(ids).map(([figure, id]) => {
          const value = document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value');
          return [figure, value == null || value === '' ? null : Number(value)];
        }),
      ),
    { ids: Object.fromEntries(FIGURES.map((f) => [f, figureId(f)])) },
  );
}

await step(args, async (page, shoot) => {
  const expected = expectations();
  await signIn(page, args.baseUrl, 'cockpit', args.user, args.password);

  // Through Cockpit's own header, as a supervisor would.
  await page.locator(byTestId('sla-nav-link')).click();
  await page.waitForURL(/#\/sla(?:[?/]|$)/);
  const dashboard = page.locator(`${byTestId('sla-dashboard')}[data-loading="false"]`);
  try {
    await dashboard.waitFor();
  } catch (error) {
    if (page.url().includes('#/login')) {
      throw new Error(
        `Cockpit signed ${args.user} out while the SLA dashboard was loading ` +
          '(see the failed HTTP calls above)',
        { cause: error },
      );
    }
    throw new Error('The SLA dashboard did not finish loading (see the HTTP calls above)', {
      cause: error,
    });
  }
  const error = page.locator(byTestId('sla-error'));
  if ((await error.count()) > 0) {
    throw new Error(`The SLA dashboard shows an error: ${await error.innerText()}`);
  }
  log(`dashboard ${await page.locator(byTestId('sla-as-of')).innerText()}; ` +
    `${await page.locator(byTestId('sla-period')).innerText()}`);

  const row = page.locator(byTestId(`sla-row-${args.procedure}-${args.commune}`));
  await row.waitFor();
  for (const [figure, value] of Object.entries(expected)) {
    await until(
      page,
      async () =>
        `${figureId(figure)} should read ${value}; ` +
        `the row reads ${JSON.stringify(await figures(page))}`,
      ({ id, want }) =>
        document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value') === want,
      { id: figureId(figure), want: value },
    );
  }
  const shown = await figures(page);
  log(`${args.procedure} in ${args.commune}: ${JSON.stringify(shown)}`);

  // Both charts are drawn as SVG.
  for (const chart of ['sla-chart-trend', 'sla-chart-overdue']) {
    const svg = page.locator(`${byTestId(chart)} svg`);
    await svg.waitFor();
    const box = await svg.boundingBox();
    if (!box || box.width < 50 || box.height < 10) {
      throw new Error(`The chart ${chart} is not drawn: ${JSON.stringify(box)}`);
    }
  }
  if (args.overdueCommune) {
    const bar = page.locator(byTestId(`sla-overdue-bar-${args.overdueCommune}`));
    await bar.waitFor();
    log(`overdue bar of ${args.overdueCommune}: ${await bar.getAttribute('data-value')}`);
  }
  if (args.trendWeek) {
    const point = page.locator(byTestId(`sla-trend-point-${args.trendWeek}`));
    await point.waitFor({ state: 'attached' });
    const rate = await point.getAttribute('data-rate');
    if (args.trendRate !== undefined && rate !== args.trendRate) {
      throw new Error(
        `The trend point of the week of ${args.trendWeek} should show rate "${args.trendRate}", ` +
          `not "${rate}"`,
      );
    }
    log(`trend point of the week of ${args.trendWeek}: rate "${rate}"`);
  }
  await row.scrollIntoViewIfNeeded();
  await shoot('dashboard');

  result({ figures: shown });
});
