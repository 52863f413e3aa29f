// The span an observation covers, picked as kind + year + part, and shown back the way the
// reports print it ("6 tháng đầu năm 2025", "quý III/2025") so the user sees what will be stored.
import type { Period } from '../../../../shared/domain';
import { formatPeriod, formatPeriodEn } from '../../../../shared/format/period';
import { useLanguage, useT, type MessageKey, type Translate } from '../../../i18n';

interface Props {
  value: Period;
  onChange: (p: Period) => void;
  error?: string | undefined;
}

const KINDS: { kind: Period['kind']; label: MessageKey }[] = [
  { kind: 'year', label: 'period.year' },
  { kind: 'half', label: 'period.half' },
  { kind: 'quarter', label: 'period.quarter' },
  { kind: 'months', label: 'period.months' },
  { kind: 'month', label: 'period.month' },
];

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

type PartOfYear = Extract<Period, { kind: 'half' | 'quarter' | 'months' | 'month' }>;

const isPartOfYear = (p: Period): p is PartOfYear =>
  p.kind === 'half' || p.kind === 'quarter' || p.kind === 'months' || p.kind === 'month';

/**
 * The kinds that name a part of the year, each chosen in one select of numbers: which numbers,
 * the select's label and how a number is said ("quý III", "7 tháng đầu năm").
 */
const PARTS: Record<
  PartOfYear['kind'],
  { label: MessageKey; choices: readonly number[]; text(t: Translate, n: number): string }
> = {
  half: {
    label: 'period.whichHalf',
    choices: [1, 2],
    text: (t, n) => t(n === 1 ? 'period.firstHalf' : 'period.secondHalf'),
  },
  quarter: {
    label: 'period.whichQuarter',
    choices: [1, 2, 3, 4],
    text: (t, n) => t('period.quarterN', { q: ROMAN[n - 1] ?? '' }),
  },
  months: {
    label: 'period.howManyMonths',
    choices: MONTHS,
    text: (t, n) => t('period.firstNMonths', { n }),
  },
  month: { label: 'period.whichMonth', choices: MONTHS, text: (t, n) => t('period.monthN', { n }) },
};

function partOf(p: PartOfYear): number {
  switch (p.kind) {
    case 'half':
      return p.half;
    case 'quarter':
      return p.quarter;
    case 'months':
      return p.months;
    case 'month':
      return p.month;
  }
}

function withPart(p: PartOfYear, n: number): Period {
  switch (p.kind) {
    case 'half':
      return { ...p, half: n === 2 ? 2 : 1 };
    case 'quarter':
      return { ...p, quarter: n };
    case 'months':
      return { ...p, months: n };
    case 'month':
      return { ...p, month: n };
  }
}

/** Keeps the year when the kind changes, and picks a sensible part for the new kind. */
export function withKind(p: Period, kind: Period['kind']): Period {
  const year = p.year;
  switch (kind) {
    case 'year':
      return { kind, year };
    case 'half':
      return { kind, year, half: 1 };
    case 'quarter':
      return { kind, year, quarter: 1 };
    case 'months':
      return { kind, year, months: p.kind === 'months' ? p.months : 7 };
    case 'month':
      return { kind, year, month: p.kind === 'month' ? p.month : 1 };
    // Read from reports (giai đoạn 2021–2025, lũy kế đến ngày…); the picker does not offer them.
    case 'years':
      return { kind, from: p.kind === 'years' ? p.from : year - 4, year };
    case 'toDate':
      return { kind, year, month: 12, day: 31 };
  }
}

export function PeriodPicker({ value, onChange, error }: Props) {
  const t = useT();
  const lang = useLanguage();
  const valid = Number.isInteger(value.year) && value.year >= 1945 && value.year <= 2200;
  return (
    <fieldset className="period" aria-invalid={Boolean(error)}>
      <legend className="field__label">{t('obs.period')}</legend>
      <div className="period__row">
        <select
          className="select"
          aria-label={t('period.kind')}
          value={value.kind}
          onChange={(e) => onChange(withKind(value, e.target.value as Period['kind']))}
          data-testid="period-kind"
        >
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {t(k.label)}
            </option>
          ))}
        </select>
        {isPartOfYear(value) && (
          <select
            className="select"
            aria-label={t(PARTS[value.kind].label)}
            value={partOf(value)}
            onChange={(e) => onChange(withPart(value, Number(e.target.value)))}
          >
            {PARTS[value.kind].choices.map((n) => (
              <option key={n} value={n}>
                {PARTS[value.kind].text(t, n)}
              </option>
            ))}
          </select>
        )}
        <input
          className="input input--year"
          type="number"
          min={1945}
          max={2200}
          aria-label={t('period.yearOf')}
          value={Number.isFinite(value.year) ? value.year : ''}
          onChange={(e) =>
            onChange({
              ...value,
              year: e.target.value ? Math.trunc(Number(e.target.value)) : Number.NaN,
            })
          }
          data-testid="period-year"
        />
      </div>
      <p className="period__preview" data-testid="period-preview">
        {valid
          ? lang === 'vi'
            ? formatPeriod(value)
            : `${formatPeriodEn(value)} (${formatPeriod(value)})`
          : t('period.badYear')}
      </p>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
