// A brief's search entry (issue 13 §6): its title and the plain text of its CURRENT revision.
// Every path that changes which revision is current, or whether the brief exists at all —
// create, save (restore and figure refresh are saves), trash, restore from the trash, undo of
// an import — calls reindexBrief, which reads the stored state rather than trusting its caller.
import { briefSearchText } from '../../../../shared/brief/search-text';
import type { Brief } from '../../../../shared/brief';
import type { VaultContext } from '../context';
import { indexDoc, unindexDoc } from './search-index';

export function reindexBrief(ctx: VaultContext, id: string): void {
  const row = ctx
    .stmt(
      'SELECT r.body AS body FROM briefs b JOIN brief_revisions r ON r.brief_id = b.id AND r.revision = b.revision WHERE b.id = ?',
    )
    .get(id) as { body: string } | undefined;
  if (row) indexDoc(ctx, 'brief', id, briefSearchText(JSON.parse(row.body) as Brief));
  else unindexDoc(ctx, 'brief', id);
}
