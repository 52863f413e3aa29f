// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/App';
import { useMeetingsStore } from '../../../renderer/stores/meetingsStore';
import { useNavigationStore } from '../../../renderer/stores/navigationStore';
import { startSession } from '../../../renderer/stores/session';
import { loadSampleWindow, realApp } from './setup';
import { giveElementsASize } from './layout-shim';
import type { RealDesk } from '../../support/real-desk';

let desk: RealDesk;
let stop: () => void = () => {};

beforeEach(async () => {
  giveElementsASize();
  desk = await realApp({ unlocked: true });
  await loadSampleWindow();
});
afterEach(() => {
  stop();
  cleanup();
});

async function openFirstMeeting(user: ReturnType<typeof userEvent.setup>) {
  render(<App />);
  const rows = await screen.findAllByTestId('meeting-row');
  await user.click(rows[0]!);
  return screen.findByTestId('meeting-editor');
}

describe('unsaved-changes guard', () => {
  it('asks before leaving a dirty editor; "stay" keeps the draft, "discard" leaves', async () => {
    const user = userEvent.setup();
    const editor = await openFirstMeeting(user);
    const location = within(editor).getByLabelText('Địa điểm');
    await user.clear(location);
    await user.type(location, 'Hội trường Bộ Ngoại giao');

    await user.click(screen.getByTestId('nav-directives'));
    const dialog = screen.getByTestId('unsaved-guard');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.textContent).toContain('thay đổi chưa lưu');

    await user.click(screen.getByTestId('unsaved-guard-cancel'));
    expect(useNavigationStore.getState().view).toBe('meetings');
    expect((screen.getByLabelText('Địa điểm') as HTMLInputElement).value).toBe(
      'Hội trường Bộ Ngoại giao',
    );

    await user.click(screen.getByTestId('nav-directives'));
    await user.click(screen.getByTestId('unsaved-guard-confirm'));
    expect(useNavigationStore.getState().view).toBe('directives');
    expect(useMeetingsStore.getState().editor).toBeNull();
    // Nothing of the discarded edit reached the vault.
    const stored = await desk.ok('meetings.list', {});
    for (const m of stored)
      expect((await desk.ok('meetings.get', { id: m.id })).location).not.toBe(
        'Hội trường Bộ Ngoại giao',
      );
  });

  it('does not ask when nothing changed, or once the change is saved', async () => {
    const user = userEvent.setup();
    const editor = await openFirstMeeting(user);
    await user.click(screen.getByTestId('nav-indicators'));
    expect(screen.queryByTestId('unsaved-guard')?.hasAttribute('open') ?? false).toBe(false);
    expect(useNavigationStore.getState().view).toBe('indicators');

    await user.click(screen.getByTestId('nav-meetings'));
    await user.click((await screen.findAllByTestId('meeting-row'))[0]!);
    const field = within(await screen.findByTestId('meeting-editor')).getByLabelText('Địa điểm');
    await user.type(field, ' (phòng họp số 1)');
    expect(editor).toBeTruthy();
    await user.click(screen.getByTestId('meeting-save'));
    expect((await screen.findByTestId('meeting-state')).textContent).toBe('Đã lưu');
    await user.click(screen.getByTestId('nav-directives'));
    expect(useNavigationStore.getState().view).toBe('directives');
  });

  it('closing or reloading the window with a dirty editor asks the browser to confirm', async () => {
    stop = startSession({ pollMs: 1e9, idleCheckMs: 1e9 });
    const user = userEvent.setup();
    await openFirstMeeting(user);
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);

    await user.type(screen.getByLabelText('Địa điểm'), 'x');
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });
});
