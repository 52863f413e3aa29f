// What the body editor inserts from: the brief's meeting, that meeting's directives and every
// indicator with its series. Read again whenever `key` changes (another revision, another set
// of stale figures), so a figure edited in the indicators register is offered at its new value.
import { useEffect, useState } from 'react';
import type { Directive, IndicatorWithObservations, Meeting } from '../../../shared/domain';
import { getApi } from '../../api/client';

export interface BriefSources {
  indicators: IndicatorWithObservations[];
  directives: Directive[];
  meeting: Meeting | null;
  /** False until the first answer: an empty list then means "not known yet", not "none". */
  loaded: boolean;
}

const EMPTY: BriefSources = { indicators: [], directives: [], meeting: null, loaded: false };

export function useBriefSources(meetingId: string | null, key: string): BriefSources {
  const [sources, setSources] = useState<BriefSources>(EMPTY);
  useEffect(() => {
    let live = true;
    const api = getApi();
    void (async () => {
      const [indicators, meeting, directives] = await Promise.all([
        api['indicators.list']({}),
        meetingId ? api['meetings.get']({ id: meetingId }) : Promise.resolve(null),
        // A directive table lists tasks: a delegate's recommendation is not one.
        api['directives.list'](
          meetingId ? { meetingId, kind: 'directive' } : { kind: 'directive' },
        ),
      ]);
      if (!live) return;
      setSources({
        indicators: indicators.ok ? indicators.value : [],
        meeting: meeting?.ok ? meeting.value : null,
        directives: directives.ok ? directives.value : [],
        loaded: indicators.ok,
      });
    })();
    return () => {
      live = false;
    };
  }, [meetingId, key]);
  return sources;
}
