// What a package would change in a record, field by field (issue 9 §5): for each "update" and
// each conflict the preview lists the fields where mine and theirs differ, side by side, so the
// choice per record is made on what actually differs.
import { fieldChanges } from '../../../../shared/domain';
import type { VaultContext } from '../context';
import { mine, type BriefItem, type MergeAction, type RecordKind } from './merge';

export interface FieldDifference {
  field: string;
  mine: string;
  theirs: string;
}

/** Origin differs between copies of one record only when the content does: not a field to show. */
const IGNORED = ['id', 'revision', 'createdAt', 'updatedAt'];

export function differencesOf(
  ctx: VaultContext,
  kind: RecordKind,
  theirs: unknown,
): FieldDifference[] {
  const id = (theirs as { id: string }).id;
  const current = mine(ctx, kind, id);
  if (current === null) return [];
  const changes =
    kind === 'brief'
      ? fieldChanges(
          (current as BriefItem).brief as unknown as Record<string, unknown>,
          (theirs as BriefItem).brief as unknown as Record<string, unknown>,
          {
            ignore: [],
            nested: ['header'],
          },
        )
      : fieldChanges(current as Record<string, unknown>, theirs as Record<string, unknown>, {
          ignore: IGNORED,
        });
  return changes.map((c) => ({ field: c.field, mine: c.before, theirs: c.after }));
}

/** The differences a preview item shows: only where the import would replace or must ask. */
export const previewDifferences = (
  ctx: VaultContext,
  kind: RecordKind,
  theirs: unknown,
  action: MergeAction,
) =>
  action === 'update' || action === 'conflict'
    ? { differences: differencesOf(ctx, kind, theirs) }
    : {};
