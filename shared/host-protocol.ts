// How the renderer reaches the handlers when there is no Electron: the browser host serves
// the built renderer and the same contract over HTTP on 127.0.0.1. The token travels once in
// the address's fragment (never sent to the server by the browser, never logged), then in a
// header on every call.
export const TOKEN_HEADER = 'x-briefing-desk-token';
export const CALL_PATH_PREFIX = '/api/call/';
export const TOKEN_FRAGMENT_KEY = 'token';
/** Largest request body the host reads; larger bodies are refused before parsing. */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;
/** The browser host's own file picker (issue 11): a typed path becomes a purpose-bound handle. */
export const PICK_PATH = '/api/pick';
/** Package files in the browser host (electron/host/package-transfer.ts): up, targets, down. */
export const PACKAGE_UPLOAD_PATH = '/api/package/upload';
export const PACKAGE_TARGET_PATH = '/api/package/target';
export const PACKAGE_ATTACHMENTS_PATH = '/api/package/attachments';
export const PACKAGE_DOWNLOAD_PATH = '/api/package/download';
/** Server-sent events from the host: `locked` the moment the vault locks (no polling). */
export const EVENTS_PATH = '/api/events';
/**
 * Package calls read or write a package of up to 200 MB (streamed, but the disk and the CPU
 * are busy for seconds): the host runs at most one at a time, uploads included, and answers
 * the others 'busy' at once (issue 11 item 6).
 */
export const EXCLUSIVE_CALLS: readonly string[] = [
  'packages.seal',
  'packages.preview',
  'packages.import',
];
/** Electron: the channel main sends on when the vault locks (preload exposes only onLocked). */
export const LOCKED_CHANNEL = 'desk:locked';
/** Electron: the channel the application menu sends a command id on. */
export const COMMAND_CHANNEL = 'desk:command';
