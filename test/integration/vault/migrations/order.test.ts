// Where each migration stands in the list, as one table: an old vault is upgraded through the
// list in its order, so a migration placed before what it builds on would find its tables
// missing. The first four have fixed places; each later one comes after the migration it
// builds on; the app's schema reaches every one; each has the version its file is named for.
// What a migration does to an old vault is tested in its own file beside this one.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../electron/services/vault/storage/migrations';
import { migration0001 } from '../../../../electron/services/vault/storage/migrations/0001-initial';
import { migration0002 } from '../../../../electron/services/vault/storage/migrations/0002-briefs';
import { migration0003 } from '../../../../electron/services/vault/storage/migrations/0003-exchange';
import { migration0004 } from '../../../../electron/services/vault/storage/migrations/0004-history-trash';
import { migration0005 } from '../../../../electron/services/vault/storage/migrations/0005-drafts';
import { migration0006 } from '../../../../electron/services/vault/storage/migrations/0006-lifecycle';
import { migration0007 } from '../../../../electron/services/vault/storage/migrations/0007-exchange-trust';
import { migration0011 } from '../../../../electron/services/vault/storage/migrations/0011-directive-kind';
import { migration0012 } from '../../../../electron/services/vault/storage/migrations/0012-meeting-task-counts';
import { expectListedAfter, expectListedAt } from './old-vault';

/** [file name, place in the list, migration] */
const FIXED = [
  ['0001-initial', 0, migration0001],
  ['0002-briefs', 1, migration0002],
  ['0003-exchange', 2, migration0003],
  ['0004-history-trash', 3, migration0004],
] as const;

/** [file name, the version it builds on, migration] */
const AFTER = [
  ['0005-drafts', 3, migration0005],
  ['0006-lifecycle', 3, migration0006],
  ['0007-exchange-trust', 3, migration0007],
  ['0011-directive-kind', 8, migration0011],
  ['0012-meeting-task-counts', 11, migration0012],
] as const;

describe('the migration list', () => {
  it('is in strictly increasing versions', () => {
    // A gap is allowed while parallel branches are merged (issue 9 uses 5).
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((x, y) => x - y));
  });

  it.each(FIXED)('holds %s at place %i', (_, index, migration) => {
    expectListedAt(migration, index);
  });

  it.each(AFTER)('holds %s after version %i, which it builds on', (_, previous, migration) => {
    expectListedAfter(migration, previous);
  });

  it.each([...FIXED, ...AFTER])('gives %s the version of its file name', (name, _, migration) => {
    expect(migration.version).toBe(Number(name.slice(0, 4)));
  });
});
