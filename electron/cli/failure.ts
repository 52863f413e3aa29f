// How the CLI fails: one line on stderr, Vietnamese then English, and a non-zero exit code
// (2 for a wrong command line, 1 for everything else). Raw exception text is never printed.
import type { AppError } from '../../shared/result';

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class CliFailure extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(en);
    this.name = 'CliFailure';
  }

  static usage(vi: string, en: string): CliFailure {
    return new CliFailure(`${vi} (xem --help)`, `${en} (see --help)`, EXIT_USAGE);
  }

  static fromAppError(error: AppError): CliFailure {
    return new CliFailure(error.message.vi, error.message.en);
  }
}

/** One line, whatever the messages contain: a script reading stderr gets exactly one. */
export function failureLine(f: CliFailure): string {
  const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return `Lỗi: ${oneLine(f.vi)} / Error: ${oneLine(f.en)}`;
}
