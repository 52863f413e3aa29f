// Indicators and their series. The register shows every indicator with its observations, so
// one list call brings both; the two small forms (indicator, observation) edit one at a time.
import { create } from 'zustand';
import {
  indicatorFields,
  observationFields,
  type Indicator,
  type IndicatorInput,
  type IndicatorWithObservations,
  type Observation,
  type ObservationInput,
  type Pillar,
} from '../../shared/domain';
import { ok, type AppError, type Result } from '../../shared/result';
import type { IndicatorSort } from '../../shared/contract';
import { getApi } from '../api/client';
import {
  applyEdit,
  failedWith,
  openEditor,
  storedAsDraft,
  startSaving,
  type DraftEdit,
  type EditorState,
} from './editor';

export type IndicatorDraft = IndicatorInput;
/** The value is null while empty and NaN while what is typed is not a number. */
export type ObservationDraft = Omit<ObservationInput, 'value'> & { value: number | null };

export type IndicatorEditor = EditorState<IndicatorDraft, Indicator>;
export type ObservationEditor = EditorState<ObservationDraft, Observation>;

export const PILLAR_ORDER: readonly Pillar[] = [
  'politics-defence-security',
  'economy',
  'culture-society-science',
  'general',
];

export const toIndicatorDraft = (i: Indicator): IndicatorDraft => storedAsDraft(i, indicatorFields);

export const toObservationDraft = (o: Observation): ObservationDraft =>
  storedAsDraft(o, observationFields);

export function emptyIndicator(pillar: Pillar = 'economy'): IndicatorDraft {
  return { name: '', pillar, unit: '', description: '' };
}

export function emptyObservation(
  indicatorId: string,
  year = new Date().getFullYear(),
): ObservationDraft {
  return {
    indicatorId,
    value: null,
    period: { kind: 'year', year },
    asOf: null,
    source: '',
    status: 'official',
    comparison: '',
    target: null,
  };
}

interface IndicatorsState {
  items: IndicatorWithObservations[];
  loading: boolean;
  loaded: boolean;
  error: AppError | null;
  /** The indicator a search result pointed at, scrolled to and outlined. */
  focusedId: string | null;
  /** The figure (observation) a search result pointed at, within focusedId. */
  focusedObservationId: string | null;
  indicatorEditor: IndicatorEditor | null;
  observationEditor: ObservationEditor | null;

  /** The register's order (issue 13 §6): by pillar (grouped), by name, by newest figure. */
  sort: IndicatorSort;
  loadIndicators(): Promise<void>;
  setSort(sort: IndicatorSort): Promise<void>;
  focusIndicator(id: string | null, observationId?: string): void;
  startIndicator(existing?: Indicator): void;
  editIndicator(edit: DraftEdit<IndicatorDraft>): void;
  saveIndicator(): Promise<boolean>;
  deleteIndicator(i: Indicator): Promise<boolean>;
  startObservation(indicatorId: string, existing?: Observation): void;
  editObservation(edit: DraftEdit<ObservationDraft>): void;
  saveObservation(): Promise<boolean>;
  deleteObservation(o: Observation): Promise<boolean>;
  closeForms(): void;
  reset(): void;
}

const initial = {
  items: [] as IndicatorWithObservations[],
  sort: 'pillar' as IndicatorSort,
  loading: false,
  loaded: false,
  error: null,
  focusedId: null,
  focusedObservationId: null,
  indicatorEditor: null,
  observationEditor: null,
};

const notANumber = (path: 'value' | 'target') => ({
  code: 'invalid-input' as const,
  message: {
    vi: 'Có ô số chưa hợp lệ; chưa có gì được lưu.',
    en: 'A number field is not valid; nothing was saved.',
  },
  issues: [{ path, message: 'Nhập một số, ví dụ 7,52 / Enter a number, e.g. 7,52' }],
});

/** Where one of the two small forms lives in the store: read as it is now, or put back. */
interface FormSlot<D, S> {
  get(): EditorState<D, S> | null;
  put(editor: EditorState<D, S> | null): void;
}

const indicatorForm: FormSlot<IndicatorDraft, Indicator> = {
  get: () => useIndicatorsStore.getState().indicatorEditor,
  put: (indicatorEditor) => useIndicatorsStore.setState({ indicatorEditor }),
};

const observationForm: FormSlot<ObservationDraft, Observation> = {
  get: () => useIndicatorsStore.getState().observationEditor,
  put: (observationEditor) => useIndicatorsStore.setState({ observationEditor }),
};

/** Both forms take an edit the same way: onto the open form, none onto one closed meanwhile. */
function editForm<D, S>(form: FormSlot<D, S>, edit: DraftEdit<D>): void {
  const e = form.get();
  if (e) form.put(applyEdit(e, edit));
}

/**
 * How a save of either form ends, the same for an indicator and a figure: closed and the
 * register read again (a figure changes its indicator's row), or the failure shown in the form
 * as it is now (read after the call: the user may have typed on, or closed it).
 */
async function saveSettled<D, S>(r: Result<unknown>, form: FormSlot<D, S>): Promise<boolean> {
  if (!r.ok) {
    const now = form.get();
    if (now) form.put(failedWith(now, r.error));
    return false;
  }
  form.put(null);
  await useIndicatorsStore.getState().loadIndicators();
  return true;
}

/**
 * Saving either form: nothing while none is open or a save of it is under way; a draft the form
 * cannot send (`toInput` fails) fails in the form, unsent; otherwise sent and settled as above.
 */
async function saveForm<D, S, I>(
  form: FormSlot<D, S>,
  toInput: (draft: D) => Result<I>,
  send: (input: I) => Promise<Result<unknown>>,
): Promise<boolean> {
  const e = form.get();
  if (!e || e.saving) return false;
  const input = toInput(e.draft);
  if (!input.ok) {
    form.put(failedWith(e, input.error));
    return false;
  }
  form.put(startSaving(e));
  return saveSettled(await send(input.value), form);
}

/**
 * A figure as the contract takes it. Checked here, not left to the host: NaN would cross JSON
 * as null and an unreadable target would be saved as "no target".
 */
function observationInput(draft: ObservationDraft): Result<ObservationInput> {
  const { value, ...rest } = draft;
  if (value === null || !Number.isFinite(value)) return { ok: false, error: notANumber('value') };
  if (rest.target !== null && !Number.isFinite(rest.target))
    return { ok: false, error: notANumber('target') };
  return ok({ ...rest, value });
}

/** How a deletion ends, of an indicator or a figure: the register read again, or the failure. */
async function deleteSettled(r: Result<unknown>): Promise<boolean> {
  if (!r.ok) {
    useIndicatorsStore.setState({ error: r.error });
    return false;
  }
  await useIndicatorsStore.getState().loadIndicators();
  return true;
}

export const useIndicatorsStore = create<IndicatorsState>()((set, get) => ({
  ...initial,

  async loadIndicators() {
    set({ loading: true });
    const sort = get().sort;
    const r = await getApi()['indicators.list'](sort === 'pillar' ? {} : { sort });
    if (sort !== get().sort) return; // another order was asked for meanwhile
    if (r.ok) set({ items: r.value, loading: false, loaded: true, error: null });
    else set({ loading: false, error: r.error });
  },

  async setSort(sort) {
    set({ sort });
    await get().loadIndicators();
  },

  focusIndicator(id, observationId) {
    set({ focusedId: id, focusedObservationId: observationId ?? null });
  },

  // One small form at a time: opening one closes the other.
  startIndicator(existing) {
    const draft = existing ? toIndicatorDraft(existing) : emptyIndicator();
    set({ indicatorEditor: openEditor(draft, existing ?? null), observationEditor: null });
  },

  editIndicator(edit) {
    editForm(indicatorForm, edit);
  },

  async saveIndicator() {
    return saveForm(indicatorForm, ok, (input) => getApi()['indicators.save'](input));
  },

  async deleteIndicator(i) {
    return deleteSettled(await getApi()['indicators.delete']({ id: i.id, revision: i.revision }));
  },

  startObservation(indicatorId, existing) {
    const draft = existing ? toObservationDraft(existing) : emptyObservation(indicatorId);
    set({ observationEditor: openEditor(draft, existing ?? null), indicatorEditor: null });
  },

  editObservation(edit) {
    editForm(observationForm, edit);
  },

  async saveObservation() {
    return saveForm(observationForm, observationInput, (input) =>
      getApi()['observations.save'](input),
    );
  },

  async deleteObservation(o) {
    return deleteSettled(await getApi()['observations.delete']({ id: o.id, revision: o.revision }));
  },

  closeForms() {
    set({ indicatorEditor: null, observationEditor: null });
  },

  reset() {
    set({ ...initial });
  },
}));

export interface PillarGroup {
  pillar: Pillar;
  indicators: IndicatorWithObservations[];
}

/** The register's order: the three pillars as domain.md numbers them, then the rest; by name within. */
export function groupByPillar(items: IndicatorWithObservations[]): PillarGroup[] {
  return PILLAR_ORDER.map((pillar) => ({
    pillar,
    indicators: items
      .filter((i) => i.pillar === pillar)
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  })).filter((g) => g.indicators.length > 0);
}

export const selectIndicatorFormDirty = (s: IndicatorsState) =>
  (s.indicatorEditor?.dirty ?? false) || (s.observationEditor?.dirty ?? false);
