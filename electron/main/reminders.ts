// Due-date reminders as system notifications in the Electron shell (issue 13 §1): while a vault
// is open, every few minutes, the directives falling due that were not yet reminded of today
// (electron/services/reminders.ts decides which, and remembers them). A click brings the
// window forward on the home screen. The browser host shows the home screen's banner instead.
import { Notification, type BrowserWindow } from 'electron';
import { COMMAND_CHANNEL } from '../../shared/host-protocol';
import type { Desk } from '../services/desk';
import type { Platform } from '../services/platform';
import { reminderText, takeDueReminders } from '../services/reminders';

const CHECK_EVERY_MS = 5 * 60_000;
/** The first look shortly after start, once the user had a moment to unlock. */
const FIRST_CHECK_MS = 60_000;

export function startDueReminders(
  desk: Desk,
  platform: Platform,
  getWindow: () => BrowserWindow | null,
): () => void {
  const check = () => {
    if (!Notification.isSupported()) return;
    const due = takeDueReminders(desk.session, platform, platform.today());
    if (due.length === 0) return;
    const { title, body } = reminderText(due, platform.preferences.read().language);
    const note = new Notification({ title, body });
    note.on('click', () => {
      const win = getWindow();
      if (!win || win.isDestroyed()) return;
      if (win.isMinimized()) win.restore();
      win.focus();
      win.webContents.send(COMMAND_CHANNEL, 'go.home');
    });
    note.show();
  };
  const first = setTimeout(check, FIRST_CHECK_MS);
  const every = setInterval(check, CHECK_EVERY_MS);
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
