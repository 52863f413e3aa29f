// `npm start`, after the build: the Electron app where its runtime is installed, otherwise
// the browser host (the same app, served on 127.0.0.1) with the reason said in both languages.
// Plain ESM JavaScript, run by the project's pinned Node.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** The Electron binary, if the package's postinstall download ever succeeded. */
function electronBinary() {
  try {
    const require = createRequire(import.meta.url);
    const pkgDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile) || !existsSync(join(pkgDir, 'dist'))) return null;
    const bin = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/** Runs a child with this terminal, passes SIGTERM on, and exits with the child's code. */
function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  // Ctrl+C reaches the child directly (same process group); only keep this process alive.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = electronBinary();
if (electron) {
  run(electron, ['.', ...process.argv.slice(2)]);
} else {
  const cli = join(root, 'out/main/cli.js');
  if (!existsSync(cli)) {
    process.stderr.write(
      'Lỗi: chưa biên dịch; hãy chạy `npm run build` / Error: not built; run `npm run build`\n',
    );
    process.exit(1);
  }
  process.stdout.write(
    'Máy này chưa cài bộ chạy Electron (không thể tải về khi ngoại tuyến); khởi động giao diện trong trình duyệt thay thế.\n' +
      'Electron runtime is not installed here (it cannot be downloaded offline); starting the browser host instead.\n\n',
  );
  run(process.execPath, [cli, 'serve', ...process.argv.slice(2)]);
}
