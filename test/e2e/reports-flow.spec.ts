// Issue 12, "Reports in", as an official would use it: a ministry's quarterly report arrives as
// a Word file; open it in the review screen, accept three figures and two directives, reject
// one figure, correct one figure's period, press "Nhập", and find them in the registers with
// the report named as their source. Nothing is written before "Nhập". Browser host only: the
// Electron project skips where its runtime is missing, like the other specs.
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import { electronBinary, launchBrowserHost, launchElectron, type RunningApp } from './launchers';
import { createVaultWithSample } from './steps';

const SHOTS = process.env.BRIEF_SHOTS_DIR ?? '/tmp/shots';
const FILE = 'bao-cao-quy-III-2025.docx';

async function launch(launcher: unknown): Promise<RunningApp> {
  if (launcher === 'electron') {
    const bin = electronBinary();
    test.skip(
      'missing' in bin,
      `Electron launcher skipped: ${'missing' in bin ? bin.missing : ''}. The browser-host project runs the same spec.`,
    );
    return launchElectron();
  }
  return launchBrowserHost();
}

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({
    path: `${SHOTS}/${test.info().project.name}-${name}.png`,
    fullPage: true,
  });
}

/** A small report in Word, the way a ministry writes one: figures, then assignments. */
async function reportDocx(): Promise<Buffer> {
  const lines = [
    'Ngày 26/8/2025, tại trụ sở Chính phủ, Phó Thủ tướng Bùi Thanh Sơn đã chủ trì cuộc họp về hội nhập quốc tế. Tham dự có Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên.',
    'Tổng sản phẩm trong nước (GDP) quý III/2025 ước tăng 8,23% so với cùng kỳ năm trước.',
    'Kim ngạch xuất khẩu hàng hóa 9 tháng năm 2025 đạt 348,7 tỷ USD, tăng 16% so với cùng kỳ.',
    'Vốn đầu tư trực tiếp nước ngoài (FDI) thực hiện 9 tháng năm 2025 ước đạt 18,8 tỷ USD.',
    'Vốn FDI đăng ký 9 tháng năm 2025 đạt 28,54 tỷ USD.',
    'Bộ Tài chính chủ trì, phối hợp với Ngân hàng Nhà nước Việt Nam xây dựng kịch bản tăng trưởng năm 2026, báo cáo Thủ tướng Chính phủ trước ngày 15/12/2025.',
    'Bộ Công Thương chủ trì, phối hợp với Bộ Ngoại giao đẩy mạnh xúc tiến thương mại tại các thị trường mới, hoàn thành trong quý IV/2025.',
  ];
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            text: 'BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI QUÝ III/2025',
            heading: HeadingLevel.HEADING_1,
          }),
          ...lines.map((text) => new Paragraph({ text })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The vault of this flow: Bộ Ngoại giao's, with the sample data. */
const createVaultWithSamples = (page: Page, home: string) =>
  createVaultWithSample(page, `${home}/Bo-Ngoai-giao.bdvault`);

const figureCard = (page: Page, text: string) =>
  page.getByTestId('figure-proposals').locator('li').filter({ hasText: text });
const directiveCard = (page: Page, text: string) =>
  page.getByTestId('directive-proposals').locator('li').filter({ hasText: text });

// Playwright's fixtures are not used: the launchers start the app themselves.
// eslint-disable-next-line no-empty-pattern
test('open a Word report, review its figures and directives, import them with their source', async ({}, info) => {
  const app = await launch(info.project.metadata.launcher);
  const { page } = app;
  try {
    await createVaultWithSamples(page, app.home);
    await page.getByTestId('nav-reports').click();
    await expect(page.getByTestId('reports-page')).toBeVisible();

    // A file that is not a report is refused with a message in both languages.
    await page.getByTestId('report-file').setInputFiles({
      name: 'hong.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('không phải Word'),
    });
    await expect(page.getByTestId('report-error')).toContainText('.docx');
    await expect(page.getByTestId('report-error')).toContainText('Word document');

    await page.getByTestId('report-file').setInputFiles({
      name: FILE,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await reportDocx(),
    });
    await expect(page.getByTestId('report-text')).toContainText('Vốn FDI đăng ký');
    await expect(page.getByTestId('report-error')).toHaveCount(0);
    // Every proposal is highlighted in the text.
    const marks = page.getByTestId('report-text').locator('mark');
    await expect(marks.filter({ hasText: '8,23%' })).toHaveCount(1);
    await expect(marks.filter({ hasText: 'Bộ Tài chính chủ trì' })).toHaveCount(1);

    // The opening paragraph's meeting facts; the vault's meeting of that day is offered.
    await expect(page.getByTestId('meeting-facts')).toContainText('Phó Thủ tướng Bùi Thanh Sơn');
    await expect(page.getByTestId('meeting-facts')).toContainText('26/8/2025');
    await expect(page.getByTestId('report-meeting')).not.toHaveValue('');

    const gdp = figureCard(page, '8,23%');
    const exports = figureCard(page, '348,7 tỷ USD').filter({
      has: page.locator('input[value="348,7"]'),
    });
    const exportsGrowth = figureCard(page, '348,7 tỷ USD').filter({
      has: page.locator('input[value="16"]'),
    });
    const fdi = figureCard(page, '18,8 tỷ USD');
    // Mapped to the vault's indicators, period read from the sentence.
    await expect(gdp.locator('select')).toHaveValue(/.+/);
    await expect(gdp.locator('input[data-testid^="period-"]')).toHaveValue('quý III/2025');

    await gdp.getByRole('button', { name: 'Chấp nhận' }).click();
    await exports.getByRole('button', { name: 'Chấp nhận' }).click();
    await exportsGrowth.getByRole('button', { name: 'Bỏ' }).click();
    // The FDI figure corrected to the 7 months the vault already has: another value for the
    // same indicator and period is a disagreement between sources, kept with both sources.
    await fdi.locator('input[data-testid^="period-"]').fill('7 tháng đầu năm 2025');
    await expect(fdi.getByTestId(/^dup-/)).toContainText('Khác nguồn');
    await fdi.getByRole('button', { name: 'Chấp nhận' }).click();
    // Deadlines are shown and edited day first, as written in Vietnamese.
    await expect(
      directiveCard(page, 'Bộ Tài chính chủ trì').locator('input[data-testid^="due-"]'),
    ).toHaveValue('15/12/2025');
    await directiveCard(page, 'Bộ Tài chính chủ trì')
      .getByRole('button', { name: 'Chấp nhận' })
      .click();
    await directiveCard(page, 'Bộ Công Thương chủ trì')
      .getByRole('button', { name: 'Chấp nhận' })
      .click();
    await expect(page.getByTestId('report-import')).toContainText('(5)');
    await page.locator('.reports-pane--list').evaluate((e) => e.scrollTo(0, 0));
    await shot(page, 'reports-review');

    // Nothing is written before "Nhập".
    await page.getByTestId('nav-indicators').click();
    await expect(page.getByText('348,7')).toHaveCount(0);
    await page.getByTestId('nav-reports').click();
    await expect(page.getByTestId('report-import')).toContainText('(5)');

    await page.getByTestId('report-import').click();
    await expect(page.getByTestId('report-imported')).toContainText(
      'Đã nhập 3 số liệu và 2 nhiệm vụ',
    );

    // The registers show them with their source.
    await page.getByTestId('nav-indicators').click();
    for (const value of ['8,23', '348,7', '18,8']) {
      const row = page
        .locator('tr')
        .filter({ hasText: value })
        .filter({ hasText: `tệp ${FILE}` });
      await expect(row.first()).toBeVisible();
    }
    // The FDI series keeps the older 13,6 beside the new 18,8 for the same period.
    await expect(page.locator('tr').filter({ hasText: '13,6' }).first()).toBeVisible();
    await expect(page.locator('tr').filter({ hasText: '18,8' }).first()).toContainText('7 tháng');
    await expect(page.getByText('16%')).toHaveCount(0);
    await shot(page, 'reports-indicators');

    await page.getByTestId('nav-directives').click();
    for (const task of [
      'kịch bản tăng trưởng năm 2026',
      'xúc tiến thương mại tại các thị trường mới',
    ]) {
      const row = page.getByTestId('directive-row').filter({ hasText: task });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(`Nguồn: ${'bao-cao-quy-III-2025'}`);
    }
    await expect(
      page.getByTestId('directive-row').filter({ hasText: 'kịch bản tăng trưởng năm 2026' }),
    ).toContainText('15/12/2025');
    await shot(page, 'reports-directives');
  } finally {
    await app.close();
  }
});
