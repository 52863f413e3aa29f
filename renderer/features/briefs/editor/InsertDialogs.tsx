// The dialogs that put live references into the body: an indicator figure (pick the indicator,
// then the period and how it shows), an indicator's chart (its series, and another to compare)
// and the directive table of the meeting. Both insert the
// node shared/brief/live builds, so what is inserted is what the templates would write.
import { useState } from 'react';
import {
  figureText,
  indicatorFigure,
  indicatorSeriesChart,
  type IndicatorFigureNode,
  type IndicatorSeriesChart,
} from '../../../../shared/brief';
import { clock } from '../../../stores/directivesStore';
import type { Directive, IndicatorWithObservations } from '../../../../shared/domain';
import { formatPeriod } from '../../../../shared/format/period';
import { formatQuantity } from '../../../../shared/format/number';
import { useT } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';

interface FigureProps {
  open: boolean;
  indicators: IndicatorWithObservations[];
  onInsert(node: IndicatorFigureNode): void;
  onClose(): void;
}

export function InsertFigureDialog({ open, indicators, onInsert, onClose }: FigureProps) {
  const t = useT();
  const withData = indicators.filter((i) => i.observations.length > 0);
  const [indicatorId, setIndicatorId] = useState('');
  const [observationId, setObservationId] = useState('');
  const [display, setDisplay] = useState<IndicatorFigureNode['attrs']['display']>('value-period');
  const indicator = withData.find((i) => i.id === indicatorId) ?? withData[0];
  const observation =
    indicator?.observations.find((o) => o.id === observationId) ?? indicator?.observations[0];
  const node = indicator && observation ? indicatorFigure(indicator, observation, display) : null;
  return (
    <Dialog
      open={open}
      title={t('briefEditor.figureTitle')}
      onClose={onClose}
      testId="insert-figure-dialog"
    >
      {withData.length === 0 ? (
        <p>{t('briefEditor.noIndicators')}</p>
      ) : (
        <form
          className="brief-dialog-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (node) onInsert(node);
          }}
        >
          <label className="field">
            <span className="field__label">{t('briefEditor.figureIndicator')}</span>
            <select
              className="select"
              data-testid="figure-indicator"
              value={indicator?.id ?? ''}
              onChange={(e) => {
                setIndicatorId(e.target.value);
                setObservationId('');
              }}
            >
              {withData.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('briefEditor.figurePeriod')}</span>
            <select
              className="select"
              data-testid="figure-observation"
              value={observation?.id ?? ''}
              onChange={(e) => setObservationId(e.target.value)}
            >
              {indicator?.observations.map((o) => (
                <option key={o.id} value={o.id}>
                  {formatPeriod(o.period)}: {formatQuantity(o.value, indicator.unit)}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="field">
            <legend className="field__label">{t('briefEditor.figureDisplay')}</legend>
            <label>
              <input
                type="radio"
                name="figure-display"
                data-testid="figure-display-value-period"
                checked={display === 'value-period'}
                onChange={() => setDisplay('value-period')}
              />{' '}
              {t('briefEditor.figureValuePeriod')}
            </label>{' '}
            <label>
              <input
                type="radio"
                name="figure-display"
                data-testid="figure-display-value"
                checked={display === 'value'}
                onChange={() => setDisplay('value')}
              />{' '}
              {t('briefEditor.figureValue')}
            </label>
          </fieldset>
          {node && (
            <p className="insert-preview" data-testid="figure-preview">
              {figureText(node)}
            </p>
          )}
          <div className="form-actions form-actions--end">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="button button--primary"
              data-testid="figure-insert"
              disabled={!node}
            >
              {t('briefEditor.insert')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

interface ChartProps {
  open: boolean;
  indicators: IndicatorWithObservations[];
  onInsert(node: IndicatorSeriesChart): void;
  onClose(): void;
}

const defaultCaption = (names: string[]) => `Diễn biến ${names.join(' và ')}`;

/** "Chèn biểu đồ chỉ tiêu": the chart the indicator page draws, kept in the brief with its points. */
export function InsertIndicatorChartDialog({ open, indicators, onInsert, onClose }: ChartProps) {
  const t = useT();
  const withData = indicators.filter((i) => i.observations.length > 0);
  const [indicatorId, setIndicatorId] = useState('');
  const [compareId, setCompareId] = useState('');
  const [caption, setCaption] = useState<string | null>(null);
  const indicator = withData.find((i) => i.id === indicatorId) ?? withData[0];
  const compare = withData.find((i) => i.id === compareId && i.id !== indicator?.id);
  const chosen = [indicator, compare].filter((i) => i !== undefined);
  const shownCaption = caption ?? defaultCaption(chosen.map((i) => i.name));
  return (
    <Dialog
      open={open}
      title={t('briefEditor.chartTitle')}
      onClose={onClose}
      testId="insert-chart-dialog"
    >
      {withData.length === 0 ? (
        <p>{t('briefEditor.noIndicators')}</p>
      ) : (
        <form
          className="brief-dialog-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen.length > 0)
              onInsert(indicatorSeriesChart(chosen, shownCaption.trim(), clock.today()));
          }}
        >
          <label className="field">
            <span className="field__label">{t('briefEditor.figureIndicator')}</span>
            <select
              className="select"
              data-testid="chart-indicator"
              value={indicator?.id ?? ''}
              onChange={(e) => setIndicatorId(e.target.value)}
            >
              {withData.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('briefEditor.chartCompare')}</span>
            <select
              className="select"
              data-testid="chart-compare"
              value={compare?.id ?? ''}
              onChange={(e) => setCompareId(e.target.value)}
            >
              <option value="">{t('briefEditor.chartNoCompare')}</option>
              {withData
                .filter((i) => i.id !== indicator?.id)
                .map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('briefEditor.chartCaption')}</span>
            <input
              className="input"
              data-testid="chart-caption"
              value={shownCaption}
              maxLength={500}
              onChange={(e) => setCaption(e.target.value)}
            />
          </label>
          <div className="form-actions form-actions--end">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="button button--primary"
              data-testid="chart-insert"
              disabled={chosen.length === 0}
            >
              {t('briefEditor.insert')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

interface DirectiveProps {
  open: boolean;
  directives: Directive[];
  onInsert(variant: 'six-ro' | 'plan'): void;
  onClose(): void;
}

export function InsertDirectiveTableDialog({
  open,
  directives,
  onInsert,
  onClose,
}: DirectiveProps) {
  const t = useT();
  const [variant, setVariant] = useState<'six-ro' | 'plan'>('six-ro');
  return (
    <Dialog
      open={open}
      title={t('briefEditor.directiveTitle')}
      onClose={onClose}
      testId="insert-directives-dialog"
    >
      <p>
        {directives.length === 0
          ? t('briefEditor.directiveNone')
          : t('briefEditor.directiveCount', { n: directives.length })}
      </p>
      <fieldset className="field">
        <legend className="field__label">{t('briefEditor.directiveVariant')}</legend>
        <label>
          <input
            type="radio"
            name="directive-variant"
            data-testid="directive-variant-six-ro"
            checked={variant === 'six-ro'}
            onChange={() => setVariant('six-ro')}
          />{' '}
          {t('briefEditor.directiveSixRo')}
        </label>{' '}
        <label>
          <input
            type="radio"
            name="directive-variant"
            data-testid="directive-variant-plan"
            checked={variant === 'plan'}
            onChange={() => setVariant('plan')}
          />{' '}
          {t('briefEditor.directivePlan')}
        </label>
      </fieldset>
      <div className="form-actions form-actions--end">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={directives.length === 0}
          onClick={() => onInsert(variant)}
          data-testid="directives-insert"
        >
          {t('briefEditor.insert')}
        </button>
      </div>
    </Dialog>
  );
}
