// @vitest-environment jsdom
// Tasks and delegates' recommendations in the register (issue 10 §5): the editor's "Loại"
// selector sets the kind, a recommendation shows the "Kiến nghị" badge instead of a "6 rõ"
// badge or an overdue mark, and the register's filter asks the host for one kind.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { DirectiveInput } from '../../../shared/domain';
import { MEETING_IDS } from '../../../shared/sample';
import { emptyDirective, useDirectivesStore } from '../../../renderer/stores/directivesStore';
import { sampleContext } from '../brief/fixtures';
import { giveElementsASize } from './layout-shim';
import { directiveEditor, directiveTable } from './directive-views';
import type { RealDesk } from '../../support/real-desk';
import { sampleDirectives } from './setup';

afterEach(cleanup);

const TODAY = '2026-03-01';

function editor(draft: DirectiveInput, edits: Partial<DirectiveInput>[]) {
  return directiveEditor({
    draft,
    today: TODAY,
    onEdit: (e) => edits.push(typeof e === 'function' ? e(draft) : e),
  });
}

describe('the directive editor’s kind', () => {
  it('starts as a task and can be made a recommendation, which then has no "6 rõ" badge', () => {
    const edits: Partial<DirectiveInput>[] = [];
    const draft = emptyDirective({ deadline: '2026-01-01' });
    const { rerender } = render(editor(draft, edits));
    const select = screen.getByTestId('directive-kind') as HTMLSelectElement;
    expect(select.value).toBe('directive');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Nhiệm vụ', 'Kiến nghị']);
    expect(screen.getByTestId('ro-badge')).toBeTruthy();
    expect(screen.getByTestId('overdue-badge')).toBeTruthy();
    expect(screen.queryByTestId('kind-badge')).toBeNull();

    fireEvent.change(select, { target: { value: 'recommendation' } });
    expect(edits).toEqual([{ kind: 'recommendation' }]);

    rerender(editor({ ...draft, kind: 'recommendation' }, edits));
    expect(screen.getByTestId('kind-badge').textContent).toBe('Kiến nghị');
    expect(screen.queryByTestId('ro-badge')).toBeNull();
    expect(screen.queryByTestId('overdue-badge')).toBeNull();
  });

  it('reads the deadline and the completion date as offices write them, each into its own part', () => {
    const edits: Partial<DirectiveInput>[] = [];
    const draft = emptyDirective({ status: 'done', completedOn: null });
    render(editor(draft, edits));
    fireEvent.change(screen.getByLabelText(/Rõ thời gian/), { target: { value: '30/9/2025' } });
    fireEvent.blur(screen.getByLabelText(/Rõ thời gian/));
    fireEvent.change(screen.getByLabelText(/Ngày hoàn thành/), { target: { value: '2/10/2025' } });
    fireEvent.blur(screen.getByLabelText(/Ngày hoàn thành/));
    expect(edits).toEqual(
      expect.arrayContaining([{ deadline: '2025-09-30' }, { completedOn: '2025-10-02' }]),
    );
  });

  it('shows a recommendation as its content, and the other "rõ" only once one is filled', () => {
    const legends = () => [...document.querySelectorAll('legend')].map((l) => l.textContent);
    const labels = () => [...document.querySelectorAll('.field__label')].map((l) => l.textContent);
    const bare = emptyDirective({ kind: 'recommendation', task: 'Đề nghị sớm ban hành hướng dẫn' });
    const { rerender } = render(editor(bare, []));
    expect(legends()).toContain('Nội dung kiến nghị');
    expect(legends()).not.toContain('6 rõ');
    expect(labels()).toContain('Kiến nghị');
    expect(labels()).not.toContain('Rõ thời gian');

    // Turned from a task that had a deadline: what it holds stays in sight.
    rerender(editor({ ...bare, deadline: '2026-05-31' }, []));
    expect(labels()).toEqual(expect.arrayContaining(['Rõ thời gian', 'Rõ người']));
  });
});

describe('the register', () => {
  it('marks the sample review’s four recommendations, and only them', () => {
    giveElementsASize();
    const items = [...sampleContext(MEETING_IDS.review2025).directives];
    render(directiveTable({ items, today: TODAY }));
    const rows = screen.getAllByTestId('directive-row');
    const marked = rows.filter((r) => within(r).queryByTestId('kind-badge'));
    expect(marked).toHaveLength(4);
    for (const r of marked) expect(within(r).queryByTestId('ro-badge')).toBeNull();
  });

  describe('filtered by kind through the host', () => {
    let desk: RealDesk;
    beforeEach(async () => {
      desk = await sampleDirectives(TODAY);
    });

    it('shows recommendations only, then tasks only', async () => {
      const all = useDirectivesStore.getState().items.length;
      await useDirectivesStore.getState().setFilter({ kind: 'recommendation' });
      expect(desk.calls.filter((c) => c.name === 'directives.page').at(-1)?.input).toMatchObject({
        today: TODAY,
        kind: 'recommendation',
      });
      const recs = useDirectivesStore.getState().items;
      expect(recs.map((d) => d.kind)).toEqual([
        'recommendation',
        'recommendation',
        'recommendation',
        'recommendation',
      ]);
      await useDirectivesStore.getState().setFilter({ kind: 'directive' });
      expect(useDirectivesStore.getState().items).toHaveLength(all - 4);
    });
  });
});
