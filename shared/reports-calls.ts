// The review screen's call (issue 12): the main side reads a received report (the file's bytes,
// or pasted text) and returns its text with what the extraction engine proposes. Nothing is
// written; `sources.import` writes what the user accepted.
import { z } from 'zod';
import type { Extraction } from './extract';
import { MAX_SOURCE_MB } from './sources-calls';
import { requiredText } from './text';

const MAX_BASE64 = Math.ceil((MAX_SOURCE_MB * 1024 * 1024 * 4) / 3) + 4;

export const reportsCalls = {
  'sources.read': {
    input: z
      .object({
        fileName: requiredText(255),
        /** The file's bytes, or absent when `text` was pasted. */
        base64: z
          .string()
          .max(MAX_BASE64, {
            message: `Tệp quá lớn (tối đa ${MAX_SOURCE_MB} MB) / The file is too large (at most ${MAX_SOURCE_MB} MB)`,
          })
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'không phải base64 / not base64' })
          .optional(),
        text: z.string().max(4_000_000).optional(),
      })
      .strict()
      .refine((v) => (v.base64 === undefined) !== (v.text === undefined), {
        message: 'base64 hoặc text / base64 or text',
      }),
    output: z.object({
      kind: z.enum(['docx', 'pdf', 'txt', 'html', 'paste']),
      fileName: z.string(),
      title: z.string(),
      text: z.string(),
      // Built by the engine on the main side, not by a client: typed, not re-validated.
      extraction: z.custom<Extraction>((v) => typeof v === 'object' && v !== null),
    }),
  },
};
