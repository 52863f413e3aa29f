// A file the user chose or dropped, read in the page (no file system access): as text for a
// card, as base64 for a package, refused above a size limit before it is read.
export async function readFileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export const MAX_PACKAGE_FILE = 200 * 1024 * 1024;
