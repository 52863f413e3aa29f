// What the review does with the report's meeting facts (issue 12 §4): nothing, a new meeting
// (title, date and summary the user can edit), or a merge into a vault meeting with a pick per
// differing field. Pure: turns the choice into the `meeting` of the import request; the
// handler applies the same shared merge rule to the meeting it holds.
import type { MeetingProposal } from '../../../shared/extract';
import { parseShortDate } from '../../../shared/format/date';
import {
  factsOfProposal,
  type MergeChoice,
  type MergeField,
  type MergePicks,
} from '../../../shared/reports/meeting-facts';
import type { Bilingual } from '../../../shared/result';
import type { ReportMeeting } from '../../../shared/sources-calls';

export type MeetingChoice =
  | { mode: 'none' }
  | { mode: 'new'; id: string; title: string; date: string; summary: string }
  | { mode: 'merge'; id: string; picks: MergePicks };

export const pickField = (
  choice: MeetingChoice,
  field: MergeField,
  pick: MergeChoice,
): MeetingChoice =>
  choice.mode === 'merge' ? { ...choice, picks: { ...choice.picks, [field]: pick } } : choice;

/** The `meeting` of the import and the meeting the report's directives attach to. */
export function meetingOfImport(
  choice: MeetingChoice,
  facts: MeetingProposal | null,
  attachTo: string | null,
  /** The revision of the merge target the user saw the plan of. */
  targetRevision: number | null,
):
  | { ok: true; meetingId: string | null; meeting?: ReportMeeting }
  | { ok: false; message: Bilingual } {
  if (choice.mode === 'none' || !facts) return { ok: true, meetingId: attachTo };
  if (choice.mode === 'new') {
    if (!choice.title.trim())
      return {
        ok: false,
        message: { vi: 'Cuộc họp mới cần tiêu đề.', en: 'The new meeting needs a title.' },
      };
    const date = parseShortDate(choice.date);
    if (!date.ok) return { ok: false, message: date.message };
    return {
      ok: true,
      meetingId: choice.id,
      meeting: {
        mode: 'new',
        id: choice.id,
        title: choice.title,
        date: date.value,
        summary: choice.summary,
        facts: factsOfProposal(facts),
      },
    };
  }
  if (!choice.id || targetRevision === null)
    return {
      ok: false,
      message: { vi: 'Chọn cuộc họp để gộp vào.', en: 'Choose the meeting to merge into.' },
    };
  return {
    ok: true,
    meetingId: choice.id,
    meeting: {
      mode: 'merge',
      id: choice.id,
      revision: targetRevision,
      facts: factsOfProposal(facts),
      picks: choice.picks,
    },
  };
}
