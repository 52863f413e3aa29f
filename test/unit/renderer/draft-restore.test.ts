// @vitest-environment jsdom
// A draft of a saved record put back (issue 9): the record is opened from the vault, what the
// user had typed is laid over it, the rest of the record stays as saved, and the editor is
// dirty so that one click saves it. A draft of a new record goes into an empty editor.
import { describe, expect, it } from 'vitest';
import { restoreDraft } from '../../../renderer/features/drafts/restore';
import { useDirectivesStore } from '../../../renderer/stores/directivesStore';
import { useIndicatorsStore } from '../../../renderer/stores/indicatorsStore';
import { directive, indicator } from '../../fixtures/records';
import { realApp } from './setup';

describe('restoring the draft of a saved record', () => {
  it('directive: opens the saved directive and lays the typed task over it', async () => {
    const desk = await realApp({ unlocked: true });
    const saved = await desk.ok('directives.save', directive());
    const typed = 'Hoàn thiện đề án trước ngày 30/9/2025 (đã sửa)';
    await desk.ok('drafts.save', {
      editor: 'directive',
      key: saved.id,
      body: JSON.stringify({ task: typed }),
    });
    expect(await restoreDraft('directive', saved.id)).toBe(true);
    const editor = useDirectivesStore.getState().editor!;
    expect(editor.original?.id).toBe(saved.id);
    expect(editor.draft).toMatchObject({ id: saved.id, task: typed, leadUnit: saved.leadUnit });
    expect(editor.dirty).toBe(true);
  });

  it('directive: a draft of a new one goes into an empty editor', async () => {
    const desk = await realApp({ unlocked: true });
    await desk.ok('drafts.save', {
      editor: 'directive',
      key: 'new',
      body: JSON.stringify({ task: 'Nhiệm vụ chưa lưu' }),
    });
    expect(await restoreDraft('directive', 'new')).toBe(true);
    const editor = useDirectivesStore.getState().editor!;
    expect(editor.original).toBeNull();
    expect(editor.draft.task).toBe('Nhiệm vụ chưa lưu');
    expect(editor.dirty).toBe(true);
  });

  it('indicator: opens the saved indicator and lays the typed name over it', async () => {
    const desk = await realApp({ unlocked: true });
    const saved = await desk.ok('indicators.save', indicator());
    await desk.ok('drafts.save', {
      editor: 'indicator',
      key: saved.id,
      body: JSON.stringify({ name: 'Tăng trưởng GDP (giá so sánh 2010)' }),
    });
    expect(await restoreDraft('indicator', saved.id)).toBe(true);
    const editor = useIndicatorsStore.getState().indicatorEditor!;
    expect(editor.original?.id).toBe(saved.id);
    expect(editor.draft).toMatchObject({
      name: 'Tăng trưởng GDP (giá so sánh 2010)',
      unit: saved.unit,
    });
    expect(editor.dirty).toBe(true);
  });
});
