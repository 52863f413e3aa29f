// The lifecycle as a records clerk sees it (issue 10), in the browser host: a conclusion notice
// drafted from the 26/8/2025 meeting goes for signature and is issued (number 01 of the year),
// becomes read-only, and appears in the outgoing register. Screenshots in $BRIEF_SHOTS_DIR.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import {
  briefFromMeeting,
  browserHostWithSample,
  fillOrganisation,
  saveOrganisation,
  saveShot,
} from './steps';

const shot = (page: Page, name: string) => saveShot(page, `lifecycle-${name}`);

// eslint-disable-next-line no-empty-pattern
test('draft → Trình ký → Ban hành → the outgoing register', async ({}, info) => {
  const app = await browserHostWithSample(info);
  const { page } = app;
  try {
    const org = await fillOrganisation(page, {
      abbreviation: 'BNG',
      draftingUnit: 'TH',
      drafterInitials: 'TTH',
      'signer-authority': 'KT',
      'signer-authorityOf': 'Bộ trưởng',
      'signer-title': 'Thứ trưởng',
      'signer-name': 'Nguyễn Văn An',
    });
    await org.getByTestId('org-add-signer').click();
    await org.getByTestId('org-other-0-title').fill('Bộ trưởng');
    await org.getByTestId('org-other-0-name').fill('Trần Văn Bình');
    await shot(page, '1-organisation');
    await saveOrganisation(org);

    await briefFromMeeting(page, 'conclusion-notice');
    const workspace = page.getByTestId('brief-workspace');
    await expect(workspace.getByTestId('brief-status')).toHaveText('Dự thảo');
    await workspace.getByTestId('brief-to-signature').click();
    await expect(workspace.getByTestId('brief-status')).toHaveText('Trình ký');
    await workspace.getByTestId('brief-issue').click();
    const dialog = page.getByTestId('issue-dialog');
    await expect(dialog).toBeVisible();
    await shot(page, '2-issue-dialog');
    await dialog.getByTestId('issue-confirm').click();
    await expect(page.getByTestId('issued-banner')).toBeVisible();
    await expect(workspace.getByTestId('brief-status')).toHaveText(
      /^Đã ban hành · Số: 01\/TB-BNG$/,
    );
    await expect(workspace.getByTestId('brief-save')).toBeDisabled();
    await shot(page, '3-issued');

    await workspace.getByTestId('brief-close').click();
    await page.getByTestId('register-open').click();
    await expect(page.getByTestId('register-row')).toHaveCount(1);
    await expect(page.getByTestId('register-row')).toContainText('01/TB-BNG');
    await shot(page, '4-register');

    // "In sổ" prints the register as a table on landscape A4, nothing of the app around it.
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByTestId('print-outgoing-register').click();
    await expect(page.getByTestId('print-outgoing-register-table').locator('tbody tr')).toHaveCount(
      1,
    );
    await page.emulateMedia({ media: 'print' });
    const printedFile = `${app.home}/so-van-ban-di.pdf`;
    writeFileSync(printedFile, await page.pdf({ preferCSSPageSize: true }));
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', printedFile, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain('SỔ VĂN BẢN ĐI NĂM');
    expect(text).toContain('01/TB-BNG');
    expect(text).not.toContain('Khóa kho');
  } finally {
    await app.close();
  }
});
