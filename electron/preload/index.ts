// The renderer's only door to the main process: `window.desk`, one function per call of the
// contract, each invoking the IPC channel of the same name, and `window.deskEvents.onLocked`,
// the one event main sends (the vault locked). Nothing generic is exposed (no ipcRenderer, no
// send/on), so a compromised page can only make the calls the contract lists, and main still
// checks the sender and parses every input.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES } from '../../shared/call-names';
import { COMMAND_CHANNEL, LOCKED_CHANNEL } from '../../shared/host-protocol';

const desk: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of CALL_NAMES) {
  desk[name] = (input: unknown) => ipcRenderer.invoke(name, input);
}

contextBridge.exposeInMainWorld('desk', Object.freeze(desk));
contextBridge.exposeInMainWorld(
  'deskEvents',
  Object.freeze({
    onLocked(listener: () => void): () => void {
      // The event object never reaches the page: only "it locked".
      const handler = () => listener();
      ipcRenderer.on(LOCKED_CHANNEL, handler);
      return () => ipcRenderer.removeListener(LOCKED_CHANNEL, handler);
    },
    onCommand(listener: (id: string) => void): () => void {
      // Only a command id from the application menu, as a string.
      const handler = (_event: unknown, id: unknown) => {
        if (typeof id === 'string') listener(id);
      };
      ipcRenderer.on(COMMAND_CHANNEL, handler);
      return () => ipcRenderer.removeListener(COMMAND_CHANNEL, handler);
    },
  }),
);
