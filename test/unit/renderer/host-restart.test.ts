// @vitest-environment jsdom
// Issue 9, "after a host restart the open tab asks for the passphrase again and keeps what is
// on screen": a host that stops answering leaves the screen as it is and says so; autosave
// tries again; a host that comes back as a new run gets the unlock screen, and after the
// unlock the unsaved editor is back as it was. A real lock by the same host (another window,
// its own timer) does not keep records in memory: the work is in its draft, on offer.
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRestartCarry } from '../../../renderer/features/drafts/carry';
import { AUTOSAVE_RETRY_MS } from '../../../renderer/stores/draft-autosave';
import { useDraftsStore } from '../../../renderer/stores/draftsStore';
import { useHostLinkStore } from '../../../renderer/stores/hostLinkStore';
import { useMeetingsStore } from '../../../renderer/stores/meetingsStore';
import { RECONNECT_MS, startSession } from '../../../renderer/stores/session';
import { useVaultStore } from '../../../renderer/stores/vaultStore';
import type { RealDesk } from '../../support/real-desk';
import { realApp } from './setup';

const PASS = 'mùa thu Hà Nội có hoa sữa';
const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

describe('a restart of the host', () => {
  let desk: RealDesk;
  let stops: (() => void)[] = [];
  beforeEach(async () => {
    vi.useFakeTimers();
    desk = await realApp({ unlocked: true });
    useDraftsStore.setState({ offers: [], written: {}, idleNotice: false, error: null });
    useHostLinkStore.setState({ lost: false, restarted: false });
    stops = [startSession({ pollMs: 1e9, idleCheckMs: 1e9, hostEvents: false })];
    stops.push(startRestartCarry());
    await useVaultStore.getState().loadStatus();
  });
  afterEach(() => {
    for (const stop of stops) stop();
    vi.useRealTimers();
  });

  const typeMeeting = (title: string, summary: string) => {
    useMeetingsStore.getState().startNewMeeting();
    useMeetingsStore.getState().editMeeting({ title, summary });
  };

  it('keeps the unsaved editor through an outage and a new run, and puts it back after unlock', async () => {
    typeMeeting('Họp giao ban', 'Đã ghi nháp.');
    await advance(1500);
    expect(await desk.read('drafts.get', { editor: 'meeting', key: 'new' })).not.toBeNull();

    desk.setUnreachable(true);
    useMeetingsStore.getState().editMeeting({ summary: 'Đã ghi nháp. Gõ khi máy chủ dừng.' });
    await advance(1500);
    expect(useHostLinkStore.getState().lost).toBe(true);
    // The screen stays: the vault is still shown as unlocked and the editor holds the words.
    expect(useVaultStore.getState().status?.state).toBe('unlocked');
    expect(useMeetingsStore.getState().editor?.draft.summary).toContain('Gõ khi máy chủ dừng');

    desk.restartHost();
    desk.setUnreachable(false);
    await advance(RECONNECT_MS + AUTOSAVE_RETRY_MS);
    expect(useHostLinkStore.getState()).toMatchObject({ lost: false, restarted: true });
    expect(useVaultStore.getState().status?.state).toBe('locked');
    // Locked: no record in the stores, whatever is carried.
    expect(useMeetingsStore.getState().editor).toBeNull();

    await act(async () => {
      await useVaultStore.getState().unlockVault(desk.vaultFile, { passphrase: PASS });
    });
    await advance(100);
    expect(useMeetingsStore.getState().editor?.draft).toMatchObject({
      title: 'Họp giao ban',
      summary: 'Đã ghi nháp. Gõ khi máy chủ dừng.',
    });
    expect(useMeetingsStore.getState().editor?.dirty).toBe(true);
    // Written again as a draft at once, so a second crash cannot lose it either.
    const draft = await desk.read('drafts.get', { editor: 'meeting', key: 'new' });
    expect(JSON.parse(draft!.body).summary).toBe('Đã ghi nháp. Gõ khi máy chủ dừng.');
    expect(useHostLinkStore.getState().restarted).toBe(false);
    expect(useDraftsStore.getState().offers).toEqual([]);
  });

  it('a lock by the same host lets the work go: it comes back only as the draft on offer', async () => {
    typeMeeting('Họp chiều', 'Nội dung chưa lưu.');
    await advance(1500);
    desk.lockFromHost();
    await act(async () => {
      await useMeetingsStore.getState().loadMeetings();
    });
    await advance(10);
    expect(useVaultStore.getState().status?.state).toBe('locked');
    expect(useHostLinkStore.getState().restarted).toBe(false);

    await act(async () => {
      await useVaultStore.getState().unlockVault(desk.vaultFile, { passphrase: PASS });
    });
    await advance(100);
    expect(useMeetingsStore.getState().editor).toBeNull();
    expect(useDraftsStore.getState().offers.map((o) => `${o.editor}:${o.key}`)).toEqual([
      'meeting:new',
    ]);
  });
});
