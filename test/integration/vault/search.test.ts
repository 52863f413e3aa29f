// Search as an official types it: without diacritics, with đ typed as d, with stray symbols.
import { describe, expect, it } from 'vitest';
import { searchResult } from '../../../shared/contract';
import { directive, indicator, meeting, newVault, observation } from './helpers';

describe('search', () => {
  it('finds "hội nhập" from "hoi nhap" and "đầu tư" from "dau tu", grouped by type', async () => {
    const { vault } = await newVault();
    const m = vault.meetings.save(
      meeting({ summary: 'Bàn về hội nhập quốc tế trong tình hình mới.' }),
    );
    const d = vault.directives.save(directive({ task: 'Thu hút đầu tư nước ngoài có chọn lọc' }));
    const i = vault.indicators.save(
      indicator({ name: 'Vốn FDI', description: 'Vốn đầu tư trực tiếp nước ngoài giải ngân' }),
    );
    vault.meetings.save(
      meeting({ title: 'Họp khác', summary: 'Không liên quan.', conclusions: [] }),
    );

    const r1 = vault.search('hoi nhap', 20);
    searchResult.parse(r1);
    expect(r1.meetings.map((h) => h.id)).toEqual([m.id]);
    expect(r1.meetings[0]?.snippet).toContain('hội nhập');
    expect(r1.directives).toEqual([]);

    const r2 = vault.search('dau tu', 20);
    expect(r2.directives.map((h) => h.id)).toEqual([d.id]);
    expect(r2.indicators.map((h) => h.id)).toEqual([i.id]);
    expect(r2.indicators[0]).toMatchObject({ type: 'indicator', title: 'Vốn FDI' });
    // The snippet is the original Vietnamese text, cut around the match.
    expect(r2.indicators[0]?.snippet).toContain('Vốn đầu tư trực tiếp');
    expect(r2.directives[0]?.title).toBe('Thu hút đầu tư nước ngoài có chọn lọc');
    // Typed with marks, or decomposed (NFD), it finds the same.
    expect(vault.search('ĐẦU TƯ', 20).directives.map((h) => h.id)).toEqual([d.id]);
    expect(vault.search('đầu tư'.normalize('NFD'), 20).directives.map((h) => h.id)).toEqual([d.id]);
    vault.close();
  });

  it('marks a recommendation among the directives found, and only it', async () => {
    const { vault } = await newVault();
    const task = vault.directives.save(directive({ task: 'Rà soát cam kết thương mại tự do' }));
    const proposal = vault.directives.save(
      directive({ kind: 'recommendation', task: 'Đề nghị sớm ban hành hướng dẫn về thương mại' }),
    );
    const hits = vault.search('thuong mai', 20).directives;
    expect(Object.fromEntries(hits.map((h) => [h.id, h.recommendation ?? false]))).toEqual({
      [task.id]: false,
      [proposal.id]: true,
    });
    vault.close();
  });

  it('matches word prefixes, ranks the better match first and respects the limit per group', async () => {
    const { vault } = await newVault();
    const weak = vault.meetings.save(
      meeting({ title: 'Sơ kết công tác', summary: 'Có nhắc đến hội nhập một lần.' }),
    );
    const strong = vault.meetings.save(
      meeting({ title: 'Hội nhập quốc tế', summary: 'Hội nhập kinh tế và hội nhập văn hóa.' }),
    );
    expect(vault.search('hoi nh', 10).meetings.map((h) => h.id)).toEqual([strong.id, weak.id]);
    const top = vault.search('hoi nhap', 1).meetings;
    expect(top.map((h) => h.id)).toEqual([strong.id]);
    expect(top[0]?.rank).toBeGreaterThan(0);
    vault.close();
  });

  it('ranks records where the words stand together above those where they are scattered', async () => {
    const { vault } = await newVault();
    // The scattered record is the more recent and mentions both words more often.
    const together = vault.meetings.save(
      meeting({ title: 'Thu hút vốn', summary: 'Thu hút đầu tư nước ngoài.' }),
    );
    const scattered = vault.meetings.save(
      meeting({ title: 'Tư duy mới', summary: 'Từ đầu năm, tư duy mới, từ đầu đến cuối, tự chủ.' }),
    );
    const hits = vault.search('dau tu', 10).meetings;
    expect(hits.map((h) => h.id)).toEqual([together.id, scattered.id]);
    expect(hits[0]?.snippet).toContain('đầu tư');
    vault.close();
  });

  it('never fails on FTS syntax in the query', async () => {
    const { vault } = await newVault();
    vault.meetings.save(meeting({ summary: 'and or not near hội nhập' }));
    for (const q of [
      '"',
      '*',
      'AND',
      '(',
      '-',
      ')',
      'hoi"',
      'NOT hoi',
      'hoi OR',
      'NEAR(hoi nhap)',
      '^hoi',
      'title:hoi',
      '{x}',
      "'; DROP TABLE meetings; --",
      '',
      '   ',
      '\u0000',
      '🙂',
      'x'.repeat(5000),
    ]) {
      expect(() => searchResult.parse(vault.search(q, 10))).not.toThrow();
    }
    expect(vault.search('AND', 10).meetings).toHaveLength(1);
    expect(vault.search('"hoi nhap"', 10).meetings).toHaveLength(1);
    expect(vault.search('-', 10).meetings).toEqual([]);
    vault.close();
  });

  it('keeps the index in step with saves and deletes', async () => {
    const { vault } = await newVault();
    const m = vault.meetings.save(meeting({ summary: 'Bàn về biển đảo.' }));
    expect(vault.search('bien dao', 10).meetings).toHaveLength(1);
    vault.meetings.save({
      ...meeting({ summary: 'Bàn về chuyển đổi số.' }),
      id: m.id,
      revision: 1,
    });
    expect(vault.search('bien dao', 10).meetings).toEqual([]);
    expect(vault.search('chuyen doi so', 10).meetings).toHaveLength(1);
    vault.meetings.delete(m.id, 2);
    expect(vault.search('chuyen doi so', 10).meetings).toEqual([]);

    const gdp = vault.indicators.save(indicator());
    const o = vault.observations.save(observation(gdp.id, { source: 'Tổng cục Hải quan' }));
    expect(vault.search('hai quan', 10).indicators.map((h) => h.id)).toEqual([gdp.id]);
    vault.observations.delete(o.id, 1);
    expect(vault.search('hai quan', 10).indicators).toEqual([]);
    vault.indicators.delete(gdp.id, 1);
    expect(vault.search('tang truong', 10).indicators).toEqual([]);
    vault.close();
  });

  it('searches attendees, locations, conclusions and legal references of a meeting', async () => {
    const { vault } = await newVault();
    const m = vault.meetings.save(
      meeting({
        location: 'Trụ sở Chính phủ',
        connectionPoints: [
          { site: 'Điểm cầu Cà Mau', hostOfficial: 'Chủ tịch UBND tỉnh', attendees: [] },
        ],
        legalReferences: [
          {
            numberSymbol: '59-NQ/TW',
            type: 'Nghị quyết',
            issuer: 'Bộ Chính trị',
            date: '2020-01-24',
            title: 'Về hội nhập quốc tế trong tình hình mới',
          },
        ],
      }),
    );
    for (const q of ['ca mau', 'tru so chinh phu', '59 nq', 'the che', 'pham minh chinh']) {
      expect(
        vault.search(q, 10).meetings.map((h) => h.id),
        q,
      ).toEqual([m.id]);
    }
    expect(vault.search('ca mau', 10).meetings[0]?.snippet).toContain('Điểm cầu Cà Mau');
    vault.close();
  });
});
