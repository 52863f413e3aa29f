// A stolen laptop reveals nothing: a plaintext canary saved in a meeting appears in none of
// the vault's files on disk — while open (WAL holds the commit) and after lock.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../shared/text';
import { directive, meeting, newVault } from './helpers';

function filesContaining(dir: string, needles: string[]): string[] {
  const hits: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const bytes = fs.readFileSync(path.join(dir, name));
    for (const n of needles) if (bytes.includes(Buffer.from(n, 'utf8'))) hits.push(`${name}: ${n}`);
  }
  return hits;
}

describe('canary', () => {
  it('is in no vault file, WAL or SHM, open or locked', async () => {
    const { file, vault } = await newVault();
    const dir = path.dirname(file);
    const canary = `Canary-${randomBytes(12).toString('hex')}-Đồng-thuận`;
    const needles = [canary, foldForSearch(canary), canary.split('-')[1] ?? canary, 'Đồng-thuận'];
    vault.transaction(() => {
      const m = vault.meetings.save(meeting({ summary: canary, title: `Họp ${canary}` }));
      vault.directives.save(directive({ task: canary, meetingId: m.id }));
    });
    expect(vault.search(canary.split('-')[1] ?? '', 5).meetings).toHaveLength(1);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(filesContaining(dir, needles)).toEqual([]);
    vault.close();
    expect(filesContaining(dir, needles)).toEqual([]);
    // The check itself works: the same scan finds the canary in a plaintext file.
    fs.writeFileSync(path.join(dir, 'control.txt'), canary);
    expect(filesContaining(dir, [canary])).toEqual([`control.txt: ${canary}`]);
  });
});
