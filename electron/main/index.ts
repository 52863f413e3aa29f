// The Electron shell's life: one instance, one window, the app:// scheme, the IPC channels,
// and the locks — the vault closes (keys zeroed) on screen lock, on suspend, when the window
// closes and when the app quits. A .bdvault passed on the command line or opened from the
// file manager is shown on the unlock screen.
import fs from 'node:fs';
import path from 'node:path';
import { app, powerMonitor, type BrowserWindow } from 'electron';
import { createDesk, type Desk } from '../services/desk';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { LOCKED_CHANNEL } from '../../shared/host-protocol';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { startDueReminders } from './reminders';
import { createElectronPlatform, type ElectronPlatform } from './platform';
import { createMainWindow, hardenAllWebContents } from './window';

const PRELOAD = path.join(import.meta.dirname, '../preload/index.cjs');
const RENDERER = path.join(import.meta.dirname, '../renderer');

let window: BrowserWindow | null = null;
let desk: Desk | null = null;
let platform: ElectronPlatform | null = null;
let pendingVault: string | null = null;

const vaultArgument = (argv: string[]): string | null =>
  argv.find((a) => a.toLowerCase().endsWith('.bdvault') && fs.existsSync(a)) ?? null;
const packageArgument = (argv: string[]): string | null =>
  argv.find((a) => a.toLowerCase().endsWith('.bdpack') && fs.existsSync(a)) ?? null;
let pendingPackage: string | null = null;

/** A package double-clicked in the file manager: the exchange screen previews it. */
function openPackageFile(file: string | null): void {
  if (!file) return;
  if (!platform) {
    pendingPackage = file;
    return;
  }
  // The exchange screen asks for it (packages.pending) when the window regains focus.
  platform.offerPackage(file);
}

/** Shows a vault file on the unlock screen, unless another vault is open and in use. */
function openVaultFile(file: string | null): void {
  if (!file) return;
  if (!desk) {
    pendingVault = file;
    return;
  }
  if (desk.session.openVault) return;
  desk.session.remember(file);
  window?.webContents.reload();
}

function showWindow(): void {
  if (!platform) return;
  const win = createMainWindow({ preloadPath: PRELOAD, bounds: platform.windowBounds.read() });
  win.on('close', () => platform?.windowBounds.write(win.getBounds()));
  win.on('closed', () => {
    window = null;
  });
  window = win;
}

registerAppScheme();
hardenAllWebContents();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  pendingVault = vaultArgument(process.argv.slice(1));
  pendingPackage = packageArgument(process.argv.slice(1));

  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (file.toLowerCase().endsWith('.bdpack')) openPackageFile(file);
    else openVaultFile(file);
  });

  app.on('second-instance', (_event, argv) => {
    openVaultFile(vaultArgument(argv.slice(1)));
    openPackageFile(packageArgument(argv.slice(1)));
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    } else {
      showWindow();
    }
  });

  void app.whenReady().then(() => {
    serveRenderer(RENDERER);
    platform = createElectronPlatform(() => window);
    desk = createDesk({ platform });
    if (pendingVault) desk.session.remember(pendingVault);
    if (pendingPackage) platform.offerPackage(pendingPackage);
    registerIpc(desk.dispatch, () => window);
    installMenu(() => window);
    // The window hears of a lock at once (no polling) and clears its stores (issue 11).
    desk.session.onLock(() => {
      if (window && !window.isDestroyed()) window.webContents.send(LOCKED_CHANNEL);
    });
    const lockNow = () => desk?.session.lock('system');
    powerMonitor.on('lock-screen', lockNow);
    powerMonitor.on('suspend', lockNow);
    startDueReminders(desk, platform, () => window);
    showWindow();
  });

  // A desk app for sensitive material: closing the window locks the vault and ends the app,
  // on macOS too.
  app.on('window-all-closed', () => {
    desk?.session.lock('shutdown');
    app.quit();
  });
  app.on('before-quit', () => desk?.session.dispose());
}
