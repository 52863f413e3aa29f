// Issue 8 §5 / issue 11 item 5: one list of commands drives the keyboard, the editor's keymap
// and the Electron menu; no key combination may mean two things.
import { describe, expect, it } from 'vitest';
import { COMMAND_SPECS, shortcutKey } from '../../../shared/commands';
import { vi as dictionary } from '../../../renderer/i18n/vi';
import { en } from '../../../renderer/i18n/en';

describe('the command list', () => {
  it('uses every shortcut once (Ctrl+Shift+L was both "lock" and "align left")', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of COMMAND_SPECS) {
      for (const s of c.shortcuts) {
        const key = shortcutKey(s);
        const other = seen.get(key);
        if (other) clashes.push(`${key}: ${other} and ${c.id}`);
        seen.set(key, c.id);
      }
    }
    expect(clashes).toEqual([]);
    expect(seen.get('Ctrl+Shift+L')).toBe('editor.alignLeft');
    expect(seen.get('Ctrl+Shift+K')).toBe('vault.lock');
  });

  it('opens the exchange screen with Alt+5', () => {
    const exchange = COMMAND_SPECS.find((c) => c.id === 'go.exchange');
    expect(exchange?.shortcuts.map(shortcutKey)).toEqual(['Alt+5']);
  });

  it('has a label in both languages for every command, and unique ids', () => {
    expect(new Set(COMMAND_SPECS.map((c) => c.id)).size).toBe(COMMAND_SPECS.length);
    for (const c of COMMAND_SPECS) {
      expect(dictionary[c.label as keyof typeof dictionary], c.id).toBeTruthy();
      expect(en[c.label as keyof typeof en], c.id).toBeTruthy();
      expect(c.title.vi && c.title.en, c.id).toBeTruthy();
    }
  });
});
