// The meeting side of importing a report (issue 12 §4), run inside the import's transaction: a
// new meeting from the report's facts, or the facts merged into a meeting the vault holds — a
// new revision of it, so the merge shows in "Lịch sử" and can be restored. The merge rule is
// shared/reports/meeting-facts.ts, applied here to the stored meeting, not to what a client sent.
import { meetingInput, type Meeting, type MeetingInput } from '../../../shared/domain';
import { applyMeetingMerge, meetingFromFacts } from '../../../shared/reports/meeting-facts';
import { AppFailure } from '../../../shared/result';
import type { ReportMeeting } from '../../../shared/sources-calls';
import type { OpenVault } from '../vault';

/** Writes the meeting and returns its id. */
export function writeReportMeeting(v: OpenVault, m: ReportMeeting, sourceTitle: string): string {
  if (m.mode === 'new') {
    const saved = v.meetings.save(
      valid(
        meetingFromFacts(m.facts, {
          id: m.id,
          title: m.title,
          date: m.date,
          summary: m.summary ?? '',
          sourceTitle,
        }),
      ),
    );
    return saved.id;
  }
  const current = storedMeeting(v, m.id);
  if (current.revision !== m.revision)
    throw AppFailure.of(
      'conflict',
      'Cuộc họp đã được sửa từ khi anh/chị mở báo cáo; hãy chọn lại cuộc họp để xem lại phần gộp.',
      'The meeting was changed since the report was opened; choose it again to review the merge.',
    );
  const merged = applyMeetingMerge(current, m.facts, m.picks, { title: sourceTitle });
  // Facts the meeting already holds change nothing: no revision for a merge that adds nothing.
  if (JSON.stringify(merged) !== JSON.stringify(current)) v.meetings.save(valid(merged));
  return current.id;
}

function storedMeeting(v: OpenVault, id: string): Meeting {
  if (v.trash.list().some((t) => t.id === id))
    throw AppFailure.of(
      'not-found',
      'Không gộp được: cuộc họp này đang ở thùng rác. Khôi phục nó trước, hoặc tạo cuộc họp mới.',
      'Cannot merge: this meeting is in the trash. Restore it first, or create a new meeting.',
    );
  try {
    return v.meetings.get(id);
  } catch {
    throw AppFailure.of(
      'not-found',
      'Không gộp được: cuộc họp này không có trong kho.',
      'Cannot merge: this meeting is not in the vault.',
    );
  }
}

/** What the facts make must still be a valid meeting (a list past its limit, a title too long). */
function valid(m: MeetingInput): MeetingInput {
  const r = meetingInput.safeParse(m);
  if (r.success) return r.data;
  const where = r.error.issues[0]?.path.join('.') ?? '';
  throw AppFailure.of(
    'invalid-input',
    `Thông tin cuộc họp từ báo cáo không hợp lệ (${where}).`,
    `The meeting facts of the report are not valid (${where}).`,
  );
}
