// The eighth template, "Báo cáo tình hình thực hiện nhiệm vụ", drafted from the sample vault on
// a fixed day and exported: the DOCX holds the chart as a real picture under word/media at the
// text width with its caption, LibreOffice renders it, and the PDF holds it as an image.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DirectiveStatsChart as ChartNode } from '../../../shared/brief';
import { MEETING_IDS } from '../../../shared/sample';
import { bodyText, deskWithSample, exportBoth } from '../briefs/helpers';
import { pdfImages as images, sofficeToPdf } from '../briefs/office';
import { hasTool } from '../export/poppler';

const TOOLS = hasTool('soffice') && hasTool('pdfimages') && hasTool('pdftoppm');
const DAY = '2026-03-01';
const SHOTS = path.resolve(import.meta.dirname, '../../../test-results/directive-report');

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('directive report', () => {
  it('drafts the statistics, the overdue list with lead units and days, and a chart of the same rows', async () => {
    const { desk } = await deskWithSample();
    const all = await desk.ok('briefs.createDirectiveReport', { today: DAY });
    expect(all.template).toBe('directive-report');
    expect(all.meetingId).toBeNull();
    const stats = await desk.ok('stats.directives', { by: 'unit', today: DAY });
    const chart = all.brief.body.content.find((b): b is ChartNode => b.type === 'chart')!;
    expect(chart.attrs.snapshot.rows).toEqual(stats.rows);
    const text = bodyText(all.brief.body.content);
    expect(text).toContain(`Tổng số ${stats.total.total} nhiệm vụ`);
    expect(text).toContain(`quá hạn ${stats.total.overdue}`);
    // The sample's task due 30/9/2025, led by Bộ Ngoại giao, is overdue by the calendar's count.
    expect(text).toContain(`Quá hạn ${daysBetween('2025-09-30', DAY)} ngày`);
    expect(text).toContain('Bộ Ngoại giao');

    const one = await desk.ok('briefs.createDirectiveReport', {
      meetingId: MEETING_IDS.committee20250826,
      today: DAY,
    });
    expect(one.meetingId).toBe(MEETING_IDS.committee20250826);
    expect(one.brief.header.abstract).toMatch(
      /^Tình hình thực hiện nhiệm vụ được giao tại cuộc họp/,
    );
  });

  it('its chart is live: stale once a directive changes, redrawn as a new revision on refresh', async () => {
    const { desk } = await deskWithSample();
    const made = await desk.ok('briefs.createDirectiveReport', { today: DAY });
    expect(await desk.ok('briefs.chartStates', { id: made.id, today: DAY })).toEqual([
      {
        index: expect.any(Number),
        caption: 'Hình 1. Tình hình thực hiện nhiệm vụ theo đơn vị chủ trì',
        stale: false,
        gone: [],
      },
    ]);
    const [overdue] = await desk.ok('directives.list', { overdue: true, today: DAY });
    await desk.ok('directives.updateProgress', {
      id: overdue!.id,
      revision: overdue!.revision,
      status: 'done',
      completedOn: DAY,
      note: null,
    });
    expect((await desk.ok('briefs.chartStates', { id: made.id, today: DAY }))[0]?.stale).toBe(true);
    const refreshed = await desk.ok('briefs.refreshCharts', {
      id: made.id,
      revision: made.revision,
      today: DAY,
    });
    expect(refreshed.revision).toBe(made.revision + 1);
    expect((await desk.ok('briefs.chartStates', { id: made.id, today: DAY }))[0]?.stale).toBe(
      false,
    );
    const chart = refreshed.brief.body.content.find((b): b is ChartNode => b.type === 'chart')!;
    expect(chart.attrs.snapshot.rows).toEqual(
      (await desk.ok('stats.directives', { by: 'unit', today: DAY })).rows,
    );
    // A stale revision number is refused; nothing is saved.
    expect(
      (
        await desk.call('briefs.refreshCharts', {
          id: made.id,
          revision: made.revision,
          today: DAY,
        })
      ).ok,
    ).toBe(false);
  });

  it.skipIf(!TOOLS)(
    'exports the chart as a picture in the DOCX and the PDF; LibreOffice renders it',
    async () => {
      const { desk, dir } = await deskWithSample();
      const made = await desk.ok('briefs.createDirectiveReport', { today: DAY });
      const { docx, pdf } = await exportBoth(desk, made.id, dir, 'bao-cao');
      const media = execFileSync('unzip', ['-l', docx], { encoding: 'utf8' });
      expect(media).toMatch(/word\/media\/\S+\.png/);
      const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
      // Inline picture at the 165 mm text width (624 px at 96 dpi × 9525 EMU), caption after it.
      expect(xml).toMatch(/<wp:inline[\s\S]*?<wp:extent cx="5943600"/);
      expect(xml.indexOf('Hình 1. Tình hình thực hiện nhiệm vụ')).toBeGreaterThan(
        xml.indexOf('<wp:inline'),
      );

      const pdfImages = images(pdf);
      expect(pdfImages).toHaveLength(1);
      expect(pdfImages[0]!.width).toBe(624 * 3);

      sofficeToPdf([docx], { profile: path.join(dir, 'lo'), outDir: path.join(dir, 'lo-out') });
      const lo = path.join(dir, 'lo-out', 'bao-cao.pdf');
      expect(images(lo)).toHaveLength(1);
      fs.mkdirSync(SHOTS, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(SHOTS, 'pdfmake')]);
      execFileSync('pdftoppm', ['-png', '-r', '60', lo, path.join(SHOTS, 'libreoffice')]);
    },
  );
});
