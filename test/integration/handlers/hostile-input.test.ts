// Whatever a compromised renderer or a local page sends: wrong types, 10 MB strings,
// prototype-pollution keys, extra keys, unknown calls. Each is refused as invalid input
// before any handler runs, and nothing is stored — checked by listing the vault afterwards.
import { describe, expect, it } from 'vitest';
import {
  directiveFields as validDirective,
  meetingFields as validMeeting,
} from '../../fixtures/records';
import { deskWithVault, PASS, type TestDesk } from './helpers';

const HUGE = 'đ'.repeat(10 * 1024 * 1024);

async function storedCounts(desk: TestDesk) {
  const [m, d, i] = await Promise.all([
    desk.ok('meetings.list', {}),
    desk.ok('directives.list', {}),
    desk.ok('indicators.list', {}),
  ]);
  return { meetings: m.length, directives: d.length, indicators: i.length };
}

describe('hostile payloads to dispatch', () => {
  it('accepts the valid baseline (so the refusals below are about the mutation)', async () => {
    const { desk } = await deskWithVault();
    expect((await desk.call('meetings.save', validMeeting() as never)).ok).toBe(true);
    expect((await desk.call('directives.save', validDirective() as never)).ok).toBe(true);
  });

  const meetingCases: [string, unknown][] = [
    ['a number for the title', validMeeting({ title: 42 })],
    ['an object for the date', validMeeting({ date: { $gt: '' } })],
    ['a date that does not exist', validMeeting({ date: '2025-02-30' })],
    ['an unknown kind', validMeeting({ kind: 'secret-meeting' })],
    ['a 10 MB title', validMeeting({ title: HUGE })],
    ['a 10 MB summary', validMeeting({ summary: HUGE })],
    ['an extra key', validMeeting({ isAdmin: true })],
    [
      'a __proto__ key',
      JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(validMeeting()).slice(1)}`),
    ],
    ['a constructor key', validMeeting({ constructor: { prototype: { polluted: true } } })],
    ['a control character', validMeeting({ title: 'Họp\u0000kín' })],
    ['a forged revision without id', validMeeting({ revision: 'x' })],
    ['null', null],
    ['an array', [validMeeting()]],
    ['a string', 'meeting'],
    [
      '10 000 attendees of 10 MB',
      validMeeting({
        attendees: Array.from({ length: 3 }, () => ({
          name: HUGE,
          title: '',
          organisation: '',
          committeeRole: '',
        })),
      }),
    ],
  ];

  it.each(meetingCases)(
    'meetings.save with %s → invalid-input, nothing stored',
    async (_label, payload) => {
      const { desk } = await deskWithVault();
      const before = await storedCounts(desk);
      const error = await desk.failure('meetings.save', payload);
      expect(error.code).toBe('invalid-input');
      expect(error.message.vi).toBeTruthy();
      expect(error.message.en).toBeTruthy();
      expect(await storedCounts(desk)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('refuses a __proto__ key nested inside a record: nothing is stored, no prototype is touched', async () => {
    const { desk } = await deskWithVault();
    const before = await storedCounts(desk);
    const chair = JSON.parse(
      '{"name":"Chủ tọa","title":"","organisation":"","committeeRole":"","__proto__":{"polluted":1}}',
    );
    const error = await desk.failure('meetings.save', validMeeting({ chair }) as never);
    expect(error.code).toBe('invalid-input');
    expect(await storedCounts(desk)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a payload nested deeper than any record needs', async () => {
    const { desk } = await deskWithVault();
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    const error = await desk.failure('meetings.save', validMeeting({ chair: deep }) as never);
    expect(error.code).toBe('invalid-input');
  });

  it('refuses hostile directives, updates and searches, storing nothing', async () => {
    const { desk } = await deskWithVault();
    const cases: [string, unknown][] = [
      ['directives.save', validDirective({ status: 'finished' })],
      ['directives.save', validDirective({ coordinatingUnits: 'Bộ Tài chính' })],
      ['directives.save', validDirective({ progressNotes: [{ date: '2025-01-01', text: HUGE }] })],
      ['directives.save', validDirective({ meetingId: "1' OR '1'='1" })],
      [
        'directives.updateProgress',
        { id: 'not-a-uuid', revision: 1, status: 'done', completedOn: null, note: null },
      ],
      ['indicators.save', { name: 'GDP', pillar: 'economy', unit: '%', description: '', extra: 1 }],
      [
        'observations.save',
        {
          indicatorId: crypto.randomUUID(),
          value: 'NaN',
          period: { kind: 'year', year: 2025 },
          asOf: null,
          source: '',
          status: 'official',
          comparison: '',
          target: null,
        },
      ],
      ['search.query', { q: HUGE }],
      ['search.query', { q: 'đầu tư', limit: 1e9 }],
      ['settings.set', { idleLockMinutes: 0 }],
      ['settings.set', { idleLockMinutes: 'mười' }],
      ['settings.set', { language: 'fr' }],
      ['vault.unlock', { file: HUGE, passphrase: PASS }],
      ['vault.unlock', { file: 'fh_x' }],
      ['vault.unlock', { file: 'fh_x', passphrase: PASS, keychain: true }],
      // A path where a handle belongs is refused: the renderer never names a path (issue 11).
      ['vault.unlock', { path: '/tmp/x.bdvault', passphrase: PASS }],
      ['vault.backup', { outPath: '/tmp/x.bdvault' }],
      ['vault.backup', { file: '' }],
      ['vault.status', { anything: 1 }],
    ];
    for (const [name, payload] of cases) {
      const error = await desk.failure(name as never, payload);
      expect(error.code, `${name} ${JSON.stringify(payload).slice(0, 80)}`).toBe('invalid-input');
    }
    expect(await storedCounts(desk)).toEqual({ meetings: 0, directives: 0, indicators: 0 });
    expect((await desk.ok('settings.get', {})).idleLockMinutes).toBe(10);
    expect((await desk.ok('vault.status', {})).state).toBe('unlocked');
  });

  it('answers unknown or prototype call names with unknown-call, never a crash', async () => {
    const { desk } = await deskWithVault();
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'vault.delete',
      '',
      'x'.repeat(100_000),
    ]) {
      const r = await desk.dispatch(name, {});
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('unknown-call');
        expect(r.error.message.en.length).toBeLessThan(200);
      }
    }
  });

  it('stores NFD text as NFC, so equality and search work on it', async () => {
    const { desk } = await deskWithVault();
    const title = 'Hội nghị về đầu tư và hội nhập';
    const saved = await desk.ok(
      'meetings.save',
      validMeeting({ title: title.normalize('NFD') }) as never,
    );
    expect(saved.title).toBe(title.normalize('NFC'));
    expect(saved.title).not.toBe(title.normalize('NFD'));
    const [listed] = await desk.ok('meetings.list', {});
    expect(listed?.title).toBe(title.normalize('NFC'));
    const found = await desk.ok('search.query', { q: 'hội nghị'.normalize('NFD') });
    expect(found.meetings.map((m) => m.id)).toEqual([saved.id]);
  });

  it('refuses to update a record with a stale revision, keeping the stored one', async () => {
    const { desk } = await deskWithVault();
    const saved = await desk.ok('meetings.save', validMeeting() as never);
    await desk.ok('meetings.save', {
      ...validMeeting({ title: 'Lần sửa thứ nhất' }),
      id: saved.id,
      revision: 1,
    } as never);
    const e = await desk.failure('meetings.save', {
      ...validMeeting({ title: 'Sửa trên bản cũ' }),
      id: saved.id,
      revision: 1,
    });
    expect(e.code).toBe('conflict');
    expect((await desk.ok('meetings.get', { id: saved.id })).title).toBe('Lần sửa thứ nhất');
  });
});
