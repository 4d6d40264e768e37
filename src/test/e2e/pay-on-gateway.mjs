// Step: the citizen opens the pay link of their dossier on the sandbox payment gateway, checks the
// amount, pays, and then has the platform resend its confirmation (a replay our side must ignore).
//
// node pay-on-gateway.mjs --base-url=… --pay-url=<the dossier's payment.payUrl>
//   --amount=<e.g. 4.024.000 ₫> --shots=<dir> --shot=<NN-step> [--now=<instant>]

import { log, parseArgs, required, result, step } from './lib.mjs';

const args = parseArgs();
required(args, 'payUrl', 'amount');

/** The text of the definition `id` of the gateway's page (its rows are <dd id="…">). */
async function shown(page, id) {
  return (await page.locator(`dd#${id}`).innerText()).trim();
}

await step(args, async (page, shoot) => {
  await page.goto(args.payUrl);
  const amount = await shown(page, 'amount');
  if (amount !== args.amount) {
    throw new Error(`The gateway asks ${amount}, the dossier owes ${args.amount}`);
  }
  await shoot('payment-page');

  await page.getByRole('button', { name: 'Thanh toán', exact: true }).click();
  await page.locator('dd#answer').waitFor();
  const paid = {
    state: await shown(page, 'state'),
    answer: await shown(page, 'answer'),
    callbackId: await shown(page, 'callback-id'),
    transactionRef: await shown(page, 'transaction-ref'),
  };
  log(`paid: ${JSON.stringify(paid)}`);
  await shoot('paid');

  await page.getByRole('link', { name: 'Quay lại trang thanh toán' }).click();
  await page.getByRole('button', { name: 'Gửi lại xác nhận' }).click();
  await page.locator('dd#answer').waitFor();
  const resent = {
    answer: await shown(page, 'answer'),
    callbackId: await shown(page, 'callback-id'),
  };
  log(`resent: ${JSON.stringify(resent)}`);
  await shoot('resent');

  result({ amount, paid, resent });
});
