// Briefs and indicator figures are searchable (issue 13 §6): a word of a brief's body finds
// the brief (without diacritics, đ typed as d), and it leaves the results when the brief goes
// to the trash and comes back with it; a figure's note or source finds the figure, which
// names its indicator; an older vault gets its briefs and figures indexed when it opens.
import { describe, expect, it } from 'vitest';
import { blankBrief, type BodyBlock, type Brief } from '../../../shared/brief';
import { searchResult } from '../../../shared/contract';
import { ORGANISATION } from '../briefs/helpers';
import { indicator, newVault, observation } from './helpers';
import { reopen, vaultAtSchema } from './migrations/old-vault';

const paragraph = (text: string): BodyBlock => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});

function briefWith(abstract: string, ...texts: string[]): Brief {
  const b = blankBrief('report', ORGANISATION, '2025-10-01');
  return {
    ...b,
    header: { ...b.header, abstract },
    body: { type: 'doc', content: texts.map(paragraph) },
  };
}

const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('search over briefs and figures', () => {
  it('finds a brief by a word of its body, ignoring diacritics and đ; trash and restore follow', async () => {
    const { vault } = await newVault();
    const b = vault.briefs.create(
      briefWith(
        'Tình hình kinh tế quý III',
        'Mở đầu.',
        'Đề nghị Bộ Tài chính đẩy nhanh giải ngân vốn đầu tư công ở Điện Biên.',
      ),
    );
    vault.briefs.create(briefWith('Văn bản khác', 'Không liên quan gì.'));

    const found = vault.search('dien bien', 20);
    searchResult.parse(found);
    expect(ids(found.briefs)).toEqual([b.id]);
    expect(found.briefs[0]).toMatchObject({
      type: 'brief',
      title: 'Báo cáo: Tình hình kinh tế quý III',
    });
    // The snippet is the paragraph that matched, in its original Vietnamese.
    expect(found.briefs[0]?.snippet).toContain('Điện Biên');
    expect(ids(vault.search('ĐẨY NHANH GIAI NGAN', 20).briefs)).toEqual([b.id]);
    expect(ids(vault.search('đẩy nhanh'.normalize('NFD'), 20).briefs)).toEqual([b.id]);

    // A save replaces the indexed text: the old words no longer find it, the new ones do.
    const saved = vault.briefs.save(
      b.id,
      b.revision,
      briefWith('Tình hình kinh tế quý III', 'Thu hút đầu tư vào Đà Nẵng.'),
    );
    expect(ids(vault.search('dien bien', 20).briefs)).toEqual([]);
    expect(ids(vault.search('da nang', 20).briefs)).toEqual([b.id]);
    // Restoring the first revision brings its words back.
    const restored = vault.briefs.restore(b.id, saved.revision, 1);
    expect(ids(vault.search('dien bien', 20).briefs)).toEqual([b.id]);

    vault.briefs.delete(b.id, restored.revision);
    expect(ids(vault.search('dien bien', 20).briefs)).toEqual([]);
    vault.trash.restore(b.id);
    expect(ids(vault.search('dien bien', 20).briefs)).toEqual([b.id]);
    vault.close();
  });

  it('finds a figure by its note and source; the hit names its indicator and opens it', async () => {
    const { vault } = await newVault();
    const i = vault.indicators.save(indicator({ name: 'Kim ngạch xuất khẩu', unit: 'tỷ USD' }));
    const o = vault.observations.save(
      observation(i.id, {
        value: 402.6,
        period: { kind: 'quarter', year: 2025, quarter: 3 },
        comparison: 'vượt kế hoạch đề ra nhờ điện tử',
        source: 'Tổng cục Hải quan',
      }),
    );
    vault.observations.save(observation(i.id, { comparison: '', source: 'Cục Thống kê' }));

    const r = vault.search('vuot ke hoach', 20);
    expect(ids(r.observations)).toEqual([o.id]);
    expect(r.observations[0]).toMatchObject({
      type: 'observation',
      indicatorId: i.id,
      title: 'Kim ngạch xuất khẩu — quý III/2025',
    });
    expect(r.observations[0]?.snippet).toContain('vượt kế hoạch');
    expect(ids(vault.search('tong cuc hai quan', 20).observations)).toEqual([o.id]);

    vault.observations.delete(o.id, o.revision);
    expect(ids(vault.search('vuot ke hoach', 20).observations)).toEqual([]);
    vault.trash.restore(o.id);
    expect(ids(vault.search('vuot ke hoach', 20).observations)).toEqual([o.id]);
    // With its indicator in the trash, its figures are not found either.
    vault.indicators.delete(i.id, i.revision);
    expect(vault.search('vuot ke hoach', 20).observations).toEqual([]);
    vault.close();
  });

  it('indexes the briefs and figures of a vault made before this release when it opens', async () => {
    const { file, dek, db, made } = await vaultAtSchema(8, (vault) => {
      const b = vault.briefs.create(briefWith('Báo cáo cũ', 'Nội dung về đường sắt tốc độ cao.'));
      const i = vault.indicators.save(indicator());
      return {
        b,
        i,
        o: vault.observations.save(observation(i.id, { comparison: 'thấp hơn dự báo' })),
      };
    });
    const { b, i, o } = made;
    db.close();
    dek.fill(0);

    const reopened = await reopen(file);
    expect(ids(reopened.search('duong sat', 20).briefs)).toEqual([b.id]);
    expect(ids(reopened.search('thap hon du bao', 20).observations)).toEqual([o.id]);
    // The records indexed before still are.
    expect(ids(reopened.search('tang truong', 20).indicators)).toEqual([i.id]);
    reopened.close();
  });
});
