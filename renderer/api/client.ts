// The one place in the renderer that knows how calls travel. In Electron the preload exposes
// `window.desk`; in a plain browser the same contract is reached over HTTP on 127.0.0.1 with
// the token the browser host printed in the address fragment. Stores call `getApi()` and never
// learn which one they got.
import { callNames, type CallName, type DeskApi } from '../../shared/contract';
import { CALL_PATH_PREFIX, TOKEN_FRAGMENT_KEY, TOKEN_HEADER } from '../../shared/host-protocol';
import { fail, type AppError, type Result } from '../../shared/result';

declare global {
  interface Window {
    desk?: DeskApi;
  }
}

const TOKEN_STORAGE_KEY = 'briefing-desk.token';

type FailureListener = (name: CallName, error: AppError) => void;
const failureListeners = new Set<FailureListener>();

/** Lets the vault store hear a `locked` answer from any call and show the unlock screen. */
export function onCallFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

const ioFailure = () =>
  fail(
    'host-unreachable',
    'Không kết nối được với ứng dụng nền. Hãy kiểm tra ứng dụng còn chạy rồi thử lại.',
    'Cannot reach the app host. Check that it is still running and try again.',
  );

/**
 * Reads the token once from `#token=…`, keeps it for this tab only (sessionStorage survives a
 * reload but not the tab), and removes it from the address bar so it is not bookmarked,
 * shared in a screenshot or left in history.
 */
export function takeToken(): string | null {
  const hash = window.location.hash.replace(/^#/, '');
  const fromHash = new URLSearchParams(hash).get(TOKEN_FRAGMENT_KEY);
  if (fromHash) {
    window.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromHash);
    const clean = window.location.pathname + window.location.search;
    window.history.replaceState(window.history.state, '', clean);
    return fromHash;
  }
  return window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
}

function isResult(v: unknown): v is Result<unknown> {
  if (typeof v !== 'object' || v === null || !('ok' in v)) return false;
  const r = v as {
    ok: unknown;
    error?: { code?: unknown; message?: { vi?: unknown; en?: unknown } };
  };
  if (r.ok === true) return 'value' in v;
  return (
    r.ok === false && typeof r.error?.code === 'string' && typeof r.error.message?.vi === 'string'
  );
}

/** An HTTP client with one function per contract call, built from the contract's names. */
export function createHttpApi(
  token: string | null,
  fetchImpl: typeof fetch = (...a) => window.fetch(...a),
): DeskApi {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const name of callNames) {
    api[name] = async (input: unknown) => {
      try {
        const response = await fetchImpl(CALL_PATH_PREFIX + encodeURIComponent(name), {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token ?? '' },
          body: JSON.stringify(input ?? {}),
          credentials: 'omit',
          cache: 'no-store',
        });
        let body: unknown = null;
        try {
          body = JSON.parse(await response.text());
        } catch {
          // Not JSON (a proxy page, a refusal before the handlers): judged by the status below.
        }
        if (isResult(body)) return body;
        if (response.status === 401 || response.status === 403) {
          return fail(
            'forbidden',
            'Phiên làm việc không hợp lệ. Hãy mở lại địa chỉ mà ứng dụng nền đã in ra (có mã truy cập).',
            'This session is not authorised. Open the address the host printed again (it carries the access token).',
          );
        }
        return ioFailure();
      } catch {
        return ioFailure();
      }
    };
  }
  return api as DeskApi;
}

/** Wraps a transport so every failure is also announced to the listeners; never throws. */
function withFailureReports(inner: DeskApi): DeskApi {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const name of callNames) {
    const call = inner[name] as (input: unknown) => Promise<Result<unknown>>;
    api[name] = async (input: unknown) => {
      let result: Result<unknown>;
      try {
        result = await call(input);
      } catch {
        result = ioFailure();
      }
      if (!result.ok) for (const listener of failureListeners) listener(name, result.error);
      return result;
    };
  }
  return api as DeskApi;
}

let current: DeskApi | null = null;

export function getApi(): DeskApi {
  if (!current) {
    const transport = window.desk ?? createHttpApi(takeToken());
    current = withFailureReports(transport);
  }
  return current;
}

/** Replaces the transport (tests give an in-memory fake); failures are still announced. */
export function installApi(api: DeskApi | null): void {
  current = api ? withFailureReports(api) : null;
}
