// @vitest-environment jsdom
// The briefs store against the real handlers over a temp vault (templates, the check and the
// figure refresh as the vault runs them): drafting from a meeting, saving revisions, conflicts that keep the
// draft, restoring, refreshing stale figures, and exports that are checked before any file.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { indicatorFigure, type BodyDoc, type IndicatorFigureNode } from '../../../shared/brief';
import type { Brief } from '../../../shared/brief';
import type { Observation } from '../../../shared/domain';
import {
  draftBrief,
  setPendingBodyReport,
  useBriefsStore,
} from '../../../renderer/stores/briefsStore';
import { hasUnsavedChanges } from '../../../renderer/stores/navigationStore';
import { useVaultStore } from '../../../renderer/stores/vaultStore';
import { ORG_PROFILE, type RealDesk } from '../../support/real-desk';
import { realApp } from './setup';

let desk: RealDesk;
let meetingId: string;
const store = () => useBriefsStore.getState();

beforeEach(async () => {
  desk = await realApp({ unlocked: true });
  await useVaultStore.getState().loadStatus();
  await useVaultStore.getState().createSampleData();
  await desk.ok('organisation.set', ORG_PROFILE);
  meetingId = (await desk.ok('meetings.list', {})).find((m) => m.date === '2025-08-26')!.id;
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Lets the store's fire-and-forget reloads (revisions, list) finish. */
const settle = () => new Promise((r) => setTimeout(r, 0));

async function newNotice() {
  expect(await store().createFromMeeting('conclusion-notice', meetingId)).toBe(true);
  await settle();
  return store().draft!;
}

async function gdp(): Promise<{ node: IndicatorFigureNode; observation: Observation }> {
  const indicator = (await desk.ok('indicators.list', {})).find(
    (i) => i.name === 'Tốc độ tăng trưởng GDP',
  )!;
  const observation = indicator.observations[0]!;
  return { node: indicatorFigure(indicator, observation), observation };
}

/** Every revision of a brief as the vault keeps it, oldest first. */
async function revisionsOf(id: string): Promise<Brief[]> {
  const listed = (await desk.ok('briefs.revisions', { id })).map((r) => r.revision);
  return Promise.all(
    listed.sort((a, b) => a - b).map((revision) => desk.ok('briefs.revision', { id, revision })),
  );
}

function withFigure(body: BodyDoc, node: IndicatorFigureNode): BodyDoc {
  return {
    ...body,
    content: [
      ...body.content,
      { type: 'paragraph', content: [{ type: 'text', text: 'GDP tăng ' }, node] },
    ],
  };
}

describe('briefs store', () => {
  it('takes the body edit still waiting in the editor before it saves or answers "unsaved?"', async () => {
    const d = await newNotice();
    const typed: BodyDoc = {
      ...d.body,
      content: [
        ...d.body.content,
        { type: 'paragraph', content: [{ type: 'text', text: 'Gõ rồi lưu ngay' }] },
      ],
    };
    setPendingBodyReport(() => store().editBody(typed, d.bodyKey));
    expect(hasUnsavedChanges()).toBe(true);
    expect(await store().saveBrief()).toBe(true);
    expect(JSON.stringify((await desk.ok('briefs.get', { id: d.stored.id })).brief.body)).toContain(
      'Gõ rồi lưu ngay',
    );

    // A report about a body the vault has since replaced is dropped, not laid over it.
    setPendingBodyReport(() => store().editBody(typed, 'a-body-no-longer-open'));
    await store().reloadBrief();
    expect(store().draft!.dirty).toBe(false);
  });

  it('drafts a conclusion notice from the 26/8/2025 meeting with the organisation’s header', async () => {
    const d = await newNotice();
    expect(d.dirty).toBe(false);
    expect(d.stored.meetingId).toBe(meetingId);
    expect(d.header.typeName).toBe('Thông báo');
    expect(d.header.issuingBody.toUpperCase()).toBe('BỘ NGOẠI GIAO');
    expect(d.header.numberSymbol).toMatchObject({
      typeAbbrev: 'TB',
      issuerAbbrev: 'BNG',
      number: null,
    });
    expect(d.header.abstract).toMatch(/^Kết luận của/);
    expect(store().summaries.map((s) => s.id)).toEqual([d.stored.id]);
    expect(store().revisions.map((r) => r.revision)).toEqual([1]);

    await store().setMeetingFilter('00000000-0000-4000-8000-000000000000');
    expect(store().summaries).toEqual([]);
    await store().setMeetingFilter(meetingId);
    expect(store().summaries).toHaveLength(1);
  });

  it('an edit makes the draft dirty; saving stores a new revision and lists it', async () => {
    const d = await newNotice();
    store().editHeader({ abstract: 'Kết luận của Phó Thủ tướng về hội nhập quốc tế' });
    expect(store().draft).toMatchObject({ dirty: true });
    expect(store().saved).toBe(false);

    expect(await store().saveBrief()).toBe(true);
    await settle();
    expect(store().draft).toMatchObject({ dirty: false });
    expect(store().saved).toBe(true);
    expect(store().draft!.stored.revision).toBe(2);
    const revisions = await revisionsOf(d.stored.id);
    expect(revisions).toHaveLength(2);
    expect(revisions[1]!.header.abstract).toBe('Kết luận của Phó Thủ tướng về hội nhập quốc tế');
    expect(store().revisions.map((r) => r.revision)).toEqual([2, 1]);
    // The save sent the revision it was loaded from.
    expect(
      desk.calls
        .filter((c) => c.name === 'briefs.save')
        .map((c) => (c.input as { revision: number }).revision),
    ).toEqual([1]);
  });

  it('a save over a revision made elsewhere is a conflict: the draft stays as typed, then “save over” keeps both', async () => {
    const d = await newNotice();
    // Another window saves first.
    const theirs = {
      ...d.stored.brief,
      header: { ...d.stored.brief.header, abstract: 'Bản của cửa sổ khác' },
    };
    await desk.ok('briefs.save', { id: d.stored.id, revision: 1, brief: theirs });

    store().editHeader({ abstract: 'Bản của tôi' });
    expect(await store().saveBrief()).toBe(false);
    const s = store();
    expect(s.error?.code).toBe('conflict');
    expect(s.error?.message.vi).toContain('Bản đang sửa vẫn còn nguyên');
    expect(s.error?.message.en).toContain('Your draft is still on screen');
    expect(s.draft).toMatchObject({ dirty: true });
    expect(s.draft!.header.abstract).toBe('Bản của tôi');
    expect(s.saved).toBe(false);
    expect((await desk.ok('briefs.get', { id: d.stored.id })).brief.header.abstract).toBe(
      'Bản của cửa sổ khác',
    );

    expect(await store().saveOverConflict()).toBe(true);
    const abstracts = (await revisionsOf(d.stored.id)).map((b) => b.header.abstract);
    expect(abstracts.slice(1)).toEqual(['Bản của cửa sổ khác', 'Bản của tôi']);
    expect(store().error).toBeNull();
    expect(store().draft).toMatchObject({ dirty: false });
  });

  it('views an old revision read-only and restores it as a new revision', async () => {
    const d = await newNotice();
    const original = d.header.abstract;
    store().editHeader({ abstract: 'Sửa lần một' });
    await store().saveBrief();

    await store().viewRevision(1);
    expect(store().viewing?.brief.header.abstract).toBe(original);
    store().editHeader({ abstract: 'Gõ khi đang xem' });
    expect(store().draft!.header.abstract).toBe('Sửa lần một');
    expect(store().draft!.dirty).toBe(false);

    const keyBefore = store().draft!.bodyKey;
    expect(await store().restoreRevision(1)).toBe(true);
    await settle();
    const s = store();
    expect(s.viewing).toBeNull();
    expect(s.draft!.stored.revision).toBe(3);
    expect(s.draft!.header.abstract).toBe(original);
    expect(s.draft!.bodyKey).not.toBe(keyBefore);
    expect(s.revisions.map((r) => r.revision)).toEqual([3, 2, 1]);
  });

  it('a figure whose observation changed is stale; refreshing saves the edits first, then rewrites the figure', async () => {
    const d = await newNotice();
    const { node, observation } = await gdp();
    store().editBody(withFigure(d.body, node));
    await store().saveBrief();
    expect(store().draft!.stored.staleFigures).toEqual([]);

    await desk.ok('observations.save', {
      id: observation.id,
      revision: observation.revision,
      indicatorId: observation.indicatorId,
      value: 7.6,
      period: observation.period,
      asOf: observation.asOf,
      source: observation.source,
      status: observation.status,
      comparison: observation.comparison,
      target: observation.target,
    });
    await store().refreshStale();
    expect(store().draft!.stored.staleFigures).toEqual([observation.id]);

    store().editHeader({ abstract: 'Giữ lại khi cập nhật số liệu' });
    const keyBefore = store().draft!.bodyKey;
    expect(await store().refreshFigures()).toBe(true);
    const s = store().draft!;
    expect(s.stored.staleFigures).toEqual([]);
    expect(s.header.abstract).toBe('Giữ lại khi cập nhật số liệu');
    expect(s.dirty).toBe(false);
    expect(s.bodyKey).not.toBe(keyBefore);
    expect(JSON.stringify(s.body)).toContain('"value":7.6');
    // Save (revision 3), then the refresh (revision 4).
    expect(s.stored.revision).toBe(4);
    expect(
      desk.calls
        .map((c) => c.name)
        .filter((n) => n === 'briefs.save' || n === 'briefs.refreshFigures'),
    ).toEqual(['briefs.save', 'briefs.save', 'briefs.refreshFigures']);
  });

  it('a draft with what would block issuing still exports: the problems are warnings shown first', async () => {
    await newNotice();
    const createUrl = vi.fn(() => 'blob:brief');
    Object.assign(URL, { createObjectURL: createUrl, revokeObjectURL: vi.fn() });
    store().editHeader({ issuingBody: '  ' });

    await store().exportBrief('docx');
    const state = store().exporting;
    expect(state.phase).toBe('confirm-warnings');
    if (state.phase !== 'confirm-warnings') return;
    expect(state.problems).toContainEqual(
      expect.objectContaining({
        code: 'empty-field',
        severity: 'warning',
        field: 'header.issuingBody',
      }),
    );
    expect(desk.calls.some((c) => c.name === 'briefs.export')).toBe(false);
    expect(createUrl).not.toHaveBeenCalled();
    // The check ran on what is on screen: the edit was saved first.
    expect(draftBrief(store().draft!).header.issuingBody).toBe('  ');
    expect(store().draft!.dirty).toBe(false);
  });

  it('warnings are shown first; “Vẫn xuất” downloads the file under the host’s name and type', async () => {
    await newNotice();
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => (blobs.push(b), 'blob:brief')),
      revokeObjectURL: vi.fn(),
    });
    const clicks: { download: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ download: this.download, href: this.href });
    });

    await store().exportBrief('pdf');
    const asked = store().exporting;
    expect(asked.phase).toBe('confirm-warnings');
    if (asked.phase !== 'confirm-warnings') return;
    expect(asked.problems.map((p) => p.code)).toContain('no-number');
    expect(asked.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(clicks).toEqual([]);

    await store().exportBrief('pdf', true);
    const done = store().exporting;
    expect(done.phase).toBe('done');
    if (done.phase !== 'done') return;
    expect(done.result).toMatchObject({ savedTo: null, cancelled: false, revision: 1 });
    const fileName = done.result.fileName;
    expect(fileName).toMatch(/\.pdf$/);
    expect(clicks).toEqual([{ download: fileName, href: 'blob:brief' }]);
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('application/pdf');
    // The bytes of the PDF the host rendered.
    expect((await blobs[0]!.text()).startsWith('%PDF-')).toBe(true);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('an export the host refuses leaves no download and shows why', async () => {
    await newNotice();
    const createUrl = vi.fn(() => 'blob:brief');
    Object.assign(URL, { createObjectURL: createUrl, revokeObjectURL: vi.fn() });
    desk.failNext('briefs.export', {
      code: 'internal',
      message: { vi: 'Không tìm thấy phông chữ.', en: 'Fonts missing.' },
    });
    await store().exportBrief('pdf', true);
    expect(store().exporting.phase).toBe('idle');
    expect(store().error?.message.vi).toBe('Không tìm thấy phông chữ.');
    expect(createUrl).not.toHaveBeenCalled();
  });

  it('deletes the brief with the revision it was loaded from', async () => {
    const d = await newNotice();
    expect(await store().deleteBrief()).toBe(true);
    expect(store().draft).toBeNull();
    expect((await desk.ok('briefs.list', {})).map((b) => b.id)).not.toContain(d.stored.id);
    expect(store().summaries).toEqual([]);
  });

  it('reads and saves the organisation profile the templates use', async () => {
    await store().loadOrganisation();
    const org = store().organisation!;
    expect(org.abbreviation).toBe('BNG');
    expect(
      await store().saveOrganisation({ ...org, abbreviation: 'VPCP', name: 'Văn phòng Chính phủ' }),
    ).toBe(true);
    expect((await desk.ok('organisation.get', {})).abbreviation).toBe('VPCP');
    const d = await newNotice();
    expect(d.header.numberSymbol.issuerAbbrev).toBe('VPCP');
    expect(await store().saveOrganisation({ ...org, abbreviation: 'x'.repeat(31) })).toBe(false);
    expect(store().organisationError?.code).toBe('invalid-input');
    expect((await desk.ok('organisation.get', {})).abbreviation).toBe('VPCP');
  });
});
