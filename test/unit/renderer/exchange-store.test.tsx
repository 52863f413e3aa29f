// @vitest-environment jsdom
// Opening a package in the app: the preview is shown before anything is written, the import
// stays disabled until every conflict has a choice, and the choices are what the host receives.
// A refusal (a replay here) is shown with its message. Renderings that come with briefs are
// saved where the host keeps them and offered one by one. The host's answers are scripted.
import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ok, fail } from '../../../shared/result';
import type { CallOutput } from '../../../shared/contract';
import { I18nProvider } from '../../../renderer/i18n';
import { ExchangePage } from '../../../renderer/features/exchange/ExchangePage';
import { readyToImport, useExchangeStore } from '../../../renderer/stores/exchangeStore';
import { freshApp } from './setup';
import type { FakeDesk } from './fake-desk';
import { fakeDisk } from './fake-package-files';
import { installPackageFiles } from '../../../renderer/api/package-files';

const FP = '1234567890'.repeat(6);
const preview: CallOutput<'packages.preview'> = {
  packageId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  createdAt: '2025-09-10T08:00:00.000Z',
  expiresAt: null,
  note: 'Báo cáo tiến độ nhiệm vụ',
  sender: { name: 'Bộ Công Thương', unit: '', fingerprint: FP, known: true },
  items: [
    {
      key: 'meeting:m1',
      kind: 'meeting',
      name: 'Phiên họp 26/8/2025',
      recordId: 'm1',
      action: 'conflict',
    },
    {
      key: 'directive:d1',
      kind: 'directive',
      name: 'Xây dựng kế hoạch',
      recordId: 'd1',
      action: 'update',
    },
  ],
};

let desk: FakeDesk;
let imported: unknown = null;

beforeEach(() => {
  desk = freshApp({ unlocked: true });
  useExchangeStore.getState().reset();
  imported = null;
  desk.override('identity.card', async () =>
    ok({
      card: {} as CallOutput<'identity.card'>['card'],
      fingerprint: FP,
      fileName: 'Bo.bdcard',
      fileText: 'thẻ',
    }),
  );
  desk.override('contacts.list', async () => ok([]));
  desk.override('exchange.log', async () => ok([]));
  desk.override('packages.preview', async () => ok(preview));
  desk.override('packages.import', async (input) => {
    imported = input;
    return ok({
      packageId: preview.packageId,
      added: 0,
      updated: 2,
      skipped: 0,
      keptMine: 0,
      copies: 0,
    });
  });
});

describe('opening a package', () => {
  it('previews, requires a choice for the conflict, then imports with that choice', async () => {
    await act(() => useExchangeStore.getState().openPackage('goi.bdpack', 'fh_goi'));
    render(
      <I18nProvider language="vi">
        <ExchangePage />
      </I18nProvider>,
    );
    const rows = await screen.findAllByTestId('package-item');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('XUNG ĐỘT'),
      expect.stringContaining('Cập nhật'),
    ]);
    const importButton = screen.getByTestId('import') as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    expect(readyToImport(useExchangeStore.getState().opened)).toBe(false);
    await userEvent.selectOptions(screen.getByTestId('conflict-choice'), 'both');
    expect(importButton.disabled).toBe(false);
    await userEvent.click(importButton);
    expect(imported).toEqual({
      file: 'fh_goi',
      packageId: preview.packageId,
      resolutions: { 'meeting:m1': 'both' },
    });
    expect((await screen.findByTestId('imported')).textContent).toBe(
      'Đã nhập: thêm 0, cập nhật 2, bỏ qua 0, bản sao 0.',
    );
  });

  it('shows a refusal in both languages and writes nothing', async () => {
    desk.override('packages.preview', async () =>
      fail(
        'package-replay',
        'Gói đã được mở trước đây: không nhập lại.',
        'The package was opened before: not imported again.',
      ),
    );
    render(
      <I18nProvider language="vi">
        <ExchangePage />
      </I18nProvider>,
    );
    await act(() => useExchangeStore.getState().openPackage('goi.bdpack', 'fh_goi'));
    const error = await screen.findByTestId('exchange-error');
    expect(error.textContent).toContain('Gói đã được mở trước đây');
    expect(error.textContent).toContain('opened before');
    expect(screen.queryByTestId('package-preview')).toBeNull();
    expect(imported).toBeNull();
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
    let name = 'Bộ Công Thương';
    desk.override('contacts.list', async () =>
      ok([
        {
          name,
          fingerprint: FP,
          organisation: 'Bộ Công Thương',
          unit: '',
          verifiedAt: '2025-09-01T00:00:00.000Z',
          revokedAt: null,
        },
      ]),
    );
    desk.override('contacts.rename', async (input) => {
      name = (input as { name: string }).name;
      return ok({
        name,
        fingerprint: FP,
        organisation: 'Bộ Công Thương',
        unit: '',
        verifiedAt: '2025-09-01T00:00:00.000Z',
        revokedAt: null,
      });
    });
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
    desk.override('packages.preview', async () =>
      ok({
        ...preview,
        items: [
          { ...preview.items[1]!, key: 'brief:b1', kind: 'brief', action: 'add' },
          {
            key: 'rendering:b1:docx',
            kind: 'rendering',
            name: 'Thông báo kết luận.docx',
            recordId: 'b1',
            action: 'attachment',
          },
        ],
      }),
    );
    desk.override('packages.import', async (input) => {
      imported = input;
      return ok({
        packageId: preview.packageId,
        added: 1,
        updated: 0,
        skipped: 0,
        keptMine: 0,
        copies: 0,
        attachments: [
          {
            name: 'Thông báo kết luận.docx',
            recordId: 'b1',
            savedAs: 'Thông báo kết luận (1).docx',
          },
        ],
      });
    });
    await act(() => useExchangeStore.getState().openPackage('goi.bdpack', 'fh_goi'));
    render(
      <I18nProvider language="vi">
        <ExchangePage />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByTestId('import'));
    // The import was told where to save them: a folder handle, never bytes back.
    expect(imported).toMatchObject({ file: 'fh_goi', attachments: expect.stringMatching(/^fh_/) });
    const save = await screen.findByTestId('save-attachment');
    expect(save.textContent).toBe('Lưu tệp kèm: Thông báo kết luận (1).docx');
    await userEvent.click(save);
    expect(fakeDisk.saved).toEqual(['Thông báo kết luận (1).docx']);
  });

  it('in Electron, chooses the package and the attachments folder with dialogs, and says where it saved', async () => {
    const asked: string[] = [];
    installPackageFiles({
      mode: 'dialog',
      choose: async () => {
        asked.push('open-package');
        return ok({ file: 'fh_chosen', name: 'Gói từ Bộ Công Thương.bdpack' });
      },
      upload: async () => fail('internal', 'Không dùng.', 'Not used.'),
      sealTarget: async () => ok(null),
      attachmentsTarget: async () => {
        asked.push('attachments-folder');
        return ok({ file: 'fh_folder', save: null });
      },
    });
    let previewed: unknown = null;
    desk.override('packages.preview', async (input) => {
      previewed = input;
      return ok({
        ...preview,
        items: [
          {
            key: 'rendering:b1:docx',
            kind: 'rendering',
            name: 'Thông báo.docx',
            recordId: 'b1',
            action: 'attachment',
          },
        ],
      });
    });
    desk.override('packages.import', async (input) => {
      imported = input;
      return ok({
        packageId: preview.packageId,
        ...{ added: 0, updated: 0, skipped: 0, keptMine: 0, copies: 0 },
        attachments: [{ name: 'Thông báo.docx', recordId: 'b1', savedAs: 'Thông báo.docx' }],
      });
    });
    render(
      <I18nProvider language="vi">
        <ExchangePage />
      </I18nProvider>,
    );
    // No file input to read the package in the page: the native dialog instead.
    expect(screen.queryByTestId('package-file')).toBeNull();
    await userEvent.click(screen.getByTestId('choose-package'));
    expect(previewed).toEqual({ file: 'fh_chosen' });
    await userEvent.click(await screen.findByTestId('import'));
    expect(asked).toEqual(['open-package', 'attachments-folder']);
    expect(imported).toMatchObject({ file: 'fh_chosen', attachments: 'fh_folder' });
    expect((await screen.findByTestId('saved-attachment')).textContent).toBe(
      'Đã lưu tệp kèm: Thông báo.docx',
    );
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
    let sealed = false;
    desk.override('packages.seal', async () => {
      sealed = true;
      return fail('internal', 'Không gọi.', 'Not called.');
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
    expect(sealed).toBe(false);
    expect(useExchangeStore.getState().error).toBeNull();
  });
});
