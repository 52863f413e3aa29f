// The browser host of bench/host-upload.ts, in a process of its own so that its peak RSS is its
// own: `tsx bench/host-upload-child.ts <dir>` creates a vault in <dir>, starts the host on a
// free port and prints {port, token, pid} as one JSON line; it runs until its stdin closes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHost } from '../electron/host';
import { createNodePlatform } from '../electron/services/node-platform';

async function main(): Promise<void> {
  const dir = process.argv[2]!;
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  const host = await startHost({
    rendererDir,
    platform: createNodePlatform({ host: 'browser', configDir: join(dir, 'config') }),
  });
  const created = await host.dispatch('vault.create', {
    file: host.session.files.mint('create-vault', join(dir, 'kho.bdvault')),
    passphrase: 'một mật khẩu đo đạc đủ dài',
    organisation: 'Bộ Công Thương',
  });
  if (!created.ok) throw new Error(created.error.message.en);
  process.stdout.write(
    `${JSON.stringify({ port: host.port, token: host.token, pid: process.pid })}\n`,
  );
  process.stdin.resume();
  process.stdin.on('end', () => void host.close().then(() => process.exit(0)));
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
