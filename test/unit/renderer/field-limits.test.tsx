// @vitest-environment jsdom
// Issue 9 §2, "every field shows its limit — the same limits the validators use": the
// directive, indicator and observation forms limit each text field to exactly the length the
// schema (shared/domain) accepts, so a paste is refused at the field, not at the save.
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import type { z } from 'zod';
import { directiveFields } from '../../../shared/domain/directive';
import { indicatorFields, observationFields } from '../../../shared/domain/indicator';
import { DirectiveEditor } from '../../../renderer/features/directives/components/DirectiveEditor';
import { IndicatorForm } from '../../../renderer/features/indicators/components/IndicatorForm';
import { ObservationForm } from '../../../renderer/features/indicators/components/ObservationForm';
import { I18nProvider } from '../../../renderer/i18n';
import { emptyDirective } from '../../../renderer/stores/directivesStore';
import { emptyIndicator, emptyObservation } from '../../../renderer/stores/indicatorsStore';

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
    render(
      <I18nProvider language="vi">
        <DirectiveEditor
          draft={emptyDirective()}
          isNew
          dirty={false}
          saving={false}
          saved={false}
          error={null}
          fieldErrors={{}}
          today="2025-09-15"
          meetings={[]}
          onEdit={nop}
          onSave={nop}
          onDelete={nop}
          onClose={nop}
          onReload={nop}
        />
      </I18nProvider>,
    );
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
    render(
      <I18nProvider language="vi">
        <IndicatorForm
          draft={emptyIndicator()}
          isNew
          saving={false}
          error={null}
          fieldErrors={{}}
          onEdit={nop}
          onSave={nop}
          onCancel={nop}
        />
        <ObservationForm
          indicatorName="Tăng trưởng GDP"
          unit="%"
          draft={emptyObservation('i1')}
          isNew
          saving={false}
          error={null}
          fieldErrors={{}}
          onEdit={nop}
          onSave={nop}
          onCancel={nop}
        />
      </I18nProvider>,
    );
    expect(sorted(Object.values(limits()))).toEqual(
      sorted(['name', 'description', 'source', 'comparison'].map((k) => maxOf(shape, k))),
    );
  });
});
