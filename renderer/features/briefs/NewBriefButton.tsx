// "Tạo văn bản": choose a template (and, from the briefs page, the meeting), and the brief is
// drafted from the meeting's record, its directives and the indicators, then opened. A brief
// with unsaved changes is not replaced without asking (the navigation guard).
import { useEffect, useState } from 'react';
import { TEMPLATE_LABELS, TEMPLATE_NAMES, type MeetingTemplateName } from '../../../shared/brief';
import { pick, useLanguage, useT } from '../../i18n';
import { useBriefsStore } from '../../stores/briefsStore';
import { useMeetingsStore } from '../../stores/meetingsStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { MeetingOptions } from '../meetings/components/MeetingOptions';
import { Button } from '../../ui/Button';
import { LabelledSelect } from '../../ui/LabelledSelect';

interface PickerProps {
  open: boolean;
  /** The meeting the brief is drafted from; without it the dialog asks which one. */
  meetingId?: string;
  onClose(): void;
  onCreated(): void;
}

export function TemplatePicker({ open, meetingId, onClose, onCreated }: PickerProps) {
  const t = useT();
  const lang = useLanguage();
  const meetings = useMeetingsStore((s) => s.summaries);
  const meetingsLoaded = useMeetingsStore((s) => s.loaded);
  const error = useBriefsStore((s) => s.error);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open && !meetingId && !meetingsLoaded) void useMeetingsStore.getState().loadMeetings();
  }, [open, meetingId, meetingsLoaded]);
  const target = meetingId ?? (chosen || meetings[0]?.id || '');

  const create = (template: MeetingTemplateName) => {
    if (!target) return;
    // The new brief replaces the open one: unsaved changes there are not dropped unasked.
    useNavigationStore.getState().guard(() => {
      setBusy(true);
      void useBriefsStore
        .getState()
        .createFromMeeting(template, target)
        .then((made) => {
          setBusy(false);
          if (made) {
            onClose();
            onCreated();
          }
        });
    });
  };

  return (
    <Dialog
      open={open}
      title={t('briefs.chooseTemplate')}
      onClose={onClose}
      className="dialog--wide"
      testId="template-dialog"
    >
      {!meetingId && (
        <LabelledSelect
          label={t('briefs.fromMeeting')}
          value={target}
          onChange={setChosen}
          testId="template-meeting"
        >
          <MeetingOptions meetings={meetings} />
        </LabelledSelect>
      )}
      {open && error && <ErrorMessage error={error} />}
      {!meetingId && meetingsLoaded && meetings.length === 0 ? (
        <p>{t('briefs.noMeetings')}</p>
      ) : (
        <ul className="template-list">
          {TEMPLATE_NAMES.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="button template-button"
                disabled={busy || !target}
                onClick={() => create(name)}
                data-testid={`template-${name}`}
              >
                {pick(TEMPLATE_LABELS[name], lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions form-actions--end">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
      </div>
    </Dialog>
  );
}

/** The meeting editor's button: only for a saved meeting without unsaved changes. */
export function NewBriefButton({
  meetingId,
  disabled,
  onCreated,
}: {
  meetingId: string;
  disabled?: boolean;
  onCreated(): void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        look="accent-quiet"
        small
        onClick={() => {
          useBriefsStore.setState({ error: null });
          setOpen(true);
        }}
        disabled={disabled}
        testId="new-brief"
        title={disabled ? t('briefs.saveMeetingFirst') : t('briefs.newFromMeetingHint')}
      >
        {t('briefs.newFromMeeting')}
      </Button>
      <TemplatePicker
        open={open}
        meetingId={meetingId}
        onClose={() => setOpen(false)}
        onCreated={onCreated}
      />
    </>
  );
}
