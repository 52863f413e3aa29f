// Issue 11 in the browser host: the page hears of a lock at once (server-sent event, not a
// 20 s poll); the picker answers with handles, never echoing a path; one package call at a
// time — a second is told "busy" before its body is read.
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host';
import {
  CALL_PATH_PREFIX,
  EVENTS_PATH,
  PICK_PATH,
  TOKEN_HEADER,
} from '../../../shared/host-protocol';
import { FakeClock, ORG, PASS, tempDir, testPlatform, weakFactory } from '../handlers/helpers';

let host: RunningHost;
let root: string;

beforeEach(async () => {
  root = tempDir('bd-host-events-');
  fs.mkdirSync(path.join(root, 'renderer'));
  fs.writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html>');
  host = await startHost({
    rendererDir: path.join(root, 'renderer'),
    platform: testPlatform({ defaultVaultFolder: root }),
    factory: weakFactory,
    clock: new FakeClock(),
  });
});
afterEach(async () => {
  await host.close();
});

async function post(pathname: string, body: unknown) {
  const r = await fetch(`${host.origin}${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(body),
  });
  return r.json() as Promise<{
    ok: boolean;
    value?: Record<string, unknown>;
    error?: { code: string };
  }>;
}

describe('the browser host', () => {
  it('sends a `locked` event the moment the vault locks, to token holders only', async () => {
    const picked = await post(PICK_PATH, { purpose: 'create-vault', path: 'kho.bdvault' });
    expect(JSON.stringify(picked)).not.toContain(root);
    expect(
      (
        await post(`${CALL_PATH_PREFIX}vault.create`, {
          file: picked.value?.file,
          passphrase: PASS,
          organisation: ORG,
        })
      ).ok,
    ).toBe(true);
    expect((await fetch(`${host.origin}${EVENTS_PATH}`)).status).toBe(401);

    const controller = new AbortController();
    const events = await fetch(`${host.origin}${EVENTS_PATH}`, {
      headers: { [TOKEN_HEADER]: host.token },
      signal: controller.signal,
    });
    expect(events.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader();
    let seen = (await reader.read()).value ?? '';
    host.session.lock('idle');
    while (!seen.includes('event: locked')) seen += (await reader.read()).value ?? '';
    expect(seen).toContain('"reason":"idle"');
    controller.abort();
  });

  it('asks before a backup replaces an existing file, and only that exact file', async () => {
    fs.writeFileSync(path.join(root, 'co-san.bdvault'), 'x');
    const refused = await post(PICK_PATH, { purpose: 'save-backup', path: 'co-san.bdvault' });
    expect(refused.error?.code).toBe('file-exists');
    const confirmed = await post(PICK_PATH, {
      purpose: 'save-backup',
      path: 'co-san.bdvault',
      replace: true,
    });
    expect(confirmed.ok).toBe(true);
    expect(
      host.session.files.resolve(String(confirmed.value?.file), 'save-backup').mayReplace,
    ).toBe(true);
  });

  it('runs one package call at a time: a second is told "busy" at once', async () => {
    // The first call's body is still arriving: it holds the package slot.
    const first = http.request({
      host: '127.0.0.1',
      port: host.port,
      method: 'POST',
      path: `${CALL_PATH_PREFIX}packages.preview`,
      headers: {
        'content-type': 'application/json',
        [TOKEN_HEADER]: host.token,
        'content-length': '100000',
      },
    });
    first.on('error', () => {});
    first.write('{"file":"');
    // Until the host has the first request, a second one simply runs (and fails: no vault).
    let second = await post(`${CALL_PATH_PREFIX}packages.import`, { file: 'fh_x' });
    for (let i = 0; i < 100 && second.error?.code !== 'busy'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      second = await post(`${CALL_PATH_PREFIX}packages.import`, { file: 'fh_x' });
    }
    expect(second.error?.code).toBe('busy');
    // Other calls are not held up.
    expect((await post(`${CALL_PATH_PREFIX}vault.status`, {})).ok).toBe(true);
    first.destroy();
  });
});
