// One proposal of the review list: its fields, editable, with accept / reject, the rule that
// found it, and — for a figure — how it meets what the vault already holds.
import { pillar, type IndicatorWithObservations, type Pillar } from '../../../shared/domain';
import { formatNumber } from '../../../shared/format/number';
import type { Bilingual } from '../../../shared/result';
import { pick, useLanguage, useT } from '../../i18n';
import {
  checkFigure,
  NEW_PREFIX,
  proposedOf,
  type Decision,
  type DirectiveRow,
  type FigureRow,
  type ProposedRow,
} from './review-plan';

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
        <button
          type="button"
          className="button button--small"
          onClick={() => onDecide('pending')}
          data-testid={`undo-${id}`}
        >
          {t('reports.undo')}
        </button>
      </div>
    );
  }
  return (
    <div className="proposal__decide">
      <button
        type="button"
        className="button button--small button--primary"
        onClick={() => onDecide('accepted')}
        data-testid={`accept-${id}`}
      >
        {t('reports.accept')}
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => onDecide('rejected')}
        data-testid={`reject-${id}`}
      >
        {t('reports.reject')}
      </button>
    </div>
  );
}

function Problem({ message }: { message: Bilingual | undefined }) {
  const lang = useLanguage();
  return message ? <p className="field__error">{pick(message, lang)}</p> : null;
}

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
    <li
      id={`proposal-${id}`}
      className={`proposal proposal--${row.decision}`}
      data-testid={`proposal-${id}`}
    >
      <q className="proposal__quote">{row.proposal.quote}</q>
      <div className="proposal__fields">
        <label className="field">
          <span className="field__label">{t('reports.indicator')}</span>
          <select
            className="select"
            value={row.indicatorId}
            onChange={(e) => onEdit({ indicatorId: e.target.value })}
            data-testid={`indicator-${id}`}
          >
            <option value="">{t('reports.chooseIndicator')}</option>
            {indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
            {proposed.map((p) => (
              <option key={p.key} value={NEW_PREFIX + p.key}>
                {t('reports.newIndicator', { name: p.name, unit: p.unit })}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('reports.subject')}</span>
          <input
            className="input"
            value={row.subject}
            onChange={(e) => onEdit({ subject: e.target.value })}
            data-testid={`subject-${id}`}
          />
        </label>
        <label className="field field--narrow">
          <span className="field__label">{t('reports.value')}</span>
          <input
            className="input"
            value={row.value}
            onChange={(e) => onEdit({ value: e.target.value })}
            data-testid={`value-${id}`}
          />
        </label>
        <label className="field field--narrow">
          <span className="field__label">{t('reports.unit')}</span>
          <input
            className="input"
            value={row.unit}
            onChange={(e) => onEdit({ unit: e.target.value })}
            data-testid={`unit-${id}`}
          />
        </label>
        <label className="field field--period">
          <span className="field__label">{t('reports.period')}</span>
          <input
            className="input"
            value={row.period}
            onChange={(e) => onEdit({ period: e.target.value })}
            data-testid={`period-${id}`}
          />
        </label>
      </div>
      {fresh && (
        <div className="proposal__fields proposal__new" data-testid={`new-indicator-${id}`}>
          <label className="field">
            <span className="field__label">{t('reports.newIndicatorName')}</span>
            <input
              className="input"
              value={fresh.name}
              onChange={(e) => onEditProposed(fresh.key, { name: e.target.value })}
              data-testid={`new-indicator-name-${id}`}
            />
          </label>
          <label className="field">
            <span className="field__label">{t('reports.newIndicatorPillar')}</span>
            <select
              className="select"
              value={fresh.pillar}
              onChange={(e) => onEditProposed(fresh.key, { pillar: e.target.value as Pillar })}
              data-testid={`new-indicator-pillar-${id}`}
            >
              {pillar.options.map((p) => (
                <option key={p} value={p}>
                  {t(`pillar.${p}`)}
                </option>
              ))}
            </select>
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
      <Problem message={problem} />
      <div className="proposal__foot">
        <span className="hint">{t('reports.rule', { rule: row.proposal.rule })}</span>
        <Decide id={id} decision={row.decision} onDecide={(decision) => onEdit({ decision })} />
      </div>
    </li>
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
    <li
      id={`proposal-${id}`}
      className={`proposal proposal--${row.decision}`}
      data-testid={`proposal-${id}`}
    >
      <q className="proposal__quote">{row.proposal.quote}</q>
      <div className="proposal__fields">
        <label className="field">
          <span className="field__label">{t('reports.lead')}</span>
          <input
            className="input"
            value={row.lead}
            onChange={(e) => onEdit({ lead: e.target.value })}
            data-testid={`lead-${id}`}
          />
        </label>
        <label className="field field--narrow">
          <span className="field__label">{t('reports.due')}</span>
          <input
            className="input"
            placeholder="dd/mm/yyyy"
            value={row.due}
            onChange={(e) => onEdit({ due: e.target.value })}
            data-testid={`due-${id}`}
          />
        </label>
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
      <Problem message={problem} />
      <div className="proposal__foot">
        <span className="hint">{t('reports.rule', { rule: row.proposal.rule })}</span>
        <Decide id={id} decision={row.decision} onDecide={(decision) => onEdit({ decision })} />
      </div>
    </li>
  );
}
