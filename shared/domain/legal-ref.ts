import { z } from 'zod';
import { isoDate } from './common';
import { text, SHORT } from '../text';
import { LIMITS } from '../limits';

/** A document the records cite: `59-NQ/TW`, `153/NQ-CP`, `30/2020/NĐ-CP`. */
export const legalReference = z.object({
  numberSymbol: text(LIMITS.legalNumber),
  type: text(LIMITS.legalType),
  issuer: text(SHORT),
  date: isoDate.nullable(),
  title: text(LIMITS.title),
});
export type LegalReference = z.infer<typeof legalReference>;
