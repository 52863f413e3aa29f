// An issued document travels with its number (issue 10): the recipient gets the brief frozen as
// issued and the sender's register entry under the sender's name — its own register untouched —
// and a draft travels as a draft.
import { describe, expect, it } from 'vitest';
import { MEETING_IDS } from '../../../shared/sample';
import { introduce, ministry } from './helpers';

describe('issued briefs in packages', () => {
  it('carries the register entry; the recipient keeps it under the sender and cannot edit the brief', async () => {
    const a = await ministry('Văn phòng Chính phủ', true);
    const b = await ministry('Bộ Công Thương');
    const bAtA = introduce(b.vault, a.vault);
    introduce(a.vault, b.vault);
    const made = await a.desk.ok('briefs.create', {
      template: 'conclusion-notice',
      meetingId: MEETING_IDS.committee20250826,
    });
    const draft = await a.desk.ok('briefs.create', {
      template: 'report',
      meetingId: MEETING_IDS.committee20250826,
    });
    const { entry } = await a.desk.ok('briefs.issue', { id: made.id, revision: made.revision });
    const sealed = a.vault.exchange.seal({ to: [bAtA], briefIds: [made.id, draft.id] });
    b.vault.exchange.import(sealed.bytes, {});

    const got = b.vault.briefs.get(made.id);
    expect(got.status).toBe('issued');
    expect(got.brief).toEqual(a.vault.briefs.get(made.id).brief);
    expect(b.vault.lifecycle.register({ originOrg: 'Văn phòng Chính phủ' })).toEqual([entry]);
    expect(b.vault.lifecycle.register()).toEqual([]); // B's own register is its own
    expect(b.vault.briefs.get(draft.id).status).toBe('draft');
    const edit = await b.desk.failure('briefs.save', {
      id: made.id,
      revision: got.revision,
      brief: got.brief,
    });
    expect(edit.code).toBe('conflict');
  });
});
