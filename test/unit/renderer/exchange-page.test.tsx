// @vitest-environment jsdom
// The exchange screen on the real handlers: a contact is added only with the fingerprint the
// user compared, revoking asks first, sealing says what was sent, and a package another
// ministry's vault sealed is previewed — nothing written — then imported into the registers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatFingerprint } from '../../../shared/exchange/card';
import { I18nProvider } from '../../../renderer/i18n';
import { ExchangePage } from '../../../renderer/features/exchange/ExchangePage';
import { useExchangeStore } from '../../../renderer/stores/exchangeStore';
import { useMeetingsStore } from '../../../renderer/stores/meetingsStore';
import { toDirectiveDraft } from '../../../renderer/stores/directivesStore';
import { meeting as meetingInput } from '../../fixtures/records';
import type { RealDesk } from '../../support/real-desk';
import {
  addContact as addContactAt,
  cardOf,
  conflictingPackage,
  disposeMinistries,
  ministry,
  seal,
  type Card,
  type Ministry,
} from '../../support/ministry';
import { realApp } from './setup';

let desk: RealDesk;
/** The other ministry, with a vault of its own. */
let bct: Ministry;
/** Every file the page handed to the browser as a download. */
let downloads: { name: string; blob: Blob }[];

beforeEach(async () => {
  desk = await realApp({ unlocked: true });
  useExchangeStore.getState().reset();
  await desk.ok('sample.create', {});
  bct = await ministry(BCT_ORG.name, BCT_ORG.unit);
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
afterEach(() => {
  vi.restoreAllMocks();
  disposeMinistries();
});

const renderPage = (language: 'vi' | 'en' = 'vi') =>
  render(
    <I18nProvider language={language}>
      <ExchangePage />
    </I18nProvider>,
  );

const BCT_ORG = { name: 'Bộ Công Thương', unit: 'Vụ Chính sách thương mại đa biên' };
async function addContact(card: Card, typed: string) {
  const user = userEvent.setup();
  await user.click(screen.getByTestId('card-text'));
  await user.paste(card.text);
  await user.type(screen.getByTestId('card-fingerprint'), typed);
  await user.click(screen.getByTestId('add-contact'));
}

/** The page shown, my card read, and BCT's card added as a verified contact. */
async function pageWithBctAsContact() {
  renderPage();
  await screen.findByTestId('my-fingerprint');
  await addContact(bct.card, bct.card.fingerprint);
}

/** My meeting of 26/8/2025 as the vault has it. */
async function meeting260825() {
  const listed = (await desk.ok('meetings.list', {})).find((m) => m.date === '2025-08-26')!;
  return desk.ok('meetings.get', { id: listed.id });
}

/** A meeting of BCT's own, sealed by BCT for me (BCT has my card). */
async function newMeetingFromBct(title: string, note = '') {
  const me = await addContactAt(bct.desk, await cardOf(desk));
  const theirs = await bct.desk.ok('meetings.save', meetingInput({ title }));
  return { theirs, bytes: await seal(bct.desk, { to: [me], meetingIds: [theirs.id], note }) };
}

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
    const wrong = `${bct.card.fingerprint.slice(0, 59)}${(Number(bct.card.fingerprint[59]) + 1) % 10}`;
    await addContact(bct.card, wrong);
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
    await addContact(bct.card, formatFingerprint(bct.card.fingerprint));
    const row = await screen.findByTestId('contact');
    expect(row.textContent).toContain('Bộ Công Thương');
    expect(row.textContent).toContain('Vụ Chính sách thương mại đa biên');
    expect(row.textContent).toContain(formatFingerprint(bct.card.fingerprint));
    expect(screen.queryByTestId('exchange-error')).toBeNull();
    // The new contact can be chosen as a recipient.
    expect(screen.getAllByTestId('send-to')).toHaveLength(1);
  });

  it('asks before revoking; cancelling keeps the contact, confirming revokes it', async () => {
    await pageWithBctAsContact();
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
    await pageWithBctAsContact();
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
    const m = await meeting260825();
    const directives = (await desk.ok('directives.list', { meetingId: m.id })).filter(
      (d) => d.secrecy === 'none',
    );
    expect(directives.length).toBeGreaterThan(0);
    expect(sealed.textContent).toContain(`(${1 + directives.length} mục)`);
    const id = useExchangeStore.getState().sealed!.packageId;
    expect(screen.getByTestId('sealed-id').textContent).toContain(id);
    // The package went to the file the host chose, and the user got it as a download: a
    // package the recipient's vault opens, with that id.
    const delivered = desk.delivered.at(-1)!;
    expect(delivered.fileName).toMatch(/\.bdpack$/);
    await addContactAt(bct.desk, await cardOf(desk));
    const file = bct.desk.desk.session.files.mint('open-package', delivered.path);
    expect((await bct.desk.ok('packages.preview', { file })).packageId).toBe(id);
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
    await pageWithBctAsContact();
    await userEvent.click(screen.getByTestId('send-to'));
    await userEvent.click(screen.getByTestId('send-directives-toggle'));
    const target = (await desk.ok('directives.list', {}))[0]!;
    const rows = await screen.findAllByTestId('send-directive-row');
    const row = rows.find((r) => r.textContent?.includes(target.task))!;
    await userEvent.click(within(row).getByTestId('send-directive'));
    await userEvent.click(screen.getByTestId('seal'));
    expect((await screen.findByTestId('sealed')).textContent).toContain('(1 mục)');
    const sealCall = desk.calls.filter((c) => c.name === 'packages.seal').at(-1)!;
    expect(sealCall.input).toMatchObject({ directiveIds: [target.id], meetingIds: [] });
  });

  it('says which directives a meeting left out for their secrecy mark', async () => {
    const m = await meeting260825();
    const secret = (await desk.ok('directives.list', { meetingId: m.id }))[0]!;
    await desk.ok('directives.save', { ...toDirectiveDraft(secret), secrecy: 'mat' });
    await pageWithBctAsContact();
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
  async function choosePackage(bytes: Buffer) {
    await userEvent.upload(
      screen.getByTestId('package-file'),
      new File([new Uint8Array(bytes)], 'goi.bdpack', { type: 'application/octet-stream' }),
    );
  }

  it('refuses a package from a ministry not in the contacts, with its reason in both languages', async () => {
    renderPage();
    await screen.findByTestId('my-fingerprint');
    // BCT has my card; I do not have BCT's.
    const { bytes } = await newMeetingFromBct('Họp tổ công tác APEC 2027');
    await choosePackage(bytes);
    const error = await screen.findByTestId('exchange-error');
    expect(error.textContent).toContain('chưa có trong danh bạ đã xác minh');
    expect(error.textContent).toContain('not a verified contact');
    expect(screen.queryByTestId('package-preview')).toBeNull();
  });

  it('refuses a package addressed to someone else', async () => {
    await pageWithBctAsContact();
    // BCT seals for the Ministry of Finance only.
    const btc = await ministry('Bộ Tài chính');
    const to = await addContactAt(bct.desk, btc.card);
    const theirs = await bct.desk.ok('meetings.save', meetingInput());
    await choosePackage(await seal(bct.desk, { to: [to], meetingIds: [theirs.id] }));
    expect((await screen.findByTestId('exchange-error')).textContent).toContain(
      'không được mã hóa cho đơn vị của bạn',
    );
  });

  it('previews a new meeting without writing it, imports it on "Nhập", and refuses the same package again', async () => {
    await pageWithBctAsContact();
    const { theirs, bytes: pkg } = await newMeetingFromBct(
      'Họp tổ công tác APEC 2027 (Bộ Công Thương)',
      'Gửi Bộ Ngoại giao để phối hợp',
    );
    await choosePackage(pkg);
    const preview = await screen.findByTestId('package-preview');
    expect(within(preview).getByTestId('package-sender').textContent).toBe('Bộ Công Thương');
    expect(within(preview).getByTestId('package-fingerprint').textContent).toBe(
      formatFingerprint(bct.card.fingerprint),
    );
    expect(within(preview).getByTestId('package-note').textContent).toBe(
      'Gửi Bộ Ngoại giao để phối hợp',
    );
    const row = within(preview).getByTestId('package-item');
    expect(row.textContent).toContain('Thêm mới');
    const ids = async () => (await desk.ok('meetings.list', {})).map((m) => m.id);
    expect(await ids()).not.toContain(theirs.id);

    await userEvent.click(screen.getByTestId('import'));
    expect((await screen.findByTestId('imported')).textContent).toBe(
      'Đã nhập: thêm 1, cập nhật 0, bỏ qua 0, bản sao 0.',
    );
    expect((await desk.ok('meetings.get', { id: theirs.id })).originOrg).toBe('Bộ Công Thương');
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
    await pageWithBctAsContact();
    // I sent BCT my meeting; since then both of us changed it, and BCT sends its version.
    const sent = await meeting260825();
    const pkg = await conflictingPackage(desk, bct, sent.id);
    const mine = await desk.ok('meetings.get', { id: sent.id });
    const before = (await desk.ok('meetings.list', {})).length;
    await choosePackage(pkg);
    const rows = await screen.findAllByTestId('package-item');
    // Its directives, unchanged on both sides, come as they are; the meeting is the conflict.
    const conflicts = rows.filter((r) => r.textContent!.includes('XUNG ĐỘT'));
    expect(conflicts).toHaveLength(1);
    const row = conflicts[0]!;
    expect(row.textContent).toContain('XUNG ĐỘT');
    const importButton = screen.getByTestId('import') as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    expect(screen.getByTestId('conflicts-left').textContent).toContain('Còn 1 xung đột');
    // Nothing is chosen for a conflict until the user settles it, and both may be kept.
    const choice = within(row).getByTestId<HTMLSelectElement>('conflict-choice');
    expect(choice.value).toBe('');
    expect([...choice.options].map((o) => o.text)).toEqual([
      'Chọn cách xử lý…',
      'Giữ bản của mình',
      'Lấy bản của họ',
      'Giữ cả hai',
    ]);
    await userEvent.selectOptions(within(row).getByTestId('conflict-choice'), 'both');
    expect(importButton.disabled).toBe(false);
    expect(screen.queryByTestId('conflicts-left')).toBeNull();
    await userEvent.click(importButton);
    expect((await screen.findByTestId('imported')).textContent).toContain('bản sao 1');
    expect(await desk.ok('meetings.list', {})).toHaveLength(before + 1);
    expect((await desk.ok('meetings.get', { id: mine.id })).summary).toBe(mine.summary);
  });

  it('opens a package dropped onto the panel', async () => {
    await pageWithBctAsContact();
    const { bytes } = await newMeetingFromBct('Họp tổ công tác APEC 2027');
    const file = new File([new Uint8Array(bytes)], 'goi.bdpack');
    const panel = screen.getByTestId('package-file').closest('section')!;
    fireEvent.dragOver(panel, { dataTransfer: { files: [file] } });
    fireEvent.drop(panel, { dataTransfer: { files: [file] } });
    expect((await screen.findByTestId('package-item')).textContent).toContain('Thêm mới');
  });

  it('shows the preview in English when the app is in English', async () => {
    renderPage('en');
    await screen.findByTestId('my-fingerprint');
    await addContact(bct.card, bct.card.fingerprint);
    await choosePackage((await newMeetingFromBct('APEC 2027 working group')).bytes);
    const row = await screen.findByTestId('package-item');
    expect(row.textContent).toContain('New');
    expect(row.textContent).toContain('Meeting');
  });
});
