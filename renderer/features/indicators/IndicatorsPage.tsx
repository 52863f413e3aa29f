// The indicators register: pillars, indicators, their series; forms in a side panel.
import { useEffect, useMemo, useState } from 'react';
import type { Indicator, Observation } from '../../../shared/domain';
import { useIndicatorsStore, groupByPillar } from '../../stores/indicatorsStore';
import { useNavigationStore } from '../../stores/navigationStore';
import { IndicatorRegister } from './components/IndicatorRegister';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorForm } from './components/IndicatorForm';
import { ObservationForm } from './components/ObservationForm';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SampleDataOffer } from '../sample';
import { useT } from '../../i18n';
import { RegisterExport } from '../follow-up/RegisterExport';
import { PrintRegister } from '../follow-up/PrintRegister';
import { EditorDrawer } from '../history/RecordHistory';
import { editorView } from '../../stores/editor';
import { SortHeaders, type SortColumn } from '../../ui/SortHeader';
import type { IndicatorSort } from '../../../shared/contract';
import { indicatorRegister } from '../../../shared/registers/indicator-register';
import { Button } from '../../ui/Button';

/** After a restore from the history: the register and the open form show the restored record. */
async function reopenIndicator(id: string) {
  await useIndicatorsStore.getState().loadIndicators();
  const fresh = useIndicatorsStore.getState().items.find((i) => i.id === id);
  if (fresh) useIndicatorsStore.getState().startIndicator(fresh);
}

async function reopenObservation(id: string) {
  await useIndicatorsStore.getState().loadIndicators();
  const fresh = useIndicatorsStore
    .getState()
    .items.flatMap((i) => i.observations)
    .find((o) => o.id === id);
  if (fresh) useIndicatorsStore.getState().startObservation(fresh.indicatorId, fresh);
}

/** The columns a click orders by; the latest figure starts with the newest. */
const SORT_COLUMNS: SortColumn<IndicatorSort>[] = [
  { label: 'indicators.col.pillar', ascending: 'pillar', testId: 'indicator-sort-pillar' },
  {
    label: 'indicators.col.name',
    ascending: 'name',
    descending: 'name-desc',
    testId: 'indicator-sort-name',
  },
  {
    label: 'indicators.col.latest',
    descending: 'latest',
    first: 'descending',
    testId: 'indicator-sort-latest',
  },
];

type Pending =
  { kind: 'indicator'; target: Indicator } | { kind: 'observation'; target: Observation };

export function IndicatorsPage() {
  const t = useT();
  const s = useIndicatorsStore();
  const guard = useNavigationStore((n) => n.guard);
  const [pendingDelete, setPendingDelete] = useState<Pending | null>(null);
  /** The indicator whose chart is open in the drawer. */
  const [chartId, setChartId] = useState<string | null>(null);
  const { loaded, loadIndicators } = s;

  useEffect(() => {
    if (!loaded) void loadIndicators();
  }, [loaded, loadIndicators]);

  // By pillar, grouped; any other order is one list, as the host sorted it.
  const groups = useMemo(
    () => (s.sort === 'pillar' ? groupByPillar(s.items) : [{ pillar: null, indicators: s.items }]),
    [s.items, s.sort],
  );
  const ie = s.indicatorEditor;
  const oe = s.observationEditor;
  const obsIndicator = oe ? s.items.find((i) => i.id === oe.draft.indicatorId) : undefined;
  // A form opened meanwhile takes the drawer.
  const charted = !ie && !oe && chartId ? s.items.find((i) => i.id === chartId) : undefined;

  return (
    <div className={`register-page${ie || oe || charted ? ' register-page--with-drawer' : ''}`}>
      <div className="page-head">
        <h2>{t('indicators.title')}</h2>
        <span className="page-head__count">{t('indicators.count', { n: s.items.length })}</span>
        <Button
          look="primary"
          small
          onClick={() => guard(() => s.startIndicator())}
          testId="new-indicator"
        >
          {t('indicators.new')}
        </Button>
        <RegisterExport register="indicators" />
        <PrintRegister
          build={() => indicatorRegister(s.items)}
          filters={null}
          testId="print-indicators"
        />
      </div>
      <ErrorMessage error={s.error} />
      {s.loaded && s.items.length === 0 ? (
        <SampleDataOffer />
      ) : (
        <>
          <div className="sort-bar" role="table" aria-label={t('indicators.sortBy')}>
            <div className="sort-bar__row" role="row" data-testid="indicator-sort">
              <SortHeaders
                columns={SORT_COLUMNS}
                current={s.sort}
                onSort={(sort) => void s.setSort(sort)}
              />
            </div>
          </div>
          <IndicatorRegister
            groups={groups}
            focusedId={s.focusedId}
            focusedObservationId={s.focusedObservationId}
            onEditIndicator={(i) => guard(() => s.startIndicator(i))}
            onChart={(i) =>
              guard(() => {
                s.closeForms();
                setChartId(i.id);
              })
            }
            onDeleteIndicator={(i) => setPendingDelete({ kind: 'indicator', target: i })}
            onAddObservation={(id) => guard(() => s.startObservation(id))}
            onEditObservation={(o) => guard(() => s.startObservation(o.indicatorId, o))}
            onDeleteObservation={(o) => setPendingDelete({ kind: 'observation', target: o })}
          />
        </>
      )}
      {ie && (
        <EditorDrawer label={t('indicator.editTitle')} editor={ie} onRestored={reopenIndicator}>
          <IndicatorForm
            {...editorView(ie)}
            onEdit={s.editIndicator}
            onSave={() => void s.saveIndicator()}
            onCancel={() => guard(s.closeForms)}
          />
        </EditorDrawer>
      )}
      {charted && (
        <aside className="drawer" aria-label={t('chart.title')}>
          <IndicatorChart indicator={charted} all={s.items} onClose={() => setChartId(null)} />
        </aside>
      )}
      {oe && (
        <EditorDrawer label={t('obs.editTitle')} editor={oe} onRestored={reopenObservation}>
          <ObservationForm
            key={oe.original?.id ?? `new-${oe.draft.indicatorId}`}
            indicatorName={obsIndicator?.name ?? ''}
            unit={obsIndicator?.unit ?? ''}
            {...editorView(oe)}
            onEdit={s.editObservation}
            onSave={() => void s.saveObservation()}
            onCancel={() => guard(s.closeForms)}
          />
        </EditorDrawer>
      )}
      <ConfirmDialog
        open={pendingDelete !== null}
        title={t('common.confirmDelete')}
        message={
          pendingDelete?.kind === 'indicator'
            ? t('indicator.deleteConfirm', { name: pendingDelete.target.name })
            : t('obs.deleteConfirm')
        }
        confirmLabel={t('common.delete')}
        danger
        onCancel={() => setPendingDelete(null)}
        onConfirm={() => {
          const p = pendingDelete;
          setPendingDelete(null);
          if (p?.kind === 'indicator') void s.deleteIndicator(p.target);
          else if (p) void s.deleteObservation(p.target);
        }}
        testId="confirm-delete"
      />
    </div>
  );
}
