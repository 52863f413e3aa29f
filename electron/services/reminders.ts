// Due-date reminders (issue 13 §1): the directives falling due within three days that the
// user has not been reminded of today — at most one reminder a day for each, remembered in
// the preferences (directive ids only, no text), and none when the setting is off or no vault
// is open. The Electron shell shows them as a system notification; the browser host has the
// banner of the home screen instead. Runs in main: no Electron import here.
import { addDays } from '../../shared/format/date';
import type { DueDirective } from '../../shared/home-calls';
import { MAX_REMINDED } from './preferences-file';
import type { Platform } from './platform';
import type { DeskSession } from './session';

/** A directive is reminded of from this many days before its deadline. */
export const REMIND_WITHIN_DAYS = 3;
/** Directives named in one reminder; the rest are counted. */
const NAMED = 3;

/** The directives to remind of now, remembered as reminded for `today`. */
export function takeDueReminders(
  session: DeskSession,
  platform: Platform,
  today: string,
): DueDirective[] {
  const vault = session.openVault;
  const prefs = platform.preferences.read();
  if (!vault || !prefs.dueReminders) return [];
  const due = vault.followUp.dueSoon(today, addDays(today, REMIND_WITHIN_DAYS), MAX_REMINDED).items;
  const already = new Set(prefs.reminded.day === today ? prefs.reminded.ids : []);
  const fresh = due.filter((d) => !already.has(d.id));
  if (fresh.length > 0)
    platform.preferences.write({
      ...prefs,
      reminded: { day: today, ids: [...already, ...fresh.map((d) => d.id)].slice(-MAX_REMINDED) },
    });
  return fresh;
}

/** The notification's words, in the interface language. */
export function reminderText(
  items: readonly DueDirective[],
  language: 'vi' | 'en',
): { title: string; body: string } {
  const when = (d: DueDirective) =>
    language === 'vi'
      ? d.days === 0
        ? 'hạn hôm nay'
        : `còn ${d.days} ngày`
      : d.days === 0
        ? 'due today'
        : `${d.days} days left`;
  const lines = items.slice(0, NAMED).map((d) => `• ${d.task} (${when(d)})`);
  const more = items.length - NAMED;
  if (more > 0) lines.push(language === 'vi' ? `… và ${more} nhiệm vụ khác` : `… and ${more} more`);
  return {
    title:
      language === 'vi'
        ? `${items.length} nhiệm vụ sắp đến hạn`
        : `${items.length} directive(s) falling due`,
    body: lines.join('\n'),
  };
}
