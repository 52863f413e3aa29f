// The merge rules of a package import, each as a user would meet it, between real encrypted
// vaults: a new record is added, an identical one skipped, theirs newer with mine unchanged
// updates, mine newer stays, both changed is a conflict the user resolves three ways — and
// a refused import leaves every table as it was. Bases are per partner: what I changed after
// sending to B is never overwritten by B's reply to the older version.
import { describe, expect, it } from 'vitest';
import { DIRECTIVE_IDS_20250826 as D, MEETING_IDS } from '../../../shared/sample';
import {
  acquaint,
  failureOf,
  ministry,
  reportProgress,
  vaultDump,
  acquaintedPair,
} from './helpers';

const MEETING = MEETING_IDS.committee20250826;
const A_ORG = 'Văn phòng Chính phủ';

const actionsOf = (preview: {
  items: { kind: string; recordId: string | null; action: string }[];
}) => Object.fromEntries(preview.items.map((i) => [`${i.kind}:${i.recordId}`, i.action]));

describe('merging a package into a vault', () => {
  it('adds, skips identical, updates, keeps mine when newer, and resolves conflicts as chosen', async () => {
    const { a, b, bAtA } = await acquaintedPair(A_ORG, 'Bộ Công Thương');

    // New: everything is added, with ids and origin kept.
    const first = a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING] });
    const firstPreview = b.vault.exchange.preview(first.bytes);
    expect(new Set(firstPreview.items.map((i) => i.action))).toEqual(new Set(['add']));
    const added = b.vault.exchange.import(first.bytes, {}, first.manifest.packageId);
    expect(added.added).toBe(first.manifest.items.length);
    expect(b.vault.meetings.get(MEETING)).toMatchObject({ originOrg: A_ORG, revision: 1 });
    expect(b.vault.directives.get(D.workPlan).originOrg).toBe(A_ORG);

    // Identical: a second package with the same versions changes nothing but the log.
    const again = a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING] });
    expect(new Set(b.vault.exchange.preview(again.bytes).items.map((i) => i.action))).toEqual(
      new Set(['skip-identical']),
    );
    const identical = b.vault.exchange.import(again.bytes, {});
    expect(identical).toMatchObject({ added: 0, updated: 0, skipped: again.manifest.items.length });
    expect(b.vault.meetings.get(MEETING).revision).toBe(1);

    // Theirs newer, mine unchanged since: updated, and the register can name the source.
    const mA = a.vault.meetings.get(MEETING);
    a.vault.meetings.save({ ...mA, summary: `${mA.summary} Bổ sung của VPCP.` });
    const newer = a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING] });
    const newerActions = actionsOf(b.vault.exchange.preview(newer.bytes));
    expect(newerActions[`meeting:${MEETING}`]).toBe('update');
    expect(newerActions[`directive:${D.workPlan}`]).toBe('skip-identical');
    b.vault.exchange.import(newer.bytes, {});
    expect(b.vault.meetings.get(MEETING).summary).toMatch(/Bổ sung của VPCP\.$/);
    expect(b.vault.meetings.get(MEETING).revision).toBe(2);
    expect(b.vault.exchange.source('meeting', MEETING)).toEqual({
      sourceOrg: A_ORG,
      packageId: newer.manifest.packageId,
      at: expect.any(String),
    });

    // Mine newer: B edits; A sends the version B already had. B's edit stays.
    const mB = b.vault.meetings.get(MEETING);
    b.vault.meetings.save({ ...mB, summary: `${mB.summary} Ý kiến của Bộ Công Thương.` });
    expect(b.vault.exchange.source('meeting', MEETING)).toBeNull(); // the last update is B's own
    const stale = a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING] });
    expect(actionsOf(b.vault.exchange.preview(stale.bytes))[`meeting:${MEETING}`]).toBe(
      'mine-newer',
    );
    b.vault.exchange.import(stale.bytes, {});
    expect(b.vault.meetings.get(MEETING).summary).toMatch(/Ý kiến của Bộ Công Thương\.$/);

    // Both changed, three directives: one conflict per resolution.
    const edit = (v: typeof a.vault, id: string, what: string) => {
      const d = v.directives.get(id);
      v.directives.save({ ...d, task: `${d.task} — ${what}` });
    };
    for (const id of [D.workPlan, D.amendLaws, D.apec2027]) {
      edit(a.vault, id, 'VPCP sửa');
      edit(b.vault, id, 'BCT sửa');
    }
    const clash = a.vault.exchange.seal({
      to: [bAtA],
      directiveIds: [D.workPlan, D.amendLaws, D.apec2027],
    });
    const clashPreview = b.vault.exchange.preview(clash.bytes);
    expect(clashPreview.items.map((i) => i.action)).toEqual(['conflict', 'conflict', 'conflict']);

    // Without a choice for every conflict nothing at all is written.
    const before = vaultDump(b);
    const key = (id: string) => `directive:${id}`;
    expect(failureOf(() => b.vault.exchange.import(clash.bytes, {}))).toBe('conflict');
    expect(
      failureOf(() => b.vault.exchange.import(clash.bytes, { [key(D.workPlan)]: 'mine' })),
    ).toBe('conflict');
    expect(vaultDump(b)).toBe(before);

    const resolved = b.vault.exchange.import(clash.bytes, {
      [key(D.workPlan)]: 'mine',
      [key(D.amendLaws)]: 'theirs',
      [key(D.apec2027)]: 'both',
    });
    expect(resolved).toMatchObject({ keptMine: 1, updated: 1, copies: 1, added: 0 });
    expect(b.vault.directives.get(D.workPlan).task).toMatch(/BCT sửa$/);
    expect(b.vault.directives.get(D.amendLaws).task).toMatch(/VPCP sửa$/);
    expect(b.vault.directives.get(D.apec2027).task).toMatch(/BCT sửa$/);
    const copies = b.vault.directives
      .list({ meetingId: MEETING, today: '2025-09-15' })
      .filter((d) => d.task.endsWith(`VPCP sửa (bản của ${A_ORG})`));
    expect(copies).toHaveLength(1);
    expect(copies[0]!.id).not.toBe(D.apec2027);
    expect(copies[0]!.originOrg).toBe(A_ORG);
    expect(b.vault.exchange.source('directive', copies[0]!.id)?.sourceOrg).toBe(A_ORG);

    // What was seen is the new base: the same versions again are "mine newer", not conflicts.
    const resent = a.vault.exchange.seal({
      to: [bAtA],
      directiveIds: [D.workPlan, D.amendLaws, D.apec2027],
    });
    expect(actionsOf(b.vault.exchange.preview(resent.bytes))).toEqual({
      [key(D.workPlan)]: 'mine-newer',
      [key(D.amendLaws)]: 'skip-identical',
      [key(D.apec2027)]: 'mine-newer',
    });
  });

  it('keeps bases per partner: a reply to an older version than mine is a conflict', async () => {
    const a = await ministry(A_ORG, true);
    const b = await ministry('Bộ Công Thương');
    const c = await ministry('Bộ Tài chính');
    const { bAtA, aAtB } = acquaint(a.vault, b.vault);
    const { bAtA: cAtA, aAtB: aAtC } = acquaint(a.vault, c.vault);

    const toB = a.vault.exchange.seal({ to: [bAtA], meetingIds: [MEETING] });
    b.vault.exchange.import(toB.bytes, {});
    // A changes the directive after sending it to B, and sends that to C.
    const d = a.vault.directives.get(D.apec2027);
    a.vault.directives.save({ ...d, deadline: '2025-12-31' });
    const toC = a.vault.exchange.seal({ to: [cAtA], meetingIds: [MEETING] });
    c.vault.exchange.import(toC.bytes, {});
    expect(c.vault.directives.get(D.apec2027).deadline).toBe('2025-12-31');

    // B reports progress on the version it had: at A that is a conflict, never an overwrite.
    reportProgress(b.vault, D.apec2027, '2025-10-01', 'Đã lập tổ công tác');
    const reply = b.vault.exchange.seal({ to: [aAtB], directiveIds: [D.apec2027] });
    expect(a.vault.exchange.preview(reply.bytes).items[0]!.action).toBe('conflict');

    // C replies to the version it had (A's latest): that is a plain update at A.
    reportProgress(c.vault, D.apec2027, '2025-10-02', 'Bộ Tài chính đã bố trí kinh phí');
    const fromC = c.vault.exchange.seal({ to: [aAtC], directiveIds: [D.apec2027] });
    expect(a.vault.exchange.preview(fromC.bytes).items[0]!.action).toBe('update');
    a.vault.exchange.import(fromC.bytes, {});
    expect(a.vault.directives.get(D.apec2027)).toMatchObject({
      deadline: '2025-12-31',
      status: 'in-progress',
    });
    expect(a.vault.exchange.source('directive', D.apec2027)?.sourceOrg).toBe('Bộ Tài chính');
  });
});
