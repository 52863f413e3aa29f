// Imports you can see and undo (issue 9 §5), between two real encrypted vaults: the preview
// shows for each update and conflict the fields that differ (mine / theirs); a choice per
// record, updates included; an import is undone as one unit — every record it touched back to
// its revision before, what it added removed, the package id forgotten only when asked — and
// an undo after a later local edit is refused with the reason, changing nothing.
import { describe, expect, it } from 'vitest';
import { DIRECTIVE_IDS_20250826 as D, MEETING_IDS } from '../../../shared/sample';
import {
  acquaint,
  failureMessage,
  failureOf,
  ministry,
  vaultDump,
} from '../exchange-vault/helpers';

const MEETING = MEETING_IDS.committee20250826;

async function pair() {
  const a = await ministry('Văn phòng Chính phủ', true);
  const b = await ministry('Bộ Công Thương');
  const { bAtA } = acquaint(a.vault, b.vault);
  const send = (ids: { meetingIds?: string[]; directiveIds?: string[] }) =>
    a.vault.exchange.seal({ to: [bAtA], ...ids });
  return { a, b, send };
}

describe('undoing an import', () => {
  it('removes what an import added; the package stays known unless forgetting is asked', async () => {
    const { b, send } = await pair();
    const before = vaultDump(b);
    const pkg = send({ meetingIds: [MEETING] });
    const summary = b.vault.exchange.import(pkg.bytes, {}, pkg.manifest.packageId);
    expect(summary.added).toBeGreaterThan(1);
    expect(b.vault.imports.list()).toEqual([
      expect.objectContaining({
        packageId: pkg.manifest.packageId,
        sender: 'Văn phòng Chính phủ',
        undoneAt: null,
        records: summary.added,
      }),
    ]);

    const undone = b.vault.imports.undo(pkg.manifest.packageId, false);
    expect(undone).toEqual({
      packageId: pkg.manifest.packageId,
      restored: 0,
      removed: summary.added,
      forgotten: false,
    });
    expect(failureOf(() => b.vault.meetings.get(MEETING))).toBe('not-found');
    expect(failureOf(() => b.vault.directives.get(D.workPlan))).toBe('not-found');
    expect(failureOf(() => b.vault.history.of(MEETING))).toBe('not-found');
    // Still known: opening it again is refused as a replay.
    expect(failureOf(() => b.vault.exchange.preview(pkg.bytes))).toBe('package-replay');
    expect(failureOf(() => b.vault.imports.undo(pkg.manifest.packageId, true))).toBe('conflict'); // undone already
    // Every record table is as it was before the import (the journal and the log aside).
    const tables = (dump: string) => JSON.parse(dump) as Record<string, string[]>;
    for (const t of ['meetings', 'directives', 'record_revisions', 'search_docs'])
      expect(tables(vaultDump(b))[t], t).toEqual(tables(before)[t]);
  });

  it('puts updated records back to their revision before, and after forgetting, the same package updates again', async () => {
    const { a, b, send } = await pair();
    const first = send({ meetingIds: [MEETING] });
    b.vault.exchange.import(first.bytes, {});
    const mineBefore = b.vault.meetings.get(MEETING);
    const m = a.vault.meetings.get(MEETING);
    a.vault.meetings.save({
      ...m,
      summary: 'Tóm tắt mới của VPCP',
      location: 'Hà Nội (trực tuyến)',
    });
    const update = send({ meetingIds: [MEETING] });

    // The preview shows what differs, mine and theirs side by side.
    const item = b.vault.exchange.preview(update.bytes).items.find((i) => i.recordId === MEETING)!;
    expect(item.action).toBe('update');
    expect(item.differences).toEqual([
      { field: 'location', mine: mineBefore.location, theirs: 'Hà Nội (trực tuyến)' },
      { field: 'summary', mine: mineBefore.summary, theirs: 'Tóm tắt mới của VPCP' },
    ]);

    b.vault.exchange.import(update.bytes, {});
    expect(b.vault.meetings.get(MEETING).summary).toBe('Tóm tắt mới của VPCP');
    const undone = b.vault.imports.undo(update.manifest.packageId, true);
    expect(undone).toMatchObject({ restored: 1, removed: 0, forgotten: true });
    const now = b.vault.meetings.get(MEETING);
    expect({ ...now, revision: 0, updatedAt: '' }).toEqual({
      ...mineBefore,
      revision: 0,
      updatedAt: '',
    });
    expect(now.revision).toBe(mineBefore.revision + 2); // the undo is a new revision: history keeps all
    expect(b.vault.history.of(MEETING).revisions.map((r) => r.revision)).toEqual([3, 2, 1]);

    // Forgotten, and the merge base put back: the same package is an update again.
    const again = b.vault.exchange.preview(update.bytes).items.find((i) => i.recordId === MEETING)!;
    expect(again.action).toBe('update');
    b.vault.exchange.import(update.bytes, {});
    expect(b.vault.meetings.get(MEETING).summary).toBe('Tóm tắt mới của VPCP');
  });

  it('is refused, with the record named, after a later local edit — and changes nothing', async () => {
    const { a, b, send } = await pair();
    b.vault.exchange.import(send({ meetingIds: [MEETING] }).bytes, {});
    const d = a.vault.directives.get(D.workPlan);
    a.vault.directives.save({ ...d, task: `${d.task} (VPCP bổ sung)` });
    const update = send({ directiveIds: [D.workPlan] });
    b.vault.exchange.import(update.bytes, {});
    const mine = b.vault.directives.get(D.workPlan);
    // A later local edit (a real one: saving what is stored writes nothing).
    const localTask = `${mine.task} (sửa tại Bộ)`;
    b.vault.directives.save({ ...mine, task: localTask });
    const dump = vaultDump(b);
    const message = failureMessage(() => b.vault.imports.undo(update.manifest.packageId, false));
    expect(message.vi).toContain('đã được sửa hoặc xóa sau lần nhập');
    expect(message.en).toContain('changed or deleted after this import');
    let issues: { path: string; message: string }[] = [];
    try {
      b.vault.imports.undo(update.manifest.packageId, false);
    } catch (e) {
      issues = (e as { error: { issues?: typeof issues } }).error.issues ?? [];
    }
    expect(issues).toEqual([expect.objectContaining({ path: `directive:${D.workPlan}` })]);
    expect(vaultDump(b)).toBe(dump);
    expect(b.vault.directives.get(D.workPlan).task).toBe(localTask);

    // The import stays undoable in the list: the record's history is the way back to any version.
    expect(b.vault.imports.list()[0]).toMatchObject({
      packageId: update.manifest.packageId,
      undoneAt: null,
    });
  });

  it('a choice per record: an update can be declined ("keep mine") while the others are taken', async () => {
    const { a, b, send } = await pair();
    b.vault.exchange.import(send({ meetingIds: [MEETING] }).bytes, {});
    for (const id of [D.workPlan, D.amendLaws]) {
      const d = a.vault.directives.get(id);
      a.vault.directives.save({ ...d, deliverable: `${d.deliverable} — bản VPCP` });
    }
    const pkg = send({ directiveIds: [D.workPlan, D.amendLaws] });
    const keyOf = (id: string) =>
      b.vault.exchange.preview(pkg.bytes).items.find((i) => i.recordId === id)!.key;
    const summary = b.vault.exchange.import(pkg.bytes, { [keyOf(D.amendLaws)]: 'mine' });
    expect(summary).toMatchObject({ updated: 1, keptMine: 1 });
    expect(b.vault.directives.get(D.workPlan).deliverable).toMatch(/bản VPCP$/);
    expect(b.vault.directives.get(D.amendLaws).deliverable).not.toMatch(/bản VPCP$/);
  });

  it('a conflict lists the differing fields of both sides', async () => {
    const { a, b, send } = await pair();
    b.vault.exchange.import(send({ meetingIds: [MEETING] }).bytes, {});
    const da = a.vault.directives.get(D.apec2027);
    a.vault.directives.save({ ...da, deadline: '2026-06-30' });
    const db = b.vault.directives.get(D.apec2027);
    b.vault.directives.save({ ...db, deadline: '2026-03-31', status: 'in-progress' });
    const pkg = send({ directiveIds: [D.apec2027] });
    const item = b.vault.exchange.preview(pkg.bytes).items.find((i) => i.recordId === D.apec2027)!;
    expect(item.action).toBe('conflict');
    expect(item.differences).toEqual(
      expect.arrayContaining([
        { field: 'deadline', mine: '2026-03-31', theirs: '2026-06-30' },
        { field: 'status', mine: 'in-progress', theirs: da.status },
      ]),
    );
    // Take theirs, then undo: mine (with its status) is back.
    b.vault.exchange.import(pkg.bytes, { [item.key]: 'theirs' });
    expect(b.vault.directives.get(D.apec2027).status).toBe(da.status);
    b.vault.imports.undo(pkg.manifest.packageId, false);
    expect(b.vault.directives.get(D.apec2027)).toMatchObject({
      deadline: '2026-03-31',
      status: 'in-progress',
    });
  });
});
