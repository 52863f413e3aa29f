// The pre-export check as a gate: what blocks refuses the export with its list; the rest goes
// to the caller as warnings. Apart from the exporters so that a caller that only checks (the
// exchange's rendering of briefs, before the export thread draws them) loads none of them.
import {
  blockingProblems,
  ISSUE_ONLY_CODES,
  preExportCheck,
  type CheckOptions,
  type ExportProblem,
} from '../../../shared/brief/check';
import type { Brief } from '../../../shared/brief/model';
import { AppFailure } from '../../../shared/result';

export interface ExportOptions extends CheckOptions {
  /** Warnings the user has seen and accepted; blocking problems are never skipped. */
  onWarnings?: (warnings: ExportProblem[]) => void;
}

/** Throws AppFailure('invalid-input') listing the blocking problems, if there are any. */
export function assertExportable(brief: Brief, options: ExportOptions = {}): void {
  const problems = preExportCheck(brief, options);
  // What only stops issuing (placeholders, stale figures) goes out as a warning here.
  const blocking = blockingProblems(problems).filter((p) => !ISSUE_ONLY_CODES.has(p.code));
  if (blocking.length > 0) {
    throw AppFailure.of(
      'invalid-input',
      `Chưa thể xuất văn bản: ${blocking.map((p) => p.message.vi).join(' ')}`,
      `The document cannot be exported yet: ${blocking.map((p) => p.message.en).join(' ')}`,
      {
        issues: blocking.map((p) => ({
          path: p.field,
          message: `${p.message.vi} / ${p.message.en}`,
        })),
      },
    );
  }
  const warnings = problems
    .filter((p) => !blocking.includes(p))
    .map((p) => ({ ...p, severity: 'warning' as const }));
  if (warnings.length > 0) options.onWarnings?.(warnings);
}
