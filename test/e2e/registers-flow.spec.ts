// Registers that scale (issue 13 §6), in the browser host with the sample vault: the directive
// register counts the whole register from its first page and sorts by a header; the meetings
// register sorts by title from its header (aria-sort says so); the indicator register by name.
// Screenshots of the two registers go to BRIEF_SHOTS_DIR (default /tmp/shots).
import { test, expect, type Page } from '@playwright/test';
import { browserHostWithSample, saveShot } from './steps';

const shot = (page: Page, name: string) => saveShot(page, `registers-${name}`);

// eslint-disable-next-line no-empty-pattern
test('the registers count from the first page and sort by their headers', async ({}, info) => {
  const app = await browserHostWithSample(info, 'The browser-host project runs this spec.');
  const { page } = app;
  try {
    await page.getByTestId('nav-directives').click();
    await expect(page.locator('.page-head__count')).toHaveText('17 nhiệm vụ');
    const statusHeader = page.getByTestId('sort-status');
    await statusHeader.click();
    await expect(page.locator('[role="columnheader"]', { has: statusHeader })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const statuses = await page
      .getByTestId('directive-status-select')
      .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
    const rank = { 'not-started': 0, 'in-progress': 1, done: 2 } as Record<string, number>;
    expect(statuses.map((s) => rank[s])).toEqual(statuses.map((s) => rank[s]).sort());
    await shot(page, 'directives');

    await page.getByTestId('nav-meetings').click();
    const titleHeader = page.getByTestId('meeting-sort-title');
    await titleHeader.click();
    await expect(page.locator('[role="columnheader"]', { has: titleHeader })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const titles = await page.locator('.meeting-row__title').allTextContents();
    expect(titles.length).toBeGreaterThan(1);
    const folded = titles.map((t) =>
      t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase(),
    );
    expect(folded).toEqual([...folded].sort());
    await shot(page, 'meetings-by-title');

    await page.getByTestId('nav-indicators').click();
    await page.getByTestId('indicator-sort-name').click();
    await expect(page.getByText('Tất cả chỉ tiêu')).toBeVisible();
    await shot(page, 'indicators-by-name');
  } finally {
    await app.close();
  }
});
