// Append-only: a released migration is never edited, only followed by a new numbered file
// (with its own test in test/integration/vault/migrations/).
import type { Migration } from '../migrate';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-briefs';
import { migration0003 } from './0003-exchange';
import { migration0004 } from './0004-history-trash';
import { migration0005 } from './0005-drafts';
import { migration0006 } from './0006-lifecycle';
import { migration0007 } from './0007-exchange-trust';
import { migration0008 } from './0008-sources';
import { migration0009 } from './0009-register-orders';
import { migration0010 } from './0010-search-briefs-observations';
import { migration0011 } from './0011-directive-kind';
import { migration0012 } from './0012-meeting-task-counts';

export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
];
