// Camunda Tasklist 7.24 as an officer sees it: the shared filters on the left, the task list in the
// middle, the task with its Camunda Form on the right.

import { log } from './lib.mjs';

/** The shared task filters by their Vietnamese names (vn.dvc.tasklist creates them). */
export const FILTERS = {
  groupTasks: 'Việc của nhóm tôi',
  dueToday: 'Đến hạn hôm nay',
  overdue: 'Quá hạn',
  toSign: 'Chờ ký',
  dataIssues: 'Dữ liệu cần xác minh',
};

/** Texts of Tasklist from its locales/vi.json (NO_MATCHING_TASK, COMPLETE). */
const NO_TASK = 'Không tìm thấy công việc nào phù hợp với bộ lọc.';
const COMPLETE = 'Hoàn thành';

/** The task list's entries whose text contains `text` (a dossier id). */
export function tasksWith(page, text) {
  return page.locator('ol.tasks-list > li', { hasText: text });
}

/** The id of the shared task filter `name`, as the signed-in user's session sees it. */
async function filterId(page, name) {
  const origin = new URL(page.url()).origin;
  const response = await page.request.get(
    `${origin}/camunda/api/engine/engine/default/filter?resourceType=Task`,
    { headers: { Accept: 'application/json' } },
  );
  if (!response.ok()) {
    throw new Error(`Cannot list the task filters: HTTP ${response.status()}`);
  }
  const filters = await response.json();
  const found = filters.filter((filter) => filter.name === name);
  if (found.length !== 1) {
    throw new Error(
      `Expected one filter named "${name}", found ${found.length} among ` +
        JSON.stringify(filters.map((filter) => filter.name)),
    );
  }
  return found[0].id;
}

/**
 * Opens the shared filter `name` from the filter column, asks the server what the filter lists for
 * the signed-in user, and waits until the page shows exactly that. Returns the tasks' names.
 */
export async function openFilter(page, name) {
  const id = await filterId(page, name);
  // By the name shown, not the tooltip (the filter's description, which differs). The name
  // starts the link's text: a refreshed filter adds its count after it ("Chờ ký (1)"); no shared
  // filter's name starts another's.
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const exactly = new RegExp(`^\\s*${escaped}`);
  await page.locator('.task-filter h4.name a').filter({ hasText: exactly }).click();
  await page.locator('.task-filter.active h4.name a').filter({ hasText: exactly }).waitFor();
  await page.waitForURL((url) => url.hash.includes(`filter=${id}`));
  // What the server lists for this filter, asked in the user's session: waiting for Tasklist's own
  // request raced with its refresh right after sign-in (the request could be made before the
  // wait began, or not at all when the filter was already loaded).
  const origin = new URL(page.url()).origin;
  // The webapps' API wants the CSRF token of the session's cookie back in a header on a POST.
  const cookies = await page.context().cookies(`${origin}/camunda/api/`);
  const csrf = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.post(
    `${origin}/camunda/api/engine/engine/default/filter/${id}/list?firstResult=0&maxResults=50`,
    {
      headers: {
        Accept: 'application/hal+json',
        'Content-Type': 'application/json',
        'X-XSRF-TOKEN': csrf,
      },
      data: {},
    },
  );
  if (!response.ok()) {
    throw new Error(`Tasklist could not list the filter "${name}": HTTP ${response.status()}`);
  }
  const body = await response.json();
  const names = (body._embedded?.task ?? []).map((task) => task.name);
  // The list renders what the server answered: every task, or the "no task" notice.
  if (names.length === 0) {
    await page.getByText(NO_TASK).waitFor();
  } else {
    for (const task of names) {
      await page.locator('ol.tasks-list > li h4.task a', { hasText: task }).first().waitFor();
    }
  }
  log(`filter "${name}" lists ${names.length} task(s): ${JSON.stringify(names)}`);
  return names;
}

/** Opens the task of `dossierId` from the list and waits for its form to render. */
export async function openTask(page, dossierId) {
  const entry = tasksWith(page, dossierId);
  await entry.first().waitFor();
  const count = await entry.count();
  if (count !== 1) {
    throw new Error(`Expected one task of dossier ${dossierId} in the list, found ${count}`);
  }
  await entry.locator('h4.task a').click();
  await page.locator('section.task-card h2.task', { hasText: dossierId }).waitFor();
  await page.locator('form.fjs-form').waitFor();
  log(`opened the task of ${dossierId}`);
}

/** Claims the open task when Tasklist requires it (no assignee yet), then waits for the claim. */
export async function claimIfNeeded(page, user) {
  // The assignee cell renders either the Claim button or the assignee.
  const assignee = page.locator('section.task-card li.assignee');
  await assignee.first().waitFor();
  const claim = assignee.locator('button.claim');
  if ((await claim.count()) === 0) {
    log('the task is already assigned; no claim needed');
    return;
  }
  await claim.click();
  await claim.waitFor({ state: 'detached' });
  log(`claimed the task as ${user}`);
}

/** Chooses the radio option labelled `label` (the decision) in the open task's form. */
export async function choose(page, label) {
  const option = page.getByLabel(label, { exact: true });
  await option.check();
  if (!(await option.isChecked())) {
    throw new Error(`The option "${label}" did not stay checked`);
  }
  log(`chose "${label}"`);
}

/** Clicks "Hoàn thành" (Complete) and waits until Tasklist has taken the form away. */
export async function complete(page) {
  const button = page.locator('.form-actions button', { hasText: COMPLETE });
  // click() waits until the button is enabled (it is disabled until the task is claimed).
  await button.click();
  await page.locator('form.fjs-form').waitFor({ state: 'detached' });
  log('completed the task');
}
