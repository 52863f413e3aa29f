// Real files for the source readers: a Word document made with `docx`, PDFs made with pdfkit
// (text, password-protected, and one with only a drawing — what a scan looks like to a reader),
// a zip bomb dressed as .docx, a PDF whose cross-reference table is broken.
import { Document, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';

export async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] });
  return Packer.toBuffer(doc);
}

export function makePdf(
  lines: string[],
  options: { userPassword?: string; drawingOnly?: boolean } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(
      options.userPassword ? { userPassword: options.userPassword, ownerPassword: 'owner' } : {},
    );
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    if (options.drawingOnly) doc.rect(50, 50, 400, 600).fill('#888888');
    else for (const l of lines) doc.text(l);
    doc.end();
  });
}

/** One stored entry whose central directory declares 3 GB of content in a few bytes. */
export function zipBomb(): Buffer {
  const name = Buffer.from('word/document.xml');
  const data = Buffer.from('x');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(3_000_000_000, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(3_000_000_000, 24);
  central.writeUInt16LE(name.length, 28);
  const cdOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** A text PDF whose xref offsets and trailer are overwritten with junk. */
export async function brokenXrefPdf(): Promise<Buffer> {
  const good = await makePdf(['GDP tang 8,23%']);
  const s = good.toString('latin1');
  const at = s.lastIndexOf('xref');
  return Buffer.from(
    `${s.slice(0, Math.max(0, at - 400))}xref\n0 9\nzzzz garbage trailer <<>>\nstartxref\n999999\n%%EOF`,
    'latin1',
  );
}
