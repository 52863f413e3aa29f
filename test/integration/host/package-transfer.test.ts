// Package files through the browser host over real HTTP (issue: no package bytes over the
// calls): a package is uploaded as a raw body into the host's private temp folder and comes
// back as an 'open-package' handle the package calls accept; a sealed package is written to a
// host-made 'save-package' handle and downloaded once, streamed, by its one-time id (a plain
// link: no token header); renderings an import brings are saved in a host-made folder and
// downloaded one by one the same way. Larger than 200 MB is refused as it streams; the POSTs
// want the token; a lock empties the folder.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../../electron/host';
import {
  PACKAGE_ATTACHMENTS_PATH,
  PACKAGE_DOWNLOAD_PATH,
  PACKAGE_TARGET_PATH,
  PACKAGE_UPLOAD_PATH,
} from '../../../electron/host/package-transfer';
import type { OpenVault } from '../../../electron/services/vault/types';
import { CALL_PATH_PREFIX, TOKEN_HEADER } from '../../../shared/host-protocol';
import { MEETING_IDS } from '../../../shared/sample';
import { acquaint, ministry } from '../exchange-vault/helpers';
import { FakeClock, PASS, tempDir, testPlatform, weakFactory } from '../handlers/helpers';

function request(
  host: RunningHost,
  options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer },
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, agent: false, ...options },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let host: RunningHost;
beforeEach(async () => {
  const rendererDir = tempDir('bd-host-ui-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
  host = await startHost({
    rendererDir,
    platform: testPlatform(),
    factory: weakFactory,
    clock: new FakeClock(),
  });
  const created = await host.dispatch('vault.create', {
    file: host.session.files.mint('create-vault', path.join(tempDir(), 'kho.bdvault')),
    passphrase: PASS,
    organisation: 'Văn phòng Chính phủ',
  });
  expect(created.ok).toBe(true);
  await host.dispatch('sample.create', {});
});
afterEach(async () => {
  await host.close();
});

const token = () => ({ [TOKEN_HEADER]: host.token });
const call = async (name: string, body: unknown) =>
  JSON.parse(
    (
      await request(host, {
        method: 'POST',
        path: CALL_PATH_PREFIX + name,
        headers: { 'content-type': 'application/json', ...token() },
        body: Buffer.from(JSON.stringify(body)),
      })
    ).body.toString('utf8'),
  ) as { ok: boolean; value?: Record<string, unknown>; error?: { code: string } };

describe('package files through the browser host', () => {
  it('seals into a host file and downloads it once; uploads a package and previews it by handle', async () => {
    const me = host.session.require() as OpenVault;
    const b = await ministry('Bộ Công Thương', true);
    const { bAtA, aAtB } = acquaint(me, b.vault);

    const target = await request(host, {
      method: 'POST',
      path: PACKAGE_TARGET_PATH,
      headers: token(),
    });
    const { file, download } = JSON.parse(target.body.toString('utf8')).value as {
      file: string;
      download: string;
    };
    const sealed = await call('packages.seal', {
      to: [bAtA],
      meetingIds: [MEETING_IDS.committee20250826],
      file,
    });
    expect(sealed.ok).toBe(true);
    expect(sealed.value!.base64).toBeUndefined();
    const where = `${PACKAGE_DOWNLOAD_PATH}?id=${download}&name=${encodeURIComponent('Gói.bdpack')}`;
    const guessed = `${PACKAGE_DOWNLOAD_PATH}?id=${'A'.repeat(32)}`;
    expect((await request(host, { method: 'GET', path: guessed })).status).toBe(404);
    const got = await request(host, { method: 'GET', path: where });
    expect(got.status).toBe(200);
    expect(b.vault.exchange.preview(got.body).packageId).toBe(sealed.value!.packageId);
    expect((await request(host, { method: 'GET', path: where })).status).toBe(404);

    const back = b.vault.exchange.seal({ to: [aAtB], meetingIds: [MEETING_IDS.committee20250826] });
    const upload = (headers: Record<string, string>) =>
      request(host, {
        method: 'POST',
        path: PACKAGE_UPLOAD_PATH,
        headers: { 'content-type': 'application/octet-stream', ...headers },
        body: back.bytes,
      });
    expect((await upload({})).status).toBe(401);
    const up = JSON.parse((await upload(token())).body.toString('utf8')) as {
      ok: boolean;
      value: { file: string };
    };
    expect(up.ok).toBe(true);
    const preview = await call('packages.preview', { file: up.value.file });
    expect(preview.ok).toBe(true);
    expect(preview.value!.packageId).toBe(back.manifest.packageId);

    // Another upload replaces it (the page shows one opened package at a time).
    const first = host.session.files.resolve(up.value.file, 'open-package').path;
    const again = JSON.parse((await upload(token())).body.toString('utf8')) as {
      value: { file: string };
    };
    expect(fs.existsSync(first)).toBe(false);

    // A lock empties the host's folder: the uploaded file is gone with it.
    const kept = host.session.files.resolve(again.value.file, 'open-package').path;
    expect(fs.existsSync(kept)).toBe(true);
    await host.dispatch('vault.lock', {});
    expect(fs.existsSync(kept)).toBe(false);
  }, 60_000);

  it('saves the renderings an import brings in a host folder, each downloaded once by name', async () => {
    const me = host.session.require() as OpenVault;
    const b = await ministry('Bộ Công Thương', true);
    const { aAtB } = acquaint(me, b.vault);
    const brief = await b.desk.ok('briefs.create', {
      template: 'conclusion-notice',
      meetingId: MEETING_IDS.committee20250826,
    });
    const sealedAt = path.join(tempDir(), 'goi.bdpack');
    await b.desk.ok('packages.seal', {
      to: [aAtB],
      briefIds: [brief.id],
      withMeeting: false,
      renderings: ['docx'],
      file: b.desk.session.files.mint('save-package', sealedAt),
    });
    const up = JSON.parse(
      (
        await request(host, {
          method: 'POST',
          path: PACKAGE_UPLOAD_PATH,
          headers: { 'content-type': 'application/octet-stream', ...token() },
          body: fs.readFileSync(sealedAt),
        })
      ).body.toString('utf8'),
    ) as { value: { file: string } };
    expect((await request(host, { method: 'POST', path: PACKAGE_ATTACHMENTS_PATH })).status).toBe(
      401,
    );
    const folder = JSON.parse(
      (
        await request(host, { method: 'POST', path: PACKAGE_ATTACHMENTS_PATH, headers: token() })
      ).body.toString('utf8'),
    ) as { value: { file: string; download: string } };
    const imported = await call('packages.import', {
      file: up.value.file,
      attachments: folder.value.file,
    });
    expect(imported.error).toBeUndefined();
    const [saved] = imported.value!.attachments as { savedAs: string }[];
    const at = (name: string) =>
      `${PACKAGE_DOWNLOAD_PATH}?id=${folder.value.download}&name=${encodeURIComponent(name)}`;
    // Only a plain name the import saved there, never a path out of the folder.
    expect((await request(host, { method: 'GET', path: at('../goi.bdpack') })).status).toBe(404);
    const got = await request(host, { method: 'GET', path: at(saved!.savedAs) });
    expect(got.status).toBe(200);
    expect(got.body.subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await request(host, { method: 'GET', path: at(saved!.savedAs) })).status).toBe(404);
  }, 60_000);

  it('refuses a package over 200 MB as it streams, and a body that is not binary', async () => {
    const big = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          agent: false,
          method: 'POST',
          path: PACKAGE_UPLOAD_PATH,
          headers: { 'content-type': 'application/octet-stream', ...token() },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      // No declared length (chunked): the host counts as it writes and stops past 200 MB.
      const piece = Buffer.alloc(1024 * 1024, 1);
      let sent = 0;
      const pump = () => {
        while (sent < 201) {
          sent++;
          if (!req.write(piece)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    }).catch(() => ({ status: 0, body: '' }));
    // Either the refusal was read, or the connection was cut once the limit passed.
    if (big.status !== 0) expect(JSON.parse(big.body).error.code).toBe('package-too-large');
    // Nothing of it was kept: the next upload is alone in the host's folder.
    const next = await request(host, {
      method: 'POST',
      path: PACKAGE_UPLOAD_PATH,
      headers: { 'content-type': 'application/octet-stream', ...token() },
      body: Buffer.from('age-encryption.org/v1\n'),
    });
    const handle = (JSON.parse(next.body.toString('utf8')) as { value: { file: string } }).value
      .file;
    const kept = host.session.files.resolve(handle, 'open-package').path;
    expect(fs.readdirSync(path.dirname(kept))).toEqual([path.basename(kept)]);
    const json = await request(host, {
      method: 'POST',
      path: PACKAGE_UPLOAD_PATH,
      headers: { 'content-type': 'application/json', ...token() },
      body: Buffer.from('{}'),
    });
    expect(json.status).toBe(415);
  }, 120_000);
});
