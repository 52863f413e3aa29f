// The exchange calls for the renderer's fake desk (issue 4): an in-memory stand-in with the
// vault's rules but none of its cryptography. A card is the real file layout (header lines,
// then the card's JSON) with a made-up key; its fingerprint is a hash of the card, 60 digits,
// so a contact is added only with the digits the user typed. A "package" is JSON naming
// its sender, recipients and records: opening it applies the real refusals in the real order
// (corrupt, not for me, unknown sender, revoked, replay, expired) with the real codes, and the
// merge rules (add, identical, update, mine newer, conflict) against the fake's own maps. One
// base per record stands in for the vault's base per partner. Packages go by handles, as in
// the app: sealing writes to, and opening reads from, the fake files of fake-package-files.ts.
import { createHash, randomUUID } from 'node:crypto';
import type { CallName, CallOutput, ParsedInput } from '../../../shared/contract';
import type { Directive, Meeting } from '../../../shared/domain';
import {
  formatFingerprint,
  parseFingerprintInput,
  type IdentityCard,
} from '../../../shared/exchange/card';
import { fail, type AppError } from '../../../shared/result';
import { fakeDisk } from './fake-package-files';

type Refusal = { ok: false; error: AppError };
type Handler<N extends CallName> = (input: ParsedInput<N>) => CallOutput<N> | Refusal;
type ExchangeCall =
  | 'identity.card'
  | 'contacts.list'
  | 'contacts.add'
  | 'contacts.rename'
  | 'contacts.revoke'
  | 'packages.seal'
  | 'packages.preview'
  | 'packages.import'
  | 'exchange.log';

type Kind = 'meeting' | 'directive';
interface FakeItem {
  key: string;
  kind: Kind;
  name: string;
  record: Meeting | Directive;
}
interface FakePackage {
  format: 'fake-bdpack';
  packageId: string;
  createdAt: string;
  expiresAt: string | null;
  note: string;
  sender: { name: string; unit: string; fingerprint: string };
  to: string[];
  items: FakeItem[];
}

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest();

function fakeCardOf(name: string, unit = ''): IdentityCard {
  const key = sha(`key|${name}|${unit}`);
  const age =
    'age1' +
    [...sha(`age|${name}`)]
      .map((b) => 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'[b % 32])
      .join('')
      .padEnd(58, 'q')
      .slice(0, 58);
  return {
    format: 'briefing-desk/card',
    version: 1,
    name,
    unit,
    signingKey: key.toString('base64'),
    ageRecipient: age,
    validFrom: '2025-01-01',
    validUntil: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    previous: null,
    signature: Buffer.concat([key, key]).toString('base64'),
  };
}

/** 60 digits from the card, as the vault derives them (a hash reduced modulo 10^60). */
export function fakeFingerprintOf(card: IdentityCard): string {
  const hex = sha(JSON.stringify(card)).toString('hex');
  return (BigInt(`0x${hex}`) % 10n ** 60n).toString().padStart(60, '0');
}

/** The .bdcard text another organisation hands out, and the fingerprint it reads out by phone. */
export function fakeCardFile(name: string, unit = ''): { text: string; fingerprint: string } {
  const card = fakeCardOf(name, unit);
  const fingerprint = fakeFingerprintOf(card);
  const text = [
    'BRIEFING DESK — THẺ ĐỊNH DANH / IDENTITY CARD',
    `Đơn vị / Organisation: ${name}${unit ? ` — ${unit}` : ''}`,
    `Dấu vân tay / Fingerprint: ${formatFingerprint(fingerprint)}`,
    '',
    JSON.stringify(card, null, 2),
    '',
  ].join('\n');
  return { text, fingerprint };
}

/** A package from another organisation, for tests of the opening side. */
export function fakePackageFrom(
  sender: { name: string; unit?: string },
  to: string[],
  records: { kind: Kind; record: Meeting | Directive }[],
  options: { note?: string; packageId?: string; expiresAt?: string | null } = {},
): string {
  const pkg: FakePackage = {
    format: 'fake-bdpack',
    packageId: options.packageId ?? randomUUID(),
    createdAt: new Date().toISOString(),
    expiresAt: options.expiresAt ?? null,
    note: options.note ?? '',
    sender: {
      name: sender.name,
      unit: sender.unit ?? '',
      fingerprint: fakeCardFile(sender.name, sender.unit).fingerprint,
    },
    to,
    items: records.map((r) => ({
      key: `${r.kind}:${r.record.id}`,
      kind: r.kind,
      name: r.kind === 'meeting' ? (r.record as Meeting).title : (r.record as Directive).task,
      record: r.record,
    })),
  };
  return Buffer.from(JSON.stringify(pkg), 'utf8').toString('base64');
}

/** The content that travels: what a user wrote, not the vault's bookkeeping. */
const contentHash = (r: Meeting | Directive) => {
  const rest: Record<string, unknown> = { ...r };
  for (const k of ['revision', 'createdAt', 'updatedAt', 'originOrg']) delete rest[k];
  return sha(JSON.stringify(rest, Object.keys(rest).sort())).toString('hex');
};

interface Host {
  organisation: () => string;
  needOpen: () => Refusal | null;
  meetings: Map<string, Meeting>;
  directives: Map<string, Directive>;
}

export function fakeExchangeHandlers(host: Host): { [N in ExchangeCall]: Handler<N> } {
  const contacts = new Map<string, CallOutput<'contacts.list'>[number]>();
  const log: CallOutput<'exchange.log'> = [];
  const opened = new Set<string>();
  const bases = new Map<string, string>();
  const me = () => fakeCardOf(host.organisation());
  const myFingerprint = () => fakeFingerprintOf(me());
  const note = (
    action: string,
    packageId: string | null,
    fingerprints: string[],
    summary: string,
  ) =>
    log.unshift({
      at: new Date().toISOString(),
      actor: host.organisation(),
      action,
      packageId,
      fingerprints,
      summary,
    });
  const contactNamed = (name: string) => [...contacts.values()].find((c) => c.name === name);
  const stored = (kind: Kind, id: string) =>
    kind === 'meeting' ? host.meetings.get(id) : host.directives.get(id);

  const plan = (
    base64: string,
  ): { pkg: FakePackage; preview: CallOutput<'packages.preview'> } | Refusal => {
    let pkg: FakePackage;
    try {
      pkg = JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as FakePackage;
      if (pkg.format !== 'fake-bdpack') throw new Error('format');
    } catch {
      return fail(
        'package-corrupt',
        'Gói bị hỏng hoặc đã bị sửa đổi (không đọc được). Không có gì được nhập.',
        'The package is damaged or was altered (unreadable). Nothing was imported.',
      );
    }
    const mine = pkg.sender.fingerprint === myFingerprint();
    if (!mine && !pkg.to.includes(myFingerprint()))
      return fail(
        'package-not-for-me',
        'Gói này không được mã hóa cho đơn vị của bạn: không mở được.',
        'This package was not encrypted for your organisation: it cannot be opened.',
      );
    const sender = contacts.get(pkg.sender.fingerprint);
    if (!mine && !sender)
      return fail(
        'package-unknown-sender',
        `Gói do "${pkg.sender.name}" gửi, nhưng đơn vị này chưa có trong danh bạ đã xác minh. Hãy nhập và đối chiếu thẻ định danh của họ trước.`,
        `The package was sent by "${pkg.sender.name}", who is not a verified contact. Import and compare their identity card first.`,
      );
    if (sender?.revokedAt)
      return fail(
        'package-revoked-sender',
        `Thẻ định danh của người gửi "${sender.name}" đã bị thu hồi: gói không được chấp nhận.`,
        `The sender "${sender.name}"'s identity card was revoked: the package is not accepted.`,
      );
    if (opened.has(pkg.packageId))
      return fail(
        'package-replay',
        `Gói ${pkg.packageId} đã được mở trước đây: không nhập lại.`,
        `Package ${pkg.packageId} was opened before: it is not imported again.`,
      );
    if (pkg.expiresAt && pkg.expiresAt < new Date().toISOString())
      return fail(
        'package-expired',
        `Gói đã hết hạn từ ${pkg.expiresAt}: không mở. Hãy đề nghị người gửi gửi lại.`,
        `The package expired at ${pkg.expiresAt}: not opened. Ask the sender to send it again.`,
      );
    const items = pkg.items.map((i) => {
      const current = stored(i.kind, i.record.id);
      const theirs = contentHash(i.record);
      const base = bases.get(i.key);
      const action = !current
        ? 'add'
        : contentHash(current) === theirs
          ? 'skip-identical'
          : base === contentHash(current)
            ? 'update'
            : base === theirs
              ? 'mine-newer'
              : 'conflict';
      return {
        key: i.key,
        kind: i.kind,
        name: i.name,
        recordId: i.record.id,
        size: 0,
        action,
      } as const;
    });
    return {
      pkg,
      preview: {
        packageId: pkg.packageId,
        createdAt: pkg.createdAt,
        expiresAt: pkg.expiresAt,
        note: pkg.note,
        sender: { ...pkg.sender, known: true, contactName: mine ? null : sender!.name },
        items,
      },
    };
  };

  const write = (kind: Kind, record: Meeting | Directive) => {
    if (kind === 'meeting') host.meetings.set(record.id, record as Meeting);
    else host.directives.set(record.id, record as Directive);
  };

  return {
    'identity.card': () => {
      const closed = host.needOpen();
      if (closed) return closed;
      const { text, fingerprint } = fakeCardFile(host.organisation());
      return { card: me(), fingerprint, fileName: `${host.organisation()}.bdcard`, fileText: text };
    },
    'contacts.list': () => host.needOpen() ?? [...contacts.values()],
    'contacts.add': ({ cardText, fingerprint }) => {
      const closed = host.needOpen();
      if (closed) return closed;
      let card: IdentityCard;
      try {
        card = JSON.parse(cardText.slice(cardText.indexOf('{'))) as IdentityCard;
        if (card.format !== 'briefing-desk/card') throw new Error('format');
      } catch {
        return fail(
          'card-invalid',
          'Thẻ định danh không hợp lệ: không đọc được nội dung thẻ.',
          'The identity card is not valid: its content cannot be read.',
        );
      }
      const fp = fakeFingerprintOf(card);
      if (parseFingerprintInput(fingerprint) !== fp)
        return fail(
          'card-invalid',
          `Dấu vân tay không khớp: thẻ có dấu vân tay ${formatFingerprint(fp)}. Không thêm vào danh bạ — hãy hỏi lại đơn vị gửi thẻ.`,
          `The fingerprints differ: the card's is ${formatFingerprint(fp)}. Not added — check with the organisation that sent it.`,
        );
      if (fp === myFingerprint())
        return fail(
          'invalid-input',
          'Đây là thẻ của chính đơn vị bạn.',
          'This is your own organisation’s card.',
        );
      const contact = {
        name: card.name,
        fingerprint: fp,
        organisation: card.name,
        unit: card.unit,
        verifiedAt: new Date().toISOString(),
        revokedAt: null,
      };
      contacts.set(fp, contact);
      note('contact-add', null, [fp], card.name);
      return contact;
    },
    'contacts.rename': ({ fingerprint, name }) => {
      const c = contacts.get(parseFingerprintInput(fingerprint) ?? '');
      if (!c) return fail('not-found', 'Không tìm thấy.', 'Not found.');
      const renamed = { ...c, name };
      contacts.set(c.fingerprint, renamed);
      note('contact-rename', null, [c.fingerprint], `${c.name} → ${name}`);
      return renamed;
    },
    'contacts.revoke': ({ fingerprint }) => {
      const c = contacts.get(parseFingerprintInput(fingerprint) ?? '');
      if (!c) return fail('not-found', 'Không tìm thấy.', 'Not found.');
      const revoked = { ...c, revokedAt: new Date().toISOString() };
      contacts.set(c.fingerprint, revoked);
      note('contact-revoke', null, [c.fingerprint], c.name);
      return revoked;
    },
    'packages.seal': (req) => {
      const closed = host.needOpen();
      if (closed) return closed;
      const to: string[] = [];
      for (const name of req.to) {
        const c = contactNamed(name);
        if (!c)
          return fail(
            'not-found',
            `Không có đơn vị "${name}" trong danh bạ.`,
            `No contact named "${name}".`,
          );
        if (c.revokedAt)
          return fail(
            'forbidden',
            `Thẻ của "${c.name}" đã bị thu hồi: không gửi được cho đơn vị này.`,
            `"${c.name}"'s card was revoked: nothing can be sent to it.`,
          );
        to.push(c.fingerprint);
      }
      const items = new Map<string, FakeItem>();
      const leftOut: CallOutput<'packages.seal'>['leftOut'] = [];
      const secret = (name: string) =>
        fail(
          'forbidden',
          `"${name}" mang dấu độ mật: không được đóng gói gửi đi (Luật Bảo vệ bí mật nhà nước).`,
          `"${name}" carries a secrecy mark: it cannot be put into a package (Law on the Protection of State Secrets).`,
        );
      for (const id of req.meetingIds) {
        const m = host.meetings.get(id);
        if (!m) return fail('not-found', 'Không tìm thấy.', 'Not found.');
        if (m.secrecy !== 'none') return secret(m.title);
        items.set(`meeting:${id}`, {
          key: `meeting:${id}`,
          kind: 'meeting',
          name: m.title,
          record: m,
        });
        for (const d of host.directives.values()) {
          if (d.meetingId !== id) continue;
          if (d.secrecy === 'none')
            items.set(`directive:${d.id}`, {
              key: `directive:${d.id}`,
              kind: 'directive',
              name: d.task,
              record: d,
            });
          else
            leftOut.push({
              kind: 'directive',
              id: d.id,
              name: d.task,
              reason: secret(d.task).error.message,
            });
        }
      }
      for (const id of req.directiveIds) {
        const d = host.directives.get(id);
        if (!d) return fail('not-found', 'Không tìm thấy.', 'Not found.');
        if (d.secrecy !== 'none') return secret(d.task);
        items.set(`directive:${id}`, {
          key: `directive:${id}`,
          kind: 'directive',
          name: d.task,
          record: d,
        });
      }
      if (req.briefIds.length > 0)
        return fail(
          'unsupported',
          'Văn bản không có trong gói giả.',
          'Briefs are not in the fake packages.',
        );
      if (items.size === 0)
        return fail('invalid-input', 'Gói chưa có nội dung.', 'The package is empty.');
      for (const i of items.values()) bases.set(i.key, contentHash(i.record));
      const pkg: FakePackage = {
        format: 'fake-bdpack',
        packageId: randomUUID(),
        createdAt: new Date().toISOString(),
        expiresAt: req.expiresAt,
        note: req.note,
        sender: { name: host.organisation(), unit: '', fingerprint: myFingerprint() },
        to,
        items: [...items.values()],
      };
      note('seal', pkg.packageId, to, `${items.size} mục cho ${req.to.join(', ')}`);
      fakeDisk.files.set(req.file, Buffer.from(JSON.stringify(pkg), 'utf8').toString('base64'));
      return {
        packageId: pkg.packageId,
        fileName: `goi-${pkg.packageId.slice(0, 8)}.bdpack`,
        items: items.size,
        leftOut,
      };
    },
    'packages.preview': ({ file }) => {
      const closed = host.needOpen();
      if (closed) return closed;
      const p = plan(fakeDisk.files.get(file) ?? '');
      if ('ok' in p) {
        note('open-refused', null, [], p.error.code);
        return p;
      }
      note(
        'open',
        p.pkg.packageId,
        [p.pkg.sender.fingerprint],
        `${p.pkg.items.length} mục từ ${p.pkg.sender.name}`,
      );
      return p.preview;
    },
    'packages.import': ({ file, packageId, resolutions }) => {
      const closed = host.needOpen();
      if (closed) return closed;
      const p = plan(fakeDisk.files.get(file) ?? '');
      if ('ok' in p) return p;
      const { pkg, preview } = p;
      if (packageId !== undefined && packageId !== pkg.packageId)
        return fail('invalid-input', 'Không phải gói đã xem trước.', 'Not the package previewed.');
      const unresolved = preview.items.filter(
        (i) => i.action === 'conflict' && !resolutions[i.key],
      );
      if (unresolved.length > 0)
        return fail(
          'conflict',
          `Có ${unresolved.length} bản ghi bị sửa ở cả hai nơi; hãy chọn giữ bản của mình, lấy bản của họ hoặc giữ cả hai. Chưa có gì được nhập.`,
          `${unresolved.length} record(s) changed on both sides; choose keep mine, take theirs or keep both. Nothing was imported.`,
          { issues: unresolved.map((i) => ({ path: i.key, message: i.name })) },
        );
      const summary = {
        packageId: pkg.packageId,
        added: 0,
        updated: 0,
        skipped: 0,
        keptMine: 0,
        copies: 0,
        attachments: [],
      };
      for (const [n, item] of pkg.items.entries()) {
        const action = preview.items[n]!.action;
        const choice = action === 'conflict' ? resolutions[item.key] : null;
        const theirs = { ...item.record, originOrg: pkg.sender.name };
        const current = stored(item.kind, item.record.id);
        if (action === 'add') {
          write(item.kind, { ...theirs, revision: 1 });
          summary.added++;
        } else if (action === 'update' || choice === 'theirs') {
          write(item.kind, { ...theirs, revision: (current?.revision ?? 0) + 1 });
          summary.updated++;
        } else if (choice === 'both') {
          const copy = { ...theirs, id: randomUUID(), revision: 1 };
          if (item.kind === 'meeting')
            (copy as Meeting).title = `${(copy as Meeting).title} (bản của ${pkg.sender.name})`;
          write(item.kind, copy);
          summary.copies++;
        } else if (choice === 'mine') summary.keptMine++;
        else summary.skipped++;
        bases.set(item.key, contentHash(item.record));
      }
      opened.add(pkg.packageId);
      note(
        'import',
        pkg.packageId,
        [pkg.sender.fingerprint],
        `thêm ${summary.added}, cập nhật ${summary.updated}`,
      );
      return summary;
    },
    'exchange.log': () => host.needOpen() ?? log,
  };
}
