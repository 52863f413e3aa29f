// The contract boundary on the main side. Every request — from ipcMain in the Electron shell,
// from HTTP in the browser host, from tests — goes through `dispatch`: the call name is
// checked against the contract, the input parsed with its schema (NFC, bounds, strict keys)
// before any handler runs, and whatever the handler does comes back as a Result.
import {
  contract,
  describeIssues,
  type CallName,
  type CallOutput,
  type ParsedInput,
} from '../../shared/contract';
import { AppFailure, fail, ok, type Result } from '../../shared/result';
import { payloadShapeProblem } from '../../shared/payload-shape';

export type Handlers = {
  [N in CallName]: (input: ParsedInput<N>) => Promise<CallOutput<N>> | CallOutput<N>;
};

const isCallName = (name: string): name is CallName => Object.hasOwn(contract, name);

/**
 * onActivity hears the name of every well-formed call, so the session can tell a user's work
 * from the renderer's background status polls when it runs the idle-lock timer.
 */
export function createDispatcher(
  handlers: Handlers,
  onActivity: (name: CallName) => void = () => {},
) {
  return async function dispatch(name: string, raw: unknown): Promise<Result<unknown>> {
    if (!isCallName(name)) {
      return fail(
        'unknown-call',
        `Lệnh không tồn tại: ${name.slice(0, 80)}`,
        `Unknown call: ${name.slice(0, 80)}`,
      );
    }
    const shape = payloadShapeProblem(raw);
    if (shape !== null) {
      return fail(
        'invalid-input',
        'Dữ liệu không hợp lệ (cấu trúc không được phép), chưa có gì được lưu.',
        'Invalid input (disallowed structure); nothing was saved.',
        {
          issues: [{ path: '', message: shape }],
        },
      );
    }
    const parsed = contract[name].input.safeParse(raw ?? {});
    if (!parsed.success) {
      return fail(
        'invalid-input',
        'Dữ liệu không hợp lệ, chưa có gì được lưu.',
        'Invalid input; nothing was saved.',
        {
          issues: describeIssues(parsed.error),
        },
      );
    }
    onActivity(name);
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (e) {
      return toFailure(e);
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;

/** Maps what a handler threw to a readable error; raw exception text never reaches the UI. */
export function toFailure(e: unknown): { ok: false; error: AppFailure['error'] } {
  if (e instanceof AppFailure) return { ok: false, error: e.error };
  const code = (e as { code?: string } | null)?.code ?? '';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    return fail(
      'disk-full',
      'Ổ đĩa đã đầy: thay đổi chưa được lưu, dữ liệu đã lưu vẫn nguyên vẹn.',
      'The disk is full: the change was not saved; saved data is intact.',
    );
  }
  if (
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'SQLITE_READONLY' ||
    code === 'SQLITE_CANTOPEN'
  ) {
    return fail(
      'read-only',
      'Không ghi được vào thư mục của kho (chỉ đọc hoặc không có quyền).',
      'Cannot write to the vault folder (read-only or no permission).',
    );
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return fail(
      'vault-corrupt',
      'Tệp kho bị hỏng hoặc không phải kho Briefing Desk.',
      'The vault file is damaged or not a Briefing Desk vault.',
    );
  }
  return fail(
    'internal',
    'Đã xảy ra lỗi không mong muốn; dữ liệu đã lưu không bị thay đổi.',
    'An unexpected error occurred; saved data was not changed.',
  );
}
