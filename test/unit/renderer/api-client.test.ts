// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpApi, takeToken } from '../../../renderer/api/client';
import { TOKEN_HEADER } from '../../../shared/host-protocol';

afterEach(() => {
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('browser-host client', () => {
  it('takes the token from the fragment once, keeps it for the tab, and clears the address bar', () => {
    window.history.replaceState(null, '', '/#token=s3cr3t-Tok_en');
    expect(takeToken()).toBe('s3cr3t-Tok_en');
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('s3cr3t');
    // A reload (no fragment any more) still finds it for this tab.
    expect(takeToken()).toBe('s3cr3t-Tok_en');
  });

  it('posts each call to its path with the token header and returns the host Result as is', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetchStub = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ ok: true, value: { state: 'none' } }), { status: 200 });
    }) as unknown as typeof fetch;
    const api = createHttpApi('tok', fetchStub);
    const r = await api['vault.status']({});
    expect(r).toEqual({ ok: true, value: { state: 'none' } });
    expect(seen[0]!.url).toBe('/api/call/vault.status');
    expect(seen[0]!.init.method).toBe('POST');
    expect((seen[0]!.init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('tok');
  });

  it('turns a network failure into a readable host-unreachable error, never a thrown exception', async () => {
    const api = createHttpApi('tok', (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    const r = await api['meetings.list']({});
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('host-unreachable');
      expect(r.error.message.vi).toMatch(/Không kết nối được/);
      expect(r.error.message.en).toMatch(/Cannot reach/);
    }
  });

  it('explains a refused token in both languages', async () => {
    const api = createHttpApi(
      'wrong',
      (async () => new Response('nope', { status: 401 })) as unknown as typeof fetch,
    );
    const r = await api['vault.status']({});
    expect(!r.ok && r.error.code).toBe('forbidden');
  });
});
