// "Create sample data": the corpus meetings with their directives and figures, saved through
// the same input schemas as the user's own records, in one transaction. Every sample record
// has a fixed id, so a second run skips what is already there ('conflict') and adds nothing
// twice; the counts say what this run inserted.
import { contract } from '../../../shared/contract';
import { AppFailure } from '../../../shared/result';
import { isTask } from '../../../shared/domain/directive';
import { buildSampleData } from '../../../shared/sample';
import type { HandlerContext, HandlerGroup } from './context';

/** Saves one record; false when its id is already taken (an earlier run inserted it). */
function insertOnce(save: () => unknown): boolean {
  try {
    save();
    return true;
  } catch (e) {
    if (e instanceof AppFailure && e.error.code === 'conflict') return false;
    throw e;
  }
}

export function sampleHandlers({ session }: HandlerContext): HandlerGroup<'sample.create'> {
  return {
    'sample.create': () => {
      const vault = session.require();
      const data = buildSampleData(vault.organisation);
      // Parsed like any client input, so the sample is NFC, bounded and strictly shaped.
      const meetings = data.meetings.map((m) => contract['meetings.save'].input.parse(m));
      const directives = data.directives.map((d) => contract['directives.save'].input.parse(d));
      const indicators = data.indicators.map((i) => contract['indicators.save'].input.parse(i));
      const observations = data.observations.map((o) =>
        contract['observations.save'].input.parse(o),
      );
      const count = (saves: (() => unknown)[]) => saves.filter(insertOnce).length;
      const saveDirectives = (task: boolean) =>
        count(
          directives.filter((d) => isTask(d) === task).map((d) => () => vault.directives.save(d)),
        );
      // Meetings before the directives that point at them, indicators before observations.
      // Tasks and recommendations are counted apart: the message says "N nhiệm vụ", and a
      // recommendation is not a task (it has no deadline or lead unit to follow up).
      return vault.transaction(() => ({
        meetings: count(meetings.map((m) => () => vault.meetings.save(m))),
        directives: saveDirectives(true),
        recommendations: saveDirectives(false),
        indicators: count(indicators.map((i) => () => vault.indicators.save(i))),
        observations: count(observations.map((o) => () => vault.observations.save(o))),
      }));
    },
  };
}
