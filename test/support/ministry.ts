// Other ministries for the renderer's exchange tests: each a real desk over its own vault,
// with its real identity card, contacts and sealed packages — so what the window under test
// opens is a package another vault actually sealed, never bytes made up by the test.
import fs from 'node:fs';
import path from 'node:path';
import { toDirectiveDraft } from '../../renderer/stores/directivesStore';
import { toMeetingDraft } from '../../renderer/stores/meetingsStore';
import type { CallInput } from '../../shared/contract';
import { createRealDesk, type RealDesk } from './real-desk';

export interface Card {
  /** The .bdcard file's text, as the user pastes it. */
  text: string;
  fingerprint: string;
}

export interface Ministry {
  name: string;
  desk: RealDesk;
  card: Card;
}

const desks: RealDesk[] = [];

/** A ministry with a vault of its own (and a unit on its card when given). */
export async function ministry(name: string, unit = ''): Promise<Ministry> {
  const desk = await createRealDesk({ unlocked: true, organisation: name });
  desks.push(desk);
  if (unit) await desk.ok('identity.setUnit', { unit });
  return { name, desk, card: await cardOf(desk) };
}

/** Closes every ministry's vault and removes its folder (an afterEach of the tests). */
export function disposeMinistries(): void {
  for (const desk of desks.splice(0)) desk.dispose();
}

export async function cardOf(desk: RealDesk): Promise<Card> {
  const card = await desk.ok('identity.card', {});
  return { text: card.fileText, fingerprint: card.fingerprint };
}

/** `at` adds `card` after comparing the fingerprint; the name `at` knows it by. */
export async function addContact(at: RealDesk, card: Card): Promise<string> {
  return (await at.ok('contacts.add', { cardText: card.text, fingerprint: card.fingerprint })).name;
}

/** Seals a package on `from` (as its save dialog would place it) and returns its bytes. */
export async function seal(
  from: RealDesk,
  input: Omit<CallInput<'packages.seal'>, 'file'>,
): Promise<Buffer> {
  const where = path.join(from.dir, `goi-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const file = from.desk.session.files.mint('save-package', `${where}.bdpack`);
  await from.ok('packages.seal', { ...input, file } as CallInput<'packages.seal'>);
  return fs.readFileSync(`${where}.bdpack`);
}

/** Imports a package on `into` through its calls, every conflict resolved as `mine`. */
export async function receive(into: RealDesk, bytes: Buffer): Promise<void> {
  const where = path.join(into.dir, `nhan-${Date.now()}.bdpack`);
  fs.writeFileSync(where, bytes);
  const file = into.desk.session.files.mint('open-package', where);
  const preview = await into.ok('packages.preview', { file });
  const resolutions = Object.fromEntries(
    preview.items.filter((i) => i.action === 'conflict').map((i) => [i.key, 'mine' as const]),
  );
  await into.ok('packages.import', { file, packageId: preview.packageId, resolutions });
}

/** Each adds the other's card unless it has it; the names each knows the other by. */
export async function acquaint(
  me: RealDesk,
  other: Ministry,
): Promise<{ otherHere: string; meThere: string }> {
  const known = async (at: RealDesk, card: Card) =>
    (await at.ok('contacts.list', {})).find((c) => c.fingerprint === card.fingerprint)?.name ??
    addContact(at, card);
  const mine = await cardOf(me);
  return { otherHere: await known(me, other.card), meThere: await known(other.desk, mine) };
}

/**
 * A package from `other` in which my meeting is a conflict: I sent it the meeting, since then
 * both of us changed its summary, and it sends its version back. With `directiveUpdate`, it
 * also changed one of the meeting's directives that I left alone (an update for me).
 */
export async function conflictingPackage(
  me: RealDesk,
  other: Ministry,
  meetingId: string,
  { directiveUpdate = false } = {},
): Promise<Buffer> {
  const { otherHere, meThere } = await acquaint(me, other);
  await receive(other.desk, await seal(me, { to: [otherHere], meetingIds: [meetingId] }));
  const theirs = await other.desk.ok('meetings.get', { id: meetingId });
  await other.desk.ok('meetings.save', {
    ...toMeetingDraft(theirs),
    summary: `${theirs.summary} (${other.name} bổ sung)`,
  });
  const mine = await me.ok('meetings.get', { id: meetingId });
  await me.ok('meetings.save', { ...toMeetingDraft(mine), summary: `${mine.summary} (sửa)` });
  if (directiveUpdate) {
    const [d] = await other.desk.ok('directives.list', { meetingId });
    await other.desk.ok('directives.save', {
      ...toDirectiveDraft(d!),
      task: `${d!.task} (cập nhật)`,
    });
  }
  return seal(other.desk, { to: [meThere], meetingIds: [meetingId] });
}
