// Every keyboard shortcut of the app as data (issue 8 §5, issue 11 item 5): the renderer's
// keyboard handler and help panel, the brief editor's keymap and, in Electron, the
// application menu are all built from this one list, so a shortcut cannot exist twice (a unit
// test refuses duplicates) nor without its label. Pure data: main reads it to build the menu.

export interface Shortcut {
  /** KeyboardEvent.key, compared case-insensitively. */
  key: string;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Printable keys like `/` and `?` would steal typing from a text field. */
  whileTyping?: boolean;
}

export interface CommandSpec {
  id: string;
  /** The renderer's message key for the label. */
  label: string;
  /** The label in the Electron menu (main has no i18n dictionary). */
  title: { vi: string; en: string };
  /** Where it sits in the application menu; 'editor' commands act in the brief editor only. */
  menu: 'file' | 'go' | 'edit' | 'help' | 'editor';
  shortcuts: Shortcut[];
}

/** A page of the sidebar, reached with Alt and its place in the sidebar (0 the overview). */
function page<const Id extends string>(
  id: Id,
  label: string,
  title: CommandSpec['title'],
  place: number,
): CommandSpec & { id: Id } {
  return { id, label, title, menu: 'go', shortcuts: [{ key: String(place), alt: true }] };
}

/**
 * A key of the brief editor: Ctrl+Shift and a letter, as word processors place their paragraph
 * keys; it acts on the text, so it works while typing.
 */
function editorKey<const Id extends string>(
  id: Id,
  label: string,
  title: CommandSpec['title'],
  key: string,
): CommandSpec & { id: Id } {
  return {
    id,
    label,
    title,
    menu: 'editor',
    shortcuts: [{ key, mod: true, shift: true, whileTyping: true }],
  };
}

export const COMMAND_SPECS = [
  {
    id: 'search.focus',
    label: 'cmd.searchFocus',
    title: { vi: 'Tìm kiếm', en: 'Search' },
    menu: 'edit',
    shortcuts: [{ key: 'k', mod: true, whileTyping: true }, { key: '/' }],
  },
  {
    id: 'help.toggle',
    label: 'cmd.help',
    title: { vi: 'Phím tắt và trợ giúp', en: 'Shortcuts and help' },
    menu: 'help',
    shortcuts: [
      { key: 'F1', whileTyping: true },
      { key: '?' },
      { key: '/', mod: true, whileTyping: true },
    ],
  },
  // The pages in the sidebar's order: Alt and the page's place, as browsers number their tabs.
  page('go.home', 'cmd.goHome', { vi: 'Tổng quan', en: 'Overview' }, 0),
  page('go.meetings', 'cmd.goMeetings', { vi: 'Cuộc họp', en: 'Meetings' }, 1),
  page('go.directives', 'cmd.goDirectives', { vi: 'Nhiệm vụ', en: 'Directives' }, 2),
  page('go.indicators', 'cmd.goIndicators', { vi: 'Chỉ tiêu', en: 'Indicators' }, 3),
  page('go.briefs', 'briefs.cmdGo', { vi: 'Văn bản', en: 'Briefs' }, 4),
  page('go.exchange', 'cmd.goExchange', { vi: 'Trao đổi', en: 'Exchange' }, 5),
  {
    id: 'go.settings',
    label: 'cmd.goSettings',
    title: { vi: 'Cài đặt', en: 'Settings' },
    menu: 'file',
    shortcuts: [{ key: ',', mod: true, whileTyping: true }],
  },
  {
    id: 'record.new',
    label: 'cmd.newRecord',
    title: { vi: 'Bản ghi mới', en: 'New record' },
    menu: 'file',
    shortcuts: [{ key: 'n', alt: true }],
  },
  {
    id: 'record.save',
    label: 'cmd.save',
    title: { vi: 'Lưu', en: 'Save' },
    menu: 'file',
    shortcuts: [{ key: 's', mod: true, whileTyping: true }],
  },
  {
    // Ctrl+Shift+K ("khóa"): Ctrl+Shift+L is the editor's align-left, as in word processors.
    id: 'vault.lock',
    label: 'cmd.lock',
    title: { vi: 'Khóa kho', en: 'Lock the vault' },
    menu: 'file',
    shortcuts: [{ key: 'k', mod: true, shift: true, whileTyping: true }],
  },
  // The brief editor's own keys (TipTap keymap, built from these entries).
  editorKey('editor.alignLeft', 'cmd.alignLeft', { vi: 'Căn trái', en: 'Align left' }, 'l'),
  editorKey('editor.alignCenter', 'cmd.alignCenter', { vi: 'Căn giữa', en: 'Align centre' }, 'e'),
  editorKey('editor.alignRight', 'cmd.alignRight', { vi: 'Căn phải', en: 'Align right' }, 'r'),
  editorKey('editor.justify', 'cmd.justify', { vi: 'Căn đều hai bên', en: 'Justify' }, 'j'),
  editorKey(
    'editor.numberedList',
    'cmd.numberedList',
    { vi: 'Danh sách đánh số', en: 'Numbered list' },
    '9',
  ),
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMAND_SPECS)[number]['id'];

export function specOf(id: CommandId): CommandSpec {
  const spec = COMMAND_SPECS.find((c) => c.id === id);
  if (!spec) throw new Error(`unknown command ${id}`);
  return spec;
}

/** One spelling per key combination, for comparing shortcuts ("Ctrl+Shift+L"). */
export function shortcutKey(s: Shortcut): string {
  const parts: string[] = [];
  if (s.mod) parts.push('Ctrl');
  if (s.alt) parts.push('Alt');
  if (s.shift) parts.push('Shift');
  parts.push(s.key.length === 1 ? s.key.toUpperCase() : s.key);
  return parts.join('+');
}

/** TipTap / ProseMirror keymap spelling ("Mod-Shift-l"). */
export function keymapName(s: Shortcut): string {
  return [s.mod ? 'Mod' : null, s.alt ? 'Alt' : null, s.shift ? 'Shift' : null, s.key]
    .filter(Boolean)
    .join('-');
}

/** Electron accelerator spelling ("CmdOrCtrl+Shift+K"). */
export function acceleratorOf(s: Shortcut): string {
  return [
    s.mod ? 'CmdOrCtrl' : null,
    s.alt ? 'Alt' : null,
    s.shift ? 'Shift' : null,
    s.key.length === 1 ? s.key.toUpperCase() : s.key,
  ]
    .filter(Boolean)
    .join('+');
}
