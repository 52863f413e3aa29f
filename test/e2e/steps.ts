// Steps several end-to-end specs share, so a change to a screen they all pass through (the
// create form, the recovery key, the sample-data question) is made once.
import { expect, type Page } from '@playwright/test';

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
