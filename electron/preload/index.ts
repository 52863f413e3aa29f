// The renderer's only door to the main process: `window.desk`, one function per call of the
// contract, each invoking the IPC channel of the same name. Nothing generic is exposed (no
// ipcRenderer, no send/on), so a compromised page can only make the calls the contract lists,
// and main still checks the sender and parses every input.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES } from '../../shared/call-names';

const desk: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of CALL_NAMES) {
  desk[name] = (input: unknown) => ipcRenderer.invoke(name, input);
}

contextBridge.exposeInMainWorld('desk', Object.freeze(desk));
