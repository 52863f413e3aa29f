// Fixtures of the brief tests: a desk over a real encrypted vault with the sample data and an
// organisation profile that passes the pre-export check, and the body's text as a reader sees it.
import {
  figureText,
  inlineNodes,
  meetingReferenceText,
  type BodyBlock,
  type Brief,
  type MeetingTemplateName,
} from '../../../shared/brief';
import { MEETING_IDS } from '../../../shared/sample';
import fs from 'node:fs';
import path from 'node:path';
import { ORGANISATION } from '../../unit/brief/fixtures';
import { deskWithVault, type TestDesk } from '../handlers/helpers';

export { ORGANISATION };

/** A vault with the sample meetings, directives and figures, and the profile above. */
export async function deskWithSample() {
  const made = await deskWithVault();
  await made.desk.ok('sample.create', {});
  await made.desk.ok('organisation.set', ORGANISATION);
  return made;
}

/**
 * A brief of `template` drafted from the sample meeting of 26/8/2025 (the committee's, with
 * its directives and figures): where almost every brief test starts.
 */
export function fromSampleMeeting(desk: TestDesk, template: MeetingTemplateName) {
  return desk.ok('briefs.create', { template, meetingId: MEETING_IDS.committee20250826 });
}

/** Every inline of the body as printed: text, figures as `7,52% (…)`, meeting references. */
export function bodyText(blocks: readonly BodyBlock[]): string {
  const out: string[] = [];
  for (const node of inlineNodes(blocks)) {
    if (node.type === 'text') out.push(node.text);
    else if (node.type === 'indicatorFigure') out.push(figureText(node));
    else if (node.type === 'meetingReference') out.push(meetingReferenceText(node));
    else if (node.type === 'hardBreak') out.push('\n');
  }
  return out.join('');
}

/** A copy of the brief (the original is left alone) with its body replaced. */
export const withBody = (brief: Brief, content: BodyBlock[]): Brief => ({
  ...structuredClone(brief),
  body: { type: 'doc', content: structuredClone(content) },
});

export const paragraph = (...texts: string[]): BodyBlock => ({
  type: 'paragraph',
  content: texts.map((text) => ({ type: 'text' as const, text })),
});

/** Brief `id` exported to `<name>.docx` and `<name>.pdf` in `dir`, as a user would save them. */
export async function exportBoth(desk: TestDesk, id: string, dir: string, name: string) {
  const files = { docx: path.join(dir, `${name}.docx`), pdf: path.join(dir, `${name}.pdf`) };
  for (const format of ['docx', 'pdf'] as const) {
    const out = await desk.ok('briefs.export', { id, format });
    fs.writeFileSync(files[format], Buffer.from(out.base64, 'base64'));
  }
  return files;
}
