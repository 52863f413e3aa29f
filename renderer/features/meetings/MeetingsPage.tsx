// Meetings: the list on the left, the open meeting on the right.
import { useEffect } from 'react';
import type { ConclusionItem, Meeting, Person } from '../../../shared/domain';
import { useMeetingsStore } from '../../stores/meetingsStore';
import { useDirectivesStore } from '../../stores/directivesStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { editorView } from '../../stores/editor';
import { MeetingList } from './components/MeetingList';
import { MeetingEditor } from './components/MeetingEditor';
import { RecordHistory } from '../history/RecordHistory';
import { NewBriefButton } from '../briefs/NewBriefButton';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SampleDataOffer } from '../sample';
import { useT } from '../../i18n';

/** "Phó Thủ tướng Bùi Thanh Sơn, Trưởng Ban Chỉ đạo": who gave the instruction. */
export function authorityOf(chair: Person): string {
  const who = [chair.title, chair.name].filter((s) => s.trim()).join(' ');
  return [who, chair.committeeRole].filter((s) => s.trim()).join(', ');
}

export function MeetingsPage() {
  const t = useT();
  const s = useMeetingsStore();
  const guard = useNavigationStore((n) => n.guard);
  const navigate = useNavigationStore((n) => n.navigate);
  const { loaded, loadMeetings } = s;

  useEffect(() => {
    if (!loaded) void loadMeetings();
  }, [loaded, loadMeetings]);

  function createDirective(meeting: Meeting, item: ConclusionItem) {
    navigate('directives');
    useDirectivesStore.getState().startNewDirective({
      task: item.text,
      meetingId: meeting.id,
      conclusionId: item.id,
      authority: authorityOf(meeting.chair),
    });
  }

  const editor = s.editor;
  return (
    <div className="master-detail">
      <MeetingList
        items={s.summaries}
        selectedId={editor?.original?.id ?? null}
        filter={s.filter}
        years={s.knownYears}
        loading={s.loading}
        onFilter={(patch) => void s.setFilter(patch)}
        onOpen={(id) => guard(() => void s.openMeeting(id))}
        onNew={() => guard(s.startNewMeeting)}
        empty={<SampleDataOffer />}
      />
      <div className="detail">
        <ErrorMessage error={s.error} />
        {editor ? (
          <MeetingEditor
            key={editor.original?.id ?? 'new'}
            {...editorView(editor)}
            onEdit={s.editMeeting}
            onSave={() => void s.saveMeeting()}
            onDelete={() => void s.deleteMeeting()}
            onClose={() => guard(s.closeMeeting)}
            onReload={() => void s.reloadMeeting()}
            onCreateDirective={(item) => editor.original && createDirective(editor.original, item)}
            extraActions={
              editor.original && (
                <NewBriefButton
                  meetingId={editor.original.id}
                  disabled={editor.dirty}
                  onCreated={() => useNavigationStore.getState().navigate('briefs')}
                />
              )
            }
          />
        ) : null}
        {editor?.original && (
          <RecordHistory
            key={`history-${editor.original.id}`}
            recordId={editor.original.id}
            revision={editor.original.revision}
            dirty={editor.dirty}
            onRestored={() => {
              void s.reloadMeeting();
              void s.loadMeetings();
            }}
          />
        )}
        {!editor && (
          <div className="placeholder">
            <p>{s.summaries.length > 0 ? t('meetings.pick') : t('meetings.none')}</p>
          </div>
        )}
      </div>
    </div>
  );
}
