// The browser host's address, kept between runs (issue 9): a host restarted after a crash or a
// kill listens on the same port with the same access token, so the tab that was already open
// reaches it again, asks for the passphrase and keeps what is on its screen. The token is a
// secret of this user: it lives beside preferences.json in the user's config folder, in a file
// only this account can read (0600), as the vault file itself is.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { writeFileAtomic } from '../services/files/atomic-file';

export interface HostAddress {
  port: number;
  token: string;
}

const FILE = 'browser-host.json';
/** 32 random bytes in base64url, as `newToken` makes them. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const newToken = (): string => randomBytes(32).toString('base64url');

/** The address the last host of this config folder used, or null (none, or not ours). */
export function readHostAddress(configDir: string): HostAddress | null {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(configDir, FILE), 'utf8')) as unknown;
    if (typeof raw !== 'object' || raw === null) return null;
    const { port, token } = raw as { port?: unknown; token?: unknown };
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 1024 || port > 65535)
      return null;
    if (typeof token !== 'string' || !TOKEN.test(token)) return null;
    return { port, token };
  } catch {
    return null;
  }
}

/** Remembers the address; a config folder that cannot be written only costs the reconnect. */
export function writeHostAddress(configDir: string, address: HostAddress): boolean {
  try {
    fs.mkdirSync(configDir, { recursive: true, mode: 0o700 });
    writeFileAtomic(path.join(configDir, FILE), JSON.stringify(address), 'replace');
    return true;
  } catch {
    return false;
  }
}
