// Deletes go to a trash (issue 9 §4), in a real encrypted vault with the sample data: deleting
// says what links to the record, moves it with its links, and restore brings it back linked
// again; a brief citing a deleted figure says it was deleted; emptying is explicit and final.
import { describe, expect, it } from 'vitest';
import { preExportCheck } from '../../../shared/brief';
import {
  DIRECTIVE_IDS_20250826 as D,
  INDICATOR_IDS,
  MEETING_IDS,
  OBSERVATION_IDS,
} from '../../../shared/sample';
import type { OpenVault } from '../../../electron/services/vault';
import { deskWithSample } from '../briefs/helpers';

const MEETING = MEETING_IDS.committee20250826;
const GDP = INDICATOR_IDS.gdpGrowth;
const GDP_H1 = OBSERVATION_IDS.gdpGrowthH1;

async function sampleVault() {
  const { desk } = await deskWithSample();
  const report = await desk.ok('briefs.create', { template: 'report', meetingId: MEETING });
  return { desk, vault: desk.session.require() as OpenVault, briefId: report.id };
}

describe('the trash', () => {
  it('a meeting: says which directives and briefs link to it, unlinks them, and links them again on restore', async () => {
    const { desk, vault, briefId } = await sampleVault();
    const directiveIds = vault.directives
      .list({ meetingId: MEETING, today: '2025-09-01' })
      .map((d) => d.id);
    expect(directiveIds).toContain(D.workPlan);
    const conclusionOf = new Map(
      directiveIds.map((id) => [id, vault.directives.get(id).conclusionId]),
    );
    const before = vault.meetings.get(MEETING);

    const links = await desk.ok('trash.links', { id: MEETING });
    expect(links.kind).toBe('meeting');
    expect(
      links.links
        .filter((l) => l.kind === 'directive')
        .map((l) => l.id)
        .sort(),
    ).toEqual([...directiveIds].sort());
    expect(links.links.filter((l) => l.kind === 'brief')).toEqual([
      expect.objectContaining({ id: briefId, effect: 'unlinked' }),
    ]);

    await desk.ok('meetings.delete', { id: MEETING, revision: before.revision });
    expect((await desk.failure('meetings.get', { id: MEETING })).code).toBe('not-found');
    expect(vault.directives.get(D.workPlan).meetingId).toBeNull(); // the task outlives the meeting
    expect(vault.briefs.get(briefId).meetingId).toBeNull();
    expect(vault.search('Ban Chỉ đạo', 50).meetings.map((h) => h.id)).not.toContain(MEETING);
    const trash = await desk.ok('trash.list', {});
    expect(trash).toEqual([
      expect.objectContaining({
        id: MEETING,
        kind: 'meeting',
        title: before.title,
        deletedBy: expect.any(String),
      }),
    ]);
    expect(trash[0]!.links).toHaveLength(directiveIds.length + 1);

    const restored = await desk.ok('trash.restore', { id: MEETING });
    expect(restored.id).toBe(MEETING);
    expect(vault.meetings.get(MEETING)).toEqual(before);
    for (const id of directiveIds) {
      const d = vault.directives.get(id);
      expect(d.meetingId).toBe(MEETING);
      expect(d.conclusionId).toBe(conclusionOf.get(id));
    }
    expect(vault.briefs.get(briefId).meetingId).toBe(MEETING);
    expect(vault.briefs.list(MEETING).map((b) => b.id)).toContain(briefId);
    expect(vault.search('Ban Chỉ đạo', 50).meetings.map((h) => h.id)).toContain(MEETING);
    expect(await desk.ok('trash.list', {})).toEqual([]);
  });

  it('an indicator: moves its observations with it; a brief citing it says the figure was deleted; restore brings all back', async () => {
    const { desk, vault, briefId } = await sampleVault();
    const ind = vault.indicators.list().find((i) => i.id === GDP)!;
    const links = await desk.ok('trash.links', { id: GDP });
    expect(links.links).toContainEqual(
      expect.objectContaining({ kind: 'observation', id: GDP_H1, effect: 'moved' }),
    );
    expect(links.links).toContainEqual(
      expect.objectContaining({ kind: 'brief', id: briefId, effect: 'figure-deleted' }),
    );
    expect(vault.briefs.get(briefId).staleFigures).toEqual([]);

    await desk.ok('indicators.delete', { id: GDP, revision: ind.revision });
    expect(vault.indicators.list().map((i) => i.id)).not.toContain(GDP);
    const brief = vault.briefs.get(briefId);
    expect(brief.staleFigures).toContain(GDP_H1);
    expect(brief.deletedFigures).toEqual([GDP_H1]);
    const problems = preExportCheck(brief.brief, { figureState: vault.briefs.figureStates() });
    const figure = problems.find((p) => p.code === 'missing-figure')!;
    expect(figure.message.vi).toContain('đã bị xóa');
    expect(figure.message.vi).not.toContain('đã thay đổi');

    await desk.ok('trash.restore', { id: GDP });
    expect(vault.indicators.list().find((i) => i.id === GDP)).toEqual(ind);
    expect(vault.briefs.get(briefId).staleFigures).toEqual([]);
    expect(vault.briefs.get(briefId).deletedFigures).toEqual([]);
  });

  it('an observation cannot come back without its indicator; it can once the indicator is back', async () => {
    const { desk, vault } = await sampleVault();
    const obs = vault.indicators
      .list()
      .find((i) => i.id === GDP)!
      .observations.find((o) => o.id === GDP_H1)!;
    await desk.ok('observations.delete', { id: GDP_H1, revision: obs.revision });
    const ind = vault.indicators.list().find((i) => i.id === GDP)!;
    await desk.ok('trash.delete', { id: GDP });
    const refused = await desk.failure('trash.restore', { id: GDP_H1 });
    expect(refused.code).toBe('conflict');
    expect(refused.message.vi).toContain('khôi phục');
    await desk.ok('trash.restore', { id: GDP });
    await desk.ok('trash.restore', { id: GDP_H1 });
    expect(vault.indicators.list().find((i) => i.id === GDP)!.observations).toContainEqual(obs);
    expect(ind.observations.map((o) => o.id)).not.toContain(GDP_H1);
  });

  it('a brief goes with its revisions and comes back with them', async () => {
    const { desk, vault, briefId } = await sampleVault();
    const b = vault.briefs.get(briefId);
    vault.briefs.save(briefId, b.revision, {
      ...b.brief,
      header: { ...b.brief.header, abstract: 'Sửa lần hai' },
    });
    const revisions = vault.briefs.revisions(briefId);
    await desk.ok('briefs.delete', { id: briefId, revision: 2 });
    expect(vault.briefs.list().map((x) => x.id)).not.toContain(briefId);
    // Its history can still be read while it is in the trash, but not restored from.
    const h = await desk.ok('history.list', { id: briefId });
    expect(h).toMatchObject({ kind: 'brief', inTrash: true, current: null });
    expect((await desk.failure('history.restore', { id: briefId, revision: 1 })).code).toBe(
      'conflict',
    );
    await desk.ok('trash.restore', { id: briefId });
    expect(vault.briefs.revisions(briefId)).toEqual(revisions);
    expect(vault.briefs.get(briefId).brief.header.abstract).toBe('Sửa lần hai');
  });

  it('a stale delete is refused; emptying the trash forgets the record and its history for good', async () => {
    const { desk, vault } = await sampleVault();
    const d = vault.directives.get(D.apec2027);
    vault.directives.save({ ...d, task: `${d.task} (sửa)` });
    expect(
      (await desk.failure('directives.delete', { id: D.apec2027, revision: d.revision })).code,
    ).toBe('conflict');
    await desk.ok('trash.delete', { id: D.apec2027 });
    expect((await desk.ok('history.list', { id: D.apec2027 })).revisions.length).toBeGreaterThan(1);
    expect(await desk.ok('trash.empty', {})).toEqual({ removed: 1 });
    expect((await desk.failure('history.list', { id: D.apec2027 })).code).toBe('not-found');
    expect((await desk.failure('trash.restore', { id: D.apec2027 })).code).toBe('not-found');
    expect(await desk.ok('trash.list', {})).toEqual([]);
  });
});
