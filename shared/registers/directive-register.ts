// The directive register as a table: the "6 rõ", the lead and coordinating units, and where
// each task stands today (the statistics' state and the days overdue).
import { missingRo, type Directive } from '../domain/directive';
import { daysOverdue, directiveState, type DirectiveState } from '../stats/directive-stats';
import type { RegisterTable } from './table';

/** The register's words for a status and a missing "rõ"; the CLI's tables print the same. */
export const STATUS_LABEL: Record<Directive['status'], string> = {
  'not-started': 'Chưa thực hiện',
  'in-progress': 'Đang thực hiện',
  done: 'Hoàn thành',
};

export const STATE_LABEL: Record<DirectiveState, string> = {
  doneOnTime: 'Hoàn thành đúng hạn',
  doneLate: 'Hoàn thành trễ hạn',
  inProgress: 'Đang thực hiện trong hạn',
  overdue: 'Quá hạn',
  notStarted: 'Chưa thực hiện',
};

export const RO_LABEL: Record<ReturnType<typeof missingRo>[number], string> = {
  assignee: 'ai làm',
  task: 'việc gì',
  deadline: 'thời hạn',
  authority: 'thẩm quyền',
  responsibility: 'trách nhiệm',
  deliverable: 'sản phẩm',
};

export function directiveRegister(
  directives: readonly Directive[],
  meetingTitles: ReadonlyMap<string, string>,
  today: string,
): RegisterTable {
  return {
    title: 'SỔ THEO DÕI NHIỆM VỤ',
    sheetName: 'Nhiệm vụ',
    columns: [
      { header: 'STT', kind: 'integer', width: 8 },
      { header: 'Nhiệm vụ', kind: 'text', width: 40 },
      { header: 'Đơn vị chủ trì', kind: 'text', width: 22 },
      { header: 'Đơn vị phối hợp', kind: 'text', width: 22 },
      { header: 'Người thực hiện', kind: 'text', width: 18 },
      { header: 'Thời hạn', kind: 'date', width: 20 },
      { header: 'Trạng thái', kind: 'text', width: 16 },
      { header: 'Ngày hoàn thành', kind: 'date', width: 20 },
      { header: 'Tình hình', kind: 'text', width: 20 },
      { header: 'Số ngày quá hạn', kind: 'integer', width: 12 },
      { header: 'Sản phẩm', kind: 'text', width: 22 },
      { header: 'Cuộc họp giao', kind: 'text', width: 22 },
      { header: 'Thiếu "rõ"', kind: 'text', width: 16 },
    ],
    rows: directives.map((d, i) => {
      const overdueDays = daysOverdue(d, today);
      return [
        i + 1,
        d.task,
        d.leadUnit,
        d.coordinatingUnits.join('; '),
        d.assignee,
        d.deadline,
        STATUS_LABEL[d.status],
        d.status === 'done' ? d.completedOn : null,
        STATE_LABEL[directiveState(d, today)],
        overdueDays > 0 ? overdueDays : null,
        d.deliverable,
        d.meetingId === null ? '' : (meetingTitles.get(d.meetingId) ?? ''),
        missingRo(d)
          .map((k) => RO_LABEL[k])
          .join(', '),
      ];
    }),
  };
}
