// @vitest-environment jsdom
// Opening a package in the app: the preview is shown before anything is written, the import
// stays disabled until every conflict has a choice, and the choices are what the host receives.
// A refusal (a replay here) is shown with its message. Renderings that come with briefs are
// saved where the host keeps them and offered one by one. The packages are sealed by another
// ministry's real vault; the host is the real handlers.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ok, fail } from '../../../shared/result';
import { I18nProvider } from '../../../renderer/i18n';
import { ExchangePage } from '../../../renderer/features/exchange/ExchangePage';
import { readyToImport, useExchangeStore } from '../../../renderer/stores/exchangeStore';
import { installPackageFiles } from '../../../renderer/api/package-files';
import { meeting as meetingInput } from '../../fixtures/records';
import { ORG_PROFILE, type RealDesk } from '../../support/real-desk';
import {
  acquaint,
  conflictingPackage,
  disposeMinistries,
  ministry,
  receive,
  seal,
  type Ministry,
} from '../../support/ministry';
import { realApp } from './setup';

let desk: RealDesk;
let bct: Ministry;

beforeEach(async () => {
  desk = await realApp({ unlocked: true });
  useExchangeStore.getState().reset();
  await desk.ok('sample.create', {});
  bct = await ministry('Bộ Công Thương');
});
afterEach(() => disposeMinistries());

/** The package as a file in the host's folder and the 'open-package' handle a dialog gives. */
function packageFile(bytes: Buffer): { path: string; handle: string } {
  const where = path.join(desk.dir, `goi-${Math.random().toString(36).slice(2)}.bdpack`);
  fs.writeFileSync(where, bytes);
  return { path: where, handle: desk.desk.session.files.mint('open-package', where) };
}

/** My first sample meeting, sent to BCT and changed on both sides since: a conflict. */
async function conflict(directiveUpdate = false) {
  const [m] = await desk.ok('meetings.list', {});
  return conflictingPackage(desk, bct, m!.id, { directiveUpdate });
}

/** A brief of BCT's own, sealed for me with its DOCX rendering. */
async function briefWithRendering(): Promise<Buffer> {
  const { meThere } = await acquaint(desk, bct);
  // What a rendering needs on its header: the sender's organisation profile.
  await bct.desk.ok('organisation.set', { ...ORG_PROFILE, name: bct.name, abbreviation: 'BCT' });
  const m = await bct.desk.ok('meetings.save', meetingInput());
  const b = await bct.desk.ok('briefs.create', { template: 'conclusion-notice', meetingId: m.id });
  return seal(bct.desk, { to: [meThere], briefIds: [b.id], renderings: ['docx'] });
}

const importCalls = () => desk.calls.filter((c) => c.name === 'packages.import');

describe('opening a package', () => {
  it('previews, requires a choice for the conflict, then imports with that choice', async () => {
    const pkg = packageFile(await conflict(true));
    await act(() => useExchangeStore.getState().openPackage('goi.bdpack', pkg.handle));
    render(
      <I18nProvider language="vi">
        <ExchangePage />
      </I18nProvider>,
    );
    const rows = (await screen.findAllByTestId('package-item')).map((r) => r.textContent);
    // The meeting first, a conflict; one directive BCT changed and I did not: an update.
    expect(rows[0]).toContain('XUNG ĐỘT');
    expect(rows.filter((r) => r!.includes('XUNG ĐỘT'))).toHaveLength(1);
    expect(rows.filter((r) => r!.includes('Cập nhật'))).toHaveLength(1);
    const previewed = useExchangeStore.getState().opened!.preview;
    const conflictKey = previewed.items.find((i) => i.action === 'conflict')!.key;
    const importButton = screen.getByTestId('import') as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    expect(readyToImport(useExchangeStore.getState().opened)).toBe(false);
    await userEvent.selectOptions(screen.getByTestId('conflict-choice'), 'both');
    expect(importButton.disabled).toBe(false);
    await userEvent.click(importButton);
    expect((await screen.findByTestId('imported')).textContent).toMatch(
      /^Đã nhập: thêm 0, cập nhật 1, bỏ qua \d+, bản sao 1\.$/,
    );
    expect(importCalls().map((c) => c.input)).toEqual([
      { file: pkg.handle, packageId: previewed.packageId, resolutions: { [conflictKey]: 'both' } },
    ]);
  });

  it('shows a refusal in both languages and writes nothing', async () => {
    // The same package, imported once already.
    const { meThere } = await acquaint(desk, bct);
    const theirs = await bct.desk.ok('meetings.save', meetingInput());
    const bytes = await seal(bct.desk, { to: [meThere], meetingIds: [theirs.id] });
    await receive(desk, bytes);
    render(
      <I18nProvider language="vi">
        <ExchangePage />
      </I18nProvider>,
    );
    const again = packageFile(bytes);
    await act(() => useExchangeStore.getState().openPackage('goi.bdpack', again.handle));
    const error = await screen.findByTestId('exchange-error');
    expect(error.textContent).toContain('đã được mở trước đây: không nhập lại');
    expect(error.textContent).toContain('opened before');
    expect(screen.queryByTestId('package-preview')).toBeNull();
    expect(importCalls()).toEqual([]);
  });

  it('shows my fingerprint as 12 groups of 5 digits', async () => {
    render(
      <I18nProvider language="vi">
        <ExchangePage />
      </I18nProvider>,
    );
    expect((await screen.findByTestId('my-fingerprint')).textContent?.split(' ')).toHaveLength(12);
  });

  it('renames a contact through the host and shows the new name', async () => {
    await acquaint(desk, bct);
    render(
      <I18nProvider language="vi">
        <ExchangePage />
      </I18nProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Đổi tên' }));
    const input = screen.getByRole('textbox', { name: 'Đổi tên' });
    await userEvent.clear(input);
    await userEvent.type(input, 'BCT — Vụ Chính sách thương mại đa biên{Enter}');
    expect((await screen.findByTestId('contact')).textContent).toContain(
      'BCT — Vụ Chính sách thương mại đa biên',
    );
    // The vault keeps the new name.
    expect((await desk.ok('contacts.list', {})).map((c) => c.name)).toEqual([
      'BCT — Vụ Chính sách thương mại đa biên',
    ]);
  });

  it('prints the card: the page marks only the card section for the printer', async () => {
    const printed: unknown[] = [];
    window.print = () => void printed.push(true);
    render(
      <I18nProvider language="vi">
        <ExchangePage />
      </I18nProvider>,
    );
    await userEvent.click(await screen.findByTestId('print-card'));
    expect(printed).toHaveLength(1);
    const marked = document.querySelectorAll('[data-print-only-key]');
    expect(marked).toHaveLength(1);
    expect(marked[0]!.textContent).toContain(
      screen.getByTestId('my-fingerprint').textContent ?? '?',
    );
  });

  it('saves the renderings that came with a brief and offers each to the user', async () => {
    const pkg = packageFile(await briefWithRendering());
    await act(() => useExchangeStore.getState().openPackage('goi.bdpack', pkg.handle));
    render(
      <I18nProvider language="vi">
        <ExchangePage />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByTestId('import'));
    // The import was told where to save them: a folder handle, never bytes back.
    expect(importCalls().at(-1)!.input).toMatchObject({
      file: pkg.handle,
      attachments: expect.stringMatching(/^fh_/),
    });
    const save = await screen.findByTestId('save-attachment');
    const savedAs = save.textContent!.replace(/^Lưu tệp kèm: /, '');
    expect(savedAs).toMatch(/\.docx$/);
    await userEvent.click(save);
    expect(desk.saved.map((f) => f.fileName)).toEqual([savedAs]);
    // The file handed over is the rendering the sender's vault made: a DOCX (a zip).
    expect(fs.readFileSync(desk.saved[0]!.path).subarray(0, 2).toString()).toBe('PK');
  });

  it('in Electron, chooses the package and the attachments folder with dialogs, and says where it saved', async () => {
    const pkg = packageFile(await briefWithRendering());
    const folder = fs.mkdtempSync(path.join(desk.dir, 'dinh-kem-'));
    const folderHandle = desk.desk.session.files.mint('attachments-folder', folder);
    const asked: string[] = [];
    installPackageFiles({
      mode: 'dialog',
      choose: async () => {
        asked.push('open-package');
        return ok({ file: pkg.handle, name: 'Gói từ Bộ Công Thương.bdpack' });
      },
      upload: async () => fail('internal', 'Không dùng.', 'Not used.'),
      sealTarget: async () => ok(null),
      attachmentsTarget: async () => {
        asked.push('attachments-folder');
        return ok({ file: folderHandle, save: null });
      },
    });
    render(
      <I18nProvider language="vi">
        <ExchangePage />
      </I18nProvider>,
    );
    // No file input to read the package in the page: the native dialog instead.
    expect(screen.queryByTestId('package-file')).toBeNull();
    await userEvent.click(screen.getByTestId('choose-package'));
    expect(desk.calls.find((c) => c.name === 'packages.preview')?.input).toEqual({
      file: pkg.handle,
    });
    await userEvent.click(await screen.findByTestId('import'));
    expect(asked).toEqual(['open-package', 'attachments-folder']);
    expect(importCalls().at(-1)!.input).toMatchObject({
      file: pkg.handle,
      attachments: folderHandle,
    });
    const saved = (await screen.findByTestId('saved-attachment')).textContent!;
    const name = saved.replace(/^Đã lưu tệp kèm: /, '');
    expect(name).toMatch(/\.docx$/);
    // Main saved it in the chosen folder itself.
    expect(fs.readdirSync(folder)).toEqual([name]);
    expect(screen.queryByTestId('save-attachment')).toBeNull();
  });

  it('in Electron, a closed save dialog seals nothing', async () => {
    installPackageFiles({
      mode: 'dialog',
      choose: async () => ok(null),
      upload: async () => fail('internal', 'Không dùng.', 'Not used.'),
      sealTarget: async () => ok(null),
      attachmentsTarget: async () => ok(null),
    });
    expect(
      await useExchangeStore.getState().seal({
        to: ['Bộ Công Thương'],
        briefIds: [],
        meetingIds: ['m1'],
        note: '',
        expiresAt: null,
      }),
    ).toBe(false);
    expect(desk.calls.some((c) => c.name === 'packages.seal')).toBe(false);
    expect(useExchangeStore.getState().error).toBeNull();
  });
});
