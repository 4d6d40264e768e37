// Step: an officer of another commune sees their own commune's dossier in their filters, and never
// the dossier of the commune under test.
//
// node other-commune-hidden.mjs --base-url=… --user=… --password=… --hidden=<dossier id>
//   --own=<dossier id of the user's commune> --shots=<dir> --shot=<NN-step> [--now=<instant>]

import { log, parseArgs, required, signIn, step } from './lib.mjs';
import { FILTERS, openFilter, tasksWith } from './tasklist.mjs';

const SHOWN = ['groupTasks', 'dueToday'];

const args = parseArgs();
required(args, 'user', 'password', 'hidden', 'own');

await step(args, async (page, shoot) => {
  await signIn(page, args.baseUrl, 'tasklist', args.user, args.password);

  for (const key of SHOWN) {
    const filter = FILTERS[key];
    const listed = await openFilter(page, filter);
    // The list is loaded and shows the user's own commune's work …
    if (!listed.some((name) => name.includes(args.own))) {
      throw new Error(
        `"${filter}" should list ${args.own} of ${args.user}'s commune: ${JSON.stringify(listed)}`,
      );
    }
    await tasksWith(page, args.own).first().waitFor();
    // … and neither the server's answer nor the page holds the other commune's dossier.
    if (listed.some((name) => name.includes(args.hidden))) {
      throw new Error(
        `"${filter}" lists ${args.hidden} to ${args.user}: ${JSON.stringify(listed)}`,
      );
    }
    const shown = await tasksWith(page, args.hidden).count();
    if (shown !== 0) {
      throw new Error(`"${filter}" shows ${args.hidden} to ${args.user}`);
    }
    log(`"${filter}" shows ${args.own} and hides ${args.hidden}`);
    await shoot(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
  }
});
