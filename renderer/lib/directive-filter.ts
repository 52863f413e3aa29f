// What the directives register's filter bar holds, as the user left it (text fields as typed):
// the bar shows and edits it, the store keeps it (with the order) and builds the host's filter
// from it. One type here, since a props-only component may not import the store.
import type { DirectiveKind, DirectiveStatus } from '../../shared/domain';

export interface DirectiveFilterValue {
  /** Tasks only, recommendations only, or '' for both. */
  kind: DirectiveKind | '';
  status: DirectiveStatus | '';
  assignee: string;
  leadUnit: string;
  overdue: boolean;
  incomplete: boolean;
  meetingId: string;
}
