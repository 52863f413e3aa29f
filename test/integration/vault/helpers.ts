// Shared fixtures of the vault tests: real encrypted vault files in a fresh temp folder, and
// valid domain inputs built through the contract's own schemas (so they are NFC and typed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach } from 'vitest';
import {
  directiveInput,
  indicatorInput,
  meetingInput,
  observationInput,
  type DirectiveInput,
  type IndicatorInput,
  type MeetingInput,
  type ObservationInput,
} from '../../../shared/domain';
import { createVaultFactory } from '../../../electron/services/vault';
import { AppFailure, type ErrorCode } from '../../../shared/result';

/** Cheap Argon2 for tests that do not test the KDF (the default is 64 MiB, t = 3). */
export const weakFactory = createVaultFactory({
  argon2: { memoryKiB: 256, iterations: 1, parallelism: 1 },
});

export const PASS = 'mật khẩu thử nghiệm đủ dài';
export const ORG = 'Bộ Ngoại giao';

const dirs: string[] = [];
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bd-vault-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export async function newVault(name = 'kho.bdvault') {
  const file = path.join(tempDir(), name);
  const { vault, recoveryKey } = await weakFactory.create(file, PASS, ORG);
  return { file, vault, recoveryKey };
}

/** Runs fn and returns the AppFailure code it threw (fails the test if it did not throw one). */
export async function failureCode(fn: () => unknown): Promise<ErrorCode> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppFailure) return e.error.code;
    throw e;
  }
  throw new Error('expected an AppFailure, nothing was thrown');
}

export async function failureOf(fn: () => unknown): Promise<AppFailure> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppFailure) return e;
    throw e;
  }
  throw new Error('expected an AppFailure, nothing was thrown');
}

/** Name → sha256 and mtime of every file in dir: "nothing was modified" is a comparison. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const st = fs.statSync(p);
    out[name] = `${createHash('sha256').update(fs.readFileSync(p)).digest('hex')}@${st.mtimeMs}`;
  }
  return out;
}

const person = (name = '') => ({ name, title: '', organisation: '', committeeRole: '' });

export function meeting(over: Partial<MeetingInput> = {}) {
  return meetingInput.strict().parse({
    title: 'Phiên họp thứ nhất của Ban Chỉ đạo',
    kind: 'regular',
    date: '2025-08-26',
    partOfDay: 'morning',
    time: null,
    mode: 'hybrid',
    location: 'Hà Nội',
    connectionPoints: [],
    chair: person('Phạm Minh Chính'),
    attendees: [],
    purpose: '',
    summary: 'Thúc đẩy hội nhập quốc tế và thu hút đầu tư nước ngoài.',
    results: '',
    difficulties: '',
    conclusions: [{ id: 'c1', text: 'Hoàn thiện thể chế về hội nhập.' }],
    legalReferences: [],
    sources: [],
    secrecy: 'none',
    urgency: 'none',
    ...over,
  });
}

export function directive(over: Partial<DirectiveInput> = {}) {
  return directiveInput.strict().parse({
    assignee: 'Bộ Kế hoạch và Đầu tư',
    task: 'Xây dựng đề án thu hút đầu tư chất lượng cao',
    deadline: '2025-12-31',
    authority: 'Thủ tướng Chính phủ',
    responsibility: 'Bộ trưởng',
    deliverable: 'Đề án trình Chính phủ',
    leadUnit: 'Vụ Kinh tế đối ngoại',
    coordinatingUnits: ['Bộ Tài chính'],
    pillar: 'economy',
    status: 'not-started',
    completedOn: null,
    progressNotes: [],
    meetingId: null,
    conclusionId: null,
    secrecy: 'none',
    ...over,
  });
}

export function indicator(over: Partial<IndicatorInput> = {}) {
  return indicatorInput.strict().parse({
    name: 'Tăng trưởng GDP',
    pillar: 'economy',
    unit: '%',
    description: 'Tốc độ tăng tổng sản phẩm trong nước so với cùng kỳ.',
    ...over,
  });
}

export function observation(indicatorId: string, over: Partial<ObservationInput> = {}) {
  return observationInput.strict().parse({
    indicatorId,
    value: 7.52,
    period: { kind: 'half', year: 2025, half: 1 },
    asOf: '2025-07-06',
    source: 'Cục Thống kê',
    status: 'official',
    comparison: 'cao nhất cùng kỳ trong 15 năm (2011-2025)',
    target: null,
    ...over,
  });
}
