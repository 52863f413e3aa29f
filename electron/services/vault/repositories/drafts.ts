// Editor drafts inside the encrypted vault (migration 0005). A draft is one row per editor
// and record; an autosave replaces it in one statement, so a kill -9 leaves either the old
// draft or the new one, never a torn one.
import type { DraftEditor, DraftInfo, StoredDraft } from '../../../../shared/drafts-calls';
import type { VaultContext } from '../context';

interface DraftRow {
  editor: DraftEditor;
  record_key: string;
  body: string;
  saved_at: string;
}

const info = (r: Omit<DraftRow, 'body'>): DraftInfo => ({
  editor: r.editor,
  key: r.record_key,
  savedAt: r.saved_at,
});

export const draftsRepository = (ctx: VaultContext) => ({
  save: (editor: DraftEditor, key: string, body: string, savedAt: string): DraftInfo => {
    ctx
      .stmt(
        'INSERT INTO drafts (editor, record_key, body, saved_at) VALUES (@editor, @key, @body, @savedAt) ' +
          'ON CONFLICT (editor, record_key) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at',
      )
      .run({ editor, key, body, savedAt });
    return { editor, key, savedAt };
  },
  get: (editor: DraftEditor, key: string): StoredDraft | null => {
    const row = ctx
      .stmt(
        'SELECT editor, record_key, body, saved_at FROM drafts WHERE editor = ? AND record_key = ?',
      )
      .get(editor, key) as DraftRow | undefined;
    return row ? { ...info(row), body: row.body } : null;
  },
  list: (): DraftInfo[] =>
    (
      ctx
        .stmt('SELECT editor, record_key, saved_at FROM drafts ORDER BY saved_at DESC')
        .all() as DraftRow[]
    ).map(info),
  discard: (editor: DraftEditor, key: string): boolean =>
    ctx.stmt('DELETE FROM drafts WHERE editor = ? AND record_key = ?').run(editor, key).changes > 0,
});

export type DraftsRepository = ReturnType<typeof draftsRepository>;
