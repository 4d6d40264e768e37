// Step: the commune chair signs the dossier in Tasklist from "Chờ ký" (waiting for my signature).
//
// node chair-sign.mjs --base-url=… --user=… --password=… --dossier=<dossier id>
//   --shots=<dir> --shot=<NN-step> [--now=<instant>]

import { parseArgs, required, signIn, step, untilFieldContains } from './lib.mjs';
import { choose, claimIfNeeded, complete, FILTERS, openFilter, openTask, tasksWith } from './tasklist.mjs';

const SIGN = 'Ký — ban hành kết quả';

const args = parseArgs();
required(args, 'user', 'password', 'dossier');

await step(args, async (page, shoot) => {
  await signIn(page, args.baseUrl, 'tasklist', args.user, args.password);

  const listed = await openFilter(page, FILTERS.toSign);
  if (!listed.some((name) => name.includes(args.dossier))) {
    throw new Error(
      `"${FILTERS.toSign}" does not list dossier ${args.dossier}: ${JSON.stringify(listed)}`,
    );
  }
  await shoot('waiting-for-signature');

  await openTask(page, args.dossier);
  await untilFieldContains(page, 'Mã hồ sơ', [args.dossier]);
  await shoot('signing-form');

  await claimIfNeeded(page, args.user);
  await choose(page, SIGN);
  await shoot('decision');
  await complete(page);
  await tasksWith(page, args.dossier).waitFor({ state: 'detached' });
  await shoot('signed');
});
