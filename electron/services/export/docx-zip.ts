// The DOCX's zip written with node's zlib instead of `docx`'s bundled JavaScript deflate
// (fflate): the same parts in the same order, DEFLATE-compressed, in a plain zip (no data
// descriptors, no zip64: a brief's parts are a few MB). On the 100-page bench brief the
// JavaScript deflate was ~10–20 ms of a ~170 ms export; zlib does it in a few.
import { crc32, deflateRawSync } from 'node:zlib';

/** A part of the package: its path and its content (XML text as UTF-8, or bytes). */
export type Parts = ReadonlyMap<string, string | Uint8Array>;

/** MS-DOS time and date, as zip headers keep them (local time, two-second steps). */
function dosTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, at.getFullYear());
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DEFLATE = 8;
/** Bit 11: the name is UTF-8 (set only where it is not ASCII, as other writers do). */
const UTF8_NAME = 0x0800;

interface Entry {
  flags: number;
  crc: number;
  packed: number;
  size: number;
  nameLength: number;
}

/** The fields a local header and its central record share, from `at` (no extra field). */
function describe(header: Buffer, at: number, e: Entry, time: number, date: number): void {
  header.writeUInt16LE(e.flags, at);
  header.writeUInt16LE(DEFLATE, at + 2);
  header.writeUInt16LE(time, at + 4);
  header.writeUInt16LE(date, at + 6);
  header.writeUInt32LE(e.crc, at + 8);
  header.writeUInt32LE(e.packed, at + 12);
  header.writeUInt32LE(e.size, at + 16);
  header.writeUInt16LE(e.nameLength, at + 20);
}

export function zipParts(parts: Parts, at: Date = new Date()): Buffer {
  const { time, date } = dosTime(at);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [path, content] of parts) {
    const name = Buffer.from(path, 'utf8');
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const packed = deflateRawSync(data);
    const entry: Entry = {
      flags: name.length === path.length ? 0 : UTF8_NAME,
      crc: crc32(data),
      packed: packed.length,
      size: data.length,
      nameLength: name.length,
    };
    // A local header: signature, version needed, then the fields both headers share.
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    describe(local, 6, entry, time, date);
    // Its central directory record: signature, version made by, version needed, the same.
    const record = Buffer.alloc(46);
    record.writeUInt32LE(CENTRAL, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    describe(record, 8, entry, time, date);
    // extra, comment, disk, internal and external attributes: none.
    record.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed);
    central.push(record, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
