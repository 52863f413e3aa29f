// The one window factory (architecture.md rule 6). Every window of the app comes from here,
// with the same locked webPreferences: isolated, sandboxed, no Node, no webviews; navigation,
// new windows and permission requests are all refused.
import {
  app,
  BrowserWindow,
  dialog,
  type Rectangle,
  type WebContents,
  type WebPreferences,
} from 'electron';
import { APP_START_URL } from './app-protocol';

/** The settings security.md requires; tests assert them exactly. */
export function lockedWebPreferences(
  preloadPath: string,
  packaged = app.isPackaged,
): WebPreferences {
  return {
    preload: preloadPath,
    // A packaged build has no DevTools at all (issue 11): no menu item, no shortcut, no API.
    devTools: !packaged,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/** Refusals that apply to every web contents, including any the app did not create itself. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Installs the refusals on every web contents the app ever creates. Call once, early. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

export interface MainWindowOptions {
  preloadPath: string;
  bounds?: Partial<Rectangle> | null;
}

export function createMainWindow({ preloadPath, bounds }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 840,
    ...(bounds?.x !== undefined && bounds?.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Briefing Desk',
    backgroundColor: '#f7f7f5',
    webPreferences: lockedWebPreferences(preloadPath),
  });
  hardenWebContents(win.webContents);
  const ses = win.webContents.session;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // The renderer's unsaved-changes guard cancels `beforeunload`; Electron then neither closes
  // nor asks, so the shell asks the question a browser would have asked.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Ở lại / Stay', 'Đóng, bỏ thay đổi / Close and discard'],
      defaultId: 0,
      cancelId: 0,
      title: 'Briefing Desk',
      message: 'Có thay đổi chưa lưu. / There are unsaved changes.',
      detail: 'Đóng cửa sổ sẽ bỏ các thay đổi chưa lưu. / Closing discards the unsaved changes.',
    });
    if (choice === 1) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_START_URL);
  return win;
}
