// User commands as data (architecture.md rule 8): the keyboard handler, the help panel and the
// menu read this one list, so a shortcut cannot exist without its label or vice versa.
import type { MessageKey } from './i18n';
import { useNavigationStore } from './stores/navigationStore';
import { useSearchStore } from './stores/searchStore';
import { useMeetingsStore } from './stores/meetingsStore';
import { useDirectivesStore } from './stores/directivesStore';
import { useIndicatorsStore } from './stores/indicatorsStore';
import { useBriefsStore } from './stores/briefsStore';
import { lockNow } from './stores/session';

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

export interface Command {
  id: string;
  label: MessageKey;
  shortcuts: Shortcut[];
  perform(): void;
}

export function describeShortcut(s: Shortcut): string {
  const parts: string[] = [];
  if (s.mod) parts.push('Ctrl');
  if (s.alt) parts.push('Alt');
  if (s.shift) parts.push('Shift');
  parts.push(s.key.length === 1 ? s.key.toUpperCase() : s.key);
  return parts.join('+');
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function matches(s: Shortcut, e: KeyboardEvent): boolean {
  if (e.key.toLowerCase() !== s.key.toLowerCase()) return false;
  if (Boolean(s.mod) !== (e.ctrlKey || e.metaKey)) return false;
  if (Boolean(s.alt) !== e.altKey) return false;
  // `?` already needs Shift on most layouts; only check Shift where the shortcut names it.
  if (s.shift && !e.shiftKey) return false;
  if (!s.whileTyping && !s.mod && !s.alt && e.key.length === 1 && isTyping(e.target)) return false;
  return true;
}

function newRecord() {
  const { view } = useNavigationStore.getState();
  useNavigationStore.getState().guard(() => {
    if (view === 'meetings') useMeetingsStore.getState().startNewMeeting();
    else if (view === 'directives') useDirectivesStore.getState().startNewDirective();
    else if (view === 'briefs') useBriefsStore.getState().setCreating(true);
    else useIndicatorsStore.getState().startIndicator();
  });
}

function saveRecord() {
  const { view } = useNavigationStore.getState();
  if (view === 'meetings') void useMeetingsStore.getState().saveMeeting();
  else if (view === 'directives') void useDirectivesStore.getState().saveDirective();
  else if (view === 'briefs') void useBriefsStore.getState().saveBrief();
  else {
    const s = useIndicatorsStore.getState();
    if (s.observationEditor) void s.saveObservation();
    else if (s.indicatorEditor) void s.saveIndicator();
  }
}

export function createCommands(): Command[] {
  const nav = () => useNavigationStore.getState();
  return [
    {
      id: 'search.focus',
      label: 'cmd.searchFocus',
      shortcuts: [{ key: 'k', mod: true, whileTyping: true }, { key: '/' }],
      perform: () => useSearchStore.getState().requestFocus(),
    },
    {
      id: 'help.toggle',
      label: 'cmd.help',
      shortcuts: [
        { key: 'F1', whileTyping: true },
        { key: '?' },
        { key: '/', mod: true, whileTyping: true },
      ],
      perform: () => nav().setHelpOpen(!nav().helpOpen),
    },
    {
      id: 'go.meetings',
      label: 'cmd.goMeetings',
      shortcuts: [{ key: '1', alt: true }],
      perform: () => nav().navigate('meetings'),
    },
    {
      id: 'go.directives',
      label: 'cmd.goDirectives',
      shortcuts: [{ key: '2', alt: true }],
      perform: () => nav().navigate('directives'),
    },
    {
      id: 'go.indicators',
      label: 'cmd.goIndicators',
      shortcuts: [{ key: '3', alt: true }],
      perform: () => nav().navigate('indicators'),
    },
    {
      id: 'go.briefs',
      label: 'briefs.cmdGo',
      shortcuts: [{ key: '4', alt: true }],
      perform: () => nav().navigate('briefs'),
    },
    {
      id: 'record.new',
      label: 'cmd.newRecord',
      shortcuts: [{ key: 'n', alt: true }],
      perform: newRecord,
    },
    {
      id: 'record.save',
      label: 'cmd.save',
      shortcuts: [{ key: 's', mod: true, whileTyping: true }],
      perform: saveRecord,
    },
    {
      id: 'vault.lock',
      label: 'cmd.lock',
      shortcuts: [{ key: 'l', mod: true, shift: true, whileTyping: true }],
      perform: () => void lockNow(),
    },
  ];
}

/** Runs the first command whose shortcut matches; returns whether one did. */
export function dispatchShortcut(commands: Command[], e: KeyboardEvent): boolean {
  for (const c of commands) {
    if (c.shortcuts.some((s) => matches(s, e))) {
      e.preventDefault();
      c.perform();
      return true;
    }
  }
  return false;
}
