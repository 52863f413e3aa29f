// A file the user chose or dropped, read in the page (no file system access), as base64 (a
// report source). Packages are never read here: the browser streams them to the host
// (renderer/api/package-files.ts); MAX_PACKAGE_FILE refuses one too large before it is sent.
export async function readFileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export const MAX_PACKAGE_FILE = 200 * 1024 * 1024;
