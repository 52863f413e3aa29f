// The dialogs that put live references into the body: an indicator figure (pick the indicator,
// then the period and how it shows), an indicator's chart (its series, and another to compare)
// and the directive table of the meeting. Each inserts the node shared/brief/live builds, so
// what is inserted is what the templates would write.
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
import { FormDialog, type FormDialogProps } from '../../../ui/FormDialog';
import { RadioChoice } from '../../../ui/RadioChoice';
import { RecordOptions } from '../../../ui/RecordOptions';
import { LabelledSelect, type LabelledSelectProps } from '../../../ui/LabelledSelect';
import { Labelled } from '../../../ui/Labelled';
import { TextInput } from '../../../ui/TextInput';

/**
 * What every insert dialog takes besides its sources: whether it shows, what it inserts and how
 * it closes. `open` and `onClose` go to the dialog's frame as they came.
 */
interface InsertProps<T> {
  open: boolean;
  onInsert(node: T): void;
  onClose(): void;
}

/** The indicators that have figures are what the two indicator dialogs offer. */
type IndicatorInsertProps<T> = InsertProps<T> & { indicators: IndicatorWithObservations[] };

/**
 * The frame both indicator dialogs share: the list or why it is empty, then Hủy / Chèn. The
 * dialog's own props (title, test ids, what Chèn does and when it may) pass through.
 */
function IndicatorInsertForm({
  empty,
  children,
  open,
  title,
  onClose,
  testId,
  ...form
}: Omit<FormDialogProps, 'submit' | 'formClassName'> & { empty: boolean; open: boolean }) {
  const t = useT();
  // The same dialog either way: only what it holds depends on whether there is anything to insert.
  const frame = { open, title, onClose, testId };
  if (empty) {
    return (
      <Dialog {...frame}>
        <p>{t('briefEditor.noIndicators')}</p>
      </Dialog>
    );
  }
  return (
    <FormDialog
      {...frame}
      {...form}
      formClassName="brief-dialog-form"
      submit={t('briefEditor.insert')}
    >
      {children}
    </FormDialog>
  );
}

/** A labelled choice of indicator, each named by its name. */
function IndicatorSelect({
  options,
  ...select
}: Omit<LabelledSelectProps, 'children'> & { options: IndicatorWithObservations[] }) {
  return (
    <LabelledSelect {...select}>
      <RecordOptions records={options} label={(i) => i.name} />
    </LabelledSelect>
  );
}

export function InsertFigureDialog({
  indicators,
  onInsert,
  ...dialog
}: IndicatorInsertProps<IndicatorFigureNode>) {
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
    <IndicatorInsertForm
      {...dialog}
      title={t('briefEditor.figureTitle')}
      testId="insert-figure-dialog"
      empty={withData.length === 0}
      disabled={node === null}
      submitTestId="figure-insert"
      onSubmit={() => node && onInsert(node)}
    >
      <IndicatorSelect
        label={t('briefEditor.figureIndicator')}
        testId="figure-indicator"
        value={indicator?.id ?? ''}
        options={withData}
        onChange={(id) => {
          setIndicatorId(id);
          setObservationId('');
        }}
      />
      <LabelledSelect
        label={t('briefEditor.figurePeriod')}
        testId="figure-observation"
        value={observation?.id ?? ''}
        onChange={setObservationId}
      >
        {indicator && (
          <RecordOptions
            records={indicator.observations}
            label={(o) => `${formatPeriod(o.period)}: ${formatQuantity(o.value, indicator.unit)}`}
          />
        )}
      </LabelledSelect>
      <RadioChoice
        legend={t('briefEditor.figureDisplay')}
        name="figure-display"
        value={display}
        options={[
          { value: 'value-period', label: t('briefEditor.figureValuePeriod') },
          { value: 'value', label: t('briefEditor.figureValue') },
        ]}
        onChange={setDisplay}
      />
      {node && (
        <p className="insert-preview" data-testid="figure-preview">
          {figureText(node)}
        </p>
      )}
    </IndicatorInsertForm>
  );
}

const defaultCaption = (names: string[]) => `Diễn biến ${names.join(' và ')}`;

/** "Chèn biểu đồ chỉ tiêu": the chart the indicator page draws, kept in the brief with its points. */
export function InsertIndicatorChartDialog({
  indicators,
  onInsert,
  ...dialog
}: IndicatorInsertProps<IndicatorSeriesChart>) {
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
    <IndicatorInsertForm
      {...dialog}
      title={t('briefEditor.chartTitle')}
      testId="insert-chart-dialog"
      empty={withData.length === 0}
      disabled={chosen.length === 0}
      submitTestId="chart-insert"
      onSubmit={() =>
        chosen.length > 0 &&
        onInsert(indicatorSeriesChart(chosen, shownCaption.trim(), clock.today()))
      }
    >
      <IndicatorSelect
        label={t('briefEditor.figureIndicator')}
        testId="chart-indicator"
        value={indicator?.id ?? ''}
        options={withData}
        onChange={setIndicatorId}
      />
      <IndicatorSelect
        label={t('briefEditor.chartCompare')}
        testId="chart-compare"
        value={compare?.id ?? ''}
        options={withData.filter((i) => i.id !== indicator?.id)}
        none={t('briefEditor.chartNoCompare')}
        onChange={setCompareId}
      />
      <Labelled label={t('briefEditor.chartCaption')}>
        <TextInput
          testId="chart-caption"
          value={shownCaption}
          maxLength={500}
          onChange={setCaption}
        />
      </Labelled>
    </IndicatorInsertForm>
  );
}

export function InsertDirectiveTableDialog({
  directives,
  onInsert,
  ...dialog
}: InsertProps<'six-ro' | 'plan'> & { directives: Directive[] }) {
  const t = useT();
  const [variant, setVariant] = useState<'six-ro' | 'plan'>('six-ro');
  return (
    <FormDialog
      {...dialog}
      title={t('briefEditor.directiveTitle')}
      testId="insert-directives-dialog"
      onSubmit={() => {
        if (directives.length > 0) onInsert(variant);
      }}
      submit={t('briefEditor.insert')}
      disabled={directives.length === 0}
      submitTestId="directives-insert"
    >
      <p>
        {directives.length === 0
          ? t('briefEditor.directiveNone')
          : t('briefEditor.directiveCount', { n: directives.length })}
      </p>
      <RadioChoice
        legend={t('briefEditor.directiveVariant')}
        name="directive-variant"
        value={variant}
        options={[
          { value: 'six-ro', label: t('briefEditor.directiveSixRo') },
          { value: 'plan', label: t('briefEditor.directivePlan') },
        ]}
        onChange={setVariant}
      />
    </FormDialog>
  );
}
