// Steps several end-to-end specs share, so a change to a screen they all pass through (the
// create form, the recovery key, the sample-data question, the unlock form, the organisation
// profile, a brief drafted from a meeting) is made once.
import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { launchBrowserHost, type RunningApp } from './launchers';

export const E2E_PASSPHRASE = 'hội nhập quốc tế sâu rộng 2025';

/** Creates a vault at `file` for `organisation` and confirms the recovery key was kept. */
export async function createVault(
  page: Page,
  file: string,
  organisation = 'Bộ Ngoại giao',
  passphrase = E2E_PASSPHRASE,
): Promise<void> {
  await page.getByTestId('vault-path').fill(file);
  await page.getByTestId('vault-organisation').fill(organisation);
  await page.getByTestId('create-passphrase').fill(passphrase);
  await page.getByTestId('create-passphrase-confirm').fill(passphrase);
  await page.getByTestId('create-vault-submit').click();
  await page.getByTestId('recovery-confirm').check();
  await page.getByTestId('recovery-continue').click();
}

/**
 * Loads the sample data into the empty vault on screen (answering its question) and ends on
 * the meetings register with the sample listed.
 */
export async function loadSample(page: Page): Promise<void> {
  await page.getByTestId('sample-data-button').click();
  await page.getByTestId('sample-confirm-confirm').click();
  await page.getByTestId('nav-meetings').click();
  await expect(page.getByTestId('meeting-row').first()).toBeVisible();
}

/** Both: a vault at `file` with the sample data, on the meetings register. */
export async function createVaultWithSample(
  page: Page,
  file: string,
  organisation = 'Bộ Ngoại giao',
  passphrase = E2E_PASSPHRASE,
): Promise<void> {
  await createVault(page, file, organisation, passphrase);
  await loadSample(page);
}

/** Bộ Ngoại giao's vault in `home`, with the sample data: the vault most flows start from. */
export function createMinistryVault(page: Page, home: string): Promise<void> {
  return createVaultWithSample(page, `${home}/Bo-Ngoai-giao.bdvault`);
}

/**
 * A spec that runs in the browser host only: skips the Electron project with `why`, then
 * starts the host and makes Bộ Ngoại giao's vault with the sample data (the app is closed if
 * that fails; after it, the spec closes it).
 */
export async function browserHostWithSample(
  info: TestInfo,
  why = 'the browser-host project runs this flow',
): Promise<RunningApp> {
  test.skip(info.project.metadata.launcher === 'electron', why);
  const app = await launchBrowserHost();
  try {
    await createMinistryVault(app.page, app.home);
    return app;
  } catch (e) {
    await app.close();
    throw e;
  }
}

/** Unlocks the vault on screen with `passphrase` and waits for the form to go. */
export async function unlock(page: Page, passphrase = E2E_PASSPHRASE): Promise<void> {
  await expect(page.getByTestId('unlock-form')).toBeVisible();
  await page.getByTestId('unlock-passphrase').fill(passphrase);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('unlock-form')).toHaveCount(0);
}

/**
 * Opens the organisation profile from the briefs page and fills `fields`, keyed by the part of
 * their test id after `org-` (`signer-authority` is chosen from its list); returns the dialog,
 * still open, for the spec to check or save.
 */
export async function fillOrganisation(
  page: Page,
  fields: Record<string, string>,
): Promise<Locator> {
  await page.getByTestId('nav-briefs').click();
  await page.getByTestId('organisation-open').click();
  const org = page.getByTestId('organisation-dialog');
  for (const [field, value] of Object.entries(fields)) {
    const input = org.getByTestId(`org-${field}`);
    if (field === 'signer-authority') await input.selectOption(value);
    else await input.fill(value);
  }
  return org;
}

/** Saves the organisation profile dialog and waits for it to close. */
export async function saveOrganisation(org: Locator): Promise<void> {
  await org.getByTestId('organisation-save').click();
  await expect(org).toBeHidden();
}

/** Fills the organisation profile with `fields` (as `fillOrganisation`) and saves it. */
export async function setOrganisation(page: Page, fields: Record<string, string>): Promise<void> {
  await saveOrganisation(await fillOrganisation(page, fields));
}

/** The 26/8/2025 meeting of the sample → "Tạo văn bản" → the `template` (a test id's tail). */
export async function briefFromMeeting(page: Page, template: string): Promise<void> {
  await page.getByTestId('nav-meetings').click();
  await page.getByTestId('meeting-row').filter({ hasText: '26/8/2025' }).first().click();
  await expect(page.getByTestId('meeting-editor')).toBeVisible();
  await page.getByTestId('new-brief').click();
  await page.getByTestId(`template-${template}`).click();
}

/** Where the flows leave their screenshots for review: $BRIEF_SHOTS_DIR, else /tmp/shots. */
export const SHOTS_DIR = process.env.BRIEF_SHOTS_DIR ?? '/tmp/shots';

/** Saves a screenshot of `page` as `<dir>/<name>.png`. */
export async function saveShot(
  page: Page,
  name: string,
  { dir = SHOTS_DIR, fullPage = false }: { dir?: string; fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage });
}
