// Vault benchmark (issue 2 §7): `tsx bench/vault.ts`. Builds 10,000 meetings (~2 KB of
// Vietnamese each), 50,000 directives and 100,000 observations, and measures insert time, the
// KDF, open time after the KDF, search p50/p95 over 100 queries, list pages and the directive
// register's first page with each filter in each order (issue 13 §6) — each on the
// encrypted vault and on a plain SQLite file with the same schema, code and settings, in the
// same run, with the targets beside them. BENCH_SCALE=0.1 runs a tenth of the data;
// BENCH_KEEP=1 keeps the files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';
import {
  DEFAULT_ARGON2,
  nativeArgon2Available,
  vaultFactory,
  type OpenVault,
} from '../electron/services/vault';
import { deriveArgon2id } from '../electron/services/vault/storage/kdf';
import { foldForSearch } from '../shared/text';
import { openPlainVault } from './lib/plain-vault';
import { measurePages, pageFilters, PAGE_ROWS } from './lib/register-pages';
import { median, percentile, printTable, timed, timedAsync, type Row } from './lib/report';
import { AGENCIES, FAMILY, GIVEN, NOUNS, QUALIFIERS, Writer, seeded } from './lib/vietnamese';
import { buildWorkload, type Workload } from './lib/workload';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SIZE = {
  meetings: Math.round(10_000 * SCALE),
  directives: Math.round(50_000 * SCALE),
  indicators: Math.max(1, Math.round(1_000 * SCALE)),
  observations: Math.round(100_000 * SCALE),
};
const PASSPHRASE = 'Mật khẩu đo hiệu năng của kho – 2025';
const BATCH = 1_000; // records per transaction, as an import would write them
const TODAY = '2025-09-01';

const fmtInt = (n: number) => n.toLocaleString('en-US');
const sizeOf = (file: string) =>
  ['', '-wal'].reduce(
    (sum, s) => sum + (fs.existsSync(file + s) ? fs.statSync(file + s).size : 0),
    0,
  );

function environment(): string {
  const db = new Database(':memory:');
  const sqlite = String(db.prepare('SELECT sqlite_version() AS v').pluck().get());
  let mc = '?';
  try {
    mc = String(db.prepare('SELECT sqlite3mc_version()').pluck().get());
  } catch {
    // older builds lack the function
  }
  db.close();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `Node ${process.version}, SQLite ${sqlite} (${mc}), cipher AEGIS, ${os.cpus().length} × ${cpu}`;
}

type Phase = { name: string; run: (v: OpenVault, w: Workload) => void };
/**
 * Every kind is inserted the same way, so one phase per kind: its records in batches of BATCH,
 * each batch in one transaction through the kind's repository, as an import writes them.
 */
const insertPhase = <K extends keyof Workload>(
  kind: K,
  save: (v: OpenVault, item: Workload[K][number]) => unknown,
): Phase => ({
  name: `insert ${fmtInt(SIZE[kind])} ${kind}`,
  run: (v, w) => {
    const items = w[kind];
    for (let i = 0; i < items.length; i += BATCH)
      v.transaction(() => items.slice(i, i + BATCH).forEach((item) => save(v, item)));
  },
});
const PHASES: Phase[] = [
  insertPhase('meetings', (v, m) => v.meetings.save(m)),
  insertPhase('directives', (v, d) => v.directives.save(d)),
  insertPhase('indicators', (v, i) => v.indicators.save(i)),
  insertPhase('observations', (v, o) => v.observations.save(o)),
];

/** 100 queries: the issue's own, then vocabulary words and names, half typed without diacritics. */
function queries(): string[] {
  const w = new Writer(seeded(7));
  const fixed = [
    'dau tu',
    'hoi nhap',
    'đầu tư',
    'hội nhập',
    'chuyen doi so',
    'chuyển đổi số',
    'Cà Mau',
    'thu hut dau tu nuoc ngoai',
    'hạ tầng giao thông',
    'ngan hang nha nuoc',
  ];
  const out = [...fixed];
  while (out.length < 100) {
    const kind = out.length % 4;
    const q =
      kind === 0
        ? w.pick(NOUNS)
        : kind === 1
          ? `${w.pick(NOUNS)} ${w.pick(QUALIFIERS)}`
          : kind === 2
            ? `${w.pick(FAMILY)} ${w.pick(GIVEN)}`
            : w.pick(AGENCIES);
    out.push(out.length % 2 === 0 ? q : foldForSearch(q));
  }
  return out;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-bench-'));
  const encPath = path.join(dir, 'bench.bdvault');
  const plainPath = path.join(dir, 'bench-plain.db');
  const rows: Row[] = [];
  try {
    console.log(`Briefing Desk vault benchmark — ${environment()}`);
    const gen = timed(() => buildWorkload(SIZE));
    const work = gen.value;
    const texts = work.meetings.map((m) =>
      [
        m.title,
        m.purpose,
        m.summary,
        m.results,
        m.difficulties,
        ...m.conclusions.map((c) => c.text),
      ].join(' '),
    );
    const avgChars = texts.reduce((s, t) => s + t.length, 0) / Math.max(1, texts.length);
    const avgBytes =
      texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / Math.max(1, texts.length);
    console.log(
      `workload: ${fmtInt(SIZE.meetings)} meetings (avg ${fmtInt(Math.round(avgChars))} characters of text, ${(avgBytes / 1024).toFixed(1)} KB UTF-8), ` +
        `${fmtInt(SIZE.directives)} directives, ${fmtInt(SIZE.indicators)} indicators, ${fmtInt(SIZE.observations)} observations ` +
        `(generated in ${(gen.ms / 1000).toFixed(1)} s)\n`,
    );

    const created = await timedAsync(() => vaultFactory.create(encPath, PASSPHRASE, 'Bench'));
    const { recoveryKey } = created.value;
    let enc = created.value.vault;
    let plain = openPlainVault(plainPath, true);

    let encTotal = 0;
    let plainTotal = 0;
    PHASES.forEach((phase, i) => {
      // Alternate which database goes first, so neither always meets a warmer machine.
      const order = i % 2 === 0 ? (['enc', 'plain'] as const) : (['plain', 'enc'] as const);
      const times = { enc: 0, plain: 0 };
      for (const which of order)
        times[which] = timed(() => phase.run(which === 'enc' ? enc : plain, work)).ms;
      encTotal += times.enc;
      plainTotal += times.plain;
      rows.push({ metric: phase.name, encrypted: times.enc, plain: times.plain, maxRatio: 1.2 });
      console.log(
        `  ${phase.name}: ${(times.enc / 1000).toFixed(1)} s encrypted, ${(times.plain / 1000).toFixed(1)} s plain`,
      );
    });
    rows.push({
      metric: 'insert, all records',
      encrypted: encTotal,
      plain: plainTotal,
      maxRatio: 1.2,
    });
    enc.close();
    plain.close();
    console.log(
      `  files: ${(sizeOf(encPath) / 2 ** 20).toFixed(1)} MiB encrypted, ${(sizeOf(plainPath) / 2 ** 20).toFixed(1)} MiB plain\n`,
    );

    // The KDF alone (Argon2id, 64 MiB, t = 3), native and in the WASM worker Electron may use.
    const salt = randomBytes(16);
    const password = Buffer.from(PASSPHRASE, 'utf8');
    const native: number[] = [];
    if (nativeArgon2Available())
      for (let i = 0; i < 3; i++)
        native.push(
          (await timedAsync(() => deriveArgon2id(password, salt, DEFAULT_ARGON2, 'native'))).ms,
        );
    const wasm = (await timedAsync(() => deriveArgon2id(password, salt, DEFAULT_ARGON2, 'wasm')))
      .ms;
    if (native.length)
      rows.push({
        metric: 'KDF Argon2id 64 MiB t=3 (node:crypto)',
        encrypted: median(native),
        plain: null,
      });
    rows.push({ metric: 'KDF Argon2id 64 MiB t=3 (WASM worker)', encrypted: wasm, plain: null });

    const passOpens: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = await timedAsync(() => vaultFactory.open(encPath, { passphrase: PASSPHRASE }));
      t.value.close();
      passOpens.push(t.ms);
    }
    rows.push({
      metric: 'unlock with passphrase (KDF + open)',
      encrypted: median(passOpens),
      plain: null,
    });
    // Open after the KDF: the recovery-key unlock derives its key with HKDF (microseconds).
    const encOpens: number[] = [];
    const plainOpens: number[] = [];
    for (let i = 0; i < 10; i++) {
      const e = await timedAsync(() => vaultFactory.open(encPath, { recoveryKey }));
      e.value.close();
      encOpens.push(e.ms);
      const p = timed(() => openPlainVault(plainPath));
      p.value.close();
      plainOpens.push(p.ms);
    }
    rows.push({
      metric: 'open after the KDF (median of 10)',
      encrypted: median(encOpens),
      plain: median(plainOpens),
      maxMs: 50,
      maxRatio: 1.2,
    });

    enc = await vaultFactory.open(encPath, { recoveryKey });
    plain = openPlainVault(plainPath);
    const qs = queries();
    const first = {
      enc: timed(() => enc.search(qs[0] ?? '', 20)).ms,
      plain: timed(() => plain.search(qs[0] ?? '', 20)).ms,
    };
    rows.push({
      metric: 'first search after open (cold cache)',
      encrypted: first.enc,
      plain: first.plain,
    });
    for (const q of qs.slice(0, 10)) {
      enc.search(q, 20);
      plain.search(q, 20);
    }
    const encSearch: number[] = [];
    const plainSearch: number[] = [];
    let hits = 0;
    qs.forEach((q, i) => {
      const runs = i % 2 === 0 ? [enc, plain] : [plain, enc];
      for (const v of runs) {
        const t = timed(() => v.search(q, 20));
        (v === enc ? encSearch : plainSearch).push(t.ms);
        if (v === enc)
          hits += t.value.meetings.length + t.value.directives.length + t.value.indicators.length;
      }
    });
    rows.push({
      metric: 'search p50 (100 queries, 20 per kind)',
      encrypted: percentile(encSearch, 50),
      plain: percentile(plainSearch, 50),
      maxMs: 5,
      maxRatio: 1.2,
    });
    rows.push({
      metric: 'search p95',
      encrypted: percentile(encSearch, 95),
      plain: percentile(plainSearch, 95),
      maxMs: 15,
      maxRatio: 1.2,
    });

    const lists: [string, (v: OpenVault) => unknown][] = [
      [
        'meetings by date, newest first (first page)',
        (v) => v.meetings.list({ sort: 'date-desc' }).slice(0, 50),
      ],
      [
        'directives: in progress, economy',
        (v) => v.directives.list({ status: 'in-progress', pillar: 'economy', today: TODAY }),
      ],
      ['directives: overdue', (v) => v.directives.list({ overdue: true, today: TODAY })],
      ['indicators register: economy, with series', (v) => v.indicators.list('economy')],
    ];
    for (const [name, list] of lists) {
      const e: number[] = [];
      const p: number[] = [];
      for (let i = 0; i < 7; i++) {
        e.push(timed(() => list(enc)).ms);
        p.push(timed(() => list(plain)).ms);
      }
      rows.push({ metric: `list: ${name}`, encrypted: median(e), plain: median(p), maxRatio: 1.2 });
    }
    // The register a page at a time (issue 13 §6): each filter in each order.
    const sample = work.directives[0];
    const pages = measurePages(
      enc,
      plain,
      pageFilters({ meetingId: sample?.meetingId ?? null, leadUnit: sample?.leadUnit ?? '' }),
      TODAY,
    );
    rows.push(pages.worst);
    const counts = {
      meetings: enc.meetings.list({}).length,
      progress: enc.directives.list({ status: 'in-progress', pillar: 'economy', today: TODAY })
        .length,
      overdue: enc.directives.list({ overdue: true, today: TODAY }).length,
    };
    enc.close();
    plain.close();

    console.log(
      `results (${fmtInt(hits)} search hits over 100 queries; lists return ${fmtInt(counts.meetings)} meetings, ` +
        `${fmtInt(counts.progress)} and ${fmtInt(counts.overdue)} directives):\n`,
    );
    const { misses } = printTable(rows);
    const targets = rows.reduce(
      (n, r) =>
        n +
        (r.maxMs !== undefined ? 1 : 0) +
        (r.maxRatio !== undefined && r.plain !== null ? 1 : 0),
      0,
    );
    console.log(
      `\n${targets - misses} of ${targets} targets met${misses ? ` (${misses} MISS)` : ''}.`,
    );
    console.log(
      'Times are wall-clock on this machine, page cache warm; the list rows return whole lists (printing and exports), the page rows one page and its count (the on-screen register).',
    );
    console.log(
      `\nThe directive register's first page (${PAGE_ROWS} rows and the filter's count), each filter in each order, encrypted beside plain:\n` +
        Object.entries(pages.totals)
          .map(([name, n]) => `  ${name}: ${fmtInt(n)} rows in all`)
          .join('\n') +
        '\n',
    );
    const detail = printTable(pages.detail);
    console.log(
      `\n${pages.detail.filter((r) => r.maxMs !== undefined).length - detail.misses} of ${pages.detail.filter((r) => r.maxMs !== undefined).length} page p95 figures within 16 ms.`,
    );
  } finally {
    if (process.env.BENCH_KEEP) console.log(`files kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
