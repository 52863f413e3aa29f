// The audit calls (issue 11): the exchange log's hash chain, verified from its first entry.
import type { HandlerContext, HandlerGroup } from './context';

export function auditHandlers({ session }: HandlerContext): HandlerGroup<'audit.verify'> {
  return {
    'audit.verify': () => session.require().exchange.verifyLog(),
  };
}
