// Issue 12, "Reports in", as an official would use it: a ministry's quarterly report arrives as
// a Word file; open it in the review screen, accept three figures and two directives, reject
// one figure, correct one figure's period, press "Nhập", and find them in the registers with
// the report named as their source. Nothing is written before "Nhập". Browser host only: the
// Electron project skips where its runtime is missing, like the other specs.
import { test, expect, type Page } from '@playwright/test';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import { launchFor } from './launchers';
import { browserHostWithSample, createMinistryVault, saveShot, SHOTS_DIR as SHOTS } from './steps';
const FILE = 'bao-cao-quy-III-2025.docx';

const shot = (page: Page, name: string) =>
  saveShot(page, `${test.info().project.name}-${name}`, { fullPage: true });

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

const figureCard = (page: Page, text: string) =>
  page.getByTestId('figure-proposals').locator('li').filter({ hasText: text });
const directiveCard = (page: Page, text: string) =>
  page.getByTestId('directive-proposals').locator('li').filter({ hasText: text });

// Playwright's fixtures are not used: the launchers start the app themselves.
// eslint-disable-next-line no-empty-pattern
test('open a Word report, review its figures and directives, import them with their source', async ({}, info) => {
  const app = await launchFor(info.project.metadata.launcher);
  const { page } = app;
  try {
    await createMinistryVault(page, app.home);
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

/** A press release pasted in: the meeting's facts, "lần lượt" figures of subjects the vault has no indicator for, one assignment. */
const NOTICE = [
  'Ngày 26/8/2025, tại trụ sở Chính phủ, Phó Thủ tướng Bùi Thanh Sơn chủ trì cuộc họp về hội nhập quốc tế, kết nối trực tuyến với 34 tỉnh, thành phố.',
  'Tham dự có Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên; Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng.',
  'Tính chung 8 tháng năm 2025, lượng khách quốc tế đến và doanh thu du lịch lữ hành lần lượt tăng 21,7% và 18,4% so với cùng kỳ năm trước.',
  'Tháng 8/2025, lượng khách quốc tế đến tăng 16,5% so với cùng kỳ năm trước.',
  'Giao Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Bộ Ngoại giao xây dựng chương trình kích cầu du lịch quốc tế, báo cáo Thủ tướng Chính phủ trước ngày 30/11/2025.',
].join('\n');

// eslint-disable-next-line no-empty-pattern
test('merge a report’s meeting facts into the meeting of that day and file its unmatched figures under a new indicator', async ({}, info) => {
  const app = await browserHostWithSample(info);
  const { page } = app;
  try {
    await page.getByTestId('nav-reports').click();
    await page.locator('.reports-paste summary').click();
    await page.getByTestId('report-paste').fill(NOTICE);
    await page.getByTestId('report-read-paste').click();
    await expect(page.getByTestId('meeting-facts')).toContainText('Bùi Thanh Sơn');

    // "lần lượt": each subject its own value; the two figures of one unmatched subject share
    // one proposed indicator, renamed and filed once for both.
    const arrivals = figureCard(page, '21,7%');
    const revenue = figureCard(page, '21,7%').filter({ has: page.locator('input[value="18,4"]') });
    const august = figureCard(page, '16,5%');
    await expect(revenue.locator('input[data-testid^="subject-"]')).toHaveValue(
      'Doanh thu du lịch lữ hành',
    );
    const first = arrivals.filter({ has: page.locator('input[value="21,7"]') });
    await expect(first.locator('select[data-testid^="indicator-"] option:checked')).toHaveText(
      'Chỉ tiêu mới: Khách quốc tế đến Việt Nam (%)',
    );
    await first.locator('input[data-testid^="new-indicator-name-"]').fill('Khách quốc tế đến');
    await first
      .locator('select[data-testid^="new-indicator-pillar-"]')
      .selectOption('culture-society-science');
    await expect(august.locator('input[data-testid^="new-indicator-name-"]')).toHaveValue(
      'Khách quốc tế đến',
    );
    await first.getByRole('button', { name: 'Chấp nhận' }).click();
    await first.screenshot({ path: `${SHOTS}/${info.project.name}-reports-new-indicator.png` });
    await august.getByRole('button', { name: 'Chấp nhận' }).click();
    await directiveCard(page, 'Bộ Văn hóa').getByRole('button', { name: 'Chấp nhận' }).click();

    // Merge into the vault's meeting of 26/8/2025: the empty place is filled, the differing
    // chair is the user's pick, the attendee already listed is not added twice.
    // "Tạo cuộc họp mới" offers the facts' title and date to edit; then the user merges instead.
    await page.getByTestId('meeting-new').check();
    await expect(page.getByTestId('meeting-new-title')).toHaveValue('Cuộc họp về hội nhập quốc tế');
    await expect(page.getByTestId('meeting-new-date')).toHaveValue('26/8/2025');
    await expect(page.getByTestId('report-meeting')).toBeDisabled();
    await page.getByTestId('meeting-facts').screenshot({
      path: `${SHOTS}/${info.project.name}-reports-meeting-new.png`,
    });
    await page.getByTestId('meeting-merge').check();
    const plan = page.getByTestId('merge-plan');
    await expect(plan.getByTestId('merge-location')).toContainText('Sẽ điền: trụ sở Chính phủ');
    await expect(plan.getByTestId('merge-chair')).toContainText(
      'Theo báo cáo: Phó Thủ tướng Bùi Thanh Sơn',
    );
    await expect(plan.getByTestId('merge-chair-mine')).toBeChecked();
    await expect(plan.getByTestId('merge-attendees')).toContainText('Lê Thị Thu Hằng');
    await expect(plan.getByTestId('merge-attendees')).toContainText('(1 đã có)');
    await page.getByTestId('meeting-facts').scrollIntoViewIfNeeded();
    await page.getByTestId('meeting-facts').screenshot({
      path: `${SHOTS}/${info.project.name}-reports-meeting-merge.png`,
    });
    await shot(page, 'reports-meeting-review');

    await page.getByTestId('report-import').click();
    await expect(page.getByTestId('report-imported')).toContainText(
      'Đã nhập 2 số liệu và 1 nhiệm vụ',
    );
    await expect(page.getByTestId('report-imported')).toContainText('Đã tạo 1 chỉ tiêu mới');
    await expect(page.getByTestId('report-imported')).toContainText('Đã gộp thông tin');

    await page.getByTestId('nav-indicators').click();
    await expect(page.getByText('Khách quốc tế đến', { exact: true }).first()).toBeVisible();

    // The merge is a revision of the meeting, in its history.
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meeting-row').filter({ hasText: '26/8/2025' }).first().click();
    await page.getByTestId('record-history-toggle').click();
    const newest = page.getByTestId('history-panel').getByTestId('history-revision').first();
    await expect(newest).toContainText('trụ sở Chính phủ');
  } finally {
    await app.close();
  }
});
