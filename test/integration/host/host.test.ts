// The browser host over real HTTP on 127.0.0.1: the token on every call, the Host and Origin
// checks against DNS rebinding and cross-site pages, the body limit, static files without any
// way out of the renderer folder, and the same contract calls as the app.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host';
import { CONTENT_SECURITY_POLICY } from '../../../electron/host/security-headers';
import {
  CALL_PATH_PREFIX,
  MAX_REQUEST_BYTES,
  PICK_PATH,
  TOKEN_HEADER,
} from '../../../shared/host-protocol';
import { FakeClock, ORG, PASS, tempDir, testPlatform, weakFactory } from '../handlers/helpers';

const SECRET = 'nội dung bí mật ngoài thư mục giao diện';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with full control of the path and headers (fetch normalises both). */
function raw(
  host: RunningHost,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
  },
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let host: RunningHost;
let root: string;
let rendererDir: string;

beforeEach(async () => {
  root = tempDir('bd-host-');
  rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><title>Briefing Desk</title>',
  );
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(
    path.join(rendererDir, 'assets', 'font.woff2'),
    Buffer.from([0x77, 0x4f, 0x46, 0x32]),
  );
  fs.writeFileSync(path.join(rendererDir, 'assets', 'style.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  if (process.platform !== 'win32')
    fs.symlinkSync(path.join(root, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
  host = await startHost({
    rendererDir,
    platform: testPlatform(),
    factory: weakFactory,
    clock: new FakeClock(),
  });
});

afterEach(async () => {
  await host.close();
});

const callPath = (name: string) => CALL_PATH_PREFIX + name;
const json = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(host, {
    method: 'POST',
    path: callPath(name),
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body: JSON.stringify(body),
  });

describe('the browser host', () => {
  it('listens on 127.0.0.1 only and prints the address with a 256-bit token in the fragment', async () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    const reachable = (address: string) =>
      new Promise<boolean>((resolve) => {
        const s = net.connect({ host: address, port: host.port }, () => {
          s.destroy();
          resolve(true);
        });
        s.on('error', () => resolve(false));
      });
    expect(await reachable('127.0.0.1')).toBe(true);
    if (external) expect(await reachable(external)).toBe(false);
  });

  it('answers a good call with the Result as JSON, never cached', async () => {
    const r = await json('vault.status', {});
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(r.body)).toMatchObject({
      ok: true,
      value: { state: 'none', host: 'browser' },
    });

    // The same contract as the app: create a vault, add the sample, list it.
    const file = path.join(root, 'kho.bdvault');
    // The host's own picker turns the typed path into a handle; the call carries only that.
    const picked = JSON.parse(
      (
        await raw(host, {
          method: 'POST',
          path: PICK_PATH,
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
          body: JSON.stringify({ purpose: 'create-vault', path: file }),
        })
      ).body,
    );
    expect(picked).toMatchObject({ ok: true, value: { name: 'kho.bdvault' } });
    expect(JSON.stringify(picked)).not.toContain(root);
    expect(
      JSON.parse(
        (
          await json('vault.create', {
            file: picked.value.file,
            passphrase: PASS,
            organisation: ORG,
          })
        ).body,
      ).ok,
    ).toBe(true);
    expect(JSON.parse((await json('sample.create', {})).body).value.meetings).toBe(2);
    const listed = JSON.parse((await json('meetings.list', {})).body);
    expect(listed.value).toHaveLength(2);
    // Closing the host locks the vault.
    await host.close();
    expect(host.session.openVault).toBeNull();
  });

  it('refuses a call without the token, or with a wrong one, before reading it', async () => {
    for (const token of [
      undefined,
      '',
      'wrong',
      host.token.toUpperCase(),
      `${host.token}x`,
      host.token.slice(1),
    ]) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token !== undefined) headers[TOKEN_HEADER] = token;
      const r = await raw(host, {
        method: 'POST',
        path: callPath('vault.status'),
        headers,
        body: '{}',
      });
      expect(r.status, String(token)).toBe(401);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin, even with the token', async () => {
    for (const hostHeader of [
      'evil.example',
      `evil.example:${host.port}`,
      `127.0.0.1:${host.port + 1}`,
      '127.0.0.1',
      `0.0.0.0:${host.port}`,
    ]) {
      const r = await json('vault.status', {}, { host: hostHeader });
      expect(r.status, hostHeader).toBe(403);
    }
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${host.port + 1}`,
      'null',
      `https://127.0.0.1:${host.port}`,
    ]) {
      const r = await json('vault.status', {}, { origin });
      expect(r.status, origin).toBe(403);
    }
    expect((await json('vault.status', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await raw(host, { path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
    // Our own names pass.
    expect(
      (
        await json(
          'vault.status',
          {},
          { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` },
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await json(
          'vault.status',
          {},
          { origin: `http://127.0.0.1:${host.port}`, 'sec-fetch-site': 'same-origin' },
        )
      ).status,
    ).toBe(200);
  });

  it('refuses a body over the limit with 413 and reads nothing of it', async () => {
    const big = Buffer.alloc(MAX_REQUEST_BYTES + 1, 0x20);
    const r = await raw(host, {
      method: 'POST',
      path: callPath('meetings.list'),
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: big,
    });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).ok).toBe(false);
  });

  it('gives package calls no larger limit: packages come as files, not in the body', async () => {
    const base64 = Buffer.alloc(9 * 1024 * 1024, 7).toString('base64');
    const r = await raw(host, {
      method: 'POST',
      path: callPath('packages.preview'),
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: Buffer.from(JSON.stringify({ base64 })),
    });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).ok).toBe(false);
  });

  it('turns broken JSON, bad encodings and wrong methods into readable refusals', async () => {
    const bad = await raw(host, {
      method: 'POST',
      path: callPath('vault.status'),
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: '{"a":',
    });
    expect(bad.status).toBe(200);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const latin1 = await raw(host, {
      method: 'POST',
      path: callPath('vault.status'),
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: Buffer.from([0x7b, 0xff, 0x7d]),
    });
    expect(JSON.parse(latin1.body).error.code).toBe('invalid-input');
    const unknown = await json('vault.format', {});
    expect(JSON.parse(unknown.body).error.code).toBe('unknown-call');
    const proto = await json('__proto__', {});
    expect(JSON.parse(proto.body).error.code).toBe('unknown-call');
    expect(
      (await raw(host, { path: callPath('vault.status'), headers: { [TOKEN_HEADER]: host.token } }))
        .status,
    ).toBe(405);
    expect((await json('vault.status', {}, { 'content-type': 'text/plain' })).status).toBe(415);
  });

  it('serves the renderer with the CSP, nosniff, no-referrer and correct types', async () => {
    const index = await raw(host, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Briefing Desk</title>');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');
    expect((await raw(host, { path: '/index.html?x=1' })).status).toBe(200);
    expect((await raw(host, { path: '/assets/app.js' })).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await raw(host, { path: '/assets/style.css' })).headers['content-type']).toBe(
      'text/css; charset=utf-8',
    );
    expect((await raw(host, { path: '/assets/font.woff2' })).headers['content-type']).toBe(
      'font/woff2',
    );
    expect((await raw(host, { path: '/missing.js' })).status).toBe(404);
    expect((await raw(host, { path: '/', method: 'DELETE' })).status).toBe(405);
  });

  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5c%2e%2e%5csecret.txt',
      `/${encodeURIComponent(path.join(root, 'secret.txt'))}`,
      `/${path.join(root, 'secret.txt')}`,
      '//etc/passwd',
      '/%2fetc%2fpasswd',
      '/secret.txt%00.js',
      '/%ff',
      '/assets/link.txt',
      '/assets',
    ];
    for (const attempt of attempts) {
      const r = await raw(host, { path: attempt });
      expect(r.status, attempt).toBeGreaterThanOrEqual(400);
      expect(r.body, attempt).not.toContain(SECRET);
      expect(r.body, attempt).not.toContain('root:');
    }
  });
});
