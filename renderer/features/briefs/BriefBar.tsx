// The bar of the open brief: its kind and abstract, lifecycle status, save state, delete (not
// for an issued document, which is frozen), close, the two exports, the lifecycle actions and
// save; under it the last failure (with "save over" or "reload" after a conflict) and the
// export's progress.
import {
  TEMPLATE_LABELS,
  type ExportProblem,
  type MeetingTemplateName,
} from '../../../shared/brief';
import { pick, useLanguage, useT } from '../../i18n';
import { useBriefsStore, type BriefDraft } from '../../stores/briefsStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { DeleteButton, SaveState } from '../../ui/EditorBar';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExportStatus } from './ExportStatus';
import { focusField } from './focusField';
import { LifecycleActions, printedNumber, StatusBadge } from './LifecycleActions';
import { Button } from '../../ui/Button';

export function BriefBar({
  draft,
  viewing,
  problems,
}: {
  draft: BriefDraft;
  viewing: boolean;
  problems: readonly ExportProblem[];
}) {
  const t = useT();
  const lang = useLanguage();
  const s = useBriefsStore();
  const guard = useNavigationStore((n) => n.guard);
  const template =
    draft.stored.template === 'blank'
      ? ''
      : pick(TEMPLATE_LABELS[draft.stored.template as MeetingTemplateName], lang);
  const kind = draft.header.typeName.trim() || template;
  const busy = s.exporting.phase === 'checking' || s.exporting.phase === 'exporting';
  const conflict = s.error?.code === 'conflict';
  // An issued document is frozen: no save, no delete; it exports and can be corrected.
  const issued = draft.stored.status === 'issued';
  return (
    <div className="editor-bar" data-sticky-top>
      <div className="editor-bar__row">
        <h2 className="editor-bar__title" data-testid="brief-title">
          <span className="editor-bar__kind">{kind}</span>
          {draft.header.abstract.trim() || t('briefs.untitled')}
        </h2>
        <StatusBadge status={draft.stored.status} number={issued ? printedNumber(draft) : null} />
        <SaveState saving={s.saving} saved={s.saved} dirty={draft.dirty} testId="brief-state" />
        <div className="editor-bar__actions">
          <DeleteButton
            onDelete={() => void s.deleteBrief()}
            question={t('briefs.deleteConfirm')}
            disabled={viewing || issued}
            testId="brief-delete"
          />
          <Button small onClick={() => guard(() => s.closeBrief())} testId="brief-close">
            {t('common.close')}
          </Button>
          {(['docx', 'pdf'] as const).map((format) => (
            <Button
              small
              key={format}
              onClick={() => void s.exportBrief(format)}
              disabled={viewing || busy}
              testId={`export-${format}`}
              title={t('briefs.exportHint')}
            >
              {t(format === 'docx' ? 'briefs.exportDocx' : 'briefs.exportPdf')}
            </Button>
          ))}
          <LifecycleActions
            draft={draft}
            disabled={viewing || busy}
            problems={problems}
            onFocus={focusField}
          />
          <Button
            look="primary"
            small
            onClick={() => void s.saveBrief()}
            disabled={s.saving || viewing || issued}
            testId="brief-save"
            title="Ctrl+S"
          >
            {t('briefs.save')}
          </Button>
        </div>
      </div>
      {s.error && (
        <ErrorMessage
          error={s.error}
          testId="brief-error"
          onDismiss={conflict ? undefined : () => useBriefsStore.setState({ error: null })}
        />
      )}
      {conflict && (
        <div className="export-status__actions" data-testid="brief-conflict">
          <Button
            look="primary"
            small
            onClick={() => void s.saveOverConflict()}
            testId="brief-save-over"
          >
            {t('briefs.saveOver')}
          </Button>
          <Button small onClick={() => void s.reloadBrief()} testId="brief-reload">
            {t('briefs.reloadDropDraft')}
          </Button>
        </div>
      )}
      <ExportStatus onFocus={focusField} />
    </div>
  );
}
