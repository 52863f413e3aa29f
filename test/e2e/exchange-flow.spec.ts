// Two ministries, two browser hosts, two vaults (issue 4): they exchange identity cards, each
// typing the fingerprint it read off the other's screen; the Ministry of Foreign Affairs sends
// the 26/8/2025 meeting with its directives; the Ministry of Industry and Trade previews and
// imports it, moves one directive forward and sends the meeting back; the sender's register
// then shows that directive's new status with its source. The Electron project skips: two
// vaults at once need two app instances, and the Electron shell is single-instance.
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { launchBrowserHost, type RunningApp } from './launchers';

const PASSPHRASE = 'hội nhập quốc tế sâu rộng 2025';
const SHOTS = process.env.BRIEF_SHOTS_DIR ?? '/tmp/shots';

async function createVault(page: Page, home: string, organisation: string, sample: boolean) {
  await page.getByTestId('vault-path').fill(`${home}/kho.bdvault`);
  await page.getByTestId('vault-organisation').fill(organisation);
  await page.getByTestId('create-passphrase').fill(PASSPHRASE);
  await page.getByTestId('create-passphrase-confirm').fill(PASSPHRASE);
  await page.getByTestId('create-vault-submit').click();
  await page.getByTestId('recovery-confirm').check();
  await page.getByTestId('recovery-continue').click();
  if (sample) {
    await page.getByTestId('sample-data-button').click();
    await page.getByTestId('nav-meetings').click();
    await expect(page.getByText('26/8/2025').first()).toBeVisible();
  }
}

/** The card file this ministry hands out, and the fingerprint shown on its screen. */
async function myCard(page: Page): Promise<{ text: string; fingerprint: string }> {
  await page.getByTestId('nav-exchange').click();
  const fingerprint = (await page.getByTestId('my-fingerprint').textContent()) ?? '';
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('save-card').click(),
  ]);
  return { text: readFileSync(await download.path()).toString('utf8'), fingerprint };
}

async function addContact(page: Page, card: { text: string; fingerprint: string }, name: string) {
  await page.getByTestId('nav-exchange').click();
  await page.getByTestId('card-text').fill(card.text);
  await page.getByTestId('card-fingerprint').fill(card.fingerprint);
  await page.getByTestId('add-contact').click();
  await expect(page.getByTestId('contact').filter({ hasText: name })).toBeVisible();
}

/** Seals the 26/8/2025 meeting for `to` and returns the downloaded package's path. */
async function sendMeeting(page: Page, to: string): Promise<string> {
  await page.getByTestId('nav-exchange').click();
  await page.locator('label', { hasText: to }).getByTestId('send-to').check();
  await page.locator('label', { hasText: '26/8/2025' }).getByTestId('send-meeting').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('seal').click(),
  ]);
  await expect(page.getByTestId('sealed')).toBeVisible();
  return download.path();
}

async function openAndImport(page: Page, file: string, expectAction: RegExp) {
  await page.getByTestId('nav-exchange').click();
  await page.getByTestId('package-file').setInputFiles(file);
  const preview = page.getByTestId('package-preview');
  await expect(preview).toBeVisible();
  await expect(
    preview.getByTestId('package-item').filter({ hasText: expectAction }).first(),
  ).toBeVisible();
  await page.getByTestId('import').click();
  await expect(page.getByTestId('imported')).toBeVisible();
}

/** Opens the 26/8/2025 meeting, appends to its summary and saves. */
async function editSummary(page: Page, addition: string) {
  await page.getByTestId('nav-meetings').click();
  await page.getByTestId('meeting-row').filter({ hasText: '26/8/2025' }).first().click();
  const summary = page.getByLabel('Tóm tắt báo cáo và ý kiến');
  await summary.fill(`${await summary.inputValue()} ${addition}`);
  await page.getByTestId('meeting-save').click();
  await expect(page.getByTestId('meeting-state')).toHaveText('Đã lưu');
}

// Playwright's fixtures are not used: the launchers start the app themselves.
// eslint-disable-next-line no-empty-pattern
test('two ministries exchange cards, a meeting goes out and a directive’s progress comes back', async ({}, info) => {
  test.skip(
    info.project.metadata.launcher === 'electron',
    'Two vaults at once need two app instances; the Electron shell is single-instance. The browser-host project runs this spec.',
  );
  const apps: RunningApp[] = [];
  try {
    const a = await launchBrowserHost();
    apps.push(a);
    const b = await launchBrowserHost();
    apps.push(b);
    await createVault(a.page, a.home, 'Bộ Ngoại giao', true);
    await createVault(b.page, b.home, 'Bộ Công Thương', false);

    const cardA = await myCard(a.page);
    const cardB = await myCard(b.page);
    expect(cardA.fingerprint.split(' ')).toHaveLength(12);
    await addContact(b.page, cardA, 'Bộ Ngoại giao');
    await addContact(a.page, cardB, 'Bộ Công Thương');

    // A → B: the meeting and its directives.
    const outgoing = await sendMeeting(a.page, 'Bộ Công Thương');
    await openAndImport(b.page, outgoing, /Thêm mới/);
    await b.page.getByTestId('nav-meetings').click();
    await expect(b.page.getByText('26/8/2025').first()).toBeVisible();

    // B moves the first directive forward and sends the meeting back.
    await b.page.getByTestId('nav-directives').click();
    const rows = b.page.getByTestId('directive-row');
    await expect(rows.first()).toBeVisible();
    let row = rows.first();
    for (let i = 0; i < (await rows.count()); i++) {
      if (
        (await rows.nth(i).getByTestId('directive-status-select').inputValue()) === 'not-started'
      ) {
        row = rows.nth(i);
        break;
      }
    }
    const task = ((await row.locator('.register__task-text').textContent()) ?? '').slice(0, 40);
    await row.getByTestId('directive-status-select').selectOption('in-progress');
    await expect(row.getByTestId('directive-status-select')).toHaveValue('in-progress');
    // The register saves at once; its row says so before the package is sealed.
    await expect(
      b.page
        .getByTestId('directive-row')
        .filter({ hasText: task })
        .getByTestId('directive-status-select'),
    ).toHaveValue('in-progress');
    const reply = await sendMeeting(b.page, 'Bộ Ngoại giao');

    // A: the directive is an update; after the import the register shows it, with its source.
    await openAndImport(a.page, reply, /Cập nhật/);
    await a.page.getByTestId('nav-directives').click();
    const back = a.page.getByTestId('directive-row').filter({ hasText: task }).first();
    await expect(back.getByTestId('directive-status-select')).toHaveValue('in-progress');
    await expect(back.getByTestId('directive-source')).toHaveText('Nguồn: Bộ Công Thương');

    // The same package again is a replay, refused with its reason.
    await a.page.getByTestId('nav-exchange').click();
    await a.page.getByTestId('package-file').setInputFiles(reply);
    await expect(a.page.getByTestId('exchange-error')).toContainText('đã được mở trước đây');

    // Both ministries change the meeting's summary: a conflict, which A resolves "keep both".
    await editSummary(a.page, '(Bộ Ngoại giao bổ sung)');
    await editSummary(b.page, '(Bộ Công Thương bổ sung)');
    const clash = await sendMeeting(b.page, 'Bộ Ngoại giao');
    await a.page.getByTestId('nav-exchange').click();
    await a.page.getByTestId('package-file').setInputFiles(clash);
    const conflict = a.page.getByTestId('package-item').filter({ hasText: 'XUNG ĐỘT' });
    await expect(conflict).toHaveCount(1);
    await expect(a.page.getByTestId('import')).toBeDisabled();
    mkdirSync(SHOTS, { recursive: true });
    await a.page.screenshot({ path: `${SHOTS}/exchange-conflict.png`, fullPage: true });
    await conflict.getByTestId('conflict-choice').selectOption('both');
    await a.page.getByTestId('import').click();
    await expect(a.page.getByTestId('imported')).toContainText('bản sao 1');
    await a.page.getByTestId('nav-meetings').click();
    await expect(a.page.getByTestId('meeting-row').filter({ hasText: '26/8/2025' })).toHaveCount(2);
  } finally {
    for (const app of apps) await app.close();
  }
});
