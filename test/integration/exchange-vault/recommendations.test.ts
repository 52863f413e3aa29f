// A package carrying delegates' recommendations (issue 10 §5), between two real vaults: the
// report of the 2025 review travels with its meeting's records, and the recipient keeps each
// recommendation a recommendation — listed, but out of its statistics and home lists. A
// directive from a release before kinds (no field in the package) arrives as a task, and
// hashes as it did then, so the sync bases recorded before the upgrade still hold.
import { describe, expect, it } from 'vitest';
import { contentHash, parseItem } from '../../../electron/services/vault/exchange/merge';
import { MEETING_IDS } from '../../../shared/sample';
import { ministry, acquaintedPair } from './helpers';

const MEETING = MEETING_IDS.review2025;
const TODAY = '2026-03-01';

describe('recommendations in packages', () => {
  it('round-trip with their kind, and stay out of the recipient’s counts', async () => {
    const { a, b, bAtA } = await acquaintedPair('Văn phòng Chính phủ', 'Bộ Công Thương');
    const atA = a.vault.directives.list({ meetingId: MEETING, today: TODAY });
    const recsAtA = atA.filter((d) => d.kind === 'recommendation');
    expect(recsAtA).toHaveLength(4);

    const brief = await a.desk.ok('briefs.create', { template: 'report', meetingId: MEETING });
    const sealed = a.vault.exchange.seal({ to: [bAtA], briefIds: [brief.id], note: '' });
    b.vault.exchange.import(sealed.bytes, {});

    const atB = b.vault.directives.list({ meetingId: MEETING, today: TODAY });
    expect(atB.map((d) => [d.id, d.kind])).toEqual(atA.map((d) => [d.id, d.kind]));
    for (const d of recsAtA)
      expect(b.vault.directives.get(d.id)).toMatchObject({ kind: 'recommendation', task: d.task });
    const tasksAtB = atB.length - recsAtA.length;
    expect(b.vault.followUp.statsDirectives(MEETING)).toHaveLength(tasksAtB);
    const home = b.vault.followUp.home(TODAY, TODAY, 100, b.org);
    const listed = [...home.overdue.items, ...home.dueSoon.items].map((d) => d.id);
    const missing = home.missingRo.items.map((d) => d.id);
    for (const d of recsAtA) {
      expect(listed).not.toContain(d.id);
      expect(missing).not.toContain(d.id);
    }
    // The report, as sent, lists them under "Kiến nghị, đề xuất", not among the tasks.
    const body = JSON.stringify(b.vault.briefs.get(brief.id).brief.body);
    for (const d of recsAtA) expect(body).toContain(d.task.slice(0, 30));

    // Sent again unchanged: nothing differs, so nothing to update or to ask about.
    const again = a.vault.exchange.seal({ to: [bAtA], briefIds: [brief.id], note: '' });
    const preview = b.vault.exchange.preview(again.bytes);
    expect(preview.items.filter((i) => i.kind === 'directive')).toHaveLength(atA.length);
    expect(
      preview.items
        .filter((i) => i.kind === 'directive')
        .every((i) => i.action === 'skip-identical'),
    ).toBe(true);
  });

  it('a directive without a kind, from an older release, arrives as a task and hashes as before', async () => {
    const a = await ministry('Văn phòng Chính phủ', true);
    const [task] = a.vault.directives.list({ kind: 'directive', meetingId: MEETING, today: TODAY });
    const { kind: _kind, ...old } = task!;
    const parsed = parseItem('directive', Buffer.from(JSON.stringify(old), 'utf8'));
    expect(parsed).toMatchObject({ id: task!.id, kind: 'directive' });
    expect(contentHash('directive', parsed)).toBe(contentHash('directive', old));
    const [rec] = a.vault.directives.list({ kind: 'recommendation', today: TODAY });
    const { kind: _k, ...recWithoutKind } = rec!;
    expect(contentHash('directive', rec)).not.toBe(contentHash('directive', recWithoutKind));
  });
});
