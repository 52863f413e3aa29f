// The fallback Argon2id: hash-wasm in a short-lived worker thread. Electron's Node is built on
// BoringSSL, which may lack crypto.argon2. The WASM module grows its memory to the cost
// parameter (64 MiB+) and never shrinks it, so each derivation gets its own worker that ends
// afterwards and takes that memory with it; the main thread never blocks on the hash.
//
// The worker body is a source string rather than a file so that bundling (electron-vite) has
// no second entry point to find; it loads hash-wasm from the path resolved here.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import type { Argon2Params } from './kdf';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { argon2id } = require(workerData.lib);
const { password, salt, params } = workerData;
argon2id({
  password, salt,
  parallelism: params.parallelism, iterations: params.iterations, memorySize: params.memoryKiB,
  hashLength: 32, outputType: 'binary',
}).then(
  (key) => { password.fill(0); parentPort.postMessage({ key }, [key.buffer]); },
  (e) => { password.fill(0); parentPort.postMessage({ error: String(e && e.message || e) }); },
);
`;

let hashWasmPath: string | null = null;
const resolveHashWasm = (): string =>
  (hashWasmPath ??= createRequire(import.meta.url).resolve('hash-wasm'));

export function argon2idWasm(
  password: Uint8Array,
  salt: Uint8Array,
  params: Argon2Params,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      // Copies: the worker zeroes its copy of the password once hashed.
      workerData: {
        lib: resolveHashWasm(),
        password: Uint8Array.from(password),
        salt: Uint8Array.from(salt),
        params,
      },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (msg: { key?: Uint8Array; error?: string }) => {
      if (msg.key) {
        const key = Buffer.from(msg.key);
        msg.key.fill(0);
        settle(() => resolve(key));
      } else settle(() => reject(new Error(`argon2id (wasm) failed: ${msg.error ?? 'unknown'}`)));
    });
    worker.once('error', (e) => settle(() => reject(e)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`argon2id worker exited early (${code})`))),
    );
  });
}
