// The lifecycle in the brief's bar (issue 10): the status badge (with the number once issued),
// "Trình ký" / "Trả về dự thảo", "Ban hành" (a dialog: the date, the problems that still block,
// the vault's answer) and, for an issued document, "Tạo văn bản sửa đổi".
import { useState } from 'react';
import { numberLine, yearOf, type BriefStatus, type ExportProblem } from '../../../shared/brief';
import { formatShortDate, parseShortDate, todayIso } from '../../../shared/format/date';
import { pick, useLanguage, useT, type MessageKey } from '../../i18n';
import type { BriefDraft } from '../../stores/briefsStore';
import { useLifecycleStore } from '../../stores/lifecycleStore';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { ProblemList } from './SidePanels';
import { FormDialog } from '../../ui/FormDialog';
import { Button } from '../../ui/Button';
import { TextInput } from '../../ui/TextInput';

export function StatusBadge({ status, number }: { status: BriefStatus; number?: string | null }) {
  const t = useT();
  return (
    <span className={`status-badge status-badge--${status}`} data-testid="brief-status">
      {t(`lifecycle.status.${status}`)}
      {status === 'issued' && number ? ` · ${number}` : ''}
    </span>
  );
}

function IssueDialog({
  problems,
  onFocus,
  onClose,
}: {
  problems: readonly ExportProblem[];
  onFocus(field: string): void;
  onClose(): void;
}) {
  const t = useT();
  const lang = useLanguage();
  const l = useLifecycleStore();
  const [typed, setTyped] = useState(formatShortDate(todayIso()));
  const parsed = parseShortDate(typed);
  // The live check says what the vault will refuse; the vault checks again when issuing.
  const blocking = problems.filter((p) => p.severity === 'blocking');
  return (
    <FormDialog
      title={t('lifecycle.issueTitle')}
      onClose={onClose}
      testId="issue-dialog"
      formClassName="stack"
      onSubmit={() => {
        if (parsed.ok) void l.issue(parsed.value).then((ok) => ok && onClose());
      }}
      submit={t('lifecycle.issueConfirm')}
      disabled={!parsed.ok || blocking.length > 0 || l.busy}
      submitTestId="issue-confirm"
    >
      <p className="muted">
        {t('lifecycle.issueHint', { year: parsed.ok ? yearOf(parsed.value) : '…' })}
      </p>
      <Field label={t('lifecycle.issueDate')} error={parsed.ok ? null : pick(parsed.message, lang)}>
        {(c) => <TextInput {...c} value={typed} onChange={setTyped} testId="issue-date" />}
      </Field>
      {blocking.length > 0 && (
        <div data-testid="issue-blocked">
          <p>{t('lifecycle.issueBlocked')}</p>
          <ProblemList
            problems={blocking}
            onFocus={(field) => {
              onClose();
              onFocus(field);
            }}
          />
        </div>
      )}
      <ErrorMessage error={l.error} testId="issue-error" />
    </FormDialog>
  );
}

/** The one step back or forth a draft or a brief awaiting signature may take before issue. */
const STEP: Record<
  Exclude<BriefStatus, 'issued'>,
  { to: 'draft' | 'for-signature'; label: MessageKey; testId: string }
> = {
  draft: { to: 'for-signature', label: 'lifecycle.toSignature', testId: 'brief-to-signature' },
  'for-signature': { to: 'draft', label: 'lifecycle.backToDraft', testId: 'brief-back-to-draft' },
};

export function LifecycleActions({
  draft,
  disabled,
  problems,
  onFocus,
}: {
  draft: BriefDraft;
  disabled: boolean;
  problems: readonly ExportProblem[];
  onFocus(field: string): void;
}) {
  const t = useT();
  const l = useLifecycleStore();
  const status = draft.stored.status;
  const off = disabled || l.busy;
  const step = status === 'issued' ? undefined : STEP[status];
  return (
    <>
      {step && (
        <Button small disabled={off} onClick={() => void l.setStatus(step.to)} testId={step.testId}>
          {t(step.label)}
        </Button>
      )}
      {status !== 'issued' && (
        <Button
          look="primary"
          small
          disabled={off}
          onClick={() => l.setIssueOpen(true)}
          testId="brief-issue"
        >
          {t('lifecycle.issue')}
        </Button>
      )}
      {status === 'issued' && (
        <Button small disabled={off} onClick={() => void l.correct()} testId="brief-correct">
          {t('lifecycle.correct')}
        </Button>
      )}
      {l.issueOpen && (
        <IssueDialog problems={problems} onFocus={onFocus} onClose={() => l.setIssueOpen(false)} />
      )}
    </>
  );
}

/** What the list and the bar print for the number: `Số: 01/TB-VPCP`, or blank before issue. */
export const printedNumber = (draft: BriefDraft): string | null =>
  numberLine(draft.stored.brief.header.numberSymbol, draft.stored.brief.header.form);
