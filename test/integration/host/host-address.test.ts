// The browser host's remembered address (issue 9: a restarted host answers the tab that was
// open): written private to the user, read back whole, and anything else in its place — a
// truncated file, another program's JSON, a port below 1024, a token of the wrong shape — is
// ignored rather than trusted, so the host then starts on a fresh port and token.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newToken, readHostAddress, writeHostAddress } from '../../../electron/host/host-address';

const dirs: string[] = [];
const configDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-host-address-'));
  dirs.push(dir);
  return path.join(dir, 'briefing-desk');
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('the remembered host address', () => {
  it('is written for this user only and read back as written', () => {
    const dir = configDir();
    expect(readHostAddress(dir)).toBeNull();
    const address = { port: 47_123, token: newToken() };
    expect(writeHostAddress(dir, address)).toBe(true);
    expect(readHostAddress(dir)).toEqual(address);
    if (process.platform !== 'win32')
      expect(fs.statSync(path.join(dir, 'browser-host.json')).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['a truncated file', '{"port":47123,"tok'],
    ['another shape', '["port", 47123]'],
    ['a privileged port', JSON.stringify({ port: 80, token: newToken() })],
    ['a port out of range', JSON.stringify({ port: 70_000, token: newToken() })],
    ['a short token', JSON.stringify({ port: 47_123, token: 'abc' })],
    [
      'a token with other characters',
      JSON.stringify({ port: 47_123, token: `${'a'.repeat(42)}/` }),
    ],
  ])('ignores %s', (_what, text) => {
    const dir = configDir();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'browser-host.json'), text);
    expect(readHostAddress(dir)).toBeNull();
  });

  it('reports a folder it cannot write instead of failing the host', () => {
    const dir = configDir();
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    fs.writeFileSync(dir, 'a file where the folder should be');
    expect(writeHostAddress(dir, { port: 47_124, token: newToken() })).toBe(false);
  });
});
