// What goes into a package and what opening one refuses, on real encrypted vaults: secrecy-
// marked records are refused (or, brought along by a meeting, left out and named); an
// indicator travels with its observations; a brief can carry its rendered DOCX, which the
// recipient finds saved in the folder it chose; a past expiry, a record whose meeting is nowhere, and
// resolutions meant for another package are each refused — with the vault left as it was.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIRECTIVE_IDS_20250826 as D, INDICATOR_IDS, MEETING_IDS } from '../../../shared/sample';
import {
  acquaint,
  actions,
  failureMessage,
  failureOf,
  introduce,
  ministry,
  packageFileOf,
  packageSource,
  packageTarget,
  vaultDump,
  acquaintedPair,
} from './helpers';

const MEETING = MEETING_IDS.committee20250826;

describe('sealing from a vault', () => {
  it('refuses what the user chose with a secrecy mark, and names what a meeting leaves out', async () => {
    const { a, b, bAtA } = await acquaintedPair('Văn phòng Chính phủ', 'Bộ Công Thương');

    const brief = await a.desk.ok('briefs.create', {
      template: 'conclusion-notice',
      meetingId: MEETING,
    });
    await a.desk.ok('briefs.save', {
      id: brief.id,
      revision: brief.revision,
      brief: { ...brief.brief, header: { ...brief.brief.header, secrecy: 'mat' } },
    });
    const secretBrief = () => a.vault.exchange.seal({ to: [bAtA], briefIds: [brief.id] });
    expect(failureOf(secretBrief)).toBe('forbidden');
    expect(failureMessage(secretBrief).vi).toMatch(/MẬT.*không được đóng gói/);
    const refusedTarget = packageTarget(a);
    expect(
      (
        await a.desk.failure('packages.seal', {
          to: [bAtA],
          briefIds: [brief.id],
          file: refusedTarget.file,
        })
      ).code,
    ).toBe('forbidden');
    expect(fs.existsSync(refusedTarget.path)).toBe(false);

    const d = a.vault.directives.get(D.cybercrimeConvention);
    a.vault.directives.save({ ...d, secrecy: 'toi-mat' });
    const chosen = () => a.vault.exchange.seal({ to: [bAtA], directiveIds: [d.id] });
    expect(failureOf(chosen)).toBe('forbidden');
    expect(failureMessage(chosen).en).toMatch(/TỐI MẬT/);

    const target = packageTarget(a);
    const viaCall = await a.desk.ok('packages.seal', {
      to: [bAtA],
      meetingIds: [MEETING],
      file: target.file,
    });
    expect(viaCall.leftOut).toEqual([
      expect.objectContaining({
        kind: 'directive',
        id: d.id,
        reason: expect.objectContaining({ vi: expect.stringMatching(/TỐI MẬT/) }),
      }),
    ]);
    const pkg = fs.readFileSync(target.path);
    const preview = b.vault.exchange.preview(pkg);
    expect(preview.items.map((i) => i.recordId)).not.toContain(d.id);
    b.vault.exchange.import(pkg, {}, viaCall.packageId);
    expect(failureOf(() => b.vault.directives.get(d.id))).toBe('not-found');
    expect(b.vault.directives.list({ meetingId: MEETING, today: '2025-09-15' })).toHaveLength(
      a.vault.directives.list({ meetingId: MEETING, today: '2025-09-15' }).length - 1,
    );
  });

  it('sends an indicator with its observations, and a brief with its DOCX as an attachment', async () => {
    const { a, b, bAtA } = await acquaintedPair('Văn phòng Chính phủ', 'Bộ Công Thương');

    const gdp = a.vault.indicators.list().find((i) => i.id === INDICATOR_IDS.gdpGrowth)!;
    const target = packageTarget(a);
    const sealed = await a.desk.ok('packages.seal', {
      to: [bAtA],
      indicatorIds: [INDICATOR_IDS.gdpGrowth],
      file: target.file,
    });
    const imported = await b.desk.ok('packages.import', {
      file: packageSource(b, target.path),
      packageId: sealed.packageId,
    });
    expect(imported.added).toBe(1 + gdp.observations.length);
    expect(b.vault.indicators.list()).toEqual([
      expect.objectContaining({
        id: gdp.id,
        name: gdp.name,
        originOrg: 'Văn phòng Chính phủ',
        observations: gdp.observations.map((o) =>
          expect.objectContaining({ id: o.id, value: o.value }),
        ),
      }),
    ]);

    const brief = await a.desk.ok('briefs.create', {
      template: 'conclusion-notice',
      meetingId: MEETING,
    });
    const withTarget = packageTarget(a);
    const withFile = await a.desk.ok('packages.seal', {
      to: [bAtA],
      briefIds: [brief.id],
      withMeeting: false,
      renderings: ['docx'],
      file: withTarget.file,
    });
    const source = packageSource(b, withTarget.path);
    const preview = await b.desk.ok('packages.preview', { file: source });
    expect(
      preview.items.map((i) => i.kind).filter((k) => k !== 'indicator' && k !== 'observation'),
    ).toEqual(['brief', 'rendering']);
    expect(preview.items.find((i) => i.kind === 'rendering')).toMatchObject({
      action: 'attachment',
      recordId: brief.id,
      name: expect.stringMatching(/\.docx$/),
    });
    const folder = path.dirname(packageFileOf(Buffer.alloc(0)));
    const got = await b.desk.ok('packages.import', {
      file: source,
      packageId: withFile.packageId,
      attachments: b.desk.session.files.mint('attachments-folder', folder),
    });
    expect(got.attachments).toHaveLength(1);
    expect(
      fs
        .readFileSync(path.join(folder, got.attachments![0]!.savedAs!))
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    // The brief arrived without its meeting (not chosen), and the sender recorded the export.
    expect(b.vault.briefs.get(brief.id).brief).toEqual(a.vault.briefs.get(brief.id).brief);
    expect(b.vault.briefs.get(brief.id).meetingId).toBeNull();
    expect(a.vault.briefs.exports(brief.id)).toEqual([
      expect.objectContaining({ format: 'docx', revision: brief.revision }),
    ]);
  }, 30_000);

  it('refuses a past expiry, a revoked or unknown recipient, and an empty package', async () => {
    const { a, b, bAtA } = await acquaintedPair('Văn phòng Chính phủ', 'Bộ Công Thương');
    const past = new Date(Date.now() - 60_000).toISOString();
    expect(
      failureOf(() =>
        a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING], expiresAt: past }),
      ),
    ).toBe('invalid-input');
    expect(
      failureOf(() => a.vault.exchange.seal({ to: ['Bộ Xây dựng'], meetingIds: [MEETING] })),
    ).toBe('not-found');
    expect(failureOf(() => a.vault.exchange.seal({ to: [bAtA] }))).toBe('invalid-input');
    expect(failureOf(() => a.vault.exchange.seal({ to: [], meetingIds: [MEETING] }))).toBe(
      'invalid-input',
    );
    // A future expiry opens.
    const soon = new Date(Date.now() + 3_600_000).toISOString();
    const ok = a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING], expiresAt: soon });
    expect(b.vault.exchange.preview(ok.bytes).expiresAt).toBe(soon);
    expect(actions(a.vault).filter((x) => x === 'seal')).toHaveLength(1);
  });
});

describe('opening into a vault', () => {
  it('refuses a directive whose meeting is nowhere, and resolutions meant for another package', async () => {
    const a = await ministry('Văn phòng Chính phủ', true);
    const c = await ministry('Bộ Tài chính');
    const { bAtA: cAtA } = acquaint(a.vault, c.vault);
    const lonely = a.vault.exchange.seal({ to: [cAtA], directiveIds: [D.apec2027] });
    const before = vaultDump(c);
    const refused = () => c.vault.exchange.preview(lonely.bytes);
    expect(failureOf(refused)).toBe('not-found');
    expect(failureMessage(refused).vi).toMatch(/cuộc họp/);
    expect(failureOf(() => c.vault.exchange.import(lonely.bytes, {}))).toBe('not-found');
    expect(vaultDump(c)).toBe(before);

    const one = a.vault.exchange.seal({ to: [cAtA], meetingIds: [MEETING] });
    const other = a.vault.exchange.seal({ to: [cAtA], meetingIds: [MEETING] });
    expect(failureOf(() => c.vault.exchange.import(other.bytes, {}, one.manifest.packageId))).toBe(
      'invalid-input',
    );
    expect(
      (
        await c.desk.failure('packages.import', {
          file: packageSource(c, packageFileOf(other.bytes)),
          packageId: one.manifest.packageId,
        })
      ).code,
    ).toBe('invalid-input');
    expect(vaultDump(c)).toBe(before);
    c.vault.exchange.import(one.bytes, {}, one.manifest.packageId);

    const log = c.vault.exchange.log();
    expect(log[0]).toMatchObject({
      action: 'import',
      packageId: one.manifest.packageId,
      fingerprints: [a.vault.exchange.myCard().fingerprint],
      actor: 'Bộ Tài chính',
    });
    expect(log.filter((e) => e.action === 'import-refused').map((e) => e.summary)).toEqual([
      'invalid-input',
      'invalid-input',
      'not-found',
    ]);
    // The two previews' refusals are opens refused, with the package and sender they named.
    const refusedOpen = expect.objectContaining({
      summary: 'not-found',
      packageId: lonely.manifest.packageId,
    });
    expect(log.filter((e) => e.action === 'open-refused')).toEqual([refusedOpen, refusedOpen]);
  });

  it('refuses what is not for me, a replay, and bytes that are not a package — each logged with its reason', async () => {
    const a = await ministry('Văn phòng Chính phủ', true);
    const b = await ministry('Bộ Công Thương');
    const d = await ministry('Bộ Xây dựng');
    const { bAtA } = acquaint(a.vault, b.vault);
    introduce(a.vault, d.vault);
    const sealed = a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING] });

    const dBefore = vaultDump(d);
    expect(failureOf(() => d.vault.exchange.import(sealed.bytes, {}))).toBe('package-not-for-me');
    expect(vaultDump(d)).toBe(dBefore);

    b.vault.exchange.import(sealed.bytes, {});
    const bBefore = vaultDump(b);
    expect(failureOf(() => b.vault.exchange.preview(sealed.bytes))).toBe('package-replay');
    expect(failureOf(() => b.vault.exchange.import(sealed.bytes, {}))).toBe('package-replay');
    const flipped = Buffer.from(sealed.bytes);
    flipped[flipped.length - 10]! ^= 1;
    expect(failureOf(() => b.vault.exchange.import(flipped, {}))).toBe('package-corrupt');
    expect(
      (await b.desk.failure('packages.preview', { file: 'không phải một lựa chọn' })).code,
    ).toBe('invalid-input');
    expect(vaultDump(b)).toBe(bBefore);

    expect(
      b.vault.exchange
        .log()
        .filter((e) => e.action === 'open-refused')
        .map((e) => e.summary),
    ).toEqual(['package-corrupt', 'package-replay', 'package-replay']);
    expect(d.vault.exchange.log()[0]).toMatchObject({
      action: 'open-refused',
      summary: 'package-not-for-me',
    });
  });
});
