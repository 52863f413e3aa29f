// A brief's life in the vault through the dispatcher, as the app drives it: drafted from the
// sample meeting of 26/8/2025, saved, its history listed, an old revision viewed and restored.
import { describe, expect, it } from 'vitest';
import { TEMPLATE_NAMES } from '../../../shared/brief';
import { MEETING_IDS } from '../../../shared/sample';
import { defaultProfile } from '../../../electron/services/vault/repositories/organisation-profile';
import {
  bodyText,
  deskWithSample,
  ORGANISATION,
  paragraph,
  withBody,
  fromSampleMeeting,
} from './helpers';

const MEETING = MEETING_IDS.committee20250826;

describe('briefs: drafting and revisions', () => {
  it('drafts a conclusion notice that names the meeting and lists its directives', async () => {
    const { desk } = await deskWithSample();
    const created = await fromSampleMeeting(desk, 'conclusion-notice');
    const meeting = await desk.ok('meetings.get', { id: MEETING });
    const directives = await desk.ok('directives.list', { meetingId: MEETING });
    expect(directives.length).toBeGreaterThan(3);

    expect(created.revision).toBe(1);
    expect(created.meetingId).toBe(MEETING);
    expect(created.template).toBe('conclusion-notice');
    expect(created.originOrg).toBe('Bộ Ngoại giao');
    expect(created.brief.header.issuingBody).toBe(ORGANISATION.name);
    expect(created.brief.header.numberSymbol).toMatchObject({
      typeAbbrev: 'TB',
      issuerAbbrev: 'VPCP',
    });
    expect(created.brief.header.date).toBe('2025-09-15'); // the platform's today
    const text = bodyText(created.brief.body.content);
    expect(text).toContain('Ban Chỉ đạo quốc gia về hội nhập quốc tế');
    expect(text).toContain('26/8/2025');
    expect(meeting.title).toContain('Ban Chỉ đạo quốc gia về hội nhập quốc tế');
    // Every directive is in the notice: its task, or — when the task only restates its
    // conclusion — that conclusion with the assignment.
    for (const d of directives) {
      const conclusion = meeting.conclusions.find((c) => c.id === d.conclusionId)?.text ?? '';
      const said =
        text.includes(d.task.slice(0, 40)) ||
        (conclusion !== '' && text.includes(conclusion.slice(0, 40)));
      expect(said, d.task).toBe(true);
    }

    const list = await desk.ok('briefs.list', {});
    expect(list).toEqual([
      {
        id: created.id,
        revision: 1,
        template: 'conclusion-notice',
        typeName: 'Thông báo',
        abstract: created.brief.header.abstract,
        numberSymbol: expect.stringMatching(/^Số:\s+\/TB-VPCP$/),
        meetingId: MEETING,
        updatedAt: created.updatedAt,
        status: 'draft',
      },
    ]);
    expect(await desk.ok('briefs.list', { meetingId: MEETING })).toHaveLength(1);
    expect(await desk.ok('briefs.list', { meetingId: MEETING_IDS.review2025 })).toEqual([]);
  });

  it('saves revisions with who, when and a SHA-256; views and restores an old one as a new revision', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'conclusion-notice');
    const edited = withBody(v1.brief, [
      ...v1.brief.body.content,
      paragraph('Đoạn bổ sung sau cuộc họp.'),
    ]);
    edited.header.numberSymbol.number = 5;

    const v2 = await desk.ok('briefs.save', { id: v1.id, revision: 1, brief: edited });
    expect(v2.revision).toBe(2);
    expect(v2.createdAt).toBe(v1.createdAt);
    expect(bodyText(v2.brief.body.content)).toContain('Đoạn bổ sung sau cuộc họp.');
    expect((await desk.ok('briefs.list', {}))[0]?.numberSymbol).toBe('Số: 05/TB-VPCP');

    const history = await desk.ok('briefs.revisions', { id: v1.id });
    expect(history.map((r) => r.revision)).toEqual([2, 1]);
    for (const r of history) {
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.savedBy).toBe('Bộ Ngoại giao');
      expect(Number.isNaN(Date.parse(r.savedAt))).toBe(false);
    }
    expect(history[0]?.sha256).not.toBe(history[1]?.sha256);

    expect(await desk.ok('briefs.revision', { id: v1.id, revision: 1 })).toEqual(v1.brief);

    const v3 = await desk.ok('briefs.restore', { id: v1.id, revision: 2, from: 1 });
    expect(v3.revision).toBe(3);
    expect(v3.brief).toEqual(v1.brief);
    const after = await desk.ok('briefs.revisions', { id: v1.id });
    expect(after.map((r) => r.revision)).toEqual([3, 2, 1]);
    expect(after[0]?.sha256).toBe(after[2]?.sha256);
    // The restored-over revision is still there to go back to.
    expect(await desk.ok('briefs.revision', { id: v1.id, revision: 2 })).toEqual(v2.brief);
  });

  it('the SHA-256 does not depend on key order, and an identical save makes no revision', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'report');
    // The same brief with its keys in reverse order, as another client might serialise it.
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    const same = await desk.ok('briefs.save', {
      id: v1.id,
      revision: 1,
      brief: reversed(v1.brief) as typeof v1.brief,
    });
    expect(same.revision).toBe(1);
    expect(await desk.ok('briefs.revisions', { id: v1.id })).toHaveLength(1);
  });

  it('refuses a save or delete from a stale revision with conflict, changing nothing', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'conclusion-notice');
    const a = withBody(v1.brief, [paragraph('Bản của người thứ nhất.')]);
    const b = withBody(v1.brief, [paragraph('Bản của người thứ hai.')]);
    await desk.ok('briefs.save', { id: v1.id, revision: 1, brief: a });
    const error = await desk.failure('briefs.save', { id: v1.id, revision: 1, brief: b });
    expect(error.code).toBe('conflict');
    expect(error.message.vi).toMatch(/sửa ở nơi khác/);
    expect((await desk.failure('briefs.delete', { id: v1.id, revision: 1 })).code).toBe('conflict');
    expect((await desk.failure('briefs.restore', { id: v1.id, revision: 1, from: 1 })).code).toBe(
      'conflict',
    );
    const now = await desk.ok('briefs.get', { id: v1.id });
    expect(now.revision).toBe(2);
    expect(bodyText(now.brief.body.content)).toBe('Bản của người thứ nhất.');
    expect((await desk.failure('briefs.revision', { id: v1.id, revision: 9 })).code).toBe(
      'not-found',
    );
  });

  it('deletes a brief with its history; the meeting it came from is untouched', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'minutes');
    expect(await desk.ok('briefs.delete', { id: v1.id, revision: 1 })).toEqual({ deleted: true });
    expect(await desk.ok('briefs.list', {})).toEqual([]);
    expect((await desk.failure('briefs.get', { id: v1.id })).code).toBe('not-found');
    expect((await desk.failure('briefs.revisions', { id: v1.id })).code).toBe('not-found');
    expect((await desk.ok('meetings.get', { id: MEETING })).id).toBe(MEETING);
  });

  it('keeps a brief when its meeting is deleted; the list no longer links them', async () => {
    const { desk } = await deskWithSample();
    const v1 = await fromSampleMeeting(desk, 'report');
    const meeting = await desk.ok('meetings.get', { id: MEETING });
    await desk.ok('meetings.delete', { id: MEETING, revision: meeting.revision });
    const after = await desk.ok('briefs.get', { id: v1.id });
    expect(after.meetingId).toBeNull();
    expect(after.brief).toEqual(v1.brief);
  });

  it('drafts every template from the meeting; an unknown meeting is not-found', async () => {
    const { desk } = await deskWithSample();
    // Every template a meeting drafts (the seven of issue 3 §2), as the template picker lists them.
    expect(TEMPLATE_NAMES).toHaveLength(7);
    for (const template of TEMPLATE_NAMES) {
      const b = await fromSampleMeeting(desk, template);
      expect(b.template).toBe(template);
    }
    expect(await desk.ok('briefs.list', {})).toHaveLength(7);
    const missing = await desk.failure('briefs.create', {
      template: 'report',
      meetingId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.code).toBe('not-found');
    expect(
      (await desk.failure('briefs.create', { template: 'blank', meetingId: MEETING })).code,
    ).toBe('invalid-input');
  });
});

describe('organisation profile', () => {
  it('defaults from the vault organisation, then keeps what the user set (NFC)', async () => {
    const { desk } = await (await import('../handlers/helpers')).deskWithVault();
    // The repository's default for the vault's organisation; what a user sees of it first: the
    // name, Hà Nội, and no abbreviation or signer until they set them.
    const first = await desk.ok('organisation.get', {});
    expect(first).toEqual(defaultProfile('Bộ Ngoại giao'));
    expect(first).toMatchObject({ name: 'Bộ Ngoại giao', place: 'Hà Nội', abbreviation: '' });
    expect(first.signer.name).toBe('');
    const nfd = { ...ORGANISATION, name: 'Văn phòng Chính phủ'.normalize('NFD') };
    const set = await desk.ok('organisation.set', nfd);
    expect(set.name).toBe('Văn phòng Chính phủ'.normalize('NFC'));
    expect(await desk.ok('organisation.get', {})).toEqual(ORGANISATION);
    expect(
      (await desk.failure('organisation.set', { ...ORGANISATION, abbreviation: 'X'.repeat(31) }))
        .code,
    ).toBe('invalid-input');
  });
});
