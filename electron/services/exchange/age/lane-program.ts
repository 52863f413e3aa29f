// The lane's own program (seal-lane.ts starts it): a string the worker evaluates, so that it
// is the same in the Electron main process, the browser host, the CLI and tests under tsx, with
// no module file to locate inside an asar archive and no loader to start. It needs only node's
// crypto, fs and worker_threads, and reads the shared layout (slot states, control words,
// sizes) from its workerData, so the numbers live in one place (seal-lane.ts).
//
// Per session (one seal or one opening) it takes the payload key from its message port, zeroes
// it once imported, and then takes filled slots of that session: sealing, it encrypts a chunk
// and writes it into the package file at its offset (or into the ring, for a payload in
// memory); opening, it decrypts and verifies a chunk into the ring's plain memory, or marks it
// bad. Every move of a slot is a compare-and-exchange, so a chunk the sealing or opening thread
// took back is never finished here.
//
// In a function: a thread's globals already hold a `gc` once any thread set --expose-gc.
export const LANE_CODE = `
'use strict';
(() => {
const { workerData, receiveMessageOnPort } = require('node:worker_threads');
const { createCipheriv, createDecipheriv, createSecretKey } = require('node:crypto');
const fs = require('node:fs');
const { ring, keys, layout: L } = workerData;
const ctl = new Int32Array(ring.control);
const plain = Buffer.from(ring.plain);
const sealed = Buffer.from(ring.sealed);
// Dead cipher outputs are freed while young, as on the sealing thread (young-garbage.ts).
let collect = null;
try {
  require('node:v8').setFlagsFromString('--expose-gc');
  collect = require('node:vm').runInNewContext('typeof gc === "function" ? gc : null');
} catch {}
let session = 0;
let key = null;
// Whether this session opens a package (decrypts) rather than seals one.
let opening = false;
// The package file, when the seal writes one: this thread writes the chunks it seals there.
let fd = -1;
let chunksAt = 0;
const closeFile = () => {
  if (fd < 0) return;
  const was = fd;
  fd = -1;
  // The sealing thread waits on this word before it commits the file.
  Atomics.store(ctl, L.fd, 0);
  Atomics.notify(ctl, L.fd);
  try { fs.closeSync(was); } catch {}
};
// Session s's message: messages of sessions this thread never saw are zeroed and dropped.
const messageOf = (s) => {
  for (let m = receiveMessageOnPort(keys); m; m = receiveMessageOnPort(keys)) {
    if (m.message.session === s) return m.message;
    m.message.key.fill(0);
  }
  return null;
};
const begin = (m) => {
  // The key's bytes are the message's own (transferred, not copied): zeroed once imported.
  key = createSecretKey(Buffer.from(m.key.buffer, m.key.byteOffset, m.key.byteLength));
  m.key.fill(0);
  opening = m.opening === true;
  if (!m.file) return;
  try {
    fd = fs.openSync(m.file.path, 'r+');
    chunksAt = m.file.chunksAt;
    Atomics.store(ctl, L.fd, fd + 1);
  } catch {
    // The file is gone already (the seal ended without this thread): nothing to do here.
    key = null;
  }
};
const writeAll = (out, tag, at) => {
  const n = fs.writevSync(fd, [out, tag], at);
  if (n === out.length + tag.length) return;
  const rest = Buffer.concat([out, tag]).subarray(n);
  for (let k = 0; k < rest.length; ) k += fs.writeSync(fd, rest, k, rest.length - k, at + n + k);
};
let next = 0;
let count = 0;
// Opening: the slot holds a sealed chunk (\`length\` bytes, tag last); its plaintext goes to
// the slot's plain memory once the tag verified, else the slot is marked bad.
const open = (slot, at, length, nonce) => {
  const from = slot * (L.chunk + L.tag);
  const body = length - L.tag;
  const d = createDecipheriv('chacha20-poly1305', key, nonce, { authTagLength: L.tag });
  d.setAuthTag(sealed.subarray(from + body, from + length));
  const out = d.update(sealed.subarray(from, from + body));
  let verified = true;
  try { d.final(); } catch { verified = false; }
  if (Atomics.compareExchange(ctl, at + L.state, L.lane, L.writing) !== L.lane) return;
  if (verified) out.copy(plain, slot * L.chunk);
  const finished = verified ? L.done : L.bad;
  if (Atomics.compareExchange(ctl, at + L.state, L.writing, finished) !== L.writing) return;
  Atomics.notify(ctl, at + L.state);
  Atomics.add(ctl, L.byLane, 1);
  if (++count % 64 === 0 && collect) collect({ type: 'minor' });
};
while (Atomics.load(ctl, L.stop) === 0) {
  const now = Atomics.load(ctl, L.session);
  if (now !== session) {
    closeFile();
    key = null;
    const m = now === 0 ? null : messageOf(now);
    if (now !== 0 && m === null) {
      // Posted before the session was announced; not yet readable here.
      Atomics.wait(ctl, L.produced, Atomics.load(ctl, L.produced), 1);
      continue;
    }
    if (m) begin(m);
    session = now;
    next = 0;
    continue;
  }
  const produced = Atomics.load(ctl, L.produced);
  if (key === null || next >= produced) {
    Atomics.wait(ctl, L.produced, produced, 1000);
    continue;
  }
  // Chunks older than the ring's size were retired already.
  if (next < produced - L.slots) next = produced - L.slots;
  const slot = next % L.slots;
  next++;
  const at = L.head + slot * L.fields;
  if (Atomics.compareExchange(ctl, at + L.state, L.filled, L.lane) !== L.filled) continue;
  // A chunk of a newer seal than this key's: handed back untouched.
  if (Atomics.load(ctl, at + L.of) !== session) {
    if (Atomics.compareExchange(ctl, at + L.state, L.lane, L.filled) === L.lane)
      Atomics.notify(ctl, at + L.state);
    continue;
  }
  const index = ctl[at + L.index];
  const length = ctl[at + L.length];
  const nonce = Buffer.alloc(12);
  nonce.writeUInt32BE(index, 7);
  nonce[11] = ctl[at + L.last];
  if (opening) {
    open(slot, at, length, nonce);
    continue;
  }
  const cipher = createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: L.tag });
  const from = slot * L.chunk;
  const out = cipher.update(plain.subarray(from, from + length));
  cipher.final();
  const tag = cipher.getAuthTag();
  // Taken back by the sealing thread while this one was slow: its result is dropped.
  if (Atomics.compareExchange(ctl, at + L.state, L.lane, L.writing) !== L.lane) continue;
  let finished = L.done;
  if (fd >= 0) {
    // The chunk's bytes are the same whichever thread writes them, so a late write of a chunk
    // taken back changes nothing. A failed write (a full disk) hands the chunk back: the
    // sealing thread writes it again and reports the failure.
    try {
      writeAll(out, tag, chunksAt + index * (L.chunk + L.tag));
      finished = L.written;
    } catch {
      closeFile();
      key = null;
      if (Atomics.compareExchange(ctl, at + L.state, L.writing, L.filled) === L.writing)
        Atomics.notify(ctl, at + L.state);
      continue;
    }
  } else {
    const to = slot * (L.chunk + L.tag);
    out.copy(sealed, to);
    tag.copy(sealed, to + length);
  }
  // Finished only if still this thread's: a slot taken back meanwhile is the sealing thread's.
  if (Atomics.compareExchange(ctl, at + L.state, L.writing, finished) !== L.writing) continue;
  Atomics.notify(ctl, at + L.state);
  Atomics.add(ctl, L.byLane, 1);
  if (++count % 64 === 0 && collect) collect({ type: 'minor' });
}
closeFile();
})();
`;
