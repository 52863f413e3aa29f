// @vitest-environment jsdom
// The lifecycle on screen (issue 10): a drafted conclusion notice goes for signature and is
// issued from the bar; it then shows its number, cannot be saved or deleted, and offers a
// correcting document; the outgoing register lists it; "Văn bản mới" drafts a document of a
// chosen type without a meeting; what blocks an issue is listed in the dialog and the
// issue is refused before the call.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../renderer/App';
import { useLifecycleStore } from '../../../renderer/stores/lifecycleStore';
import { loadSampleWindow, realApp } from './setup';
import { giveElementsASize } from './layout-shim';
import { ORG_PROFILE, type RealDesk } from '../../support/real-desk';

let desk: RealDesk;

beforeEach(async () => {
  giveElementsASize();
  desk = await realApp({ unlocked: true });
  await desk.ok('organisation.set', ORG_PROFILE);
  useLifecycleStore.setState({
    register: [],
    registerLoaded: false,
    error: null,
    issueOpen: false,
    registerYear: 2025,
  });
  await loadSampleWindow();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function draft(user: ReturnType<typeof userEvent.setup>, template: string) {
  render(<App />);
  const rows = await screen.findAllByTestId('meeting-row');
  await user.click(rows.find((r) => r.textContent!.includes('26/8/2025'))!);
  await user.click(await screen.findByTestId('new-brief'));
  await user.click(within(screen.getByTestId('template-dialog')).getByText(template));
  return screen.findByTestId('brief-workspace');
}

describe('document lifecycle on screen', () => {
  it('Trình ký, then Ban hành: the number shows, the brief is read-only, the register lists it', async () => {
    const user = userEvent.setup();
    const workspace = await draft(user, 'Thông báo kết luận');
    expect(within(workspace).getByTestId('brief-status').textContent).toBe('Dự thảo');
    await user.click(within(workspace).getByTestId('brief-to-signature'));
    expect((await within(workspace).findByTestId('brief-status')).textContent).toBe('Trình ký');
    // "Trả về dự thảo" takes it back, and "Trình ký" is offered again.
    expect(within(workspace).queryByTestId('brief-to-signature')).toBeNull();
    await user.click(within(workspace).getByTestId('brief-back-to-draft'));
    expect((await within(workspace).findByTestId('brief-status')).textContent).toBe('Dự thảo');
    expect(within(workspace).queryByTestId('brief-back-to-draft')).toBeNull();
    await user.click(within(workspace).getByTestId('brief-to-signature'));
    expect((await within(workspace).findByTestId('brief-status')).textContent).toBe('Trình ký');

    await user.click(within(workspace).getByTestId('brief-issue'));
    const dialog = await screen.findByTestId('issue-dialog');
    expect(within(dialog).queryByTestId('issue-blocked')).toBeNull();
    await user.clear(within(dialog).getByTestId('issue-date'));
    await user.type(within(dialog).getByTestId('issue-date'), '16/9/2025');
    await user.click(within(dialog).getByTestId('issue-confirm'));

    const issued = await screen.findByTestId('issued-banner');
    expect(issued.textContent).toContain('chỉ để xem');
    const ws = screen.getByTestId('brief-workspace');
    expect(within(ws).getByTestId('brief-status').textContent).toMatch(
      /^Đã ban hành · Số: 01\/TB-/,
    );
    expect((within(ws).getByTestId('brief-save') as HTMLButtonElement).disabled).toBe(true);
    expect((within(ws).getByTestId('brief-delete') as HTMLButtonElement).disabled).toBe(true);
    expect(within(ws).queryByTestId('brief-issue')).toBeNull();
    expect(desk.calls.filter((c) => c.name === 'briefs.issue').map((c) => c.input)).toEqual([
      expect.objectContaining({ date: '2025-09-16' }),
    ]);

    await user.click(within(ws).getByTestId('brief-close'));
    const list = await screen.findByTestId('briefs-table');
    expect(within(list).getByTestId('brief-status').textContent).toBe('Đã ban hành');
    await user.click(screen.getByTestId('register-open'));
    const rows = await screen.findAllByTestId('register-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('16/9/2025');
    expect(rows[0]!.textContent).toMatch(/01\/TB-/);
  });

  it('an issue blocked by a placeholder and a missing secretary lists them and cannot be confirmed', async () => {
    const user = userEvent.setup();
    const workspace = await draft(user, 'Biên bản');
    await user.click(within(workspace).getByTestId('brief-issue'));
    const dialog = await screen.findByTestId('issue-dialog');
    const blocked = within(dialog).getByTestId('issue-blocked');
    expect(blocked.textContent).toContain('thư ký');
    expect(within(blocked).getAllByTestId('problem-placeholder').length).toBeGreaterThan(0);
    expect((within(dialog).getByTestId('issue-confirm') as HTMLButtonElement).disabled).toBe(true);
    expect(desk.calls.some((c) => c.name === 'briefs.issue')).toBe(false);
  });

  it('“Văn bản mới” drafts a công văn without a meeting', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByTestId('nav-briefs'));
    await user.click(await screen.findByTestId('briefs-new-document'));
    const dialog = await screen.findByTestId('new-document-dialog');
    await user.selectOptions(within(dialog).getByTestId('new-document-type'), 'official-letter');
    await user.click(within(dialog).getByTestId('new-document-create'));
    const ws = await screen.findByTestId('brief-workspace');
    expect(within(ws).getByTestId('brief-status').textContent).toBe('Dự thảo');
    expect(desk.calls.filter((c) => c.name === 'briefs.createBlank').map((c) => c.input)).toEqual([
      { template: 'official-letter', signer: 0 },
    ]);
    expect((await desk.ok('briefs.list', {})).map((b) => b.meetingId)).toEqual([null]);
  });
});
