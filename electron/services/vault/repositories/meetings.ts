// Meetings: the list (summaries with their directive count), get, save and delete. Deleting a
// meeting detaches its directives (their meeting link is cleared and their revision bumped)
// rather than deleting them: a task given at a meeting outlives the meeting's record.
import {
  meetingFields,
  type Meeting,
  type MeetingSummary,
  type Person,
} from '../../../../shared/domain';
import type { MeetingFilter, MeetingSort } from '../../../../shared/contract';
import { foldForSearch } from '../../../../shared/text';
import type { VaultContext } from '../context';
import { detachDirectivesFromMeeting } from './directives';
import { getRecord, saveRecord, type RecordSpec } from './record-store';
import { trashRecord } from './trash';
import type { SearchDoc } from './search-index';
import type { MeetingSave } from '../types';

const personText = (p: Person) =>
  [p.name, p.title, p.organisation, p.committeeRole].filter(Boolean).join(', ');

export function meetingSearchDoc(m: Meeting): SearchDoc {
  return {
    title: m.title,
    fields: [
      m.summary,
      m.purpose,
      m.results,
      m.conclusions.map((c) => c.text).join('\n'),
      m.difficulties,
      m.location,
      personText(m.chair),
      ...m.attendees.map(personText),
      ...m.connectionPoints.flatMap((c) => [
        c.site,
        c.hostOfficial,
        ...c.attendees.map(personText),
      ]),
      ...m.legalReferences.map((r) =>
        [r.numberSymbol, r.type, r.issuer, r.title].filter(Boolean).join(' '),
      ),
      ...m.sources.map((s) => [s.outlet, s.title].filter(Boolean).join(': ')),
    ],
  };
}

const PART_OF_DAY_START: Record<NonNullable<Meeting['partOfDay']>, string> = {
  'all-day': '00:00',
  morning: '07:00',
  afternoon: '13:00',
  evening: '18:00',
};

export const meetingSpec: RecordSpec<Meeting> = {
  table: 'meetings',
  fieldKeys: Object.keys(meetingFields.shape),
  columns: (m) => ({
    title: m.title,
    title_key: foldForSearch(m.title),
    kind: m.kind,
    mode: m.mode,
    date: m.date,
    time_key: m.time ?? (m.partOfDay ? PART_OF_DAY_START[m.partOfDay] : ''),
    chair_name: m.chair.name,
    chair_key: foldForSearch(m.chair.name),
  }),
  search: { kind: 'meeting', doc: (_ctx, m) => meetingSearchDoc(m) },
  beforeDelete: (ctx, m) => detachDirectivesFromMeeting(ctx, m.id),
};

// The register's column orders; titles and chairs folded (đ = d) as the search folds them,
// a meeting without a chair last. Ties fall back to the newest meeting first.
const ORDER: Record<MeetingSort, string> = {
  'date-desc': 'm.date DESC, m.time_key DESC, m.rowid DESC',
  'date-asc': 'm.date ASC, m.time_key ASC, m.rowid ASC',
  title: 'm.title_key ASC, m.date DESC, m.rowid',
  'title-desc': 'm.title_key DESC, m.date DESC, m.rowid',
  chair: "m.chair_key = '', m.chair_key, m.date DESC, m.rowid",
};

interface SummaryRow {
  id: string;
  title: string;
  kind: MeetingSummary['kind'];
  date: string;
  mode: MeetingSummary['mode'];
  chair_name: string;
  updated_at: string;
  directive_count: number;
}

export function listMeetings(ctx: VaultContext, filter: MeetingFilter): MeetingSummary[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.year !== undefined) {
    where.push('m.date >= ? AND m.date <= ?');
    params.push(`${filter.year}-01-01`, `${filter.year}-12-31`);
  }
  if (filter.kind !== undefined) {
    where.push('m.kind = ?');
    params.push(filter.kind);
  }
  if (filter.mode !== undefined) {
    where.push('m.mode = ?');
    params.push(filter.mode);
  }
  const sql =
    'SELECT m.id, m.title, m.kind, m.date, m.mode, m.chair_name, m.updated_at, ' +
    // Tasks only: the list says "{n} nhiệm vụ", and a recommendation is not one.
    "(SELECT count(*) FROM directives d WHERE d.meeting_id = m.id AND d.kind = 'directive') AS directive_count " +
    `FROM meetings m ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ` +
    `ORDER BY ${ORDER[filter.sort ?? 'date-desc']}`;
  return (ctx.stmt(sql).all(...params) as SummaryRow[]).map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    date: r.date,
    mode: r.mode,
    chairName: r.chair_name,
    directiveCount: r.directive_count,
    updatedAt: r.updated_at,
  }));
}

export const meetingsRepository = (ctx: VaultContext) => ({
  list: (filter: MeetingFilter) => listMeetings(ctx, filter),
  get: (id: string) => getRecord<Meeting>(ctx, 'meetings', id),
  save: (input: MeetingSave) => saveRecord(ctx, meetingSpec, input),
  /** To the trash (trash.ts), with its directives and briefs unlinked until it comes back. */
  delete: (id: string, revision: number) =>
    void trashRecord(ctx, id, { kind: 'meeting', revision }),
});
