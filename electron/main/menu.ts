// The application menu (issue 11 item 5), built from the one command list in shared/: no
// Reload, no Toggle DevTools, nothing of Electron's default menu. A click sends the command's
// id to the window, which runs it as if its shortcut was pressed. Accelerators are shown but
// not registered (registerAccelerator: false) on Windows and Linux, so a key press reaches
// the page once, where the same list handles it (and its "while typing" rules).
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import {
  acceleratorOf,
  COMMAND_SPECS,
  type CommandSpec,
  type Shortcut,
} from '../../shared/commands';
import { COMMAND_CHANNEL } from '../../shared/host-protocol';

const GROUPS: { menu: CommandSpec['menu']; label: string }[] = [
  { menu: 'file', label: 'Tệp / File' },
  { menu: 'edit', label: 'Sửa / Edit' },
  { menu: 'go', label: 'Đi tới / Go' },
  { menu: 'help', label: 'Trợ giúp / Help' },
];

/** A menu accelerator only for keys with a modifier or a function key: a bare `/` would eat typing. */
function menuShortcut(shortcuts: readonly Shortcut[]): Shortcut | undefined {
  return shortcuts.find((s) => s.mod || s.alt || /^F\d+$/.test(s.key));
}

/** The menu as data (tested without Electron). `send` delivers a command id to the window. */
export function menuTemplate(
  platform: NodeJS.Platform,
  send: (id: string) => void,
): MenuItemConstructorOptions[] {
  const groups: MenuItemConstructorOptions[] = GROUPS.map(({ menu, label }) => {
    const items: MenuItemConstructorOptions[] = COMMAND_SPECS.filter((c) => c.menu === menu).map(
      (c) => {
        const shortcut = menuShortcut(c.shortcuts);
        return {
          id: c.id,
          label: `${c.title.vi} / ${c.title.en}`,
          ...(shortcut ? { accelerator: acceleratorOf(shortcut), registerAccelerator: false } : {}),
          click: () => send(c.id),
        };
      },
    );
    if (menu === 'edit') {
      // The clipboard and undo roles: text fields need them, and they are not commands of ours.
      items.unshift(
        { role: 'undo', label: 'Hoàn tác / Undo' },
        { role: 'redo', label: 'Làm lại / Redo' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt / Cut' },
        { role: 'copy', label: 'Chép / Copy' },
        { role: 'paste', label: 'Dán / Paste' },
        { role: 'selectAll', label: 'Chọn tất cả / Select all' },
        { type: 'separator' },
      );
    }
    if (menu === 'file') items.push({ type: 'separator' }, { role: 'quit', label: 'Thoát / Quit' });
    return { label, submenu: items };
  });
  if (platform === 'darwin') {
    groups.unshift({
      label: 'Briefing Desk',
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'quit' }],
    });
  }
  return groups;
}

export function installMenu(getWindow: () => BrowserWindow | null): void {
  const send = (id: string) => getWindow()?.webContents.send(COMMAND_CHANNEL, id);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, send)));
}
