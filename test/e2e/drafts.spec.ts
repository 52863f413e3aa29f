// Drafts that survive (issue 9), in the browser host: what is typed into a new meeting and a
// brief without saving comes back after the idle lock (with a 1-minute idle setting) and
// after kill -9 of the host and a restart; two tabs, one idle and one in use, do not lock.
// The browser-host launcher is started here by hand, since the spec restarts the same host
// over the same home folder.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH } from './launchers';
import { createVaultWithSample as createSampleVault, E2E_PASSPHRASE } from './steps';

const PASSPHRASE = E2E_PASSPHRASE;
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
const root = resolve(import.meta.dirname, '../..');

interface Host {
  proc: ChildProcess;
  url: string;
}

/** A browser host over `home`, on `port` (any free one by default). */
function startHost(home: string, port = 0): Promise<Host> {
  const args = [join(root, 'out/main/cli.js'), 'serve', '--port', String(port)];
  const proc = spawn(process.execPath, args, {
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      BRIEFING_DESK_HOME: home,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/.exec(out);
      if (m) done({ proc, url: m[0] });
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`host exited (${code}): ${out}`)));
  });
}

/** A home whose preferences lock the vault after 1 idle minute (the shortest setting). */
function homeWithShortIdle(): string {
  const home = mkdtempSync(join(tmpdir(), 'bd-drafts-'));
  mkdirSync(join(home, '.config/briefing-desk'), { recursive: true });
  writeFileSync(
    join(home, '.config/briefing-desk/preferences.json'),
    JSON.stringify({ language: 'vi', idleLockMinutes: 1, recentVaults: [] }),
  );
  return home;
}

/** The vault of these tests: kho.bdvault in `home`, with the sample data. */
const createVaultWithSample = (page: Page, home: string) =>
  createSampleVault(page, `${home}/kho.bdvault`);

async function unlock(page: Page) {
  await expect(page.getByTestId('unlock-form')).toBeVisible();
  await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('unlock-form')).toHaveCount(0);
}

const savedAt = (page: Page) =>
  page
    .getByTestId('draft-saved')
    .getAttribute('data-saved-at', { timeout: 1000 })
    .catch(() => null);

/** Waits until the autosave has written a draft of `editor` newer than `before`. */
async function draftWritten(page: Page, before: string | null, editor: 'meeting' | 'brief') {
  await expect.poll(() => savedAt(page), { timeout: 15_000 }).not.toBe(before);
  await expect(page.getByTestId('draft-saved')).toHaveAttribute(
    'data-draft',
    new RegExp(`^${editor}:`),
  );
}

async function typeNewMeeting(page: Page, title: string, summary: string) {
  const before = await savedAt(page);
  await page.getByTestId('nav-meetings').click();
  await page.getByTestId('new-meeting').click();
  await page.getByTestId('meeting-title').fill(title);
  await page.getByTestId('meeting-summary').fill(summary);
  await page.getByTestId('meeting-summary').press('End');
  await page.keyboard.type(' Kết thúc.');
  await draftWritten(page, before, 'meeting');
}

async function expectMeetingRestored(page: Page, title: string, summary: string) {
  await page.getByTestId('draft-offer-meeting').getByTestId('draft-restore').click();
  await expect(page.getByTestId('meeting-title')).toHaveValue(title);
  await expect(page.getByTestId('meeting-summary')).toHaveValue(`${summary} Kết thúc.`);
}

/**
 * Puts the caret at the very end of the brief's body: a click in its last paragraph, then
 * Ctrl+End (the end of the document, not of the visual line, which depends on the width) —
 * checked, and done again if the editor was still settling when the keys arrived.
 */
async function caretAtEnd(page: Page) {
  const body = page.getByTestId('brief-body');
  await expect(async () => {
    await body.locator('p').last().click();
    await page.keyboard.press('Control+End');
    const atEnd = await body.evaluate((el) => {
      const sel = window.getSelection();
      if (!sel || !sel.isCollapsed || !sel.anchorNode || !el.contains(sel.anchorNode)) return false;
      const range = document.createRange();
      range.selectNodeContents(el);
      range.setStart(sel.anchorNode, sel.anchorOffset);
      return range.toString().length === 0;
    });
    expect(atEnd).toBe(true);
  }).toPass({ timeout: 15_000 });
}

async function typeInBrief(page: Page, words: string) {
  const before = await savedAt(page);
  await page.getByTestId('nav-meetings').click();
  await page.getByTestId('meeting-row').filter({ hasText: '26/8/2025' }).first().click();
  await page.getByTestId('new-brief').click();
  await page.getByTestId('template-conclusion-notice').click();
  await expect(page.getByTestId('brief-workspace')).toBeVisible();
  await caretAtEnd(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type(words);
  await expect(page.getByTestId('brief-body').locator('p').last()).toHaveText(words);
  await draftWritten(page, before, 'brief');
}

const longSummary = 'Báo cáo tình hình hội nhập quốc tế của Đắk Lắk, Cà Mau. '.repeat(40).trim();

test.describe('drafts survive', () => {
  // eslint-disable-next-line no-empty-pattern
  test.beforeEach(({}, info) => {
    test.skip(
      info.project.metadata.launcher !== 'browser-host',
      'this spec restarts the browser host; the Electron shell keeps drafts the same way',
    );
  });

  // eslint-disable-next-line no-empty-pattern
  test('idle lock: the meeting and the brief come back after unlock', async ({}) => {
    test.setTimeout(600_000);
    const home = homeWithShortIdle();
    const host = await startHost(home);
    const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
    try {
      const page = await browser.newPage({ locale: 'vi-VN' });
      await page.goto(host.url);
      await createVaultWithSample(page, home);

      // 1. A new meeting, never saved; the vault locks itself after the idle minute.
      await typeNewMeeting(page, 'Họp chưa lưu lần một', longSummary);
      await expect(page.getByTestId('unlock-form')).toBeVisible({ timeout: 150_000 });
      await unlock(page);
      await expect(page.getByTestId('idle-lock-notice')).toBeVisible();
      await expectMeetingRestored(page, 'Họp chưa lưu lần một', longSummary);
      await page.getByTestId('meeting-save').click();
      await expect(page.getByTestId('meeting-state')).toContainText('Đã lưu');

      // 2. A brief typed into without saving; idle lock again.
      await typeInBrief(page, 'Đoạn mới chưa lưu của văn bản');
      await expect(page.getByTestId('unlock-form')).toBeVisible({ timeout: 150_000 });
      await unlock(page);
      await page.getByTestId('draft-offer-brief').getByTestId('draft-restore').click();
      await expect(page.getByTestId('brief-body')).toContainText('Đoạn mới chưa lưu của văn bản');
    } finally {
      await browser.close();
      host.proc.kill('SIGTERM');
      rmSync(home, { recursive: true, force: true });
    }
  });

  /** kill -9 of the host, a new host over the same home, a new tab, unlocked. */
  async function killAndRestart(browser: Browser, host: Host, home: string) {
    host.proc.kill('SIGKILL');
    const next = await startHost(home);
    const page = await browser.newPage({ locale: 'vi-VN' });
    await page.goto(next.url);
    await unlock(page);
    return { host: next, page };
  }

  // eslint-disable-next-line no-empty-pattern
  test('kill -9 of the host: the brief and the meeting come back after a restart', async ({}) => {
    test.setTimeout(300_000);
    const home = homeWithShortIdle();
    let host = await startHost(home);
    const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
    try {
      let page = await browser.newPage({ locale: 'vi-VN' });
      await page.goto(host.url);
      await createVaultWithSample(page, home);

      // 1. An unsaved brief: restored after the restart, and still there a moment later.
      await typeInBrief(page, 'Đoạn viết trước khi máy chủ dừng');
      ({ host, page } = await killAndRestart(browser, host, home));
      await page.getByTestId('draft-offer-brief').getByTestId('draft-restore').click();
      const body = page.getByTestId('brief-body');
      await expect(body).toContainText('Đoạn viết trước khi máy chủ dừng');
      await page.waitForTimeout(2500);
      await expect(body).toContainText('Đoạn viết trước khi máy chủ dừng');

      // 2. Typing into the restored brief is kept too, through a second kill -9.
      const before = await savedAt(page);
      await caretAtEnd(page);
      await page.keyboard.type(' Thêm sau khôi phục.');
      await draftWritten(page, before, 'brief');
      ({ host, page } = await killAndRestart(browser, host, home));
      await page.getByTestId('draft-offer-brief').getByTestId('draft-restore').click();
      await expect(page.getByTestId('brief-body')).toContainText(
        'Đoạn viết trước khi máy chủ dừng Thêm sau khôi phục.',
      );
      await page.getByTestId('brief-save').click();
      await expect(page.getByTestId('brief-state')).toContainText('Đã lưu');

      // 3. A new meeting, never saved.
      await typeNewMeeting(page, 'Họp chưa lưu lần hai', longSummary);
      ({ host, page } = await killAndRestart(browser, host, home));
      await expectMeetingRestored(page, 'Họp chưa lưu lần hai', longSummary);
    } finally {
      await browser.close();
      host.proc.kill('SIGTERM');
      rmSync(home, { recursive: true, force: true });
    }
  });

  // eslint-disable-next-line no-empty-pattern
  test('host restart: the open tab asks for the passphrase and keeps what is on screen', async ({}) => {
    test.setTimeout(300_000);
    const home = homeWithShortIdle();
    let host = await startHost(home);
    const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
    try {
      const page = await browser.newPage({ locale: 'vi-VN' });
      await page.goto(host.url);
      await createVaultWithSample(page, home);
      await typeNewMeeting(page, 'Họp đang soạn khi máy chủ dừng', longSummary);
      // Words typed just before the kill, sooner than autosave writes them.
      await page.getByTestId('meeting-summary').press('End');
      await page.keyboard.type(' Gõ ngay trước khi dừng.');
      host.proc.kill('SIGKILL');
      await expect(page.getByTestId('host-link-notice')).toContainText('Mất kết nối');
      await expect(page.getByTestId('meeting-summary')).toHaveValue(/Gõ ngay trước khi dừng\.$/);

      // The same address: the restarted host takes the port and token of the last one.
      const port = Number(new URL(host.url).port);
      host = await startHost(home, port);
      await expect(page.getByTestId('host-link-notice')).toContainText('khởi động lại', {
        timeout: 30_000,
      });
      await unlock(page);
      await expect(page.getByTestId('meeting-title')).toHaveValue('Họp đang soạn khi máy chủ dừng');
      await expect(page.getByTestId('meeting-summary')).toHaveValue(
        `${longSummary} Kết thúc. Gõ ngay trước khi dừng.`,
      );
      await expect(page.getByTestId('host-link-notice')).toHaveCount(0);
      await expect(page.getByTestId('draft-offer-meeting')).toHaveCount(0);
      await page.getByTestId('meeting-save').click();
      await expect(page.getByTestId('meeting-state')).toContainText('Đã lưu');
    } finally {
      await browser.close();
      host.proc.kill('SIGTERM');
      rmSync(home, { recursive: true, force: true });
    }
  });

  // eslint-disable-next-line no-empty-pattern
  test('two tabs: the idle one does not lock the vault under the one in use', async ({}) => {
    test.setTimeout(300_000);
    const home = homeWithShortIdle();
    const host = await startHost(home);
    const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
    try {
      const working = await browser.newPage({ locale: 'vi-VN' });
      await working.goto(host.url);
      await createVaultWithSample(working, home);
      const idle = await browser.newPage({ locale: 'vi-VN' });
      await idle.goto(host.url);
      // A second tab opens on the overview, like the first after its unlock.
      await expect(idle.getByTestId('home-page')).toBeVisible();
      await idle.getByTestId('nav-meetings').click();
      await expect(idle.getByTestId('meeting-row').first()).toBeVisible();

      await working.getByTestId('new-meeting').click();
      // Two idle minutes of the second tab while the first one is typed into.
      const started = Date.now();
      let n = 0;
      while (Date.now() - started < 130_000) {
        await working.getByTestId('meeting-summary').press('End');
        await working.keyboard.type(` ${++n}`);
        await working.waitForTimeout(8_000);
      }
      await expect(working.getByTestId('meeting-editor')).toBeVisible();
      await expect(idle.getByTestId('unlock-form')).toHaveCount(0);
      await expect(idle.getByTestId('meeting-row').first()).toBeVisible();
    } finally {
      await browser.close();
      host.proc.kill('SIGTERM');
      rmSync(home, { recursive: true, force: true });
    }
  });
});
