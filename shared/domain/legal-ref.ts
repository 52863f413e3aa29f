import { z } from 'zod';
import { isoDate } from './common';
import { text, SHORT } from '../text';

/** A document the records cite: `59-NQ/TW`, `153/NQ-CP`, `30/2020/NĐ-CP`. */
export const legalReference = z.object({
  numberSymbol: text(80),
  type: text(100),
  issuer: text(SHORT),
  date: isoDate.nullable(),
  title: text(1000),
});
export type LegalReference = z.infer<typeof legalReference>;
