// `briefing-desk extract <file> [--vault <v>] [--json]`: reads a received report and prints what
// the extraction engine proposes, writing nothing. With --vault, figures are mapped to the
// vault's existing indicators (same dictionary entry, or the same name).
import { extract, indicatorKeyForName, type Extraction } from '../../shared/extract';
import type { IndicatorWithObservations } from '../../shared/domain';
import { foldForSearch } from '../../shared/text';
import { readSource, SourceRefusal } from '../services/sources/read-source';
import { call, unlock, withDesk, type Output } from './commands';
import { CliFailure } from './failure';

/** The printed shape the issue fixes: the engine's proposals without its internal fields. */
export function extractionJson(x: Extraction): unknown {
  return {
    figures: x.figures.map((f) => ({
      subject: f.subject,
      ...(f.indicatorId ? { indicatorId: f.indicatorId } : {}),
      value: f.value,
      ...(f.valueHigh !== undefined ? { valueHigh: f.valueHigh } : {}),
      unit: f.unit,
      kind: f.kind,
      period: f.period ? { label: f.period.label, start: f.period.start, end: f.period.end } : null,
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      quote: f.quote,
      start: f.start,
      end: f.end,
      rule: f.rule,
      acceptedByDefault: !f.ambiguous,
    })),
    directives: x.directives.map((d) => ({
      lead: d.lead,
      coordinating: d.coordinating,
      task: d.task,
      ...(d.due ? { due: d.due } : {}),
      dueText: d.dueText,
      ...(d.product ? { product: d.product } : {}),
      ...(d.authority ? { authority: d.authority } : {}),
      quote: d.quote,
      start: d.start,
      end: d.end,
      rule: d.rule,
      acceptedByDefault: !d.ambiguous,
    })),
    ...(x.meeting ? { meeting: x.meeting } : {}),
  };
}

/** Gives each figure the id of the vault indicator it measures, when one fits. */
export function mapToIndicators(x: Extraction, indicators: Pick<IndicatorWithObservations, 'id' | 'name'>[]): Extraction {
  const byKey = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const i of indicators) {
    const key = indicatorKeyForName(i.name);
    if (key && !byKey.has(key)) byKey.set(key, i.id);
    byName.set(foldForSearch(i.name).trim(), i.id);
  }
  return {
    ...x,
    figures: x.figures.map((f) => {
      const id = (f.indicatorKey ? byKey.get(f.indicatorKey) : undefined) ?? byName.get(foldForSearch(f.subject).trim());
      return id ? { ...f, indicatorId: id } : f;
    }),
  };
}

function humanReport(x: Extraction): string {
  const lines: string[] = [];
  lines.push(`Số liệu / Figures: ${x.figures.length}`);
  for (const f of x.figures) {
    const period = f.period?.label ?? '(chưa rõ kỳ / period unknown)';
    lines.push(`  ${f.subject || '(?)'} — ${String(f.value).replace('.', ',')} ${f.unit} — ${f.kind} — ${period}${f.ambiguous ? '  [cần xem / review]' : ''}`);
  }
  lines.push(`Nhiệm vụ / Directives: ${x.directives.length}`);
  for (const d of x.directives) {
    const co = d.coordinating.length ? `; phối hợp / with: ${d.coordinating.join(', ')}` : '';
    lines.push(`  ${d.lead}${co} — ${d.task.slice(0, 80)} — hạn / due: ${d.dueText || '—'}${d.due ? ` (${d.due})` : ''}`);
  }
  if (x.meeting) {
    const m = x.meeting;
    lines.push(`Cuộc họp / Meeting: ${m.date ?? '?'} — ${m.chair ? `${m.chair.title} ${m.chair.name}` : '?'} — ${m.place ?? ''}`);
  }
  return lines.join('\n');
}

export async function extractFile(io: Output, file: string, vault: string | undefined, json: boolean): Promise<void> {
  let source;
  try {
    source = await readSource(file);
  } catch (e) {
    if (e instanceof SourceRefusal) throw new CliFailure(e.vi, e.en);
    throw e;
  }
  let found = extract(source.text);
  if (vault) {
    const indicators = await withDesk(async (desk) => {
      await unlock(desk, vault);
      return call(desk, 'indicators.list', {});
    });
    found = mapToIndicators(found, indicators);
  }
  if (!found.figures.length && !found.directives.length && !found.meeting) {
    throw new CliFailure(
      'Không tìm thấy số liệu, nhiệm vụ hay thông tin cuộc họp nào trong tệp; không có gì được ghi.',
      'No figures, directives or meeting facts were found in the file; nothing was written.',
    );
  }
  io.out(json ? JSON.stringify(extractionJson(found), null, 2) : humanReport(found));
}
