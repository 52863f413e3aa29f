// The review screen reads a received report on the main side (issue 12): the renderer sends the
// file's bytes or pasted text and gets the text and the engine's proposals back; nothing is
// written. A refusal (scan, password, damage, size, no text) is a bilingual 'invalid-input'.
import { extract } from '../../../shared/extract';
import { AppFailure } from '../../../shared/result';
import { nfc } from '../../../shared/text';
import { readSourceBytes, SourceRefusal } from '../sources/read-source';
import type { HandlerContext, HandlerGroup } from './context';

export function reportsHandlers({ session }: HandlerContext): HandlerGroup<'sources.read'> {
  return {
    'sources.read': async ({ fileName, base64, text }) => {
      session.require();
      if (text !== undefined) {
        const clean = nfc(text).replace(/\r\n?/g, '\n');
        if (!clean.trim())
          throw AppFailure.of(
            'invalid-input',
            'Chưa có nội dung để đọc.',
            'There is no text to read.',
          );
        return {
          kind: 'paste' as const,
          fileName,
          title: '',
          text: clean,
          extraction: extract(clean),
        };
      }
      try {
        const source = await readSourceBytes(
          fileName,
          new Uint8Array(Buffer.from(base64 ?? '', 'base64')),
        );
        return {
          kind: source.kind,
          fileName,
          title: source.title ?? '',
          text: source.text,
          extraction: extract(source.text),
        };
      } catch (e) {
        if (e instanceof SourceRefusal) throw AppFailure.of('invalid-input', e.vi, e.en);
        throw e;
      }
    },
  };
}
