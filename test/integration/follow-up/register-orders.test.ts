// The meeting and indicator registers sort by their columns (issue 13 §6), in SQL on a real
// vault: meetings by date, title either way or chair (folded as the search folds, none last);
// indicators grouped by pillar (the default), by name either way, or newest figure first.
import { describe, expect, it } from 'vitest';
import { deskWithVault } from '../handlers/helpers';
import { meeting } from '../vault/helpers';

const person = (name: string) => ({ name, title: '', organisation: '', committeeRole: '' });

describe('the registers’ column orders', () => {
  it('sorts meetings by date, title and chair', async () => {
    const { desk } = await deskWithVault();
    for (const [title, date, chair] of [
      ['Giao ban tháng 9', '2025-09-05', 'Trần Văn B'],
      ['Đánh giá giữa kỳ', '2025-07-01', ''],
      ['Ban Chỉ đạo', '2025-08-10', 'Đặng Thị C'],
    ] as const)
      await desk.ok('meetings.save', meeting({ title, date, chair: person(chair) }));
    const titles = async (sort: string) =>
      (await desk.ok('meetings.list', { sort } as never)).map((m) => m.title);
    expect(await titles('date-desc')).toEqual([
      'Giao ban tháng 9',
      'Ban Chỉ đạo',
      'Đánh giá giữa kỳ',
    ]);
    expect(await titles('date-asc')).toEqual([
      'Đánh giá giữa kỳ',
      'Ban Chỉ đạo',
      'Giao ban tháng 9',
    ]);
    expect(await titles('title')).toEqual(['Ban Chỉ đạo', 'Đánh giá giữa kỳ', 'Giao ban tháng 9']);
    expect(await titles('title-desc')).toEqual([
      'Giao ban tháng 9',
      'Đánh giá giữa kỳ',
      'Ban Chỉ đạo',
    ]);
    expect(await titles('chair')).toEqual(['Ban Chỉ đạo', 'Giao ban tháng 9', 'Đánh giá giữa kỳ']);
    expect((await desk.call('meetings.list', { sort: 'chair-desc' } as never)).ok).toBe(false);
  });

  it('sorts indicators by pillar, name, or newest figure', async () => {
    const { desk } = await deskWithVault();
    const add = async (name: string, pillar: string, months: number[]) => {
      const i = await desk.ok('indicators.save', {
        name,
        pillar,
        unit: '%',
        description: '',
      } as never);
      for (const month of months)
        await desk.ok('observations.save', {
          indicatorId: i.id,
          value: 1,
          period: { kind: 'month', year: 2025, month },
          asOf: null,
          source: '',
          status: 'official',
          comparison: '',
          target: null,
        });
    };
    await add('Tăng trưởng GRDP', 'economy', [3, 6]);
    await add('Chỉ số giá tiêu dùng', 'economy', [8]);
    await add('Số xã đạt chuẩn', 'culture-society-science', []);
    await add('An ninh trật tự', 'politics-defence-security', [7]);
    const names = async (sort?: string) =>
      (await desk.ok('indicators.list', (sort ? { sort } : {}) as never)).map((i) => i.name);
    expect(await names()).toEqual([
      'An ninh trật tự',
      'Chỉ số giá tiêu dùng',
      'Tăng trưởng GRDP',
      'Số xã đạt chuẩn',
    ]);
    expect(await names('name')).toEqual([
      'An ninh trật tự',
      'Chỉ số giá tiêu dùng',
      'Số xã đạt chuẩn',
      'Tăng trưởng GRDP',
    ]);
    expect(await names('name-desc')).toEqual([
      'Tăng trưởng GRDP',
      'Số xã đạt chuẩn',
      'Chỉ số giá tiêu dùng',
      'An ninh trật tự',
    ]);
    expect(await names('latest')).toEqual([
      'Chỉ số giá tiêu dùng',
      'An ninh trật tự',
      'Tăng trưởng GRDP',
      'Số xã đạt chuẩn',
    ]);
    const economy = await desk.ok('indicators.list', { pillar: 'economy', sort: 'latest' });
    expect(economy.map((i) => [i.name, i.observations.length])).toEqual([
      ['Chỉ số giá tiêu dùng', 1],
      ['Tăng trưởng GRDP', 2],
    ]);
  });
});
