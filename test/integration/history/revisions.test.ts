// History of every record type (issue 9 §3) in a real encrypted vault: each save is a revision
// with who (the user's name and unit once set), when and the SHA-256 of the content; the
// history says field by field what changed; restore makes an old content the newest revision.
// Also the completion rule of directives (issue 8): done ⇒ a date, reopened ⇒ none.
import { describe, expect, it } from 'vitest';
import type { OpenVault } from '../../../electron/services/vault';
import {
  directive,
  failureCode,
  indicator,
  meeting,
  newVault,
  observation,
  ORG,
} from '../vault/helpers';

const HEX64 = /^[0-9a-f]{64}$/;

type Kind = 'meeting' | 'directive' | 'indicator' | 'observation';

/** The two edits each kind's record gets after its first save, one field each. */
const EDITS: Record<Kind, [Record<string, unknown>, Record<string, unknown>]> = {
  meeting: [{ title: 'Phiên họp thứ hai' }, { location: 'Đà Nẵng' }],
  directive: [{ task: 'Nhiệm vụ đã sửa' }, { assignee: 'Bộ Tài chính' }],
  indicator: [{ name: 'Tăng trưởng GRDP' }, { unit: 'điểm %' }],
  observation: [{ value: 8.02 }, { source: 'Tổng cục Thống kê' }],
};

/** The first version of a record of the kind, and how to read its current one back. */
function firstVersion(vault: OpenVault, kind: Kind) {
  switch (kind) {
    case 'meeting': {
      const first = vault.meetings.save(meeting());
      return { first, get: () => vault.meetings.get(first.id) };
    }
    case 'directive': {
      const first = vault.directives.save(directive());
      return { first, get: () => vault.directives.get(first.id) };
    }
    case 'indicator': {
      const first = vault.indicators.save(indicator());
      return { first, get: () => vault.indicators.list().find((i) => i.id === first.id)! };
    }
    case 'observation': {
      const ind = vault.indicators.save(indicator());
      const first = vault.observations.save(observation(ind.id));
      return {
        first,
        get: () => vault.indicators.list().find((i) => i.id === ind.id)!.observations[0]!,
      };
    }
  }
}

/** A record saved, then edited twice (EDITS): three revisions, each changing one field. */
async function threeVersions(vault: OpenVault, kind: Kind) {
  const { first, get } = firstVersion(vault, kind);
  const [edit1, edit2] = EDITS[kind];
  const v2 = saveAgain(vault, kind, { ...first, ...edit1 });
  const v3 = saveAgain(vault, kind, { ...v2, ...edit2 });
  return { id: first.id, field: [...Object.keys(edit1), ...Object.keys(edit2)], get, first, v3 };
}

/** Saves the record as it is stored, through its own repository. */
function saveAgain(vault: OpenVault, kind: Kind, stored: object) {
  const record = stored as never;
  if (kind === 'meeting') return vault.meetings.save(record);
  if (kind === 'directive') return vault.directives.save(record);
  if (kind === 'indicator') return vault.indicators.save(record);
  return vault.observations.save(record);
}

describe('history of every record type', () => {
  for (const kind of ['meeting', 'directive', 'indicator', 'observation'] as const) {
    it(`${kind}: revisions newest first with who, when, hash and the changed fields; restore is a new revision`, async () => {
      const { vault } = await newVault();
      vault.userProfile.set({ name: 'Nguyễn Thị Hoa', unit: 'Vụ Tổng hợp' });
      const r = await threeVersions(vault, kind);
      const h = vault.history.of(r.id);
      expect(h.kind).toBe(kind);
      expect(h.revisions.map((x) => x.revision)).toEqual([3, 2, 1]);
      for (const rev of h.revisions) {
        expect(rev.by).toBe('Nguyễn Thị Hoa (Vụ Tổng hợp)');
        expect(rev.hash).toMatch(HEX64);
        expect(Date.parse(rev.at)).not.toBeNaN();
      }
      // Each revision names exactly the field it changed, with before and after.
      expect(h.revisions[0]!.changes.map((c) => c.field)).toEqual([r.field[1]]);
      expect(h.revisions[1]!.changes.map((c) => c.field)).toEqual([r.field[0]]);
      const firstField = h.revisions[1]!.changes[0]!;
      expect(firstField.before).toBe(String((r.first as Record<string, unknown>)[r.field[0]!]));

      const restored = vault.history.restore(r.id, 1);
      expect(restored).toEqual({ kind, revision: 4 });
      const now = r.get();
      expect(now.revision).toBe(4);
      expect((now as Record<string, unknown>)[r.field[0]!]).toEqual(
        (r.first as Record<string, unknown>)[r.field[0]!],
      );
      expect((now as Record<string, unknown>)[r.field[1]!]).toEqual(
        (r.first as Record<string, unknown>)[r.field[1]!],
      );
      const after = vault.history.of(r.id);
      expect(after.revisions.map((x) => x.revision)).toEqual([4, 3, 2, 1]);
      // Same content, same hash: revision 4 is revision 1's content.
      expect(after.revisions[0]!.hash).toBe(after.revisions[3]!.hash);
      expect(after.revisions[0]!.changes.map((c) => c.field).sort()).toEqual([...r.field].sort());
      vault.close();
    });

    it(`${kind}: saving what is stored makes no revision and keeps its time`, async () => {
      const { vault } = await newVault();
      const r = await threeVersions(vault, kind);
      const stored = r.get();
      const again = saveAgain(vault, kind, stored);
      expect(again).toMatchObject({ revision: 3, updatedAt: stored.updatedAt });
      expect(vault.history.of(r.id).revisions.map((x) => x.revision)).toEqual([3, 2, 1]);
      vault.close();
    });
  }

  it('a brief: the same history calls, its header compared field by field', async () => {
    const { vault } = await newVault();
    const m = vault.meetings.save(meeting());
    const { TEMPLATES } = await import('../../../shared/brief');
    const draft = TEMPLATES['conclusion-notice']({
      meeting: vault.meetings.get(m.id),
      directives: [],
      indicators: [],
      organisation: vault.organisationProfile.get(),
      today: '2025-09-01',
    });
    const b1 = vault.briefs.create(draft);
    const b2 = vault.briefs.save(b1.id, 1, {
      ...b1.brief,
      header: { ...b1.brief.header, abstract: 'Trích yếu mới' },
    });
    const h = vault.history.of(b1.id);
    expect(h.kind).toBe('brief');
    expect(h.revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect(h.revisions[0]!.changes).toEqual([
      { field: 'header.abstract', before: b1.brief.header.abstract, after: 'Trích yếu mới' },
    ]);
    expect(h.revisions[0]!.by).toBe(ORG); // no user profile yet: the organisation
    expect(vault.history.restore(b1.id, 1, b2.revision)).toEqual({ kind: 'brief', revision: 3 });
    expect(vault.briefs.get(b1.id).brief.header.abstract).toBe(b1.brief.header.abstract);
    vault.close();
  });

  it('refuses a restore over a save the user did not see, and an unknown revision or id', async () => {
    const { vault } = await newVault();
    const m1 = vault.meetings.save(meeting());
    vault.meetings.save({ ...m1, title: 'Khác' });
    expect(await failureCode(() => vault.history.restore(m1.id, 1, 1))).toBe('conflict');
    expect(await failureCode(() => vault.history.restore(m1.id, 9))).toBe('not-found');
    expect(await failureCode(() => vault.history.of('00000000-0000-4000-8000-000000000000'))).toBe(
      'not-found',
    );
    expect(vault.meetings.get(m1.id).revision).toBe(2);
    vault.close();
  });

  it('the user profile is kept in the vault, NFC and trimmed, across a reopen', async () => {
    const { vault, file } = await newVault();
    expect(vault.userProfile.get()).toEqual({ name: '', unit: '' });
    vault.userProfile.set({ name: '  Tra\u0302\u0300n Va\u0306n Bi\u0300nh ', unit: 'Văn phòng' });
    vault.close();
    const { weakFactory, PASS } = await import('../vault/helpers');
    const again = await weakFactory.open(file, { passphrase: PASS });
    expect(again.userProfile.get()).toEqual({ name: 'Trần Văn Bình', unit: 'Văn phòng' });
    again.close();
  });
});

describe('directive completion rule (decided in shared/domain, applied on save)', () => {
  it('done without a date gets today; an explicit date is kept; reopening clears it', async () => {
    const { vault } = await newVault();
    const d = vault.directives.save(directive());
    const done = vault.directives.save({ ...d, status: 'done', completedOn: null });
    expect(done.completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const explicit = vault.directives.save({ ...done, completedOn: '2025-10-15' });
    expect(explicit.completedOn).toBe('2025-10-15');
    // A later save that does not send the date keeps the one it had.
    const kept = vault.directives.save({ ...explicit, completedOn: null });
    expect(kept.completedOn).toBe('2025-10-15');
    const reopened = vault.directives.save({
      ...kept,
      status: 'in-progress',
      completedOn: '2025-10-15',
    });
    expect(reopened.completedOn).toBeNull();
    const viaProgress = vault.directives.updateProgress({
      id: d.id,
      revision: reopened.revision,
      status: 'done',
      completedOn: '2025-11-02',
      note: null,
    });
    expect(viaProgress.completedOn).toBe('2025-11-02');
    const back = vault.directives.updateProgress({
      id: d.id,
      revision: viaProgress.revision,
      status: 'not-started',
      completedOn: '2025-11-02',
      note: null,
    });
    expect(back.completedOn).toBeNull();
    vault.close();
  });
});
