// @vitest-environment jsdom
// The briefs page in the app: "Tạo văn bản" from the meeting editor drafts and opens a brief;
// leaving a brief with unsaved changes asks first (stay keeps the draft, leave drops it and
// saves nothing); a clean brief stays open across pages; Ctrl+S saves; the list opens a brief.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/App';
import { useNavigationStore } from '../../../renderer/stores/navigationStore';
import { useBriefsStore } from '../../../renderer/stores/briefsStore';
import { loadSampleWindow, realApp } from './setup';
import { giveElementsASize } from './layout-shim';
import { ORG_PROFILE, type RealDesk } from '../../support/real-desk';

let desk: RealDesk;

beforeEach(async () => {
  giveElementsASize();
  desk = await realApp({ unlocked: true });
  await desk.ok('organisation.set', ORG_PROFILE);
  await loadSampleWindow();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function draftFromMeeting(user: ReturnType<typeof userEvent.setup>) {
  render(<App />);
  const rows = await screen.findAllByTestId('meeting-row');
  await user.click(rows.find((r) => r.textContent!.includes('26/8/2025'))!);
  await user.click(await screen.findByTestId('new-brief'));
  const dialog = screen.getByTestId('template-dialog');
  await user.click(within(dialog).getByText('Thông báo kết luận'));
  return screen.findByTestId('brief-workspace');
}

/** The revision each brief in the vault has reached. */
const revisionsInVault = async () => (await desk.ok('briefs.list', {})).map((b) => b.revision);

describe('briefs page', () => {
  it('“Tạo văn bản” in the meeting editor drafts a conclusion notice and opens it', async () => {
    const user = userEvent.setup();
    const workspace = await draftFromMeeting(user);
    expect(useNavigationStore.getState().view).toBe('briefs');
    expect(within(workspace).getByTestId('brief-title').textContent).toContain('Thông báo');
    expect(within(workspace).getByTestId('brief-number-line').textContent).toMatch(/\/TB-BNG$/);
    expect(within(workspace).getByTestId('a4-page').textContent).toContain(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    );
    expect(await revisionsInVault()).toEqual([1]);
  });

  it('asks before leaving a brief with unsaved changes; “stay” keeps them, “leave” drops them', async () => {
    const user = userEvent.setup();
    const workspace = await draftFromMeeting(user);
    const abstract = within(workspace).getByTestId('brief-abstract');
    await user.clear(abstract);
    await user.type(abstract, 'Kết luận về hội nhập quốc tế');
    expect(screen.getByTestId('brief-state').textContent).toBe('Có thay đổi chưa lưu');

    await user.click(screen.getByTestId('nav-meetings'));
    expect(screen.getByTestId('unsaved-guard').hasAttribute('open')).toBe(true);
    await user.click(screen.getByTestId('unsaved-guard-cancel'));
    expect(useNavigationStore.getState().view).toBe('briefs');
    expect((screen.getByTestId('brief-abstract') as HTMLTextAreaElement).value).toBe(
      'Kết luận về hội nhập quốc tế',
    );

    // Closing the brief asks too.
    await user.click(screen.getByTestId('brief-close'));
    expect(screen.getByTestId('unsaved-guard').hasAttribute('open')).toBe(true);
    await user.click(screen.getByTestId('unsaved-guard-cancel'));
    expect(useBriefsStore.getState().draft?.dirty).toBe(true);

    await user.click(screen.getByTestId('nav-meetings'));
    await user.click(screen.getByTestId('unsaved-guard-confirm'));
    expect(useNavigationStore.getState().view).toBe('meetings');
    expect(useBriefsStore.getState().draft).toBeNull();
    expect(await revisionsInVault()).toEqual([1]);
    const [only] = await desk.ok('briefs.list', {});
    const stored = (await desk.ok('briefs.get', { id: only!.id })).brief.header.abstract;
    expect(stored).not.toBe('Kết luận về hội nhập quốc tế');
  });

  it('Ctrl+S saves the brief; a saved brief stays open while the user looks at another page', async () => {
    const user = userEvent.setup();
    const workspace = await draftFromMeeting(user);
    await user.type(within(workspace).getByTestId('brief-abstract'), ' (lần 2)');
    fireEvent.keyDown(within(workspace).getByTestId('brief-abstract'), { key: 's', ctrlKey: true });
    expect(await screen.findByText('Đã lưu')).toBeTruthy();
    expect(await revisionsInVault()).toEqual([2]);

    await user.click(screen.getByTestId('nav-indicators'));
    expect(screen.queryByTestId('unsaved-guard')?.hasAttribute('open') ?? false).toBe(false);
    await user.click(screen.getByTestId('nav-briefs'));
    const again = await screen.findByTestId('brief-workspace');
    expect((within(again).getByTestId('brief-abstract') as HTMLTextAreaElement).value).toMatch(
      /\(lần 2\)$/,
    );
  });

  it('lists the briefs with their meeting and opens one with Enter', async () => {
    const user = userEvent.setup();
    await draftFromMeeting(user);
    await user.click(screen.getByTestId('brief-close'));
    const row = await screen.findByTestId('brief-row');
    expect(row.textContent).toContain('Thông báo');
    expect(row.textContent).toContain('26/8/2025');
    row.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('brief-workspace')).toBeTruthy();
  });

  it('the check tab lists what blocks an export, and a problem takes the user to its field', async () => {
    const user = userEvent.setup();
    const workspace = await draftFromMeeting(user);
    const issuer = within(workspace).getByLabelText(/Tên cơ quan ban hành/);
    await user.clear(issuer);
    await user.click(screen.getByTestId('brief-tab-check'));
    const problem = await screen.findByTestId('problem-empty-field');
    expect(problem.textContent).toContain('Phải sửa');
    expect(problem.textContent).toContain('Tên cơ quan ban hành chưa được nhập.');
    expect(issuer.getAttribute('aria-invalid')).toBe('true');
    await user.click(within(problem).getByRole('button'));
    expect(document.activeElement).toBe(issuer);
  });
  it('export: warnings first, elapsed seconds while the file is made, then “Đã xuất”; a draft’s blocking problems are warnings too', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:brief'), revokeObjectURL: vi.fn() });
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    const workspace = await draftFromMeeting(user);

    await user.click(within(workspace).getByTestId('export-docx'));
    const status = await screen.findByTestId('export-status');
    await within(status).findByText(/Văn bản chưa có số/);
    expect(status.textContent).toContain('Văn bản còn điểm cần lưu ý trước khi xuất DOCX');
    expect(desk.calls.some((c) => c.name === 'briefs.export')).toBe(false);

    // The host takes a moment: the vault's answer is held back while the bar counts seconds.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    let fileName = '';
    desk.override('briefs.export', async (input, real) => {
      const answer = await real(input);
      if (answer.ok) fileName = (answer.value as { fileName: string }).fileName;
      await held;
      return answer;
    });
    await user.click(within(status).getByTestId('export-anyway'));
    expect((await screen.findByTestId('export-status')).textContent).toContain('Đang xuất DOCX…');
    expect(screen.getByTestId('export-elapsed').textContent).toMatch(/^\d+,\d giây$/);
    expect(clicks).not.toHaveBeenCalled();
    await act(async () => release());
    // The file is drawn on the export thread (its first start loads the exporters): wait for it.
    const done = await screen.findByTestId('export-done', {}, { timeout: 30_000 });
    expect(fileName).toMatch(/\.docx$/);
    expect(done.textContent).toContain(`Đã xuất ${fileName}`);
    expect(clicks).toHaveBeenCalledTimes(1);

    await user.clear(within(workspace).getByLabelText(/Tên cơ quan ban hành/));
    await user.click(within(workspace).getByTestId('export-pdf'));
    const warned = await screen.findByTestId('export-status');
    await within(warned).findByText(/Tên cơ quan ban hành chưa được nhập/);
    expect(warned.textContent).toContain('Văn bản còn điểm cần lưu ý trước khi xuất PDF');
    expect(desk.calls.filter((c) => c.name === 'briefs.export')).toHaveLength(1);
    expect(clicks).toHaveBeenCalledTimes(1);
  });
});
