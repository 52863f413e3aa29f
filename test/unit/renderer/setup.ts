// Shared set-up for renderer tests: a fresh host (the real handlers over a temp vault, see
// test/support/real-desk.ts), fresh stores, DOM cleanup.
import { act, cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { installApi } from '../../../renderer/api/client';
import { installFilePicker } from '../../../renderer/api/file-picker';
import { installPackageFiles } from '../../../renderer/api/package-files';
import { useVaultStore } from '../../../renderer/stores/vaultStore';
import { clock, useDirectivesStore } from '../../../renderer/stores/directivesStore';
import { useSettingsStore } from '../../../renderer/stores/settingsStore';
import { dropRecords } from '../../../renderer/stores/session';
import { useNavigationStore } from '../../../renderer/stores/navigationStore';
import { createRealDesk, type RealDesk, type RealDeskOptions } from '../../support/real-desk';

// The handlers run in Node's realm in every host, where a Buffer is a Uint8Array. jsdom's
// environment puts its own window's typed arrays in the globals, so there `buffer instanceof
// Uint8Array` is false and the package writer (and pdfkit's font loader) take a Buffer for a
// file name. The renderer tests give those two globals back to the constructors Buffer is built
// on; the window's code sees arrays as a browser's would, one realm.
const NodeUint8Array = Object.getPrototypeOf(Buffer.prototype).constructor as Uint8ArrayConstructor;
Object.assign(globalThis, {
  Uint8Array: NodeUint8Array,
  ArrayBuffer: Buffer.alloc(1).buffer.constructor as ArrayBufferConstructor,
});

const desks: RealDesk[] = [];
afterEach(() => {
  for (const desk of desks.splice(0)) desk.dispose();
  vi.useRealTimers();
});

/**
 * The user waits ms: on the host's clock (the unlock delay, the idle lock) and on the window's
 * (the store counts down the same delay from Date.now()).
 */
export function waitOut(desk: RealDesk, ms: number): void {
  desk.clock.advance(ms);
  vi.setSystemTime(Date.now() + ms);
}

function freshStores(): void {
  dropRecords();
  useNavigationStore.setState({ view: 'meetings', helpOpen: false, pendingLeave: null });
  // The vault and settings stores start each test as the app creates them: their own initial
  // state, read from the store, so a field added there needs no copy here.
  useVaultStore.setState(useVaultStore.getInitialState(), true);
  useSettingsStore.setState(useSettingsStore.getInitialState(), true);
}

/** The renderer in front of the real handlers, over a vault in a fresh temp folder. */
export async function realApp(options: RealDeskOptions = {}): Promise<RealDesk> {
  cleanup();
  const desk = await createRealDesk(options);
  desks.push(desk);
  installApi(desk.api);
  installFilePicker(desk.picker);
  installPackageFiles(desk.packageFiles);
  freshStores();
  return desk;
}

/**
 * What the window does once the vault is open, then the user's "create sample data": settings
 * and status loaded as the shell loads them, the sample's meetings, directives and figures in
 * the vault. The page tests that render <App /> over the sample start from here.
 */
export async function loadSampleWindow(): Promise<void> {
  await act(async () => {
    await useSettingsStore.getState().loadSettings();
    await useVaultStore.getState().loadStatus();
    await useVaultStore.getState().createSampleData();
  });
}

/**
 * The directive register loaded over the sample data, the host's day and the window's both
 * `today`, so which directives are overdue does not depend on the day the test runs.
 */
export async function sampleDirectives(today: string): Promise<RealDesk> {
  const desk = await realApp({ unlocked: true, today });
  clock.today = () => today;
  await useVaultStore.getState().loadStatus();
  await useVaultStore.getState().createSampleData();
  await useDirectivesStore.getState().loadDirectives();
  return desk;
}
