// Importing a received report (issue 12): the source document and every accepted observation
// and directive, each with its provenance, in one transaction — a refusal anywhere (a quote the
// source does not hold, an unknown indicator or meeting) writes nothing.
import { nfc } from '../../../shared/text';
import type { HandlerContext, HandlerGroup } from './context';

export function sourcesHandlers({
  session,
}: HandlerContext): HandlerGroup<'sources.import' | 'sources.list'> {
  const vault = () => session.require();
  return {
    'sources.import': (input) => {
      const v = vault();
      const original = new Uint8Array(Buffer.from(input.originalBase64, 'base64'));
      return v.transaction(() => {
        const source = v.sources.add({
          meetingId: input.meetingId,
          title: input.title,
          publisher: input.publisher,
          publishedOn: input.publishedOn,
          address: input.address,
          fileName: input.fileName,
          kind: input.kind,
          original,
          text: nfc(input.text),
        });
        const observationIds = input.observations.map(({ observation, provenance }) => {
          const saved = v.observations.save(observation);
          v.sources.setProvenance('observation', saved.id, { sourceId: source.id, ...provenance });
          return saved.id;
        });
        const directiveIds = input.directives.map(({ directive, provenance }) => {
          const saved = v.directives.save(directive);
          v.sources.setProvenance('directive', saved.id, { sourceId: source.id, ...provenance });
          return saved.id;
        });
        return { source, observationIds, directiveIds };
      });
    },
    'sources.list': ({ meetingId }) => vault().sources.list(meetingId),
  };
}
