// Importing a received report (issue 12): the source document and every accepted observation
// and directive, each with its provenance, in one transaction — a refusal anywhere (a quote the
// source does not hold, an unknown indicator or meeting) writes nothing. The meeting the facts
// create or merge into, and the indicators proposed for unmatched figures, are written first in
// that same transaction so the directives and observations can point at them.
import { duplicateNewIndicator } from '../../../shared/reports/new-indicators';
import { AppFailure } from '../../../shared/result';
import { nfc } from '../../../shared/text';
import type { HandlerContext, HandlerGroup } from './context';
import { writeReportMeeting } from './report-meeting';

export function sourcesHandlers({
  vault,
}: HandlerContext): HandlerGroup<'sources.import' | 'sources.list'> {
  return {
    'sources.import': (input) => {
      const v = vault();
      const original = new Uint8Array(Buffer.from(input.originalBase64, 'base64'));
      const newIndicators = input.newIndicators ?? [];
      const twice = duplicateNewIndicator(newIndicators);
      if (twice)
        throw AppFailure.of(
          'invalid-input',
          `Hai chỉ tiêu mới cùng tên và đơn vị: ${twice}.`,
          `Two new indicators share a name and unit: ${twice}.`,
        );
      const unused = newIndicators.find(
        (i) => !input.observations.some((o) => o.observation.indicatorId === i.id),
      );
      if (unused)
        throw AppFailure.of(
          'invalid-input',
          `Chỉ tiêu mới "${unused.name}" không có số liệu nào.`,
          `The new indicator "${unused.name}" has no figure.`,
        );
      return v.transaction(() => {
        const meetingId = input.meeting
          ? writeReportMeeting(v, input.meeting, input.title || input.fileName)
          : input.meetingId;
        // A new indicator's id is the client's; saving it as new refuses an id already taken.
        const indicatorIds = newIndicators.map(
          (i) => v.indicators.save({ ...i, description: '' }).id,
        );
        const source = v.sources.add({
          meetingId,
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
        return { source, meetingId, indicatorIds, observationIds, directiveIds };
      });
    },
    'sources.list': ({ meetingId }) => vault().sources.list(meetingId),
  };
}
