// @vitest-environment jsdom
// The "Reports in" review as the user corrects it: a figure or a directive read from a pasted
// report is changed in place, the other rows stay as read, and the problem the last import
// attempt found on the changed row goes away (the edit answers it) while the others stay.
import { describe, expect, it } from 'vitest';
import { useReportsStore } from '../../../renderer/stores/reportsStore';
import { realApp } from './setup';

const REPORT =
  'GDP 6 tháng đầu năm 2025 tăng 7,52% so với cùng kỳ.\n' +
  'Kim ngạch xuất khẩu 6 tháng đầu năm 2025 tăng 14,4% so với cùng kỳ.\n' +
  'Giao Bộ Tài chính chủ trì, phối hợp với các bộ, ngành, địa phương hoàn thiện đề án trước ngày 30/9/2025.\n' +
  'Giao Bộ Công Thương chủ trì xây dựng kế hoạch xúc tiến thương mại trước ngày 15/10/2025.\n';

async function readReport() {
  await realApp({ unlocked: true });
  await useReportsStore.getState().readPasted(REPORT);
  const { figures, directives } = useReportsStore.getState();
  expect(figures.length).toBeGreaterThanOrEqual(2);
  expect(directives.length).toBeGreaterThanOrEqual(2);
  return { figures, directives };
}

const rejected = { decision: 'rejected' as const };
const newLead = { lead: 'Bộ Kế hoạch và Đầu tư' };

// A figure and a directive, each edited at a different place in its list.
const EDITS = [
  {
    what: 'figure',
    list: 'figures',
    at: 0,
    patch: rejected,
    edit: (key: string) => useReportsStore.getState().editFigure(key, rejected),
  },
  {
    what: 'directive',
    list: 'directives',
    at: 1,
    patch: newLead,
    edit: (key: string) => useReportsStore.getState().editDirective(key, newLead),
  },
] as const;

describe('correcting the rows of a read report', () => {
  it.each(EDITS)(
    'changes only the $what edited and drops only its problem',
    async ({ list, at, patch, edit }) => {
      const rows: { key: string }[] = (await readReport())[list];
      const problems = Object.fromEntries(
        rows.slice(0, 2).map((r, i) => [r.key, { vi: `Vấn đề ${i}`, en: `Problem ${i}` }]),
      );
      useReportsStore.setState({ problems });
      edit(rows[at]!.key);
      expect(useReportsStore.getState()[list]).toEqual(
        rows.map((r, i) => (i === at ? { ...r, ...patch } : r)),
      );
      const left = { ...problems };
      delete left[rows[at]!.key];
      expect(useReportsStore.getState().problems).toEqual(left);
      expect(Object.keys(left)).toHaveLength(1);
    },
  );
});
