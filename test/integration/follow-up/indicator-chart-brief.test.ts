// An indicator's chart inserted in a brief (issue 13 §4): saved with the points it drew, stale
// once a figure of its series changes, redrawn as a new revision on refresh, its indicator
// named as deleted while it is in the trash; exported as a
// picture under word/media at the text width with its caption after it, and as an image in
// the PDF.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { indicatorSeriesChart, type IndicatorSeriesChart } from '../../../shared/brief';
import { MEETING_IDS } from '../../../shared/sample';
import { deskWithSample, exportBoth, paragraph, withBody } from '../briefs/helpers';
import { pdfImages as images } from '../briefs/office';
import { hasTool } from '../export/poppler';

const TOOLS = hasTool('pdfimages') && hasTool('unzip');
const DAY = '2026-03-01';
const CAPTION = 'Hình 1. Diễn biến tăng trưởng GDP';

async function briefWithChart() {
  const made = await deskWithSample();
  const { desk } = made;
  const indicators = await desk.ok('indicators.list', {});
  const indicator = indicators.find((i) => i.observations.length > 0)!;
  const created = await desk.ok('briefs.create', {
    template: 'conclusion-notice',
    meetingId: MEETING_IDS.committee20250826,
  });
  const chart = indicatorSeriesChart([indicator], CAPTION, DAY);
  const saved = await desk.ok('briefs.save', {
    id: created.id,
    revision: created.revision,
    brief: withBody(created.brief, [paragraph('Tăng trưởng kinh tế các kỳ gần đây:'), chart]),
  });
  return { ...made, indicator, saved };
}

const chartOf = (content: { type: string }[]) =>
  content.find((b): b is IndicatorSeriesChart => b.type === 'chart')!;

describe('an indicator chart in a brief', () => {
  it('is saved with its points, goes stale when a figure changes, and refreshes', async () => {
    const { desk, indicator, saved } = await briefWithChart();
    const kept = chartOf(saved.brief.body.content);
    expect(kept.attrs.kind).toBe('indicator-series');
    expect(kept.attrs.snapshot.series[0]!.points).toHaveLength(indicator.observations.length);
    expect(await desk.ok('briefs.chartStates', { id: saved.id, today: DAY })).toEqual([
      { index: 1, caption: CAPTION, stale: false, gone: [] },
    ]);

    const latest = indicator.observations[0]!;
    const { createdAt: _c, updatedAt: _u, originOrg: _o, ...fields } = latest;
    await desk.ok('observations.save', { ...fields, value: latest.value + 1 });
    expect((await desk.ok('briefs.chartStates', { id: saved.id, today: DAY }))[0]?.stale).toBe(
      true,
    );
    const refreshed = await desk.ok('briefs.refreshCharts', {
      id: saved.id,
      revision: saved.revision,
      today: DAY,
    });
    expect(refreshed.revision).toBe(saved.revision + 1);
    const points = chartOf(refreshed.brief.body.content).attrs.snapshot.series[0]!.points;
    expect(points.find((p) => p.observationId === latest.id)).toMatchObject({
      value: latest.value + 1,
      revision: latest.revision + 1,
    });
    expect((await desk.ok('briefs.chartStates', { id: saved.id, today: DAY }))[0]?.stale).toBe(
      false,
    );
  });

  it('names an indicator deleted since it was drawn, keeps its picture, and clears once restored', async () => {
    const { desk, indicator, saved } = await briefWithChart();
    await desk.ok('indicators.delete', { id: indicator.id, revision: indicator.revision });
    const [state] = await desk.ok('briefs.chartStates', { id: saved.id, today: DAY });
    expect(state).toMatchObject({ stale: false, gone: [indicator.name] });
    // A refresh cannot redraw it: the drawn series stays, no revision is made for nothing.
    const kept = await desk.ok('briefs.refreshCharts', {
      id: saved.id,
      revision: saved.revision,
      today: DAY,
    });
    expect(chartOf(kept.brief.body.content).attrs.snapshot.series[0]!.points).toHaveLength(
      indicator.observations.length,
    );

    await desk.ok('trash.restore', { id: indicator.id });
    const [after] = await desk.ok('briefs.chartStates', { id: saved.id, today: DAY });
    expect(after).toMatchObject({ stale: false, gone: [] });
  });

  it.skipIf(!TOOLS)('exports as a picture in the DOCX and an image in the PDF', async () => {
    const { desk, dir, saved } = await briefWithChart();
    const { docx, pdf } = await exportBoth(desk, saved.id, dir, 'thong-bao');
    expect(execFileSync('unzip', ['-l', docx], { encoding: 'utf8' })).toMatch(
      /word\/media\/\S+\.png/,
    );
    const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' });
    // Inline picture at the 165 mm text width (624 px at 96 dpi × 9525 EMU), caption after it.
    expect(xml).toMatch(/<wp:inline[\s\S]*?<wp:extent cx="5943600"/);
    expect(xml.indexOf(CAPTION)).toBeGreaterThan(xml.indexOf('<wp:inline'));
    const pdfImages = images(pdf);
    expect(pdfImages).toHaveLength(1);
    expect(pdfImages[0]!.width).toBe(624 * 3);
  });
});
