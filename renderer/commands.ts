// User commands as data (architecture.md rule 8): the keyboard handler, the help panel and the
// menu read this one list, so a shortcut cannot exist without its label or vice versa.
import { COMMAND_SPECS, shortcutKey, type CommandId, type Shortcut } from '../shared/commands';
import type { MessageKey } from './i18n';
import { useSettingsPanel } from './features/settings/settingsPanelStore';
import { useNavigationStore } from './stores/navigationStore';
import { useSearchStore } from './stores/searchStore';
import { useMeetingsStore } from './stores/meetingsStore';
import { useDirectivesStore } from './stores/directivesStore';
import { useIndicatorsStore } from './stores/indicatorsStore';
import { useBriefsStore } from './stores/briefsStore';
import { lockNow } from './stores/session';

export type { Shortcut } from '../shared/commands';

export interface Command {
  id: CommandId;
  label: MessageKey;
  shortcuts: readonly Shortcut[];
  perform(): void;
}

export const describeShortcut = (s: Shortcut): string => shortcutKey(s);

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

type AppCommandId = Exclude<CommandId, `editor.${string}`>;

/** What each app command does; its label and keys come from shared/commands.ts. */
function actions(): Record<AppCommandId, () => void> {
  const nav = () => useNavigationStore.getState();
  return {
    'search.focus': () => useSearchStore.getState().requestFocus(),
    'help.toggle': () => nav().setHelpOpen(!nav().helpOpen),
    'go.home': () => nav().navigate('home'),
    'go.meetings': () => nav().navigate('meetings'),
    'go.directives': () => nav().navigate('directives'),
    'go.indicators': () => nav().navigate('indicators'),
    'go.briefs': () => nav().navigate('briefs'),
    'go.exchange': () => nav().navigate('exchange'),
    'go.settings': () => useSettingsPanel.getState().show(),
    'record.new': newRecord,
    'record.save': saveRecord,
    // Drafts are written first (issue 9), so locking loses nothing and asks nothing.
    'vault.lock': () => void lockNow(),
  };
}

/** The app's commands (the editor's own keys are in its keymap, from the same list). */
export function createCommands(): Command[] {
  const perform = actions();
  return COMMAND_SPECS.filter((c) => c.menu !== 'editor').map((c) => ({
    id: c.id,
    label: c.label as MessageKey,
    shortcuts: c.shortcuts,
    perform: perform[c.id as AppCommandId],
  }));
}

/** Runs the command with this id (the Electron menu sends ids); false if there is none. */
export function runCommand(commands: Command[], id: string): boolean {
  const command = commands.find((c) => c.id === id);
  command?.perform();
  return command !== undefined;
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
