// Meetings: the list on the left, the open meeting on the right.
//
// Every key typed in the editor replaces the store's draft, so this page renders again on each
// key: the list and the editor's callbacks are kept the same objects between keys (stable
// store actions, useCallback, a memoised list) so that a key re-renders the edited field, not
// the list beside it (bench:typing).
import { useCallback, useEffect } from 'react';
import type { MeetingFilter } from '../../../shared/contract';
import type { ConclusionItem, Person } from '../../../shared/domain';
import { useMeetingsStore } from '../../stores/meetingsStore';
import { useDirectivesStore } from '../../stores/directivesStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { editorView } from '../../stores/editor';
import { MeetingList } from './components/MeetingList';
import { MeetingEditor } from './components/MeetingEditor';
import { SavedHistory } from '../history/RecordHistory';
import { NewBriefButton } from '../briefs/NewBriefButton';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SampleDataOffer } from '../sample';
import { useT } from '../../i18n';

/** "Phó Thủ tướng Bùi Thanh Sơn, Trưởng Ban Chỉ đạo": who gave the instruction. */
export function authorityOf(chair: Person): string {
  const who = [chair.title, chair.name].filter((s) => s.trim()).join(' ');
  return [who, chair.committeeRole].filter((s) => s.trim()).join(', ');
}

/** One element for every render, so the memoised list sees the same `empty` prop. */
const SAMPLE_OFFER = <SampleDataOffer />;

export function MeetingsPage() {
  const t = useT();
  const s = useMeetingsStore();
  const guard = useNavigationStore((n) => n.guard);
  const navigate = useNavigationStore((n) => n.navigate);
  // Store actions are created once with the store: the same functions on every render.
  const { loaded, loadMeetings, setFilter, openMeeting, startNewMeeting } = s;

  useEffect(() => {
    if (!loaded) void loadMeetings();
  }, [loaded, loadMeetings]);

  const editor = s.editor;
  const original = editor?.original ?? null;
  const onFilter = useCallback(
    (patch: Partial<MeetingFilter>) => void setFilter(patch),
    [setFilter],
  );
  const onOpen = useCallback(
    (id: string) => guard(() => void openMeeting(id)),
    [guard, openMeeting],
  );
  const onNew = useCallback(() => guard(startNewMeeting), [guard, startNewMeeting]);
  const onCreateDirective = useCallback(
    (item: ConclusionItem) => {
      if (!original) return;
      navigate('directives');
      useDirectivesStore.getState().startNewDirective({
        task: item.text,
        meetingId: original.id,
        conclusionId: item.id,
        authority: authorityOf(original.chair),
      });
    },
    [original, navigate],
  );

  return (
    <div className="master-detail">
      <MeetingList
        items={s.summaries}
        selectedId={original?.id ?? null}
        filter={s.filter}
        years={s.knownYears}
        loading={s.loading}
        onFilter={onFilter}
        onOpen={onOpen}
        onNew={onNew}
        empty={SAMPLE_OFFER}
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
            onCreateDirective={onCreateDirective}
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
        {editor && (
          <SavedHistory
            editor={editor}
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
