// Exports run on a thread of their own (render-thread.ts): the file a user gets is the one the
// calling thread would have made, exports asked for together each get their own file, a
// failure comes back as one, and while a 100-page PDF renders the thread that answers the
// user's other calls keeps answering.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBrief, type Brief } from '../../../shared/brief';
import { AppFailure } from '../../../shared/result';
import { renderBriefHere } from '../../../electron/services/export/render-brief';
import { endExportThread, renderBrief } from '../../../electron/services/export/render-thread';
import { context as benchContext, longBrief } from '../../../bench/lib/long-brief';
import { sampleContext } from '../../unit/brief/fixtures';
import { hasTool } from './poppler';

const dir = mkdtempSync(join(tmpdir(), 'bd-render-thread-'));
afterAll(() => {
  endExportThread();
  rmSync(dir, { recursive: true, force: true });
});

/** What a reader of the PDF sees: its text, page by page, as poppler extracts it. */
function pdfText(bytes: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** The DOCX's main part (the zip's other entries carry no text a reader sees). */
function docxBody(bytes: Buffer, name: string): string {
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, bytes);
  return execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
}

const notice = (): Brief => createBrief('conclusion-notice', sampleContext());

describe('exports on their own thread', () => {
  it.runIf(hasTool('pdftotext'))(
    'makes the same PDF and DOCX as rendering in the calling thread',
    async () => {
      const brief = notice();
      for (const asDraft of [true, false]) {
        const request = { brief, format: 'pdf' as const, asDraft };
        const [there, here] = [await renderBrief(request), await renderBriefHere(request)];
        expect(there.subarray(0, 5).toString()).toBe('%PDF-');
        expect(pdfText(there, `there-${asDraft}`)).toBe(pdfText(here, `here-${asDraft}`));
      }
      const request = { brief, format: 'docx' as const, asDraft: true };
      const [there, here] = [await renderBrief(request), await renderBriefHere(request)];
      expect(docxBody(there, 'there')).toBe(docxBody(here, 'here'));
    },
  );

  it.runIf(hasTool('pdftotext'))(
    'gives each of several exports asked for together its own file',
    async () => {
      const briefs = (['conclusion-notice', 'plan', 'official-letter'] as const).map((t) =>
        createBrief(t, sampleContext()),
      );
      const requests = briefs.flatMap((brief) =>
        (['pdf', 'docx'] as const).map((format) => ({ brief, format, asDraft: true })),
      );
      const together = await Promise.all(requests.map((r) => renderBrief(r)));
      for (const [i, request] of requests.entries()) {
        const alone = await renderBriefHere(request);
        const read = request.format === 'pdf' ? pdfText : docxBody;
        expect(read(together[i]!, `together-${i}`)).toBe(read(alone, `alone-${i}`));
      }
    },
  );

  it('hands a failure back and renders the next export', async () => {
    const broken = { ...notice(), body: null } as unknown as Brief;
    await expect(renderBrief({ brief: broken, format: 'pdf', asDraft: true })).rejects.toThrow();
    const next = await renderBrief({ brief: notice(), format: 'pdf', asDraft: true });
    expect(next.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('fails an export whose thread is ended, with a reason in both languages, then starts anew', async () => {
    const pending = renderBrief({ brief: notice(), format: 'pdf', asDraft: true });
    endExportThread();
    const failure = await pending.then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).error.message.vi).toMatch(/chưa có tệp nào được ghi/);
    expect((failure as AppFailure).error.message.en).toMatch(/no file was written/);
    const again = await renderBrief({ brief: notice(), format: 'docx', asDraft: true });
    expect(again.subarray(0, 2).toString()).toBe('PK');
  });

  it('keeps the calling thread free while a 100-page PDF renders', async () => {
    const brief = longBrief(benchContext());
    // Warm: the thread has loaded its exporters.
    await renderBrief({ brief: notice(), format: 'pdf', asDraft: true });
    let ticks = 0;
    let rendering = true;
    const done = renderBrief({ brief, format: 'pdf', asDraft: false }).finally(() => {
      rendering = false;
    });
    // The calling thread goes on answering (here: a chain of timers) while the thread renders;
    // rendering in the calling thread, the chain would wait for the layout of all 100 pages.
    const ticking = (async () => {
      while (rendering && ticks < 25) {
        await new Promise((r) => setTimeout(r, 1));
        ticks += 1;
      }
      return rendering;
    })();
    expect(await ticking).toBe(true);
    expect((await done).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
