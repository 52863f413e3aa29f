// `briefing-desk audit verify` end to end: a real vault, a real process. The chain holds on a
// vault the app wrote (exit 0); after an entry is edited behind the app's back, the first
// broken link is named on one stderr line with exit 1, and --json carries the same facts.
import { describe, expect, it } from 'vitest';
import { openKeyed } from '../../../electron/services/vault/storage/connection';
import {
  keysPathOf,
  readKeysFile,
  unwrapDek,
} from '../../../electron/services/vault/storage/key-slots';
import { deskWithVault, PASS } from '../handlers/helpers';
import { cliWithPassphrase, expectOneLineError } from './run-cli';

const cli = cliWithPassphrase(PASS);

describe('briefing-desk audit verify', () => {
  it('says the log is intact, then names the first broken link with exit 1 (and in --json)', async () => {
    const {
      desk,
      dir: home,
      file: vault,
    } = await deskWithVault({}, { organisation: 'Bộ Tư pháp' });
    desk.session.lock();

    const intact = await cli(home, ['audit', 'verify', '--vault', vault]);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/Nhật ký nguyên vẹn: 1 dòng .* intact: 1 entries/);

    const dek = await unwrapDek(readKeysFile(keysPathOf(vault)), { passphrase: PASS });
    const db = openKeyed(vault, dek);
    db.prepare("UPDATE exchange_log SET summary = 'sửa lén' WHERE id = 1").run();
    db.close();

    const broken = await cli(home, ['audit', 'verify', '--vault', vault]);
    expectOneLineError(broken, 1);
    expect(broken.stderr).toMatch(/dòng #1 .*identity-issue.*first broken link at entry #1/);

    const json = await cli(home, ['audit', 'verify', '--vault', vault, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      entries: 1,
      firstBreak: { id: 1, action: 'identity-issue', reason: 'content' },
    });
  });
});
