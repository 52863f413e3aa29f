// What every table of calls (contract.ts and the *-calls.ts files it spreads into it) builds
// its calls from, defined once instead of in each table: a call pairs the input main validates
// with the output it answers, and the inputs many calls share read the same everywhere.
import { z } from 'zod';
import { recordId } from './domain/common';

/** One call of the contract: the input main validates before a handler runs, and the answer. */
export const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({
  input,
  output,
});

/** The input of a call that takes nothing: an empty object, any key refused. */
export const noInput = z.object({}).strict();

/** The input of a call about one record. */
export const byId = z.object({ id: recordId }).strict();

/** The revision a client saw of a stored record, which a save or a restore names. */
export const revision = z.number().int().min(1);
