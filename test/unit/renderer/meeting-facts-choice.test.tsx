// @vitest-environment jsdom
// The meeting facts of a read report, and what the user does with them: leave them, make a new
// meeting (its title, date and summary typed into their own boxes), or merge them into a vault
// meeting, offered only when the vault has one and starting from the one held that day.
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MeetingSummary } from '../../../shared/domain';
import type { MeetingProposal } from '../../../shared/extract';
import { I18nProvider } from '../../../renderer/i18n';
import { MeetingFacts } from '../../../renderer/features/reports/MeetingFacts';
import type { MeetingChoice } from '../../../renderer/features/reports/meeting-choice';

afterEach(cleanup);

const proposal: MeetingProposal = {
  date: '2025-08-26',
  title: 'Phiên họp Chính phủ thường kỳ tháng 8',
  attendees: [],
  quote: 'Ngày 26/8/2025, Chính phủ họp phiên thường kỳ tháng 8.',
  start: 0,
  end: 10,
  rule: 'meeting-date',
};

/** The report's side of the card: its meeting facts, no merge target yet, and its title. */
const facts = { meeting: proposal, target: null, sourceTitle: 'Thông báo kết luận' };

const sameDay = { id: 'm-26', date: '2025-08-26', title: 'Họp 26/8' } as MeetingSummary;

function Held({ meetings }: { meetings: MeetingSummary[] }) {
  const [choice, setChoice] = useState<MeetingChoice>({ mode: 'none' });
  return (
    <I18nProvider language="vi">
      <MeetingFacts {...facts} meetings={meetings} choice={choice} onChoose={setChoice} />
      <output data-testid="held">{JSON.stringify(choice)}</output>
    </I18nProvider>
  );
}

const held = () => JSON.parse(screen.getByTestId('held').textContent!) as Record<string, unknown>;

describe('the use of a report’s meeting facts', () => {
  it('a new meeting starts from the report and takes what is typed into each box', async () => {
    const user = userEvent.setup();
    render(<Held meetings={[]} />);
    expect((screen.getByTestId('meeting-none') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('meeting-merge') as HTMLInputElement).disabled).toBe(true);
    await user.click(screen.getByTestId('meeting-new'));
    expect(held()).toMatchObject({
      mode: 'new',
      title: 'Phiên họp Chính phủ thường kỳ tháng 8',
      date: '26/8/2025',
      summary: '',
    });
    await user.type(screen.getByTestId('meeting-new-summary'), 'Đánh giá tình hình tháng 8');
    await user.clear(screen.getByTestId('meeting-new-date'));
    await user.type(screen.getByTestId('meeting-new-date'), '27/8/2025');
    expect(held()).toMatchObject({ date: '27/8/2025', summary: 'Đánh giá tình hình tháng 8' });
    expect(screen.getByTestId('meeting-new-summary').tagName).toBe('TEXTAREA');
    expect(screen.getByTestId('meeting-new-date').getAttribute('placeholder')).toBe('dd/mm/yyyy');
  });

  it('a merge starts from the vault meeting held that day; none leaves the facts alone', async () => {
    const user = userEvent.setup();
    render(<Held meetings={[sameDay]} />);
    await user.click(screen.getByTestId('meeting-merge'));
    expect(held()).toEqual({ mode: 'merge', id: 'm-26', picks: {} });
    await user.click(screen.getByTestId('meeting-none'));
    expect(held()).toEqual({ mode: 'none' });
  });
});
