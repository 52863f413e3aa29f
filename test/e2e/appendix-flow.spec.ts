// A report's "6 rõ" table moved to a landscape appendix (issue 10 §5), as an official would do
// it: draft a report from the 26/8/2025 meeting, select the directive table, press "Đưa vào
// phụ lục (trang ngang)", and see the A4 preview, the exported PDF and the printout end with
// the appendix on landscape pages after the signature. Browser host only: the export arrives
// as a download there (the Electron shell's native Save dialog is out of Playwright's reach).
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { briefFromMeeting, browserHostWithSample, saveShot, setOrganisation } from './steps';

const shot = (page: Page, name: string) => saveShot(page, `${test.info().project.name}-${name}`);

/** The first line of a PDF page's text (pdftotext): its number, where it prints one. */
function topLine(file: string, page: number): string {
  const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
  return (
    text
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? ''
  );
}

/** Width × height of every page of a PDF, in points (pdfinfo). */
function pageSizes(file: string): [number, number][] {
  const pages = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', pages?.[1] ?? '1', file], {
    encoding: 'utf8',
  });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
}

// eslint-disable-next-line no-empty-pattern
test('a report’s directive table moved to a landscape appendix: preview, PDF and print', async ({}, info) => {
  const app = await browserHostWithSample(
    info,
    'Exports go through the native Save dialog in Electron; the browser-host project runs this.',
  );
  const { page } = app;
  try {
    await setOrganisation(page, {
      abbreviation: 'BNG',
      drafterInitials: 'NVA',
      'signer-title': 'Bộ trưởng',
      'signer-name': 'Nguyễn Minh Vũ',
    });

    await briefFromMeeting(page, 'report');
    await expect(page.getByTestId('brief-workspace')).toBeVisible();

    // The template keeps the table in the text; selecting it enables the toggle.
    const toggle = page.getByTestId('tool-appendix');
    await expect(toggle).toBeDisabled();
    await page.getByTestId('brief-directive-table').click();
    await expect(toggle).toBeEnabled();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('directive-table-appendix')).toBeVisible();
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('brief-state')).toHaveText('Đã lưu');
    await shot(page, 'appendix-editor');

    // The preview: the text portrait, ending with the signature; then the appendix landscape.
    await page.getByTestId('brief-tab-preview').click();
    await page.getByTestId('preview-wide').click();
    const pages = page.getByTestId('a4-page');
    const landscape = page.locator('[data-testid="a4-page"][data-orientation="landscape"]');
    await expect(landscape.first()).toContainText('Phụ lục');
    await expect(landscape.first()).toContainText('TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO');
    await expect(landscape.first()).toContainText('(Kèm theo Báo cáo số');
    await expect(page.getByTestId('a4-preview')).toContainText('(Chi tiết tại Phụ lục kèm theo)');
    const total = await pages.count();
    const wide = await landscape.count();
    expect(wide).toBeGreaterThan(0);
    await expect(pages.nth(total - wide - 1)).toContainText('Nơi nhận:');
    // Page numbers restart in the appendix: its page 1 shows none (as the text's), then 2, 3 …
    // while the text's last page keeps its own.
    const numberOf = (i: number) => pages.nth(i).locator('.a4-page-number');
    if (total - wide > 1) await expect(numberOf(total - wide - 1)).toHaveText(String(total - wide));
    await expect(numberOf(total - wide)).toHaveCount(0);
    for (let i = 1; i < wide; i++)
      await expect(numberOf(total - wide + i)).toHaveText(String(i + 1));
    await landscape.first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(page, 'appendix-preview');
    await page.getByTestId('preview-wide').click();

    // The exported PDF: the same pages, the last ones landscape A4.
    await page.getByTestId('export-pdf').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-anyway').click(),
    ]);
    const pdfFile = `${app.home}/report.pdf`;
    await download.saveAs(pdfFile);
    const sizes = pageSizes(pdfFile);
    expect(sizes).toHaveLength(total);
    expect(sizes.slice(0, total - wide).every(([w, h]) => w === 595 && h === 842)).toBe(true);
    expect(sizes.slice(total - wide).every(([w, h]) => w === 842 && h === 595)).toBe(true);
    // The PDF numbers its pages as the preview does.
    expect(topLine(pdfFile, total - wide + 1)).toBe('Phụ lục');
    for (let i = 1; i < wide; i++)
      expect(topLine(pdfFile, total - wide + 1 + i)).toBe(String(i + 1));

    // Printing the preview puts the appendix on landscape sheets too.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.pdf({ preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    const printedFile = `${app.home}/printed.pdf`;
    writeFileSync(printedFile, printed);
    const printedSizes = pageSizes(printedFile);
    expect(printedSizes).toHaveLength(total);
    expect(printedSizes.at(-1)).toEqual([842, 595]);
    expect(printedSizes[0]).toEqual([595, 842]);
  } finally {
    await app.close();
  }
});
