// History, trash, undoable imports and the user's profile (issue 9). Record ids are those of
// any kind (meeting, directive, indicator, observation, brief): the vault finds which.
import { z } from 'zod';
import { byId, call, noInput, revision } from './call';
import { recordId } from './domain/common';
import { text } from './text';

export const anyRecordKind = z.enum(['meeting', 'directive', 'indicator', 'observation', 'brief']);
export type AnyRecordKind = z.infer<typeof anyRecordKind>;

export const userProfile = z.object({ name: text(200), unit: text(300) });
export type UserProfileInfo = z.infer<typeof userProfile>;

export const fieldChange = z.object({ field: z.string(), before: z.string(), after: z.string() });

export const recordHistory = z.object({
  id: z.string(),
  kind: anyRecordKind,
  inTrash: z.boolean(),
  current: z.number().nullable(),
  /** Newest first. */
  revisions: z.array(
    z.object({
      revision: z.number(),
      at: z.string(),
      by: z.string(),
      hash: z.string(),
      changes: z.array(fieldChange),
    }),
  ),
});
export type RecordHistoryInfo = z.infer<typeof recordHistory>;

export const trashLink = z.object({
  kind: anyRecordKind,
  id: z.string(),
  title: z.string(),
  /** moved: goes to the trash with it; unlinked: stays, unlinked; figure-deleted: its figure reads "đã bị xóa". */
  effect: z.enum(['moved', 'unlinked', 'figure-deleted']),
});
export type TrashLinkInfo = z.infer<typeof trashLink>;

export const trashEntry = z.object({
  id: z.string(),
  kind: anyRecordKind,
  title: z.string(),
  deletedAt: z.string(),
  deletedBy: z.string(),
  links: z.array(trashLink),
});
export type TrashEntryInfo = z.infer<typeof trashEntry>;

export const importInfo = z.object({
  packageId: z.string(),
  sender: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  undoneAt: z.string().nullable(),
  records: z.number(),
});
export type ImportInfo = z.infer<typeof importInfo>;

export const historyCalls = {
  'userProfile.get': call(noInput, userProfile),
  'userProfile.set': call(userProfile.strict(), userProfile),
  'history.list': call(byId, recordHistory),
  /** `seen`: the current revision the user looked at; a save made meanwhile → 'conflict'. */
  'history.restore': call(
    z.object({ id: recordId, revision, seen: revision.optional() }).strict(),
    z.object({ kind: anyRecordKind, revision: z.number() }),
  ),
  'trash.links': call(
    byId,
    z.object({ kind: anyRecordKind, title: z.string(), links: z.array(trashLink) }),
  ),
  'trash.delete': call(byId, trashEntry),
  'trash.list': call(noInput, z.array(trashEntry)),
  'trash.restore': call(byId, trashEntry),
  /** Without an id: the whole trash. Always an explicit request. */
  'trash.empty': call(
    z.object({ id: recordId.optional() }).strict(),
    z.object({ removed: z.number() }),
  ),
  'imports.list': call(noInput, z.array(importInfo)),
  'imports.undo': call(
    z.object({ packageId: recordId, forget: z.boolean().default(false) }).strict(),
    z.object({
      packageId: z.string(),
      restored: z.number(),
      removed: z.number(),
      forgotten: z.boolean(),
    }),
  ),
} as const;
