// Step: the civil-status officer approves the dossier in Tasklist from the "Đến hạn hôm nay" (due
// today) filter.
//
// node officer-review.mjs --base-url=… --user=… --password=… --dossier=<dossier id>
//   --certificate=<medical birth certificate no.> --shots=<dir> --shot=<NN-step> [--now=<instant>]

import { log, parseArgs, required, result, signIn, step, untilFieldContains } from './lib.mjs';
import { choose, claimIfNeeded, complete, FILTERS, openFilter, openTask, tasksWith } from './tasklist.mjs';

const FACTS = 'Giấy tờ: thông tin lấy từ cơ sở dữ liệu và nguồn gốc';
const APPROVE = 'Đồng ý';

const args = parseArgs();
required(args, 'user', 'password', 'dossier', 'certificate');

await step(args, async (page, shoot) => {
  await signIn(page, args.baseUrl, 'tasklist', args.user, args.password);

  const listed = await openFilter(page, FILTERS.dueToday);
  if (!listed.some((name) => name.includes(args.dossier))) {
    throw new Error(
      `"${FILTERS.dueToday}" does not list dossier ${args.dossier}: ${JSON.stringify(listed)}`,
    );
  }
  await shoot('due-today');

  await openTask(page, args.dossier);
  const facts = await untilFieldContains(page, FACTS, [
    'MEDICAL_BIRTH_CERTIFICATE',
    args.certificate,
  ]);
  log(`facts found: ${JSON.stringify(facts)}`);
  await page.getByLabel(FACTS, { exact: true }).scrollIntoViewIfNeeded();
  await shoot('review-form');

  await claimIfNeeded(page, args.user);
  await choose(page, APPROVE);
  await shoot('decision');
  await complete(page);
  await tasksWith(page, args.dossier).waitFor({ state: 'detached' });
  await shoot('approved');
  result({ facts });
});
