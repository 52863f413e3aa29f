// The audit calls (issue 11), spread into `contract` by shared/contract.ts: the exchange log's
// hash chain verified from its first entry, with the first broken link if any.
import { z } from 'zod';
import { call, noInput } from './call';

export const auditCalls = {
  'audit.verify': call(
    noInput,
    z.object({
      entries: z.number(),
      firstBreak: z
        .object({
          id: z.number(),
          at: z.string(),
          action: z.string(),
          reason: z.enum(['prev', 'content']),
        })
        .nullable(),
    }),
  ),
} as const;
