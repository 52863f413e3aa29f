// "Văn bản mới" (issue 10 item 6): a document of one of the seven types not drafted from a
// meeting, with the signer chosen among the organisation's signer profiles.
import { useState } from 'react';
import {
  signerText,
  TEMPLATE_LABELS,
  TEMPLATE_NAMES,
  type MeetingTemplateName,
} from '../../../shared/brief';
import { pick, useLanguage, useT } from '../../i18n';
import { useBriefsStore } from '../../stores/briefsStore';
import { useLifecycleStore } from '../../stores/lifecycleStore';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { OptionSelect } from '../../ui/OptionSelect';

export function NewDocumentDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const lang = useLanguage();
  const l = useLifecycleStore();
  const org = useBriefsStore((s) => s.organisation);
  const signers = org ? [org.signer, ...(org.otherSigners ?? [])] : [];
  const [template, setTemplate] = useState<MeetingTemplateName>('official-letter');
  const [signer, setSigner] = useState(0);
  return (
    <FormDialog
      title={t('lifecycle.newDocumentTitle')}
      onClose={onClose}
      testId="new-document-dialog"
      formClassName="stack"
      onSubmit={() => void l.createBlank(template, signer).then((ok) => ok && onClose())}
      submit={t('lifecycle.create')}
      disabled={l.busy}
      submitTestId="new-document-create"
    >
      <p className="muted">{t('lifecycle.newDocumentHint')}</p>
      <Field label={t('lifecycle.type')}>
        {(c) => (
          <OptionSelect
            {...c}
            value={template}
            options={TEMPLATE_NAMES}
            label={(n) => pick(TEMPLATE_LABELS[n], lang)}
            onChange={setTemplate}
            data-testid="new-document-type"
          />
        )}
      </Field>
      {signers.length > 1 && (
        <Field label={t('lifecycle.signer')}>
          {(c) => (
            <select
              {...c}
              className="select"
              value={signer}
              onChange={(e) => setSigner(Number(e.target.value))}
              data-testid="new-document-signer"
            >
              {signers.map((s, i) => (
                <option key={i} value={i}>
                  {signerText(s) || '—'}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <ErrorMessage error={l.error} />
    </FormDialog>
  );
}
