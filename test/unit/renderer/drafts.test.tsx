// @vitest-environment jsdom
// Issue 9 in the renderer: autosave of an editor's draft after a pause, written at once before
// a lock, never written back after a save; the idle lock only when every window is idle, with
// the notice after unlock; restore puts the text back; a long paste is refused with its reason
// and the field left as it was; a block pasted from Excel becomes rows.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useMeetingsStore } from '../../../renderer/stores/meetingsStore';
import { useVaultStore } from '../../../renderer/stores/vaultStore';
import { useDraftsStore } from '../../../renderer/stores/draftsStore';
import { lockNow, startSession } from '../../../renderer/stores/session';
import { restoreDraft } from '../../../renderer/features/drafts/restore';
import { BriefsPage } from '../../../renderer/features/briefs/BriefsPage';
import { useOrganisationStore } from '../../../renderer/stores/organisationStore';
import { useNavigationStore } from '../../../renderer/stores/navigationStore';
import { LimitedText } from '../../../renderer/ui/LimitedText';
import { PeopleTable } from '../../../renderer/features/meetings/components/PeopleTable';
import type { Person } from '../../../shared/domain';
import { PASS, type RealDesk } from '../../support/real-desk';
import { realApp } from './setup';
import { pasteText } from './paste';

const flush = () =>
  act(async () => {
    await vi.runOnlyPendingTimersAsync();
  });

/** The user unlocks again; the drafts the window then offers to restore, as editor:key. */
async function unlockAgain(desk: RealDesk): Promise<string[]> {
  await act(async () => {
    await useVaultStore.getState().unlockVault(desk.vaultFile, { passphrase: PASS });
  });
  await flush();
  return useDraftsStore.getState().offers.map((o) => `${o.editor}:${o.key}`);
}

/**
 * Both suites run the window as after an unlock, with fake timers (the autosave's pause, the
 * idle lock) and the session's watch started over an empty drafts store. The running test's
 * desk is `app.desk`.
 */
function runningSession(): { desk: RealDesk } {
  const app = {} as { desk: RealDesk };
  let stop: () => void = () => {};
  beforeEach(async () => {
    vi.useFakeTimers();
    app.desk = await realApp({ unlocked: true });
    useDraftsStore.setState({ offers: [], written: {}, idleNotice: false, error: null });
    stop = startSession({ pollMs: 1e9, idleCheckMs: 60_000 });
    await useVaultStore.getState().loadStatus();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });
  return app;
}

describe('draft autosave', () => {
  const app = runningSession();

  it('writes the draft a moment after the last keystroke, once, and only the last state', async () => {
    useMeetingsStore.getState().startNewMeeting();
    for (const title of ['H', 'Họ', 'Họp giao ban'])
      useMeetingsStore.getState().editMeeting({ title });
    expect(await app.desk.read('drafts.list', {})).toEqual([]);
    await flush();
    expect(app.desk.calls.filter((c) => c.name === 'drafts.save')).toHaveLength(1);
    const draft = await app.desk.read('drafts.get', { editor: 'meeting', key: 'new' });
    expect(JSON.parse(draft!.body).title).toBe('Họp giao ban');
  });

  it('the lock button writes pending drafts first, and unlock offers them back with their text', async () => {
    useMeetingsStore.getState().startNewMeeting();
    useMeetingsStore
      .getState()
      .editMeeting({ title: 'Chưa lưu', summary: 'Nội dung dài chưa lưu' });
    await act(() => lockNow());
    expect(useVaultStore.getState().status?.state).toBe('locked');
    expect(await app.desk.read('drafts.get', { editor: 'meeting', key: 'new' })).not.toBeNull();
    expect(useMeetingsStore.getState().editor).toBeNull();

    expect(await unlockAgain(app.desk)).toEqual(['meeting:new']);
    expect(await restoreDraft('meeting', 'new')).toBe(true);
    expect(useMeetingsStore.getState().editor?.draft).toMatchObject({
      title: 'Chưa lưu',
      summary: 'Nội dung dài chưa lưu',
    });
    expect(useMeetingsStore.getState().editor?.dirty).toBe(true);
    expect(useDraftsStore.getState().offers).toEqual([]);
  });

  it('a save cancels the pending write, so the saved record does not come back as a draft', async () => {
    useMeetingsStore.getState().startNewMeeting();
    useMeetingsStore.getState().editMeeting({ title: 'Họp đã lưu' });
    await act(async () => {
      await useMeetingsStore.getState().saveMeeting();
    });
    await flush();
    expect(app.desk.calls.filter((c) => c.name === 'drafts.save')).toHaveLength(0);
  });

  it('an idle window locks only when the host says every window is idle, and says so after unlock', async () => {
    useMeetingsStore.getState().startNewMeeting();
    useMeetingsStore.getState().editMeeting({ title: 'Gõ dở' });
    // Another tab is in use: its calls keep the host's idle time at zero (its clock stands).
    await act(async () => {
      await vi.advanceTimersByTimeAsync(11 * 60_000);
    });
    expect(useVaultStore.getState().status?.state).toBe('unlocked');

    // Nobody anywhere: the host has heard no call for 11 minutes. Its clock is moved without
    // running its own idle timer, so the window's check is the one that locks here.
    app.desk.clock.time += 11 * 60_000;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(60_000);
    });
    expect(useVaultStore.getState().status?.state).toBe('locked');
    expect(await app.desk.read('drafts.get', { editor: 'meeting', key: 'new' })).not.toBeNull();
    expect(useDraftsStore.getState().idleNotice).toBe(true);
  });
});

describe('the organisation dialog keeps its draft too', () => {
  const app = runningSession();

  it('typed signer survives a lock and comes back in the open dialog, unsaved', async () => {
    render(<BriefsPage />);
    await act(async () => {
      await useOrganisationStore.getState().openEditor();
    });
    const name = screen.getByTestId('org-signer-name');
    fireEvent.change(name, { target: { value: 'Nguyễn Văn Ký' } });
    await flush();
    const draft = await app.desk.read('drafts.get', { editor: 'organisation', key: 'profile' });
    expect(JSON.parse(draft!.body).signer.name).toBe('Nguyễn Văn Ký');

    await act(() => lockNow());
    expect(useOrganisationStore.getState().editor).toBeNull();
    expect((await app.desk.read('organisation.get', {})).signer.name).not.toBe('Nguyễn Văn Ký');
    expect(await unlockAgain(app.desk)).toEqual(['organisation:profile']);
    await act(async () => {
      expect(await restoreDraft('organisation', 'profile')).toBe(true);
    });
    expect((screen.getByTestId('org-signer-name') as HTMLInputElement).value).toBe('Nguyễn Văn Ký');
    expect(useOrganisationStore.getState().editor?.dirty).toBe(true);
  });

  it('closing the dialog with unsaved changes asks first; keeping them leaves it open', async () => {
    render(<BriefsPage />);
    await act(async () => {
      await useOrganisationStore.getState().openEditor();
    });
    fireEvent.change(screen.getByTestId('org-place'), { target: { value: 'Huế' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(useNavigationStore.getState().pendingLeave).not.toBeNull();
    act(() => useNavigationStore.getState().cancelLeave());
    expect(useOrganisationStore.getState().editor?.draft.place).toBe('Huế');
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    await act(async () => {
      useNavigationStore.getState().confirmLeave();
      await vi.runOnlyPendingTimersAsync();
    });
    expect(useOrganisationStore.getState().editor).toBeNull();
    expect(
      await app.desk.read('drafts.get', { editor: 'organisation', key: 'profile' }),
    ).toBeNull();
  });
});

describe('LimitedText', () => {
  beforeEach(async () => {
    await realApp();
  });

  it('refuses a paste past the limit with the reason and leaves the field as it was', () => {
    const onChange = vi.fn();
    render(<LimitedText value="abc" onChange={onChange} max={10} multiline data-testid="f" />);
    const field = screen.getByTestId('f') as HTMLTextAreaElement;
    field.setSelectionRange(3, 3);
    const paste = pasteText(field, 'x'.repeat(8));
    expect(paste.defaultPrevented).toBe(true);
    expect(field.value).toBe('abc');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByTestId('f-refused').textContent).toMatch(/8 ký tự.*tối đa 10.*còn trống 7/);
  });

  it('lets a paste that fits through, and shows the counter near the limit', () => {
    render(<LimitedText value={'a'.repeat(9)} onChange={() => {}} max={10} data-testid="g" />);
    const field = screen.getByTestId('g');
    const paste = pasteText(field, 'b');
    expect(paste.defaultPrevented).toBe(false);
    expect(screen.getByTestId('g-counter').textContent).toBe('9/10 ký tự');
  });
});

describe('Excel paste into a people table', () => {
  beforeEach(async () => {
    await realApp();
  });

  it('turns tab-separated rows into people from the cell pasted into', () => {
    const onChange = vi.fn<(p: Person[]) => void>();
    render(
      <PeopleTable
        caption="Thành phần"
        people={[{ name: 'A', title: '', organisation: '', committeeRole: '' }]}
        onChange={onChange}
      />,
    );
    const firstCell = screen.getAllByRole('textbox')[0]!;
    const paste = pasteText(
      firstCell,
      'Nguyễn Văn A\tThứ trưởng\tBộ Ngoại giao\r\nTrần Thị B\tVụ trưởng\tVụ THKT\r\n',
    );
    expect(paste.defaultPrevented).toBe(true);
    expect(onChange).toHaveBeenCalledWith([
      {
        name: 'Nguyễn Văn A',
        title: 'Thứ trưởng',
        organisation: 'Bộ Ngoại giao',
        committeeRole: '',
      },
      { name: 'Trần Thị B', title: 'Vụ trưởng', organisation: 'Vụ THKT', committeeRole: '' },
    ]);
  });
});
