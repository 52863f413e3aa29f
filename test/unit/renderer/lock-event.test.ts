// @vitest-environment jsdom
// Issue 11: the window is told of a lock by the host (Electron's `desk:locked`, the browser
// host's server-sent event) and drops every record at once — no call, no poll needed.
import { afterEach, describe, expect, it } from 'vitest';
import { useVaultStore, selectScreen } from '../../../renderer/stores/vaultStore';
import { useMeetingsStore } from '../../../renderer/stores/meetingsStore';
import { startSession } from '../../../renderer/stores/session';
import { realApp } from './setup';

describe('the host’s lock event', () => {
  let stop: () => void = () => {};
  afterEach(() => {
    stop();
    delete window.deskEvents;
  });

  it('clears the stores and shows the unlock screen the moment it arrives', async () => {
    const desk = await realApp({ unlocked: true });
    let announce: () => void = () => {};
    window.deskEvents = {
      onLocked: (listener) => {
        announce = listener;
        return () => {};
      },
      onCommand: () => () => {},
    };
    // No status poll and no idle check in this test: only the event can tell.
    stop = startSession({ pollMs: 1e9, idleCheckMs: 1e9 });
    await useVaultStore.getState().loadStatus();
    await useVaultStore.getState().createSampleData();
    await useMeetingsStore.getState().loadMeetings();
    expect(useMeetingsStore.getState().summaries.length).toBe(2);

    desk.lockFromHost();
    const callsBefore = desk.calls.length;
    announce();
    expect(useMeetingsStore.getState().summaries).toEqual([]);
    expect(selectScreen(useVaultStore.getState(), false)).toBe('unlock');
    // Nothing had to be asked of the host for the records to go.
    expect(
      desk.calls
        .slice(callsBefore)
        .every((c) => c.name === 'vault.status' || c.name === 'settings.get'),
    ).toBe(true);
  });
});
