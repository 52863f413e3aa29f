#!/usr/bin/env node
// The `briefing-desk` command: checks the Node version (the encrypted SQLite module needs
// Node 24 and crashes on older ones), then runs the built CLI.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `Lỗi: Briefing Desk cần Node 24 trở lên (đang chạy ${process.version}); dùng Node đi kèm dự án: node_modules/.bin/node / ` +
      `Error: Briefing Desk needs Node 24 or newer (running ${process.version}); use the project's own Node: node_modules/.bin/node\n`,
  );
  process.exit(1);
}

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write(
    'Lỗi: chưa biên dịch ứng dụng; hãy chạy `npm run build` / Error: the app is not built; run `npm run build`\n',
  );
  process.exit(1);
}
await import(cli.href);
