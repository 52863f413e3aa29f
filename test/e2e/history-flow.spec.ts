// History of a record from its editor (issue 9 §3), in the browser host: a meeting's title is
// changed and saved; "Lịch sử" under the editor shows both revisions, by whom, and the field
// that changed, before and after; restoring the first makes it the newest revision and the
// editor shows the old title again. While the editor has unsaved changes, restore waits.
import { test, expect } from '@playwright/test';
import { browserHostWithSample, saveShot } from './steps';

// eslint-disable-next-line no-empty-pattern
test('a meeting’s history: see what changed, restore the first revision', async ({}, info) => {
  const app = await browserHostWithSample(info);
  const { page } = app;
  try {
    await page.getByTestId('meeting-row').filter({ hasText: '26/8/2025' }).first().click();
    const title = page.getByTestId('meeting-title');
    const original = await title.inputValue();
    expect(original.length).toBeGreaterThan(10);

    await title.fill('Họp Ban Chỉ đạo — tiêu đề sửa lại');
    await page.getByTestId('meeting-save').click();
    await expect(page.getByTestId('meeting-state')).toContainText('Đã lưu');

    await page.getByTestId('record-history-toggle').click();
    const panel = page.getByTestId('history-panel');
    await expect(panel.getByTestId('history-revision')).toHaveCount(2);
    const newest = panel.getByTestId('history-revision').first();
    await expect(newest.getByTestId('history-change').first()).toContainText('Tên cuộc họp');
    await expect(newest.getByTestId('history-change').first()).toContainText(original);
    await expect(newest.getByTestId('history-change').first()).toContainText(
      'Họp Ban Chỉ đạo — tiêu đề sửa lại',
    );

    // Unsaved changes in the editor hold the restore back.
    await title.fill('Chưa lưu');
    await expect(panel.getByTestId('history-restore')).toBeDisabled();
    await title.fill('Họp Ban Chỉ đạo — tiêu đề sửa lại');
    await page.getByTestId('meeting-save').click();
    await expect(panel.getByTestId('history-restore').first()).toBeEnabled();

    const before = await panel.getByTestId('history-revision').count();
    await panel.getByTestId('history-restore').last().click();
    await expect(title).toHaveValue(original);
    // Restored as a new revision: nothing of the history is lost.
    await expect(panel.getByTestId('history-revision')).toHaveCount(before + 1);
    await expect(panel.getByTestId('history-revision').first()).toContainText(original);
    // The register shows the restored title too.
    await expect(page.getByTestId('meeting-row').filter({ hasText: original })).toHaveCount(1);
    // The first revision reads as a person would: labels, a Vietnamese date, named codes.
    const first = panel.getByTestId('history-revision').last();
    await expect(first).toContainText('26/8/2025');
    await expect(first).toContainText('Trực tiếp');
    await expect(first).not.toContainText('in-person');
    await saveShot(page, 'history');

    // Another meeting opened from the register replaces the editor and its history (the two
    // once shared a React key, which left the first editor on screen beside the second).
    await page.getByTestId('meeting-row').filter({ hasText: '14/1/2026' }).first().click();
    await expect(page.getByTestId('meeting-editor')).toHaveCount(1);
    await expect(page.getByTestId('record-history')).toHaveCount(1);
    await expect(title).not.toHaveValue(original);
  } finally {
    await app.close();
  }
});
