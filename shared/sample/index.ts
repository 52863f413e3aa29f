// The demo content behind "Create sample data" and `briefing-desk demo`: the two meetings of
// the corpus with their directives, and the figures reported at the first. Pure data: the
// caller saves it through the same input schemas as the user's own records.
import type { DirectiveInput, IndicatorInput, MeetingInput, ObservationInput } from '../domain';
import { directives20250826 } from './directives-2025-08-26';
import { directivesReview2025 } from './directives-review-2025';
import { sampleIndicators, sampleObservations } from './indicators';
import { committeeMeeting20250826 } from './meeting-2025-08-26';
import { reviewConference2025 } from './review-2025';

export {
  MEETING_IDS,
  DIRECTIVE_IDS_20250826,
  DIRECTIVE_IDS_REVIEW_2025,
  INDICATOR_IDS,
  OBSERVATION_IDS,
} from './ids';
export { CA_MAU_CONNECTION_POINT } from './review-2025';

export interface SampleData {
  meetings: MeetingInput[];
  directives: DirectiveInput[];
  indicators: IndicatorInput[];
  observations: ObservationInput[];
}

/**
 * Every record carries a fixed id and no revision, so saving it inserts under that id and a
 * second run can skip the ids that already exist. Save meetings before directives and
 * indicators before observations: the later ones point at the earlier ones' ids.
 *
 * The input schemas carry no origin organisation (the vault stamps its own on save), so
 * `_originOrg` shapes nothing today; it stays in the signature the callers agreed on.
 */
export function buildSampleData(_originOrg: string): SampleData {
  const data: SampleData = {
    meetings: [committeeMeeting20250826, reviewConference2025],
    directives: [...directives20250826, ...directivesReview2025],
    indicators: sampleIndicators,
    observations: sampleObservations,
  };
  // Fresh copies (the data is plain JSON), so a caller that adjusts a record cannot change
  // what the next run returns. structuredClone is not in shared/'s ES-only lib.
  return JSON.parse(JSON.stringify(data)) as SampleData;
}
export { sampleOrganisation, abbreviationOf, SAMPLE_ISSUER } from './organisation';
