// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { toMeetingDraft, useMeetingsStore } from '../../../renderer/stores/meetingsStore';
import { useVaultStore } from '../../../renderer/stores/vaultStore';
import type { RealDesk } from '../../support/real-desk';
import { realApp } from './setup';

describe('meetings store', () => {
  let desk: RealDesk;
  beforeEach(async () => {
    desk = await realApp({ unlocked: true });
    await useVaultStore.getState().loadStatus();
    await useVaultStore.getState().createSampleData();
    await useMeetingsStore.getState().loadMeetings();
  });

  it('lists newest first, filters by year and kind, and keeps every year offered while filtered', async () => {
    const s = useMeetingsStore.getState();
    expect(s.summaries.map((m) => m.date)).toEqual(
      [...s.summaries.map((m) => m.date)].sort().reverse(),
    );
    const years = s.knownYears;
    await useMeetingsStore.getState().setFilter({ kind: 'review-conference' });
    expect(useMeetingsStore.getState().summaries.every((m) => m.kind === 'review-conference')).toBe(
      true,
    );
    expect(useMeetingsStore.getState().knownYears).toEqual(expect.arrayContaining(years));
    await useMeetingsStore.getState().setFilter({ kind: undefined, sort: 'date-asc' });
    expect(desk.calls.at(-1)).toEqual({ name: 'meetings.list', input: { sort: 'date-asc' } });
  });

  it('an opened meeting saves with only the fields the contract accepts, and "saved" follows the answer', async () => {
    const id = useMeetingsStore.getState().summaries[0]!.id;
    await useMeetingsStore.getState().openMeeting(id);
    const opened = useMeetingsStore.getState().editor!.original!.revision;
    useMeetingsStore.getState().editMeeting({ location: 'Nhà Quốc hội, số 1 Độc Lập' });
    expect(useMeetingsStore.getState().editor).toMatchObject({ dirty: true, saved: false });

    expect(await useMeetingsStore.getState().saveMeeting()).toBe(true);
    const e = useMeetingsStore.getState().editor!;
    expect(e).toMatchObject({ dirty: false, saved: true, error: null });
    expect(e.original!.revision).toBe(opened + 1);
    expect((await desk.ok('meetings.get', { id })).location).toBe('Nhà Quốc hội, số 1 Độc Lập');

    useMeetingsStore.getState().editMeeting({ purpose: 'Sửa tiếp' });
    expect(useMeetingsStore.getState().editor!.saved).toBe(false);
  });

  it('a rejected save keeps the draft, shows no "saved", and maps issues to fields', async () => {
    useMeetingsStore.getState().startNewMeeting();
    useMeetingsStore.getState().editMeeting({ title: '   ', date: '' });
    expect(await useMeetingsStore.getState().saveMeeting()).toBe(false);
    const e = useMeetingsStore.getState().editor!;
    expect(e.saved).toBe(false);
    expect(e.dirty).toBe(true);
    expect(e.error?.code).toBe('invalid-input');
    expect(Object.keys(e.fieldErrors)).toEqual(expect.arrayContaining(['title', 'date']));
  });

  it('a meeting changed elsewhere answers with a conflict, and reloading shows the stored version', async () => {
    const id = useMeetingsStore.getState().summaries[0]!.id;
    await useMeetingsStore.getState().openMeeting(id);
    // Another window saves the same meeting first.
    const stored = await desk.ok('meetings.get', { id });
    await desk.ok('meetings.save', { ...toMeetingDraft(stored), location: 'Nơi khác' });
    useMeetingsStore.getState().editMeeting({ location: 'Của tôi' });
    expect(await useMeetingsStore.getState().saveMeeting()).toBe(false);
    expect(useMeetingsStore.getState().editor!.error?.code).toBe('conflict');

    await useMeetingsStore.getState().reloadMeeting();
    expect(useMeetingsStore.getState().editor).toMatchObject({
      dirty: false,
      draft: { location: 'Nơi khác' },
    });
  });

  it('refuses to send a legal reference whose number-symbol is not a document number', async () => {
    const id = useMeetingsStore.getState().summaries[0]!.id;
    await useMeetingsStore.getState().openMeeting(id);
    const saves = () => desk.calls.filter((c) => c.name === 'meetings.save').length;
    const before = saves();
    useMeetingsStore.getState().editMeeting((m) => ({
      ...m,
      legalReferences: [
        ...m.legalReferences,
        { numberSymbol: 'abc', type: '', issuer: '', date: null, title: '' },
      ],
    }));
    expect(await useMeetingsStore.getState().saveMeeting()).toBe(false);
    const e = useMeetingsStore.getState().editor!;
    const n = e.draft.legalReferences.length - 1;
    expect(e.fieldErrors[`legalReferences.${n}.numberSymbol`]).toMatch(/không phải số, ký hiệu/);
    expect(saves()).toBe(before);

    useMeetingsStore.getState().editMeeting((m) => ({
      ...m,
      legalReferences: m.legalReferences.map((r, i) =>
        i === n ? { ...r, numberSymbol: '1812/QĐ-TTg' } : r,
      ),
    }));
    expect(await useMeetingsStore.getState().saveMeeting()).toBe(true);
  });
});
