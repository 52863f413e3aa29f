// The brief flow, as an official would do it: open the 26/8/2025 meeting, draft a
// conclusion notice from it, insert the GDP figure, change that figure in the indicators
// register, come back to the brief (it says the figure is stale), refresh it, and export the
// DOCX and the PDF. Runs in the browser host (Chromium), where exports arrive as downloads;
// the Electron project skips where its runtime is missing, and stops before exporting where it
// is present, since the native Save dialog is out of Playwright's reach.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { launchFor } from './launchers';
import { briefFromMeeting, createMinistryVault, setOrganisation, saveShot } from './steps';

const shot = (page: Page, name: string) => saveShot(page, `${test.info().project.name}-${name}`);

/** Exports through the warnings (a draft has no number yet) and returns the downloaded bytes. */
async function exportFile(
  page: Page,
  format: 'docx' | 'pdf',
): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId(`export-${format}`).click();
  const anyway = page.getByTestId('export-anyway');
  await expect(anyway).toBeVisible();
  await expect(page.getByTestId('export-status')).toContainText('Văn bản chưa có số');
  const [download] = await Promise.all([page.waitForEvent('download'), anyway.click()]);
  const path = await download.path();
  // Kept for a look beside the preview screenshot (render page 1 with pdftoppm).
  if (process.env.BRIEF_EXPORT_DIR)
    await download.saveAs(`${process.env.BRIEF_EXPORT_DIR}/${download.suggestedFilename()}`);
  await expect(page.getByTestId('export-done')).toContainText(
    `Đã xuất ${download.suggestedFilename()}`,
  );
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

// Playwright's fixtures are not used: the launchers start the app themselves.
// eslint-disable-next-line no-empty-pattern
test('draft a conclusion notice, insert a figure, see it go stale, refresh it, export DOCX and PDF', async ({}, info) => {
  const launcher = info.project.metadata.launcher;
  const app = await launchFor(launcher);
  const { page } = app;
  try {
    await createMinistryVault(page, app.home);

    // Once per vault: who issues and signs (the templates fill the header from it).
    await page.getByTestId('nav-briefs').click();
    await expect(page.getByTestId('organisation-missing')).toBeVisible();
    await setOrganisation(page, {
      abbreviation: 'BNG',
      draftingUnit: 'THKT',
      drafterInitials: 'NVA',
      'signer-authority': 'KT',
      'signer-authorityOf': 'Bộ trưởng',
      'signer-title': 'Thứ trưởng',
      'signer-name': 'Nguyễn Minh Vũ',
    });
    await expect(page.getByTestId('organisation-missing')).toHaveCount(0);

    // The meeting of 26/8/2025 → "Tạo văn bản" → Thông báo kết luận.
    await briefFromMeeting(page, 'conclusion-notice');
    const workspace = page.getByTestId('brief-workspace');
    await expect(workspace).toBeVisible();
    await expect(page.getByTestId('brief-title')).toContainText('Thông báo');
    await expect(page.getByTestId('brief-number-line')).toHaveText(/^Số:\s+\/TB-BNG$/);

    // Insert the GDP figure in a new paragraph after the last one, with the editor's dialog.
    const body = page.getByTestId('brief-body');
    // Wait for what moves the text: the page's fonts and the toolbar's record buttons.
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await expect(page.getByTestId('insert-meeting')).toBeVisible();
    const last = body.locator('p').last();
    const box = (await last.boundingBox())!;
    await last.click({ position: { x: box.width - 2, y: box.height - 4 } });
    // The editor has taken the caret into the last paragraph (it follows the page's selection
    // a moment after the click) before any key is pressed.
    await expect
      .poll(() =>
        page.evaluate(() => {
          type Pm = {
            state: { doc: { lastChild: unknown }; selection: { $from: { parent: unknown } } };
          };
          const view = document.querySelector('.ProseMirror') as unknown as { editor?: Pm } | null;
          const state = view?.editor?.state;
          return state !== undefined && state.selection.$from.parent === state.doc.lastChild;
        }),
      )
      .toBe(true);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tăng trưởng kinh tế đạt ');
    await page.getByTestId('insert-figure').click();
    const dialog = page.getByTestId('insert-figure-dialog');
    await dialog.getByTestId('figure-indicator').selectOption({ label: 'Tốc độ tăng trưởng GDP' });
    await expect(dialog.getByTestId('figure-preview')).toHaveText('7,52% (6 tháng đầu năm 2025)');
    await dialog.getByTestId('figure-insert').click();
    await expect(body.locator('p').last()).toHaveText(
      /^Tăng trưởng kinh tế đạt 7,52% \(6 tháng đầu năm 2025\)/,
    );
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('brief-state')).toHaveText('Đã lưu');
    await shot(page, 'brief-editor');

    // Change the GDP observation in the indicators register.
    await page.getByTestId('nav-indicators').click();
    const card = page.getByTestId('indicator-card').filter({ hasText: 'Tốc độ tăng trưởng GDP' });
    const row = card.getByTestId('observation-row').filter({ hasText: '7,52%' });
    await row.getByRole('button', { name: 'Sửa' }).click();
    await page.getByTestId('observation-value').fill('7,6');
    await page.getByTestId('observation-save').click();
    await expect(card.getByTestId('observation-row').filter({ hasText: '7,6%' })).toBeVisible();

    // Back to the brief: still open, the figure is stale; refreshing prints the new value.
    await page.getByTestId('nav-briefs').click();
    await expect(workspace).toBeVisible();
    const banner = page.getByTestId('stale-banner');
    await expect(banner).toContainText('1 số liệu đã thay đổi trong kho');
    await expect(page.getByTestId('brief-body').locator('[data-stale="true"]')).toHaveCount(1);
    await page.getByTestId('refresh-figures').click();
    await expect(banner).toHaveCount(0);
    await expect(body).toContainText('Tăng trưởng kinh tế đạt 7,6% (6 tháng đầu năm 2025)');
    await expect(body).not.toContainText('7,52%');

    // The A4 preview shows the page as exported, with the new value.
    await page.getByTestId('brief-tab-preview').click();
    await page.getByTestId('preview-wide').click();
    const firstPage = page.getByTestId('a4-page').first();
    await expect(firstPage).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    await expect(firstPage).toContainText('Độc lập - Tự do - Hạnh phúc');
    await expect(page.getByTestId('a4-preview')).toContainText('7,6% (6 tháng đầu năm 2025)');
    await shot(page, 'brief-preview');
    // The last page: the end of the body, the signature block beside "Nơi nhận", the footnote.
    const lastPage = page.getByTestId('a4-page').last();
    await expect(lastPage).toContainText('Nơi nhận:');
    await expect(lastPage).toContainText('KT. BỘ TRƯỞNG');
    await expect(lastPage.locator('.a4-notes')).toContainText('Nguồn:');
    await lastPage.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await shot(page, 'brief-preview-last-page');
    await page.getByTestId('preview-wide').click();

    test.skip(
      launcher === 'electron',
      'Exports go through the native Save dialog in Electron, which Playwright cannot drive.',
    );

    const docx = await exportFile(page, 'docx');
    expect(docx.name).toMatch(/\.docx$/);
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.bytes.length).toBeGreaterThan(5_000);

    const pdf = await exportFile(page, 'pdf');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.bytes.length).toBeGreaterThan(20_000);
    // The preview broke the pages where the PDF did: as many A4 pages in both.
    const pdfPages = pdf.bytes.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    expect(pdfPages).toBeGreaterThan(1);
    await expect(page.getByTestId('a4-page')).toHaveCount(pdfPages);
    await shot(page, 'brief-exported');

    // Printing (Ctrl+P or the button) prints the preview's pages and nothing else: Chromium's
    // print to PDF, in print media, has as many A4 pages as the exported PDF.
    await expect(page.getByTestId('brief-print')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.pdf({ preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    if (process.env.BRIEF_EXPORT_DIR)
      writeFileSync(`${process.env.BRIEF_EXPORT_DIR}/printed.pdf`, printed);
    const printedPages = printed.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
    expect(printedPages).toBe(pdfPages);
    // …and they are the brief's pages, printed: the header on the first, the signature on the last.
    const printedFile = `${app.home}/printed.pdf`;
    writeFileSync(printedFile, printed);
    const pageText = (n: number) =>
      execFileSync(
        'pdftotext',
        ['-f', String(n), '-l', String(n), '-enc', 'UTF-8', printedFile, '-'],
        { encoding: 'utf8' },
      );
    expect(pageText(1)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(pageText(printedPages)).toContain('Nơi nhận:');
  } finally {
    await app.close();
  }
});
