// One proposal of the review list: its fields, editable, with accept / reject, the rule that
// found it, and — for a figure — how it meets what the vault already holds.
import type { ReactNode } from 'react';
import { pillar, type IndicatorWithObservations } from '../../../shared/domain';
import { formatNumber } from '../../../shared/format/number';
import type { Bilingual } from '../../../shared/result';
import { pick, useLanguage, useT, type MessageKey } from '../../i18n';
import { OptionSelect } from '../../ui/OptionSelect';
import {
  checkFigure,
  NEW_PREFIX,
  proposedOf,
  type Decision,
  type DirectiveRow,
  type FigureRow,
  type ProposedRow,
} from './review-plan';
import { Button } from '../../ui/Button';
import { RecordOptions } from '../../ui/RecordOptions';
import { LabelledSelect } from '../../ui/LabelledSelect';
import { Labelled } from '../../ui/Labelled';
import { TextInput } from '../../ui/TextInput';

function Decide({
  id,
  decision,
  onDecide,
}: {
  id: string;
  decision: Decision;
  onDecide: (d: Decision) => void;
}) {
  const t = useT();
  if (decision !== 'pending') {
    return (
      <div className="proposal__decide">
        <span className={`proposal__state proposal__state--${decision}`}>
          {t(decision === 'accepted' ? 'reports.accepted' : 'reports.rejected')}
        </span>
        <Button small onClick={() => onDecide('pending')} testId={`undo-${id}`}>
          {t('reports.undo')}
        </Button>
      </div>
    );
  }
  return (
    <div className="proposal__decide">
      <Button look="primary" small onClick={() => onDecide('accepted')} testId={`accept-${id}`}>
        {t('reports.accept')}
      </Button>
      <Button small onClick={() => onDecide('rejected')} testId={`reject-${id}`}>
        {t('reports.reject')}
      </Button>
    </div>
  );
}

function Problem({ message }: { message: Bilingual | undefined }) {
  const lang = useLanguage();
  return message ? <p className="field__error">{pick(message, lang)}</p> : null;
}

/** One editable text of a proposal, labelled, named for tests by the row's key. */
function ProposalText({
  label,
  value,
  onChange,
  testId,
  width,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  testId: string;
  /** `narrow`, `period`: the field's width in the row. */
  width?: 'narrow' | 'period';
  placeholder?: string;
}) {
  return (
    <Labelled label={label} className={`field${width ? ` field--${width}` : ''}`}>
      <TextInput placeholder={placeholder} value={value} onChange={onChange} testId={testId} />
    </Labelled>
  );
}

/** What every proposal shows around its fields: the quote, its problem, the rule, the decision. */
function ProposalItem({
  row,
  problem,
  onDecide,
  children,
}: {
  row: { key: string; decision: Decision; proposal: { quote: string; rule: string } };
  problem?: Bilingual;
  onDecide: (d: Decision) => void;
  children: ReactNode;
}) {
  const t = useT();
  const id = row.key;
  return (
    <li
      id={`proposal-${id}`}
      className={`proposal proposal--${row.decision}`}
      data-testid={`proposal-${id}`}
    >
      <q className="proposal__quote">{row.proposal.quote}</q>
      {children}
      <Problem message={problem} />
      <div className="proposal__foot">
        <span className="hint">{t('reports.rule', { rule: row.proposal.rule })}</span>
        <Decide id={id} decision={row.decision} onDecide={onDecide} />
      </div>
    </li>
  );
}

/** A figure's texts the user corrects, in the order of the card. */
const FIGURE_TEXTS: {
  key: 'subject' | 'value' | 'unit' | 'period';
  label: MessageKey;
  width?: 'narrow' | 'period';
}[] = [
  { key: 'subject', label: 'reports.subject' },
  { key: 'value', label: 'reports.value', width: 'narrow' },
  { key: 'unit', label: 'reports.unit', width: 'narrow' },
  { key: 'period', label: 'reports.period', width: 'period' },
];

type Indicators = IndicatorWithObservations[];

export function FigureCard({
  row,
  indicators,
  proposed,
  problem,
  onEdit,
  onEditProposed,
}: {
  row: FigureRow;
  indicators: Indicators;
  /** Indicators proposed for subjects no vault indicator fits, shared across the figures. */
  proposed: ProposedRow[];
  problem?: Bilingual;
  onEdit: (p: Partial<FigureRow>) => void;
  onEditProposed: (key: string, p: Partial<Pick<ProposedRow, 'name' | 'pillar'>>) => void;
}) {
  const t = useT();
  const check = checkFigure(row, indicators, proposed);
  const fresh = proposedOf(row, proposed);
  const id = row.key;
  return (
    <ProposalItem row={row} problem={problem} onDecide={(decision) => onEdit({ decision })}>
      <div className="proposal__fields">
        <LabelledSelect
          label={t('reports.indicator')}
          value={row.indicatorId}
          onChange={(indicatorId) => onEdit({ indicatorId })}
          testId={`indicator-${id}`}
          none={t('reports.chooseIndicator')}
        >
          <RecordOptions records={indicators} label={(i) => i.name} />
          {proposed.map((p) => (
            <option key={p.key} value={NEW_PREFIX + p.key}>
              {t('reports.newIndicator', { name: p.name, unit: p.unit })}
            </option>
          ))}
        </LabelledSelect>
        {FIGURE_TEXTS.map(({ key, label, width }) => (
          <ProposalText
            key={key}
            label={t(label)}
            value={row[key]}
            onChange={(v) => onEdit({ [key]: v })}
            testId={`${key}-${id}`}
            width={width}
          />
        ))}
      </div>
      {fresh && (
        <div className="proposal__fields proposal__new" data-testid={`new-indicator-${id}`}>
          <ProposalText
            label={t('reports.newIndicatorName')}
            value={fresh.name}
            onChange={(name) => onEditProposed(fresh.key, { name })}
            testId={`new-indicator-name-${id}`}
          />
          <label className="field">
            <span className="field__label">{t('reports.newIndicatorPillar')}</span>
            <OptionSelect
              value={fresh.pillar}
              options={pillar.options}
              label={(p) => t(`pillar.${p}`)}
              onChange={(p) => onEditProposed(fresh.key, { pillar: p })}
              data-testid={`new-indicator-pillar-${id}`}
            />
          </label>
          <p className="hint">{t('reports.newIndicatorHint')}</p>
        </div>
      )}
      {check.ok && check.duplicate === 'same' && (
        <p className="proposal__dup proposal__dup--same" data-testid={`dup-${id}`}>
          {t('reports.dupSame')}
        </p>
      )}
      {check.ok && check.duplicate === 'differs' && (
        <p className="proposal__dup proposal__dup--differs" data-testid={`dup-${id}`}>
          {t('reports.dupDiffers', {
            value: formatNumber(check.existing ?? 0),
            source: check.existingSource || '—',
          })}
        </p>
      )}
      {row.decision === 'accepted' && !check.ok && <Problem message={check.message} />}
    </ProposalItem>
  );
}

export function DirectiveCard({
  row,
  problem,
  onEdit,
}: {
  row: DirectiveRow;
  problem?: Bilingual;
  onEdit: (p: Partial<DirectiveRow>) => void;
}) {
  const t = useT();
  const id = row.key;
  return (
    <ProposalItem row={row} problem={problem} onDecide={(decision) => onEdit({ decision })}>
      <div className="proposal__fields">
        <ProposalText
          label={t('reports.lead')}
          value={row.lead}
          onChange={(lead) => onEdit({ lead })}
          testId={`lead-${id}`}
        />
        <ProposalText
          label={t('reports.due')}
          value={row.due}
          onChange={(due) => onEdit({ due })}
          testId={`due-${id}`}
          width="narrow"
          placeholder="dd/mm/yyyy"
        />
        <label className="field field--wide">
          <span className="field__label">{t('reports.task')}</span>
          <textarea
            className="textarea"
            rows={2}
            value={row.task}
            onChange={(e) => onEdit({ task: e.target.value })}
            data-testid={`task-${id}`}
          />
        </label>
      </div>
      {row.proposal.coordinating.length > 0 && (
        <p className="hint">
          {t('reports.coordinating')}: {row.proposal.coordinating.join(', ')}
        </p>
      )}
    </ProposalItem>
  );
}
