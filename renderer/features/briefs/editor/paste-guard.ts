// Where a paste or a drop enters the brief body: the checks its editor props run to refuse it,
// with the reason, before anything reaches the document. A paste over 1 MB is refused unread, before
// ProseMirror parses it; files (images) never go in and are told apart by their bytes; a slice
// the schema cannot hold is refused after parsing; a paste with pictures beside its text keeps
// the text and says the pictures were left out. The cleaning rules themselves are pure
// functions in paste-cleaning.ts.
import type { Slice } from '@tiptap/pm/model';
import type { Bilingual } from '../../../../shared/result';
import {
  IMAGES_LEFT_OUT,
  IMAGE_SIGNATURE_BYTES,
  htmlHasImages,
  imageRefusal,
  pasteTooLarge,
  slicePasteProblem,
} from './paste-cleaning';

/** Files in a paste or drop: none goes in; each is told apart by its bytes (see imageRefusal). */
function refuseFiles(files: readonly File[], notice: (m: Bilingual) => void): void {
  for (const file of files) {
    void file
      .slice(0, IMAGE_SIGNATURE_BYTES)
      .arrayBuffer()
      .then((head) => notice(imageRefusal(file.name || 'ảnh', file.size, new Uint8Array(head))));
  }
}

const filesOf = (data: DataTransfer | null | undefined): File[] => [...(data?.files ?? [])];
const textOf = (data: DataTransfer | null | undefined) => ({
  html: data?.getData('text/html') ?? '',
  text: data?.getData('text/plain') ?? '',
});

type Notice = (message: Bilingual) => void;

/** Before ProseMirror parses anything: a huge paste is refused unread. True when refused. */
export function refuseHugePaste(event: ClipboardEvent, notice: Notice): boolean {
  const { html, text } = textOf(event.clipboardData);
  const tooLarge = pasteTooLarge(html, text);
  if (!tooLarge) return false;
  event.preventDefault();
  notice(tooLarge);
  return true;
}

/** Files, or a huge drop, refused before ProseMirror works out where the drop landed. */
export function refuseDroppedFiles(event: DragEvent, notice: Notice): boolean {
  const files = filesOf(event.dataTransfer);
  const { html, text } = textOf(event.dataTransfer);
  const refusal = files.length > 0 ? null : pasteTooLarge(html, text);
  if (files.length === 0 && !refusal) return false;
  event.preventDefault();
  if (refusal) notice(refusal);
  else refuseFiles(files, notice);
  return true;
}

/** A parsed paste: refused if it is only pictures or the schema cannot hold it. */
export function refusePastedSlice(event: ClipboardEvent, slice: Slice, notice: Notice): boolean {
  const { html, text } = textOf(event.clipboardData);
  const files = filesOf(event.clipboardData);
  // Word and Excel put a picture of the copied text beside it: the text is what counts.
  if (files.length > 0 && !html && !text) {
    refuseFiles(files, notice);
    return true;
  }
  const problem = slicePasteProblem(slice);
  if (problem) {
    notice(problem);
    return true;
  }
  if (htmlHasImages(html)) notice(IMAGES_LEFT_OUT);
  return false;
}

/** A parsed drop from outside (a move inside the document is not checked). */
export function refuseDroppedSlice(
  event: DragEvent,
  slice: Slice,
  moved: boolean,
  notice: Notice,
): boolean {
  if (moved) return false;
  const problem = slicePasteProblem(slice);
  if (!problem) return false;
  event.preventDefault();
  notice(problem);
  return true;
}
