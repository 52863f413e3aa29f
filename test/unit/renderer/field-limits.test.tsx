// @vitest-environment jsdom
// Issue 9 §2, "every field shows its limit — the same limits the validators use": the
// directive, indicator and observation forms, the brief's header and the organisation profile
// limit each text field to exactly the length the schema accepts, so a paste is refused at the
// field, not at the save.
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import type { z } from 'zod';
import { directiveFields } from '../../../shared/domain/directive';
import { indicatorFields, observationFields } from '../../../shared/domain/indicator';
import { IndicatorForm } from '../../../renderer/features/indicators/components/IndicatorForm';
import { ObservationForm } from '../../../renderer/features/indicators/components/ObservationForm';
import { I18nProvider } from '../../../renderer/i18n';
import { emptyDirective } from '../../../renderer/stores/directivesStore';
import { emptyIndicator, emptyObservation } from '../../../renderer/stores/indicatorsStore';
import {
  blankBrief,
  briefHeader,
  HEADER_LIST_LIMITS,
  type BriefHeader,
} from '../../../shared/brief';
import { briefOrganisation } from '../../../shared/brief-calls';
import type { BriefOrganisation } from '../../../shared/brief/templates/context';
import { HeaderForm } from '../../../renderer/features/briefs/HeaderForm';
import { OrganisationDialog } from '../../../renderer/features/briefs/OrganisationDialog';
import { useBriefsStore } from '../../../renderer/stores/briefsStore';
import { useOrganisationStore } from '../../../renderer/stores/organisationStore';
import { directiveEditor } from './directive-views';
import { pasteText } from './paste';

afterEach(cleanup);

/** The longest string the schema's field accepts (a binary search). */
function maxOf(shape: Record<string, z.ZodType>, key: string): number {
  let ok = 1;
  let refused = 200_000;
  while (refused - ok > 1) {
    const mid = Math.floor((ok + refused) / 2);
    if (shape[key]!.safeParse('a'.repeat(mid)).success) ok = mid;
    else refused = mid;
  }
  return ok;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

const nop = () => {};
const limits = () =>
  Object.fromEntries(
    [...document.querySelectorAll<HTMLElement>('[data-limit]')].map((el) => [
      el.getAttribute('aria-label') ?? el.id,
      Number(el.dataset.limit),
    ]),
  );

describe('form fields carry the schema’s limits', () => {
  it('directive: task, assignee, authority, responsibility, deliverable, lead unit', () => {
    render(directiveEditor({ draft: emptyDirective(), today: '2025-09-15' }));
    const shape = directiveFields.shape as unknown as Record<string, z.ZodType>;
    expect(sorted(Object.values(limits()))).toEqual(
      sorted(
        ['task', 'assignee', 'authority', 'responsibility', 'deliverable', 'leadUnit'].map((k) =>
          maxOf(shape, k),
        ),
      ),
    );
  });

  it('indicator: name, description; observation: source, comparison', () => {
    const shape = {
      ...(indicatorFields.shape as unknown as Record<string, z.ZodType>),
      ...(observationFields.shape as unknown as Record<string, z.ZodType>),
    };
    // Both forms new and untouched: only their fields' limits are looked at.
    const untouchedForm = {
      isNew: true,
      saving: false,
      error: null,
      fieldErrors: {},
      onEdit: nop,
      onSave: nop,
      onCancel: nop,
    };
    render(
      <I18nProvider language="vi">
        <IndicatorForm draft={emptyIndicator()} {...untouchedForm} />
        <ObservationForm
          indicatorName="Tăng trưởng GDP"
          unit="%"
          draft={emptyObservation('i1')}
          {...untouchedForm}
        />
      </I18nProvider>,
    );
    expect(sorted(Object.values(limits()))).toEqual(
      sorted(['name', 'description', 'source', 'comparison'].map((k) => maxOf(shape, k))),
    );
  });
});

const ORG: BriefOrganisation = {
  name: 'VĂN PHÒNG CHÍNH PHỦ',
  superiorBody: '',
  abbreviation: 'VPCP',
  draftingUnit: 'QHQT',
  place: 'Hà Nội',
  signer: { authority: 'KT', authorityOf: 'BỘ TRƯỞNG', title: 'THỨ TRƯỞNG', name: 'Nguyễn Văn A' },
  drafterInitials: 'NVA',
};

/** The header with the text at `path` ("signature.name") replaced by `value`. */
function withText(header: BriefHeader, path: string, value: string): unknown {
  const copy = structuredClone(header) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let at = copy;
  for (const k of keys.slice(0, -1)) {
    at[k] ??= {};
    at = at[k] as Record<string, unknown>;
  }
  at[keys.at(-1)!] = value;
  return copy;
}

describe('the brief header and the organisation carry the schema’s limits', () => {
  it.each(['conclusion-notice', 'official-letter', 'minutes'] as const)(
    '%s: every one-line field and the trích yếu take exactly what the save takes',
    (template) => {
      const header = blankBrief(template, ORG, '2025-09-15').header;
      render(
        <I18nProvider language="vi">
          <HeaderForm header={header} onChange={nop} readOnly={false} problems={{}} />
        </I18nProvider>,
      );
      const fields = [...document.querySelectorAll<HTMLElement>('[data-limit][data-field]')];
      expect(fields.length).toBeGreaterThanOrEqual(9);
      for (const el of fields) {
        const path = el.dataset.field!.replace(/^header\./, '');
        const max = Number(el.dataset.limit);
        expect(briefHeader.safeParse(withText(header, path, 'a'.repeat(max))).success, path).toBe(
          true,
        );
        expect(
          briefHeader.safeParse(withText(header, path, 'a'.repeat(max + 1))).success,
          path,
        ).toBe(false);
      }
    },
  );

  it('organisation dialog: each field’s limit is the profile schema’s', () => {
    useBriefsStore.setState({ organisation: ORG });
    useOrganisationStore.setState({ editor: { original: ORG, draft: ORG, dirty: false } });
    render(
      <I18nProvider language="vi">
        <OrganisationDialog />
      </I18nProvider>,
    );
    const fields = [...document.querySelectorAll<HTMLElement>('[data-limit]')];
    expect(fields.length).toBe(9);
    for (const el of fields) {
      const key = el.dataset.testid!.replace(/^org-/, '');
      const max = Number(el.dataset.limit);
      const at = (v: string) =>
        key.startsWith('signer-')
          ? { ...ORG, signer: { ...ORG.signer, [key.slice(7)]: v } }
          : { ...ORG, [key]: v };
      expect(briefOrganisation.safeParse(at('a'.repeat(max))).success, key).toBe(true);
      expect(briefOrganisation.safeParse(at('a'.repeat(max + 1))).success, key).toBe(false);
    }
  });
});

describe('the header’s one-per-line lists', () => {
  /** Whether the field refused the paste. */
  const paste = (el: HTMLElement, text: string) => pasteText(el, text).defaultPrevented;

  it('refuse a paste with a line or a count the save would refuse, and take one that fits', () => {
    const header = blankBrief('official-letter', ORG, '2025-09-15').header;
    const onChange = vi.fn();
    render(
      <I18nProvider language="vi">
        <HeaderForm header={header} onChange={onChange} readOnly={false} problems={{}} />
      </I18nProvider>,
    );
    const { addressees, recipients } = HEADER_LIST_LIMITS;
    const field = screen.getByTestId('brief-addressees');
    const tooMany = Array.from({ length: addressees.lines + 1 }, (_, i) => `Bộ số ${i + 1}`);
    expect(paste(field, tooMany.join('\n'))).toBe(true);
    expect(screen.getByTestId('brief-addressees-refused').textContent).toContain(
      `tối đa ${addressees.lines} dòng`,
    );
    expect(
      briefHeader.safeParse({ ...header, addressees: tooMany }).success,
      'the schema refuses it too',
    ).toBe(false);

    const recipientsField = screen.getByTestId('brief-recipients');
    expect(paste(recipientsField, `Bộ Tài chính\n${'x'.repeat(recipients.line + 1)}`)).toBe(true);
    expect(screen.getByTestId('brief-recipients-refused').textContent).toContain('mỗi dòng');
    expect(onChange).not.toHaveBeenCalled();

    const fits = Array.from({ length: addressees.lines }, (_, i) => `Bộ số ${i + 1}`);
    expect(paste(field, fits.join('\n'))).toBe(false);
    expect(briefHeader.safeParse({ ...header, addressees: fits }).success).toBe(true);
  });
});
