// The one file that calls ipcMain.handle (architecture.md): one channel per contract call,
// named as the call. Before anything is parsed, the sender must be the main frame of our
// window showing an app:// page; a subframe, another window or a navigated page is refused.
// Then the dispatcher parses the input with the contract's schema and runs the handler.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { callNames } from '../../shared/contract';
import { fail, type Result } from '../../shared/result';
import type { Dispatch } from '../services/dispatch';
import { APP_HOST, APP_SCHEME } from './app-protocol';

export const forbiddenSender = () =>
  fail(
    'forbidden',
    'Yêu cầu không đến từ cửa sổ của ứng dụng; đã bị từ chối.',
    'The request did not come from the app’s window and was refused.',
  );

export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender !== contents) return false;
  const frame = event.senderFrame;
  if (!frame) return false;
  const main = contents.mainFrame;
  if (frame !== main && (frame.processId !== main.processId || frame.routingId !== main.routingId))
    return false;
  if (frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

export function registerIpc(dispatch: Dispatch, getWindow: () => BrowserWindow | null): void {
  for (const name of callNames) {
    ipcMain.handle(name, async (event, raw: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, getWindow())) return forbiddenSender();
      return dispatch(name, raw);
    });
  }
}
