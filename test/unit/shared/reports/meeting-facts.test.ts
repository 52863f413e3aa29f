// The merge plan of a report's meeting facts: what the review screen shows field by field and
// what the import handler applies — empty fields filled, differing ones the user's pick,
// attendees and connection points added once whatever their accents or normal form.
import { describe, expect, it } from 'vitest';
import {
  applyMeetingMerge,
  meetingFromFacts,
  meetingMergePlan,
  type MeetingFacts,
} from '../../../../shared/reports/meeting-facts';
import {
  proposedIndicators,
  duplicateNewIndicator,
} from '../../../../shared/reports/new-indicators';

const person = (name: string, title = '') => ({ name, title, organisation: '', committeeRole: '' });

const facts: MeetingFacts = {
  date: '2025-08-26',
  chair: { name: 'Phạm Minh Chính', title: 'Thủ tướng' },
  place: 'trụ sở Chính phủ',
  connectionText: '34 tỉnh, thành phố',
  attendees: [
    { name: 'Hồ Đức Phớc', title: 'Phó Thủ tướng' },
    { name: 'Nguyễn Văn Thắng', title: 'Bộ trưởng Bộ Tài chính' },
  ],
};

const meeting = {
  date: '2025-08-26',
  chair: person(''),
  location: '',
  attendees: [person('HO DUC PHOC')],
  connectionPoints: [{ site: '34 tinh, thanh pho', hostOfficial: '', attendees: [] }],
  mode: 'in-person' as const,
  sources: [],
};

describe('meeting merge plan', () => {
  it('fills the empty fields, keeps the same ones, adds only the new attendees', () => {
    const plan = meetingMergePlan(facts, meeting);
    expect(plan.fields).toEqual([
      { field: 'date', action: 'same', mine: '2025-08-26' },
      { field: 'chair', action: 'fill', theirs: 'Thủ tướng Phạm Minh Chính' },
      { field: 'location', action: 'fill', theirs: 'trụ sở Chính phủ' },
    ]);
    expect(plan.attendees).toEqual({
      added: [{ name: 'Nguyễn Văn Thắng', title: 'Bộ trưởng Bộ Tài chính' }],
      already: 1,
    });
    expect(plan.connectionPoints).toEqual({ added: [], already: 1 });
  });

  it('shows a differing field as mine and theirs; only "theirs" changes it', () => {
    const mine = { ...meeting, date: '2025-08-27', location: 'Hội trường A' };
    const plan = meetingMergePlan(facts, mine);
    expect(plan.fields.filter((f) => f.action === 'differs')).toEqual([
      { field: 'date', action: 'differs', mine: '2025-08-27', theirs: '2025-08-26' },
      { field: 'location', action: 'differs', mine: 'Hội trường A', theirs: 'trụ sở Chính phủ' },
    ]);
    const kept = applyMeetingMerge(mine, facts, {});
    expect([kept.date, kept.location, kept.chair.name]).toEqual([
      '2025-08-27',
      'Hội trường A',
      'Phạm Minh Chính',
    ]);
    const taken = applyMeetingMerge(mine, facts, { date: 'theirs', location: 'theirs' });
    expect([taken.date, taken.location]).toEqual(['2025-08-26', 'trụ sở Chính phủ']);
  });

  it('treats NFD and NFC spellings of a name as one person', () => {
    const nfd = { ...meeting, chair: person('Phạm Minh Chính'.normalize('NFD'), 'Thủ tướng') };
    expect(meetingMergePlan(facts, nfd).fields[1]?.action).toBe('same');
    const merged = applyMeetingMerge(nfd, facts, {});
    expect(merged.attendees.map((a) => a.name)).toEqual(['HO DUC PHOC', 'Nguyễn Văn Thắng']);
  });

  it('merging twice adds nothing the second time', () => {
    const once = applyMeetingMerge(meeting, facts, {}, { title: 'Thông cáo' });
    const twice = applyMeetingMerge(once, facts, {}, { title: 'Thông cáo' });
    expect(twice).toEqual(once);
  });

  it('makes a new meeting from the facts, the chair not repeated among attendees', () => {
    const m = meetingFromFacts(
      { ...facts, attendees: [...facts.attendees, { name: 'Phạm Minh Chính', title: '' }] },
      { id: 'x', title: 'Phiên họp', date: '2025-08-26', summary: '', sourceTitle: 'Thông cáo' },
    );
    expect(m.attendees.map((a) => a.name)).toEqual(['Hồ Đức Phớc', 'Nguyễn Văn Thắng']);
    expect(m.mode).toBe('hybrid');
    expect(m.sources).toEqual([{ outlet: '', title: 'Thông cáo', date: null, url: '' }]);
  });
});

describe('proposed indicators', () => {
  it('gives figures of one unmatched subject one proposal; a second unit is a second series', () => {
    const p = proposedIndicators([
      { subject: 'Khách quốc tế đến', unit: '%', matched: false },
      { subject: 'GDP', unit: '%', matched: true },
      { subject: 'khach quoc te den', unit: '%', matched: false },
      { subject: 'Khách quốc tế đến', unit: 'triệu lượt', matched: false },
    ]);
    expect(p.map((x) => [x.name, x.unit, x.figures])).toEqual([
      ['Khách quốc tế đến (%)', '%', [0, 2]],
      ['Khách quốc tế đến (triệu lượt)', 'triệu lượt', [3]],
    ]);
    expect(
      duplicateNewIndicator([
        { name: 'A', unit: '%' },
        { name: 'a', unit: '%' },
      ]),
    ).toBe('a');
  });
});
