// Seal and open times of packages beside Debian's `age` CLI encrypting and decrypting the same
// bytes in the same run (issue 4: target ≤ 3× the CLI). Two loads: 1,000 records (~2 KB JSON
// each) plus 20 MB of attachments, and one 50 MiB payload. `npm run bench:exchange`.
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cardFingerprint, issueCard } from '../electron/services/exchange/card';
import { generateOrgSecrets } from '../electron/services/exchange/keys';
import { openPackage, sealPackage, type Party } from '../electron/services/exchange/package';
import type { ItemKind } from '../shared/exchange/manifest';

const NOW = new Date();
const party = (name: string): Party => {
  const secrets = generateOrgSecrets();
  return {
    secrets,
    card: issueCard({
      name,
      unit: '',
      secrets,
      validFrom: '2025-01-01',
      validUntil: null,
      now: NOW,
    }),
  };
};
const sender = party('Bộ Ngoại giao');
const recipient = party('Bộ Công Thương');

type Item = { item: { name: string; kind: ItemKind; recordId: string | null }; bytes: Uint8Array };

function recordsLoad(): Item[] {
  const text =
    'Ban Chỉ đạo quốc gia về hội nhập quốc tế họp phiên thứ hai; tăng trưởng GDP 7,52% 6 tháng đầu năm 2025. ';
  const records: Item[] = Array.from({ length: 1000 }, (_, i) => ({
    item: { name: `Nhiệm vụ ${i + 1}`, kind: 'directive', recordId: randomUUID() },
    bytes: Buffer.from(
      JSON.stringify({ id: randomUUID(), task: text.repeat(18).slice(0, 1900), n: i }),
      'utf8',
    ),
  }));
  const attachments: Item[] = Array.from({ length: 4 }, (_, i) => ({
    item: { name: `Tệp đính kèm ${i + 1}.pdf`, kind: 'rendering', recordId: randomUUID() },
    bytes: randomBytes(5 * 1000 * 1000),
  }));
  return [...records, ...attachments];
}

const bigLoad = (): Item[] => [
  {
    item: { name: 'Dữ liệu 50 MiB', kind: 'rendering', recordId: null },
    bytes: randomBytes(50 * 1024 * 1024),
  },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (f: () => void, runs = 3) =>
  median(
    Array.from({ length: runs }, () => {
      const t = performance.now();
      f();
      return performance.now() - t;
    }),
  );

function cli(args: string[], input: Buffer): Buffer {
  const r = spawnSync('/usr/bin/age', args, { input, maxBuffer: 1024 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return r.stdout;
}

function run(label: string, items: Item[], dir: string): string[] {
  let sealed: Buffer = Buffer.alloc(0);
  const sealMs = time(
    () => (sealed = sealPackage({ sender, recipients: [recipient.card], items, now: NOW }).bytes),
  );
  const openMs = time(() =>
    openPackage(sealed, {
      me: recipient,
      findContact: (fp) =>
        fp === cardFingerprint(sender.card) ? { card: sender.card, revoked: false } : null,
      seenPackage: () => false,
      now: NOW,
    }),
  );
  const payload = Buffer.concat(items.map((i) => i.bytes));
  const keyFile = join(dir, 'key.txt');
  writeFileSync(keyFile, `${recipient.secrets.ageIdentity}\n`, { mode: 0o600 });
  let cipher: Buffer = Buffer.alloc(0);
  const cliEnc = time(() => (cipher = cli(['-r', recipient.card.ageRecipient], payload)));
  const cliDec = time(() => cli(['-d', '-i', keyFile], cipher));
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}× ${a / b <= 3 ? 'PASS' : 'MISS'}`;
  const mb = (payload.length / 1024 / 1024).toFixed(1);
  return [
    `${label} (${mb} MiB, ${items.length} items)`,
    `  seal ${sealMs.toFixed(0)} ms   vs age -e ${cliEnc.toFixed(0)} ms   ${ratio(sealMs, cliEnc)}`,
    `  open ${openMs.toFixed(0)} ms   vs age -d ${cliDec.toFixed(0)} ms   ${ratio(openMs, cliDec)}`,
  ];
}

const dir = mkdtempSync(join(tmpdir(), 'bd-bench-exchange-'));
try {
  const lines = [
    ...run('1,000 records + 20 MB attachments', recordsLoad(), dir),
    ...run('one 50 MiB payload', bigLoad(), dir),
  ];
  console.log(
    `node ${process.version}; median of 3 runs; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  for (const l of lines) console.log(l);
  console.log(
    'Target: seal and open ≤ 3× the age CLI on the same bytes (open also verifies the signature and every hash).',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
