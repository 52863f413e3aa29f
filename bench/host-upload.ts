// The browser host's memory while a 200 MB package goes through it the way the page sends it
// (no package bytes over the calls): the package file is streamed as the body of
// POST /api/package/upload, previewed and imported by the 'open-package' handle, and the
// rendering it brings (184 MiB, the largest payload that seals) is saved in the host's folder
// and downloaded through GET /api/package/download. `npm run bench:host-upload`.
//
// The host runs in its own process (host-upload-child.ts) with a real vault. After a warm-up
// round trip of a 1 MiB package, this script resets the host's RSS high-water mark (Linux:
// /proc/<pid>/clear_refs) and reads its RSS as the baseline; "above baseline" is the host's
// VmHWM after the 200 MB round trip minus that baseline. The peer in the same run is Debian's
// `age` CLI decrypting the same payload file to file (GNU time's maximum resident set size),
// the streaming floor. Target (issue 11): at most 64 MB above baseline.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { party } from './lib/party';
import { cardFingerprint, encodeCardFile } from '../electron/services/exchange/card';
import { sealPackageToFile, type Party } from '../electron/services/exchange/package';
import type { IdentityCard } from '../shared/exchange/card';
import {
  CALL_PATH_PREFIX,
  PACKAGE_ATTACHMENTS_PATH,
  PACKAGE_DOWNLOAD_PATH,
  PACKAGE_UPLOAD_PATH,
  TOKEN_HEADER,
} from '../shared/host-protocol';

const AGE = '/usr/bin/age';
const AGE_KEYGEN = '/usr/bin/age-keygen';
const TIME = '/usr/bin/time';
const MEMORY_TARGET_MB = 64;
const MiB = 1024 * 1024;

interface Host {
  base: string;
  token: string;
  pid: number;
  child: ChildProcess;
}

function startChild(dir: string): Promise<Host> {
  const self = fileURLToPath(new URL('./host-upload-child.ts', import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, self, dir], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`host exited (${code})`)));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      const { port, token, pid } = JSON.parse(out.slice(0, nl)) as {
        port: number;
        token: string;
        pid: number;
      };
      resolve({ base: `http://127.0.0.1:${port}`, token, pid, child });
    });
  });
}

async function answer<T>(response: Response): Promise<T> {
  const r = (await response.json()) as {
    ok: boolean;
    value?: T;
    error?: { message: { en: string } };
  };
  if (!r.ok) throw new Error(r.error?.message.en ?? `HTTP ${response.status}`);
  return r.value as T;
}

const call = <T>(host: Host, name: string, input: unknown) =>
  fetch(`${host.base}${CALL_PATH_PREFIX}${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(input),
  }).then((r) => answer<T>(r));

/** What the page does, with the file streamed from disk as a browser streams a File. */
async function roundTrip(
  host: Host,
  file: string,
  phase: (name: string) => void = () => undefined,
): Promise<Record<string, number>> {
  const ms: Record<string, number> = {};
  let t = performance.now();
  const up = await answer<{ file: string }>(
    await fetch(`${host.base}${PACKAGE_UPLOAD_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', [TOKEN_HEADER]: host.token },
      body: Readable.toWeb(createReadStream(file, { highWaterMark: 64 * 1024 })) as ReadableStream,
      duplex: 'half',
    } as RequestInit),
  );
  ms.upload = performance.now() - t;
  phase('upload');
  t = performance.now();
  const preview = await call<{ packageId: string }>(host, 'packages.preview', { file: up.file });
  ms.preview = performance.now() - t;
  phase('preview');
  const folder = await answer<{ file: string; download: string }>(
    await fetch(`${host.base}${PACKAGE_ATTACHMENTS_PATH}`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token },
    }),
  );
  t = performance.now();
  const imported = await call<{ attachments: { savedAs?: string }[] }>(host, 'packages.import', {
    file: up.file,
    packageId: preview.packageId,
    attachments: folder.file,
  });
  ms.import = performance.now() - t;
  phase('import');
  t = performance.now();
  for (const { savedAs } of imported.attachments) {
    if (savedAs === undefined) throw new Error('the rendering was not saved');
    const q = `?id=${folder.download}&name=${encodeURIComponent(savedAs)}`;
    const got = await fetch(`${host.base}${PACKAGE_DOWNLOAD_PATH}${q}`);
    // Read and dropped, as a browser writes it to disk: only the count is kept.
    let n = 0;
    for await (const chunk of got.body as unknown as AsyncIterable<Uint8Array>) n += chunk.length;
    if (n === 0) throw new Error('empty download');
  }
  ms.download = performance.now() - t;
  phase('download');
  return ms;
}

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m![1]) / 1024;
}

function sealTo(sender: Party, to: IdentityCard, dir: string, name: string, size: number): string {
  const payload = join(dir, `${name}.bin`);
  writeFileSync(payload, randomBytes(size));
  const target = join(dir, `${name}.bdpack`);
  sealPackageToFile(
    {
      sender,
      recipients: [to],
      items: [
        {
          item: { name: `${name}.pdf`, kind: 'rendering', recordId: null },
          bytes: { file: payload },
        },
      ],
      now: new Date(),
    },
    target,
  );
  return target;
}

/** The peer: age decrypting the same payload, file to file; its peak RSS in MiB. */
function agePeer(dir: string, payload: string): { ms: number; peakRssMb: number } | null {
  if (!existsSync(AGE) || !existsSync(AGE_KEYGEN) || !existsSync(TIME)) return null;
  const key = join(dir, 'age.key');
  spawnSync(AGE_KEYGEN, ['-o', key]);
  const recipient = /public key: (age1\w+)/.exec(readFileSync(key, 'utf8'))![1]!;
  const sealed = join(dir, 'peer.age');
  spawnSync(AGE, ['-r', recipient, '-o', sealed, payload]);
  const inFd = openSync(sealed, 'r');
  const outFd = openSync(join(dir, 'peer.out'), 'w');
  const t = performance.now();
  const r = spawnSync(TIME, ['-f', '%M', AGE, '-d', '-i', key], { stdio: [inFd, outFd, 'pipe'] });
  const ms = performance.now() - t;
  closeSync(inFd);
  closeSync(outFd);
  return { ms, peakRssMb: Number(r.stderr.toString().trim().split('\n').pop()) / 1024 };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bd-bench-host-'));
  const host = await startChild(dir);
  try {
    const { card } = await call<{ card: IdentityCard }>(host, 'identity.card', {});
    const sender = party('Bộ Ngoại giao');
    await call(host, 'contacts.add', {
      cardText: encodeCardFile(sender.card),
      fingerprint: cardFingerprint(sender.card),
    });
    const small = sealTo(sender, card, dir, 'nho', MiB);
    const large = sealTo(sender, card, dir, 'lon', 184 * MiB);
    rmSync(join(dir, 'nho.bin'));

    await roundTrip(host, small);
    let reset = true;
    try {
      writeFileSync(`/proc/${host.pid}/clear_refs`, '5');
    } catch {
      reset = false;
    }
    const baseline = status(host.pid, 'VmRSS');
    // The high-water mark so far after each step: which step sets the peak.
    const steps: string[] = [];
    const ms = await roundTrip(host, large, (name) =>
      steps.push(`${name} ${(status(host.pid, 'VmHWM') - baseline).toFixed(1)}`),
    );
    const peak = status(host.pid, 'VmHWM');
    const above = peak - baseline;
    const peer = agePeer(dir, join(dir, 'lon.bin'));

    const size = statSync(large).size / MiB;
    const f = (n: number) => n.toFixed(0);
    console.log(
      `200 MB package (${size.toFixed(1)} MiB file, one 184 MiB rendering) through the browser host`,
    );
    console.log(
      `  upload ${f(ms.upload!)} ms · preview ${f(ms.preview!)} ms · import ${f(ms.import!)} ms · download of the rendering ${f(ms.download!)} ms`,
    );
    console.log(
      `  host RSS: baseline ${baseline.toFixed(1)} MiB, peak ${peak.toFixed(1)} MiB → ${above.toFixed(1)} MiB above baseline (target ≤ ${MEMORY_TARGET_MB})${reset ? '' : ' [high-water mark not reset: includes set-up]'}`,
    );
    console.log(`  peak above baseline after each step (MiB): ${steps.join(' · ')}`);
    if (peer)
      console.log(
        `  peer, same run: age -d of the 184 MiB payload ${f(peer.ms)} ms, peak RSS ${peer.peakRssMb.toFixed(1)} MiB`,
      );
    console.log(above <= MEMORY_TARGET_MB ? 'MEMORY OK' : 'MEMORY OVER TARGET');
  } finally {
    host.child.stdin!.end();
    await new Promise((r) => host.child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
