import { z } from 'zod';
import { finiteNumber, isoDate, pillar, recordId, recordSchemas } from './common';
import { period } from './period';
import { text, requiredText, SHORT, LONG } from '../text';
import { LIMITS } from '../limits';

export const observationStatus = z.enum(['preliminary', 'official', 'estimate']);
export type ObservationStatus = z.infer<typeof observationStatus>;

export const observationFields = z.object({
  indicatorId: recordId,
  value: finiteNumber,
  period,
  asOf: isoDate.nullable(),
  source: text(LIMITS.title),
  status: observationStatus,
  /** "cao nhất cùng kỳ trong 15 năm (2011-2025)" */
  comparison: text(LIMITS.medium),
  target: finiteNumber.nullable(),
});
export const { stored: observation, input: observationInput } = recordSchemas(observationFields);
export type Observation = z.infer<typeof observation>;
export type ObservationInput = z.input<typeof observationInput>;

export const indicatorFields = z.object({
  name: requiredText(SHORT),
  pillar,
  /** "%", "tỷ USD", "quốc gia"… */
  unit: text(LIMITS.unit),
  description: text(LONG),
});
export const { stored: indicator, input: indicatorInput } = recordSchemas(indicatorFields);
export type Indicator = z.infer<typeof indicator>;
export type IndicatorInput = z.input<typeof indicatorInput>;

/** An indicator with its series, newest period first. */
export const indicatorWithObservations = indicator.extend({ observations: z.array(observation) });
export type IndicatorWithObservations = z.infer<typeof indicatorWithObservations>;
