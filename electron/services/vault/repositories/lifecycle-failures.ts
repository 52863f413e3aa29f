// What the lifecycle refuses, in Vietnamese and English.
import type { ExportProblem } from '../../../../shared/brief';
import { AppFailure } from '../../../../shared/result';
import { formatShortDate } from '../../../../shared/format';

export const lifecycleFailures = {
  issuedReadOnly: () =>
    AppFailure.of(
      'conflict',
      'Văn bản đã ban hành không sửa được; hãy tạo văn bản sửa đổi, thay thế dẫn chiếu văn bản này.',
      'An issued document cannot be changed; make a correcting or replacing document that refers to it.',
    ),
  alreadyIssued: (numberSymbol: string) =>
    AppFailure.of(
      'conflict',
      `Văn bản đã được ban hành (số ${numberSymbol}).`,
      `The document has already been issued (number ${numberSymbol}).`,
    ),
  notIssued: () =>
    AppFailure.of(
      'invalid-input',
      'Chỉ tạo văn bản sửa đổi cho văn bản đã ban hành.',
      'Only an issued document can be corrected by a new one.',
    ),
  blocking: (problems: readonly ExportProblem[]) =>
    AppFailure.of(
      'invalid-input',
      `Chưa thể ban hành: ${problems.map((p) => p.message.vi).join(' ')}`,
      `The document cannot be issued yet: ${problems.map((p) => p.message.en).join(' ')}`,
      {
        issues: problems.map((p) => ({
          path: p.field,
          message: `${p.message.vi} / ${p.message.en}`,
        })),
      },
    ),
  dateBeforeLast: (last: string, numberSymbol: string) =>
    AppFailure.of(
      'invalid-input',
      `Ngày ban hành không được trước ${formatShortDate(last)}, ngày của văn bản số ${numberSymbol} đã vào sổ.`,
      `The issue date cannot be before ${formatShortDate(last)}, the date of number ${numberSymbol} already in the register.`,
    ),
};
