// An in-memory stand-in for the transport (window.desk / the HTTP host), for renderer tests
// only. Every input goes through the contract's own schema first, exactly as the real hosts
// do, so a store that sends an extra key or a malformed value fails here as it would in the
// app. It is not a vault: it keeps records in maps and answers the way the handlers answer.
import type { FilePicker } from '../../../renderer/api/file-picker';
import { randomUUID } from 'node:crypto';
import {
  contract,
  type CallName,
  type CallOutput,
  type DeskApi,
  type ParsedInput,
  type SearchHit,
  type Settings,
  type VaultStatus,
} from '../../../shared/contract';
import { describeIssues } from '../../../shared/contract';
import {
  missingRo,
  isTask,
  isOverdue,
  type Directive,
  type Indicator,
  type Meeting,
  type Observation,
} from '../../../shared/domain';
import { fail, ok, type AppError, type Result } from '../../../shared/result';
import { foldForSearch } from '../../../shared/text';
import { briefSearchText } from '../../../shared/brief/search-text';
import { formatPeriod } from '../../../shared/format/period';
import { buildSampleData } from '../../../shared/sample';
import {
  TEMPLATES,
  directiveReport,
  figureState,
  inlineNodes,
  refreshFigure,
  preExportCheck,
  type Brief,
  type BriefOrganisation,
  type IndicatorFigureNode,
} from '../../../shared/brief';
import type { StoredBrief } from '../../../shared/contract';
import { fakeExchangeHandlers } from './fake-exchange';
import { fakeHistoryHandlers } from './fake-history';
import { fakeLifecycleHandlers, issuedReadOnly, type FakeBriefEntry } from './fake-lifecycle';
import { fakeFollowUpHandlers } from './fake-follow-up';
import { directiveStats, statsTotal } from '../../../shared/stats';
import { fakeDraftHandlers } from './fake-drafts';
import type { StoredDraft } from '../../../shared/drafts-calls';

type Handler<N extends CallName> = (
  input: ParsedInput<N>,
) => CallOutput<N> | { ok: false; error: AppError };

export interface FakeDesk {
  api: DeskApi;
  calls: { name: CallName; input: unknown }[];
  state: {
    status: VaultStatus;
    settings: Settings;
    passphrase: string | null;
    failures: number;
    meetings: Map<string, Meeting>;
    directives: Map<string, Directive>;
    indicators: Map<string, Indicator>;
    observations: Map<string, Observation>;
    drafts: Map<string, StoredDraft>;
    /** What session.idle answers: how long every window has been idle. */
    idleMs: number;
    organisation: BriefOrganisation;
    /** Every revision of every brief, oldest first; the last is current. */
    briefs: Map<string, FakeBriefEntry>;
  };
  /** Replaces one call's behaviour (e.g. to make it fail or answer late). */
  override<N extends CallName>(name: N, fn: DeskApi[N]): void;
  /** Simulates the host locking on its own (idle timer, screen lock). */
  lockFromHost(): void;
  /** Simulates the host stopping (every call unreachable) or coming back (false). */
  setUnreachable(down: boolean): void;
  /** Simulates a new run of the host: vault closed, a new instance id, drafts kept. */
  restartHost(): void;
}

const RECOVERY_KEY = 'ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789';

/** The fake's handles spell their path (the real host's are random): enough for these tests. */
export const fakeHandle = (p: string) => `fh:${p}`;
const pathOf = (handle: string) => handle.replace(/^fh:/, '');

/** The browser host's picker, in memory: a typed name becomes a handle. */
export const fakePicker: FilePicker = async (_purpose, typed) => ({
  ok: true,
  value: { file: fakeHandle(typed), name: typed.split('/').pop() ?? typed },
});

export function createFakeDesk(options: { unlocked?: boolean; today?: string } = {}): FakeDesk {
  const today = options.today ?? '2025-10-15';
  const state: FakeDesk['state'] = {
    status: {
      state: options.unlocked ? 'unlocked' : 'none',
      path: options.unlocked ? '/home/u/kho.bdvault' : null,
      file: options.unlocked ? fakeHandle('/home/u/kho.bdvault') : null,
      organisation: options.unlocked ? 'Bộ Ngoại giao' : null,
      host: 'browser',
      keychainAvailable: false,
      hasKeychainSlot: false,
      idleLockMinutes: 10,
      hostInstance: 'fake-host-1',
    },
    settings: {
      language: 'vi',
      idleLockMinutes: 10,
      recentVaults: [],
      defaultVaultFolder: '/home/u/Tài liệu',
      dueReminders: true,
    },
    passphrase: options.unlocked ? 'mùa thu Hà Nội có hoa sữa' : null,
    failures: 0,
    meetings: new Map(),
    directives: new Map(),
    indicators: new Map(),
    observations: new Map(),
    drafts: new Map(),
    idleMs: 0,
    organisation: {
      name: 'Bộ Ngoại giao',
      superiorBody: '',
      abbreviation: 'BNG',
      draftingUnit: 'THKT',
      place: 'Hà Nội',
      signer: {
        authority: 'KT',
        authorityOf: 'BỘ TRƯỞNG',
        title: 'THỨ TRƯỞNG',
        name: 'Nguyễn Văn A',
      },
      drafterInitials: 'NVA',
    },
    briefs: new Map(),
  };
  const calls: FakeDesk['calls'] = [];
  const filterDirectives = (f: ParsedInput<'directives.list'>) =>
    [...state.directives.values()].filter(
      (d) =>
        (!f.kind || (d.kind ?? 'directive') === f.kind) &&
        (!f.status || d.status === f.status) &&
        (!f.assignee || foldForSearch(d.assignee).includes(foldForSearch(f.assignee))) &&
        (!f.leadUnit || foldForSearch(d.leadUnit).includes(foldForSearch(f.leadUnit))) &&
        (!f.overdue || isOverdue(d, f.today ?? today)) &&
        (!f.incomplete || missingRo(d).length > 0) &&
        (!f.meetingId || d.meetingId === f.meetingId),
    );
  const now = () => new Date().toISOString();
  const locked = () => fail('locked', 'Kho đang khóa.', 'The vault is locked.');
  const needOpen = () => (state.status.state === 'unlocked' ? null : locked());

  function stamp<T extends { id?: string | undefined; revision?: number | undefined }>(
    map: Map<string, T & { id: string; revision: number }>,
    input: T,
  ) {
    const id = input.id ?? randomUUID();
    const existing = map.get(id);
    if (existing && input.revision !== existing.revision) {
      return fail(
        'conflict',
        'Bản ghi đã được sửa ở nơi khác.',
        'The record was changed elsewhere.',
      );
    }
    const base = {
      createdAt: existing ? (existing as unknown as { createdAt: string }).createdAt : now(),
      updatedAt: now(),
      originOrg: state.status.organisation ?? '',
    };
    return { ...base, ...input, id, revision: (existing?.revision ?? 0) + 1 };
  }

  const notFound = () => fail('not-found', 'Không tìm thấy.', 'Not found.');
  let identityUnit = '';
  const fakeIdentity = () => {
    const closed = needOpen();
    if (closed) return closed;
    const seed = `${state.status.organisation ?? ''}|${identityUnit}`;
    let fingerprint = '';
    for (let i = 0; fingerprint.length < 60; i++)
      fingerprint += String((seed.charCodeAt(i % Math.max(1, seed.length)) * (i + 7)) % 10);
    return {
      name: state.status.organisation ?? '',
      unit: identityUnit,
      fingerprint,
      validFrom: today,
      validUntil: null,
      createdAt: `${today}T08:00:00.000Z`,
      previousFingerprint: null,
    };
  };
  const conflict = () =>
    fail('conflict', 'Bản ghi đã được sửa ở nơi khác.', 'The record was changed elsewhere.');
  const figureNow = (node: IndicatorFigureNode) => {
    const observation = state.observations.get(node.attrs.observationId);
    const indicator = observation && state.indicators.get(observation.indicatorId);
    return figureState(node, observation && indicator ? { indicator, observation } : null);
  };
  const storedBrief = (id: string): StoredBrief | null => {
    const b = state.briefs.get(id);
    const last = b?.revisions.at(-1);
    if (!b || !last) return null;
    const stale = new Set<string>();
    const deleted = new Set<string>();
    for (const n of inlineNodes(last.brief.body.content)) {
      if (n.type !== 'indicatorFigure') continue;
      const now = figureNow(n);
      if (now !== 'current') stale.add(n.attrs.observationId);
      if (now === 'missing') deleted.add(n.attrs.observationId);
    }
    return {
      id,
      revision: b.revisions.length,
      createdAt: b.createdAt,
      updatedAt: last.savedAt,
      originOrg: state.status.organisation ?? '',
      template: b.template,
      meetingId: b.meetingId,
      status: b.status ?? 'draft',
      correctsId: b.correctsId ?? null,
      brief: last.brief,
      staleFigures: [...stale],
      deletedFigures: [...deleted],
    };
  };
  const saveRevision = (id: string, revision: number, brief: Brief) => {
    const b = state.briefs.get(id);
    if (!b) return notFound();
    if (b.revisions.length !== revision) return conflict();
    if (b.status === 'issued') return issuedReadOnly();
    if (JSON.stringify(b.revisions.at(-1)?.brief) !== JSON.stringify(brief))
      b.revisions.push({ brief, savedAt: now() });
    return storedBrief(id) ?? notFound();
  };
  const indicatorsWithSeries = () =>
    [...state.indicators.values()].map((i) => ({
      ...i,
      observations: [...state.observations.values()].filter((o) => o.indicatorId === i.id),
    }));

  const handlers: { [N in CallName]: Handler<N> } = {
    'vault.status': () => state.status,
    'vault.create': (i) => {
      state.passphrase = i.passphrase;
      state.status = {
        ...state.status,
        state: 'unlocked',
        path: pathOf(i.file),
        file: fakeHandle(pathOf(i.file)),
        organisation: i.organisation,
      };
      state.settings.recentVaults = [
        { path: pathOf(i.file), openedAt: now(), file: fakeHandle(pathOf(i.file)) },
      ];
      return { recoveryKey: RECOVERY_KEY, status: state.status };
    },
    'vault.unlock': (i) => {
      const good =
        'passphrase' in i
          ? i.passphrase === state.passphrase
          : 'recoveryKey' in i
            ? i.recoveryKey === RECOVERY_KEY
            : false;
      if (!good) {
        state.failures++;
        if (state.failures >= 3) {
          return fail('unlock-throttled', 'Thử lại sau ít phút.', 'Try again shortly.', {
            retryAfterMs: 30_000,
          });
        }
        return fail('wrong-passphrase', 'Cụm mật khẩu không đúng.', 'Wrong passphrase.');
      }
      state.failures = 0;
      state.status = { ...state.status, state: 'unlocked', path: pathOf(i.file), file: i.file };
      return state.status;
    },
    'vault.lock': () => {
      if (state.status.state === 'unlocked') state.status = { ...state.status, state: 'locked' };
      return state.status;
    },
    'vault.changePassphrase': () => ({ changed: true }),
    'vault.enableKeychain': () => state.status,
    'vault.backup': (i) => ({ path: pathOf(i.file), bytes: 1 }),
    'vault.restore': (i) => ({ path: pathOf(i.target), file: fakeHandle(pathOf(i.target)) }),
    'vault.chooseFile': () => ({ file: null, name: null }),
    'settings.get': () => state.settings,
    'settings.set': (i) => {
      state.settings = {
        ...state.settings,
        ...(i.language ? { language: i.language } : {}),
        ...(i.idleLockMinutes ? { idleLockMinutes: i.idleLockMinutes } : {}),
        ...(i.dueReminders !== undefined ? { dueReminders: i.dueReminders } : {}),
      };
      return state.settings;
    },
    'meetings.list': (f) =>
      needOpen() ??
      [...state.meetings.values()]
        .filter(
          (m) =>
            (f.year === undefined || m.date.startsWith(String(f.year))) &&
            (!f.kind || m.kind === f.kind) &&
            (!f.mode || m.mode === f.mode),
        )
        .sort((a, b) =>
          f.sort === 'date-asc'
            ? a.date.localeCompare(b.date)
            : f.sort === 'title'
              ? a.title.localeCompare(b.title)
              : f.sort === 'title-desc'
                ? b.title.localeCompare(a.title)
                : f.sort === 'chair'
                  ? a.chair.name.localeCompare(b.chair.name)
                  : b.date.localeCompare(a.date),
        )
        .map((m) => ({
          id: m.id,
          title: m.title,
          kind: m.kind,
          date: m.date,
          mode: m.mode,
          chairName: m.chair.name,
          // Tasks only, like the vault: a recommendation is not one of the meeting's tasks.
          directiveCount: [...state.directives.values()].filter(
            (d) => d.meetingId === m.id && (d.kind ?? 'directive') === 'directive',
          ).length,
          updatedAt: m.updatedAt,
        })),
    'meetings.get': (i) =>
      needOpen() ?? state.meetings.get(i.id) ?? fail('not-found', 'Không tìm thấy.', 'Not found.'),
    'meetings.save': (i) => {
      const closed = needOpen();
      if (closed) return closed;
      const m = stamp(state.meetings, i);
      if ('ok' in m) return m;
      state.meetings.set(m.id, m as Meeting);
      return m as Meeting;
    },
    'meetings.delete': (i) => (state.meetings.delete(i.id), { deleted: true as const }),
    'directives.list': (f) => needOpen() ?? filterDirectives(f),
    // The page the register asks for, from the same list; no order beyond insertion (the
    // vault's orders are tested against a real vault).
    'directives.page': (q) => {
      const closed = needOpen();
      if (closed) return closed;
      const all = filterDirectives(q);
      return { rows: all.slice(q.offset, q.offset + q.limit), total: all.length };
    },
    'directives.get': (i) =>
      needOpen() ??
      state.directives.get(i.id) ??
      fail('not-found', 'Không tìm thấy.', 'Not found.'),
    'directives.save': (i) => {
      const closed = needOpen();
      if (closed) return closed;
      const d = stamp(state.directives, i);
      if ('ok' in d) return d;
      state.directives.set(d.id, d as Directive);
      return d as Directive;
    },
    'directives.updateProgress': (u) => {
      const closed = needOpen();
      if (closed) return closed;
      const d = state.directives.get(u.id);
      if (!d) return fail('not-found', 'Không tìm thấy.', 'Not found.');
      if (d.revision !== u.revision)
        return fail(
          'conflict',
          'Bản ghi đã được sửa ở nơi khác.',
          'The record was changed elsewhere.',
        );
      const next: Directive = {
        ...d,
        status: u.status,
        completedOn: u.completedOn,
        progressNotes: u.note ? [...d.progressNotes, u.note] : d.progressNotes,
        revision: d.revision + 1,
        updatedAt: now(),
      };
      state.directives.set(d.id, next);
      return next;
    },
    'directives.delete': (i) => (state.directives.delete(i.id), { deleted: true as const }),
    'indicators.list': (f) =>
      needOpen() ??
      [...state.indicators.values()]
        .sort((a, b) =>
          f.sort === 'name'
            ? a.name.localeCompare(b.name)
            : f.sort === 'name-desc'
              ? b.name.localeCompare(a.name)
              : 0,
        )
        .map((i) => ({
          ...i,
          observations: [...state.observations.values()].filter((o) => o.indicatorId === i.id),
        })),
    'indicators.save': (i) => {
      const r = stamp(state.indicators, i);
      if ('ok' in r) return r;
      state.indicators.set(r.id, r as Indicator);
      return r as Indicator;
    },
    'indicators.delete': (i) => (state.indicators.delete(i.id), { deleted: true as const }),
    'observations.save': (i) => {
      const r = stamp(state.observations, i);
      if ('ok' in r) return r;
      state.observations.set(r.id, r as Observation);
      return r as Observation;
    },
    'observations.delete': (i) => (state.observations.delete(i.id), { deleted: true as const }),
    'search.query': (i) => {
      const closed = needOpen();
      if (closed) return closed;
      const words = foldForSearch(i.q).split(/\s+/).filter(Boolean);
      const hit = (text: string) => words.every((w) => foldForSearch(text).includes(w));
      const meetings: SearchHit[] = [...state.meetings.values()]
        .filter((m) => hit(`${m.title} ${m.summary}`))
        .map((m) => ({
          type: 'meeting',
          id: m.id,
          title: m.title,
          snippet: m.summary.slice(0, 120),
          rank: 1,
        }));
      const directives: SearchHit[] = [...state.directives.values()]
        .filter((d) => hit(d.task))
        .map((d) => ({
          type: 'directive',
          id: d.id,
          title: d.task.slice(0, 80),
          snippet: d.task,
          rank: 1,
          ...(isTask(d) ? {} : { recommendation: true }),
        }));
      const indicators: SearchHit[] = [...state.indicators.values()]
        .filter((x) => hit(x.name))
        .map((x) => ({
          type: 'indicator',
          id: x.id,
          title: x.name,
          snippet: x.description,
          rank: 1,
        }));
      const briefs: SearchHit[] = [...state.briefs.keys()]
        .map((id) => storedBrief(id)!)
        .map((b) => ({ id: b.id, doc: briefSearchText(b.brief) }))
        .filter((b) => hit([b.doc.title, ...b.doc.fields].join(' ')))
        .map((b) => ({
          type: 'brief',
          id: b.id,
          title: b.doc.title,
          snippet: b.doc.fields.find((f) => hit(f)) ?? '',
          rank: 1,
        }));
      const observations: SearchHit[] = [...state.observations.values()]
        .filter((o) => hit(`${formatPeriod(o.period)} ${o.source} ${o.comparison}`))
        .map((o) => ({
          type: 'observation',
          id: o.id,
          indicatorId: o.indicatorId,
          title: `${state.indicators.get(o.indicatorId)?.name ?? ''} — ${formatPeriod(o.period)}`,
          snippet: [o.comparison, o.source].filter(Boolean).join(' · '),
          rank: 1,
        }));
      return { query: i.q, meetings, directives, indicators, briefs, observations, tookMs: 1 };
    },
    'organisation.get': () => state.organisation,
    'organisation.set': (o) => (state.organisation = o),
    'briefs.list': (f) =>
      needOpen() ??
      [...state.briefs.keys()]
        .map((id) => storedBrief(id)!)
        .filter((b) => !f.meetingId || b.meetingId === f.meetingId)
        .map((b) => ({
          id: b.id,
          revision: b.revision,
          template: b.template,
          typeName: b.brief.header.typeName,
          abstract: b.brief.header.abstract,
          numberSymbol: '',
          meetingId: b.meetingId,
          updatedAt: b.updatedAt,
          status: b.status,
        })),
    'briefs.get': (i) => needOpen() ?? storedBrief(i.id) ?? notFound(),
    'briefs.create': (i) => {
      const closed = needOpen();
      if (closed) return closed;
      const meeting = state.meetings.get(i.meetingId);
      if (!meeting) return notFound();
      const brief = TEMPLATES[i.template]({
        meeting,
        directives: [...state.directives.values()].filter((d) => d.meetingId === meeting.id),
        indicators: indicatorsWithSeries(),
        organisation: state.organisation,
        today,
      });
      const id = randomUUID();
      state.briefs.set(id, {
        template: i.template,
        meetingId: meeting.id,
        createdAt: now(),
        revisions: [{ brief, savedAt: now() }],
      });
      return storedBrief(id) ?? notFound();
    },
    'briefs.createDirectiveReport': (i) => {
      const closed = needOpen();
      if (closed) return closed;
      const meeting = i.meetingId === undefined ? null : (state.meetings.get(i.meetingId) ?? null);
      if (i.meetingId !== undefined && !meeting) return notFound();
      const day = i.today ?? today;
      const directives = [...state.directives.values()].filter(
        (d) => (d.kind ?? 'directive') === 'directive' && (!meeting || d.meetingId === meeting.id),
      );
      const rows = directiveStats(directives, { by: 'unit', today: day });
      const brief = directiveReport({
        meeting,
        directives,
        stats: { rows, total: statsTotal(rows) },
        organisation: state.organisation,
        today: day,
      });
      const id = randomUUID();
      state.briefs.set(id, {
        template: 'directive-report',
        meetingId: meeting?.id ?? null,
        createdAt: now(),
        revisions: [{ brief, savedAt: now() }],
      });
      return storedBrief(id) ?? notFound();
    },
    // The fake's charts never go stale: its statistics are not tracked between calls.
    'briefs.chartStates': (i) => {
      const b = storedBrief(i.id);
      if (!b) return notFound();
      return b.brief.body.content.flatMap((block, index) =>
        block.type === 'chart'
          ? [{ index, caption: block.attrs.caption, stale: false, gone: [] }]
          : [],
      );
    },
    'briefs.refreshCharts': (i) => needOpen() ?? storedBrief(i.id) ?? notFound(),
    'briefs.save': (i) => needOpen() ?? saveRevision(i.id, i.revision, i.brief),
    'briefs.delete': (i) => {
      const b = state.briefs.get(i.id);
      if (!b) return notFound();
      if (b.revisions.length !== i.revision) return conflict();
      state.briefs.delete(i.id);
      return { deleted: true as const };
    },
    'briefs.revisions': (i) =>
      state.briefs
        .get(i.id)
        ?.revisions.map((r, n) => ({
          revision: n + 1,
          savedAt: r.savedAt,
          savedBy: state.status.organisation ?? '',
          sha256: String(n + 1).padStart(64, '0'),
        }))
        .reverse() ?? notFound(),
    'briefs.revision': (i) =>
      state.briefs.get(i.id)?.revisions[i.revision - 1]?.brief ?? notFound(),
    'briefs.restore': (i) => {
      const old = state.briefs.get(i.id)?.revisions[i.from - 1]?.brief;
      return old ? saveRevision(i.id, i.revision, old) : notFound();
    },
    'briefs.check': (i) => {
      const b = storedBrief(i.id);
      return b ? preExportCheck(b.brief, { figureState: figureNow }) : notFound();
    },
    'briefs.refreshFigures': (i) => {
      const b = storedBrief(i.id);
      if (!b) return notFound();
      // The fake refreshes through the same shared function the vault uses, one figure at a time.
      const json = JSON.stringify(b.brief, (_k, v: unknown) => {
        const node = v as IndicatorFigureNode | null;
        if (
          node &&
          typeof node === 'object' &&
          node.type === 'indicatorFigure' &&
          figureNow(node) === 'stale'
        ) {
          const o = state.observations.get(node.attrs.observationId)!;
          const ind = state.indicators.get(o.indicatorId)!;
          return refreshFigure(node, ind, o);
        }
        return v;
      });
      return saveRevision(i.id, i.revision, JSON.parse(json) as Brief);
    },
    'briefs.export': (i) => {
      const b = storedBrief(i.id);
      if (!b) return notFound();
      const bytes = `${i.format}:${b.brief.header.abstract}`;
      return {
        fileName: `brief.${i.format}`,
        mime: i.format === 'pdf' ? 'application/pdf' : 'application/octet-stream',
        base64: Buffer.from(bytes).toString('base64'),
        savedTo: null,
        cancelled: false,
        revision: b.revision,
        problems: preExportCheck(b.brief, { figureState: figureNow }),
      };
    },
    // This organisation's identity: a fixed fingerprint per unit (the fake has no keys), so a
    // unit change shows a new fingerprint as the vault's re-issued card does.
    'identity.get': () => fakeIdentity(),
    'identity.setUnit': (i) => {
      const closed = needOpen();
      if (closed) return closed;
      identityUnit = i.unit.trim();
      return fakeIdentity();
    },
    // Cards, contacts, packages and the log: in memory, with the vault's refusals and merge rules.
    ...fakeHistoryHandlers(),
    ...fakeDraftHandlers({
      needOpen,
      drafts: state.drafts,
      idleMs: () => state.idleMs,
      removeSample: () => {
        const n = state.meetings.size;
        state.meetings.clear();
        return n;
      },
    }),
    ...fakeExchangeHandlers({
      organisation: () => state.status.organisation ?? '',
      needOpen,
      meetings: state.meetings,
      directives: state.directives,
    }),
    ...fakeLifecycleHandlers({
      needOpen,
      briefs: state.briefs,
      stored: storedBrief,
      organisation: () => state.organisation,
      today,
    }),
    ...fakeFollowUpHandlers({
      needOpen,
      today: () => today,
      meetings: state.meetings,
      directives: state.directives,
    }),
    // No package was ever imported into the fake: no record has an outside source.
    'exchange.sources': () => ({}),
    // A browser has no file association: nothing is ever offered.
    'audit.verify': () => ({ entries: 0, firstBreak: null }),
    'packages.pending': () => null,
    // Source documents (issue 12) are not kept by the fake: nothing is ever listed.
    'sources.list': () => [],
    'sources.import': () => notFound(),
    'sources.read': () => notFound(),
    'sample.create': () => {
      const closed = needOpen();
      if (closed) return closed;
      const data = buildSampleData(state.status.organisation ?? '');
      const parse = <N extends CallName>(n: N, v: unknown) =>
        contract[n].input.parse(v) as ParsedInput<N>;
      for (const m of data.meetings) handlers['meetings.save'](parse('meetings.save', m));
      for (const d of data.directives) handlers['directives.save'](parse('directives.save', d));
      for (const x of data.indicators) handlers['indicators.save'](parse('indicators.save', x));
      for (const o of data.observations)
        handlers['observations.save'](parse('observations.save', o));
      return {
        meetings: data.meetings.length,
        directives: data.directives.filter(isTask).length,
        recommendations: data.directives.filter((d) => !isTask(d)).length,
        indicators: data.indicators.length,
        observations: data.observations.length,
      };
    },
  };

  let unreachable = false;
  let runs = 1;
  const overrides = new Map<CallName, (input: unknown) => Promise<Result<unknown>>>();
  const api = {} as Record<CallName, (input: unknown) => Promise<Result<unknown>>>;
  for (const name of Object.keys(contract) as CallName[]) {
    api[name] = async (raw: unknown) => {
      if (unreachable)
        return fail('host-unreachable', 'Không kết nối được.', 'Cannot reach the app host.');
      calls.push({ name, input: raw });
      const custom = overrides.get(name);
      if (custom) return custom(raw);
      const parsed = contract[name].input.safeParse(raw ?? {});
      if (!parsed.success) {
        return fail(
          'invalid-input',
          'Dữ liệu không hợp lệ, chưa có gì được lưu.',
          'Invalid input; nothing was saved.',
          {
            issues: describeIssues(parsed.error),
          },
        );
      }
      const out = (handlers[name] as (i: unknown) => unknown)(parsed.data);
      if (out && typeof out === 'object' && 'ok' in out && (out as { ok: unknown }).ok === false)
        return out as Result<unknown>;
      // Cross a structured-clone boundary as IPC would: nothing the store holds aliases our maps.
      return ok(structuredClone(out));
    };
  }

  return {
    api: api as unknown as DeskApi,
    calls,
    state,
    override(name, fn) {
      overrides.set(name, fn as (input: unknown) => Promise<Result<unknown>>);
    },
    lockFromHost() {
      state.status = { ...state.status, state: 'locked' };
    },
    setUnreachable(down) {
      unreachable = down;
    },
    restartHost() {
      state.status = { ...state.status, state: 'locked', hostInstance: `fake-host-${++runs}` };
    },
  };
}
