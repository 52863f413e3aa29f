// Reads a received report into text for the extraction engine: .docx (mammoth), text PDF
// (unpdf), .txt, .html. Every refusal says why in Vietnamese and English — a scan with no text,
// a password-protected or damaged PDF, a zip bomb dressed as .docx, a file too large — and
// nothing is written anywhere. The text comes back NFC, as the rest of the app expects.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { nfc } from '../../../shared/text';
import { htmlTitle, htmlToText } from './html-text';
import { inspectZip } from './zip-guard';

export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

export type SourceKind = 'docx' | 'pdf' | 'txt' | 'html';

export interface SourceText {
  kind: SourceKind;
  text: string;
  title?: string;
  bytes: Uint8Array;
  fileName: string;
}

export class SourceRefusal extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'SourceRefusal';
  }
}

const refuse = (vi: string, en: string): never => {
  throw new SourceRefusal(vi, en);
};

export function kindOf(fileName: string, bytes: Uint8Array): SourceKind | null {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.pdf') return 'pdf';
  if (ext === '.txt' || ext === '.text' || ext === '.md') return 'txt';
  if (ext === '.html' || ext === '.htm') return 'html';
  // No telling extension: sniff the first bytes.
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)
    return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  return null;
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse(
      'Tệp văn bản không ở mã UTF-8; hãy lưu lại với mã UTF-8 rồi mở lại.',
      'The text file is not UTF-8; save it as UTF-8 and open it again.',
    );
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const verdict = inspectZip(bytes);
  if (!verdict.ok) {
    if (verdict.reason === 'not-zip') {
      refuse(
        'Tệp .docx bị hỏng hoặc không phải tài liệu Word.',
        'The .docx file is damaged or is not a Word document.',
      );
    }
    refuse(
      'Tệp .docx bị từ chối: nội dung nén giải ra quá lớn (nghi là “bom nén”).',
      'The .docx file was refused: its compressed content would expand far too much (a suspected zip bomb).',
    );
  }
  try {
    const result = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
    return result.value;
  } catch {
    return refuse(
      'Không đọc được tệp .docx (tệp hỏng hoặc không phải tài liệu Word).',
      'Cannot read the .docx file (damaged, or not a Word document).',
    );
  }
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  let pages: string[];
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false });
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') {
      return refuse(
        'Tệp PDF được đặt mật khẩu; hãy mở khóa tệp rồi thử lại.',
        'The PDF is password-protected; unlock it and try again.',
      );
    }
    return refuse(
      'Tệp PDF bị hỏng, không đọc được nội dung.',
      'The PDF is damaged; its content cannot be read.',
    );
  }
  const text = pages.join('\n\n');
  if (text.replace(/\s+/g, '').length < 20 * Math.max(1, Math.min(pages.length, 3))) {
    refuse(
      'Tệp PDF là bản quét (ảnh), không có lớp chữ để đọc; hãy dùng bản Word hoặc PDF có chữ.',
      'The PDF is a scan (images) with no text layer to read; use the Word file or a text PDF.',
    );
  }
  return text;
}

export async function readSource(file: string): Promise<SourceText> {
  const fileName = path.basename(file);
  let size: number;
  try {
    const s = await stat(file);
    if (!s.isFile()) refuse(`Không phải tệp: ${fileName}`, `Not a file: ${fileName}`);
    size = s.size;
  } catch (e) {
    if (e instanceof SourceRefusal) throw e;
    return refuse(`Không mở được tệp ${fileName}.`, `Cannot open the file ${fileName}.`);
  }
  if (size > MAX_SOURCE_BYTES) {
    refuse(
      `Tệp quá lớn (${(size / 1024 / 1024).toFixed(1)} MB; tối đa ${MAX_SOURCE_BYTES / 1024 / 1024} MB).`,
      `The file is too large (${(size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_SOURCE_BYTES / 1024 / 1024} MB).`,
    );
  }
  return readSourceBytes(fileName, new Uint8Array(await readFile(file)));
}

/** The same reading for bytes that arrived some other way (a file the user chose in the app). */
export async function readSourceBytes(fileName: string, bytes: Uint8Array): Promise<SourceText> {
  if (bytes.byteLength > MAX_SOURCE_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    refuse(
      `Tệp quá lớn (${mb} MB; tối đa ${MAX_SOURCE_BYTES / 1024 / 1024} MB).`,
      `The file is too large (${mb} MB; at most ${MAX_SOURCE_BYTES / 1024 / 1024} MB).`,
    );
  }
  const kind = kindOf(fileName, bytes);
  if (!kind) {
    return refuse(
      'Chỉ đọc được tệp .docx, .pdf, .txt hoặc .html.',
      'Only .docx, .pdf, .txt or .html files can be read.',
    );
  }
  let text: string;
  let title: string | undefined;
  if (kind === 'docx') text = await docxText(bytes);
  else if (kind === 'pdf') text = await pdfText(bytes);
  else {
    const raw = decodeText(bytes);
    if (kind === 'html') {
      title = htmlTitle(raw);
      text = htmlToText(raw);
    } else text = raw;
  }
  text = nfc(text).replace(/\r\n?/g, '\n');
  if (!text.trim()) refuse('Tệp không có nội dung chữ.', 'The file has no text.');
  return { kind, text, bytes, fileName, ...(title ? { title } : {}) };
}
