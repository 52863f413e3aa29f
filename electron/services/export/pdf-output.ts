// The rendered PDF document → its bytes, settled so that the document can be let go.
import type { Readable } from 'node:stream';

/**
 * Ends the rendered document and resolves with its bytes on the next turn of the event loop,
 * not from inside the stream's 'end' handler. While the callbacks of that tick run, Node's tick
 * queue still holds the stream, and through it every page pdfmake laid out (~36 MB on 100
 * pages): a caller that went straight on to the next export, as the bench and a user exporting
 * both formats do, started it with the previous document still reachable, and the process's
 * peak grew by that much.
 */
export function pdfBytes(doc: Readable & { end(): void }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('error', reject);
    doc.on('end', () => {
      const bytes = Buffer.concat(chunks);
      setImmediate(() => resolve(bytes));
    });
    doc.end();
  });
}
