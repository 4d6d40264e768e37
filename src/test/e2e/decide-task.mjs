// Step: a member of staff opens a dossier's task from one of the shared filters, reads the facts
// the registries gave, and completes it with one decision of its Camunda Form. Works for any
// procedure, also for the review and signature of the frame handle-dossier on the generic forms
// (review-dossier, sign-dossier), which Tasklist shows like any other task.
//
// node decide-task.mjs --base-url=… --user=… --password=… --dossier=<dossier id>
//   --filter=<shared filter: groupTasks, dueToday, overdue, toSign, dataIssues> --decision=<label of the decision's radio option>
//   [--facts=<text the facts field must contain>,…] --shots=<dir> --shot=<NN-step> [--now=<instant>]

import { log, parseArgs, required, result, signIn, step, untilFieldContains } from './lib.mjs';
import { choose, claimIfNeeded, complete, FILTERS, openFilter, openTask, tasksWith } from './tasklist.mjs';

const FACTS = 'Giấy tờ: thông tin lấy từ cơ sở dữ liệu và nguồn gốc';

const args = parseArgs();
required(args, 'user', 'password', 'dossier', 'filter', 'decision');
// By key: the filters' names (Vietnamese) are kept in one place, tasklist.mjs.
const filter = FILTERS[args.filter];
if (!filter) {
  throw new Error(`--filter=${args.filter} is none of ${Object.keys(FILTERS).join(', ')}`);
}

await step(args, async (page, shoot) => {
  await signIn(page, args.baseUrl, 'tasklist', args.user, args.password);

  const listed = await openFilter(page, filter);
  if (!listed.some((name) => name.includes(args.dossier))) {
    throw new Error(`"${filter}" does not list dossier ${args.dossier}: ${JSON.stringify(listed)}`);
  }
  await shoot('listed');

  await openTask(page, args.dossier);
  const task = await page.locator('section.task-card h2.task').innerText();
  let facts = null;
  if (args.facts) {
    facts = await untilFieldContains(page, FACTS, args.facts.split(','));
    log(`facts found: ${JSON.stringify(facts)}`);
  }
  await shoot('form');

  await claimIfNeeded(page, args.user);
  await choose(page, args.decision);
  await shoot('decision');
  await complete(page);
  // By the task's title, not the dossier: the same person may get the dossier's next task at once
  // (the land registry reviews and signs).
  await tasksWith(page, task).waitFor({ state: 'detached' });
  await shoot('done');
  result({ task, facts });
});
