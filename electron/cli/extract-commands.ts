// `briefing-desk extract <file> [--vault <v>] [--json]`: reads a received report and prints what
// the extraction engine proposes, writing nothing. With --vault, figures are mapped to the
// vault's existing indicators (same dictionary entry, or the same name).
// With --apply the unambiguous proposals are written in one import, attached to a meeting:
// `--meeting <id>` also merges the report's meeting facts into that meeting, filling only the
// fields it leaves empty and adding attendees and connection points it does not list (a field
// that differs keeps the vault's value: no one is there to pick); `--new-meeting` creates the
// meeting from the facts instead. Figures no indicator fits are left out unless
// `--new-indicators`, which creates one indicator (pillar "Kinh tế") per subject and unit.
import { randomUUID } from 'node:crypto';
import { extract, indicatorKeyForName, type Extraction } from '../../shared/extract';
import { sourceCitation } from '../../shared/extract/citation';
import type { IndicatorWithObservations } from '../../shared/domain';
import { factsOfProposal } from '../../shared/reports/meeting-facts';
import { proposedDirective } from '../../shared/reports/new-directives';
import { proposedIndicators, type NewIndicator } from '../../shared/reports/new-indicators';
import type { ReportMeeting, SourceImport } from '../../shared/sources-calls';
import { foldForSearch } from '../../shared/text';
import { readSource, SourceRefusal } from '../services/sources/read-source';
import type { Desk } from '../services/desk';
import { call, withVault, type Output } from './commands';
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
export function mapToIndicators(
  x: Extraction,
  indicators: Pick<IndicatorWithObservations, 'id' | 'name'>[],
): Extraction {
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
      const id =
        (f.indicatorKey ? byKey.get(f.indicatorKey) : undefined) ??
        byName.get(foldForSearch(f.subject).trim());
      return id ? { ...f, indicatorId: id } : f;
    }),
  };
}

function humanReport(x: Extraction): string {
  const lines: string[] = [];
  lines.push(`Số liệu / Figures: ${x.figures.length}`);
  for (const f of x.figures) {
    const period = f.period?.label ?? '(chưa rõ kỳ / period unknown)';
    lines.push(
      `  ${f.subject || '(?)'} — ${String(f.value).replace('.', ',')} ${f.unit} — ${f.kind} — ${period}${f.ambiguous ? '  [cần xem / review]' : ''}`,
    );
  }
  lines.push(`Nhiệm vụ / Directives: ${x.directives.length}`);
  for (const d of x.directives) {
    const co = d.coordinating.length ? `; phối hợp / with: ${d.coordinating.join(', ')}` : '';
    lines.push(
      `  ${d.lead}${co} — ${d.task.slice(0, 80)} — hạn / due: ${d.dueText || '—'}${d.due ? ` (${d.due})` : ''}`,
    );
  }
  if (x.meeting) {
    const m = x.meeting;
    lines.push(
      `Cuộc họp / Meeting: ${m.date ?? '?'} — ${m.chair ? `${m.chair.title} ${m.chair.name}` : '?'} — ${m.place ?? ''}`,
    );
  }
  return lines.join('\n');
}

/**
 * What `--apply` writes: the proposals with no ambiguity, figures only where an indicator of the
 * same unit fits and the vault does not already hold that value for that period — or, with
 * `newIndicators`, figures no indicator fits, into one new indicator per subject and unit.
 */
export function applyPlan(
  x: Extraction,
  indicators: Pick<IndicatorWithObservations, 'id' | 'unit' | 'observations'>[],
  meetingId: string,
  sourceLabel: string,
  newIndicators: { mint: () => string } | null = null,
): Pick<SourceImport, 'observations' | 'directives'> & {
  skipped: number;
  newIndicators: NewIndicator[];
} {
  const byId = new Map<string, Pick<IndicatorWithObservations, 'id' | 'unit' | 'observations'>>(
    indicators.map((i) => [i.id, i]),
  );
  const created: NewIndicator[] = [];
  const fresh = new Map<number, string>();
  if (newIndicators) {
    const plain = x.figures.map((f) => ({
      subject: f.subject,
      unit: f.unit,
      matched: f.ambiguous || !f.period || !!f.indicatorId,
    }));
    for (const g of proposedIndicators(plain)) {
      const id = newIndicators.mint();
      created.push({ id, name: g.name, pillar: 'economy', unit: g.unit });
      byId.set(id, { id, unit: g.unit, observations: [] });
      for (const i of g.figures) fresh.set(i, id);
    }
  }
  let skipped = 0;
  const observations: SourceImport['observations'] = [];
  for (const [i, f] of x.figures.entries()) {
    const target = f.indicatorId ?? fresh.get(i);
    const ind = target ? byId.get(target) : undefined;
    if (
      f.ambiguous ||
      !ind ||
      !f.period ||
      (ind.unit && foldForSearch(ind.unit) !== foldForSearch(f.unit))
    )
      continue;
    const period = f.period.period;
    const same = ind.observations.some(
      (o) => JSON.stringify(o.period) === JSON.stringify(period) && o.value === f.value,
    );
    if (same) {
      skipped++;
      continue;
    }
    observations.push({
      observation: {
        indicatorId: ind.id,
        value: f.value,
        period,
        asOf: null,
        source: sourceLabel.slice(0, 1000),
        status: f.qualifier === 'estimate' ? 'estimate' : 'preliminary',
        comparison: '',
        target: null,
      },
      provenance: { start: f.start, end: f.end, quote: f.quote, rule: f.rule },
    });
  }
  const directives: SourceImport['directives'] = x.directives
    .filter((d) => !d.ambiguous)
    .map((d) => ({
      directive: proposedDirective(d, { ...d, deadline: d.due ?? null }, meetingId),
      provenance: { start: d.start, end: d.end, quote: d.quote, rule: d.rule },
    }));
  return { observations, directives, skipped, newIndicators: created };
}

/** The meeting of `--new-meeting` or the merge of `--meeting <id>`, from the report's facts. */
async function meetingOfApply(
  desk: Desk,
  x: Extraction,
  apply: ApplyTarget,
  title: string,
): Promise<{ meetingId: string; meeting?: ReportMeeting }> {
  if (apply.kind === 'new') {
    const facts = x.meeting;
    if (!facts?.date)
      throw new CliFailure(
        'Báo cáo không ghi ngày họp nên không tạo được cuộc họp mới; dùng --meeting <mã cuộc họp>.',
        'The report gives no meeting date, so no new meeting can be made; use --meeting <meeting id>.',
      );
    const id = randomUUID();
    return {
      meetingId: id,
      meeting: {
        mode: 'new',
        id,
        title: (facts.title ?? title).slice(0, 1000),
        date: facts.date,
        summary: '',
        facts: factsOfProposal(facts),
      },
    };
  }
  if (!x.meeting) return { meetingId: apply.meetingId };
  const current = await call(desk, 'meetings.get', { id: apply.meetingId });
  return {
    meetingId: apply.meetingId,
    meeting: {
      mode: 'merge',
      id: apply.meetingId,
      revision: current.revision,
      facts: factsOfProposal(x.meeting),
      picks: {},
    },
  };
}

export type ApplyTarget =
  | { kind: 'merge'; meetingId: string; newIndicators: boolean }
  | { kind: 'new'; newIndicators: boolean };

export async function extractFile(
  io: Output,
  file: string,
  vault: string | undefined,
  json: boolean,
  apply: ApplyTarget | null = null,
): Promise<void> {
  let source;
  try {
    source = await readSource(file);
  } catch (e) {
    if (e instanceof SourceRefusal) throw new CliFailure(e.vi, e.en);
    throw e;
  }
  const found = extract(source.text);
  if (!found.figures.length && !found.directives.length && !found.meeting) {
    throw new CliFailure(
      'Không tìm thấy số liệu, nhiệm vụ hay thông tin cuộc họp nào trong tệp; không có gì được ghi.',
      'No figures, directives or meeting facts were found in the file; nothing was written.',
    );
  }
  if (!vault) {
    io.out(json ? JSON.stringify(extractionJson(found), null, 2) : humanReport(found));
    return;
  }
  await withVault(vault, async (desk) => {
    const indicators = await call(desk, 'indicators.list', {});
    const mapped = mapToIndicators(found, indicators);
    if (!apply) {
      io.out(json ? JSON.stringify(extractionJson(mapped), null, 2) : humanReport(mapped));
      return;
    }
    const label = source.title ?? source.fileName;
    const target = await meetingOfApply(desk, mapped, apply, label);
    const plan = applyPlan(
      mapped,
      indicators,
      target.meetingId,
      sourceCitation({
        ...(source.title ? { title: source.title } : {}),
        fileName: source.fileName,
      }),
      apply.newIndicators ? { mint: randomUUID } : null,
    );
    const result = await call(desk, 'sources.import', {
      meetingId: target.meetingId,
      title: label,
      publisher: '',
      publishedOn: null,
      address: '',
      fileName: source.fileName,
      kind: source.kind,
      originalBase64: Buffer.from(source.bytes).toString('base64'),
      text: source.text,
      observations: plan.observations,
      directives: plan.directives,
      ...(target.meeting ? { meeting: target.meeting } : {}),
      ...(plan.newIndicators.length ? { newIndicators: plan.newIndicators } : {}),
    });
    const summary = {
      sourceId: result.source.id,
      meetingId: result.meetingId,
      meeting: target.meeting?.mode ?? null,
      newIndicators: result.indicatorIds,
      observations: result.observationIds,
      directives: result.directiveIds,
      skippedDuplicates: plan.skipped,
    };
    io.out(
      json
        ? JSON.stringify(summary, null, 2)
        : [
            `Đã nhập / Imported: ${result.observationIds.length} số liệu / figures, ${result.directiveIds.length} nhiệm vụ / directives (nguồn / source ${result.source.id}); bỏ qua trùng / duplicates skipped: ${plan.skipped}`,
            ...(target.meeting?.mode === 'new'
              ? [`Cuộc họp mới / New meeting: ${result.meetingId ?? ''}`]
              : target.meeting
                ? [`Đã gộp thông tin cuộc họp / Meeting facts merged: ${result.meetingId ?? ''}`]
                : []),
            ...(result.indicatorIds.length
              ? [`Chỉ tiêu mới / New indicators: ${result.indicatorIds.length}`]
              : []),
          ].join('\n'),
    );
  });
}
