// @vitest-environment jsdom
// The exchange screen against the fake desk's in-memory exchange (same refusals and merge
// rules as the vault, no cryptography): a contact is added only with the fingerprint the user
// compared, revoking asks first, sealing says what was sent, and a package from another
// ministry is previewed — nothing written — then imported into the registers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatFingerprint } from '../../../shared/exchange/card';
import type { Meeting } from '../../../shared/domain';
import { I18nProvider } from '../../../renderer/i18n';
import { ExchangePage } from '../../../renderer/features/exchange/ExchangePage';
import { useExchangeStore } from '../../../renderer/stores/exchangeStore';
import { useMeetingsStore } from '../../../renderer/stores/meetingsStore';
import { freshApp } from './setup';
import { fakeCardFile, fakePackageFrom } from './fake-exchange';
import { fakeDisk } from './fake-package-files';
import type { FakeDesk } from './fake-desk';

let desk: FakeDesk;
/** Every file the page handed to the browser as a download. */
let downloads: { name: string; blob: Blob }[];

beforeEach(async () => {
  desk = freshApp({ unlocked: true });
  useExchangeStore.getState().reset();
  await desk.api['sample.create']({});
  downloads = [];
  let lastBlob: Blob | null = null;
  URL.createObjectURL = vi.fn((b: Blob) => {
    lastBlob = b;
    return 'blob:fake';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (lastBlob) downloads.push({ name: this.download, blob: lastBlob });
  });
});
afterEach(() => vi.restoreAllMocks());

const renderPage = (language: 'vi' | 'en' = 'vi') =>
  render(
    <I18nProvider language={language}>
      <ExchangePage />
    </I18nProvider>,
  );

const BCT_ORG = { name: 'Bộ Công Thương', unit: 'Vụ Chính sách thương mại đa biên' };
const BCT = fakeCardFile(BCT_ORG.name, BCT_ORG.unit);

async function addContact(card: { text: string }, typed: string) {
  const user = userEvent.setup();
  await user.click(screen.getByTestId('card-text'));
  await user.paste(card.text);
  await user.type(screen.getByTestId('card-fingerprint'), typed);
  await user.click(screen.getByTestId('add-contact'));
}

const meetingOf = (title: string) =>
  [...desk.state.meetings.values()].find((m) => m.title.includes(title));

describe('my card', () => {
  it('shows the fingerprint as twelve groups of five digits and saves the card file', async () => {
    renderPage();
    const fp = await screen.findByTestId('my-fingerprint');
    const groups = fp.textContent!.split(' ');
    expect(groups).toHaveLength(12);
    for (const g of groups) expect(g).toMatch(/^\d{5}$/);
    await userEvent.click(screen.getByTestId('save-card'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/\.bdcard$/);
    const text = await downloads[0]!.blob.text();
    expect(text).toContain(fp.textContent!);
  });

  it('prints the card through the browser', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderPage();
    await userEvent.click(await screen.findByTestId('print-card'));
    expect(print).toHaveBeenCalledOnce();
  });
});

describe('contacts', () => {
  it('refuses a card whose fingerprint differs from the one compared, in both languages', async () => {
    renderPage();
    await screen.findByTestId('my-fingerprint');
    const wrong = `${BCT.fingerprint.slice(0, 59)}${(Number(BCT.fingerprint[59]) + 1) % 10}`;
    await addContact(BCT, wrong);
    const error = await screen.findByTestId('exchange-error');
    expect(error.textContent).toContain('Dấu vân tay không khớp');
    expect(error.textContent).toContain('The fingerprints differ');
    expect(screen.queryByTestId('contact')).toBeNull();
    // What the user typed stays, to correct one digit.
    expect((screen.getByTestId('card-fingerprint') as HTMLInputElement).value).toBe(wrong);
  });

  it('adds a card with the compared fingerprint typed in groups, and lists it with its unit', async () => {
    renderPage();
    await screen.findByTestId('my-fingerprint');
    await addContact(BCT, formatFingerprint(BCT.fingerprint));
    const row = await screen.findByTestId('contact');
    expect(row.textContent).toContain('Bộ Công Thương');
    expect(row.textContent).toContain('Vụ Chính sách thương mại đa biên');
    expect(row.textContent).toContain(formatFingerprint(BCT.fingerprint));
    expect(screen.queryByTestId('exchange-error')).toBeNull();
    // The new contact can be chosen as a recipient.
    expect(screen.getAllByTestId('send-to')).toHaveLength(1);
  });

  it('asks before revoking; cancelling keeps the contact, confirming revokes it', async () => {
    renderPage();
    await screen.findByTestId('my-fingerprint');
    await addContact(BCT, BCT.fingerprint);
    await userEvent.click(await screen.findByTestId('revoke-contact'));
    const dialog = screen.getByTestId('revoke-confirm');
    expect(dialog.textContent).toContain('Bộ Công Thương');
    await userEvent.click(screen.getByTestId('revoke-confirm-cancel'));
    expect(screen.getByTestId('contact').textContent).not.toContain('đã thu hồi');

    await userEvent.click(screen.getByTestId('revoke-contact'));
    await userEvent.click(screen.getByTestId('revoke-confirm-confirm'));
    await waitFor(() => expect(screen.getByTestId('contact').textContent).toContain('đã thu hồi'));
    // A revoked contact is no longer offered as a recipient.
    expect(screen.queryAllByTestId('send-to')).toHaveLength(0);
  });
});

describe('sending', () => {
  it('seals the chosen meeting for the chosen contact, downloads it and says what went', async () => {
    renderPage();
    await screen.findByTestId('my-fingerprint');
    await addContact(BCT, BCT.fingerprint);
    const seal = screen.getByTestId('seal') as HTMLButtonElement;
    expect(seal.disabled).toBe(true);
    await userEvent.click(await screen.findByTestId('send-to'));
    expect(seal.disabled).toBe(true); // a recipient but nothing to send
    const meeting = screen
      .getAllByTestId('send-meeting')
      .find((el) => el.closest('label')?.textContent?.includes('26/8/2025'))!;
    await userEvent.click(meeting);
    await userEvent.click(seal);
    const sealed = await screen.findByTestId('sealed');
    // The meeting brings its directives along.
    const m = [...desk.state.meetings.values()].find((x) => x.date === '2025-08-26')!;
    const directives = [...desk.state.directives.values()].filter(
      (d) => d.meetingId === m.id && d.secrecy === 'none',
    );
    expect(directives.length).toBeGreaterThan(0);
    expect(sealed.textContent).toContain(`(${1 + directives.length} mục)`);
    const id = useExchangeStore.getState().sealed!.packageId;
    expect(screen.getByTestId('sealed-id').textContent).toContain(id);
    // The package went to the file the host chose, and the user got it as a download.
    const delivered = fakeDisk.delivered.at(-1)!;
    expect(delivered.fileName).toMatch(/\.bdpack$/);
    expect(JSON.parse(Buffer.from(delivered.base64, 'base64').toString('utf8'))).toMatchObject({
      packageId: id,
    });
    // The log says it was sealed.
    await waitFor(() =>
      expect(
        screen.getAllByTestId('exchange-log-row').some((r) => r.textContent?.includes('Đóng gói')),
      ).toBe(true),
    );
  });
});

describe('sending single directives and secrecy', () => {
  it('sends one directive picked from the list, alone', async () => {
    renderPage();
    await screen.findByTestId('my-fingerprint');
    await addContact(BCT, BCT.fingerprint);
    await userEvent.click(screen.getByTestId('send-to'));
    await userEvent.click(screen.getByTestId('send-directives-toggle'));
    const target = [...desk.state.directives.values()][0]!;
    const rows = await screen.findAllByTestId('send-directive-row');
    const row = rows.find((r) => r.textContent?.includes(target.task))!;
    await userEvent.click(within(row).getByTestId('send-directive'));
    await userEvent.click(screen.getByTestId('seal'));
    expect((await screen.findByTestId('sealed')).textContent).toContain('(1 mục)');
    const sealCall = desk.calls.filter((c) => c.name === 'packages.seal').at(-1)!;
    expect(sealCall.input).toMatchObject({ directiveIds: [target.id], meetingIds: [] });
  });

  it('says which directives a meeting left out for their secrecy mark', async () => {
    const m = [...desk.state.meetings.values()].find((x) => x.date === '2025-08-26')!;
    const secret = [...desk.state.directives.values()].find((d) => d.meetingId === m.id)!;
    desk.state.directives.set(secret.id, { ...secret, secrecy: 'mat' });
    renderPage();
    await screen.findByTestId('my-fingerprint');
    await addContact(BCT, BCT.fingerprint);
    await userEvent.click(screen.getByTestId('send-to'));
    const meeting = screen
      .getAllByTestId('send-meeting')
      .find((el) => el.closest('label')?.textContent?.includes('26/8/2025'))!;
    await userEvent.click(meeting);
    await userEvent.click(screen.getByTestId('seal'));
    const leftOut = await screen.findByTestId('sealed-left-out');
    expect(leftOut.textContent).toContain('Không gửi (có dấu độ mật)');
    expect(leftOut.textContent).toContain(secret.task.slice(0, 20));
    expect(leftOut.textContent).toContain('secrecy mark');
  });
});

describe('opening a package from another ministry', () => {
  const myFingerprint = () => useExchangeStore.getState().card!.fingerprint;

  async function choosePackage(base64: string) {
    const bytes = Buffer.from(base64, 'base64');
    await userEvent.upload(
      screen.getByTestId('package-file'),
      new File([bytes], 'goi.bdpack', { type: 'application/octet-stream' }),
    );
  }

  it('refuses a package from a ministry not in the contacts, with its reason in both languages', async () => {
    renderPage();
    await screen.findByTestId('my-fingerprint');
    const m = meetingOf('')!;
    await choosePackage(
      fakePackageFrom(BCT_ORG, [myFingerprint()], [{ kind: 'meeting', record: m }]),
    );
    const error = await screen.findByTestId('exchange-error');
    expect(error.textContent).toContain('chưa có trong danh bạ đã xác minh');
    expect(error.textContent).toContain('not a verified contact');
    expect(screen.queryByTestId('package-preview')).toBeNull();
  });

  it('refuses a package addressed to someone else', async () => {
    renderPage();
    await screen.findByTestId('my-fingerprint');
    await addContact(BCT, BCT.fingerprint);
    const other = fakeCardFile('Bộ Tài chính').fingerprint;
    await choosePackage(
      fakePackageFrom(BCT_ORG, [other], [{ kind: 'meeting', record: meetingOf('')! }]),
    );
    expect((await screen.findByTestId('exchange-error')).textContent).toContain(
      'không được mã hóa cho đơn vị của bạn',
    );
  });

  it('previews a new meeting without writing it, imports it on "Nhập", and refuses the same package again', async () => {
    renderPage();
    await screen.findByTestId('my-fingerprint');
    await addContact(BCT, BCT.fingerprint);
    const theirs: Meeting = {
      ...meetingOf('')!,
      id: '0b9c6a10-5d8e-4c1f-9a2b-3c4d5e6f7a8b',
      title: 'Họp tổ công tác APEC 2027 (Bộ Công Thương)',
    };
    const pkg = fakePackageFrom(BCT_ORG, [myFingerprint()], [{ kind: 'meeting', record: theirs }], {
      note: 'Gửi Bộ Ngoại giao để phối hợp',
    });
    await choosePackage(pkg);
    const preview = await screen.findByTestId('package-preview');
    expect(within(preview).getByTestId('package-sender').textContent).toBe('Bộ Công Thương');
    expect(within(preview).getByTestId('package-fingerprint').textContent).toBe(
      formatFingerprint(BCT.fingerprint),
    );
    expect(within(preview).getByTestId('package-note').textContent).toBe(
      'Gửi Bộ Ngoại giao để phối hợp',
    );
    const row = within(preview).getByTestId('package-item');
    expect(row.textContent).toContain('Thêm mới');
    expect(desk.state.meetings.has(theirs.id)).toBe(false);

    await userEvent.click(screen.getByTestId('import'));
    expect((await screen.findByTestId('imported')).textContent).toBe(
      'Đã nhập: thêm 1, cập nhật 0, bỏ qua 0, bản sao 0.',
    );
    expect(desk.state.meetings.get(theirs.id)?.originOrg).toBe('Bộ Công Thương');
    // The meetings register was read again and shows it.
    await waitFor(() =>
      expect(useMeetingsStore.getState().summaries.some((s) => s.id === theirs.id)).toBe(true),
    );

    await choosePackage(pkg);
    expect((await screen.findByTestId('exchange-error')).textContent).toContain(
      'đã được mở trước đây',
    );
  });

  it('keeps "Nhập" disabled until each conflict has a choice, then keeps both', async () => {
    renderPage();
    await screen.findByTestId('my-fingerprint');
    await addContact(BCT, BCT.fingerprint);
    const mine = meetingOf('')!;
    const theirs = { ...mine, summary: `${mine.summary} (Bộ Công Thương bổ sung)` };
    const before = desk.state.meetings.size;
    await choosePackage(
      fakePackageFrom(BCT_ORG, [myFingerprint()], [{ kind: 'meeting', record: theirs }]),
    );
    const row = await screen.findByTestId('package-item');
    expect(row.textContent).toContain('XUNG ĐỘT');
    const importButton = screen.getByTestId('import') as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    expect(screen.getByTestId('conflicts-left').textContent).toContain('Còn 1 xung đột');
    await userEvent.selectOptions(within(row).getByTestId('conflict-choice'), 'both');
    expect(importButton.disabled).toBe(false);
    expect(screen.queryByTestId('conflicts-left')).toBeNull();
    await userEvent.click(importButton);
    expect((await screen.findByTestId('imported')).textContent).toContain('bản sao 1');
    expect(desk.state.meetings.size).toBe(before + 1);
    expect(desk.state.meetings.get(mine.id)?.summary).toBe(mine.summary);
  });

  it('opens a package dropped onto the panel', async () => {
    renderPage();
    await screen.findByTestId('my-fingerprint');
    await addContact(BCT, BCT.fingerprint);
    const pkg = fakePackageFrom(
      BCT_ORG,
      [myFingerprint()],
      [
        {
          kind: 'meeting',
          record: { ...meetingOf('')!, id: '2b9c6a10-5d8e-4c1f-9a2b-3c4d5e6f7a8b' },
        },
      ],
    );
    const file = new File([Buffer.from(pkg, 'base64')], 'goi.bdpack');
    const panel = screen.getByTestId('package-file').closest('section')!;
    fireEvent.dragOver(panel, { dataTransfer: { files: [file] } });
    fireEvent.drop(panel, { dataTransfer: { files: [file] } });
    expect((await screen.findByTestId('package-item')).textContent).toContain('Thêm mới');
  });

  it('shows the preview in English when the app is in English', async () => {
    renderPage('en');
    await screen.findByTestId('my-fingerprint');
    await addContact(BCT, BCT.fingerprint);
    await choosePackage(
      fakePackageFrom(
        BCT_ORG,
        [myFingerprint()],
        [
          {
            kind: 'meeting',
            record: { ...meetingOf('')!, id: '1b9c6a10-5d8e-4c1f-9a2b-3c4d5e6f7a8b' },
          },
        ],
      ),
    );
    const row = await screen.findByTestId('package-item');
    expect(row.textContent).toContain('New');
    expect(row.textContent).toContain('Meeting');
  });
});
