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

describe('correcting the rows of a read report', () => {
  it('changes only the figure edited and drops only its problem', async () => {
    const { figures } = await readReport();
    const [first, second] = figures;
    useReportsStore.setState({
      problems: {
        [first!.key]: { vi: 'Thiếu kỳ', en: 'No period' },
        [second!.key]: { vi: 'Thiếu nguồn', en: 'No source' },
      },
    });
    useReportsStore.getState().editFigure(first!.key, { decision: 'rejected' });
    const after = useReportsStore.getState();
    expect(after.figures[0]).toEqual({ ...first, decision: 'rejected' });
    expect(after.figures.slice(1)).toEqual(figures.slice(1));
    expect(after.problems).toEqual({ [second!.key]: { vi: 'Thiếu nguồn', en: 'No source' } });
  });

  it('changes only the directive edited and drops only its problem', async () => {
    const { directives } = await readReport();
    const [first, second] = directives;
    useReportsStore.setState({
      problems: {
        [first!.key]: { vi: 'Thiếu hạn', en: 'No deadline' },
        [second!.key]: { vi: 'Thiếu đơn vị', en: 'No lead unit' },
      },
    });
    useReportsStore.getState().editDirective(second!.key, { lead: 'Bộ Kế hoạch và Đầu tư' });
    const after = useReportsStore.getState();
    expect(after.directives[1]).toEqual({ ...second, lead: 'Bộ Kế hoạch và Đầu tư' });
    expect(after.directives[0]).toEqual(first);
    expect(after.problems).toEqual({ [first!.key]: { vi: 'Thiếu hạn', en: 'No deadline' } });
  });
});
